"""A fix written into a copy of the user's own workbook: only the moved date cells change.

Every milestone read from a spreadsheet carries its origin (file, sheet, row). In that
row the moved milestone's date is the cell that reads as its old span, or a pair of
cells that read as its start and its end. Those cells get the new date (a typed date
stays a typed date, text stays text, a range stays a range in one cell), a colour and a
comment with the reason; every other cell, merge, sheet and row stays as it was. When
a moved date cannot be found that way, nothing is written and the caller falls back to
the template form.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zi_timeline._dates import DateSpan, Precision, unit_bounds
from zi_timeline._i18n import Lang
from zi_timeline._parse import parse_date
from zi_timeline._writeback import _MOVED, _MOVED_FILL, _openpyxl, _save_bytes
from zi_timeline.exceptions import ZiTimelineError

if TYPE_CHECKING:
    from zi_timeline._suggest import Move
    from zi_timeline.planning import Suggestion

__all__ = ["patch_xlsx"]

Edit = tuple[str, int, int, object, str]  # sheet, row, column, new value, reason


def patch_xlsx(source: Path, target: Path, suggestions: Sequence[Suggestion], lang: Lang) -> bool:
    """Write *source* with the suggestions' moves to *target*; False (nothing written) when a cell is not found."""
    openpyxl = _openpyxl()
    try:
        book = openpyxl.load_workbook(source)
    except (OSError, ValueError, KeyError):
        return False
    edits: list[Edit] = []
    for suggestion in suggestions:
        if not suggestion.feasible:
            continue
        for move in suggestion.moves:
            found = _cells(book, suggestion, move, source)
            if found is None:
                return False
            edits += found
    if len({(s, r, c) for s, r, c, _, _ in edits}) != len(edits):
        return False  # two moves in one cell: the cell cannot say both
    for sheet, row, column, value, reason in edits:
        _write(book[sheet].cell(row=row, column=column), value, reason, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    _save_bytes(target, buffer.getvalue())
    return True


def _cells(book: Any, suggestion: Suggestion, move: Move, source: Path) -> list[Edit] | None:
    """The cell (or start and end cells) holding *move*'s old date, with their new values."""
    milestone = next(
        (m for m in suggestion.original if m.stage is move.stage and m.span == move.before and m.origin), None
    )
    origin = milestone.origin if milestone else None
    if origin is None or origin.row is None or origin.sheet is None or origin.sheet not in book.sheetnames:
        return None
    if origin.file is None or not _same_file(Path(origin.file), source):
        return None
    sheet = book[origin.sheet]
    year = suggestion.original.year
    read = [(cell.column, cell.value, span) for cell, span in _dates(sheet, origin.row, year)]
    whole = [(column, value) for column, value, span in read if span == move.before]
    if len(whole) == 1:
        column, value = whole[0]
        return [(origin.sheet, origin.row, column, _value(move.after, value), move.reason)]
    starts = [(c, v) for c, v, span in read if span.start == move.before.start]
    ends = [(c, v) for c, v, span in read if span.end == move.before.end]
    if len(starts) == 1 and len(ends) == 1 and starts[0][0] != ends[0][0]:
        precision = move.after.precision
        first = _unit(move.after.start, precision)
        last = _unit(move.after.end, precision)
        return [
            (origin.sheet, origin.row, starts[0][0], _value(first, starts[0][1]), move.reason),
            (origin.sheet, origin.row, ends[0][0], _value(last, ends[0][1]), move.reason),
        ]
    return None


def _dates(sheet: Any, row: int, year: int | None) -> Iterator[tuple[Any, DateSpan]]:
    for cell in sheet[row]:
        if cell.value is None or isinstance(cell.value, bool | int | float):
            continue  # a number in a row is a row number or a count, not a date the reader took
        try:
            yield cell, parse_date(cell.value, year=year)
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
