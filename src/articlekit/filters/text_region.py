"""text_region: drop what lies outside the article in flattened text (text mode only).

Flattened text keeps no markup, so the article is found from the lines themselves, in
the manner of jusText (Pomikálek 2011). Each line is first classed by its own features
(:mod:`articlekit._textfeatures`): ``good`` (long prose rich in stop words), ``near``
(shorter prose), ``short``, or ``bad`` (menu-like, repeated on the page, a date or a
count, no stop words). Short and near lines are then re-classed from their nearest
confident neighbours, and headings that introduce prose join it. The article is the
densest run of good lines: good lines add their length, other lines and the gaps left by
earlier filters subtract theirs, and a band of ``BREAK_LINES`` lines that read as chrome
ends a run; of the runs that score well, the first after the headline (the line repeating
the title) wins, so that a long comment thread after a short article does not outvote
it; runs cut apart by a short insert (a "More:" box of teaser links) are joined; and a
run that holds the headline followed by its date line starts at the headline: when the
run was chosen as the first after the headline (what comes before it belongs to
something else), or when the prose above the headline is teasers cut short ("...");
not when the headline repeats inside the article's best run (a recipe card that repeats
the title under the recipe's introduction).

Removes: lines before the article run (``before_article``), lines after it
(``after_article``), and chrome inside it: lines that stay bad after their context is
weighed (``boilerplate_line``; the detail names the feature: "repeated on the page",
"a date line", "capitalised like a menu item", ...).

Cuts only a page that shows page furniture (``Region.furniture``): a block an earlier
filter removed (a junk phrase), the title more than once (a ``<title>`` line and its
headline), or at least ``FURNITURE_EDGE_LINES`` lines on each side of the article run
that read as navigation by their own features. A short line at an edge is no such
evidence, nor is a table or list on one side of the prose, so an article that is
already clean (``Article.text`` cleaned again) keeps its lines.

Never removes: anything on HTML pages (they have ``main_content``); anything on a page
that shows no furniture; lines inside the run that read as prose or as a heading of it;
anything on a page where no line reads as prose (nothing to anchor on); photo captions
inside the run or up to ``CAPTION_REACH`` lines from it; the title and its repeats
(``duplicate_headline`` removes those, under its own reason).

Runs after the phrase filters, so that what they recognise keeps its specific reason
(``breadcrumb``, ``see_also``, ``comment_form``, ...) and the gaps they leave count as
boundaries.

Fixture: fixtures/sco-summit-xinhua, fixtures/*/ with ``"mode": "text"``;
tests/filters/test_text_region.py for small excerpts; tests/test_properties.py for
clean text left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from articlekit._blocks import Block, Page
from articlekit._protocol import Drop, Verdict, new_drop
from articlekit._text import comparison_key
from articlekit._textfeatures import LineFeatures, line_features, prose_language
from articlekit.filters._common import CAPTION_KINDS
from articlekit.filters.duplicate_headline import MAX_EXTRA, MIN_COVERAGE

__all__ = ["Region", "find_region", "text_region"]

LineClass = Literal["good", "near", "short", "bad"]

# Length limits, in characters (after jusText): below SHORT_CHARS a line says too little
# to be judged alone; from GOOD_CHARS on, a sentence rich in stop words is content (on
# the benchmark, 80% of such lines of 120-200 characters are in the article, while
# lines of that length that do not end like a sentence are mostly teaser headlines);
# a line without closing punctuation needs LONG_CHARS to be judged alone.
SHORT_CHARS: Final = 70
GOOD_CHARS: Final = 120
LONG_CHARS: Final = 200
# A paragraph of two sentences or more whose last one has no full stop (a quote page's
# "... Um Amor de Verdade") is prose from this length on.
PARAGRAPH_CHARS: Final = 300
# A paragraph of this many sentences, as long, is no teaser headline or line of scores
# however few stop words it holds: where the stop-word list covers little of a
# language's prose (Korean attaches its particles to the words; a Russian page of
# recipes), its context decides (on the benchmark: entermedia 0.93 -> 0.98, wday.ru
# 0.22 -> 0.95, no page lower).
PROSE_SENTENCES: Final = 3
# Stop-word density of prose (measured: 90% of English article lines over 200
# characters reach 0.30; menus and labels stay under 0.1).
GOOD_DENSITY: Final = 0.30
NEAR_DENSITY: Final = 0.20
# Languages differ in how much of their prose the stop-word list covers, so both limits
# are lowered to these shares of the page's own prose density (the REFERENCE_QUANTILE of
# the densities of its long sentences) when that is low.
GOOD_SHARE: Final = 0.65
NEAR_SHARE: Final = 0.45
REFERENCE_QUANTILE: Final = 0.75
# A menu item, tag, breadcrumb or meta line is at most this many words.
MENU_WORDS: Final = 12
# ...and has most of its words capitalised ("Your Dollar Goes Further").
MENU_CAPITALISED: Final = 0.7
# A line repeated elsewhere on the page is chrome unless it is this long (a pull quote
# repeats a sentence of the article).
REPEATED_MAX_WORDS: Final = 25
# Nor is a repeated sentence of this many words: interviews repeat their questions, and
# recipes their steps; chrome repeats labels ("Reply", "Sign in", "Most read").
REPEATED_SENTENCE_WORDS: Final = 5
# A heading joins the prose that starts within this many characters after it.
HEADING_DISTANCE: Final = 200
# Scoring the run: each line that is not good costs its length plus this; a gap left by
# an earlier filter costs GAP_COST. Good lines gain their length.
BAD_COST: Final = 30
GAP_COST: Final = 60
# This many lines that read as chrome by their own features (a menu item, a date, a
# count, a repeated label) or that an earlier filter removed, after a run's best point,
# end it whatever its score: an article holds inserts of a few such lines (a teaser
# label, a credit), while the band between it and its comments or teasers holds more.
# Short lines that read as nothing in particular do not count: an article's list of
# ingredients or its one-line steps may run to dozens. (On the benchmark, counting every
# line that is not good, with 15: text mode F1 0.913; counting only these, with 10:
# 0.918, with 15: 0.916, with 8: 0.918.)
BREAK_LINES: Final = 10
# Runs are joined across an insert of at most this many lines (see _join).
JOIN_LINES: Final = 8
# Of the runs, the first after the title's repeat wins when it scores at least this
# share of the best one, and at least FIRST_RUN_SCORE (a standfirst alone is less).
FIRST_RUN_SHARE: Final = 0.05
FIRST_RUN_SCORE: Final = 250.0
# Photo captions inside the run, or this many lines before or after it (the lead photo
# above the first paragraph), belong to the article.
CAPTION_REACH: Final = 3
# A title repeat this close after the best run closes it, not opens the article.
ANCHOR_SLACK: Final = 2
# A page is cut only when it shows page furniture (see _furniture), for instance
# lines that read as navigation by their own features on both sides of the article
# run, at least this many on each: a flattened page holds a header and a menu above
# its article and a footer below it, while an article's own table, list of results or
# testimonials lies on one side of its prose. On the benchmark, the two flattened pages
# that show nothing else hold 8 and 16, and 66 and 22, such lines above and below, and
# 157 of its 179 flattened pages hold 4 on each side; of the 687 articles cleaned from
# its HTML pages, whose text should come back unchanged, 12 do, where 41 held 12 lines
# in all when the sides were not told apart.
FURNITURE_EDGE_LINES: Final = 4
# Of the "bad" classes, the one that speaks of the words, not of navigation: a long
# line poor in stop words is a teaser headline, or a sentence of names and scores.
FEW_STOPWORDS: Final = "few stop words"
# A headline's date line comes within this many lines under it (a byline between).
DATELINE_REACH: Final = 3
# How a teaser's summary ends where the site cut it short.
_CUT_SHORT: Final = ("...", "…")
# A line inside the title repeats it if it is this long (not a lone word of it).
MIN_ANCHOR_CHARS: Final = 12


@dataclass(frozen=True, slots=True)
class Region:
    """The article run found in a page's blocks.

    Attributes:
        start: Position (in ``page.blocks``) of the run's first block.
        end: One past the position of its last block.
        own: The class of every block by its own features.
        classes: The final class of every block, after its context.
        details: Why each block got its own class.
        furniture: What shows the page's furniture ("" when nothing does: then the
            page is taken for an article as it is, and nothing is cut).
    """

    start: int
    end: int
    own: tuple[LineClass, ...]
    classes: tuple[LineClass, ...]
    details: tuple[str, ...]
    furniture: str = ""


@dataclass(frozen=True, slots=True)
class _Limits:
    """Stop-word densities that make a line good or near prose on this page."""

    good: float = GOOD_DENSITY
    near: float = NEAR_DENSITY


def _limits(features: list[LineFeatures]) -> _Limits:
    densities = sorted(
        feature.stopword_density
        for feature in features
        if feature.stopword_density is not None
        and feature.sentence_end
        and feature.chars >= GOOD_CHARS
    )
    if not densities:
        return _Limits()
    reference = densities[min(len(densities) - 1, int(len(densities) * REFERENCE_QUANTILE))]
    return _Limits(
        good=min(GOOD_DENSITY, GOOD_SHARE * reference),
        near=min(NEAR_DENSITY, NEAR_SHARE * reference),
    )


def _classify(block: Block, features: LineFeatures, limits: _Limits) -> tuple[LineClass, str]:
    """A block's class by its own features, and why."""
    density = features.stopword_density
    if block.kind in CAPTION_KINDS:
        return "short", "a caption"
    if (
        features.repeats
        and features.words <= REPEATED_MAX_WORDS
        and not (features.sentence_end and features.words >= REPEATED_SENTENCE_WORDS)
    ):
        return "bad", "repeated on the page"
    if features.words <= MENU_WORDS and not features.sentence_end:
        if features.table_row:  # data, neither prose nor chrome: its neighbours decide
            return "short", "a table row"
        if features.separators:
            return "bad", "separated like a menu or breadcrumb"
        if features.count:
            return "bad", "a count"
        if features.dated:
            return "bad", "a date line"
        # Headings are capitalised and terse by nature; their context decides.
        if block.kind != "heading" and features.words > 1:
            if features.capitalised >= MENU_CAPITALISED:
                return "bad", "capitalised like a menu item"
            if density is not None and density == 0.0:
                return "bad", "no stop words"
    if features.chars < SHORT_CHARS:
        return "short", "short"
    if not features.sentence_end and features.chars < LONG_CHARS:
        return "short", "no sentence"
    prose = density is None or density >= limits.good
    if prose and (
        (features.sentence_end and features.chars >= GOOD_CHARS)
        or (features.chars >= PARAGRAPH_CHARS and features.sentences >= 2)
    ):
        return "good", "prose"
    if density is None or density >= limits.near:
        return "near", "near prose"
    if (
        features.sentence_end
        and features.sentences >= PROSE_SENTENCES
        and features.chars >= PARAGRAPH_CHARS
    ):
        return "near", "several sentences"
    return "bad", FEW_STOPWORDS


def _neighbour(
    classes: list[LineClass], index: int, step: int, *, skip_near: bool
) -> LineClass | None:
    """The nearest class that is not short (nor near, if asked); ``None`` at the edge,
    which says nothing (a page may end with its article)."""
    index += step
    while 0 <= index < len(classes):
        found = classes[index]
        if found != "short" and not (skip_near and found == "near"):
            return found
        index += step
    return None


def _revise(
    blocks: tuple[Block, ...], features: list[LineFeatures], first: list[LineClass]
) -> list[LineClass]:
    """jusText's context revision: headings before prose, then short and near lines."""
    classes = list(first)
    for index, block in enumerate(blocks):
        if block.kind == "heading" and classes[index] == "short":
            distance = 0
            for later in range(index + 1, len(blocks)):
                if classes[later] == "good":
                    classes[index] = "near"
                    break
                distance += features[later].chars
                if distance > HEADING_DISTANCE:
                    break
    revised = list(classes)
    for index, found in enumerate(classes):
        if found == "short":
            before = _neighbour(classes, index, -1, skip_near=True)
            after = _neighbour(classes, index, 1, skip_near=True)
            known = {before, after} - {None}
            if known == {"good"}:
                revised[index] = "good"
            elif known != {"good", "bad"}:
                revised[index] = "bad"
            elif (
                before == "bad" and _neighbour(classes, index, -1, skip_near=False) == "near"
            ) or (after == "bad" and _neighbour(classes, index, 1, skip_near=False) == "near"):
                revised[index] = "good"
            else:
                revised[index] = "bad"
    for index, found in enumerate(classes):
        if found == "near":
            before = _neighbour(classes, index, -1, skip_near=True)
            after = _neighbour(classes, index, 1, skip_near=True)
            revised[index] = "good" if "good" in (before, after) else "bad"
    return revised


def _weights(
    blocks: tuple[Block, ...], features: list[LineFeatures], classes: list[LineClass]
) -> list[float]:
    """What each block adds to a run that holds it.

    Good blocks gain their length (``LineFeatures.chars``); other blocks cost their
    length plus ``BAD_COST``, and a block after a gap left by an earlier filter costs
    ``GAP_COST`` more.
    """
    weights: list[float] = []
    for position, block in enumerate(blocks):
        if classes[position] == "good":
            weight = float(features[position].chars)
        else:
            weight = -float(features[position].chars + BAD_COST)
        if position and block.index > blocks[position - 1].index + 1:
            weight -= GAP_COST
        weights.append(weight)
    return weights


def _runs(
    blocks: tuple[Block, ...], own: list[LineClass], weights: list[float]
) -> list[tuple[int, int, float]]:
    """Every maximal run of positive score (start, end, score), in page order.

    A run's score is the sum of its weights; it ends where its running score would fall
    to zero or below, at its best point, or where ``BREAK_LINES`` lines after that point
    read as chrome (``own`` class bad) or were removed by earlier filters: the band of
    chrome between an article and its comments or teasers.
    """
    bad_before = [0]  # bad_before[k]: own-bad blocks among the first k
    for found in own:
        bad_before.append(bad_before[-1] + (found == "bad"))
    runs: list[tuple[int, int, float]] = []
    start, score, best, best_end = 0, 0.0, 0.0, 0
    for position, weight in enumerate(weights):
        broken = False
        if best_end:
            removed = _lines_between(blocks, best_end, position) - (position - best_end)
            chrome = bad_before[position] - bad_before[best_end]
            broken = removed + chrome >= BREAK_LINES
        if score <= 0 or broken:
            if best > 0:
                runs.append((start, best_end, best))
            start, score, best, best_end = position, 0.0, 0.0, position
        score += weight
        if score > best:
            best, best_end = score, position + 1
    if best > 0:
        runs.append((start, best_end, best))
    return runs


def _lines_between(blocks: tuple[Block, ...], end: int, start: int) -> int:
    """Lines of the page between the run ending before ``end`` and ``start``."""
    return blocks[start].index - blocks[end - 1].index - 1


def _join(
    blocks: tuple[Block, ...], weights: list[float], runs: list[tuple[int, int, float]], at: int
) -> tuple[int, int]:
    """The chosen run, joined with the runs next to it that a short island separates.

    An insert ("More:" and three teaser links) can cut an article in two; the parts
    belong together when what lies between them costs less than the larger part is
    worth.
    """
    start, end, score = runs[at]
    for later in runs[at + 1 :]:
        cost = -sum(weights[end : later[0]])
        if cost >= max(score, later[2]) or _lines_between(blocks, end, later[0]) > JOIN_LINES:
            break
        end, score = later[1], score - cost + later[2]
    for earlier in reversed(runs[:at]):
        cost = -sum(weights[earlier[1] : start])
        if cost >= max(score, earlier[2]) or _lines_between(blocks, earlier[1], start) > JOIN_LINES:
            break
        start, score = earlier[0], score - cost + earlier[2]
    return start, end


def find_region(page: Page) -> Region | None:
    """Find the article run among a text page's blocks, or ``None`` without prose."""
    blocks = page.blocks
    if not blocks:
        return None
    texts = [block.text for block in blocks]
    features = line_features(texts, prose_language(texts))
    limits = _limits(features)
    first = [
        _classify(block, feature, limits) for block, feature in zip(blocks, features, strict=True)
    ]
    first_classes = [found for found, _ in first]
    classes = _revise(blocks, features, first_classes)
    weights = _weights(blocks, features, classes)
    runs = _runs(blocks, first_classes, weights)
    if not runs:
        return None
    best = max(value for _, _, value in runs)
    anchor = headline = _title_anchor(page)
    chosen_at = max(range(len(runs)), key=lambda at: runs[at][2])
    if runs[chosen_at][0] <= anchor <= runs[chosen_at][1] + ANCHOR_SLACK:
        anchor = 0  # the title repeated inside the best run or just after it (a recipe card)
    for at, run in enumerate(runs):
        if anchor and run[1] > anchor and run[2] >= max(FIRST_RUN_SCORE, FIRST_RUN_SHARE * best):
            chosen_at = at
            break
    start, end = _join(blocks, weights, runs, chosen_at)
    if (
        start < headline < end
        and _dated_after(features, first_classes, headline + 1, end)
        and sum(weights[headline:end]) >= FIRST_RUN_SCORE
        and (anchor or _teasers(blocks, first_classes, start, headline))
    ):
        start = headline  # a headline and its date line open the article: teasers above
    details = tuple(why for _, why in first)
    return Region(
        start,
        end,
        tuple(first_classes),
        tuple(classes),
        details,
        _furniture(page, first_classes, details, start, end),
    )


def _dated_after(features: list[LineFeatures], own: list[LineClass], start: int, end: int) -> bool:
    """Whether a line with a date comes within ``DATELINE_REACH`` lines from ``start``
    on, before any prose line: the date line under a headline."""
    for position in range(start, min(end, start + DATELINE_REACH)):
        if own[position] == "good":
            return False
        if features[position].dated:
            return True
    return False


def _teasers(blocks: tuple[Block, ...], own: list[LineClass], start: int, end: int) -> bool:
    """Whether most prose lines from ``start`` to ``end`` are cut short ("... may
    soon..."): teasers of other stories, not an article's own opening."""
    prose = [blocks[position].text for position in range(start, end) if own[position] == "good"]
    cut = sum(text.endswith(_CUT_SHORT) for text in prose)
    return bool(prose) and cut * 2 > len(prose)


def _furniture(
    page: Page, own: list[LineClass], details: tuple[str, ...], start: int, end: int
) -> str:
    """What shows that the page holds more than its article, or "".

    A block an earlier filter removed before or between the blocks left (a cookie
    notice, a share bar, a breadcrumb; one removed after the last block leaves no trace
    on the page); the title more than once up to the run's first line (the page's
    ``<title>`` line and its headline: a page header; a heading inside the article that
    repeats the first line is no header); or ``FURNITURE_EDGE_LINES`` lines on each side of the
    article run that read as navigation by their own features (a menu and a tag list
    above, a footer or the dates of a comment thread below). Lines inside the run do not
    count, nor lines on one side only: a table or a list in an article has that shape.
    """
    blocks = page.blocks
    if blocks[-1].index >= len(blocks):  # an index was skipped: its block was removed
        return "an earlier filter removed a block"
    title_key = comparison_key(page.metadata.title or "")
    header = blocks[: start + 1]  # up to the article run's first line
    if title_key and sum(_is_title(block.text, title_key) for block in header) > 1:
        return "the title is repeated, as in a page header"
    navigation = [
        position
        for position, (found, why) in enumerate(zip(own, details, strict=True))
        if found == "bad" and why != FEW_STOPWORDS and not start <= position < end
    ]
    above = sum(1 for position in navigation if position < start)
    below = len(navigation) - above
    if min(above, below) >= FURNITURE_EDGE_LINES:
        return f"{above} lines above the article and {below} below read as navigation"
    return ""


def _title_anchor(page: Page) -> int:
    """Position of the first repeat of the title after the first block, else 0.

    Flattened pages open with the document's ``<title>``; the headline that opens the
    article repeats it (without the site name), so the article starts after it.
    """
    title = page.metadata.title
    if not title:
        return 0
    key = comparison_key(title)
    for position, block in enumerate(page.blocks[1:], start=1):
        other = comparison_key(block.text)
        if other and (other == key or (len(other) >= MIN_ANCHOR_CHARS and other in key)):
            return position
    return 0


def _is_title(text: str, title_key: str) -> bool:
    """The title again, with a site name, or most of it: left to ``duplicate_headline``."""
    key = comparison_key(text)
    return bool(key) and (
        key == title_key
        or (title_key in key and len(key) <= len(title_key) * (1 + MAX_EXTRA))
        or (key in title_key and len(key) >= MIN_COVERAGE * len(title_key))
    )


def text_region(page: Page) -> Verdict:
    """Drop the blocks of a text page that lie outside its article run."""
    if page.source != "text":
        return Verdict()
    region = find_region(page)
    if region is None or not region.furniture:
        return Verdict()
    title_key = comparison_key(page.metadata.title or "")
    drops: list[Drop] = []
    for position, block in enumerate(page.blocks):
        if title_key and _is_title(block.text, title_key):
            continue
        if (
            block.kind in CAPTION_KINDS
            and region.start - CAPTION_REACH <= position < region.end + CAPTION_REACH
        ):
            continue
        if position < region.start:
            drops.append(new_drop(block, "before_article", "before the article's prose"))
        elif position >= region.end:
            drops.append(new_drop(block, "after_article", "after the article's prose"))
        elif region.classes[position] == "bad" and not (
            block.kind == "heading" and region.own[position] != "bad"
        ):
            drops.append(new_drop(block, "boilerplate_line", region.details[position]))
    return Verdict(drops=tuple(drops))
