# cython: language_level=3
"""The segmentation walk of :mod:`articlekit._html`, compiled: the same blocks, faster.

``_html._Walker`` is the specification: this module does exactly what it does, event
for event, but reads libxml2's tree through its C structures instead of asking lxml
for a Python proxy, a tag string, ``.text`` and ``.tail`` at every element. Python
objects are made only where the walk's results need them (tag names, once per name;
text; one record per block and container).

Everything the walk decides by (tag tables, attribute analysis, the records it
builds) comes from ``_html`` through a spec object, so that patterns live in one
place. ``tests/test_compiled_walk.py`` checks that both walks agree on every fixture
and on generated HTML.

It also holds what the walk's results go through next, each with its Python twin:
:class:`TokenTable` and :class:`AttributeReader` (``_html._token_summary`` and
``_html._attribute_info``), :func:`make_blocks` (``_html.make_blocks``), and
:class:`RecordMaker`, which fills a slotted dataclass's slots in place, and
:class:`ModelMaker`, which makes pydantic models from checked values without validating
them (``model_construct`` is its specification); and what applies a filter's verdict
(:func:`collect_drops`, :func:`split_blocks`, :func:`index_blocks`: ``_pipeline``'s
``_drops_by_index``, ``split_blocks`` and ``index_blocks``). For big pages,
:func:`untrack_records` and :func:`untrack_container` keep the records and containers
of one ``clean`` call off the garbage collector's lists (see ``articlekit._gc``).

The module only reads struct fields of the tree (it calls no libxml2 function), so it
needs lxml's headers to build and nothing to link.
"""

import sys
import types

cimport cython

from cpython.object cimport PyObject, PyObject_GenericSetAttr, PyTypeObject
from cpython.ref cimport Py_INCREF
from cpython.unicode cimport (
    PyUnicode_DATA,
    PyUnicode_DecodeUTF8,
    PyUnicode_GET_LENGTH,
    PyUnicode_KIND,
    PyUnicode_READ,
    PyUnicode_WRITE,
    Py_UNICODE_ISSPACE,
)
from cpython.mem cimport PyMem_Free, PyMem_Malloc
from libc.stdint cimport uint8_t, uint16_t, uint32_t
from libc.string cimport memcmp, memcpy, strcmp, strlen

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree
from lxml.includes.tree cimport const_xmlChar, xmlAttr, xmlNode

cetree.import_lxml__etree()


cdef extern from "Python.h":
    void PyObject_GC_UnTrack(void* op)
    int PyObject_GC_IsTracked(object op)
    ctypedef struct PyMemberDef:
        const char* name
        int type
        Py_ssize_t offset
        int flags
    ctypedef struct PyMemberDescrObject:
        PyMemberDef* d_member
    object PyType_GenericAlloc(PyTypeObject* type, Py_ssize_t nitems)

cdef extern from "structmember.h":
    int _T_OBJECT_EX "T_OBJECT_EX"
    int _READONLY "READONLY"

_MEMBER_DESCRIPTOR = types.MemberDescriptorType
_object_new = object.__new__

# What a tag does to the walk (see _Walker.walk).
cdef enum Action:
    SKIP = 0     # skip the subtree, keep the tail
    FRAME = 1    # a block-level element: opens a frame
    BR = 2
    IMG = 3
    PLAIN = 4    # a void inline tag without text: nothing
    INLINE = 5   # any other inline tag: a frame if it holds a caption, skipped if it is
                 # for screen readers only (_html.inline_kind)
    LINK = 6     # <a>: inline; a link when its href leads somewhere (_html.counts_as_link)

_NO_WEIGHT = 0.0  # most elements' weight: one float object for them all

cdef enum:
    DEADLINE_EVERY = 4096  # elements between two checks of the time budget

# What an inline element's class attribute makes of it (_html.inline_kind).
cdef enum InlineKind:
    INLINE_TEXT = 0
    INLINE_FRAME = 1
    INLINE_SKIP = 2


cdef inline str _decode(const_xmlChar* value):
    cdef const char* chars = <const char*>value
    return PyUnicode_DecodeUTF8(chars, strlen(chars), "replace")


cdef extern from "Python.h":
    str PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)


# One loop per character width (see _cscan), so that the compiler makes each tight.
ctypedef fused char_t:
    uint8_t
    uint16_t
    uint32_t


cdef str _collapse(str text, Py_UCS4 br):
    """``_html.collapse(text, br)`` in two passes, with no word list: one to size the
    result (length and widest character), one to write it."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    if kind == 1:
        return _collapse_chars(text, <const uint8_t*>data, n, br)
    if kind == 2:
        return _collapse_chars(text, <const uint16_t*>data, n, br)
    return _collapse_chars(text, <const uint32_t*>data, n, br)


cdef str _collapse_chars(str text, const char_t* data, Py_ssize_t n, Py_UCS4 br):
    cdef Py_ssize_t i, size = 0, words = 0
    cdef uint32_t c, widest = 32  # a space, should words need one
    cdef bint inside = False, odd = False  # odd: whitespace other than one plain space
    for i in range(n):
        c = data[i]
        if c == br or Py_UNICODE_ISSPACE(c):
            inside = False
            odd = odd or c != 32
            continue
        if c >= 0xAD and (c == 0xAD or c == 0xFEFF):  # invisible (&shy;, &#xFEFF;)
            odd = True
            continue
        if not inside:
            inside = True
            words += 1
        size += 1
        if c > widest:
            widest = c
    if words == 0:
        return ""
    size += words - 1
    if size == n and not odd:
        return text  # already one space between words, none at either end
    # The result may be narrower than the text (a wide space gone): written by its kind.
    cdef str result = PyUnicode_New(size, widest)
    cdef int out_kind = PyUnicode_KIND(result)
    cdef void* out = PyUnicode_DATA(result)
    cdef Py_ssize_t j = 0
    inside = False
    for i in range(n):
        c = data[i]
        if c == br or Py_UNICODE_ISSPACE(c):
            inside = False
            continue
        if c >= 0xAD and (c == 0xAD or c == 0xFEFF):
            continue
        if not inside:
            inside = True
            if j:
                PyUnicode_WRITE(out_kind, out, j, 32)
                j += 1
        PyUnicode_WRITE(out_kind, out, j, c)
        j += 1
    return result


def collapse(str text not None, str br not None):
    """Python access to the whitespace collapse (for the tests)."""
    return _collapse(text, ord(br))


cdef str _tag_of(xmlNode* node):
    """The tag as lxml spells it: ``{namespace}name`` for a namespaced element."""
    name = _decode(node.name)
    if node.ns is not NULL and node.ns.href is not NULL:
        return "{" + _decode(node.ns.href) + "}" + name
    return name


cdef xmlAttr* _attribute(xmlNode* node, const char* name):
    """The attribute ``name`` without a namespace, as ``element.get`` finds it."""
    cdef xmlAttr* attribute = node.properties
    while attribute is not NULL:
        if attribute.ns is NULL and strcmp(<const char*>attribute.name, name) == 0:
            return attribute
        attribute = attribute.next
    return NULL


cdef object _value(xmlNode* node, const char* name):
    """``element.get(name)``: the value, ``""`` for an empty one, None when absent."""
    cdef xmlAttr* attribute = _attribute(node, name)
    cdef xmlNode* child
    if attribute is NULL:
        return None
    child = attribute.children
    if child is NULL:
        return ""
    if child.next is NULL and child.content is not NULL:
        return _decode(child.content)
    parts = []
    while child is not NULL:
        if child.content is not NULL:
            parts.append(_decode(child.content))
        child = child.next
    return "".join(parts)


cdef class RecordMaker:
    """Makes instances of a frozen, slotted dataclass from all its fields, in order.

    The same object as calling the class with those values, but the fields are written
    straight into the instance's slots, found once from the class's member
    descriptors, instead of through the dataclass's ``__init__`` and frozen-instance
    ``__setattr__``: 0.24 us for a 15-field ``Block``, against 1.15 us setting its
    fields by name. Only for classes without ``__post_init__`` and with every field
    given.

    The records hold only strings, numbers and tuples or frozensets of them, so they
    can never be part of a reference cycle: they are taken off the garbage collector's
    list, which otherwise walks every one of a big page's records at each full
    collection.
    """

    cdef object cls
    cdef tuple names
    # Where each field's slot lies in an instance, if every field is a plain object
    # slot of the class (else the fields are set by name).
    cdef Py_ssize_t* offsets
    cdef Py_ssize_t count

    def __cinit__(self):
        self.offsets = NULL

    def __dealloc__(self):
        PyMem_Free(self.offsets)

    def __init__(self, cls, names):
        cdef Py_ssize_t index
        cdef PyMemberDef* member
        if not isinstance(cls, type):
            raise TypeError("RecordMaker needs a class")
        self.cls = cls
        self.names = tuple(names)
        self.count = len(self.names)
        offsets = []
        for name in self.names:
            descriptor = getattr(cls, name, None)
            if type(descriptor) is not _MEMBER_DESCRIPTOR:
                break
            member = (<PyMemberDescrObject*>descriptor).d_member
            if member.type != _T_OBJECT_EX or member.flags & _READONLY:
                break
            offsets.append(member.offset)
        else:
            if (<PyTypeObject*>cls).tp_dictoffset == 0:  # no __dict__: slots only
                self.offsets = <Py_ssize_t*>PyMem_Malloc(max(1, self.count) * sizeof(Py_ssize_t))
                if self.offsets is NULL:
                    raise MemoryError()
                for index in range(self.count):
                    self.offsets[index] = offsets[index]

    cdef object make(self, tuple values):
        cdef Py_ssize_t index
        cdef PyObject* value
        cdef PyObject** slot
        if len(values) != self.count:
            raise TypeError(f"{self.cls.__name__} takes {self.count} fields")
        if self.offsets is NULL:
            record = self.cls.__new__(self.cls)
            for index in range(self.count):
                PyObject_GenericSetAttr(record, self.names[index], values[index])
        else:
            # A fresh instance has every slot empty (NULL): fill each in place.
            record = PyType_GenericAlloc(<PyTypeObject*>self.cls, 0)
            for index in range(self.count):
                value = <PyObject*>values[index]
                Py_INCREF(<object>value)
                slot = <PyObject**>(<char*><PyObject*>record + self.offsets[index])
                slot[0] = value
        PyObject_GC_UnTrack(<PyObject*>record)
        return record

    def __call__(self, *values):
        return self.make(values)

    @property
    def fills_slots(self):
        """Whether records are filled slot by slot in memory (else field by field, by
        name): every field is a plain object slot and instances have no ``__dict__``."""
        return self.offsets is not NULL


_PYDANTIC_SLOTS = ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")


cdef class ModelMaker:
    """Makes instances of a pydantic model from field values already known valid.

    The same object as ``cls.model_construct(fields_set, **dict(zip(names, values)))``
    (pydantic's own way to skip validation), made in C: 0.1 us for a ``Paragraph``,
    against 1.2 us validating it and 2.5 us through ``model_construct``. The caller
    checks the values (``_assemble`` does, for the few it cannot know) and passes one
    set of field names for all the instances it makes: pydantic copies that set before
    changing it (``model_copy``), and a frozen model never changes it, so one set can
    serve a whole article (a set per paragraph was 216 bytes of a 480-byte model).

    The fields are stored one by one as plain attributes of an instance made by
    ``object.__new__``, so that Python keeps them the compact way it keeps any
    instance's attributes (values beside keys shared by the class) rather than in a
    dict of each model's own: a ``Paragraph`` takes 128 bytes, not 272, text aside.
    pydantic reads ``__dict__`` as ever; Python makes it when first asked.

    Instances whose values are all strings, numbers or None go off the garbage
    collector's lists, as :func:`untrack_records` would put them.
    """

    cdef object cls
    cdef tuple names
    cdef Py_ssize_t count
    cdef Py_ssize_t[3] offsets  # of the three pydantic slots, in _PYDANTIC_SLOTS order

    def __init__(self, cls, names):
        cdef PyMemberDef* member
        cdef int index
        if not isinstance(cls, type) or not hasattr(cls, "model_construct"):
            raise TypeError("ModelMaker needs a pydantic model class")
        self.cls = cls
        # interned: only interned names go into keys that instances share
        self.names = tuple(sys.intern(name) for name in names)
        self.count = len(self.names)
        if set(self.names) != set(cls.model_fields):
            raise TypeError(f"{cls.__name__} has the fields {sorted(cls.model_fields)}")
        for index, name in enumerate(_PYDANTIC_SLOTS):
            descriptor = getattr(cls, name, None)
            if type(descriptor) is not _MEMBER_DESCRIPTOR:
                raise TypeError(f"{cls.__name__}.{name} is not a slot (another pydantic?)")
            member = (<PyMemberDescrObject*>descriptor).d_member
            if member.type != _T_OBJECT_EX or member.flags & _READONLY:
                raise TypeError(f"{cls.__name__}.{name} is not a plain slot")
            self.offsets[index] = member.offset

    cdef object make(self, tuple values, object fields_set):
        cdef Py_ssize_t index
        cdef bint atomic = True
        cdef PyObject** slot
        if len(values) != self.count:
            raise TypeError(f"{self.cls.__name__} takes {self.count} fields")
        # object.__new__, not a bare allocation: it prepares the instance's dict the
        # way this Python does for its class (values stored beside keys that all
        # instances share), which plain attribute stores below then fill.
        model = _object_new(self.cls)
        for index, value in enumerate((fields_set, None, None)):
            Py_INCREF(value)
            slot = <PyObject**>(<char*><PyObject*>model + self.offsets[index])
            slot[0] = <PyObject*>value
        # Field by field, as plain attribute stores: a Paragraph then takes 128 bytes
        # with its dict, against 264 with a dict of its own.
        for index in range(self.count):
            value = values[index]
            PyObject_GenericSetAttr(model, self.names[index], value)
            if atomic and not _atomic(value):
                atomic = False
        if atomic:
            # (Its values need no dict object until something asks for ``__dict__``;
            # asking here would make one, 48 bytes more.)
            PyObject_GC_UnTrack(<PyObject*>model)
        return model

    def __call__(self, fields_set, *values):
        return self.make(values, fields_set)

    def make_all(self, list rows not None, fields_set, tuple types not None):
        """A model per row of values, or ``None`` where a value's type is not exactly
        the one ``types`` gives for its field (the caller validates those rows)."""
        cdef list made = []
        cdef Py_ssize_t index
        cdef tuple row
        if len(types) != self.count:
            raise TypeError(f"{self.cls.__name__} takes {self.count} fields")
        for item in rows:
            row = <tuple?>item
            if len(row) != self.count:
                raise TypeError(f"{self.cls.__name__} takes {self.count} fields")
            for index in range(self.count):
                if type(row[index]) is not types[index]:
                    made.append(None)
                    break
            else:
                made.append(self.make(row, fields_set))
        return made


cdef inline bint _atomic(object value):
    return value is None or type(value) in (str, int, float, bool)


def untrack_records(list records not None):
    """Take finished output records off the garbage collector's lists.

    A record qualifies when it cannot be part of a reference cycle: every value in its
    ``__dict__`` is a string, a number or None, and its set of set fields (pydantic's
    ``__pydantic_fields_set__``), if any, holds strings only. The record, its
    ``__dict__`` and that set are untracked; reference counting still frees them.
    (CPython untracks tuples and dicts of such values by itself: the same reasoning.)

    A big page makes hundreds of thousands of records that stay alive until the call
    returns, and each full collection walked all of them: about a fifth of the time.
    Returns how many records were untracked.
    """
    cdef Py_ssize_t untracked = 0
    for record in records:
        values = getattr(record, "__dict__", None)
        if type(values) is not dict:
            continue
        if not all([_atomic(value) for value in (<dict>values).values()]):
            continue
        fields = getattr(record, "__pydantic_fields_set__", None)
        if fields is not None:
            if type(fields) is not set or not all([type(name) is str for name in fields]):
                continue
            if PyObject_GC_IsTracked(fields):
                PyObject_GC_UnTrack(<PyObject*>fields)
        if PyObject_GC_IsTracked(values):
            PyObject_GC_UnTrack(<PyObject*>values)
        if PyObject_GC_IsTracked(record):
            PyObject_GC_UnTrack(<PyObject*>record)
            untracked += 1
    return untracked


def untrack_container(container):
    """Take a tuple, list or dict off the garbage collector's lists.

    For the containers one ``clean`` call makes and keeps to itself, which hold its
    records (blocks, elements, models) and can be part of no cycle: the collector would
    otherwise walk every item of them at each full collection. Untracking never frees
    anything early; reference counting frees them as before.
    """
    if type(container) not in (tuple, list, dict):
        raise TypeError("only a tuple, a list or a dict")
    if PyObject_GC_IsTracked(container):
        PyObject_GC_UnTrack(<PyObject*>container)


def make_blocks(
    list raw_blocks not None, wrappers, caption_image, RecordMaker block_maker, count_words
):
    """``_html.make_blocks`` compiled: the page's blocks from the walk's raw blocks,
    made by ``block_maker`` (a RecordMaker of ``Block``), their word counts counted
    already by ``count_words`` (cheap in C, and every filter after main_content asks)."""
    cdef dict mark_sets = {}
    cdef list blocks = []
    PyObject_GC_UnTrack(<PyObject*>blocks)  # blocks only: see untrack_container
    cdef Py_ssize_t index
    cdef tuple found
    for index in range(len(raw_blocks)):
        raw = raw_blocks[index]
        raw_marks = raw.marks
        found = mark_sets.get(raw_marks)
        if found is None:
            sources = tuple([item for item in raw_marks if item[1] not in wrappers])
            marks = frozenset([item[0] for item in sources])
            PyObject_GC_UnTrack(<PyObject*>marks)  # strings only: never in a cycle
            found = (sources, marks)
            mark_sets[raw_marks] = found
        kind = raw.kind
        image = alt = None
        if kind == "caption" or kind == "credit":
            image, alt = caption_image(raw)
        blocks.append(block_maker.make((
            index, kind, raw.text, raw.level, raw.tag, raw.link, found[1], found[0],
            raw.pos, raw.ancestors, image, alt, 0, count_words(raw.text), None,
        )))
    return tuple(blocks)


def index_blocks(blocks):
    """``{block.index: block for block in blocks}`` (``_pipeline.index_blocks``), in C."""
    cdef dict by_index = {}
    for block in blocks:
        by_index[block.index] = block
    return by_index


def collect_drops(drops, dict by_index not None, drop_type):
    """``_pipeline._drops_by_index`` for the common case, in C: the drops by block
    index and the set of their reasons, when every drop is exactly a ``drop_type`` of
    the very block ``by_index`` holds, no block twice, reason and detail exactly
    strings. ``None`` otherwise: the Python checks then find what is wrong (or accept
    a block equal to the page's), and say so."""
    cdef dict dropped = {}
    cdef set reasons = set()
    for drop in drops:
        if type(drop) is not drop_type:
            return None
        block = drop.block
        index = block.index
        if by_index.get(index) is not block or index in dropped:
            return None
        reason = drop.reason
        if type(reason) is not str or type(drop.detail) is not str:
            return None
        reasons.add(reason)
        dropped[index] = drop
    return dropped, reasons


cdef inline long _block_words(block) except -2:
    """``Block.words``: the count once counted, else the property counts it."""
    cdef long words = block._words
    if words < 0:
        words = block.words
    return words


cdef inline object _block_hints(block):
    """``Block.phrase_hints``: the hints once computed, else the property computes them."""
    hints = block._hints
    if hints is None:
        hints = block.phrase_hints
    return hints


def scan_blocks(blocks, mark, object bit, bint has_pattern, bint has_extra,
                long max_words, long mark_max_words, bint captions_too,
                frozenset mark_spares not None, frozenset caption_kinds not None):
    """``filters._common.scan_blocks`` compiled: the blocks ``mark_or_phrase`` has to
    look at, with 1 (markup drops it), 2 (test the phrases) or 3 (the extra test only)."""
    cdef list found = []
    cdef bint may_match
    cdef bint hinted = bool(bit)
    for block in blocks:
        kind = block.kind
        if (
            mark is not None
            and mark in block.marks
            and kind not in mark_spares
            and (mark_max_words < 0 or _block_words(block) <= mark_max_words)
        ):
            found.append((block, 1))
            continue
        if (not has_pattern and not has_extra) or (
            not captions_too and kind in caption_kinds
        ):
            continue
        may_match = has_pattern and (not hinted or bool(_block_hints(block) & bit))
        if (not may_match and not has_extra) or _block_words(block) > max_words:
            continue
        found.append((block, 2 if may_match else 3))
    return found


def split_blocks(blocks, dict dropped not None, dict replaced not None, name,
                 list removals not None):
    """``_pipeline.split_blocks`` compiled: the blocks kept (relabelled ones replaced),
    each dropped one's removal fields appended to ``removals``."""
    cdef list kept = []
    for block in blocks:
        index = block.index
        drop = dropped.get(index)
        if drop is None:
            if replaced:
                kept.append(replaced.get(index, block))
            else:
                kept.append(block)
        else:
            removals.append((name, drop.reason, block.text, block.kind, drop.detail, index))
    return tuple(kept)


cdef inline bint _upper(Py_UCS4 c) noexcept:
    return 65 <= <unsigned int>c <= 90


cdef inline bint _lower(Py_UCS4 c) noexcept:
    return 97 <= <unsigned int>c <= 122


# ----------------------------------------------------------- class/id tokens
cdef struct _Entry:
    unsigned long long hash
    Py_ssize_t offset  # of the entry's letters in the table's pool; -1: empty slot
    Py_ssize_t length
    int mark           # index into TokenTable.marks, -1 for none
    long flags


cdef enum:
    _NO_MARK = -1
    _LONGEST_AFFIX = 64  # prefixes longer than this are never looked for


cdef inline unsigned long long _fnv(unsigned long long hash, unsigned int c) noexcept nogil:
    return (hash ^ c) * 1099511628211ULL


cdef class _Lookup:
    """An open-addressing hash table of lower-case ASCII words: word -> (mark, flags)."""

    cdef _Entry* slots
    cdef Py_ssize_t mask
    cdef bytes pool
    cdef const char* letters
    cdef unsigned long long lengths  # bit L: some word has L letters (L < 64)

    def __cinit__(self):
        self.slots = NULL

    def __dealloc__(self):
        PyMem_Free(self.slots)

    cdef int fill(self, list words, list marks, list flags) except -1:
        cdef Py_ssize_t size = 8, index, offset = 0, i
        cdef unsigned long long hash
        while size < 2 * len(words) + 8:
            size *= 2
        self.slots = <_Entry*>PyMem_Malloc(size * sizeof(_Entry))
        if self.slots is NULL:
            raise MemoryError()
        self.mask = size - 1
        for index in range(size):
            self.slots[index].offset = -1
        self.pool = "".join(words).encode("ascii")
        self.letters = self.pool
        self.lengths = 0
        cdef const unsigned char* chars
        for word, mark, bits in zip(words, marks, flags):
            hash = 14695981039346656037ULL
            chars = <const unsigned char*>self.letters + offset
            for i in range(len(word)):
                hash = _fnv(hash, chars[i])
            index = hash & self.mask
            while self.slots[index].offset >= 0:
                index = (index + 1) & self.mask
            self.slots[index].hash = hash
            self.slots[index].offset = offset
            self.slots[index].length = len(word)
            self.slots[index].mark = mark
            self.slots[index].flags = bits
            if len(word) < 64:
                self.lengths |= 1ULL << len(word)
            offset += len(word)
        return 0

    cdef _Entry* find(
        self, unsigned long long hash, const char* text, Py_ssize_t first, Py_ssize_t length
    ) noexcept:
        """The entry for the ``length`` letters that ``text`` holds from ``first`` on
        (``text`` being a pair's joined letters, or a value's), or NULL."""
        cdef Py_ssize_t index = hash & self.mask
        cdef _Entry* entry
        while True:
            entry = &self.slots[index]
            if entry.offset < 0:
                return NULL
            if (
                entry.hash == hash
                and entry.length == length
                and memcmp(self.letters + entry.offset, text + first, length) == 0
            ):
                return entry
            index = (index + 1) & self.mask


cdef class TokenTable:
    """``_html._token_summary`` compiled: the marks and flags of a class/id value.

    Built from ``_html``'s tables: ``listed`` (token -> (mark, flags), every token that
    a table names), ``prefixes`` (prefix -> mark; a token not listed takes the mark
    of its shortest listed prefix) and ``exceptions`` (prefixes that leave a token
    unlisted without a mark). Tokens are letter runs, so only lower-case ASCII words
    of these tables can ever match; the others are left out.

    A value is read once: its tokens are lower-cased into one buffer and looked up by
    a hash computed as their letters are read, with no Python object per token.
    """

    cdef _Lookup listed
    cdef _Lookup prefixes
    cdef _Lookup exceptions
    cdef readonly list marks

    def __init__(self, dict listed not None, dict prefixes not None, exceptions):
        marks = []
        def index_of(mark):
            if mark is None:
                return _NO_MARK
            if mark not in marks:
                marks.append(mark)
            return marks.index(mark)
        def usable(word):
            return isinstance(word, str) and word.isascii() and word.isalpha() and word.islower()
        self.listed = _Lookup()
        words = [word for word in listed if usable(word)]
        self.listed.fill(
            words, [index_of(listed[word][0]) for word in words], [listed[w][1] for w in words]
        )
        self.prefixes = _Lookup()
        words = [word for word in prefixes if usable(word) and len(word) <= _LONGEST_AFFIX]
        self.prefixes.fill(words, [index_of(prefixes[word]) for word in words], [0] * len(words))
        self.exceptions = _Lookup()
        words = [word for word in exceptions if usable(word) and len(word) <= _LONGEST_AFFIX]
        self.exceptions.fill(words, [_NO_MARK] * len(words), [0] * len(words))
        if len(words) != len(exceptions):
            raise ValueError("every exception must be a lower-case ASCII word")
        self.marks = marks

    cdef void _token(
        self, const char* text, Py_ssize_t first, Py_ssize_t length, int* mark, long* flags
    ) noexcept:
        cdef unsigned long long hash = 14695981039346656037ULL
        cdef Py_ssize_t size = 0
        cdef bint excepted = False
        cdef int found = _NO_MARK
        cdef _Entry* entry
        cdef unsigned long long bit
        for size in range(1, length + 1):
            hash = _fnv(hash, <unsigned char>text[first + size - 1])
            if size >= 64:
                continue
            bit = 1ULL << size
            if not excepted and self.exceptions.lengths & bit:
                excepted = self.exceptions.find(hash, text, first, size) is not NULL
            if found == _NO_MARK and self.prefixes.lengths & bit:
                entry = self.prefixes.find(hash, text, first, size)
                if entry is not NULL:
                    found = entry.mark
        entry = NULL
        if length >= 64 or self.listed.lengths & (1ULL << length):
            entry = self.listed.find(hash, text, first, length)
        if entry is not NULL:
            mark[0] = entry.mark
            flags[0] = entry.flags
        else:
            mark[0] = _NO_MARK if excepted else found
            flags[0] = 0

    def summary(self, str value not None):
        """The marks (each once, in token order) and the flag bits of ``value``'s tokens,
        as ``_html._token_summary`` gives them."""
        cdef int kind = PyUnicode_KIND(value)
        cdef void* data = PyUnicode_DATA(value)
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(value)
        cdef Py_ssize_t i = 0, j, k, count = 0, index, used = 0, pairs
        cdef Py_UCS4 c
        cdef unsigned int code
        cdef long flags = 0, bits = 0
        cdef int mark = _NO_MARK
        # The tokens' letters, lower-cased, then each pair's letters joined; and where
        # each token starts (starts[count] ends the last).
        cdef char* letters = <char*>PyMem_Malloc(3 * n + 1)
        cdef Py_ssize_t* starts = <Py_ssize_t*>PyMem_Malloc((n + 2) * sizeof(Py_ssize_t))
        cdef list found = []
        if letters is NULL or starts is NULL:
            PyMem_Free(letters)
            PyMem_Free(starts)
            raise MemoryError()
        try:
            while i < n:
                c = PyUnicode_READ(kind, data, i)
                if _upper(c):
                    j = i + 1
                    while j < n and _upper(PyUnicode_READ(kind, data, j)):
                        j += 1
                    k = j
                    while k < n and _lower(PyUnicode_READ(kind, data, k)):
                        k += 1
                elif _lower(c):
                    k = i + 1
                    while k < n and _lower(PyUnicode_READ(kind, data, k)):
                        k += 1
                else:
                    i += 1
                    continue
                # "XMLHttp": the capitals and the lower-case run after them; "ABC"
                starts[count] = used
                count += 1
                while i < k:
                    code = <unsigned int>PyUnicode_READ(kind, data, i)
                    letters[used] = <char>(code + 32 if 65 <= code <= 90 else code)
                    used += 1
                    i += 1
            starts[count] = used
            pairs = used
            for index in range(2 * count - 1 if count else 0):
                if index < count:
                    self._token(letters, starts[index], starts[index + 1] - starts[index],
                                &mark, &bits)
                else:
                    k = index - count
                    memcpy(letters + pairs, letters + starts[k], starts[k + 2] - starts[k])
                    self._token(letters, pairs, starts[k + 2] - starts[k], &mark, &bits)
                flags |= bits
                if mark != _NO_MARK:
                    mark_name = self.marks[mark]
                    if mark_name not in found:
                        found.append(mark_name)
        finally:
            PyMem_Free(letters)
            PyMem_Free(starts)
        return found, flags


@cython.no_gc  # strings in a tuple, numbers: never part of a cycle
cdef class AttributeInfo:
    """``_html._AttributeInfo`` compiled: what the class/id/role/itemprop of an element
    say, read by the walk as C fields."""

    cdef readonly tuple marks
    cdef readonly double weight
    cdef readonly str classes
    cdef readonly bint caption
    cdef readonly bint credit
    cdef readonly bint figure


cdef class AttributeReader:
    """``_html._attribute_info`` compiled: an :class:`AttributeInfo` for each combination
    of class, id, role and itemprop, computed as ``_AttributeInfo.__init__`` does and
    cached (the cache is emptied when it reaches ``limit`` entries: bounded).

    ``bits`` are ``_html``'s flag bits (positive, negative, caption, credit, figure).
    """

    cdef object summary
    cdef frozenset hidden_classes
    cdef dict role_marks
    cdef long positive, negative, caption_bit, credit_bit, figure_bit
    cdef dict cache
    cdef Py_ssize_t limit
    cdef readonly AttributeInfo empty
    cdef object inline_kind_of
    cdef dict inline_cache

    def __init__(
        self, summary, hidden_classes, role_marks, bits, Py_ssize_t limit, inline_kind_of
    ):
        self.summary = summary
        self.hidden_classes = frozenset(hidden_classes)
        self.role_marks = dict(role_marks)
        self.positive, self.negative, self.caption_bit, self.credit_bit, self.figure_bit = bits
        self.cache = {}
        self.limit = limit
        self.empty = self._make("", "", "", "")
        self.inline_kind_of = inline_kind_of
        self.inline_cache = {}

    cdef int inline_kind(self, str classes) except -1:
        """``_html.inline_kind`` (the function given), cached like the infos."""
        found = self.inline_cache.get(classes)
        if found is None:
            if len(self.inline_cache) >= self.limit:
                self.inline_cache.clear()
            found = self.inline_kind_of(classes)
            self.inline_cache[classes] = found
        return found

    def __call__(self, str classes, str ident, str role, str itemprop):
        return self.get(classes, ident, role, itemprop)

    cdef AttributeInfo get(self, str classes, str ident, str role, str itemprop):
        key = (classes, ident, role, itemprop)
        info = self.cache.get(key)
        if info is not None:
            return <AttributeInfo>info
        if len(self.cache) >= self.limit:
            self.cache.clear()
        made = self._make(classes, ident, role, itemprop)
        self.cache[key] = made
        return made

    cdef AttributeInfo _make(self, str classes, str ident, str role, str itemprop):
        cdef AttributeInfo info = AttributeInfo.__new__(AttributeInfo)
        info.classes = classes
        found, bits = self.summary(classes + " " + ident)
        cdef long flags = bits
        if classes and not self.hidden_classes.isdisjoint(classes.lower().split()):
            found.append("hidden")
        role_mark = self.role_marks.get(role)
        if role_mark and role_mark not in found:
            found.append(role_mark)
        info.marks = tuple(found)
        weight = 0.0
        if flags & self.positive:
            weight += 25.0
        if flags & self.negative:
            weight -= 25.0
        if itemprop == "articlebody" or role == "main":
            weight += 50.0
        info.weight = weight
        info.caption = bool(flags & self.caption_bit) or itemprop == "caption"
        info.credit = bool(flags & self.credit_bit)
        info.figure = bool(flags & self.figure_bit)
        return info


@cython.no_gc  # strings and a tuple of them: never part of a cycle (one per element)
cdef class _Frame:
    """An open block-level element (``_html._Frame``, with the node's address)."""

    cdef public int id
    cdef object py_id  # id as the one int object all records of this element share
    cdef public str tag
    cdef public str ctx
    cdef public int level
    cdef public tuple marks
    cdef public int caption_id
    cdef public int figure_id
    cdef public double weight
    cdef public str classes
    cdef size_t node


cdef class Walker:
    """``_html._Walker`` compiled: same attributes after ``walk``, same records."""

    cdef frozenset skip
    cdef public int tick
    cdef public list buffer
    cdef public list link_buffer
    cdef public list frames
    cdef public list ids
    cdef public list raw
    cdef public list marked
    cdef public dict elements
    cdef list element_ids
    cdef list element_records
    cdef public list images
    cdef public list image_ticks
    cdef public dict natural_kind
    cdef public list metadata  # _metadata.metadata_records of the tree, read on the way
    cdef list last_chosen  # the last blocks' ancestors, as a list and as the tuple
    cdef tuple last_ancestors
    # spec, unpacked once
    cdef dict block_kinds
    cdef frozenset opens_frame
    cdef frozenset inline_plain
    cdef frozenset sticky_kinds
    cdef object mark_by_tag
    cdef dict tag_weight
    cdef AttributeReader attribute_reader
    cdef AttributeInfo empty_info
    cdef object hidden_style
    cdef object br_break
    cdef str br
    cdef int ancestor_depth
    cdef tuple image_attrs
    cdef tuple lazy_image_attrs
    cdef RecordMaker raw_block
    cdef object counts_as_link
    cdef tuple image_link_suffixes
    cdef frozenset image_tags
    cdef RecordMaker element_record
    cdef object check_deadline
    cdef dict actions

    def __init__(self, spec, frozenset skip=None):
        self.skip = spec.skip if skip is None else skip
        self.tick = 0
        self.buffer = []
        self.link_buffer = []
        self.frames = []
        self.ids = []
        self.raw = []
        self.marked = []
        self.elements = {}
        self.images = []
        self.image_ticks = []
        self.natural_kind = {}
        self.metadata = []
        self.last_chosen = []
        self.last_ancestors = ()
        # What the walk collects: records, numbers and strings, in containers it alone
        # fills (see untrack_container): a big page's hold hundreds of thousands.
        # (A dict tracks itself again when a record goes in: the elements are listed
        # during the walk, and made a dict once at its end.)
        self.element_ids = []
        self.element_records = []
        for container in (self.raw, self.marked, self.images, self.image_ticks,
                          self.element_ids, self.element_records):
            PyObject_GC_UnTrack(<PyObject*>container)
        self.block_kinds = dict(spec.block_kinds)
        self.opens_frame = spec.opens_frame
        self.inline_plain = spec.inline_plain
        self.sticky_kinds = spec.sticky_kinds
        self.mark_by_tag = dict(spec.mark_by_tag)
        self.tag_weight = dict(spec.tag_weight)
        self.attribute_reader = spec.attribute_reader
        self.empty_info = self.attribute_reader.empty
        self.hidden_style = spec.hidden_style
        self.br_break = spec.br_break
        self.br = spec.br
        self.ancestor_depth = spec.ancestor_depth
        self.image_attrs = tuple(attribute.encode("ascii") for attribute in spec.image_attrs)
        self.lazy_image_attrs = tuple(
            attribute.encode("ascii") for attribute in spec.lazy_image_attrs
        )
        self.raw_block = RecordMaker(spec.raw_block, spec.raw_block_fields)
        self.counts_as_link = spec.counts_as_link
        self.image_link_suffixes = tuple(
            suffix.encode("ascii") for suffix in spec.image_link_suffixes
        )
        self.image_tags = frozenset(spec.image_tags)
        self.element_record = RecordMaker(spec.element, spec.element_fields)
        self.check_deadline = spec.check_deadline
        self.actions = {}

    cdef tuple _lookup(self, xmlNode* node):
        """The tag and its action; cached by the interned name of un-namespaced tags."""
        if node.ns is not NULL:
            tag = _tag_of(node)
            return (tag, self._action(tag))
        name = <size_t>node.name
        found = self.actions.get(name)
        if found is None:
            tag = _tag_of(node)
            found = self.actions[name] = (tag, self._action(tag))
        return <tuple>found

    cdef int _action(self, str tag):
        if tag in self.skip:
            return SKIP
        if tag in self.opens_frame:
            return FRAME
        if tag == "br":
            return BR
        if tag in self.image_tags:
            return IMG
        if tag in self.inline_plain:
            return PLAIN
        if tag == "a":
            return LINK
        return INLINE

    # -- text ---------------------------------------------------------------------
    cdef void flush(self, _Frame frame) except *:
        cdef list pieces
        cdef int link = 0
        cdef bint own_block
        cdef Py_ssize_t count
        cdef Py_UCS4 br_char = self.br[0]
        raw = "".join(self.buffer)
        self.buffer.clear()
        if self.link_buffer:
            for part in self.link_buffer:
                link += len(<str>part)
            self.link_buffer.clear()
        if raw.isspace():  # indentation between tags
            return
        pieces = self.br_break.split(raw) if self.br in raw else [raw]
        own_block = frame.tag in self.block_kinds
        count = len(self.ids)
        depth = self.ancestor_depth
        if own_block:
            chosen = self.ids[max(count - depth - 1, 0) : max(count - 1, 0)]
        else:
            chosen = self.ids[max(count - depth, 0) :]
        chosen.reverse()
        # Text right inside an element, before any child: at the element's own position.
        pos = frame.py_id if self.tick == frame.id else self.tick
        if chosen == self.last_chosen:  # sibling blocks: one tuple for all
            ancestors = self.last_ancestors
        else:
            ancestors = tuple(chosen)
            self.last_chosen = chosen
            self.last_ancestors = ancestors
        for piece in pieces:
            text = _collapse(<str>piece, br_char)
            if not text:
                continue
            if len(pieces) == 1:
                share = min(link, len(text))
            else:
                share = min(link, len(text)) // 2
            kind = frame.ctx
            if kind == "caption" or kind == "credit":
                self.natural_kind[len(self.raw)] = self.block_kinds.get(frame.tag, "paragraph")
            record = self.raw_block.make((
                kind, text, frame.level, frame.tag, share, frame.marks, pos,
                ancestors, frame.caption_id,
            ))  # taken off the GC's list: strings, numbers, tuples make no cycle
            self.raw.append(record)

    cdef inline void add_text(self, const_xmlChar* content, int link_depth) except *:
        if content is NULL or content[0] == 0:
            return
        text = _decode(content)
        if link_depth:
            self.buffer.append(text)
            self.link_buffer.append(text)
        elif self.buffer or not text.isspace():  # leading indentation: never a block
            self.buffer.append(text)

    # -- elements -----------------------------------------------------------------
    cdef void open(self, xmlNode* node, str tag) except *:
        cdef _Frame parent = self.frames[-1]
        cdef _Frame frame
        cdef bint hidden = False
        if self.buffer:
            self.flush(parent)
        self.tick += 1
        cdef AttributeInfo info = self.empty_info
        if node.properties is not NULL:
            classes = _value(node, "class") or ""
            ident = _value(node, "id") or ""
            role = _value(node, "role")
            itemprop = _value(node, "itemprop")
            role = role.lower() if role else ""
            itemprop = itemprop.lower() if itemprop else ""
            if classes or ident or role or itemprop:
                info = self.attribute_reader.get(classes, ident, role, itemprop)
            style = _value(node, "style")
            hidden = _attribute(node, "hidden") is not NULL or bool(
                style and self.hidden_style.search(style)
            )
        own_marks = info.marks
        tag_mark = self.mark_by_tag.get(tag)
        if tag_mark:
            own_marks = (*own_marks, tag_mark)
        if hidden:
            own_marks = (*own_marks, "hidden")
        marks = parent.marks
        if own_marks:
            marks = marks + tuple([(mark, self.tick) for mark in own_marks])
            self.marked.append(self.tick)

        natural = self.block_kinds.get(tag)
        caption_id = parent.caption_id
        if parent.ctx in self.sticky_kinds and natural != "heading":
            ctx = parent.ctx
            if caption_id >= 0 and info.credit:
                ctx = "credit"
        elif natural is not None:
            ctx = natural
        else:
            ctx = "paragraph"
        if (info.caption or tag == "figcaption") and caption_id < 0:
            ctx = "caption"
            caption_id = self.tick
        figure_id = self.tick if tag == "figure" or info.figure else parent.figure_id
        if figure_id >= 0 and node.properties is not NULL:
            self.note_image(node, True)
        level = int(tag[1]) if natural == "heading" else 0
        frame = _Frame.__new__(_Frame)
        frame.id = self.tick
        frame.py_id = self.tick
        frame.tag = tag
        frame.ctx = ctx
        frame.level = level
        frame.marks = marks
        frame.caption_id = caption_id
        frame.figure_id = figure_id
        frame.weight = info.weight + self.tag_weight.get(tag, 0.0)
        frame.classes = info.classes
        frame.node = <size_t>node
        self.frames.append(frame)
        self.ids.append(frame.py_id)

    cdef void close(self, _Frame frame) except *:
        cdef _Frame parent
        if self.buffer:
            self.flush(frame)
        self.frames.pop()
        self.ids.pop()
        self.tick += 1
        parent = self.frames[-1]
        self.element_ids.append(frame.py_id)
        self.element_records.append(self.element_record.make(
            (frame.py_id, self.tick, frame.tag, parent.py_id,
             _NO_WEIGHT if frame.weight == 0.0 else frame.weight, frame.classes)
        ))

    cdef bint is_link(self, xmlNode* node) except -1:
        """``_html.counts_as_link(element.get("href"))``, on the attribute's bytes.

        An href of one plain ASCII text node is read here; anything else (entities,
        characters beyond ASCII at its end) is left to the Python rule.
        """
        cdef xmlAttr* attribute = _attribute(node, "href")
        cdef xmlNode* child
        cdef const unsigned char* value
        cdef const unsigned char* suffix
        cdef Py_ssize_t end = 0, size, k
        cdef bytes entry
        if attribute is NULL:
            return False
        child = attribute.children
        if child is NULL or child.next is not NULL or child.content is NULL:
            return self.counts_as_link(_value(node, "href"))
        value = <const unsigned char*>child.content
        while value[end] != 0 and value[end] != 0x3F and value[end] != 0x23:  # '?', '#'
            end += 1
        while end > 0 and (value[end - 1] == 0x20 or 0x09 <= value[end - 1] <= 0x0D
                           or 0x1C <= value[end - 1] <= 0x1F):  # what str.rstrip strips
            end -= 1
        if end > 0 and value[end - 1] >= 0x80:
            return self.counts_as_link(_value(node, "href"))
        for entry in self.image_link_suffixes:
            suffix = <const unsigned char*>(<char*>entry)
            size = len(entry)
            if size > end:
                continue
            for k in range(size):
                if value[end - size + k] >= 0x80:
                    return self.counts_as_link(_value(node, "href"))
                if (value[end - size + k] | 0x20 if 0x41 <= value[end - size + k] <= 0x5A
                        else value[end - size + k]) != suffix[k]:
                    break
            else:
                return False
        return True

    cdef void note_image(self, xmlNode* node, bint lazy=False) except *:
        cdef bytes attribute
        cdef const char* alt_name = b"data-alt" if lazy else b"alt"
        for attribute in (self.lazy_image_attrs if lazy else self.image_attrs):
            source = _value(node, attribute)
            if source and not source.startswith("data:"):
                self.images.append((self.tick, source.strip(), _value(node, alt_name)))
                self.image_ticks.append(self.tick)
                return

    cdef int inline_kind(self, xmlNode* node) except -1:
        """``_html.inline_kind`` of the node's class attribute (0 without one)."""
        classes = _value(node, "class")
        if not classes:
            return 0
        return self.attribute_reader.inline_kind(classes)

    # -- walk ---------------------------------------------------------------------
    def walk(self, cetree._Element root not None):
        cdef xmlNode* top = root._c_node
        cdef xmlNode* node = top
        cdef int link_depth = 0
        cdef int action
        cdef int inline
        cdef size_t events = 0
        cdef bint descend
        cdef _Frame root_frame = _Frame.__new__(_Frame)
        if top is NULL:
            raise ValueError("an element that belongs to no document")
        root_frame.id = 0
        root_frame.py_id = 0
        root_frame.tag = "#root"
        root_frame.ctx = "paragraph"
        root_frame.level = 0
        root_frame.marks = ()
        root_frame.caption_id = -1
        root_frame.figure_id = -1
        root_frame.weight = 0.0
        root_frame.classes = ""
        root_frame.node = 0
        self.frames.append(root_frame)
        while True:
            # start of a node
            descend = False
            if node.type == tree.XML_ELEMENT_NODE:
                if not events % DEADLINE_EVERY:  # one count per element, so it comes round
                    self.check_deadline("walking the HTML tree")
                events += 1
                tag, action = self._lookup(node)
                _note_metadata(node, self.metadata)
                if action == SKIP:
                    if node.children is not NULL:  # (a <meta> in a <noscript>)
                        _collect_metadata(node, False, self.metadata)
                else:
                    descend = True
                    inline = INLINE_TEXT
                    if action == INLINE or action == LINK:
                        inline = self.inline_kind(node)
                    # (Not a link: its end would then close a link that never opened.)
                    if inline == INLINE_SKIP and action == INLINE:
                        descend = False
                        if node.children is not NULL:  # (a <time> in it)
                            _collect_metadata(node, False, self.metadata)
                    elif action == FRAME or inline == INLINE_FRAME:
                        self.open(node, tag)
                    elif action == BR:
                        self.buffer.append(self.br)
                    elif action == LINK:
                        if self.is_link(node):
                            link_depth += 1
                    elif action == IMG:
                        self.note_image(node)
            elif node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
                self.add_text(node.content, link_depth)
            # comments, processing instructions, entity references: no text of their own

            if descend and node.children is not NULL:
                node = node.children
                continue
            # end of the node, then of every ancestor that has no next sibling
            while True:
                if node.type == tree.XML_ELEMENT_NODE:
                    if (<_Frame>self.frames[-1]).node == <size_t>node:
                        self.close(self.frames[-1])
                    elif link_depth:
                        tag, action = self._lookup(node)
                        if action == LINK and self.is_link(node):
                            link_depth -= 1
                if node == top:
                    break
                if node.next is not NULL:
                    break
                node = node.parent
            if node == top:
                break
            node = node.next
        # the root's own tail, as iterwalk gives it at the root's end event
        node = top.next
        while node is not NULL and (
            node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE
        ):
            self.add_text(node.content, link_depth)
            node = node.next
        if self.buffer:
            self.flush(root_frame)
        self.elements = dict(zip(self.element_ids, self.element_records))
        PyObject_GC_UnTrack(<PyObject*>self.elements)
        self.element_ids = []
        self.element_records = []


# ----------------------------------------------------------------- metadata
cdef inline bint _named(xmlNode* node, const char* name) noexcept:
    return node.ns is NULL and strcmp(<const char*>node.name, name) == 0


cdef object _leading_text(xmlNode* node):
    """lxml's ``element.text``: the text and CDATA children before any other child."""
    cdef xmlNode* child = node.children
    parts = []
    while child is not NULL and (
        child.type == tree.XML_TEXT_NODE or child.type == tree.XML_CDATA_SECTION_NODE
    ):
        if child.content is not NULL:
            parts.append(_decode(child.content))
        child = child.next
    return "".join(parts) if parts else None


cdef inline xmlNode* _next_within(xmlNode* node, xmlNode* top, bint descend) noexcept:
    """The node after ``node`` in document order inside ``top`` (its first child if
    ``descend``), or NULL past ``top``'s last descendant. No recursion: markup may nest
    deeply."""
    if descend and node.children is not NULL:
        return node.children
    while node != top and node.next is NULL:
        node = node.parent
    return NULL if node == top else node.next


cdef str _all_text(xmlNode* top):
    """``"".join(element.itertext())``: every text node under ``top``, in order."""
    cdef xmlNode* node = top.children
    parts = []
    while node is not NULL:
        if node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
            if node.content is not NULL:
                parts.append(_decode(node.content))
        node = _next_within(node, top, node.type == tree.XML_ELEMENT_NODE)
    return "".join(parts)


cdef int _note_metadata(xmlNode* node, list records) except -1:
    """Add the record of one element that metadata is read from (none for the others:
    the first letter of the name rules out most elements before any comparison)."""
    cdef char first = (<const char*>node.name)[0]
    if node.ns is not NULL or not (
        first == b"m" or first == b"l" or first == b"t" or first == b"s" or first == b"h"
        or first == b"a"
    ):
        return 0
    if _named(node, "meta"):
        records.append((
            "meta",
            _value(node, "property") or _value(node, "name") or _value(node, "itemprop")
            or _value(node, "http-equiv") or "",
            _value(node, "content"),
        ))
    elif _named(node, "a"):
        if _value(node, "rel") == "author":
            records.append(("author", _all_text(node), None))
    elif _named(node, "link"):
        records.append(("link", _value(node, "rel"), _value(node, "href")))
    elif _named(node, "title"):
        records.append(("title", _leading_text(node), None))
    elif _named(node, "script"):
        kind = _value(node, "type")
        if kind and kind.lower() == "application/ld+json":
            records.append(("script", _leading_text(node), None))
    elif _named(node, "h1"):
        records.append(("h1", _all_text(node), None))
    elif _named(node, "time"):
        records.append(("time", _value(node, "datetime"), None))
    return 0


cdef int _collect_metadata(xmlNode* top, bint with_top, list records) except -1:
    """The records of the elements under ``top`` (and of ``top`` itself if asked), in
    document order."""
    cdef xmlNode* node = top.children
    if with_top:
        _note_metadata(top, records)
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE:
            _note_metadata(node, records)
        node = _next_within(node, top, node.type == tree.XML_ELEMENT_NODE)
    return 0


def metadata_records(cetree._Element root not None):
    """``_metadata.metadata_records`` compiled: the same records, read from libxml2's
    structs (no Python proxy per element). The walk collects them as it goes
    (``Walker.metadata``); this is for a tree that is not walked."""
    cdef list records = []
    if root._c_node is NULL:
        raise ValueError("an element that belongs to no document")
    _collect_metadata(root._c_node, True, records)
    return records
