"""Property-based tests over generated HTML and text (hypothesis).

For any input: ``clean`` returns an Article or raises an ArticlekitError; every word of
every paragraph and caption comes from the input; kept and removed blocks account for
every block of ``segment``; the result is deterministic; and re-cleaning the article's
own text only ever removes whole paragraphs (see ``test_recleaning`` for exactly what
holds, and why not more).

Kept fast: a few dozen examples each (``ARTICLEKIT_HYPOTHESIS_EXAMPLES`` raises it;
``scripts/fuzz.py`` runs the same strategies for minutes).
"""

from __future__ import annotations

import html
import os
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlekit import Article, ArticlekitError, clean, default_pipeline, segment

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
text_page = st.lists(
    st.one_of(text_chunk, st.just(""), text_chunk.map(lambda t: "- " + t)),
    min_size=1,
    max_size=30,
).map("\n".join)
any_input = st.one_of(html_page, text_page, html_fragment)


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


# Text-mode filters that judge a page's layout rather than a block's content:
# ``text_region`` finds where the article runs among a dump's lines, and in text mode
# ``duplicate_headline`` drops the line the title was inferred from: the first
# heading-like line, which in an already-clean article is a section heading.
LAYOUT_FILTERS = ("text_region", "duplicate_headline")
# What text mode reads as markup at the start of a line (articlekit._plaintext).
_TEXT_MARKUP = re.compile(r"^(?:>\s*|#{1,6}\s+)")


@SETTINGS
@given(html_page)
def test_recleaning(raw: str) -> None:
    """What holds when an article's own text is cleaned again (``mode="text"``).

    1. Re-cleaning only removes whole paragraphs: the result's paragraphs are a
       subsequence of the article's, texts unchanged, nothing split, merged or moved.
    2. Without the two layout filters, re-cleaning changes nothing in the paragraphs
       of an article none of whose paragraphs starts with text mode's own markup.

    Text mode's own markup is ``>`` (a quote) or ``#`` to ``######`` (a heading) at
    the start of a line: such a paragraph comes back without its marker (in 1, it is
    compared so), and without it the other filters may judge it differently ("> a » b"
    is prose, "a » b" a breadcrumb).

    Full idempotence does not hold and is not claimed: ``text_region`` and
    ``duplicate_headline`` read the clean text as a page and peel off its first
    heading or its short edge lines, a little more at each round.
    """
    article = _clean(raw)
    if isinstance(article, ArticlekitError) or not article.paragraphs:
        return
    before = [_TEXT_MARKUP.sub("", p.text, count=1) for p in article.paragraphs]
    again = _clean(article.text, mode="text")
    after = [] if isinstance(again, ArticlekitError) else [p.text for p in again.paragraphs]
    assert _is_subsequence(after, before)
    if any(_TEXT_MARKUP.match(p.text) for p in article.paragraphs):
        return
    pipeline = default_pipeline().without(*LAYOUT_FILTERS)
    same = clean(article.text, mode="text", pipeline=pipeline)
    assert [p.text for p in same.paragraphs] == before
