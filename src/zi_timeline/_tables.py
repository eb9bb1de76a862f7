"""Schedules from spreadsheets: CSV and XLSX, in long or wide shape, every cell located.

Long: one row per milestone (unit, target, stage, date or start/end, ...). Wide: one row
per unit, one column per stage (headers matched by stage alias; "Pembangunan (mulai)"
and "Pembangunan (selesai)" give a span; several dates in one cell are separated by a
new line, ``|`` or ``;``). An empty unit cell in long shape continues the unit above
(merged cells). Every milestone keeps its file, sheet, row and column.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from zi_timeline._aliases import Aliases
from zi_timeline._dates import DateSpan
from zi_timeline._headers import (
    HEADER_SEARCH_ROWS,
    ROW_FIELDS,
    UNIT_FIELDS,
    column_kind,
    find_header,
    no_header,
    sub_header,
)
from zi_timeline._i18n import Text, short_repr
from zi_timeline._layout import is_trailer, skipped_text
from zi_timeline._limits import open_limited
from zi_timeline._parse import parse_date, weekday_mismatch
from zi_timeline._schedule import Milestone, Origin, Problem, Schedule
from zi_timeline._sheet_notes import (
    column_letters as _letters,
)
from zi_timeline._sheet_notes import (
    has_schedule_columns,
    ignore_repeated,
    in_two_sheets,
    recap_error,
    recap_warning,
    unnamed_warning,
)
from zi_timeline._stages import Stage, parse_stage, stage_vocabulary
from zi_timeline._structure import _optional_text, structure_schedule
from zi_timeline.exceptions import LoadError, LoadWarning, ZiTimelineError

__all__ = ["Table", "iter_schedules", "read_csv", "read_xlsx", "schedules_from_table"]

_UNIT_FIELDS, _ROW_FIELDS = UNIT_FIELDS, ROW_FIELDS
_BOM = b"\xef\xbb\xbf"
_SPLIT = re.compile(r"\s*(?:\n|\|)\s*|\s*;\s*")
_HEADER_SEARCH_ROWS = HEADER_SEARCH_ROWS


@attrs.frozen
class Table:
    """A sheet (or a CSV file): its header row and data rows, with where they are."""

    file: str
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    rows: Iterable[tuple[int, Sequence[object]]]  # (row number, values); may be read lazily, once
    aliases: Aliases | None = attrs.field(default=None, kw_only=True)  # the user's words, over the bundled ones


def _table(
    file: str, sheet: str | None, rows: Iterable[tuple[int, Sequence[object]]], aliases: Aliases | None = None
) -> Table:
    """The table whose header is among the first rows; the rest is passed on unread.

    Without a header row naming a unit column, `LoadError` names the columns seen.
    """
    rows = iter(rows)
    head = list(itertools.islice(rows, _HEADER_SEARCH_ROWS))
    start = find_header(head, aliases)
    if start is None:
        raise no_header(file, sheet, head, aliases)
    header_row, headers = head[start]
    names = tuple(str(h or "").strip() for h in headers)
    if start + 1 < len(head) and head[start + 1][0] == header_row + 1:  # a two-row header: Mulai | Selesai
        combined = sub_header(headers, head[start + 1][1], aliases)
        if combined is not None:
            names, start = combined, start + 1
    body = itertools.chain(head[start + 1 :], rows)
    return Table(file, sheet, header_row, names, body, aliases=aliases)


_CHUNK = 1 << 20


def _encoding(path: Path, limit: int) -> str:
    """utf-8-sig, utf-8, or cp1252 (with a warning) for a CSV, decided by reading it once in chunks."""
    with open_limited(path, limit) as handle:
        start = handle.read(len(_BOM))
        if start == _BOM:
            return "utf-8-sig"
        if start[:2] in {b"\xff\xfe", b"\xfe\xff"}:  # Excel's "Unicode text"
            return "utf-16"
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            decoder.decode(start)
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            warnings.warn(
                LoadWarning(
                    Text(
                        "bukan UTF-8; dibaca sebagai cp1252 (Windows). "
                        "Simpan sebagai 'CSV UTF-8' agar huruf tidak berubah",
                        "not UTF-8; read as cp1252 (Windows). Save as 'CSV UTF-8' so no letter changes",
                    ),
                    file=str(path),
                ),
                stacklevel=4,
            )
            return "cp1252"
    return "utf-8"


def _text(path: Path, encoding: str, limit: int) -> io.TextIOWrapper:
    return io.TextIOWrapper(open_limited(path, limit), encoding=encoding, errors="replace", newline="")


def read_csv(path: Path, aliases: Aliases | None = None, *, limit: int = 1 << 30) -> Table:
    """A CSV as Indonesian-locale Excel writes it: ``;`` or ``,`` or tab, UTF-8 (BOM) or cp1252.

    The rows are read lazily, so a file of a million rows never sits in memory whole; past
    *limit* bytes (counted as they are read) reading stops with `LoadError`.
    """
    file = str(path)
    encoding = _encoding(path, limit)
    with _text(path, encoding, limit) as handle:
        first = next((line for line in handle if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    return _table(file, None, _csv_rows(path, encoding, delimiter, limit), aliases)


def _csv_rows(path: Path, encoding: str, delimiter: str, limit: int) -> Iterator[tuple[int, Sequence[object]]]:
    with _text(path, encoding, limit) as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        line = 0
        try:
            for row in reader:
                first, line = line + 1, reader.line_num
                if line > first:  # a quoted cell ran over lines: a quote left open swallows rows
                    _check_quotes(path, row, first, line, delimiter)
                if "".join(row).strip():
                    yield first, row
        except csv.Error as exc:
            raise LoadError(
                Text(f"CSV tidak sah: {exc}", f"invalid CSV: {exc}"), file=str(path), row=reader.line_num
            ) from exc


def _check_quotes(path: Path, row: Sequence[str], first: int, last: int, delimiter: str) -> None:
    """Refuse a cell whose quote swallowed whole lines of the table, naming where it opened.

    A note may run over lines; a cell whose later lines hold two separators, or that runs
    to the end of the file, is a quote that was never closed, and the rows inside it would
    be lost without a word.
    """
    for index, cell in enumerate(row):
        if "\n" not in cell and "\r" not in cell:
            continue
        swallowed = [part for part in cell.splitlines()[1:] if part.count(delimiter) >= 2]
        if swallowed:
            raise LoadError(
                Text(
                    f"tanda kutip di sel ini tidak ditutup, sehingga baris {_lines(first + 1, last)} terbaca sebagai "
                    f"isi satu sel (mis. {short_repr(swallowed[0])}); tutup tanda kutipnya",
                    f"the quote in this cell is never closed, so lines {_lines(first + 1, last)} read as the content "
                    f"of one cell (e.g. {short_repr(swallowed[0])}); close the quote",
                ),
                file=str(path),
                row=first,
                column=_letters(index),
            )


def _lines(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def read_xlsx(path: Path, aliases: Aliases | None = None, data: bytes | None = None) -> list[Table]:
    """Every sheet of a workbook that has a schedule header (an instructions sheet is skipped)."""
    try:
        import openpyxl  # noqa: PLC0415 - optional extra, imported only for XLSX files
    except ImportError as exc:
        raise LoadError(
            Text(
                "membaca XLSX memerlukan openpyxl: pip install 'zi-timeline[excel]'",
                "reading XLSX needs openpyxl: pip install 'zi-timeline[excel]'",
            ),
            file=str(path),
        ) from exc
    try:
        book = openpyxl.load_workbook(io.BytesIO(data) if data is not None else path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise LoadError(
            Text(f"bukan berkas XLSX yang dapat dibaca ({exc})", f"not a readable XLSX file ({exc})"), file=str(path)
        ) from exc
    try:
        return _sheets(path, book, aliases)
    except LoadError:
        raise
    except Exception as exc:  # a damaged sheet inside a readable zip: XML errors, bad cell types...
        raise LoadError(
            Text(
                f"berkas XLSX rusak ({type(exc).__name__}: {exc})", f"damaged XLSX file ({type(exc).__name__}: {exc})"
            ),
            file=str(path),
        ) from exc
    finally:
        book.close()


def _sheets(path: Path, book: Any, aliases: Aliases | None) -> list[Table]:
    from zi_timeline._xlsx import sheet_rows  # noqa: PLC0415 - needs openpyxl, imported only for XLSX files

    tables, recaps = [], []
    refused: LoadError | None = None
    for sheet in book.worksheets:
        # Stored rows only, never the sheet's claimed dimension; a sheet without a header
        # is left after its first rows.
        try:
            table = _table(str(path), sheet.title, sheet_rows(sheet, str(path)), aliases)
        except LoadError as exc:  # an instructions sheet; the error is kept for a book with no table at all
            if exc.row is not None or exc.column is not None:  # a refused cell, not a missing header
                raise
            refused = refused or exc
            continue
        if not has_schedule_columns(table.headers, table.aliases):
            recaps.append(table)
            continue
        tables.append(attrs.evolve(table, rows=list(table.rows)))  # read before the book closes
    if recaps and tables:
        warnings.warn(recap_warning(recaps), stacklevel=4)
    elif recaps:
        raise recap_error(recaps)
    if not tables:
        raise refused or LoadError(Text("buku kerja tanpa lembar", "a workbook without sheets"), file=str(path))
    return tables


def _value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip() or None
    return value


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@attrs.define
class _Unit:
    data: dict[str, Any] = attrs.field(factory=dict)
    cells: dict[str, tuple[int, int | None]] = attrs.field(factory=dict)  # path -> (row, column index)
    # milestone n -> (its row, field -> column index): kept apart from `cells` so that a
    # million rows never build a million path strings; `_Cells` reads both.
    rows: list[tuple[int, dict[str, int]]] = attrs.field(factory=list)
    milestones: list[dict[str, object]] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)
    ready: list[Milestone] = attrs.field(factory=list)  # rows read on the fast path


class _Cells(Mapping[str, Origin]):
    """Field paths to cells, building an `Origin` only for the paths a message asks for."""

    def __init__(self, table: Table, unit: _Unit) -> None:
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
    kinds = [column_kind(h, table.aliases) for h in table.headers]
    unknown = [h for h, k in zip(table.headers, kinds, strict=True) if k[0] == "unknown"]
    repeated = ignore_repeated(table, kinds)
    if repeated is not None:
        warnings.warn(repeated, stacklevel=3)
    if unknown:
        warnings.warn(
            LoadWarning(
                Text(f"kolom diabaikan: {', '.join(unknown)}", f"columns ignored: {', '.join(unknown)}"),
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
    return Origin(file=table.file, sheet=table.sheet, row=row, column=_letters(index), field=table.headers[index])


def _set_unit_field(unit: _Unit, field: str, value: object, where: tuple[int, int | None]) -> None:
    if field not in unit.data:
        unit.data[field] = value
        unit.cells[field] = where


def _long(table: Table, kinds: list[tuple[str, Stage | None, str | None]]) -> Iterator[_Unit]:
    """Units from rows that run together; a unit named again after another started is kept apart."""
    fields = [(i, f) for i, (kind, _, f) in enumerate(kinds) if kind == "field" and f is not None]
    finished: set[str] = set()
    current: _Unit | None = None
    name = ""
    stage_index = next((i for i, f in fields if f == "stage"), None)
    target_index = next((i for i, f in fields if f == "target"), None)
    dates = [i for i, f in fields if f in {"date", "start", "end"}]
    cache = _RowCache(table)
    known = cache.known
    for number, values in _body(table, lambda values: _names_stage(values, stage_index, dates, known)):
        cells = _row_cells(values, fields)
        new_name = str(cells["unit"][0]) if "unit" in cells else None
        if current is None or (new_name is not None and new_name != name):
            if current is not None:
                finished.add(name)
                yield current
            name = new_name or f"(baris {number})"
            current = _new_unit(table, name, number, finished, target_index)
        for field in cells.keys() & _UNIT_FIELD_SET:
            _set_unit_field(current, field, cells[field][0], (number, cells[field][1]))
        if "unit" not in current.data:
            current.data["unit"] = name
        _add_row(current, cells, cache=cache, name=name, number=number)
    if current is not None:
        yield current


def _add_row(unit: _Unit, cells: dict[str, tuple[object, int]], *, cache: _RowCache, name: str, number: int) -> None:
    """The row's milestone, read on the fast path when it is well formed, else kept for the general one."""
    if cells.keys().isdisjoint(_ROW_FIELD_SET):  # no milestone field: a unit's own row
        return
    if len(unit.ready) + len(unit.rows) >= MAX_UNIT_ROWS:
        raise _too_many_rows(cache.table, name, number)
    ready = _fast_milestone(cells, cache, number)
    if ready is not None:
        unit.ready.append(ready)
        return
    row = {f: cells[f][0] for f in _ROW_FIELDS if f in cells}
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
    if index is None or index >= len(values) or _empty(values[index]):
        return False
    value = values[index]
    if isinstance(value, str) and known(value) is not None:
        return True
    return any(i < len(values) and not _empty(values[i]) for i in dates)


def _body(table: Table, is_schedule_row: Callable[[Sequence[object]], bool]) -> Iterator[tuple[int, Sequence[object]]]:
    """The table's rows up to a signature, total or note; a row that *is_schedule_row* never ends it."""
    skipped: list[tuple[int, Sequence[object]]] = []
    width = len(table.headers)
    blank = [i for i, h in enumerate(table.headers) if not h]
    unnamed: dict[int, tuple[int, object]] = {}  # a column without a header that holds values: first cell
    for number, values in table.rows:
        if not is_schedule_row(values) and (skipped or is_trailer(values)):
            skipped.append((number, values))
            continue
        if blank or len(values) > width:
            for i in (*blank, *range(width, len(values))):
                if i < len(values) and i not in unnamed and not _empty(values[i]):
                    unnamed[i] = (number, values[i])
        yield number, values
    if unnamed:
        warnings.warn(unnamed_warning(table, unnamed), stacklevel=4)
    if skipped:
        warnings.warn(
            LoadWarning(skipped_text(skipped), file=table.file, sheet=table.sheet, row=skipped[0][0]),
            stacklevel=4,
        )


_SIMPLE = (frozenset({"stage", "date"}), frozenset({"stage", "start", "end"}))
_TEXT_FIELDS = frozenset({"note", "participants"})
_UNIT_FIELD_SET, _ROW_FIELD_SET = frozenset(_UNIT_FIELDS), frozenset(_ROW_FIELDS)


def _fast_milestone(cells: dict[str, tuple[object, int]], cache: _RowCache, number: int) -> Milestone | None:
    """A well-formed row read directly; None sends it down the general path, which names problems."""
    if (cells.keys() & _ROW_FIELD_SET) - _TEXT_FIELDS not in _SIMPLE:
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


class _RowCache:
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


def _row_cells(values: Sequence[object], fields: list[tuple[int, str]]) -> dict[str, tuple[object, int]]:
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
            out[field] = (_value(value), index)
    return out


def _new_unit(table: Table, name: str, row: int, finished: set[str], target_index: int | None) -> _Unit:
    unit = _Unit()
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


def _named_and_dated(kinds: list[tuple[str, Stage | None, str | None]]) -> Callable[[Sequence[object]], bool]:
    """Whether a wide row has a satker name (not a signature line) and a date: a schedule row even under a note."""
    stage_columns = [i for i, (kind, _, _) in enumerate(kinds) if kind == "stage"]
    unit_column = next((i for i, kind in enumerate(kinds) if kind == ("field", None, "unit")), None)

    def test(values: Sequence[object]) -> bool:
        if unit_column is None or unit_column >= len(values) or _empty(values[unit_column]):
            return False
        if is_trailer([values[unit_column]]):
            return False
        return any(i < len(values) and not _empty(values[i]) for i in stage_columns)

    return test


def _wide(table: Table, kinds: list[tuple[str, Stage | None, str | None]]) -> Iterator[_Unit]:
    for number, values in _body(table, _named_and_dated(kinds)):
        unit = _Unit()
        spans: dict[Stage, dict[str, list[tuple[object, tuple[int, int | None]]]]] = {}
        for index, (kind, stage, field) in enumerate(kinds):
            if index >= len(values) or _empty(values[index]):
                continue
            value, where = _value(values[index]), (number, index)
            if kind == "field" and field in _UNIT_FIELDS:
                _set_unit_field(unit, field, value, where)
            elif kind == "stage" and stage is not None and field is not None:
                spans.setdefault(stage, {}).setdefault(field, []).append((value, where))  # "Survei" twice: both
        for stage, parts in spans.items():
            for row, wheres in _stage_rows(stage, parts):
                path = f"milestones[{len(unit.milestones)}]"
                unit.cells[path] = next(iter(wheres.values()))
                unit.cells.update({f"{path}.{field}": where for field, where in wheres.items()})
                unit.milestones.append(row)
        if unit.data or unit.milestones:
            unit.cells.setdefault("unit", (number, None))
            yield unit


def _stage_rows(
    stage: Stage, parts: Mapping[str, Sequence[tuple[object, tuple[int, int | None]]]]
) -> Iterator[tuple[dict[str, object], dict[str, tuple[int, int | None]]]]:
    for value, where in parts.get("date", ()):
        pieces = _SPLIT.split(value) if isinstance(value, str) else [value]
        for piece in pieces:
            if not _empty(piece):
                yield {"stage": stage.value, "date": piece}, {"date": where}
    if "start" in parts or "end" in parts:
        row: dict[str, object] = {"stage": stage.value}
        wheres = {}
        for field in ("start", "end"):
            if field in parts:
                row[field], wheres[field] = parts[field][0]  # a second start or end column is ignored, named
        yield row, wheres
