"""Defences against hostile markup and characters, around the lxml parse.

- :func:`cap_attributes`: libxml2 checks each attribute of a tag against all the
  earlier ones, so a tag with 100,000 attributes takes minutes to parse. Tags with more
  than :data:`MAX_ATTRIBUTES` attributes keep their first ones and the ones articlekit
  reads (``class``, ``id``, ``href``, ...), once each.
- :func:`cap_depth`: libxml2 stops reading a document nested deeper than 2048 elements
  (even with ``huge_tree``), and everything after that point is lost or comes out as
  raw markup. When the parser reports that, the markup is read again with elements
  nested deeper than :data:`MAX_DEPTH` flattened into their ancestor: their text is kept.
- :func:`drop_control_references`: character references to control characters
  (``&#1;``, ``&#x7f;``) are removed before parsing, so filters never see them.
- :func:`clean_article`: JSON-LD strings (``"\\u0001"``, ``"\\ud800"``) can still carry
  control characters and lone surrogates past decoding; they are removed from every
  string of the article.

All four are linear in the size of the input.
"""

from __future__ import annotations

import re
import sys
from typing import Any, Final, cast

from lxml import etree

from articlekit._model import Article
from articlekit._speedups import compiled
from articlekit._text import strip_control

__all__ = [
    "MAX_ATTRIBUTES",
    "MAX_DEPTH",
    "cap_attributes",
    "cap_depth",
    "clean_article",
    "drop_control_references",
    "hit_depth_limit",
]

MAX_ATTRIBUTES: Final = 64
"""Attributes kept per tag (besides those articlekit reads). Real tags have a dozen."""
MAX_DEPTH: Final = 512
"""Nesting kept when a page is too deep for libxml2; deeper elements are flattened."""
# Attributes that articlekit reads: kept even beyond MAX_ATTRIBUTES.
_READ_ATTRIBUTES: Final = frozenset(
    {
        "alt",
        "charset",
        "class",
        "content",
        "data-lazy-src",
        "data-original",
        "data-src",
        "datetime",
        "hidden",
        "href",
        "http-equiv",
        "id",
        "itemprop",
        "lang",
        "name",
        "property",
        "rel",
        "role",
        "src",
        "style",
        "type",
        "xml:lang",
    }
)

# --------------------------------------------------------------------- attributes
_VALUE: Final = r"""(?:"[^"]*"|'[^']*'|[^\s"'<>`]+)"""
_ATTRIBUTE: Final = rf"""[^\s"'<>/=]+(?:\s*=\s*{_VALUE})?"""
# An attribute follows whitespace or a slash, or directly a quoted value (a="1"b="2").
_NEXT_ATTRIBUTE: Final = rf"""(?:[\s/]+|(?<=["'])){_ATTRIBUTE}"""
# Each attribute atomic, the repetition possessive: a tag splits into attributes one
# way only (a name ends where a separator, a quote or "=" starts, and only those start
# the next one), so giving up backtracking changes no match, and a long tag with fewer
# attributes fails in one pass (4x faster on the bench pages' 2,821 long tags).
# (Python 3.10's re has neither: there the same patterns backtrack, and find the same.)
_ATOMIC: Final = "(?>" if sys.version_info >= (3, 11) else "(?:"
_POSSESSIVE: Final = "+" if sys.version_info >= (3, 11) else ""
_CROWDED_TAG: Final = re.compile(
    rf"<([A-Za-z][^\s/<>]*){_ATOMIC}{_NEXT_ATTRIBUTE}){{{MAX_ATTRIBUTES + 1},}}{_POSSESSIVE}"
)
_ONE_ATTRIBUTE: Final = re.compile(rf"""(?:[\s/]+|(?<=["']))({_ATTRIBUTE})""")
_NAME: Final = re.compile(r"""[^\s"'<>/=]+""")


def _thin_tag(match: re.Match[str]) -> str:
    tag = match.group(1)
    kept: list[str] = []
    seen: set[str] = set()
    for attribute in _ONE_ATTRIBUTE.finditer(match.group(0), len(tag) + 1):
        text = attribute.group(1)
        name_match = _NAME.match(text)
        name = name_match.group(0).lower() if name_match else text
        if name in seen or (len(kept) >= MAX_ATTRIBUTES and name not in _READ_ATTRIBUTES):
            continue
        seen.add(name)
        kept.append(text)
    return f"<{tag} {' '.join(kept)}"


# Only tags of at least this many units (a character outside quotes, or a whole quoted
# value) are examined: a shorter tag has at most half as many attributes, which libxml2
# checks in microseconds. The scan for them is one regex (~0.8 ms on a typical page;
# matching every tag's attributes one by one costs about as much as parsing the page).
# It reads quoted values as units, so a '>' or '<' inside one (``title='>'``) does not
# hide the attributes after it.
_SUSPECT_TAG_UNITS: Final = 256
# Possessive (see _POSSESSIVE): a unit never needs to be re-split, and not
# backtracking saves a fifth.
_TAG_UNIT: Final = rf"""(?:[^<>"']|"[^"]*{_POSSESSIVE}"|'[^']*{_POSSESSIVE}')"""
_LONG_TAG: Final = re.compile(rf"<[A-Za-z]{_TAG_UNIT}{{{_SUSPECT_TAG_UNITS}}}{_POSSESSIVE}")
_SCAN: Final = compiled("_cscan")


def _long_tag_starts(text: str) -> list[int]:
    """Where ``_LONG_TAG`` matches; the compiled scan finds the same ten times faster."""
    if _SCAN is not None:
        return cast("list[int]", _SCAN.long_tag_starts(text, _SUSPECT_TAG_UNITS))
    return [match.start() for match in _LONG_TAG.finditer(text)]


def cap_attributes(text: str) -> str:
    """Thin out tags with more than :data:`MAX_ATTRIBUTES` attributes (linear time).

    Only tags of at least ``_SUSPECT_TAG_UNITS`` characters (a quoted value counting as
    one) are examined.
    """
    pieces: list[str] = []
    done = 0
    for start in _long_tag_starts(text):
        if start < done:
            continue
        crowded = _CROWDED_TAG.match(text, start)
        if crowded is None:
            continue
        pieces += (text[done:start], _thin_tag(crowded))
        done = crowded.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


# --------------------------------------------------------------------- depth
_VOID: Final = frozenset(
    b"area base br col embed hr img input keygen link meta param source track wbr".split()
)
# An element of these kinds closes an open one of the same kind ("<p>a<p>b").
_SELF_CLOSING_KINDS: Final = frozenset(b"p li dt dd option tr td th".split())
_MARKUP: Final = re.compile(
    rb"<!--.*?(?:-->|\Z)"
    rb"|<(script|style|textarea|title|xmp|noembed|noframes)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    rb"|<(/?)([A-Za-z][^\s/>]*)[^>]*?(/?)>",
    re.DOTALL | re.IGNORECASE,
)


def hit_depth_limit(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 gave up on a document nested too deep (its limit is 2048)."""
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def cap_depth(data: bytes, max_depth: int = MAX_DEPTH) -> bytes:
    """Flatten elements nested deeper than ``max_depth``: drop their tags, keep their text.

    A light tag scanner keeps a stack of open elements (void elements, ``<p>`` closing
    ``<p>`` and the like approximated); an opening tag that would go deeper is replaced
    by a space, and so is the closing tag that matches it.
    """
    stack: list[bytes] = []
    open_count: dict[bytes, int] = {}
    flattened: dict[bytes, int] = {}
    pieces: list[bytes] = []
    position = 0
    for match in _MARKUP.finditer(data):
        name = match.group(3)
        if name is None:  # a comment or a raw-text element: no nesting inside
            continue
        name = name.lower()
        drop = False
        if match.group(2):  # closing tag
            if flattened.get(name):
                flattened[name] -= 1
                drop = True
            elif open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
        elif name not in _VOID and not match.group(4):
            if name in _SELF_CLOSING_KINDS and stack and stack[-1] == name:
                stack.pop()
                open_count[name] -= 1
            if len(stack) >= max_depth:
                flattened[name] = flattened.get(name, 0) + 1
                drop = True
            else:
                stack.append(name)
                open_count[name] = open_count.get(name, 0) + 1
        if drop:
            pieces.append(data[position : match.start()])
            pieces.append(b" ")
            position = match.end()
    pieces.append(data[position:])
    return b"".join(pieces)


# --------------------------------------------------------------------- references
# Numeric character references that libxml2 turns into characters never allowed in
# output: C0 controls but tab, newline and carriage return; DEL; the five C1 codes
# Windows-1252 leaves undefined (libxml2 maps the others to it); U+FFFE and U+FFFF.
# (It already turns &#0;, surrogates and values past U+10FFFF into U+FFFD.) Removed
# before parsing, so that filters judge the text that the article will show.
_CONTROL_REFERENCE: Final = re.compile(
    r"&#(?:[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|8[1dDfF]|9[0dD]|[fF]{3}[eEfF])"
    r"(?![0-9a-fA-F])"
    r"|0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|127|129|14[134]|157|6553[45])(?![0-9]));?"
)


def drop_control_references(text: str) -> str:
    """Remove character references to control characters (``&#1;``, ``&#x7f;``)."""
    # Most pages hold references, but not to these: the compiled scan says which do.
    found = _SCAN.has_control_reference(text) if _SCAN is not None else "&#" in text
    return _CONTROL_REFERENCE.sub("", text) if found else text


# --------------------------------------------------------------------- output
def _has_control(texts: list[str]) -> bool:
    joined = "\n".join(texts)
    return len(strip_control(joined)) != len(joined)  # stripping only ever removes


def clean_article(article: Article) -> Article:
    """Return the article without control characters or lone surrogates in any string.

    One scan over all of its text; the article is rebuilt only if something is found.
    """
    texts: list[str] = [
        value for value in article.__dict__.values() if isinstance(value, str)
    ] + list(article.authors)
    texts += [paragraph.text for paragraph in article.paragraphs]
    for caption in article.captions:
        texts += [value for value in caption.__dict__.values() if isinstance(value, str)]
    for removal in article.removed:
        texts += [removal.text, removal.detail]
    if not _has_control(texts):
        return article
    return _strip_model(article)  # type: ignore[no-any-return]


def _strip_model(value: Any) -> Any:
    if isinstance(value, str):
        stripped = strip_control(value)
        # "a &#1; b" must not leave a double space behind.
        return value if len(stripped) == len(value) else " ".join(stripped.split())
    if isinstance(value, list):
        return [_strip_model(item) for item in value]
    if isinstance(value, Article) or hasattr(value, "model_construct"):
        fields = {key: _strip_model(item) for key, item in value.__dict__.items()}
        return type(value).model_construct(**fields)
    return value
