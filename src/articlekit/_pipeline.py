"""An ordered, immutable list of named filters, run as a left fold over a page.

Editing a pipeline returns a new one (``add``, ``without``, ``replace``), so the
default pipeline can be shared freely, between threads and worker processes alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final, cast, overload

import regex
from pydantic import TypeAdapter

from articlekit._blocks import Block, Page
from articlekit._gc import BATCH, settle_container, validated
from articlekit._limits import check_deadline
from articlekit._model import Removal
from articlekit._protocol import Drop, Filter, Verdict
from articlekit._registry import get_filter
from articlekit._speedups import compiled, model_maker
from articlekit.errors import DuplicateFilterError, FilterError, PipelineError, UnknownFilterError

__all__ = ["Pipeline", "RunResult", "filter_name"]

_REASON: Final = regex.compile(r"^[a-z][a-z0-9_]*$")
# Removals are validated as one list: several times cheaper per item than one by one.
_REMOVALS: Final = TypeAdapter(list[Removal])
_CWALK: Final = compiled("_cwalk")
_MAKE_REMOVAL: Final = model_maker(Removal)
# A removal's fields in Removal's order (filter, reason, text, kind, detail, index), as
# the pipeline gathers them, and the model's own field types: values of exactly these
# need no validation.
_RemovalFields = tuple[str, str, str, str, str, int]
_REMOVAL_TYPES: Final = tuple(
    cast(type, field.annotation) for field in Removal.model_fields.values()
)


def filter_name(filter: Filter) -> str:
    """The name a filter goes by: its ``name`` attribute, else its ``__name__``."""
    name = getattr(filter, "name", None) or getattr(filter, "__name__", None)
    if not isinstance(name, str) or not name or name == "<lambda>":
        raise PipelineError(
            f"cannot name filter {filter!r}: give it a 'name' attribute or pass name="
        )
    return name


@dataclass(frozen=True, slots=True)
class RunResult:
    """A page after the pipeline, and every removal in the order it happened."""

    page: Page
    removals: tuple[Removal, ...]


class Pipeline:
    """Named filters in order.

    Args:
        filters: Filters, or names of registered filters, in the order they run.

    Raises:
        DuplicateFilterError: two filters have the same name.

    Example:
        >>> pipeline = default_pipeline().add(my_filter, after="comments")
        >>> article = clean(html, pipeline=pipeline)
    """

    __slots__ = ("_steps",)

    def __init__(self, filters: Iterable[Filter | str | tuple[str, Filter]] = ()) -> None:
        steps: list[tuple[str, Filter]] = []
        for item in filters:
            if isinstance(item, tuple):
                name, step = item
            elif isinstance(item, str):
                name, step = item, get_filter(item)
            else:
                name, step = filter_name(item), item
            if not callable(step):
                raise PipelineError(f"filter {name!r} is not callable")
            steps.append((name, step))
        names = [name for name, _ in steps]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise DuplicateFilterError(f"pipeline has duplicate filter names: {duplicates}")
        self._steps: tuple[tuple[str, Filter], ...] = tuple(steps)

    # -- reading ------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        """The filter names, in order."""
        return [name for name, _ in self._steps]

    def __len__(self) -> int:
        return len(self._steps)

    def __iter__(self) -> Iterator[Filter]:
        return (step for _, step in self._steps)

    def __contains__(self, name: object) -> bool:
        return any(name == step_name for step_name, _ in self._steps)

    @overload
    def __getitem__(self, key: int | str) -> Filter: ...
    @overload
    def __getitem__(self, key: slice) -> Pipeline: ...
    def __getitem__(self, key: int | str | slice) -> Filter | Pipeline:
        if isinstance(key, slice):
            return Pipeline(self._steps[key])
        if isinstance(key, str):
            return self._steps[self._index(key)][1]
        return self._steps[key][1]

    def __repr__(self) -> str:
        return f"Pipeline({self.names!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self._steps == other._steps

    def __hash__(self) -> int:
        return hash(self._steps)

    def __getstate__(self) -> tuple[tuple[str, Filter], ...]:
        return self._steps

    def __setstate__(self, state: tuple[tuple[str, Filter], ...]) -> None:
        self._steps = state

    def _index(self, name: str) -> int:
        for index, (step_name, _) in enumerate(self._steps):
            if step_name == name:
                return index
        raise UnknownFilterError(name, self.names)

    # -- editing (each returns a new pipeline) ------------------------------------
    def add(
        self,
        filter: Filter | str,
        *,
        name: str | None = None,
        before: str | None = None,
        after: str | None = None,
        first: bool = False,
    ) -> Pipeline:
        """Return a pipeline with ``filter`` added (last, unless placed otherwise).

        Args:
            filter: The filter, or the name of a registered one.
            name: The name to give it (default: its own name).
            before: Put it just before the filter with this name.
            after: Put it just after the filter with this name.
            first: Put it first.

        Raises:
            PipelineError: more than one of ``before``, ``after`` and ``first``.
            UnknownFilterError: ``before`` or ``after`` names no filter here.
        """
        if sum((before is not None, after is not None, first)) > 1:
            raise PipelineError("give at most one of before=, after= and first=")
        step = get_filter(filter) if isinstance(filter, str) else filter
        step_name = name or (filter if isinstance(filter, str) else filter_name(step))
        steps = list(self._steps)
        if before is not None:
            position = self._index(before)
        elif after is not None:
            position = self._index(after) + 1
        else:
            position = 0 if first else len(steps)
        steps.insert(position, (step_name, step))
        return Pipeline(steps)

    def without(self, *names: str) -> Pipeline:
        """Return a pipeline without the named filters.

        Raises:
            UnknownFilterError: a name is not in this pipeline.
        """
        for name in names:
            self._index(name)
        return Pipeline(step for step in self._steps if step[0] not in names)

    def replace(self, name: str, filter: Filter | str) -> Pipeline:
        """Return a pipeline with the filter called ``name`` swapped for another.

        The replacement runs under its own name.
        """
        index = self._index(name)
        step = get_filter(filter) if isinstance(filter, str) else filter
        step_name = filter if isinstance(filter, str) else filter_name(step)
        steps = list(self._steps)
        steps[index] = (step_name, step)
        return Pipeline(steps)

    # -- running ------------------------------------------------------------------
    def run(self, page: Page) -> RunResult:
        """Run every filter in order; return the final page and all removals.

        Raises:
            FilterError: a filter raised, or returned something that is not a valid
                verdict for the page it was given.
            CleaningTimeoutError: the time budget of the running ``clean`` call ran out
                (checked before each filter).
        """
        removals: list[_RemovalFields] = []  # made into models at once, at the end
        settle_container(removals)
        by_index = _index(page.blocks)  # kept up to date
        settle_container(by_index)
        for name, step in self._steps:
            check_deadline(f"running filter {name!r}")
            try:
                result = step(page)
            except Exception as error:
                raise FilterError(name, f"raised {type(error).__name__}: {error}") from error
            page = _apply(name, page, result, removals, by_index)
        return RunResult(page=page, removals=_removal_models(removals))


def _removal_models(removals: list[_RemovalFields]) -> tuple[Removal, ...]:
    """The removals as models, in order.

    Compiled, a removal is made without validation when its values have exactly the
    types the model checks (reasons and details are checked as verdicts are applied;
    a filter written by a user can make a Block of any text, kind or index), and
    validated otherwise. Without the compiled maker, they are validated in batches,
    each settled (see ``_gc``).
    """
    models: list[Removal] = []
    settle_container(models)
    if _MAKE_REMOVAL is not None:
        fields_set = set(Removal.model_fields)  # one for the article: see ModelMaker
        made = _MAKE_REMOVAL.make_all(removals, fields_set, _REMOVAL_TYPES)
        models += [
            Removal.model_validate(_as_dict(fields)) if model is None else model
            for model, fields in zip(made, removals, strict=True)
        ]
    else:
        for start in range(0, len(removals), BATCH):
            batch = removals[start : start + BATCH]
            models += validated(_REMOVALS, [_as_dict(fields) for fields in batch])
    result: tuple[Removal, ...] = tuple(models)
    settle_container(result)
    return result


def index_blocks(blocks: tuple[Block, ...]) -> dict[int, Block]:
    """The blocks by index (``_cwalk.index_blocks`` is the compiled twin)."""
    return {block.index: block for block in blocks}


_index: Final[Callable[[tuple[Block, ...]], dict[int, Block]]] = (
    index_blocks if _CWALK is None else _CWALK.index_blocks
)


def _drops_by_index(
    name: str, drops: Sequence[object], by_index: dict[int, Block]
) -> dict[int, Drop]:
    """The drops by block index, each checked: a Drop, of a block of the page, once,
    with a snake_case reason and a string detail.

    Compiled, the common case (drops of the very blocks on the page, reasons and
    details plain strings) is checked in C, and only each distinct reason here.
    """
    if _CWALK is not None:
        found = _CWALK.collect_drops(drops, by_index, Drop)
        if found is not None:
            dropped, distinct = found
            for reason in distinct:
                if not _REASON.match(reason):
                    raise FilterError(name, f"reason {reason!r} is not a snake_case code")
            checked: dict[int, Drop] = dropped
            return checked
    dropped = {}
    reasons: set[str] = set()  # checked already
    for drop in drops:
        if not isinstance(drop, Drop):
            raise FilterError(name, f"returned {type(drop).__name__} where a Drop belongs")
        original = by_index.get(drop.block.index)
        if original is not drop.block and original != drop.block:
            raise FilterError(
                name, f"dropped a block that is not on the page: {drop.block.text[:60]!r}"
            )
        if drop.block.index in dropped:
            raise FilterError(name, f"dropped the same block twice: {drop.block.text[:60]!r}")
        if drop.reason not in reasons:
            if not isinstance(drop.reason, str) or not _REASON.match(drop.reason):
                raise FilterError(name, f"reason {drop.reason!r} is not a snake_case code")
            reasons.add(drop.reason)
        if not isinstance(drop.detail, str):
            raise FilterError(name, f"detail {drop.detail!r} is not a string")
        dropped[drop.block.index] = drop
    return dropped


def split_blocks(
    blocks: tuple[Block, ...],
    dropped: dict[int, Drop],
    replaced: dict[int, Block],
    name: str,
    removals: list[_RemovalFields],
) -> tuple[Block, ...]:
    """The blocks kept, relabelled ones replaced; each dropped one's removal fields
    appended to ``removals`` (``_cwalk.split_blocks`` is the compiled twin)."""
    kept: list[Block] = []
    for block in blocks:
        drop = dropped.get(block.index)
        if drop is None:
            kept.append(replaced.get(block.index, block))
        else:
            removals.append((name, drop.reason, block.text, block.kind, drop.detail, block.index))
    return tuple(kept)


_split: Final[
    Callable[
        [tuple[Block, ...], dict[int, Drop], dict[int, Block], str, list[_RemovalFields]],
        tuple[Block, ...],
    ]
] = split_blocks if _CWALK is None else _CWALK.split_blocks


def _as_dict(fields: _RemovalFields) -> dict[str, object]:
    return dict(zip(Removal.model_fields, fields, strict=True))


def _apply(
    name: str,
    page: Page,
    result: object,
    removals: list[_RemovalFields],
    by_index: dict[int, Block],
) -> Page:
    """Check a filter's verdict against its page and apply it.

    ``by_index`` holds the page's blocks by index; it is updated to the new page's, so
    that a long pipeline over a big page does not rebuild it at every filter.
    """
    if isinstance(result, Verdict):
        drops: Sequence[object] = result.drops
        relabels: Sequence[object] = result.relabels
    elif result is None or isinstance(result, (str, bytes, Page)):
        raise FilterError(name, f"returned {type(result).__name__}, expected a Verdict")
    else:
        try:
            drops = tuple(cast(Iterable[object], result))
        except TypeError:
            raise FilterError(
                name, f"returned {type(result).__name__}, expected a Verdict"
            ) from None
        relabels = ()
    if not drops and not relabels:
        return page
    dropped = _drops_by_index(name, drops, by_index)
    replaced: dict[int, Block] = {}
    for block in relabels:
        if not isinstance(block, Block):
            raise FilterError(name, f"relabelled {type(block).__name__}, not a Block")
        original = by_index.get(block.index)
        if original is None or original.text != block.text:
            raise FilterError(name, "relabelled a block it was not given, or changed its text")
        replaced[block.index] = block
    for index in dropped:
        del by_index[index]
    by_index.update(replaced)
    blocks = _split(page.blocks, dropped, replaced, name, removals)
    settle_container(blocks)
    return page.with_blocks(blocks)
