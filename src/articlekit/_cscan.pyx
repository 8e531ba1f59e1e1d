# cython: language_level=3
"""Whole-page scans and per-block text counts, compiled: the same answers as the regexes
they stand for.

Three checks read every character of a page before lxml sees it, and as regexes they
cost about as much as the parse itself:

* :func:`find_control`: the first character that ``_text._CONTROL`` matches (control
  characters, lone surrogates, U+FFFE/U+FFFF), or -1. Most pages have none, and then
  nothing else needs doing.
* :func:`has_control_reference`: whether ``_guard._CONTROL_REFERENCE`` matches
  (``&#1;``, ``&#x7f;``): most pages hold references, but not to these.
* :func:`long_tag_starts`: where ``_guard._LONG_TAG`` matches, as ``finditer`` would
  find them: ``<`` and a letter followed by ``units`` units, a unit being one character
  other than ``<>"'`` or a whole quoted value.

:class:`WordTable` counts and joins a text's words (``_text.count_words``,
``_text.comparison_key``, ``_text.find_words``) from a table of the Basic Multilingual
Plane that ``_text`` builds from its own regexes.

And :class:`Automaton`, which finds phrase literals in a block's text for
``patterns.Phrases`` (per phrase set) and ``patterns.phrase_hints`` (all sets at once).
It lower-cases as it reads, and reads the long s as "s": the one character that the
``regex`` module's case-insensitive matching equates with a letter of the phrases but
lower-casing leaves as it is (checked over every code point).

The pure-Python versions in ``_text``, ``_guard`` and ``patterns`` are the
specification; ``tests/test_compiled_scan.py`` and ``tests/test_patterns.py`` check
that both agree.
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc
from libc.stdint cimport uint8_t, uint16_t, uint32_t
from libc.string cimport memchr

from cpython.unicode cimport (
    Py_UNICODE_TOLOWER,
    PyUnicode_FromKindAndData,
    PyUnicode_DATA,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_READ,
)


# Page scans read the string's own buffer, one loop per character width (most pages
# are one or two bytes a character), so that the compiler can make each loop tight.
ctypedef fused char_t:
    uint8_t
    uint16_t
    uint32_t


cdef enum:
    CHUNK = 64  # characters tested at once, without a branch, by the loops below


cdef inline Py_ssize_t _next(
    const char_t* data, Py_ssize_t start, Py_ssize_t n, uint32_t target
) noexcept nogil:
    """The first index from ``start`` (before ``n``) that holds ``target``, else ``n``.

    One-byte text goes to memchr. Wider text is read a chunk at a time with a
    branch-free test that the compiler turns into vector instructions, and only the
    chunk that holds ``target`` is read again one character at a time.
    """
    cdef Py_ssize_t i = start, k
    cdef const void* found
    cdef bint hit
    if char_t is uint8_t:
        if start >= n:
            return n
        found = memchr(data + start, target, n - start)
        if found is not NULL:
            return <const uint8_t*>found - <const uint8_t*>data
        i = n
    else:
        while i + CHUNK <= n:
            hit = False
            for k in range(CHUNK):
                hit |= data[i + k] == target
            if hit:
                break
            i += CHUNK
    while i < n and data[i] != target:
        i += 1
    return i


cdef inline bint _control_in_chunk(const char_t* data) noexcept nogil:
    """Whether one of CHUNK characters may be a control character (``_is_control``),
    tested without a branch: exactly in two-byte text; in four-byte text any character
    past U+FFFD counts too (``_find_control`` then reads on one at a time)."""
    cdef Py_ssize_t k
    cdef char_t c
    cdef char_t hit = 0
    for k in range(CHUNK):  # in the text's own width, so that more fit in a vector
        c = data[k]
        hit |= (
            ((c < 0x20) & (c != 0x09) & (c != 0x0A) & (c != 0x0D))
            | (<char_t>(c - 0x7F) <= 0x20)
            | (c == 0xAD)
            | (<char_t>(c - 0xD800) <= 0x7FF)
            | (c == 0xFEFF)
            | (c >= 0xFFFE)
        )
    return hit != 0


cdef inline bint _is_control(Py_UCS4 c) noexcept nogil:
    return (
        c <= 0x08
        or c == 0x0B
        or c == 0x0C
        or 0x0E <= c <= 0x1F
        or 0x7F <= c <= 0x9F
        or c == 0xAD
        or 0xD800 <= c <= 0xDFFF
        or c == 0xFEFF
        or c == 0xFFFE
        or c == 0xFFFF
    )


# _is_control for the first 256 code points, so that the loop reads one byte per
# character of most text.
cdef bint _CONTROL_BELOW_256[256]
for _code in range(256):
    _CONTROL_BELOW_256[_code] = _is_control(_code)


cdef Py_ssize_t _find_control(const char_t* data, Py_ssize_t n) noexcept nogil:
    cdef Py_ssize_t i, start = 0
    cdef uint32_t c
    if char_t is not uint8_t:  # (one-byte text: the table below is faster)
        while start + CHUNK <= n and not _control_in_chunk(data + start):
            start += CHUNK
    for i in range(start, n):
        c = data[i]
        if c < 256:
            if _CONTROL_BELOW_256[c]:
                return i
        elif 0xD800 <= c <= 0xDFFF or c == 0xFEFF or c == 0xFFFE or c == 0xFFFF:
            return i
    return -1


def find_control(str text not None):
    """Index of the first character that ``_text._CONTROL`` matches (a control
    character, soft hyphen, byte-order mark, lone surrogate, U+FFFE/U+FFFF), or -1."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    if kind == 1:
        return _find_control(<const uint8_t*>data, n)
    if kind == 2:
        return _find_control(<const uint16_t*>data, n)
    return _find_control(<const uint32_t*>data, n)


# Bits of a WordTable cell.
cdef enum:
    WORD_BIT = 1        # a word character
    ELSEWHERE_BIT = 2   # to be counted some other way (an unspaced script)


cdef Py_ssize_t _word_runs(
    const char_t* data, Py_ssize_t n, const uint8_t* table, Py_ssize_t size
) noexcept nogil:
    cdef Py_ssize_t i, count = 0
    cdef bint inside = False
    cdef uint32_t c
    for i in range(n):
        c = data[i]
        if c >= size or table[c] & ELSEWHERE_BIT:
            return -1
        if table[c] & WORD_BIT:
            if not inside:
                count += 1
                inside = True
        else:
            inside = False
    return count


cdef Py_ssize_t _joined_words(
    const char_t* data, Py_ssize_t n, const uint8_t* table, Py_ssize_t size, char_t* out
) noexcept nogil:
    """Writes the word runs of ``data`` to ``out``, one space between two; their length,
    or -1 if a character lies beyond the table."""
    cdef Py_ssize_t i, used = 0
    cdef bint inside = False
    cdef uint32_t c
    for i in range(n):
        c = data[i]
        if c >= size:
            return -1
        if table[c] & WORD_BIT:
            if not inside:
                if used:
                    out[used] = 0x20
                    used += 1
                inside = True
            out[used] = data[i]
            used += 1
        else:
            inside = False
    return used


cdef class WordTable:
    """Word runs by a table of the Basic Multilingual Plane (``_text`` builds it from
    its regexes): for each code point, ``1`` if it is a word character, plus ``2`` if
    words of its script are counted another way.
    """

    cdef bytes table
    cdef const uint8_t* cells
    cdef Py_ssize_t size

    def __init__(self, bytes table not None):
        self.table = table
        self.cells = <const uint8_t*><const char*>table
        self.size = len(table)

    def count(self, str text not None):
        """``len(findall(r"\\w+", text))``, or -1 if ``text`` holds a character beyond
        the table or one to be counted another way."""
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        if kind == 1:
            return _word_runs(<const uint8_t*>data, n, self.cells, self.size)
        if kind == 2:
            return _word_runs(<const uint16_t*>data, n, self.cells, self.size)
        return _word_runs(<const uint32_t*>data, n, self.cells, self.size)

    def join(self, str text not None):
        """``" ".join(findall(r"\\w+", text))``, or None if ``text`` holds a character
        beyond the table."""
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef Py_ssize_t used
        cdef void* out = PyMem_Malloc(n * kind + 1)
        if out is NULL:
            raise MemoryError()
        try:
            if kind == 1:
                used = _joined_words(
                    <const uint8_t*>data, n, self.cells, self.size, <uint8_t*>out
                )
            elif kind == 2:
                used = _joined_words(
                    <const uint16_t*>data, n, self.cells, self.size, <uint16_t*>out
                )
            else:
                used = _joined_words(
                    <const uint32_t*>data, n, self.cells, self.size, <uint32_t*>out
                )
            if used < 0:
                return None
            return PyUnicode_FromKindAndData(kind, out, used)
        finally:
            PyMem_Free(out)


cdef inline bint _letter(Py_UCS4 c) noexcept nogil:
    return (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)


cdef int _long_tag_starts(
    const char_t* data, Py_ssize_t n, Py_ssize_t units, list starts
) except -1:
    cdef Py_ssize_t i = 0, j, count
    cdef Py_UCS4 c
    while i < n - 1:
        i = _next(data, i, n - 1, 0x3C)  # the next '<'
        if i >= n - 1:
            break
        if not _letter(data[i + 1]):  # '<' and a letter
            i += 1
            continue
        j = i + 2
        count = 0
        while count < units and j < n:
            c = data[j]
            if c == 0x22 or c == 0x27:  # a quoted value is one unit, if it is closed
                j = _next(data, j + 1, n, c)  # (long values: URLs, JSON in data- attributes)
                if j >= n:
                    break
                j += 1
            elif c == 0x3C or c == 0x3E:  # '<' or '>'
                break
            else:
                j += 1
            count += 1
        if count == units:
            starts.append(i)
            i = j
        else:
            i += 1
    return 0


def long_tag_starts(str text not None, Py_ssize_t units):
    """Start of each ``<letter`` followed by ``units`` units, as ``finditer`` finds them."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef list starts = []
    if kind == 1:
        _long_tag_starts(<const uint8_t*>data, n, units, starts)
    elif kind == 2:
        _long_tag_starts(<const uint16_t*>data, n, units, starts)
    else:
        _long_tag_starts(<const uint32_t*>data, n, units, starts)
    return starts


# The code points that a numeric character reference must not produce (see
# _guard._CONTROL_REFERENCE, the specification): C0 controls but tab, line feed and
# carriage return; DEL; the five C1 codes Windows-1252 leaves undefined; U+FFFE, U+FFFF.
cdef inline bint _control_code(uint32_t value) noexcept nogil:
    return (
        1 <= value <= 8
        or value == 0x0B
        or value == 0x0C
        or 0x0E <= value <= 0x1F
        or value == 0x7F
        or value == 0x81
        or value == 0x8D
        or value == 0x8F
        or value == 0x90
        or value == 0x9D
        or value == 0xFFFE
        or value == 0xFFFF
    )


cdef inline int _digit(uint32_t c, bint hexadecimal) noexcept nogil:
    if 0x30 <= c <= 0x39:
        return <int>c - 0x30
    if hexadecimal and 0x61 <= (c | 0x20) <= 0x66:
        return (<int>c | 0x20) - 0x61 + 10
    return -1


cdef bint _has_control_reference(const char_t* data, Py_ssize_t n) noexcept nogil:
    cdef Py_ssize_t i = 0, j
    cdef uint32_t value
    cdef int digit
    cdef bint hexadecimal
    while i < n - 2:
        i = _next(data, i, n - 2, 0x26)  # the next '&'
        if i >= n - 2:
            return False
        if data[i + 1] != 0x23:  # '#'
            i += 1
            continue
        j = i + 2
        hexadecimal = data[j] == 0x78 or data[j] == 0x58  # 'x' or 'X'
        if hexadecimal:
            j += 1
        value = 0
        digit = -1
        while j < n:
            digit = _digit(data[j], hexadecimal)
            if digit < 0:
                break
            if value <= 0x10FFFF:  # beyond it, no value of the set: stop growing
                value = value * (16 if hexadecimal else 10) + digit
            j += 1
        if j > i + 2 + hexadecimal and _control_code(value):
            return True
        i += 1
    return False


def has_control_reference(str text not None):
    """Whether ``text`` holds a numeric character reference to a character that
    ``_guard._CONTROL_REFERENCE`` removes (``&#1;``, ``&#x7f;``)."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    if kind == 1:
        return _has_control_reference(<const uint8_t*>data, n)
    if kind == 2:
        return _has_control_reference(<const uint16_t*>data, n)
    return _has_control_reference(<const uint32_t*>data, n)


cdef class Automaton:
    """Which of a set of literals a text holds: an Aho-Corasick automaton.

    Built by ``patterns._automaton`` (the states' full transition table over the
    literals' alphabet, class 0 being any other character, and for each state the
    bit mask of the literal groups that end there). The text is lower-cased one
    character at a time as it is read (the long s counting as "s"), the literals being
    lower case already: the same answers as on ``text.lower()``, without a copy. The
    Python fallback for the phrase check it speeds up is the regex ``Phrases._quick``.
    """

    cdef object _table_owner
    cdef object _masks_owner
    cdef const int[:] table
    cdef const unsigned long long[:] masks
    cdef int width
    cdef int ascii_class[128]
    cdef dict other_class

    def __init__(self, dict classes, table, masks, int width):
        cdef int index
        self._table_owner = table
        self._masks_owner = masks
        self.table = table
        self.masks = masks
        self.width = width
        for index in range(128):
            self.ascii_class[index] = 0
        self.other_class = {}
        for char, number in classes.items():
            if ord(char) < 128:
                self.ascii_class[ord(char)] = number
            else:
                self.other_class[ord(char)] = number

    cdef inline int _class(self, Py_UCS4 char):
        cdef unsigned int c = <unsigned int>char
        if c < 128:
            if 65 <= c <= 90:  # A-Z
                c += 32
            return self.ascii_class[c]
        c = <unsigned int>Py_UNICODE_TOLOWER(char)
        if c == 0x17F:  # the long s
            c = 115
        if c < 128:
            return self.ascii_class[c]
        return self.other_class.get(<long>c, 0)

    def mask(self, str text not None, Py_ssize_t pos=0):
        """The union of the masks of the literals that ``text[pos:]`` holds, in any case
        (a negative ``pos`` counts from the end, as in the ``regex`` module)."""
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef Py_ssize_t i
        cdef int state = 0
        cdef unsigned long long found = 0
        if pos < 0:
            pos = max(0, n + pos)
        for i in range(pos, n):
            state = self.table[state * self.width + self._class(PyUnicode_READ(kind, data, i))]
            found |= self.masks[state]
        return found
