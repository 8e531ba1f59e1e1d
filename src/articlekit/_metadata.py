"""Page metadata from JSON-LD, Open Graph, ``<meta>``, ``<link>``, ``<title>`` and ``<h1>``.

Sources in order of trust: JSON-LD of an article type, Open Graph and named ``<meta>``
tags, then the document's own ``<title>`` and first ``<h1>``. One pass over the tree
collects everything (``metadata_records``, compiled where it can be); nothing is fetched.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

import regex
from lxml import etree

from articlekit._blocks import Metadata
from articlekit._speedups import compiled
from articlekit._text import comparison_key, normalize_space

__all__ = ["extract_metadata", "split_site_suffix"]

_ARTICLE_TYPES: Final = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "scholarlyarticle",
        "techarticle",
        "report",
        "posting",
        "socialmediaposting",
        "liveblogposting",
        "webpage",
        "medicalwebpage",
        "howto",
        "recipe",
        "review",
        "creativework",
    }
)
# Meta keys (name, property or itemprop, lower-case) per field, most trusted first.
_TITLE_KEYS: Final = ("og:title", "twitter:title", "headline", "dc.title", "sailthru.title")
_DATE_KEYS: Final = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "published_time",
    "og:article:published_time",
    "cxenseparse:recs:publishtime",
    "article:modified_time",
    "datemodified",
)
_AUTHOR_KEYS: Final = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "citation_author",
    "twitter:creator",
)
_SITE_KEYS: Final = ("og:site_name", "application-name", "publisher", "twitter:site")
_DESCRIPTION_KEYS: Final = (
    "og:description",
    "description",
    "twitter:description",
    "dc.description",
)
_LANGUAGE_KEYS: Final = ("content-language", "og:locale", "language", "dc.language")
# Separators between a headline and the site name in <title>.
_TITLE_SEPARATOR: Final = regex.compile(r"\s+[|\-–—:·»/]\s+|\s*[|·»]\s*")
# A site suffix has at most this many words.
_MAX_SITE_WORDS: Final = 5
# Author links beyond the first few are a list of other articles' authors.
_MAX_REL_AUTHORS: Final = 5
_MAX_JSON_LD_CHARS: Final = 1_000_000
_DATE_PREFIX: Final = regex.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
# A UTC offset written without a colon at the end of a date-time ("...T06:35:39+0000").
_COMPACT_OFFSET: Final = regex.compile(r"([T ][\d:.]+[+-]\d{2})(\d{2})$")
_BY_PREFIX: Final = regex.compile(r"^(?:by|von|par|por|di|door)\s+", regex.IGNORECASE)
_LANGUAGE: Final = regex.compile(r"^[a-zA-Z]{2,3}(?=$|[-_])")


def _jsonld_objects(data: Any) -> list[dict[str, Any]]:
    """Flatten JSON-LD (lists, @graph) into its objects."""
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack and len(found) < 200:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if graph is not None:
                stack.append(graph)
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD person/organisation value (str, dict or list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for item in value[:20] for name in _names(item)]
    return []


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    match = _DATE_PREFIX.match(value)
    if match is None:
        return None
    text = value.replace("Z", "+00:00") if value.endswith("Z") else value
    # "+0000" as "+00:00": Python 3.10's fromisoformat reads only the latter.
    text = _COMPACT_OFFSET.sub(r"\1:\2", text)
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1)).isoformat()
    except ValueError:
        try:
            return datetime.fromisoformat(match.group(0).replace(" ", "T", 1)).isoformat()
        except ValueError:
            return None


def split_site_suffix(title: str, site_name: str | None = None) -> str:
    """Remove a site name before or after a headline: ``"Headline | Site"`` -> ``"Headline"``."""
    parts = [part for part in _TITLE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return title.strip()
    site_key = comparison_key(site_name) if site_name else None
    kept = [p for p in parts if site_key is None or comparison_key(p) != site_key]
    if len(kept) != len(parts) and kept:
        return " - ".join(kept).strip() if len(kept) > 1 else kept[0].strip()
    # Without a known site name, drop a short last part ("... - BBC News").
    if len(parts[-1].split()) <= _MAX_SITE_WORDS and len(parts[0].split()) > len(parts[-1].split()):
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:·»/").strip()
    return title.strip()


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = values.get(key)
        if value:
            return value
    return None


def _choose_title(
    h1: str | None, declared: str | None, document_title: str | None, site: str | None
) -> str | None:
    """The headline: the <h1> when the page's own titles agree with it, else theirs."""
    candidates = [t for t in (declared, document_title) if t]
    if h1:
        key = comparison_key(h1)
        if key and any(key in comparison_key(c) or comparison_key(c) in key for c in candidates):
            return h1
    if declared:
        return split_site_suffix(declared, site) if site else declared
    if document_title:
        return split_site_suffix(document_title, site)
    return h1


MetadataRecord = tuple[str, "str | None", "str | None"]


def metadata_records(root: etree._Element) -> list[MetadataRecord]:
    """The elements metadata is read from, in document order, as ``(what, a, b)``:

    ``("meta", property/name/itemprop/http-equiv, content)``, ``("link", rel, href)``,
    ``("title", text, None)``, ``("h1", all its text, None)``, ``("time", datetime,
    None)``, ``("author", all its text, None)`` for ``<a rel="author">`` and
    ``("script", text, None)`` for JSON-LD scripts. The compiled walk collects the same
    records as it goes (``_cwalk.Walker.metadata``; ``_cwalk.metadata_records`` for a
    tree alone).
    """
    records: list[MetadataRecord] = []
    for element in root.iter("meta", "a", "link", "title", "script", "h1", "time"):
        tag = element.tag
        if tag == "a":
            if element.get("rel") == "author":
                records.append(("author", _all_text(element), None))
        elif tag == "meta":
            key = (
                element.get("property")
                or element.get("name")
                or element.get("itemprop")
                or element.get("http-equiv")
                or ""
            )
            records.append(("meta", key, element.get("content")))
        elif tag == "link":
            records.append(("link", element.get("rel"), element.get("href")))
        elif tag == "title":
            records.append(("title", element.text, None))
        elif tag == "h1":
            records.append(("h1", _all_text(element), None))
        elif tag == "time":
            records.append(("time", element.get("datetime"), None))
        elif (element.get("type") or "").lower() == "application/ld+json":
            records.append(("script", element.text, None))
    return records


def _all_text(element: etree._Element) -> str:
    return "".join(str(part) for part in element.itertext())


# For a tree the compiled walk did not read (``extract_metadata`` without ``records``):
# the records from libxml2's structs, no Python proxy per element. segment_html passes
# the walk's own records, which spares the pass over the tree altogether.
_CWALK: Final = compiled("_cwalk")
_records: Final[Callable[[etree._Element], list[MetadataRecord]]] = (
    metadata_records if _CWALK is None else _CWALK.metadata_records
)


def extract_metadata(
    root: etree._Element, *, url: str | None = None, records: list[MetadataRecord] | None = None
) -> Metadata:
    """Collect page metadata from the tree's ``metadata_records`` (``records``: those
    the walk collected already)."""
    meta: dict[str, str] = {}
    canonical = None
    document_title = None
    h1 = None
    first_time = None
    article: dict[str, Any] = {}
    rel_authors: list[str] = []
    for what, first, second in _records(root) if records is None else records:
        if what == "meta":
            key = (first or "").strip().lower()
            if key and second and key not in meta:
                meta[key] = normalize_space(second)
        elif what == "link":
            if canonical is None and "canonical" in (first or "").lower():
                canonical = second
        elif what == "title":
            if document_title is None and first:
                document_title = normalize_space(first)
        elif what == "h1":
            if h1 is None:
                h1 = normalize_space(first or "") or None
        elif what == "time":
            if first_time is None:
                first_time = first
        elif what == "author":
            if len(rel_authors) < _MAX_REL_AUTHORS:
                rel_authors.append(normalize_space(first or ""))
        elif not article:  # a JSON-LD script
            article = _article_object(first or "")

    site = _site_name(article, meta)
    declared = article.get("headline") if isinstance(article.get("headline"), str) else None
    declared = normalize_space(declared) if declared else _first(meta, _TITLE_KEYS)
    title = _choose_title(h1, declared, document_title, site)

    authors = _names(article.get("author")) or _meta_authors(meta) or rel_authors
    published = _iso_date(
        article.get("datePublished") if isinstance(article.get("datePublished"), str) else None
    )
    published = published or _iso_date(_first(meta, _DATE_KEYS)) or _iso_date(first_time)
    description = _first(meta, _DESCRIPTION_KEYS)
    if description is None and isinstance(article.get("description"), str):
        description = normalize_space(article["description"])
    language = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    language = language or _first(meta, _LANGUAGE_KEYS)
    if language is None and isinstance(article.get("inLanguage"), str):
        language = article["inLanguage"]
    return Metadata(
        title=title or None,
        authors=_clean_authors(authors),
        published=published,
        site_name=site,
        language=_language_code(language),
        url=(canonical or meta.get("og:url") or url or None),
        description=description,
    )


def _article_object(source: str) -> dict[str, Any]:
    if len(source) > _MAX_JSON_LD_CHARS:
        return {}
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):
        return {}
    for obj in _jsonld_objects(data):
        if _types(obj) & _ARTICLE_TYPES and ("headline" in obj or "author" in obj):
            return obj
    return {}


def _site_name(article: dict[str, Any], meta: dict[str, str]) -> str | None:
    site = _first(meta, _SITE_KEYS)
    if site is None:
        names = _names(article.get("publisher"))
        site = names[0] if names else None
    if site and site.startswith("@"):
        site = site[1:]
    return normalize_space(site) if site else None


def _meta_authors(meta: dict[str, str]) -> list[str]:
    value = _first(meta, _AUTHOR_KEYS)
    if not value:
        return []
    return [part for part in regex.split(r"\s*(?:,|;|\band\b|&|\bund\b)\s*", value) if part]


def _clean_authors(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        name = _BY_PREFIX.sub("", normalize_space(name))
        if not name or "://" in name or "@" in name or len(name) > 80:
            continue
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    match = _LANGUAGE.match(value.strip())
    return match.group(0).lower() if match else None
