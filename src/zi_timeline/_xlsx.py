"""The rows of a worksheet as they are stored, whatever the sheet claims about its size.

openpyxl's read-only rows pad every row to the sheet's declared dimension and yield
every row up to its declared end: a 1.7 KB file claiming ``A1:XFD1048576`` becomes
17 billion empty cells. Here only stored, non-empty cells are read: an empty row costs
nothing, a row is a sparse sequence as wide as its last filled cell, and a formula
whose value was never stored (a file written by a program, not saved by Excel) is
refused naming its cell instead of reading as empty. A date cell whose number format
shows no day (``mmm-yy``, ``mmmm yyyy``, ``yyyy``) is read as the month or year it shows,
as text (``Januari 2024``): the 1st that Excel stores under it is not a day anyone wrote.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Any, overload

from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

from zi_timeline._dates import DateSpan, Precision
from zi_timeline._i18n import Text, short_repr
from zi_timeline.exceptions import LoadError

__all__ = ["MAX_CELL_CHARS", "sheet_rows", "shown_precision"]

MAX_CELL_CHARS = 131_072
"""Longest cell text read, as for a CSV field (Python's csv limit)."""
_FORMULA = f"{{{SHEET_MAIN_NS}}}f"


class _NoValue:
    """A formula cell whose computed value is not in the file."""

    def __init__(self, formula: str) -> None:
        self.formula = formula


class _Parser(WorkSheetParser):
    coarse: dict[int, Precision]  # style id -> what its date format shows, when coarser than a day

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["value"] is None:
            formula = element.find(_FORMULA)
            if formula is not None:
                cell["value"] = _NoValue(formula.text or "")
        elif isinstance(cell["value"], dt.datetime) and cell["style_id"] in self.coarse:
            cell["value"] = _as_shown(cell["value"], self.coarse[cell["style_id"]])
        return cell


# Quoted text, escaped characters, [$-421] / [Red] / [h] sections, padding and fill: not date codes.
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_CODES = re.compile(r"y+|m+|d+|h+|s+")


def shown_precision(code: str) -> Precision | None:
    """What a date number format shows when it shows no day: MONTH (``mmm-yy``), YEAR (``yyyy``), else None.

    >>> shown_precision("mmm-yy"), shown_precision("[$-421]mmmm yyyy;@"), shown_precision("yyyy")
    (<Precision.MONTH: 'month'>, <Precision.MONTH: 'month'>, <Precision.YEAR: 'year'>)
    >>> shown_precision("dd/mm/yyyy"), shown_precision("h:mm"), shown_precision("dddd, mmmm yyyy")
    (None, None, None)
    """
    section = _LITERALS.sub("", code.split(";", 1)[0].casefold()).replace("general", "")
    tokens = _CODES.findall(section)
    letters = {t[0] for t in tokens}
    if "d" in letters:
        return None
    if any(t[0] == "m" and not _minutes(tokens, i) for i, t in enumerate(tokens)):
        return Precision.MONTH
    return Precision.YEAR if "y" in letters else None


def _minutes(tokens: Sequence[str], index: int) -> bool:
    """An ``m`` right after an hour or right before a second is minutes (Excel's own rule)."""
    before = tokens[index - 1][0] if index else ""
    after = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return before == "h" or after == "s"


def _coarse_styles(book: Any) -> dict[int, Precision]:
    """The workbook's date styles whose format shows no day, by style id."""
    out: dict[int, Precision] = {}
    styles, custom = getattr(book, "_cell_styles", ()), getattr(book, "_number_formats", ())
    for index in getattr(book, "_date_formats", ()):
        try:
            number = styles[index].numFmtId
            builtin = number < BUILTIN_FORMATS_MAX_SIZE
            code = BUILTIN_FORMATS.get(number) if builtin else custom[number - BUILTIN_FORMATS_MAX_SIZE]
        except (IndexError, AttributeError, TypeError):  # a style table openpyxl itself could not index
            continue
        precision = shown_precision(code) if isinstance(code, str) else None
        if precision is not None:
            out[index] = precision
    return out


def _as_shown(value: dt.datetime, precision: Precision) -> str:
    """The month or year a cell shows, as text the date reader takes at that precision."""
    if precision is Precision.YEAR:
        return str(value.year)
    last = calendar.monthrange(value.year, value.month)[1]
    return DateSpan(dt.date(value.year, value.month, 1), dt.date(value.year, value.month, last), precision).format("id")


class _Row(Sequence[object]):
    """A row's stored values by 0-based column, None elsewhere, without materialising the gaps."""

    def __init__(self, values: dict[int, object], width: int) -> None:
        self._values, self._width = values, width

    def __len__(self) -> int:
        return self._width

    @overload
    def __getitem__(self, index: int) -> object: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[object]: ...
    def __getitem__(self, index: int | slice) -> object:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._width))]
        if index < 0:
            index += self._width
        if not 0 <= index < self._width:
            raise IndexError(index)
        return self._values.get(index)

    def __iter__(self) -> Iterator[object]:
        return (self._values.get(i) for i in range(self._width))


def _refuse(where: tuple[str, str, int, int], id_text: str, en_text: str) -> LoadError:
    file, sheet, row, column = where
    return LoadError(Text(id_text, en_text), file=file, sheet=sheet, row=row, column=get_column_letter(column))


def sheet_rows(sheet: Any, file: str) -> Iterator[tuple[int, Sequence[object]]]:
    """(row number, values) for each row of a read-only worksheet that holds some value."""
    book = sheet.parent
    with sheet._get_source() as source:  # noqa: SLF001 - openpyxl's reader of the sheet's XML part
        parser = _Parser(
            source,
            sheet._shared_strings,  # noqa: SLF001
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,  # noqa: SLF001
            timedelta_formats=book._timedelta_formats,  # noqa: SLF001
        )
        parser.coarse = _coarse_styles(book)
        for number, cells in parser.parse():
            values: dict[int, object] = {}
            for cell in cells:
                value = cell["value"]
                if value is None or (isinstance(value, str) and not value.strip()):
                    continue
                column = cell["column"]
                _check_cell(value, (file, sheet.title, number, column))
                values[column - 1] = value
            if values:
                yield number, _Row(values, max(values) + 1)


def _check_cell(value: object, where: tuple[str, str, int, int]) -> None:
    if isinstance(value, _NoValue):
        raise _refuse(
            where,
            f"sel berisi rumus {short_repr('=' + value.formula)} tanpa nilai tersimpan, sehingga isinya tidak "
            "diketahui; buka berkas di Excel lalu simpan ulang, atau ganti rumusnya dengan nilainya",
            f"the cell holds the formula {short_repr('=' + value.formula)} with no stored value, so what it "
            "shows is unknown; open the file in Excel and save it again, or replace the formula by its value",
        )
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise _refuse(
            where,
            f"sel terlalu panjang ({len(value)} karakter; batas {MAX_CELL_CHARS})",
            f"cell too long ({len(value)} characters; the limit is {MAX_CELL_CHARS})",
        )
