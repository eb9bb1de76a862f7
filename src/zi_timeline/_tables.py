"""Schedules from spreadsheets: CSV and XLSX, in long or wide shape, every cell located.

Long: one row per milestone (unit, target, stage, date or start/end, ...). Wide: one row
per unit, one column per stage (headers matched by stage alias; "Pembangunan (mulai)"
and "Pembangunan (selesai)" give a span; several dates in one cell are separated by a
new line, ``|`` or ``;``). An empty unit cell in long shape continues the unit above
(merged cells). Every milestone keeps its file, sheet, row and column.

The files are read into tables by `zi_timeline._table_files` (whose `Table`, `read_csv`
and `read_xlsx` are importable from here too), and well-formed rows of a long table by
`zi_timeline._table_cells`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence

from zi_timeline._dates import DateSpan
from zi_timeline._headers import ROW_FIELDS, UNIT_FIELDS, header_kinds, number_column
from zi_timeline._i18n import Text, short_repr
from zi_timeline._layout import HeaderEcho, echo_text, is_trailer, skipped_text
from zi_timeline._parse import parse_date
from zi_timeline._schedule import Origin, Schedule
from zi_timeline._sheet_notes import column_letters, ignore_repeated, in_two_sheets, listed, unnamed_warning
from zi_timeline._stages import Stage
from zi_timeline._structure import structure_schedule
from zi_timeline._table_cells import (
    ROW_FIELD_SET,
    RowCache,
    cell_value,
    fast_milestone,
    is_empty,
    row_cells,
    unit_name,
)
from zi_timeline._table_files import Table, read_csv, read_xlsx
from zi_timeline._unit_blocks import Blocks, Unit, is_open_period, joined_warning, open_end, peek, set_unit_field
from zi_timeline.exceptions import LoadError, LoadWarning, ZiTimelineError

__all__ = ["Table", "iter_schedules", "read_csv", "read_xlsx", "schedules_from_table"]

_Parts = Mapping[str, Sequence[tuple[object, tuple[int, int | None]]]]  # a wide row's cells of one stage
_SPLIT = re.compile(r"\s*(?:\n|\|)\s*|\s*;\s*")


class _Cells(Mapping[str, Origin]):
    """Field paths to cells, building an `Origin` only for the paths a message asks for."""

    def __init__(self, table: Table, unit: Unit) -> None:
        self._table, self._cells, self._rows = table, unit.cells, unit.rows

    def _find(self, path: str) -> tuple[int, int | None] | None:
        found = self._cells.get(path)
        if found is not None or not path.startswith("milestones["):
            return found
        index, _, field = path[len("milestones[") :].partition("]")
        if not index.isdigit() or int(index) >= len(self._rows):
            return None
        row, columns = self._rows[int(index)]
        if not field:
            return row, None
        column = columns.get(field.lstrip("."))
        return None if column is None else (row, column)

    def __getitem__(self, path: str) -> Origin:
        origin = self.get(path)
        if origin is None:
            raise KeyError(path)
        return origin

    def get(self, path: str, default: Origin | None = None) -> Origin | None:  # type: ignore[override]
        found = self._find(path)
        if found is None:
            return default
        row, index = found
        if index is None:
            return Origin(file=self._table.file, sheet=self._table.sheet, row=row)
        return _cell(self._table, row, index)

    def __iter__(self) -> Iterator[str]:
        yield from self._cells
        for n, (_, columns) in enumerate(self._rows):
            yield f"milestones[{n}]"
            yield from (f"milestones[{n}].{field}" for field in columns)

    def __len__(self) -> int:
        return len(self._cells) + sum(1 + len(columns) for _, columns in self._rows)


def schedules_from_table(table: Table, *, year: int | None, strict: bool) -> list[Schedule]:
    """The schedules of one table, in order."""
    return list(iter_schedules(table, year=year, strict=strict))


def iter_schedules(
    table: Table, *, year: int | None, strict: bool, sheets: dict[str, str | None] | None = None
) -> Iterator[Schedule]:
    """The schedules of one table, one at a time, as their rows are read.

    *sheets* (unit name -> the sheet it was first read from) is shared by the tables of one
    workbook: a unit found again in another sheet gets a ZI903 problem, never a silent double.
    """
    kinds = list(header_kinds(table.headers, table.aliases))
    unknown = [h for h, k in zip(table.headers, kinds, strict=True) if k[0] == "unknown"]
    repeated = ignore_repeated(table, kinds)
    if repeated is not None:
        warnings.warn(repeated, stacklevel=3)
    if unknown:
        warnings.warn(
            LoadWarning(
                Text(f"kolom diabaikan: {listed(unknown).id}", f"columns ignored: {listed(unknown).en}"),
                file=table.file,
                sheet=table.sheet,
                row=table.header_row,
            ),
            stacklevel=3,
        )
    long_shape = any(k == ("field", None, "stage") for k in kinds)
    origin = Origin(file=table.file, sheet=table.sheet)
    for unit in _long(table, kinds) if long_shape else _wide(table, kinds):
        if sheets is not None and isinstance(unit.data.get("unit"), str | int):
            name = str(unit.data["unit"])
            first = sheets.setdefault(name, table.sheet)
            if first != table.sheet:
                unit.problems.append(in_two_sheets(table, name, first, unit.cells.get("unit", (None, None))[0]))
        data = {**unit.data, "milestones": unit.milestones}
        yield structure_schedule(
            data,
            year=year,
            strict=strict,
            origin=origin,
            cells=_Cells(table, unit),
            problems=unit.problems,
            milestones=unit.ready,
            aliases=table.aliases,
        )


def _cell(table: Table, row: int, index: int) -> Origin:
    return Origin(file=table.file, sheet=table.sheet, row=row, column=column_letters(index), field=table.headers[index])


def _long(table: Table, kinds: list[tuple[str, Stage | None, str | None]]) -> Iterator[Unit]:
    """Units from rows that run together; a unit named again after another started is kept apart.

    A row with a new ``No`` starts a unit even when its satker cell is empty (see
    `zi_timeline._unit_blocks`): its rows are never joined to the unit above in silence.
    """
    fields = [(i, f) for i, (kind, _, f) in enumerate(kinds) if kind == "field" and f is not None]
    stage_index = next((i for i, f in fields if f == "stage"), None)
    dates = [i for i, f in fields if f in {"date", "start", "end"}]
    cache = RowCache(table)
    known = cache.known
    blocks = Blocks(table, fields, number_column(table.headers, table.aliases))
    rows = _body(table, lambda values: _names_stage(values, stage_index, dates, known))
    for (number, values), following in peek(rows):
        cells = row_cells(values, fields)
        done = blocks.read(number, values, cells, following)
        if done is not None:
            yield done
        assert blocks.current is not None  # noqa: S101 - read() always leaves a unit open
        _add_row(blocks.current, cells, cache=cache, name=blocks.name, number=number, end=blocks.end_index)
    if blocks.current is not None:
        yield blocks.close()
    if blocks.joined:
        warnings.warn(joined_warning(table, blocks.joined), stacklevel=3)


def _add_row(
    unit: Unit, cells: dict[str, tuple[object, int]], *, cache: RowCache, name: str, number: int, end: int | None
) -> None:
    """The row's milestone, read on the fast path when it is well formed, else kept for the general one.

    *end* is the table's end column when it has start and end columns: a period stage with a
    start day and no end is a ZI903 (its end is unknown), never a one-day guess.
    """
    if cells.keys().isdisjoint(ROW_FIELD_SET):  # no milestone field: a unit's own row
        return
    if len(unit.ready) + len(unit.rows) >= MAX_UNIT_ROWS:
        raise _too_many_rows(cache.table, name, number)
    if end is not None and "start" in cells and "end" not in cells and "date" not in cells:
        stage = cache.stage(cells["stage"][0]) if "stage" in cells else None
        if is_open_period(stage, cache.date(cells["start"][0])):
            unit.problems.append(open_end(cache.table, number, end, cells["start"][0], stage))
            return
    ready = fast_milestone(cells, cache, number)
    if ready is not None:
        unit.ready.append(ready)
        return
    row = {f: cells[f][0] for f in ROW_FIELDS if f in cells}
    unit.rows.append((number, {field: cells[field][1] for field in row}))
    unit.milestones.append(row)


MAX_UNIT_ROWS = 200_000
"""Rows one unit may have in a long table: a unit is held whole while it is read."""


def _too_many_rows(table: Table, name: str, row: int) -> LoadError:
    return LoadError(
        Text(
            f"satker {short_repr(name)} punya lebih dari {MAX_UNIT_ROWS} baris; periksa kolom satkernya",
            f"the unit {short_repr(name)} has more than {MAX_UNIT_ROWS} rows; check its unit column",
        ),
        file=table.file,
        sheet=table.sheet,
        row=row,
    )


def _names_stage(
    values: Sequence[object], index: int | None, dates: Sequence[int], known: Callable[[str], Stage | None]
) -> bool:
    """A known stage, or any stage text with a date beside it (a misspelt stage is still a row)."""
    if index is None or index >= len(values) or is_empty(values[index]):
        return False
    value = values[index]
    if isinstance(value, str) and known(value) is not None:
        return True
    return any(i < len(values) and not is_empty(values[i]) for i in dates)


def _body(table: Table, is_schedule_row: Callable[[Sequence[object]], bool]) -> Iterator[tuple[int, Sequence[object]]]:
    """The table's rows up to a signature, total or note; a row that *is_schedule_row* never ends it."""
    skipped: list[tuple[int, Sequence[object]]] = []
    width = len(table.headers)
    blank = [i for i, h in enumerate(table.headers) if not h]
    unnamed: dict[int, tuple[int, object]] = {}  # a column without a header that holds values: first cell
    echo, echoes, inside = HeaderEcho(table.headers), [], False  # inside: schedule rows after a skipped one
    for number, values in table.rows:
        if echo(values):
            echoes.append(number)
            continue
        if not is_schedule_row(values) and (skipped or is_trailer(values)):
            skipped.append((number, values))
            continue
        inside = inside or bool(skipped)
        if blank or len(values) > width:
            for i in (*blank, *range(width, len(values))):
                if i < len(values) and i not in unnamed and not is_empty(values[i]):
                    unnamed[i] = (number, values[i])
        yield number, values
    if echoes:
        warnings.warn(
            LoadWarning(echo_text(echoes, table.header_row), file=table.file, sheet=table.sheet, row=echoes[0]),
            stacklevel=4,
        )
    if unnamed:
        warnings.warn(unnamed_warning(table, unnamed), stacklevel=4)
    if skipped:
        warnings.warn(
            LoadWarning(skipped_text(skipped, inside=inside), file=table.file, sheet=table.sheet, row=skipped[0][0]),
            stacklevel=4,
        )


def _named_and_dated(kinds: list[tuple[str, Stage | None, str | None]]) -> Callable[[Sequence[object]], bool]:
    """Whether a wide row has a satker name (not a signature line) and a date: a schedule row even under a note."""
    stage_columns = [i for i, (kind, _, _) in enumerate(kinds) if kind == "stage"]
    unit_column = next((i for i, kind in enumerate(kinds) if kind == ("field", None, "unit")), None)

    def test(values: Sequence[object]) -> bool:
        if unit_column is None or unit_column >= len(values) or is_empty(values[unit_column]):
            return False
        if is_trailer([values[unit_column]]):
            return False
        return any(i < len(values) and not is_empty(values[i]) for i in stage_columns)

    return test


def _wide(table: Table, kinds: list[tuple[str, Stage | None, str | None]]) -> Iterator[Unit]:
    ends = {stage: i for i, (kind, stage, part) in enumerate(kinds) if kind == "stage" and part == "end" and stage}
    for number, values in _body(table, _named_and_dated(kinds)):
        unit = Unit()
        spans: dict[Stage, dict[str, list[tuple[object, tuple[int, int | None]]]]] = {}
        for index, (kind, stage, field) in enumerate(kinds):
            if index >= len(values) or is_empty(values[index]):
                continue
            value, where = cell_value(values[index]), (number, index)
            if kind == "field" and field in UNIT_FIELDS:
                set_unit_field(unit, field, unit_name(value) if field == "unit" else value, where)
            elif kind == "stage" and stage is not None and field is not None:
                spans.setdefault(stage, {}).setdefault(field, []).append((value, where))  # "Survei" twice: both
        for stage, parts in spans.items():
            if _open_end(table, unit, number, stage, parts, end=ends.get(stage)):
                continue
            for row, wheres in _stage_rows(stage, parts):
                path = f"milestones[{len(unit.milestones)}]"
                unit.cells[path] = next(iter(wheres.values()))
                unit.cells.update({f"{path}.{field}": where for field, where in wheres.items()})
                unit.milestones.append(row)
        if unit.data or unit.milestones:
            unit.cells.setdefault("unit", (number, None))
            yield unit


def _open_end(table: Table, unit: Unit, row: int, stage: Stage, parts: _Parts, *, end: int | None) -> bool:
    """A building period with a start day and its end column empty: a ZI903 on *unit*, and no milestone."""
    if end is None or "start" not in parts or "end" in parts:
        return False
    start = parts["start"][0][0]
    try:
        span: DateSpan | None = parse_date(start)
    except ZiTimelineError:
        span = None
    if not is_open_period(stage, span):
        return False
    unit.problems.append(open_end(table, row, end, start, stage))
    return True


def _stage_rows(stage: Stage, parts: _Parts) -> Iterator[tuple[dict[str, object], dict[str, tuple[int, int | None]]]]:
    for value, where in parts.get("date", ()):
        pieces = _SPLIT.split(value) if isinstance(value, str) else [value]
        for piece in pieces:
            if not is_empty(piece):
                yield {"stage": stage.value, "date": piece}, {"date": where}
    if "start" in parts or "end" in parts:
        row: dict[str, object] = {"stage": stage.value}
        wheres = {}
        for field in ("start", "end"):
            if field in parts:
                row[field], wheres[field] = parts[field][0]  # a second start or end column is ignored, named
        yield row, wheres
