"""The rows of a worksheet as they are stored, whatever the sheet claims about its size.

openpyxl's read-only rows pad every row to the sheet's declared dimension and yield
every row up to its declared end: a 1.7 KB file claiming ``A1:XFD1048576`` becomes
17 billion empty cells. Here only stored, non-empty cells are read: an empty row costs
nothing, a row is a sparse sequence as wide as its last filled cell, and a formula
whose value was never stored (a file written by a program, not saved by Excel) is
refused naming its cell instead of reading as empty.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

from zi_timeline._i18n import Text, short_repr
from zi_timeline.exceptions import LoadError

__all__ = ["MAX_CELL_CHARS", "sheet_rows"]

MAX_CELL_CHARS = 131_072
"""Longest cell text read, as for a CSV field (Python's csv limit)."""
_FORMULA = f"{{{SHEET_MAIN_NS}}}f"


class _NoValue:
    """A formula cell whose computed value is not in the file."""

    def __init__(self, formula: str) -> None:
        self.formula = formula


class _Parser(WorkSheetParser):
    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["value"] is None:
            formula = element.find(_FORMULA)
            if formula is not None:
                cell["value"] = _NoValue(formula.text or "")
        return cell


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
