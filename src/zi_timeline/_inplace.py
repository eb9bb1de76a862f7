"""A fix written into a copy of the user's own workbook or CSV: only the moved date cells change.

Every milestone read from a spreadsheet carries its origin (file, sheet, row). In that
row the moved milestone's date is the cell that reads as its old span, or a pair of
cells that read as its start and its end. Those cells get the new date (a typed date
stays a typed date, text stays text, a range stays a range in one cell), a colour and a
comment with the reason; every other cell, merge, sheet and row stays as it was. A CSV
keeps every other line byte for byte, its separator, BOM and encoding (its cells carry
no colour: `fix` prints the reasons). When
a moved date cannot be found that way, nothing is written and the caller falls back to
the template form.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zi_timeline._dates import DateSpan, Precision, unit_bounds
from zi_timeline._export import openpyxl_module
from zi_timeline._i18n import Lang
from zi_timeline._parse import parse_date
from zi_timeline._writeback import _MOVED, _MOVED_FILL, _save_bytes
from zi_timeline.exceptions import ZiTimelineError

if TYPE_CHECKING:
    from zi_timeline._suggest import Move
    from zi_timeline.planning import Suggestion

__all__ = ["patch_csv", "patch_xlsx"]

Edit = tuple[str, int, int, object, str]  # sheet ("" in a CSV), row, column, new value, reason
Cells = Sequence[tuple[int, object]]  # one row's (column, value) pairs


def patch_xlsx(source: Path, target: Path, suggestions: Sequence[Suggestion], lang: Lang) -> bool:
    """Write *source* with the suggestions' moves to *target*; False (nothing written) when a cell is not found."""
    openpyxl = openpyxl_module()
    try:
        book = openpyxl.load_workbook(source)
    except (OSError, ValueError, KeyError):
        return False
    if any(cell.data_type == "f" for sheet in book.worksheets for row in sheet.iter_rows() for cell in row):
        return False  # openpyxl writes formulas without their computed values: the copy would not read back

    def row_cells(sheet: str | None, row: int) -> Cells | None:
        if sheet is None or sheet not in book.sheetnames:
            return None
        return [(cell.column, cell.value) for cell in book[sheet][row]]

    edits = _edits(suggestions, source, row_cells)
    if edits is None:
        return False
    for sheet, row, column, value, reason in edits:
        _write(book[sheet].cell(row=row, column=column), value, reason, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    _save_bytes(target, buffer.getvalue())
    return True


def patch_csv(source: Path, target: Path, suggestions: Sequence[Suggestion]) -> bool:
    """The CSV *source* with only the moved cells rewritten: other lines, separator, BOM and encoding kept."""
    decoded = _decode(source)
    if decoded is None:
        return False
    text, encoding, bom = decoded
    lines = list(io.StringIO(text, newline=""))  # split as the reader splits: on \n, \r\n and \r only
    first = next((line for line in lines if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    records = _records(lines, delimiter)
    if records is None:
        return False

    def row_cells(sheet: str | None, row: int) -> Cells | None:
        if sheet is not None or row not in records:
            return None
        return list(enumerate(records[row][1]))

    edits = _edits(suggestions, source, row_cells)
    if edits is None:
        return False
    for _, row, column, value, _ in edits:
        records[row][1][column] = str(value)
    for row in sorted({e[1] for e in edits}, reverse=True):  # from the bottom: earlier line numbers stay put
        last, cells = records[row]
        ending = lines[last - 1][len(lines[last - 1].rstrip("\r\n")) :] or "\n"
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator=ending).writerow(cells)
        lines[row - 1 : last] = [buffer.getvalue()]
    try:
        out = "".join(lines).encode(encoding)
    except UnicodeEncodeError:
        return False
    _save_bytes(target, (_BOM if bom else b"") + out)
    return True


_BOM = b"\xef\xbb\xbf"


def _decode(source: Path) -> tuple[str, str, bool] | None:
    """(text, encoding, BOM) as the reader decodes the file; None for what could not be written back the same."""
    try:
        data = source.read_bytes()
    except OSError:
        return None
    if data[:2] in {b"\xff\xfe", b"\xfe\xff"}:
        return None  # Excel's "Unicode text": written in the template form instead
    bom = data.startswith(_BOM)
    try:
        return data[len(_BOM) if bom else 0 :].decode("utf-8"), "utf-8", bom
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return None if "\ufffd" in text else (text, "cp1252", False)  # an undecodable byte would change


def _records(lines: list[str], delimiter: str) -> dict[int, tuple[int, list[str]]] | None:
    """Each CSV record by its first line: its last line and its cells (a quoted cell may span lines)."""
    reader = csv.reader(iter(lines), delimiter=delimiter)
    out: dict[int, tuple[int, list[str]]] = {}
    line = 0
    try:
        for cells in reader:
            out[line + 1] = (reader.line_num, cells)
            line = reader.line_num
    except csv.Error:
        return None
    return out


def _edits(
    suggestions: Sequence[Suggestion], source: Path, row_cells: Callable[[str | None, int], Cells | None]
) -> list[Edit] | None:
    """Every moved date's cell(s) and new values, or None when one is not found or two share a cell."""
    edits: list[Edit] = []
    for suggestion in suggestions:
        if not suggestion.feasible:
            continue
        for move in suggestion.moves:
            milestone = next(
                (m for m in suggestion.original if m.stage is move.stage and m.span == move.before and m.origin), None
            )
            origin = milestone.origin if milestone else None
            if origin is None or origin.row is None or origin.file is None or not _same_file(Path(origin.file), source):
                return None
            cells = row_cells(origin.sheet, origin.row)
            found = None if cells is None else _cells(cells, move, suggestion.original.year)
            if found is None:
                return None
            edits += [(origin.sheet or "", origin.row, column, value, move.reason) for column, value in found]
    if len({(s, r, c) for s, r, c, _, _ in edits}) != len(edits):
        return None  # two moves in one cell: the cell cannot say both
    return edits


def _cells(cells: Cells, move: Move, year: int | None) -> list[tuple[int, object]] | None:
    """The cell (or start and end cells) holding *move*'s old date, with their new values."""
    read = [(column, value, span) for column, value, span in _dates(cells, year)]
    whole = [(column, value) for column, value, span in read if span == move.before]
    if len(whole) == 1:
        column, value = whole[0]
        return [(column, _value(move.after, value))]
    starts = [(c, v) for c, v, span in read if span.start == move.before.start]
    ends = [(c, v) for c, v, span in read if span.end == move.before.end]
    if len(starts) == 1 and len(ends) == 1 and starts[0][0] != ends[0][0]:
        precision = move.after.precision
        first, last = _unit(move.after.start, precision), _unit(move.after.end, precision)
        return [(starts[0][0], _value(first, starts[0][1])), (ends[0][0], _value(last, ends[0][1]))]
    return None


def _dates(cells: Cells, year: int | None) -> Iterator[tuple[int, object, DateSpan]]:
    for column, value in cells:
        if value is None or isinstance(value, bool | int | float) or value == "":
            continue  # a number in a row is a row number or a count, not a date the reader took
        try:
            yield column, value, parse_date(value, year=year)
        except ZiTimelineError:
            continue


def _unit(day: dt.date, precision: Precision) -> DateSpan:
    first, last = unit_bounds(day, precision)
    return DateSpan(first, last, precision)


def _value(span: DateSpan, old: object) -> object:
    """A typed date stays typed when the new date is one day; otherwise the span's words."""
    if isinstance(old, dt.date) and span.precision is Precision.DAY and span.start == span.end:
        return dt.datetime.combine(span.start, dt.time()) if isinstance(old, dt.datetime) else span.start
    return span.format("id")


def _write(cell: Any, value: object, reason: str, lang: Lang) -> None:
    from openpyxl.comments import Comment  # noqa: PLC0415 - optional extra
    from openpyxl.styles import PatternFill  # noqa: PLC0415

    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # the new words are text, never a formula
    cell.fill = PatternFill("solid", start_color=_MOVED_FILL, end_color=_MOVED_FILL)
    cell.comment = Comment(_MOVED.get(lang).format(why=reason), "zi-timeline", width=320, height=120)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return a == b
