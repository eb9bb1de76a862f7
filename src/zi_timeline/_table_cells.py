"""The cells of a long table's rows, read on the fast path: each stage and date text once per table.

A well-formed row (a known stage and a clean date or start/end) becomes a `Milestone`
here directly; any other row goes down the general path of `zi_timeline._structure`,
which names its problems.
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Sequence

from zi_timeline._dates import DateSpan
from zi_timeline._headers import ROW_FIELDS, UNIT_FIELDS
from zi_timeline._parse import parse_date, weekday_mismatch
from zi_timeline._schedule import Milestone, Origin
from zi_timeline._stages import Stage, parse_stage, stage_vocabulary
from zi_timeline._structure import _optional_text
from zi_timeline._table_files import Table
from zi_timeline.exceptions import ZiTimelineError

__all__ = [
    "ROW_FIELD_SET",
    "UNIT_FIELD_SET",
    "RowCache",
    "cell_value",
    "fast_milestone",
    "is_empty",
    "row_cells",
    "unit_name",
]


def cell_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip() or None
    return value


def unit_name(value: object) -> object:
    """A satker cell as a name: a whole number (a unit code, ``418422`` or pandas' ``418422.0``) as its digits.

    Text is kept; anything else (a fraction, a date, a boolean) is passed on as it is, to be refused
    with its value quoted rather than guessed into a name.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_SIMPLE = (frozenset({"stage", "date"}), frozenset({"stage", "start", "end"}))
_TEXT_FIELDS = frozenset({"note", "participants"})
UNIT_FIELD_SET, ROW_FIELD_SET = frozenset(UNIT_FIELDS), frozenset(ROW_FIELDS)


def fast_milestone(cells: dict[str, tuple[object, int]], cache: RowCache, number: int) -> Milestone | None:
    """A well-formed row read directly; None sends it down the general path, which names problems."""
    if (cells.keys() & ROW_FIELD_SET) - _TEXT_FIELDS not in _SIMPLE:
        return None
    stage = cache.stage(cells["stage"][0])
    if stage is None:
        return None
    if "date" in cells:
        span = cache.date(cells["date"][0])
    else:
        first, last = cache.date(cells["start"][0]), cache.date(cells["end"][0])
        if first is None or last is None or last.end < first.start:
            return None
        span = DateSpan(first.start, last.end, max(first.precision, last.precision, key=lambda p: p.rank))
    if span is None:
        return None
    note, participants = cells.get("note"), cells.get("participants")
    table = cache.table
    return Milestone(
        stage,
        span,
        note=None if note is None else _optional_text(note[0]),
        participants=None if participants is None else _optional_text(participants[0]),
        origin=Origin(file=table.file, sheet=table.sheet, row=number),
    )


class RowCache:
    """One table's readings of stage and date cells, by value: a portfolio repeats the same
    few stage names and the same days in thousands of rows, so each text is read once.

    A value the fast path cannot take whole (an unknown stage, a bad date, a weekday that
    disagrees with its day) is remembered as None, and its row goes down the general path,
    which reports it.
    """

    _LIMIT = 1 << 16  # distinct texts kept per table: a hostile file of all-different cells stays bounded

    def __init__(self, table: Table) -> None:
        self.table = table
        self._stages: dict[object, Stage | None] = {}
        self._dates: dict[object, DateSpan | None] = {}
        self._known: dict[str, Stage | None] = {}
        self._match = stage_vocabulary(table.aliases).match

    def known(self, value: str) -> Stage | None:
        """The stage a cell names by the vocabulary (user's words included), or None."""
        try:
            return self._known[value]
        except KeyError:
            found = self._match(value)
            if len(self._known) < self._LIMIT:
                self._known[value] = found
            return found

    def stage(self, value: object) -> Stage | None:
        try:
            return self._stages[value]
        except KeyError:
            pass
        except TypeError:  # an unhashable cell value: the general path says what it is
            return None
        try:
            found: Stage | None = parse_stage(value, self.table.aliases)
        except ZiTimelineError:
            found = None
        if len(self._stages) < self._LIMIT:
            self._stages[value] = found
        return found

    def date(self, value: object) -> DateSpan | None:
        try:
            return self._dates[value]
        except KeyError:
            pass
        except TypeError:
            return None
        try:
            found: DateSpan | None = parse_date(value)
        except ZiTimelineError:
            found = None
        if found is not None and weekday_mismatch(value, found) is not None:
            found = None  # the general path reports it
        if len(self._dates) < self._LIMIT:
            self._dates[value] = found
        return found


def row_cells(values: Sequence[object], fields: list[tuple[int, str]]) -> dict[str, tuple[object, int]]:
    """The non-empty field cells of a row (CSV cells are text: the fast path)."""
    out: dict[str, tuple[object, int]] = {}
    width = len(values)
    for index, field in fields:
        if index >= width:
            continue
        value = values[index]
        if isinstance(value, str):
            value = value.strip()
            if value:
                out[field] = (value, index)
        elif value is not None:
            out[field] = (cell_value(value), index)
    return out
