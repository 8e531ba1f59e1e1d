# cython: language_level=3
"""Whole-page scans before parsing, compiled: the same answers as the regexes they stand for.

Two checks read every character of a page before lxml sees it, and as regexes they
cost about as much as the parse itself:

* :func:`find_control`: the first character that ``_text._CONTROL`` matches (control
  characters, lone surrogates, U+FFFE/U+FFFF), or -1. Most pages have none, and then
  nothing else needs doing.
* :func:`long_tag_starts`: where ``_guard._LONG_TAG`` matches, as ``finditer`` would
  find them: ``<`` and a letter followed by ``units`` units, a unit being one character
  other than ``<>"'`` or a whole quoted value.

The pure-Python versions in ``_text`` and ``_guard`` are the specification;
``tests/test_compiled_scan.py`` checks that both agree.
"""

from cpython.unicode cimport PyUnicode_DATA, PyUnicode_GET_LENGTH, PyUnicode_KIND, PyUnicode_READ


cdef inline bint _is_control(Py_UCS4 c) noexcept nogil:
    return (
        c <= 0x08
        or c == 0x0B
        or c == 0x0C
        or 0x0E <= c <= 0x1F
        or 0x7F <= c <= 0x9F
        or 0xD800 <= c <= 0xDFFF
        or c == 0xFFFE
        or c == 0xFFFF
    )


def find_control(str text not None):
    """Index of the first control character, lone surrogate or U+FFFE/U+FFFF, or -1."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef Py_ssize_t i
    for i in range(n):
        if _is_control(PyUnicode_READ(kind, data, i)):
            return i
    return -1


def long_tag_starts(str text not None, Py_ssize_t units):
    """Start of each ``<letter`` followed by ``units`` units, as ``finditer`` finds them."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef Py_ssize_t i = 0, j, count
    cdef Py_UCS4 c, quote
    cdef list starts = []
    while i < n - 1:
        if PyUnicode_READ(kind, data, i) != 0x3C:  # '<'
            i += 1
            continue
        c = PyUnicode_READ(kind, data, i + 1)
        if not ((0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)):
            i += 1
            continue
        j = i + 2
        count = 0
        while count < units and j < n:
            c = PyUnicode_READ(kind, data, j)
            if c == 0x22 or c == 0x27:  # a quoted value is one unit, if it is closed
                quote = c
                j += 1
                while j < n and PyUnicode_READ(kind, data, j) != quote:
                    j += 1
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
    return starts


cdef class Automaton:
    """Whether a text holds any of a set of literals: an Aho-Corasick automaton.

    Built by ``patterns._automaton`` (the states' full transition table over the
    literals' alphabet, class 0 being any other character). The Python fallback for
    the phrase check it speeds up is the regex ``Phrases._quick``.
    """

    cdef object _table_owner
    cdef const int[:] table
    cdef const unsigned char[:] accept
    cdef int width
    cdef int ascii_class[128]
    cdef dict other_class

    def __init__(self, dict classes, table, accept, int width):
        cdef int index
        self._table_owner = table
        self.table = table
        self.accept = accept
        self.width = width
        for index in range(128):
            self.ascii_class[index] = 0
        self.other_class = {}
        for char, number in classes.items():
            if ord(char) < 128:
                self.ascii_class[ord(char)] = number
            else:
                self.other_class[ord(char)] = number

    def contains(self, str text not None, Py_ssize_t pos=0):
        """Whether ``text[pos:]`` holds one of the literals (a negative ``pos`` counts
        from the end, as in the ``regex`` module)."""
        cdef int kind = PyUnicode_KIND(text)
        cdef void* data = PyUnicode_DATA(text)
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        if pos < 0:
            pos = max(0, n + pos)
        cdef Py_ssize_t i
        cdef Py_UCS4 c
        cdef int state = 0
        cdef int cls
        for i in range(pos, n):
            c = PyUnicode_READ(kind, data, i)
            if c < 128:
                cls = self.ascii_class[c]
            else:
                cls = self.other_class.get(<long>c, 0)
            state = self.table[state * self.width + cls]
            if self.accept[state]:
                return True
        return False
