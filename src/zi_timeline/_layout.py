"""What sits around a schedule table in an office workbook and is not a schedule row.

Monitoring sheets end with a signature block (``Bandung, 5 Februari 2024``,
``Mengetahui``, ``Kepala Kantor Wilayah``, a name, ``NIP 19700101 ...``), totals
(``Jumlah``) and notes (``Catatan: ...``, ``*) ...``). Such a row ends the table: it is
never read as a unit, and the rows skipped are reported once with their numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from zi_timeline._i18n import Text, short_repr

__all__ = ["is_trailer", "skipped_text"]

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


def skipped_text(rows: Sequence[tuple[int, Sequence[object]]]) -> Text:
    """One message for every row skipped under a table, naming the rows and the first words."""
    numbers = _ranges([n for n, _ in rows])
    shown = ", ".join(short_repr(t) for t in dict.fromkeys(_first_text(v) for _, v in rows[:4]) if t)
    return Text(
        f"baris {numbers} di bawah tabel dilewati (tanda tangan, jumlah atau catatan, bukan jadwal): {shown}",
        f"rows {numbers} under the table skipped (signature, totals or notes, not a schedule): {shown}",
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
