"""Date texts that hold more than one date's numbers, or a range that runs backwards: said, never guessed.

dateutil reads ``12 15 Juli 2024`` as 15 July 2012 and ``1/2 Juli 2024`` as 2 July 2001: a second
day number becomes the year. A text with a month name has one day number at most (and one year);
more is a list of days or a stray number, refused quoting the text. ``minggu 2 Juli 2024`` is week 2
or Sunday the 2nd: refused. A range's start written without a year is moved to the year before only
for a range across the new year, from the last quarter to the first (``Desember - Januari 2025``);
any other range that ends before it starts (``Juni - Mei 2024``, ``3 - 2 Juni 2024``) is refused.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from zi_timeline._i18n import Text
from zi_timeline._lazyre import LazyPattern

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["backward_range", "crosses_new_year", "extra_numbers", "month_and_two_digits", "week_or_sunday"]

_NUMBER = LazyPattern(r"\d+")
_WORD = LazyPattern(r"[^\W\d_]+")
_MONTH_SPACE_TWO_DIGITS = LazyPattern(r"^([^\W\d]+)\.?\s+(\d{2})$")
_WEEK_OR_SUNDAY = LazyPattern(r"^(?:minggu|pekan)\s+([1-5])\s+[^\W\d]")


def extra_numbers(text: str, months: frozenset[str] | dict[str, int]) -> Text | None:
    """Why *text*, which names a month, holds more numbers than one date: two day numbers, or one after the year."""
    if not any(w in months for w in _WORD.findall(text)):
        return None
    numbers = _NUMBER.findall(text)
    short = [n for n in numbers if len(n) <= 2]
    after_year = bool(re.search(r"\d{4}\D+\d{1,2}\s*$", text))
    if len(short) < 2 and not after_year:
        return None
    shown = ", ".join(short)
    return Text(
        f"lebih dari satu angka hari ({shown}): sebuah daftar hari atau angka yang tersisa, bukan satu tanggal; "
        "bila harinya berurutan tulis rentang seperti '12-15 Juli 2024', bila tidak tulis satu baris per hari",
        f"more than one day number ({shown}): a list of days or a stray number, not one date; write a range "
        "such as '12-15 Juli 2024' if the days run on, otherwise one row per day",
    )


def month_and_two_digits(text: str, months: frozenset[str] | dict[str, int]) -> Text | None:
    """``Mei 24``, ``Juni 75``: a day, a two-digit year, or a four-digit year cut short (``Juni 20[24]``)?"""
    m = _MONTH_SPACE_TWO_DIGITS.match(text)
    if m is None or m.group(1) not in months:
        return None
    month, nn = m.group(1).title(), m.group(2)
    if int(nn) > 31:  # no month has a day 32
        return Text(
            f"'{nn}' sesudah nama bulan dapat berarti tahun dua angka atau tahun yang terpotong; "
            f"tulis tahun empat angka ('{month} 20{nn}')",
            f"'{nn}' after a month name may be a two-digit year or a four-digit year cut short; "
            f"write a four-digit year ('{month} 20{nn}')",
        )
    return Text(
        f"'{nn}' sesudah nama bulan dapat berarti tanggal, tahun dua angka, atau tahun yang terpotong; "
        f"tulis tahun empat angka ('{month} 20{nn}') atau tanggalnya lebih dulu ('{int(nn)} {month} ...')",
        f"'{nn}' after a month name may be a day, a two-digit year or a four-digit year cut short; "
        f"write a four-digit year ('{month} 20{nn}') or the day first ('{int(nn)} {month} ...')",
    )


def week_or_sunday(text: str) -> Text | None:
    """``minggu 2 Juli 2024``: the second week (minggu ke-2) or Sunday the 2nd? Not guessed."""
    m = _WEEK_OR_SUNDAY.match(text)
    if m is None:
        return None
    n = m.group(1)
    return Text(
        f"'minggu {n}' dapat berarti minggu ke-{n} atau hari Minggu tanggal {n}; tulis 'minggu ke-{n} ...' "
        f"atau 'Minggu, {n} ...'",
        f"'minggu {n}' may be week {n} (minggu ke-{n}) or Sunday, day {n}; write 'minggu ke-{n} ...' or "
        f"'Minggu, {n} ...'",
    )


def crosses_new_year(start: dt.date, end: dt.date) -> bool:
    """A start without its year is in the year before only for a range from October-December to January-March."""
    return start.month >= 10 and end.month <= 3


def backward_range() -> Text:
    return Text(
        "akhir rentang sebelum awalnya; rentang yang melewati tahun baru dari Oktober-Desember ke Januari-Maret "
        "boleh tanpa tahun awal ('Desember - Januari 2025'), selain itu tulis tahun awalnya "
        "('Juni 2023 - Mei 2024') atau perbaiki urutannya",
        "the range ends before it starts; a range across the new year from October-December to January-March "
        "may leave out the start's year ('Desember - Januari 2025'), otherwise write the start's year "
        "('Juni 2023 - Mei 2024') or fix the order",
    )
