"""Property-based tests over generated HTML and text (hypothesis).

For any input: ``clean`` returns an Article or raises an ArticlekitError; every word of
every paragraph and caption comes from the input; kept and removed blocks account for
every block of ``segment``; the result is deterministic; and cleaning an article's own
text again changes nothing that plain text can carry (see ``recleaning_holds`` for
exactly what holds). The inputs are generated tag soup, typical article pages (a menu,
a header, the article with headings, lists, quotes and figures, related links,
comments and a footer) and text dumps.

Kept fast: a few dozen examples each (``ARTICLEKIT_HYPOTHESIS_EXAMPLES`` raises it;
``scripts/fuzz.py`` runs the same strategies for minutes).
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from articlekit import (
    Article,
    ArticlekitError,
    Block,
    Metadata,
    Page,
    Paragraph,
    clean,
    default_pipeline,
    segment,
)
from articlekit._decode import detect_mode
from articlekit._plaintext import (
    _BULLET,
    _MAX_HEADING_CHARS,
    _MAX_HEADING_WORDS,
    _PROSE_WORDS,
    _SENTENCE_END,
    reads_as_title,
)
from articlekit._text import count_words
from articlekit.filters import duplicate_headline, photo_caption
from articlekit.filters.text_region import find_region
from tests.helpers import FIXTURES

HTML_FIXTURES = sorted(path for path in FIXTURES.iterdir() if (path / "source.html").is_file())
EXAMPLES = int(os.environ.get("ARTICLEKIT_HYPOTHESIS_EXAMPLES", "40"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _vocabulary(text: str, *extra: str) -> list[str]:
    return [*text.split(), *extra]


# Words: prose, junk phrases the filters look for, other scripts, entities and
# characters that must be cleaned away.
WORDS = _vocabulary(
    "the council met at dawn to plan clean-up work after river rose overnight and "
    "town said it would take weeks , . ; : ! ? photo by AP Reuters © share this article "
    "on Facebook cookies we use accept read more see also related advertisement "
    "home » news » world comments leave a reply posted admin subscribe newsletter "
    "東京 の 天気 北京 서울 Москва Αθήνα café naïve Fluß 1 2 2024 "
    "&amp; &lt; &gt; &quot; &#8217; &#1; &#x7f; &#xD800; &nbsp; &copy;",
    "a\x00b",
    "c\x07d",
    "e\ud800f",
    "g\u200bh",
    "i\ufeffj",
    "k\x85l",
)
TAGS = _vocabulary(
    "div p span a b i em strong h1 h2 h3 li ul ol article section main nav footer aside "
    "header figure figcaption blockquote pre code table tr td br img script style noscript "
    "template svg form button label time address small sup"
)
CLASSES = _vocabulary(
    "content article-body story post entry comments comment-list share social sidebar "
    "related nav menu breadcrumb footer cookie-banner hidden sr-only caption credit byline "
    "ad advert promo newsletter tags main x y"
)

text_chunk = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, classes, hidden, body: (
            f"<{tag}"
            + (f' class="{" ".join(classes)}"' if classes else "")
            + (" hidden" if hidden else "")
            + (f' src="/img/{len(body)}.jpg"' if tag == "img" else "")
            + (' href="/x"' if tag == "a" else "")
            + f"> {body} </{tag}>"
        ),
        st.sampled_from(TAGS),
        st.lists(st.sampled_from(CLASSES), max_size=3),
        st.booleans() if EXAMPLES > 100 else st.just(False),
        children,
    )


html_fragment = st.recursive(
    text_chunk,
    lambda children: _element(st.lists(children, min_size=1, max_size=4).map(" ".join)),
    max_leaves=40,
)
html_page = st.builds(
    lambda title, body: f"<html><head><title> {title} </title></head><body> {body} </body></html>",
    text_chunk,
    st.lists(html_fragment, min_size=1, max_size=6).map(" ".join),
)

# Typical article pages: prose in sentences, headings, lists, quotes and figures inside
# an <article>, and the furniture around it that HTML mode removes by its markup. Text
# is set off from tags by spaces, as _input_words splits words at whitespace only.
PROSE_WORDS = _vocabulary(
    "the of and to a in is that for it as was with by on from at which but have they "
    "were had been all their has would when if so no will more can who than them these "
    "river council town bridge water engineers residents market school minister report "
    "flood storm road village company workers plan budget museum night morning week "
    "rose fell said closed opened built warned found asked moved stayed old new long "
    "north south east west Monday Tuesday Lisbon Ghent Maria Chen 2019 12 three"
)
sentence = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(st.sampled_from(PROSE_WORDS), min_size=4, max_size=26),
    st.sampled_from([".", ".", ".", "?", "!", ""]),
)
phrase = st.lists(st.sampled_from(PROSE_WORDS), min_size=1, max_size=9).map(
    lambda words: " ".join(words).capitalize()
)
article_block = st.one_of(
    st.lists(sentence, min_size=1, max_size=4).map(lambda s: f"<p> {' '.join(s)} </p>"),
    st.tuples(st.sampled_from([2, 3]), phrase).map(lambda h: f"<h{h[0]}> {h[1]} </h{h[0]}>"),
    st.lists(st.one_of(phrase, sentence), min_size=1, max_size=6).map(
        lambda items: "<ul>" + "".join(f"<li> {item} </li>" for item in items) + "</ul>"
    ),
    sentence.map(lambda quote: f"<blockquote><p> {quote} </p></blockquote>"),
    sentence.map(
        lambda caption: (
            f'<figure><img src="/f.jpg"><figcaption> {caption} '
            "Photo: Jane Doe </figcaption></figure>"
        )
    ),
)
article_page = st.builds(
    lambda title, blocks: (
        f"<html><head><title> {title} | The Daily Example </title></head><body><header>"
        '<nav><ul><li><a href="/"> Home </a></li><li><a href="/news"> News </a></li>'
        '<li><a href="/sport"> Sport </a></li></ul></nav></header><main><article>'
        f'<h1> {title} </h1><p class="byline"> By Jane Doe </p>{"".join(blocks)}'
        '<div class="share"> Share this article on Facebook </div></article>'
        '<aside class="related"><h2> Related </h2><ul><li><a href="/a"> Floods close the '
        'old bridge </a></li><li><a href="/b"> Council plans a flood wall </a></li></ul>'
        '</aside><section class="comments"><h2> Leave a Reply </h2><p> Your email address '
        "will not be published. </p></section></main><footer><p> © 2024 The Daily Example. "
        "All rights reserved. </p></footer></body></html>"
    ),
    st.one_of(phrase, phrase.map(lambda title: title + "?")),
    st.lists(article_block, min_size=1, max_size=12),
)
text_page = st.lists(
    st.one_of(text_chunk, st.just(""), text_chunk.map(lambda t: "- " + t)),
    min_size=1,
    max_size=30,
).map("\n".join)
any_input = st.one_of(html_page, article_page, text_page, html_fragment)


def _words(text: str) -> set[str]:
    """Letters and digits of each whitespace-separated word, NFC, case-folded."""
    found = set()
    for word in text.split():
        kept = "".join(ch for ch in word if ch.isalnum())
        if kept:
            found.add(unicodedata.normalize("NFC", kept).casefold())
    return found


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _input_words(raw: str) -> set[str]:
    """Words of the input, before and after its control characters are removed."""
    found: set[str] = set()
    for text in (raw, html.unescape(raw)):  # text mode keeps entities as they are
        found |= _words(text) | _words(_CONTROL.sub("", text)) | _words(_CONTROL.sub(" ", text))
    return found


def _clean(raw: str, **options: object) -> Article | ArticlekitError:
    try:
        return clean(raw, **options)  # type: ignore[arg-type]
    except ArticlekitError as error:  # the only exceptions allowed
        return error


@SETTINGS
@given(any_input)
def test_an_article_or_an_articlekit_error(raw: str) -> None:
    result = _clean(raw)
    if isinstance(result, ArticlekitError):
        assert "\n" not in str(result)
        return
    result.model_dump_json()
    for paragraph in result.paragraphs:
        assert paragraph.text == " ".join(paragraph.text.split())
        assert paragraph.text


@SETTINGS
@given(any_input)
def test_nothing_is_invented(raw: str) -> None:
    result = _clean(raw)
    if isinstance(result, ArticlekitError):
        return
    source = _input_words(raw)
    produced = [p.text for p in result.paragraphs]
    for caption in result.captions:
        produced += [caption.text, caption.credit or "", caption.alt or ""]
    for text in produced:
        invented = _words(text) - source
        assert not invented, (invented, text)


@SETTINGS
@given(any_input)
def test_kept_and_removed_blocks_account_for_every_block(raw: str) -> None:
    try:
        page = segment(raw)
    except ArticlekitError:
        return
    run = default_pipeline().run(page)
    segmented = [block.index for block in page.blocks]
    kept = [block.index for block in run.page.blocks]
    removed = [removal.index for removal in run.removals]
    assert sorted(kept + removed) == segmented  # each block once: kept or removed
    texts = {block.index: block.text for block in page.blocks}
    assert all(removal.text == texts[removal.index] for removal in run.removals)
    article = clean(raw)
    assert [r.index for r in article.removed] == removed
    assert len(article.paragraphs) + len(article.captions) <= len(kept)


@SETTINGS
@given(any_input)
def test_deterministic(raw: str) -> None:
    first, second = _clean(raw), _clean(raw)
    if isinstance(first, ArticlekitError):
        assert type(first) is type(second)
        assert str(first) == str(second)
    else:
        assert isinstance(second, Article)
        assert first.model_dump_json() == second.model_dump_json()


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(any(item == other for other in remaining) for item in part)


# What text mode reads as markup at the start of a line (articlekit._plaintext): a quote,
# or a Markdown heading.
_TEXT_MARKUP = re.compile(r"^(?:>\s*|#{1,6}\s+)")


def _plain(text: str) -> str:
    """A paragraph as text mode reads it back: a leading markup marker taken off."""
    return _TEXT_MARKUP.sub("", text, count=1)


def _furniture(text: str) -> str:
    """What shows page furniture to ``text_region`` in ``text`` ("" if nothing)."""
    pipeline = default_pipeline()
    before = pipeline[: pipeline.names.index("text_region")]
    region = find_region(before.run(segment(text, mode="text")).page)
    return region.furniture if region else ""


def _moves_to_captions(paragraph: Paragraph) -> bool:
    """A list item, heading or quote that reads as a photo caption once it is a plain
    line (an HTML paragraph that does was moved to the captions already)."""
    if paragraph.kind == "paragraph" or _BULLET.match(paragraph.text):
        return False
    line = Page(blocks=(Block(index=0, kind="paragraph", text=paragraph.text),), source="text")
    return bool(photo_caption(line).relabels)


def _heading_shaped(text: str) -> bool:
    """Short and without closing punctuation, as text mode wants a heading."""
    return (
        0 < count_words(text) <= _MAX_HEADING_WORDS
        and len(text) <= _MAX_HEADING_CHARS
        and not _SENTENCE_END.search(text)
    )


def _plainly_a_heading(paragraphs: list[Paragraph], at: int) -> bool:
    """A heading of the article, heading-shaped and set between two paragraphs long
    enough to be prose whatever their punctuation: text mode reads it as a heading
    (a sufficient case of its rule)."""
    heading = paragraphs[at]
    return (
        heading.kind == "heading"
        and 0 < at < len(paragraphs) - 1
        and _heading_shaped(heading.text)
        and not _BULLET.match(heading.text)
        and not _moves_to_captions(heading)
        and count_words(paragraphs[at - 1].text) >= _PROSE_WORDS
        and count_words(paragraphs[at + 1].text) >= _PROSE_WORDS
    )


def _check_kinds(article: Article, again: Article, title: str | None) -> None:
    """Kinds of the paragraphs read back (claim 3 of ``recleaning_holds``)."""
    expected = iter(_expected_body(article, title, again))
    wanted = next(expected, None)
    kept = []
    for at, paragraph in enumerate(article.paragraphs):
        if paragraph.text == wanted:
            kept.append((at, paragraph))
            wanted = next(expected, None)
    for (at, mine), read in zip(kept, again.paragraphs, strict=True):
        assert read.kind in ("paragraph", "heading", "list_item"), (mine, read)
        assert (read.kind == "list_item") == bool(_BULLET.match(mine.text)), (mine, read)
        if read.kind == "heading":
            assert _heading_shaped(mine.text), (mine, read)
        if _plainly_a_heading(article.paragraphs, at):
            assert read.kind == "heading", (mine, read)


def _title_lines(article: Article, title: str | None) -> set[int]:
    """Positions of the paragraphs that are ``title`` (those ``duplicate_headline``
    takes for it, as lines of plain text)."""
    lines = tuple(
        Block(
            index=at,
            kind="caption" if _moves_to_captions(paragraph) else "paragraph",
            text=paragraph.text,
        )
        for at, paragraph in enumerate(article.paragraphs)
    )
    page = Page(blocks=lines, metadata=Metadata(title=title), source="text")
    return {drop.block.index for drop in duplicate_headline(page).drops}


def _expected_body(article: Article, title: str | None, read: Article | None = None) -> list[str]:
    """The article's paragraph texts, less the line that is the title read from the
    text, those that move to the captions, and (given ``read``, the text read back) the
    heading-shaped lines that text mode read as headings left with nothing under them."""
    gone = _title_lines(article, title)
    if title is not None and not gone:
        # The title's line reads as a photo caption ("... © AP"): it went to the
        # captions, and duplicate_headline never takes a caption.
        assert any(
            _moves_to_captions(paragraph) and title in paragraph.text
            for paragraph in article.paragraphs
        ), "the title is one line of the text"
    else:
        assert len(gone) == (title is not None), "the title is one line of the text"
    read_back = set(_texts(read)) if read is not None else set()
    orphaned = {
        at
        for at in _orphaned_by(article, gone)
        if read is not None and article.paragraphs[at].text not in read_back
    }
    return [
        paragraph.text
        for at, paragraph in enumerate(article.paragraphs)
        if at not in gone and at not in orphaned and not _moves_to_captions(paragraph)
    ]


def _orphaned_by(article: Article, gone: set[int]) -> set[int]:
    """Positions of heading-shaped lines whose whole section (the lines up to the next
    heading-shaped line, or the end) is the title's line: if text mode reads such a line
    as a heading, it has nothing left under it, and ``orphan_headings`` drops it; read
    as a paragraph (a lone word), it stays (fuzzing finds: a quote that repeats part of
    the first line, read as the title, was the last line under a heading)."""
    lines = article.paragraphs
    orphaned: set[int] = set()
    for at, paragraph in enumerate(lines):
        if at in gone or not _heading_shaped(paragraph.text):
            continue
        section = []
        for later in range(at + 1, len(lines)):
            if _heading_shaped(lines[later].text):
                break
            section.append(later)
        if section and all(later in gone for later in section):
            orphaned.add(at)
    return orphaned


def recleaning_holds(article: Article) -> None:
    """What holds when an article's own text is cleaned again, as text.

    For ``a = clean(html)`` with a body, its text ``t = a.text`` (the paragraphs joined
    by blank lines) and ``b = clean(t, mode="text")``:

    1. ``clean(t)`` (auto mode) gives ``b`` too, unless ``t`` holds markup enough for
       auto mode to read it as HTML (an article about HTML quoting three tags).
    2. Re-cleaning only takes out whole paragraphs: ``b``'s paragraph texts are a
       subsequence of ``a``'s read as plain text (below), none split, merged or moved.
    3. Exactly: unless a paragraph of ``a`` opens with text mode's markup, or ``t``
       shows what a page dump shows (page furniture to ``text_region``: a junk phrase,
       or ``FURNITURE_EDGE_LINES`` navigation-like lines on each side of the article run, see
       ``Region.furniture``; or the line read as the title more than once, as a
       ``<title>`` line and a headline), ``b``'s paragraphs are ``a``'s, texts unchanged
       and in order, except for what plain text cannot tell:

       - the line text mode reads as the title becomes ``b.title`` and leaves the body.
         It is ``a``'s first paragraph when that reads as a title (``reads_as_title``:
         3 to 20 words, no closing full stop, colon or comma, no date, caption or
         credit), or, rarely, a shorter line held in the first line or ending a
         breadcrumb-shaped line. Plain text cannot tell a title from a first
         paragraph: ``a.title + "\\n\\n" + a.text`` is the same text for an article
         whose title is ``a``'s first paragraph, and text mode reads the title first;
       - a list item, heading or quote that reads as a photo caption goes to
         ``b.captions`` (as a plain line it is a paragraph, and ``photo_caption``
         moves it), the line read as the title too ("... © AP" quotes, the second
         held in the first: a fuzzing find);
       - a heading-shaped line whose whole section was the line read as the title
         goes too if text mode reads it as a heading: nothing is left under it
         (``orphan_headings``; fuzzing finds).

       Kinds: a line comes back a list item if and only if it opens with a bullet, a
       heading only if it has at most 20 words and no closing punctuation; a heading of
       ``a`` of that shape set between two paragraphs of 25 words or more comes back a
       heading. Other headings, list items, quotes and code come back as paragraphs:
       ``Article.text`` is the plain body text, without marks (``to_markdown()`` has
       them).
    4. Title first, ``s = a.title + "\\n\\n" + a.text`` (the form a user saves): when
       ``a.title`` reads as a title and text mode takes it for the title (it does unless
       the body itself repeats a headline-like line near its top, as a page dump does),
       and ``s`` shows no furniture and no markup as in 3, ``clean(s, mode="text")``
       gives back ``a.title`` and ``a``'s paragraphs (captions aside, as in 3), exactly.

    Text mode's markup is ``>`` (a quote) or ``#`` to ``######`` and a space (a heading)
    at the start of a line. ``Article.text`` does not escape it, being plain text, so a
    paragraph that opens so is read as that markup: it comes back without the marker,
    as a quote or a heading, and is judged as one (in 2 it is compared so). Such
    paragraphs are rare: HTML mode keeps ">" and "# " only where a page writes them out.
    """
    if not article.paragraphs:
        return
    text = article.text
    again = clean(text, mode="text")
    if detect_mode(text) == "text":
        assert clean(text).model_dump() == again.model_dump()  # 1
    before = [_plain(paragraph.text) for paragraph in article.paragraphs]
    assert _is_subsequence(_texts(again), before)  # 2
    if any(_TEXT_MARKUP.match(paragraph.text) for paragraph in article.paragraphs):
        return
    if not _furniture(text) and len(_title_lines(article, again.title)) <= 1:  # 3
        assert _texts(again) == _expected_body(article, again.title, again)
        _check_kinds(article, again, again.title)
    title = article.title
    if not title or not reads_as_title(title):
        return
    titled = f"{title}\n\n{text}"
    if segment(titled, mode="text").metadata.title != title or _furniture(titled):
        return
    with_title = clean(titled, mode="text")  # 4
    assert with_title.title == title
    assert _texts(with_title) == _expected_body(article, None)


@SETTINGS
@given(st.one_of(html_page, article_page))
# A fuzzing find: quoted lines that end in a credit read as captions in text mode, and
# the second, held in the first, as the title too.
@example(
    "<blockquote><p>2024 on by subscribe dawn . met 1 &copy; AP</p>"
    "<p>subscribe dawn . met 1 &copy; AP</p></blockquote>"
)
# Another: the last line, a quote held in the first, is read as the title, and leaves
# the heading above it with nothing under it; the lone-word heading comes back a
# paragraph and stays.
@example(
    "<article><h1>For?</h1><p>Than moved no to report chen a a Than moved no to report"
    " chen a a!</p><h2>The the the</h2><blockquote><p>Than moved no to report chen a a!"
    "</p></blockquote></article>"
)
@example(
    "<article><h1>Is were water company rose</h1><p>The the the the. The the the the.</p>"
    "<h2>The</h2><p>The the the the.</p><h2>Is were water company rose</h2></article>"
)
# A fuzzing find: a label quoted last; as a quote it was no orphan label, read back as a
# paragraph it was.
@example(
    "<article><blockquote><p>read :</p><p>The the the the, the the the the the.</p>"
    "<p>read :</p></blockquote></article>"
)
# A fuzzing find: a label over a label; the last was dropped as an orphan, and the
# first, an orphan once the last was gone, only when the text was cleaned again.
@example(
    '<html><head><title> 2024 rose » ? </title></head><body> take : <tr class="credit"> '
    "take : </tr> </body></html>"
)
def test_recleaning(raw: str) -> None:
    """Cleaning an article's own text again changes nothing that plain text can carry:
    exactly what holds is in ``recleaning_holds``."""
    article = _clean(raw)
    if isinstance(article, Article):
        recleaning_holds(article)


def _texts(article: Article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize("folder", HTML_FIXTURES, ids=lambda folder: folder.name)
def test_recleaning_real_articles(folder: Path) -> None:
    """On the real pages of the fixtures, claims 3 and 4 of ``recleaning_holds`` hold
    without their exceptions: no article's text shows page furniture, and the only
    line read as the title is a first paragraph that reads as one."""
    article = clean(folder.joinpath("source.html").read_bytes())
    again = clean(article.text, mode="text")
    assert not _furniture(article.text)
    first = article.paragraphs[0].text
    assert again.title == (first if reads_as_title(first) else None)
    assert _texts(again) == _expected_body(article, again.title, again)
    _check_kinds(article, again, again.title)
    if article.title and reads_as_title(article.title):
        with_title = clean(f"{article.title}\n\n{article.text}", mode="text")
        assert with_title.title == article.title
        assert _texts(with_title) == _expected_body(article, None)
