"""Where one unit's rows end in a long table with a ``No`` column, and what to say when a name is missing.

Office sheets number their satker in a ``No`` column, merged over the unit's rows, so a
CSV or an unmerged sheet carries the number on the unit's first row only. A row with a
new number therefore starts a new unit even when its satker cell is empty: its rows are
never attached to the unit above. The same column sometimes numbers every row instead
(a flat list, or satker cells merged over rows numbered 1, 2, 3); the table's own rows
tell which (`Numbering`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from zi_timeline._dates import DateSpan
from zi_timeline._i18n import Text, short_repr
from zi_timeline._layout import row_ranges
from zi_timeline._schedule import Milestone, Origin, Problem
from zi_timeline._sheet_notes import Sheet, column_letters
from zi_timeline._stages import Stage
from zi_timeline._table_cells import UNIT_FIELD_SET, cell_value, is_empty, unit_name
from zi_timeline._table_files import Table
from zi_timeline.exceptions import LoadWarning

__all__ = ["Blocks", "Numbering", "Unit", "is_open_period", "joined_warning", "open_end", "peek", "set_unit_field"]


def number_text(values: Sequence[object], index: int | None) -> str | None:
    """The ``No`` cell of a row as text (``3``, ``3.0`` and ``"3"`` alike), or None when empty."""
    if index is None or index >= len(values) or is_empty(values[index]):
        return None
    return str(cell_value(values[index])).strip()


_MAX_JOINED = 10_000  # rows named in the warning about a No column that numbers rows


class Numbering:
    """Whether a table's ``No`` column numbers units (a new number: a new unit) or rows.

    Evidence from the rows read so far decides: a row that continues a unit without a
    number (and without a name) shows that numbers mark units; two rows in a row with new
    numbers and no name show that every row is numbered. Until one is seen, the next row
    decides, and without it a new number starts a new unit (said in a finding, never a guess).
    """

    def __init__(self) -> None:
        self.units = False
        self.rows = False
        self._last_unnamed_number = False  # the previous row had a new number and no name

    def seen(self, *, named: bool, numbered: bool, new_number: bool) -> None:
        """Record a row: *numbered* when its ``No`` cell is filled, *new_number* when that differs."""
        if not named and not numbered:
            self.units = True
        if not named and new_number and self._last_unnamed_number:
            self.rows = True
        self._last_unnamed_number = not named and new_number

    def starts_unit(self, following: tuple[bool, bool] | None) -> bool:
        """Whether a row with a new number and no name starts a unit.

        *following* is the next row's (named, numbered), None after the last row.
        """
        if self.units:
            return True
        if self.rows or self._last_unnamed_number:  # this row and the one before: every row is numbered
            return False
        if following is not None:
            named, numbered = following
            if not named and numbered:  # the next row is numbered and unnamed too: every row is numbered
                return False
        return True


def _where(table: Sheet, row: int, column: int | None) -> Origin:
    if column is None:
        return Origin(file=table.file, sheet=table.sheet, row=row)
    return Origin(
        file=table.file, sheet=table.sheet, row=row, column=column_letters(column), field=table.headers[column]
    )


def row_text(values: Sequence[object]) -> str:
    """The row's filled cells, quoted short: what the user sees of it."""
    return short_repr(" | ".join(str(cell_value(v)) for v in values if not is_empty(v)))


def no_name(table: Sheet, row: int, column: int | None, number: str | None, shown: str) -> Problem:
    """Rows without a satker name, kept as their own unit: a ZI903 naming the row."""
    if number is not None:
        text = Text(
            f"baris {row} memulai No. {number} tetapi kolom satkernya kosong ({shown}); baris-barisnya dilaporkan "
            "sebagai satker tanpa nama, tidak digabung dengan satker di atasnya. Isi nama satkernya",
            f"row {row} starts No. {number} but its unit cell is empty ({shown}); its rows are reported as an "
            "unnamed unit, not joined to the unit above. Fill in the unit's name",
        )
    else:
        text = Text(
            f"baris {row} tidak punya nama satker ({shown}) dan tidak ada satker di atasnya; baris-barisnya "
            "dilaporkan sebagai satker tanpa nama. Isi nama satkernya",
            f"row {row} has no unit name ({shown}) and no unit above it; its rows are reported as an unnamed "
            "unit. Fill in the unit's name",
        )
    return Problem("ZI903", text, shown, origin=_where(table, row, column))


def late_name(table: Sheet, rows: tuple[int, int], column: int | None, number: str, name: str) -> Problem:
    """A numbered block whose name is on a later row (``No`` merged over two rows): named, and said so."""
    first, row = rows
    lines = f"{first}-{row}"
    return Problem(
        "ZI903",
        Text(
            f"No. {number} dimulai di baris {first} dengan kolom satker kosong; nama {short_repr(name)} di baris "
            f"{row} dipakai untuk baris {lines} (dibaca sebagai sel No yang digabung). Jika benar, tulis namanya di "
            f"baris {first}; jika bukan, isi nama satker baris {first}",
            f"No. {number} starts on row {first} with an empty unit cell; the name {short_repr(name)} on row {row} "
            f"is used for rows {lines} (read as a merged No cell). If that is right, write the name on row "
            f"{first}; if not, fill in the unit's name on row {first}",
        ),
        short_repr(name),
        origin=_where(table, first, column),
    )


# Stages that are a period by nature (DOMAIN.md: pembangunan is "a span, months long").
_PERIODS = frozenset({Stage.PEMBANGUNAN})


def is_open_period(stage: Stage | None, start: DateSpan | None) -> bool:
    """A period stage (pembangunan) given a start day and no end: its end is unknown, not that day.

    Kanwil sheets with ``Mulai | Selesai`` leave ``Selesai`` empty for a one-day activity
    (``Pencanangan``: 22/01/2024, a sosialisasi) and for a start that is a period itself
    (``Triwulan IV 2023``): those are read as written.
    """
    return stage in _PERIODS and start is not None and start.start == start.end


def open_end(table: Sheet, row: int, column: int, start: object, stage: Stage | None) -> Problem:
    """A stage with a start and an empty end cell: its period is unknown, so it is a ZI903, not one day."""
    shown = short_repr(start if isinstance(start, str) else str(start))
    header = table.headers[column]
    return Problem(
        "ZI903",
        Text(
            f"tahap ini mulai {shown} tetapi kolom {header!r} kosong, sehingga kapan selesainya tidak diketahui "
            f"(tidak dianggap satu hari). Isi {header!r} (tanggal yang sama untuk kegiatan satu hari)",
            f"this stage starts {shown} but the column {header!r} is empty, so its end is unknown (it is not "
            f"taken as one day). Fill in {header!r} (the same date for a one-day activity)",
        ),
        shown,
        stage,
        _where(table, row, column),
    )


@attrs.define
class Unit:
    data: dict[str, Any] = attrs.field(factory=dict)
    cells: dict[str, tuple[int, int | None]] = attrs.field(factory=dict)  # path -> (row, column index)
    # milestone n -> (its row, field -> column index): kept apart from `cells` so that a
    # million rows never build a million path strings; `_Cells` reads both.
    rows: list[tuple[int, dict[str, int]]] = attrs.field(factory=list)
    milestones: list[dict[str, object]] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)
    ready: list[Milestone] = attrs.field(factory=list)  # rows read on the fast path


def set_unit_field(unit: Unit, field: str, value: object, where: tuple[int, int | None]) -> None:
    if field not in unit.data:
        unit.data[field] = value
        unit.cells[field] = where


def peek(
    rows: Iterator[tuple[int, Sequence[object]]],
) -> Iterator[tuple[tuple[int, Sequence[object]], Sequence[object] | None]]:
    """Each row with the values of the row after it (None for the last)."""
    previous = next(rows, None)
    for row in rows:
        assert previous is not None  # noqa: S101
        yield previous, row[1]
        previous = row
    if previous is not None:
        yield previous, None


class Blocks:
    """The unit a long table's row belongs to: named rows, continuation rows and numbered blocks."""

    def __init__(self, table: Table, fields: list[tuple[int, str]], number_index: int | None) -> None:
        self.table, self.number_index = table, number_index
        self.unit_index = next((i for i, f in fields if f == "unit"), None)
        self.target_index = next((i for i, f in fields if f == "target"), None)
        self.end_index = (
            next((i for i, f in fields if f == "end"), None) if any(f == "start" for _, f in fields) else None
        )
        self.numbering = Numbering()
        self.finished: set[str] = set()
        self.current: Unit | None = None
        self.name = ""
        self.number: str | None = None  # the No of the current block
        self.unnamed: tuple[int, str] | None = None  # (first row, row text) of a block without a name yet
        self.joined: list[int] = []  # rows with a new number and no name read as rows of the unit above

    def read(
        self,
        row: int,
        values: Sequence[object],
        cells: dict[str, tuple[object, int]],
        following: Sequence[object] | None,
    ) -> Unit | None:
        """Take a row into the current unit or a new one; the unit it finished, if any."""
        value = cells["unit"][0] if "unit" in cells else None
        new_name = None if value is None else str(value)
        number = number_text(values, self.number_index)
        new_number = number is not None and number != self.number
        done = None
        if value is not None and new_name != self.name:
            if self.current is not None and self.unnamed is not None and self.number is not None and not new_number:
                self._name_late(row, value)
            else:
                done = self._start(row, value, number)
        elif new_name is None and (self.current is None or new_number):
            if self.current is None or self.numbering.starts_unit(self._next(following)):
                done = self._start(row, None, number)
                self.unnamed = (row, row_text(values))
            elif len(self.joined) < _MAX_JOINED:  # every row numbered: a row of the unit above, said in a warning
                self.joined.append(row)
        self.number = number if number is not None else self.number
        self.numbering.seen(named=new_name is not None, numbered=number is not None, new_number=new_number)
        assert self.current is not None  # noqa: S101
        for field in cells.keys() & UNIT_FIELD_SET:
            set_unit_field(self.current, field, cells[field][0], (row, cells[field][1]))
        return done

    def _next(self, following: Sequence[object] | None) -> tuple[bool, bool] | None:
        if following is None:
            return None
        index = self.unit_index
        named = index is not None and index < len(following) and not is_empty(following[index])
        return named, number_text(following, self.number_index) is not None

    def _start(self, row: int, value: object, number: str | None) -> Unit | None:
        done = self.close() if self.current is not None else None
        self.name = str(value) if value is not None else f"(tanpa nama, baris {row})"
        self.current = _new_unit(self.table, self.name, row, self.finished, self.target_index)
        self.current.data["unit"] = self.name if value is None else unit_name(value)
        self.current.cells["unit"] = (row, self.unit_index)
        self.number, self.unnamed = number, None
        return done

    def _name_late(self, row: int, value: object) -> None:
        """A numbered block whose satker name is on a later row: named by it, with a finding."""
        assert self.current is not None  # noqa: S101
        assert self.unnamed is not None  # noqa: S101
        first, name = self.unnamed[0], str(value)
        self.current.problems.append(late_name(self.table, (first, row), self.unit_index, self.number or "?", name))
        if name in self.finished:
            self.current.problems.append(_again(self.table, name, row))
        self.name, self.unnamed = name, None
        self.current.data["unit"] = unit_name(value)
        self.current.cells["unit"] = (row, self.unit_index)

    def close(self) -> Unit:
        """The current unit, finished (an unnamed one gets its ZI903)."""
        unit = self.current
        assert unit is not None  # noqa: S101
        if self.unnamed is not None:
            first, shown = self.unnamed
            unit.problems.append(no_name(self.table, first, self.unit_index, self.number, shown))
        self.finished.add(self.name)
        self.current, self.unnamed = None, None
        return unit


def _new_unit(table: Table, name: str, row: int, finished: set[str], target_index: int | None) -> Unit:
    unit = Unit()
    if target_index is not None:  # an empty target is pointed at in its cell
        unit.cells["target"] = (row, target_index)
    if name in finished:
        unit.problems.append(_again(table, name, row))
    return unit


def _again(table: Table, name: str, row: int) -> Problem:
    return Problem(
        "ZI903",
        Text(
            f"satker {name!r} muncul lagi sesudah satker lain; baris-barisnya dilaporkan terpisah. "
            "Kelompokkan semua baris satu satker",
            f"unit {name!r} appears again after other units; its rows are reported apart. "
            "Keep each unit's rows together",
        ),
        repr(name),
        origin=Origin(file=table.file, sheet=table.sheet, row=row),
    )


def joined_warning(table: Sheet, rows: Sequence[int]) -> LoadWarning:
    """Rows with a new ``No`` and no satker name read as rows of the unit above (the column numbers rows)."""
    lines = row_ranges(rows)
    return LoadWarning(
        Text(
            f"kolom No menomori baris, bukan satker: baris {lines} bernomor baru tanpa nama satker dan dibaca "
            "sebagai lanjutan satker di atasnya; jika itu satker lain, isi namanya",
            f"the No column numbers rows, not units: rows {lines} have a new number and no unit name and are "
            "read as rows of the unit above; if they are another unit, fill in its name",
        ),
        file=table.file,
        sheet=table.sheet,
        row=rows[0],
    )
