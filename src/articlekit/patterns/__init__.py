"""Pattern data: junk phrases per language, markup signals and stop words.

Everything a filter matches against lives in this package, each pattern once:

- :mod:`articlekit.patterns.phrases`: junk phrases by kind and language;
- :mod:`articlekit.patterns.markup`: tags, roles and class/id tokens;
- :mod:`articlekit.patterns.stopwords`: stop words per language.

Filters compile what they need once, at import, with :func:`compile_phrases`.
"""

from __future__ import annotations

import re
import sys
import threading
from array import array
from collections import deque
from functools import cache
from typing import Any, Final, Literal

import regex

from articlekit._speedups import compiled
from articlekit.patterns.phrases import PHRASES

if sys.version_info >= (3, 11):
    from re import _constants as _sre
    from re import _parser as _sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

__all__ = [
    "MAY_HOLD_ANY",
    "PHRASES",
    "Anchor",
    "Phrases",
    "compile_phrases",
    "phrase_alternation",
    "phrase_hints",
]

Anchor = Literal["anywhere", "start", "whole"]

_FLAGS = regex.IGNORECASE
# How far before a phrase found backwards a longer, overlapping phrase may start.
_OVERLAP_CHARS = 64


def _prepare(pattern: str) -> str:
    # A literal space in the data matches any run of whitespace (" ?": optional).
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


def _word_led(pattern: str) -> bool:
    # A phrase that starts with a letter must start at a word boundary ("share" not
    # in "timeshare").
    return pattern[:1].isalpha() and pattern[:1].isascii()


def _patterns(kinds: tuple[str, ...]) -> list[str]:
    return [pattern for kind in kinds for group in PHRASES[kind].values() for pattern in group]


def phrase_alternation(*kinds: str) -> str:
    """The phrases of these kinds, in every language, as one regex alternation (uncompiled).

    Phrases that start with a letter share one word-boundary check.
    """
    patterns = _patterns(kinds)
    words = [_prepare(p) for p in patterns if _word_led(p)]
    others = [_prepare(p) for p in patterns if not _word_led(p)]
    parts = ([rf"\b(?:{'|'.join(words)})"] if words else []) + others
    return "|".join(parts)


def _compiled(parts: list[str], prefix: str = "") -> regex.Pattern[str] | None:
    return regex.compile(prefix + "(?:" + "|".join(parts) + ")", _FLAGS) if parts else None


_OPTIONAL_OPENING = re.compile(r"(?:(?<=\(\?:)|(?<=\|))(?:\\\(\?|\[（\(\]\?)")


def _quick_rejection(sources: list[str]) -> re.Pattern[str] | None:
    """All phrases as one standard-library pattern over lower-cased text, if they allow.

    Most blocks hold no phrase at all, and the standard engine rejects them several
    times faster than the ``regex`` module matching case-insensitively. Only phrases
    whose letters are written in lower case qualify (escapes such as ``\\W`` mean the
    same on lower-cased text; ``\\p{..}`` does not compile in the standard engine); a
    text whose lower-casing changes its length skips the check.
    """
    source = "|".join(sources)
    literal = re.sub(r"\\.", "", source)
    if not source or literal != literal.lower():
        return None
    # An optional bracket that opens an alternative ("\\(?photo by") keeps the engine
    # from skipping ahead to the alternative's first letter. Without it the check still
    # finds every text the phrases match (a superset is all a rejection needs).
    source = _OPTIONAL_OPENING.sub("", source)
    try:
        return re.compile(source)
    except re.error:  # syntax only the regex module knows
        return None


_SCAN = compiled("_cscan")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def _required_groups(items: Any) -> list[frozenset[str]]:
    """Groups of literal strings, each of which every match of a parsed regex sequence
    contains one of; the most selective first.

    Runs of literal characters are groups; a group gives its own best, an alternation
    the union of its alternatives' best (if each has one), a repeat of at least once
    its body's. The group whose shortest string is longest ranks first. A class of
    literal characters (``(?:/|\\||©)``) is a group too, ranked after all others: one
    character, such as ":", is in most texts.
    """
    candidates: list[frozenset[str]] = []
    classes: list[frozenset[str]] = []  # of single characters: ranked last
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        found: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            found = _required(av[-1])
        elif op is _sre.BRANCH:
            alternatives = [_required(branch) for branch in av[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2])
        elif op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in av):
            classes.append(frozenset(chr(code) for _, code in av))
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset(["".join(run)]))
    return sorted(candidates, key=_selectivity, reverse=True) + classes


def _selectivity(group: frozenset[str]) -> tuple[int, int]:
    return min(map(len, group)), -len(group)


def _required(items: Any) -> frozenset[str] | None:
    """The best of :func:`_required_groups`, or None if there is none."""
    groups = _required_groups(items)
    return groups[0] if groups else None


# How many literal groups of one pattern the per-set check asks for at once (all of
# them must be in a text that matches): "(AP)" needs "(" and an agency name, and
# together they rule out far more texts than the name alone ("ap" is in "paper").
_GROUPS_PER_PATTERN: Final = 2


def _pattern_groups(patterns: list[str]) -> list[list[frozenset[str]]] | None:
    """For each pattern, its best literal groups (lower case), most selective first.

    ``None`` if a pattern has none (or uses syntax only the regex module knows).
    """
    chosen: list[list[frozenset[str]]] = []
    for pattern in patterns:
        try:
            parsed = _sre_parse.parse(pattern)
        except Exception:  # syntax of the regex module only
            return None
        groups = _required_groups(parsed.data)
        if not groups:
            return None
        chosen.append(
            [frozenset(item.lower() for item in group) for group in groups[:_GROUPS_PER_PATTERN]]
        )
    return chosen


def _necessary_literals(patterns: list[str]) -> set[str] | None:
    """Lower-case literals one of which every match of any of the patterns contains.

    ``None`` if a pattern has none (or uses syntax only the regex module knows).
    """
    groups = _pattern_groups(patterns)
    return None if groups is None else set().union(*(first for first, *_ in groups))


def _conjunctions(groups: list[list[frozenset[str]]]) -> tuple[dict[str, int], tuple[int, ...]]:
    """Bits for the patterns' literal groups, and for each pattern the mask of all its
    groups: a text may match the pattern only if it holds a literal of each.

    Identical groups share a bit. Past 64 groups, each pattern keeps its best only;
    past 64 best groups, one group holds them all.
    """
    if len({group for pattern in groups for group in pattern}) > _MAX_HINT_GROUPS:
        groups = [pattern[:1] for pattern in groups]
    if len({group for pattern in groups for group in pattern}) > _MAX_HINT_GROUPS:
        groups = [[frozenset().union(*(pattern[0] for pattern in groups))]]
    bits: dict[frozenset[str], int] = {}
    for pattern in groups:
        for group in pattern:
            bits.setdefault(group, 1 << len(bits))
    masks: dict[str, int] = {}
    for group, bit in bits.items():
        for literal in group:
            masks[literal] = masks.get(literal, 0) | bit
    conditions = {sum(bits[group] for group in set(pattern)) for pattern in groups}
    return masks, tuple(sorted(conditions))


def _automaton(
    literals: set[str] | dict[str, int],
) -> tuple[dict[str, int], array[int], array[int], int]:
    """An Aho-Corasick automaton over ``literals``: classes, table, state masks, width.

    ``literals`` maps each literal to a bit mask (a set: mask 1 for all). Characters of
    the literals get classes 1..n (0: any other character); the table gives, for each
    state and class, the next state, failure links already followed; a state's mask is
    the union of those of the literals that end there.
    """
    if not isinstance(literals, dict):
        literals = dict.fromkeys(literals, 1)
    classes = {char: number for number, char in enumerate(sorted(set("".join(literals))), 1)}
    width = len(classes) + 1
    children: list[dict[int, int]] = [{}]
    accept = [0]
    for literal in sorted(literals):
        state = 0
        for char in literal:
            following = children[state].get(classes[char])
            if following is None:
                following = len(children)
                children[state][classes[char]] = following
                children.append({})
                accept.append(0)
            state = following
        accept[state] |= literals[literal]
    table = array("i", bytes(4 * width * len(children)))
    failure = [0] * len(children)
    queue: deque[int] = deque()
    for number, following in children[0].items():
        table[number] = following
        queue.append(following)
    while queue:  # breadth first: a state's failure target is always done before it
        state = queue.popleft()
        accept[state] |= accept[failure[state]]
        for number in range(width):
            following = children[state].get(number)
            fallback = table[failure[state] * width + number]
            if following is None:
                table[state * width + number] = fallback
            else:
                table[state * width + number] = following
                failure[following] = fallback
                queue.append(following)
    return classes, table, array("Q", accept), width


# The hint that rules nothing out: every phrase set may match.
MAY_HOLD_ANY: Final = -1
# Hint bits are the bits of a 64-bit mask; phrase sets beyond that are not hinted.
_MAX_HINT_GROUPS: Final = 64


class _HintIndex:
    """One automaton over the necessary literals of every phrase set, with a bit each.

    A filter pipeline asks a dozen phrase sets about every block, and most blocks hold
    none of them. One pass over a block's text tells which sets it may hold (those
    with a literal in it); the rest are ruled out without a look. The sets built
    before the first text is read (those of the built-in filters and of user code
    imported with them) get bits; the automaton is then built once, and later sets
    are simply not hinted.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._groups: list[set[str]] = []
        self._automaton: Any = None
        self._closed = False

    def register(self, literals: set[str]) -> int:
        """A bit for a phrase set with these necessary literals, or 0 if none is left."""
        with self._lock:
            if self._closed or _SCAN is None or len(self._groups) >= _MAX_HINT_GROUPS:
                return 0
            self._groups.append(literals)
            return 1 << (len(self._groups) - 1)

    def mask(self, text: str) -> int:
        """The bits of the phrase sets that ``text`` may hold."""
        automaton = self._automaton
        if automaton is None:
            automaton = self._build()
            if automaton is None:
                return MAY_HOLD_ANY
        return int(automaton.mask(text))

    def _build(self) -> Any:
        with self._lock:
            self._closed = True
            if self._automaton is None and self._groups and _SCAN is not None:
                masks: dict[str, int] = {}
                for bit, literals in enumerate(self._groups):
                    for literal in literals:
                        masks[literal] = masks.get(literal, 0) | 1 << bit
                self._automaton = _SCAN.Automaton(*_automaton(masks))
            return self._automaton


_HINTS: Final = _HintIndex()


def phrase_hints(text: str) -> int:
    """Which phrase sets ``text`` may hold, as a mask for ``Phrases.search(hints=...)``.

    Computed in one pass for all phrase sets at once: a block's hints are worth
    computing once and passing to every phrase set asked about it.
    """
    return _HINTS.mask(text)


def _start(text: str, pos: int) -> int:
    """A search start as the regex module reads it: negative counts from the end."""
    return pos if pos >= 0 else max(0, len(text) + pos)


class Phrases:
    """The compiled phrases of one or more kinds, in every language.

    With ``anchor="anywhere"``, one alternation of a hundred phrases tried at every
    position of a text is slow in any backtracking engine, so the phrases are split
    three ways: those anchored at the text's start (``^...``) are tried once, at the
    start; those that start with a letter share one ``\\b`` and one pattern; the rest
    form a third pattern. :meth:`search` returns the leftmost match of the three, as
    one alternation would. With ``"start"`` or ``"whole"``, one pattern is tried once,
    at the start of the text.
    """

    __slots__ = (
        "_anchored",
        "_bit",
        "_conditions",
        "_literals",
        "_other",
        "_quick",
        "_reversed",
        "_words",
    )

    def __init__(self, *kinds: str, anchor: Anchor = "anywhere") -> None:
        patterns = _patterns(kinds)
        self._anchored: regex.Pattern[str] | None
        self._words: regex.Pattern[str] | None = None
        self._other: regex.Pattern[str] | None = None
        self._reversed: tuple[tuple[regex.Pattern[str], regex.Pattern[str]], ...] | None = None
        self._quick: re.Pattern[str] | None = None
        self._literals: Any = None  # a compiled automaton of the patterns' literal groups
        self._conditions: tuple[int, ...] = ()  # per pattern, the groups it needs
        self._bit = 0  # this set's bit in the phrase hints (0: not hinted)
        # Each pattern's best literal groups (None: not every phrase has one); the hint
        # asks for the best group of any pattern.
        groups = _pattern_groups([_prepare(p.removeprefix("^")) for p in patterns])
        literals = None if groups is None else set().union(*(first for first, *_ in groups))
        if anchor != "anywhere":
            alternatives = phrase_alternation(*kinds)
            tail = r"[\W_]*$" if anchor == "whole" else ""
            self._anchored = regex.compile(rf"[\W_]*(?:{alternatives}){tail}", _FLAGS)
            self._quick = _quick_rejection([f"^(?:{self._anchored.pattern})"])
            if literals and self._quick is not None:
                self._bit = _HINTS.register(literals)
            return
        rest = [p for p in patterns if not p.startswith("^")]
        self._anchored = _compiled([_prepare(p[1:]) for p in patterns if p.startswith("^")])
        self._words = _compiled([_prepare(p) for p in rest if _word_led(p)], r"\b")
        self._other = _compiled([_prepare(p) for p in rest if not _word_led(p)])
        anchored = [f"^(?:{self._anchored.pattern})"] if self._anchored is not None else []
        self._quick = _quick_rejection(
            anchored + [group.pattern for group in (self._words, self._other) if group]
        )
        # Faster still: the necessary literals, all looked for in one pass (compiled
        # only; the regex check above is the fallback).
        if _SCAN is not None and groups and literals and self._quick is not None:
            masks, self._conditions = _conjunctions(groups)
            self._literals = _SCAN.Automaton(*_automaton(masks))
            self._bit = _HINTS.register(literals)

    @property
    def hint_bit(self) -> int:
        """This set's bit in :func:`phrase_hints` (0: not hinted, every text may match).

        A text whose hints lack the bit holds no phrase of the set: a loop over many
        texts can test the bit itself rather than call :meth:`search`.
        """
        return self._bit

    def _rejected(self, text: str, pos: int) -> bool:
        """Whether the quick check proves that ``text[pos:]`` holds no phrase.

        The literal automaton is sound for any text; the standard-library pattern only
        for ASCII text, where its ``\\w``, ``\\b`` and ``\\s`` mean what the ``regex``
        module's do (beyond ASCII they differ: combining marks, ``²``, ``½``).
        """
        if self._literals is not None:  # it reads the text in any case
            found = self._literals.mask(text, pos)
            return not any(found & needed == needed for needed in self._conditions)
        if self._quick is None or not text.isascii():
            return False
        return self._quick.search(text.lower(), pos) is None

    def search(self, text: str, pos: int = 0, hints: int = MAY_HOLD_ANY) -> regex.Match[str] | None:
        """The leftmost phrase in ``text[pos:]`` (``^`` phrases only at the real start).

        ``hints``: the text's :func:`phrase_hints`, if known; they rule most texts out
        at once.
        """
        if self._bit and not hints & self._bit:
            return None
        pos = _start(text, pos)
        if self._rejected(text, pos):
            return None
        best = self._anchored.match(text) if self._anchored is not None and pos == 0 else None
        for pattern in (self._words, self._other):
            if pattern is None:
                continue
            found = pattern.search(text, pos, best.start() + 1 if best else len(text))
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def last(self, text: str, pos: int = 0, hints: int = MAY_HOLD_ANY) -> regex.Match[str] | None:
        """The phrase nearest the end of ``text[pos:]``, or ``None``.

        Found backwards from the end (the ``regex`` module's reverse mode), which is
        cheap for a credit at the end of a caption. Where phrases overlap ("(Image
        credit: NASA)" holds "credit:" too), the one that starts first wins, as a
        forward scan would have it. ``hints`` as in :meth:`search`.
        """
        if self._bit and not hints & self._bit:
            return None
        if self._reversed is None:  # built on first use; a race builds it twice, harmlessly
            self._reversed = tuple(
                (regex.compile(pattern.pattern, _FLAGS | regex.REVERSE), pattern)
                for pattern in (self._words, self._other)
                if pattern is not None
            )
        pos = _start(text, pos)
        if self._rejected(text, pos):
            return None
        best = self._anchored.match(text) if self._anchored is not None and pos == 0 else None
        for backward, forward in self._reversed:
            found = backward.search(text, pos)
            if found is None:
                continue
            start = max(pos, found.start() - _OVERLAP_CHARS)
            for earlier in forward.finditer(text, start):
                if earlier.end() > found.start():
                    if earlier.start() < found.start():
                        found = earlier
                    break
            if best is None or found.start() > best.start():
                best = found
        return best


@cache
def compile_phrases(*kinds: str, anchor: Anchor = "anywhere") -> Phrases:
    """Compile the phrases of one or more kinds, in every language, into a :class:`Phrases`.

    Args:
        kinds: Keys of :data:`PHRASES`, e.g. ``"cookie"``.
        anchor: ``"anywhere"`` finds a phrase inside a text, ``"start"`` only at its
            start (after punctuation or symbols), ``"whole"`` only when it is all of it.

    Returns:
        A case-insensitive matcher; use ``.search(text)``. Made once per kinds and
        anchor: filters that ask for the same set share it, and its hint bit.
    """
    return Phrases(*kinds, anchor=anchor)
