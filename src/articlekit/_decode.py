"""Turn raw input (bytes or str) into clean text and decide whether it is HTML.

Order for bytes: a byte-order mark wins; then the charset the document declares
(``<meta charset>``, ``http-equiv`` content type, XML declaration) if the bytes
really decode with it; then UTF-8; then Windows-1252, which accepts any byte
sequence and is what mislabelled Western pages almost always are. Binary formats are
recognised by their signatures and by control-character density, and refused.
"""

from __future__ import annotations

import codecs
from typing import Final, Literal

import regex

from articlekit._text import strip_control
from articlekit.errors import BinaryInputError, EmptyInputError

__all__ = ["Mode", "decode", "detect_mode"]

Mode = Literal["auto", "html", "text"]

# Signatures of binary formats that crawlers commonly receive instead of HTML.
_BINARY_MAGIC: Final = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
# How many leading bytes are searched for a declared charset.
_SNIFF_BYTES: Final = 4096
# More control characters than this share of a sample means the input is not text.
_MAX_CONTROL_SHARE: Final = 0.10
_SAMPLE: Final = 4096

_CHARSET: Final = regex.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    regex.IGNORECASE,
)
_CONTROL_BYTES: Final = regex.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Markup that only HTML has; searched for in the first characters to choose the mode.
_HTML_SIGNS: Final = regex.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span|a\s|br|"
    r"table|ul|ol|li|h[1-6]|img|script|style|link|header|nav|footer|form)\b",
    regex.IGNORECASE,
)
_HTML_SNIFF_CHARS: Final = 8192
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "replace").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # Browsers treat these labels as their supersets (WHATWG encoding standard).
    return {
        "latin-1": "cp1252",
        "iso8859-1": "cp1252",
        "ascii": "cp1252",
        "gb2312": "gb18030",
        "gbk": "gb18030",
    }.get(name, name)


def _refuse_binary(data: bytes) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"input is binary: it looks like {what}, not HTML or text")
    sample = data[:_SAMPLE]
    if sample and len(_CONTROL_BYTES.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE:
        raise BinaryInputError("input is binary: too many control bytes for HTML or text")


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    _refuse_binary(data)
    declared = _declared_charset(data)
    for encoding in (declared, "utf-8") if declared else ("utf-8",):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    if declared is not None and declared not in ("utf-8", "cp1252"):
        # A multi-byte charset with a few bad bytes: keep the charset, mark the bytes.
        return data.decode(declared, errors="replace")
    return data.decode("cp1252", errors="replace")


def decode(raw: str | bytes) -> str:
    """Return the input as text, free of control characters.

    Raises:
        EmptyInputError: nothing but whitespace.
        BinaryInputError: the bytes are a binary format, not text.
        TypeError: ``raw`` is neither ``str`` nor ``bytes``.
    """
    if isinstance(raw, (bytes, bytearray, memoryview)):
        text = _decode_bytes(bytes(raw))
    elif isinstance(raw, str):
        if "\x00" in raw[:_SAMPLE] and raw[:_SAMPLE].count("\x00") > len(raw[:_SAMPLE]) // 10:
            raise BinaryInputError("input is binary: a string full of NUL characters")
        text = raw
    else:
        raise TypeError(f"clean() takes str or bytes, not {type(raw).__name__}")
    text = strip_control(text.lstrip("\ufeff"))
    if not text.strip():
        raise EmptyInputError("input is empty: no text to clean")
    return text


def detect_mode(text: str) -> Literal["html", "text"]:
    """Guess whether decoded input is HTML or flattened text."""
    head = text[:_HTML_SNIFF_CHARS]
    signs = len(_HTML_SIGNS.findall(head))
    if head.lstrip().startswith("<") and signs:
        return "html"
    # Text that quotes a tag or two is still text; real markup has many tags.
    return "html" if signs >= 3 else "text"
