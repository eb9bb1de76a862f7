"""Schedules from spreadsheets: CSV and XLSX, in long or wide shape, every cell located.

Long: one row per milestone (unit, target, stage, date or start/end, ...). Wide: one row
per unit, one column per stage (headers matched by stage alias; "Pembangunan (mulai)"
and "Pembangunan (selesai)" give a span; several dates in one cell are separated by a
new line, ``|`` or ``;``). An empty unit cell in long shape continues the unit above
(merged cells). Every milestone keeps its file, sheet, row and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from zi_timeline._i18n import Text
from zi_timeline._schedule import Origin, Schedule
from zi_timeline._stages import Stage
from zi_timeline._structure import _MILESTONE_KEYS, _SCHEDULE_KEYS, structure_schedule
from zi_timeline.exceptions import LoadError, LoadWarning, UnknownStageError

__all__ = ["Table", "read_csv", "read_xlsx", "schedules_from_table"]

_UNIT_FIELDS = ("unit", "target", "wbk_awarded", "revoked", "year")
_ROW_FIELDS = ("stage", "date", "start", "end", "note", "participants", "scope", "audience")
_IGNORED = frozenset({"no", "nomor", "no_urut", "#", "nomor_urut"})
_BOM = b"\xef\xbb\xbf"
_SPLIT = re.compile(r"\s*(?:\n|\|)\s*|\s*;\s*")
_HEADER_SEARCH_ROWS = 10


@attrs.frozen
class Table:
    """A sheet (or a CSV file): its header row and data rows, with where they are."""

    file: str
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]  # (row number, values)


def _letters(index: int) -> str:
    """Spreadsheet column letters for a 0-based index: 0 -> A, 26 -> AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _norm(header: object) -> str:
    text = str(header or "").strip().casefold()
    return re.sub(r"[\s\-./]+", "_", text).strip("_")


_ALIASES = {
    alias: canon
    for table in (_SCHEDULE_KEYS, _MILESTONE_KEYS)
    for canon, aliases in table.items()
    for alias in aliases
    if canon in _UNIT_FIELDS or canon in _ROW_FIELDS
}


def _column_kind(header: str) -> tuple[str, Stage | None, str | None]:
    """('field', None, name), ('stage', Stage, 'date'|'start'|'end'), ('ignore'|'unknown', None, None)."""
    name = _norm(header)
    if not name or name in _IGNORED:
        return "ignore", None, None
    if name in _ALIASES:
        return "field", None, _ALIASES[name]
    part = "date"
    for suffix, which in (("mulai", "start"), ("start", "start"), ("selesai", "end"), ("end", "end")):
        stripped = re.sub(rf"_*\(?{suffix}\)?$", "", name)
        if stripped != name:
            name, part = stripped, which
            break
    try:
        return "stage", Stage.parse(name.replace("_", " ")), part
    except UnknownStageError:
        return "unknown", None, None


def _find_header(rows: Sequence[tuple[int, Sequence[object]]]) -> int | None:
    """Index of the first row naming a unit column (titles may sit above it)."""
    for i, (_, values) in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if any(_ALIASES.get(_norm(v)) == "unit" for v in values):
            return i
    return None


def _table(file: str, sheet: str | None, rows: Sequence[tuple[int, Sequence[object]]]) -> Table | None:
    start = _find_header(rows)
    if start is None:
        return None
    header_row, headers = rows[start]
    body = tuple((n, tuple(values)) for n, values in rows[start + 1 :])
    return Table(file, sheet, header_row, tuple(str(h or "").strip() for h in headers), body)


def _no_header(file: str, sheet: str | None) -> LoadError:
    names = ", ".join(_SCHEDULE_KEYS["unit"])
    return LoadError(
        Text(
            f"tidak ada baris judul dengan kolom satker ({names}) dalam {_HEADER_SEARCH_ROWS} baris pertama",
            f"no header row with a unit column ({names}) in the first {_HEADER_SEARCH_ROWS} rows",
        ),
        file=file,
        sheet=sheet,
    )


def _decode(raw: bytes, file: str) -> str:
    if raw.startswith(_BOM):
        return raw[len(_BOM) :].decode("utf-8", errors="strict")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        warnings.warn(
            LoadWarning(
                Text(
                    "bukan UTF-8; dibaca sebagai cp1252 (Windows). Simpan sebagai 'CSV UTF-8' agar huruf tidak berubah",
                    "not UTF-8; read as cp1252 (Windows). Save as 'CSV UTF-8' so no letter changes",
                ),
                file=file,
            ),
            stacklevel=3,
        )
        return raw.decode("cp1252", errors="replace")


def read_csv(path: Path, raw: bytes) -> Table:
    """A CSV as Indonesian-locale Excel writes it: ``;`` or ``,`` or tab, UTF-8 (BOM) or cp1252."""
    file = str(path)
    text = _decode(raw, file)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [(n, row) for n, row in enumerate(reader, start=1) if any(c.strip() for c in row)]
    except csv.Error as exc:
        raise LoadError(Text(f"CSV tidak sah: {exc}", f"invalid CSV: {exc}"), file=file) from exc
    table = _table(file, None, rows)
    if table is None:
        raise _no_header(file, None)
    return table


def read_xlsx(path: Path) -> list[Table]:
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
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise LoadError(
            Text(f"bukan berkas XLSX yang dapat dibaca ({exc})", f"not a readable XLSX file ({exc})"), file=str(path)
        ) from exc
    try:
        tables = []
        for sheet in book.worksheets:
            rows = [
                (n, values)
                for n, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                if any(v is not None and str(v).strip() for v in values)
            ]
            table = _table(str(path), sheet.title, rows)
            if table is not None:
                tables.append(table)
    finally:
        book.close()
    if not tables:
        raise _no_header(str(path), None)
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
    cells: dict[str, Origin] = attrs.field(factory=dict)
    milestones: list[dict[str, object]] = attrs.field(factory=list)


def schedules_from_table(table: Table, *, year: int | None, strict: bool) -> list[Schedule]:
    """The schedules of one table, in the order their units first appear."""
    kinds = [_column_kind(h) for h in table.headers]
    unknown = [h for h, k in zip(table.headers, kinds, strict=True) if k[0] == "unknown"]
    if unknown:
        warnings.warn(
            LoadWarning(
                Text(f"kolom diabaikan: {', '.join(unknown)}", f"columns ignored: {', '.join(unknown)}"),
                file=table.file,
                sheet=table.sheet,
                row=table.header_row,
            ),
            stacklevel=2,
        )
    long_shape = any(k == ("field", None, "stage") for k in kinds)
    units = _long(table, kinds) if long_shape else _wide(table, kinds)
    out = []
    for unit in units:
        data = {**unit.data, "milestones": unit.milestones}
        origin = Origin(file=table.file, sheet=table.sheet)
        out.append(structure_schedule(data, year=year, strict=strict, origin=origin, cells=unit.cells))
    return out


def _cell(table: Table, row: int, index: int) -> Origin:
    return Origin(file=table.file, sheet=table.sheet, row=row, column=_letters(index), field=table.headers[index])


def _set_unit_field(unit: _Unit, field: str, value: object, where: Origin) -> None:
    if field not in unit.data:
        unit.data[field] = value
        unit.cells[field] = where


def _long(table: Table, kinds: list[tuple[str, Stage | None, str | None]]) -> list[_Unit]:
    units: dict[str, _Unit] = {}
    current: _Unit | None = None
    for number, values in table.rows:
        cells = {}
        for index, (kind, _, field) in enumerate(kinds):
            if kind == "field" and field is not None and index < len(values) and not _empty(values[index]):
                cells[field] = (_value(values[index]), _cell(table, number, index))
        if "unit" in cells:
            name = str(cells["unit"][0])
            current = units.setdefault(name, _Unit())
        elif current is None:
            name = f"(baris {number})"
            current = units.setdefault(name, _Unit())
        unit = current
        for field in _UNIT_FIELDS:
            if field in cells:
                _set_unit_field(unit, field, *cells[field])
        row = {f: cells[f][0] for f in _ROW_FIELDS if f in cells}
        if not row:
            continue
        path = f"milestones[{len(unit.milestones)}]"
        unit.cells[path] = Origin(file=table.file, sheet=table.sheet, row=number)
        for field in row:
            unit.cells[f"{path}.{field}"] = cells[field][1]
        unit.milestones.append(row)
    return list(units.values())


def _wide(table: Table, kinds: list[tuple[str, Stage | None, str | None]]) -> list[_Unit]:
    out = []
    for number, values in table.rows:
        unit = _Unit()
        spans: dict[Stage, dict[str, tuple[object, Origin]]] = {}
        for index, (kind, stage, field) in enumerate(kinds):
            if index >= len(values) or _empty(values[index]):
                continue
            value, where = _value(values[index]), _cell(table, number, index)
            if kind == "field" and field in _UNIT_FIELDS:
                _set_unit_field(unit, field, value, where)
            elif kind == "stage" and stage is not None and field is not None:
                spans.setdefault(stage, {})[field] = (value, where)
        for stage, parts in spans.items():
            for row, wheres in _stage_rows(stage, parts):
                path = f"milestones[{len(unit.milestones)}]"
                unit.cells[path] = next(iter(wheres.values()))
                unit.cells.update({f"{path}.{field}": where for field, where in wheres.items()})
                unit.milestones.append(row)
        if unit.data or unit.milestones:
            unit.cells.setdefault("unit", Origin(file=table.file, sheet=table.sheet, row=number))
            out.append(unit)
    return out


def _stage_rows(
    stage: Stage, parts: Mapping[str, tuple[object, Origin]]
) -> Iterator[tuple[dict[str, object], dict[str, Origin]]]:
    if "date" in parts:
        value, where = parts["date"]
        pieces = _SPLIT.split(value) if isinstance(value, str) else [value]
        for piece in pieces:
            if not _empty(piece):
                yield {"stage": stage.value, "date": piece}, {"date": where}
    if "start" in parts or "end" in parts:
        row: dict[str, object] = {"stage": stage.value}
        wheres = {}
        for field in ("start", "end"):
            if field in parts:
                row[field], wheres[field] = parts[field]
        yield row, wheres
