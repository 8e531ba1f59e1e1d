"""Turn raw input (bytes or str) into clean text and decide whether it is HTML.

Order for bytes: a byte-order mark wins; UTF-16 and UTF-32 without one are told by
their zero bytes; then the charset the document declares (``<meta charset>``,
``http-equiv`` content type, XML declaration) if the bytes really decode with it; then
UTF-8; then, for bytes that are neither, a statistical guess (charset-normalizer)
accepted only when it names a CJK, Cyrillic, Greek, Hebrew, Arabic or Thai encoding;
otherwise Windows-1252, which accepts any byte sequence and is what mislabelled Western
pages almost always are. Binary formats are recognised by their signatures and by
control-character density, and refused.
"""

from __future__ import annotations

import codecs
from typing import Final, Literal

import charset_normalizer
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
# UTF-8 with at most this share of its non-ASCII bytes in bad sequences is still UTF-8:
# real pages show one or two stray bytes among hundreds of accented letters, text in a
# single-byte charset fails on nearly every one.
_MAX_BAD_UTF8_SHARE: Final = 0.02

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
_ANY_TAG: Final = regex.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_MIN_TAGS: Final = 3
# How many leading bytes charset-normalizer looks at when nothing is declared.
_GUESS_BYTES: Final = 256 * 1024
# Guesses of charset-normalizer that are trusted, as the codec to decode with (the
# WHATWG superset where there is one). A Latin-script guess is not: for undeclared
# Western pages Windows-1252 is right far more often than its cp1250/latin-2 guesses.
_NON_LATIN: Final = {
    "shift_jis": "cp932",
    "cp932": "cp932",
    "euc_jp": "euc_jp",
    "euc_jis_2004": "euc_jis_2004",
    "euc_jisx0213": "euc_jisx0213",
    "iso2022_jp": "iso2022_jp",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "cp950",
    "euc_kr": "cp949",
    "cp949": "cp949",
    "johab": "johab",
    "cp1251": "cp1251",
    "koi8_r": "koi8_r",
    "koi8_u": "koi8_u",
    "iso8859_5": "iso8859_5",
    "cp866": "cp866",
    "mac_cyrillic": "mac_cyrillic",
    "cp1253": "cp1253",
    "iso8859_7": "iso8859_7",
    "cp1255": "cp1255",
    "iso8859_8": "iso8859_8",
    "cp1256": "cp1256",
    "iso8859_6": "iso8859_6",
    "cp874": "cp874",
    "tis_620": "cp874",
}
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


def _wide_unicode(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes are.

    Markup is ASCII, so in UTF-16-LE nearly every odd byte is zero and no even one is.
    """
    sample = data[: _SAMPLE - _SAMPLE % 4]
    if len(sample) < 8 or sample.count(0) < len(sample) // 4:
        return None
    lanes = [sample[lane::4].count(0) / (len(sample) // 4) for lane in range(4)]
    # UTF-32: the top byte of each character is always zero, the next nearly always.
    if lanes[3] > 0.99 and lanes[2] > 0.9 and lanes[0] < 0.5:
        return "utf-32-le"
    if lanes[0] > 0.99 and lanes[1] > 0.9 and lanes[3] < 0.5:
        return "utf-32-be"
    even, odd = (lanes[0] + lanes[2]) / 2, (lanes[1] + lanes[3]) / 2
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _guessed_charset(data: bytes) -> str | None:
    """A non-Latin charset that charset-normalizer recognises in ``data``, if any."""
    best = charset_normalizer.from_bytes(data[:_GUESS_BYTES]).best()
    if best is None:
        return None
    try:
        name = codecs.lookup(best.encoding).name.replace("-", "_")
    except LookupError:
        return None
    return _NON_LATIN.get(name)


def _mostly_utf8(data: bytes) -> bool:
    """Whether the bytes are UTF-8 but for a few bad sequences (cp1252 text is not)."""
    bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(data) - len(data.decode("ascii", errors="ignore"))
    return bad <= _MAX_BAD_UTF8_SHARE * non_ascii


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    wide = _wide_unicode(data)
    if wide is not None:
        text = data.decode(wide, errors="replace")
        _refuse_binary(text[:_SAMPLE].encode("utf-8", errors="replace"))
        return text
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
    if declared in (None, "utf-8") and _mostly_utf8(data):
        # A UTF-8 page with a stray bad byte (a truncated character pasted from
        # elsewhere): browsers keep UTF-8 and show one replacement character, where
        # falling back to cp1252 would garble every accented letter of the page.
        return data.decode("utf-8", errors="replace")
    guessed = _guessed_charset(data)
    return data.decode(guessed or "cp1252", errors="replace")


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
    if not text or text.isspace():  # (no copy of a big page, as strip() would make)
        raise EmptyInputError("input is empty: no text to clean")
    return text


def detect_mode(text: str) -> Literal["html", "text"]:
    """Guess whether decoded input is HTML or flattened text."""
    head = text[:_HTML_SNIFF_CHARS]
    signs = len(_HTML_SIGNS.findall(head))
    start = head.lstrip()[:5].lower()
    if start.startswith(("<!", "<?xml")):
        return "html"  # a doctype, a comment or an XML declaration, however long
    if start.startswith("<") and (signs or len(_ANY_TAG.findall(head)) >= _MIN_TAGS):
        # Markup from the first character: HTML, even if the first tags are unusual
        # ("<b>" ten thousand times before the first paragraph).
        return "html"
    # Text that quotes a tag or two is still text; real markup has many tags.
    return "html" if signs >= 3 else "text"
