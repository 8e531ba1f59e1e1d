"""main_content: drop everything outside the container that holds the article (HTML).

Finds the article container by candidate scoring over the page's containers, in the
spirit of Readability: each prose block adds points (one, plus one per comma, plus one
per hundred characters, up to three) to its parent, half to its grandparent and a third
to the container above; a container's score starts from its weight (semantic tags,
``itemprop=articleBody``, class/id tokens such as ``article-body`` versus ``sidebar``)
and is scaled by the share of its text that is not link text. The best container wins,
and siblings join it when they score close to it (unless the page shows most of their
text again elsewhere: a news ticker the template repeats) or are plain prose. So do the
other sections of an article that a theme split into parallel wrappers (around figures,
videos or ads): containers built like the winner (same tag and classes, same depth below
a sibling of one of its wrappers), joined outwards while what parts them holds no prose
and no headline (a front page's next post has one). Blocks outside the chosen containers
are dropped (reason ``outside_main_content``). Marks that the chosen container or its
ancestors gave are lifted from the blocks kept: the article's own wrapper is not
boilerplate, whatever its class says. So are, from the captions inside the container,
the ``PHOTO_BOX_MARKS`` of photo boxes inside it: elements whose text is mostly caption
text and little link text (a gallery in an ``<aside>``, an image "widget", a lead figure
classed "banner") are the article's figures; and from a caption kept beside the
container, those of a box of one caption before it (the lead photo in an Elementor
"widget" or a "ps-sidebar" media block).

Never removes: anything on a page where no container has prose to score (the page is
left to the other filters), text-mode pages (no markup to score), prose siblings of the
winning container, photo captions up to ``CAPTION_LEVELS`` levels above it, in the
``<article>`` around it (the lead photo beside the headline) or anywhere between the
headline and the last section, the one ``<figcaption>`` before it within
``LEAD_FIGURE_LEVELS`` levels (a post thumbnail beside the content area), the lede
between the headline (``<h1>``) and the container (standfirst, intro paragraphs of
``LEDE_MIN_WORDS`` words or more, key points: not list items the page repeats), or
unmarked paragraphs of ``NEAR_PROSE_WORDS`` words or more within ``NEAR_LEVELS``
containers of it (the other sections of a multi-part page). Photo boxes beside the
container keep their marks (a sidebar of teaser cards is made of captions too), and so
do captions that are mostly link text (teasers) wherever they are.

Fixture: every HTML fixture; fixtures/independent-covid-contact-fines for a photo
gallery in an ``<aside>`` between the paragraphs; tests/filters/test_main_content.py for
small cases (sections split around a figure, a front page's posts, a ticker).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import cached_property
from itertools import accumulate
from typing import Final

from articlekit._blocks import Block, Element, Page
from articlekit._captions import caption_elements
from articlekit._protocol import Drop, Verdict, new_drop
from articlekit.filters._common import CAPTION_KINDS
from articlekit.patterns.markup import CAPTION_MARK

__all__ = ["main_content"]

# Blocks shorter than this are not scored: labels, buttons and bylines say nothing
# about where the article is.
MIN_SCORED_CHARS: Final = 25
# Points from one block, spread to its ancestors with these divisors.
ANCESTOR_DIVISORS: Final = (1.0, 2.0, 3.0)
MAX_LENGTH_POINTS: Final = 3
# Blocks that are hidden, in a comment section (long comments outvote short
# articles), in navigation (mega-menus carry teaser paragraphs that outvote a short
# article), or inside elements whose tag says they are never the article, do not vote
# for a container. Other marks from class names alone still vote: a compound class
# such as "content-with-sidebar-wrp" or "entry-content-read-more" can sit on the
# article itself, and the negative weight of a real sidebar keeps it from winning.
NON_VOTING_MARKS: Final = frozenset({"hidden", "cookie", "dialog", "comments", "navigation"})
NON_VOTING_TAGS: Final = frozenset({"nav", "aside", "footer", "menu"})
# The winner must hold this share of the page's voting prose; if it holds less, the
# content is spread over several sections and the winner widens to an ancestor.
CLIMB_SHARE: Final = 0.25
# A sibling joins the winner when it scores at least this share of the winner's score
# (and at least SIBLING_MIN_SCORE).
SIBLING_SHARE: Final = 0.2
SIBLING_MIN_SCORE: Final = 10.0
# ... unless this share of its text is shown again elsewhere on the page: a ticker or
# teaser list that the template repeats in the header, sidebar or footer.
SIBLING_MAX_REPEATED: Final = 0.5
# A sibling block of prose joins when it is this long with little link text.
SIBLING_PROSE_CHARS: Final = 80
SIBLING_MAX_LINK_DENSITY: Final = 0.25
# Captions up to this many levels above the article container belong to it, and so do
# all captions of the ARTICLE_TAGS element around it: themes nest the body container
# deep below the <article> that also holds the lead photo.
CAPTION_LEVELS: Final = 2
ARTICLE_TAGS: Final = frozenset({"article"})
# The lead photo's <figcaption> may sit further up, before the container: the only
# figcaption within this many levels above it and before it is kept.
LEAD_FIGURE_LEVELS: Final = 4
# Inside the article container, an element whose text is at least PHOTO_BOX_SHARE
# caption text (captions, and anything in caption markup such as a gallery caption's
# headings) and at most PHOTO_BOX_MAX_LINK_DENSITY link text holds the article's
# figures: the marks it gives that read as furniture (PHOTO_BOX_MARKS: an <aside>
# around a gallery, "widget", "banner") are lifted from its captions. So is a box of
# one caption beside the container and before it: the lead photo. A caption that is
# itself mostly link text is a teaser and keeps them.
PHOTO_BOX_MARKS: Final = frozenset({"aside", "advert"})
PHOTO_BOX_SHARE: Final = 0.8
PHOTO_BOX_MAX_LINK_DENSITY: Final = 0.5
# Between the headline (the last <h1> before the container, inside the same wrapper)
# and the container, the lede, standfirst and intro sections belong to the article:
# blocks there are kept when they are prose (at least LEDE_MIN_WORDS words: not a
# dateline, byline or counter), their markup says nothing worse than "header" (caption
# markup is no boilerplate either) and they are not mostly link text.
LEDE_MARKS: Final = frozenset({"header", CAPTION_MARK})
LEDE_MAX_LINK_DENSITY: Final = 0.3
LEDE_MIN_WORDS: Final = 10
# Around the winner, up to NEAR_LEVELS containers up, unmarked paragraphs of real prose
# belong to the article too: sections of a multi-part page, a paragraph a theme put
# in its own wrapper. Caption markup is no boilerplate: a theme's oversized "caption"
# box (whose blocks keep their own kinds) may hold them.
NEAR_MARKS: Final = frozenset({CAPTION_MARK})
NEAR_LEVELS: Final = 2
# The sections of one article in parallel wrappers: a container like the winner below
# a sibling of one of its wrappers, up to SECTION_LEVELS up (a page builder nests the
# paragraphs five deep inside each section's wrapper), scoring at least
# SECTION_MIN_SCORE (two sentences of prose). A heading with more than
# SECTION_MAX_HEADING_LINKS link text between two of them is another post's title.
SECTION_LEVELS: Final = 6
SECTION_MIN_SCORE: Final = 5.0
SECTION_MAX_HEADING_LINKS: Final = 0.5
NEAR_PROSE_WORDS: Final = 30
NEAR_MAX_LINK_DENSITY: Final = 0.1
# A lede paragraph is sentences; a dateline or byline ("By Jane Doe - 11/19/19 06:56 AM
# EST") is not.
_SENTENCE_ENDS: Final = (".", "!", "?", "…", "。", "！", "？")
_LEDE_KINDS: Final = frozenset({"paragraph", "list_item", "quote", "heading"})
_VOTING_KINDS: Final = frozenset({"paragraph", "list_item", "quote", "code"})


class _Totals:
    """Sums over any element's blocks, from prefix sums: characters, link characters,
    caption characters and the points of voting blocks."""

    def __init__(self, blocks: tuple[Block, ...], points: list[float]) -> None:
        self.blocks = blocks
        self.positions = [block.pos for block in blocks]
        sizes = [len(block.text) for block in blocks]
        self.chars = [0, *accumulate(sizes)]
        self.links = [0, *accumulate([block.link_chars for block in blocks])]
        self.points = [0.0, *accumulate(points)]

    @cached_property
    def captions(self) -> list[int]:
        """Prefix sums of the caption characters (``_in_caption``, inline): only pages
        with photo boxes to judge need them."""
        sizes = [
            len(block.text) if block.kind in CAPTION_KINDS or CAPTION_MARK in block.marks else 0
            for block in self.blocks
        ]
        return [0, *accumulate(sizes)]

    def _range(self, element: Element) -> tuple[int, int]:
        return bisect_left(self.positions, element.id), bisect_left(self.positions, element.end)

    def of(self, element: Element) -> tuple[int, int]:
        first, last = self._range(element)
        return self.chars[last] - self.chars[first], self.links[last] - self.links[first]

    def points_of(self, element: Element) -> float:
        first, last = self._range(element)
        return self.points[last] - self.points[first]

    @cached_property
    def _text_counts(self) -> Counter[str]:
        return Counter(block.text for block in self.blocks)

    def repeated(self, block: Block) -> bool:
        """Whether the page shows this block's text again elsewhere."""
        return self._text_counts[block.text] > 1

    def repeated_share(self, element: Element) -> float:
        """Share of an element's text in blocks that the page shows again elsewhere."""
        first, last = self._range(element)
        inside = Counter(block.text for block in self.blocks[first:last])
        counts = self._text_counts
        chars = self.chars[last] - self.chars[first]
        repeated = sum(len(text) * n for text, n in inside.items() if counts[text] > n)
        return repeated / chars if chars else 0.0

    def separates(self, start: int, end: int) -> bool:
        """Whether the blocks between two positions hold prose that votes, an ``<h1>`` or
        a heading that is a link: they part two articles, not two sections of one."""
        first = bisect_left(self.positions, start)
        last = bisect_left(self.positions, end)
        if self.points[last] - self.points[first] > 0:
            return True
        return any(
            block.kind == "heading"
            and (block.level == 1 or block.link_density > SECTION_MAX_HEADING_LINKS)
            for block in self.blocks[first:last]
        )

    def is_photo_box(self, element: Element) -> bool:
        """Mostly caption text, little link text: the element holds figures."""
        first, last = self._range(element)
        chars = self.chars[last] - self.chars[first]
        if not chars:
            return False
        captions = self.captions[last] - self.captions[first]
        links = self.links[last] - self.links[first]
        return captions >= PHOTO_BOX_SHARE * chars and links <= PHOTO_BOX_MAX_LINK_DENSITY * chars

    def captions_in(self, element: Element) -> int:
        """How many caption elements an element holds (a lead photo box holds one)."""
        first, last = self._range(element)
        return len(
            {
                caption_elements(block)[0]
                for block in self.blocks[first:last]
                if CAPTION_MARK in block.marks
            }
        )


def _in_caption(block: Block) -> bool:
    return block.kind in CAPTION_KINDS or CAPTION_MARK in block.marks


def _in_non_voting_tag(block: Block, page: Page) -> bool:
    for _, source in block.mark_sources:
        element = page.elements.get(source)
        if element is not None and element.tag in NON_VOTING_TAGS:
            return True
    return False


def _block_points(block: Block) -> float:
    text = block.text
    commas = text.count(",") + text.count("，") + text.count("、")
    return 1.0 + commas + min(len(text) // 100, MAX_LENGTH_POINTS)


def main_content(page: Page) -> Verdict:
    """Drop the blocks outside the article's container."""
    if page.source != "html" or not page.elements:
        return Verdict()
    votes: dict[int, float] = defaultdict(float)
    block_points: list[float] = []
    for block in page.blocks:
        points = 0.0
        if (
            block.kind in _VOTING_KINDS
            and len(block.text) >= MIN_SCORED_CHARS
            and not (block.marks & NON_VOTING_MARKS)
            and not _in_non_voting_tag(block, page)
        ):
            points = _block_points(block)
            for ancestor, divisor in zip(block.ancestors, ANCESTOR_DIVISORS, strict=False):
                votes[ancestor] += points / divisor
        block_points.append(points)
    if not votes:
        return Verdict()

    totals = _Totals(page.blocks, block_points)
    scores: dict[int, float] = {}
    for element_id, vote in votes.items():
        element = page.elements.get(element_id)
        if element is None:
            continue
        chars, links = totals.of(element)
        link_density = links / chars if chars else 0.0
        scores[element_id] = (vote + element.weight) * (1.0 - link_density)
    if not scores:
        return Verdict()
    best_id = max(scores, key=scores.__getitem__)
    best = _widen(page, page.elements[best_id], totals)
    chosen = _with_siblings(page, best, scores.get(best.id, scores[best_id]), scores, totals)
    chosen += _sibling_sections(page, best, chosen, scores, totals)

    wrappers = _ancestors_and_self(page, best)
    caption_scope = _caption_scope(page, best)
    start = min(element.id for element in chosen)
    end = max(element.end for element in chosen)
    lede_start, lede_end = _lede_span(page, best, chosen)
    # The article runs from its headline (or first container) to its last container:
    # figures in between are its own.
    span_start = min(start, lede_start) if lede_end else start
    lead_figure = _lead_figcaption(page, _levels_up(page, best, LEAD_FIGURE_LEVELS), start)
    near = _levels_up(page, best, NEAR_LEVELS)
    # The chosen containers are disjoint (siblings, and sections outside them that join
    # one after the other): found by bisection (a page that repeats its body thousands
    # of times has thousands of them).
    chosen_sorted = sorted(chosen, key=lambda element: element.id)
    chosen_ids = [element.id for element in chosen_sorted]
    drops: list[Drop] = []
    relabels: list[Block] = []
    for block in page.blocks:
        pos = block.pos
        index = bisect_right(chosen_ids, pos) - 1  # the chosen container holding it, if any
        container = chosen_sorted[index] if index >= 0 and pos < chosen_sorted[index].end else None
        if container is None and not (
            (
                block.kind in CAPTION_KINDS
                and (caption_scope.id <= pos < caption_scope.end or span_start < pos < end)
            )
            or (lede_start < block.pos < lede_end and _is_lede(block, totals))
            or (near.id <= block.pos < near.end and _is_prose(block))
            or (
                lead_figure >= 0
                and block.kind in CAPTION_KINDS
                and lead_figure in caption_elements(block)
            )
        ):
            drops.append(new_drop(block, "outside_main_content", "outside the article container"))
            continue
        if not block.mark_sources:
            continue  # no mark to lift
        lifted = {source for _, source in block.mark_sources if source in wrappers}
        if _in_caption(block):
            if container is not None:
                lifted |= _photo_boxes(page, block, container, totals)
            elif span_start < block.pos < end:  # after the headline, between sections
                lifted |= _photo_boxes(page, block, _around(page, best, span_start, end), totals)
            elif block.pos < start:
                lifted |= _photo_boxes(page, block, caption_scope, totals, before=start)
        if lifted:
            relabels.append(block.without_marks_from(lifted))
    return Verdict(drops=tuple(drops), relabels=tuple(relabels))


def _around(page: Page, element: Element, start: int, end: int) -> Element:
    """The nearest of ``element`` and its ancestors that spans ``start`` to ``end``."""
    while element.id > start or element.end < end:
        parent = page.elements.get(element.parent)
        if parent is None:
            break
        element = parent
    return element


def _ancestors_and_self(page: Page, element: Element) -> set[int]:
    """Ids of the elements around ``element`` (those whose span holds its span), itself
    included: containers nest, so these are its chain of parents."""
    found: set[int] = set()
    current: Element | None = element
    while current is not None and current.id not in found:
        found.add(current.id)
        current = page.elements.get(current.parent)
    return found


def _lead_figcaption(page: Page, scope: Element, start: int) -> int:
    """The id of the only <figcaption> in ``scope`` before ``start``, else -1."""
    found = [
        element.id
        for element in page.elements.values()
        if element.tag == "figcaption" and scope.id <= element.id and element.end <= start
    ]
    return found[0] if len(found) == 1 else -1


def _caption_link_density(page: Page, block: Block, totals: _Totals) -> float:
    """Link density that tells a teaser from a caption: the block's own, but for a
    credit that of its whole caption (a credit linking to the photographer's site is all
    link text, and its caption is no teaser for that)."""
    sources = caption_elements(block)
    element = page.elements.get(sources[0]) if block.kind == "credit" and sources else None
    if element is None:
        return block.link_density
    chars, links = totals.of(element)
    return links / chars if chars else 0.0


def _photo_boxes(
    page: Page, block: Block, within: Element, totals: _Totals, before: int | None = None
) -> set[int]:
    """Photo boxes inside ``within`` that mark this caption (or a block of caption
    markup, such as a gallery caption's heading) as furniture.

    With ``before`` (the container's start), only the lead photo: a box that ends
    before the container and holds a single caption.
    """
    if not _in_caption(block) or _caption_link_density(page, block, totals) > (
        PHOTO_BOX_MAX_LINK_DENSITY
    ):
        return set()
    boxes: set[int] = set()
    for mark, source in block.mark_sources:
        if mark not in PHOTO_BOX_MARKS or source < within.id:
            continue
        element = page.elements.get(source)
        if element is None or not totals.is_photo_box(element):
            continue
        if before is not None and (element.end > before or totals.captions_in(element) != 1):
            continue
        boxes.add(source)
    return boxes


def _lede_span(page: Page, best: Element, chosen: list[Element]) -> tuple[int, int]:
    """Positions between the article's headline and its container (empty if none).

    The headline is the last ``<h1>`` before the container that sits inside one of the
    container's ancestors below ``<body>``: the same article wrapper, not a site logo.
    """
    start = min(element.id for element in chosen)
    headline = None
    for block in page.blocks:
        if block.pos >= start:
            break
        if block.kind == "heading" and block.tag == "h1":
            headline = block
    if headline is None:
        return 0, 0
    ancestor = page.elements.get(best.parent)
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        if ancestor.id <= headline.pos < ancestor.end:
            return headline.pos, start
        ancestor = page.elements.get(ancestor.parent)
    return 0, 0


def _is_prose(block: Block) -> bool:
    return (
        block.kind == "paragraph"
        and block.words >= NEAR_PROSE_WORDS
        and block.marks <= NEAR_MARKS
        and block.link_density <= NEAR_MAX_LINK_DENSITY
    )


def _is_lede(block: Block, totals: _Totals) -> bool:
    return (
        # a ticker's items, which the template shows again elsewhere, are no key points
        not (block.kind == "list_item" and totals.repeated(block))
        and block.kind in _LEDE_KINDS
        and block.words >= LEDE_MIN_WORDS
        and block.marks <= LEDE_MARKS
        and block.link_density <= LEDE_MAX_LINK_DENSITY
        and (block.kind == "heading" or block.text.rstrip("\"'”’»)").endswith(_SENTENCE_ENDS))
    )


def _levels_up(page: Page, element: Element, levels: int) -> Element:
    """The container ``levels`` above ``element``, stopping below ``<body>``.

    Captions (``CAPTION_LEVELS``: a lead photo sits beside the headline, above the body
    container) and nearby prose sections (``NEAR_LEVELS``) still belong to the article
    within that scope.
    """
    return _tag_path(page, element, levels)[-1]


def _caption_scope(page: Page, best: Element) -> Element:
    """Where the article's captions are: CAPTION_LEVELS up, or its <article> element."""
    scope = _levels_up(page, best, CAPTION_LEVELS)
    ancestor = page.elements.get(scope.parent)
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        if ancestor.tag in ARTICLE_TAGS:
            return ancestor
        ancestor = page.elements.get(ancestor.parent)
    return scope


def _widen(page: Page, best: Element, totals: _Totals) -> Element:
    """Climb to the ancestor that holds enough of the page's prose.

    On articles the best container holds most of the prose; on pages whose content is
    spread over several sections (product pages, landing pages, FAQs) it holds one
    section, and its ancestors hold the rest.
    """
    total = totals.points[-1]
    while totals.points_of(best) < CLIMB_SHARE * total:
        parent = page.elements.get(best.parent)
        if parent is None or parent.tag in ("body", "html"):
            break
        best = parent
    return best


def _tag_path(page: Page, element: Element, levels: int) -> list[Element]:
    """``element`` and up to ``levels`` ancestors above it, nearest first, below <body>."""
    path = [element]
    for _ in range(levels):
        parent = page.elements.get(path[-1].parent)
        if parent is None or parent.tag in ("body", "html"):
            break
        path.append(parent)
    return path


def _sibling_sections(
    page: Page, best: Element, chosen: list[Element], scores: dict[int, float], totals: _Totals
) -> list[Element]:
    """The other sections of an article that a theme split into parallel wrappers.

    A section is a container built like the winner (same tag and classes, at the same
    depth below a sibling of one of the winner's wrappers, the tags between alike),
    holding prose with little link text. Sections join outwards from the winner, one
    after the other, while what separates them holds no prose of its own (figures,
    videos, ads) and no headline (an ``<h1>`` or a heading that is a link: the next
    post of a blog's front page).
    """
    if not best.classes:
        return []
    path = _tag_path(page, best, SECTION_LEVELS)
    tags = [element.tag for element in path]
    taken = {element.id for element in chosen}
    candidates: list[Element] = []
    for element_id, score in scores.items():
        if score < SECTION_MIN_SCORE or element_id in taken:
            continue
        element = page.elements[element_id]
        if element.tag != best.tag or element.classes != best.classes:
            continue
        if best.id <= element.id < best.end or element.id <= best.id < element.end:
            continue
        other = _tag_path(page, element, len(path) - 1)
        for level in range(1, len(other)):
            if other[level].tag != tags[level]:
                break
            if other[level].parent == path[level].parent:
                chars, links = totals.of(element)
                if chars and links / chars < SIBLING_MAX_LINK_DENSITY:
                    candidates.append(element)
                break
    if not candidates:
        return []
    candidates.sort(key=lambda element: element.id)
    first = min(element.id for element in chosen)
    last = max(element.end for element in chosen)
    found: list[Element] = []
    for element in candidates:  # after the article, nearest first
        if element.id < last:
            continue  # before it, or inside a section already taken
        if totals.separates(last, element.id):
            break
        found.append(element)
        last = element.end
    for element in reversed(candidates):  # before it, nearest first
        if element.end > first:
            continue
        if totals.separates(element.end, first):
            break
        found.append(element)
        first = element.id
    return found


def _with_siblings(
    page: Page, best: Element, best_score: float, scores: dict[int, float], totals: _Totals
) -> list[Element]:
    """The winner plus the siblings that belong with it."""
    if best.parent < 0:
        return [best]
    threshold = max(SIBLING_MIN_SCORE, best_score * SIBLING_SHARE)
    chosen = [best]
    for element in page.elements.values():
        if element.parent != best.parent or element.id == best.id:
            continue
        score = scores.get(element.id)
        if score is not None and score >= threshold:
            if totals.repeated_share(element) < SIBLING_MAX_REPEATED:
                chosen.append(element)
            continue
        if element.tag == "p":
            chars, links = totals.of(element)
            if chars >= SIBLING_PROSE_CHARS and links / chars < SIBLING_MAX_LINK_DENSITY:
                chosen.append(element)
    return chosen
