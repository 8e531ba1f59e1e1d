"""Phrase matching: the fast paths find exactly what one plain alternation finds."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlekit._speedups import compiled
from articlekit.patterns import (
    PHRASES,
    Phrases,
    _automaton,
    _pattern_groups,
    _prepare,
    phrase_alternation,
)

# Kinds matched anywhere in a block (the others are anchored by their filters).
ANYWHERE = ("cookie", "comments", "share", "photo_credit", "photo_cue", "credit_lead")
SAMPLES = (
    "Leave a Reply",
    "This site uses Akismet to reduce spam.",
    "We use cookies to improve your experience.",
    "Share this article on Facebook",
    "FOLLOW US ON TWITTER",
    "A crowd gathers in the square. (Photo by Jane Doe/Getty Images)",
    "The bridge at dawn (photo taken on May 30, 2018)",
    "Das Rathaus im Regen. Foto: Max Muster",
    "新华社记者李欣摄",
    "Source: Reuters",
    "İstanbul'da bir gün",  # lower-casing changes the length: the check is skipped
    "Répondre",  # phrases with letters beyond ASCII
    "Síguenos:",
    "© 2019 Hearst Communications, Inc.",
    "This site uses akiſmet to reduce ſpam.",  # the long s matches "s"
    "²share this article",  # beyond ASCII, re's \\w and \\b are not the regex module's
    "Staff photographer राम शर्मा",
)
WORDS = st.sampled_from(
    ["the", "a", "photo", "by", "share", "on", "cookies", "(", ")", ":", "reply", "leave",
     "Photo", "SHARE", "İ", "foto", "von", "摄", "news", "AP", "/", "we", "use", "."]
)  # fmt: skip


def plain(kind: str) -> regex.Pattern[str]:
    return regex.compile(f"(?:{phrase_alternation(kind)})", regex.IGNORECASE)


@pytest.mark.parametrize("kind", ANYWHERE)
@pytest.mark.parametrize("text", SAMPLES)
def test_search_agrees_with_one_alternation(kind: str, text: str) -> None:
    expected = plain(kind).search(text) is None
    assert (Phrases(kind).search(text) is None) == expected
    assert (_without_automaton(kind).search(text) is None) == expected


def _without_automaton(kind: str) -> Phrases:
    """The phrases with only the regex rejection, as without the compiled module."""
    phrases = Phrases(kind)
    phrases._literals = None
    return phrases


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from(ANYWHERE), words=st.lists(WORDS, max_size=12))
def test_quick_rejection_never_hides_a_phrase(kind: str, words: list[str]) -> None:
    text = " ".join(words)
    expected = plain(kind).search(text) is None
    assert (Phrases(kind).search(text) is None) == expected
    assert (_without_automaton(kind).search(text) is None) == expected


def test_every_kind_compiles() -> None:
    for kind in PHRASES:
        Phrases(kind)
        Phrases(kind, anchor="start")
        Phrases(kind, anchor="whole")


def test_anywhere_kinds_use_the_literal_automaton_when_compiled() -> None:
    """Otherwise the agreement tests above would not exercise it."""
    if compiled("_cscan") is None:
        pytest.skip("installed without the compiled scans")
    assert all(Phrases(kind)._literals is not None for kind in ANYWHERE)


LETTERS = st.sampled_from(list("abcé日 -©"))


@settings(max_examples=200, deadline=None)
@given(
    literals=st.sets(st.text(LETTERS, min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(LETTERS, max_size=30),
    pos=st.integers(0, 5),
)
def test_literal_automaton_finds_exactly_the_substrings(
    literals: set[str], text: str, pos: int
) -> None:
    scan = compiled("_cscan")
    if scan is None:
        pytest.skip("installed without the compiled scans")
    automaton = scan.Automaton(*_automaton(literals))
    assert bool(automaton.mask(text, pos)) == any(literal in text[pos:] for literal in literals)


@pytest.mark.parametrize("pos", [-1000, -5, -1, 0, 3, 100])
def test_a_start_position_means_what_it_means_to_the_regex_module(pos: int) -> None:
    text = "Share this. Share that."
    for phrases in (Phrases("share"), _without_automaton("share")):
        found = phrases.search(text, pos)
        expected = plain("share").search(text, pos)
        assert (found is None) == (expected is None)
        if found is not None and expected is not None:
            assert found.start() == expected.start()


def test_bylines_beyond_ascii_are_found() -> None:
    """The standard-library rejection is only used on ASCII text."""
    assert Phrases("byline", anchor="whole").search("By राम शर्मा") is not None


# --------------------------------------------------------------------------- phrase hints

ANCHORS = ("anywhere", "start", "whole")
HINT_WORDS = st.sampled_from(
    ["the", "photo", "by", "share", "cookies", "(", ")", ":", "reply", "leave", "see",
     "also", "Advertisement", "ANZEIGE", "Related", "read", "more", "İ", "ſhare", "摄",
     "Foto", "von", "AP", "/", "disclaimer", "opinions", "expressed", "Sponsored"]
)  # fmt: skip


def _fold(text: str) -> str:
    """The text as the automaton reads it: each character lower-cased on its own (its
    simple lower case: the first of its full one), the long s as "s"."""
    return "".join(char.lower()[:1] for char in text).replace("\u017f", "s")


def _agrees_with_and_without_hints(kind: str, anchor: str, text: str) -> None:
    from articlekit.patterns import phrase_hints

    phrases = Phrases(kind, anchor=anchor)  # type: ignore[arg-type]
    expected = phrases.search(text)
    hinted = phrases.search(text, hints=phrase_hints(text))
    assert (hinted is None) == (expected is None)
    if expected is not None and hinted is not None:
        assert hinted.span() == expected.span()


@pytest.mark.parametrize("anchor", ANCHORS)
@pytest.mark.parametrize("kind", sorted(PHRASES))
def test_hints_never_hide_a_phrase_in_the_samples(kind: str, anchor: str) -> None:
    for text in SAMPLES:
        _agrees_with_and_without_hints(kind, anchor, text)


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(sorted(PHRASES)),
    anchor=st.sampled_from(ANCHORS),
    words=st.lists(HINT_WORDS, max_size=10),
)
def test_hints_never_hide_a_phrase(kind: str, anchor: str, words: list[str]) -> None:
    _agrees_with_and_without_hints(kind, anchor, " ".join(words))


def test_the_built_in_phrase_sets_are_hinted() -> None:
    """Otherwise the hint tests above would not exercise the hints."""
    if compiled("_cscan") is None:
        pytest.skip("installed without the compiled scans")
    import importlib

    cookie = importlib.import_module("articlekit.filters.cookie_notice")._PHRASES
    related = importlib.import_module("articlekit.filters.related_links")._LEADS
    assert cookie.hint_bit
    assert related.hint_bit
    assert cookie.hint_bit != related.hint_bit


def test_a_phrase_set_made_after_the_hints_is_not_hinted_and_still_found() -> None:
    from articlekit.patterns import phrase_hints

    phrase_hints("built by now")
    late = Phrases("cookie")
    assert late.hint_bit == 0
    assert late.search("We use cookies.", hints=0) is not None


def test_a_block_computes_its_hints_once_and_keeps_them_when_relabelled() -> None:
    from articlekit._blocks import Block
    from articlekit.patterns import phrase_hints

    block = Block(index=0, kind="paragraph", text="Share this article")
    assert block.phrase_hints == phrase_hints(block.text)
    assert block.relabel("caption").phrase_hints == block.phrase_hints


CASED = st.sampled_from(list("abcéABCÉ日 -©ſİ"))


@settings(max_examples=300, deadline=None)
@given(
    literals=st.sets(st.text(LETTERS, min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(CASED, max_size=30),
    pos=st.integers(0, 5),
)
def test_literal_automaton_reads_the_text_in_any_case(
    literals: set[str], text: str, pos: int
) -> None:
    scan = compiled("_cscan")
    if scan is None:
        pytest.skip("installed without the compiled scans")
    automaton = scan.Automaton(*_automaton(literals))
    folded = _fold(text)
    found = any(literal in folded[pos:] for literal in literals)
    assert bool(automaton.mask(text, pos)) == found


@settings(max_examples=300, deadline=None)
@given(
    groups=st.lists(
        st.sets(st.text(LETTERS, min_size=1, max_size=3), min_size=1, max_size=4),
        min_size=1,
        max_size=5,
    ),
    text=st.text(CASED, max_size=30),
)
def test_literal_automaton_masks_are_the_union_of_the_groups_found(
    groups: list[set[str]], text: str
) -> None:
    scan = compiled("_cscan")
    if scan is None:
        pytest.skip("installed without the compiled scans")
    masks: dict[str, int] = {}
    for bit, group in enumerate(groups):
        for literal in group:
            masks[literal] = masks.get(literal, 0) | 1 << bit
    automaton = scan.Automaton(*_automaton(masks))
    folded = _fold(text)
    expected = 0
    for bit, group in enumerate(groups):
        if any(literal in folded for literal in group):
            expected |= 1 << bit
    assert automaton.mask(text) == expected


def test_a_pickled_block_counts_its_hints_again() -> None:
    """Hint bits are numbered per process: they never travel with a block."""
    import pickle

    from articlekit._blocks import Block

    block = Block(index=0, kind="paragraph", text="Share this article")
    assert block.phrase_hints is not None
    copy = pickle.loads(pickle.dumps(block))
    assert copy == block
    assert copy._hints is None
    assert copy.phrase_hints == block.phrase_hints


def test_a_pattern_needs_each_of_its_literal_groups() -> None:
    """A credit such as "/ AP" needs the slash and the agency: "paper" has only "pa"."""
    groups = _pattern_groups([_prepare("(?:/|\\||©) ?(?:ap|reuters)\\b")])
    assert groups == [[frozenset({"ap", "reuters"}), frozenset({"/", "|", "©"})]]
    if compiled("_cscan") is None:
        pytest.skip("installed without the compiled scans")
    credits = Phrases("photo_credit")
    assert credits._rejected("They read the paper in Japan.", 0)
    assert not credits._rejected("Smoke rises over the city. / AP", 0)
    assert credits.search("Smoke rises over the city. / AP") is not None
