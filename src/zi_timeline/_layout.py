"""What sits around a schedule table in an office workbook and is not a schedule row.

Monitoring sheets end with a signature block (``Bandung, 5 Februari 2024``,
``Mengetahui``, ``Kepala Kantor Wilayah``, a name, ``NIP 19700101 ...``), totals
(``Jumlah``) and notes (``Catatan: ...``, ``*) ...``). Such a row ends the table: it is
never read as a unit, and the rows skipped are reported once with their numbers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from zi_timeline._aliases import words
from zi_timeline._i18n import Text, short_repr

__all__ = [
    "HeaderEcho",
    "HeaderRows",
    "echo_text",
    "is_column_numbers",
    "is_trailer",
    "numbers_text",
    "row_ranges",
    "skipped_text",
]

_MONTH_WORDS = (
    r"jan\w*|feb\w*|peb\w*|mar\w*|mrt|apr\w*|mei|may|jun\w*|jul\w*|ag\w*|aug\w*|sep\w*|okt\w*|oct\w*"
    r"|nop\w*|nov\w*|des\w*|dec\w*"
)
# "Bandung, 5 Februari 2024", "Jakarta,      Februari 2024", "Serang, 05/02/2024"
_CITY_DATE = re.compile(
    rf"^[a-z][a-z .'()-]{{1,40}},\s*(?:\d{{1,2}}\s+(?:{_MONTH_WORDS})\s+\d{{4}}|(?:{_MONTH_WORDS})\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\.{2,}.*)$"
)
_OPENERS = re.compile(
    r"^(?:mengetahui|menyetujui|disetujui|diperiksa|dibuat\s+oleh|disusun\s+oleh|ditetapkan\s+di|tertanda|ttd\b"
    r"|kepala\b|kakanwil\b|kadiv\b|kabag\b|kasubb?ag\b|kasi\b|sekretaris\b|plt\.?\s|plh\.?\s|a\.\s?n\.?\s|an\.\s"
    r"|nip\b|nip\.|nrp\b|pangkat\b|jumlah\b|total\b|sub\s?total\b|catatan\b|keterangan\s*:|ket\s*:|note\s*:"
    r"|sumber\s*:|\*+\s*\)|\*\s)"
)


def _texts(values: Sequence[object]) -> Iterable[str]:
    for value in values:
        if isinstance(value, str):
            text = " ".join(value.split()).casefold()
            if text:
                yield text


def is_trailer(values: Sequence[object]) -> bool:
    """True when a cell of the row opens a signature block, a total or a note.

    >>> is_trailer(["", "Bandung, 5 Februari 2024"]), is_trailer(["NIP 19700101 199503 1 001"])
    (True, True)
    >>> is_trailer(["1", "Lapas Kelas IIA Bandung", "Pencanangan ZI"])
    False
    """
    return any(_OPENERS.match(text) or _CITY_DATE.match(text) for text in _texts(values))


def _first_text(values: Sequence[object]) -> str:
    return next((" ".join(v.split()) for v in values if isinstance(v, str) and v.strip()), "")


def skipped_text(rows: Sequence[tuple[int, Sequence[object]]], *, inside: bool = False) -> Text:
    """One message for every row skipped under a table, naming the rows and the first words.

    *inside* when schedule rows came after them (a total between blocks): those rows are read, and said so.
    """
    numbers = _ranges([n for n, _ in rows])
    shown = ", ".join(short_repr(t) for t in dict.fromkeys(_first_text(v) for _, v in rows[:4]) if t)
    if inside:
        return Text(
            f"baris {numbers} di dalam tabel dilewati (tanda tangan, jumlah atau catatan, bukan jadwal): {shown}; "
            "baris jadwal sesudahnya tetap dibaca",
            f"rows {numbers} inside the table skipped (signature, totals or notes, not a schedule): {shown}; "
            "the schedule rows after them are read",
        )
    return Text(
        f"baris {numbers} di bawah tabel dilewati (tanda tangan, jumlah atau catatan, bukan jadwal): {shown}",
        f"rows {numbers} under the table skipped (signature, totals or notes, not a schedule): {shown}",
    )


class HeaderEcho:
    """Whether a row repeats the table's header: a sheet pasted block by block, each under its own header.

    The row's filled cells must each be the header of their column (case, spaces and
    punctuation aside), at least two of them: such a row is no unit and is skipped, named.
    """

    def __init__(self, headers: Sequence[str]) -> None:
        self._keys = [words(h) if h else () for h in headers]
        self._probe = next((i for i, key in enumerate(self._keys) if key), None)

    def __call__(self, values: Sequence[object]) -> bool:
        probe, keys = self._probe, self._keys
        if probe is None or probe >= len(values):
            return False
        first = values[probe]
        if not isinstance(first, str) or words(first) != keys[probe]:  # the cheap test every data row fails
            return False
        matched = 0
        for index, value in enumerate(values):
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if index >= len(keys) or not isinstance(value, str) or words(value) != keys[index]:
                return False
            matched += 1
        return matched >= 2


def echo_text(numbers: Sequence[int], header_row: int) -> Text:
    """One message for the rows that repeat the header."""
    rows = _ranges(numbers)
    return Text(
        f"baris {rows} mengulang judul kolom (baris {header_row}) dan dilewati, bukan satker; "
        "satu baris judul di atas tabel sudah cukup",
        f"rows {rows} repeat the column headers (row {header_row}) and are skipped, not read as a unit; "
        "one header row above the table is enough",
    )


_COLUMN_NUMBER = re.compile(r"^\(?\s*(\d{1,3})\s*\)?\.?$")  # 3, (3), ( 3 ), 3.


def _column_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        found = _COLUMN_NUMBER.match(value.strip())
        return int(found.group(1)) if found else None
    return None


def is_column_numbers(values: Sequence[object]) -> bool:
    """Whether a row numbers the columns above it (``1 2 3 ...`` or ``(1) (2) (3) ...``), as government tables do.

    Every filled cell must be a column number, at least three of them, rising by one from
    one filled cell to the next (or by the columns between them: a header merged over two
    columns may leave a number out), and starting at 0 or 1 or at its own column's place.

    >>> is_column_numbers(["1", "2", "3", "4"]), is_column_numbers(["(1)", "(2)", None, "(4)"])
    (True, True)
    >>> is_column_numbers(["1", "Lapas A", "WBK"]), is_column_numbers([1, 2])
    (False, False)
    """
    cells: list[tuple[int, int]] = []
    for index, value in enumerate(values):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        number = _column_number(value)
        if number is None:
            return False
        cells.append((index, number))
    if len(cells) < 3:  # two numbers could be a row's data
        return False
    first_index, first = cells[0]
    if first not in {0, 1, first_index + 1}:
        return False
    return all(b - a in {1, j - i} and b > a for (i, a), (j, b) in itertools.pairwise(cells))


def numbers_text(numbers: Sequence[int], header_row: int) -> Text:
    """One message for the rows that number the columns under the header."""
    rows = _ranges(numbers)
    return Text(
        f"baris {rows} berisi nomor kolom (1, 2, 3, ...) di bawah judul kolom (baris {header_row}) dan dilewati, "
        "bukan satker",
        f"rows {rows} hold the column numbers (1, 2, 3, ...) under the column headers (row {header_row}) and are "
        "skipped, not read as a unit",
    )


class HeaderRows:
    """The rows that belong to a header and not to the schedule: a repeated header, and the column numbers under one."""

    def __init__(self, headers: Sequence[str], width: int | None = None) -> None:
        self._echo = HeaderEcho(headers[:width])
        self._width = width  # the sheet's own columns (a sheet per satker adds its title values after them)
        self.echoes: list[int] = []
        self.numbered: list[int] = []
        self._under = True  # the row before was a header

    def skip(self, number: int, values: Sequence[object]) -> bool:
        """Whether the row is one of them (remembered for the message)."""
        if self._width is not None:
            values = values[: self._width]
        if self._echo(values):
            self.echoes.append(number)
            self._under = True
            return True
        under, self._under = self._under, False
        if under and is_column_numbers(values):
            self.numbered.append(number)
            return True
        return False

    def notes(self, header_row: int) -> Iterator[tuple[Text, int]]:
        """What to say about them: (message, first row)."""
        if self.echoes:
            yield echo_text(self.echoes, header_row), self.echoes[0]
        if self.numbered:
            yield numbers_text(self.numbered, header_row), self.numbered[0]


def _ranges(numbers: Sequence[int]) -> str:
    parts: list[str] = []
    start = prev = numbers[0]
    for n in (*numbers[1:], None):
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def row_ranges(numbers: Sequence[int]) -> str:
    """Row numbers as ranges: ``3, 5-7``."""
    return _ranges(numbers)
