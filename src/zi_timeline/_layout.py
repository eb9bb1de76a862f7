"""What sits around a schedule table in an office workbook and is not a schedule row.

Monitoring sheets end with a signature block (``Bandung, 5 Februari 2024``,
``Mengetahui``, ``Kepala Kantor Wilayah``, a name, ``NIP 19700101 ...``), totals
(``Jumlah``) and notes (``Catatan: ...``, ``*) ...``). Such a row ends the table: it is
never read as a unit, and the rows skipped are reported once with their numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from zi_timeline._aliases import words
from zi_timeline._i18n import Text, short_repr

__all__ = ["HeaderEcho", "echo_text", "is_trailer", "row_ranges", "skipped_text"]

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
