"""Reading dates as Indonesian planners write them.

Day-level forms go through `dateutil` with an Indonesian `parserinfo`; the forms
dateutil does not know (triwulan, semester, awal/akhir bulan, ranges, the news form
``Selasa (20/02)``, Excel serials) are recognised here first. A component the planner
did not write is never filled in: ``Juni 2024`` becomes the month, not a day.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from dateutil import parser as du_parser

from zi_timeline._args import MAX_YEAR, MIN_YEAR, check_year
from zi_timeline._date_guards import (
    backward_range,
    crosses_new_year,
    extra_numbers,
    month_and_two_digits,
    week_or_sunday,
)
from zi_timeline._dates import MONTHS_ID, DateSpan, Precision, last_day
from zi_timeline._datewords import DEADLINE, RANGE_WORDS, WEEK, clean_text, foreign_value
from zi_timeline._i18n import Text, short_repr
from zi_timeline._lazyre import LazyPattern
from zi_timeline._weekdays import WEEKDAY_INDEX, WEEKDAY_RE, weekday_mismatch
from zi_timeline.exceptions import InvalidDateError

__all__ = ["parse_date", "weekday_mismatch"]

_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("jan", "januari", "january"),
    ("feb", "februari", "pebruari", "february", "peb"),
    ("mar", "maret", "march", "mrt"),
    ("apr", "april"),
    ("mei", "may"),
    ("jun", "juni", "june"),
    ("jul", "juli", "july"),
    ("agu", "agt", "ags", "agus", "agustus", "aug", "august"),
    ("sep", "sept", "september"),
    ("okt", "oktober", "oct", "october"),
    ("nov", "nop", "nopember", "november"),
    ("des", "desember", "dec", "december"),
)
_MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, 1) for name in names}


class _IndonesianInfo(du_parser.parserinfo):
    """dateutil's parser, taught Indonesian and English month and weekday names."""

    JUMP = [*du_parser.parserinfo.JUMP, "tanggal", "tgl"]  # noqa: RUF012 - dateutil's own class attribute

    def month(self, name: str) -> int | None:
        return _MONTHS.get(name.casefold())

    def weekday(self, name: str) -> int | None:
        return WEEKDAY_INDEX.get(name.casefold())


_INFO = _IndonesianInfo(dayfirst=True)
# Two defaults that differ in every component tell which components were written.
# Both years are leap years so that "29/02" without a year is not rejected early.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2004, 2, 2))  # noqa: DTZ001 - dates only

# "minggu ke-2" is a week of the month, not Sunday
_NOT_A_WEEK = r"(?!(?:minggu|pekan)\s+(?:ke|pertama|kesatu|kedua|ketiga|keempat|kelima)\b)"
_LEADING_WEEKDAY = LazyPattern(rf"^{_NOT_A_WEEK}(?:{WEEKDAY_RE})\b[\s,]*(?:-\s*(?:{WEEKDAY_RE})\b[\s,]*)?")
_NEWS = LazyPattern(rf"^(?:(?:{WEEKDAY_RE})[\s,]*(?:-\s*(?:{WEEKDAY_RE}))?[\s,]*)?\((.+)\)$")
_DAY_RANGE = LazyPattern(r"^(\d{1,2})\s*-\s*(\d{1,2})(\s*[/.\s]\s*\D.*|/\d.*)$")
_WORD_RANGE = LazyPattern(r"^([a-z]+)\s*-\s*([a-z]+\s+\d{4})$")
_PART = LazyPattern(r"^(awal|pertengahan|tengah|medio|akhir|early|mid|late)\s+(.+)$")
_QUARTER = LazyPattern(r"^(?:triwulan|tw|kuartal|q|quarter)\s*-?\s*(i{1,3}|iv|[1-4])\s*(?:/|tahun|th\.?)?\s*(\d{4})?$")
_QUARTER_AFTER = LazyPattern(r"^(\d{4})\s*[-/ ]?\s*q([1-4])$")
_SEMESTER = LazyPattern(r"^(?:semester|smt|sem|h)\s*-?\s*(i{1,2}|[12])\s*(?:/|tahun|th\.?)?\s*(\d{4})?$")
_YEAR = LazyPattern(r"^(?:(?:ta\.?|t\.a\.?|tahun anggaran|tahun|th\.?|fy)\s*)?(\d{4})$")
_MONTH_YEAR_NUM = LazyPattern(r"^(\d{1,2})\s*[/.-]\s*(\d{4})$")
_BARE_DAY = LazyPattern(r"^\d{1,2}$")
# The commonest exact days, read without dateutil (the slow path for every new date):
# 20/02/2024, 20-02-2024, 20.02.2024, 20 februari 2024, 2024-02-20.
_NUMERIC_DAY = LazyPattern(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_NAMED_DAY = LazyPattern(r"^(\d{1,2})\s+([a-z]+)\s+(\d{4}|\d{2})$")  # "1 Juni 99": a two-digit year is 20xx
# Year first is software's form (2024-05-01, 2024/5/1, 2024-05-01 00:00:00, ISO with T
# and a zone): a four-digit first number is always year-month-day, never day-first.
_ISO_DAY = LazyPattern(
    r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:z|[+-]\d{2}:?\d{2})?$"
)
_ISO_MONTH = LazyPattern(r"^(\d{4})[-/](\d{1,2})$")
_SHORT_YEAR_DAY = LazyPattern(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$")
_DAY_MONTH = LazyPattern(r"^(\d{1,2})[/.-](\d{1,2})$")  # "(12/5)" in news: the year comes from context
_ALL_NUMERIC = LazyPattern(r"^[\d\s/.\-:]+$")
# "minggu ke-2", "pekan kedua": the week forms (WEEK, in _datewords) count weeks of the month.
_ORDINAL = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "v": 5}
_SERIAL = LazyPattern(r"^\d{5}(?:\.\d+)?$")
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "12, 15 Juli 2024", "12 dan 15 Juli", "12 Juli, 15 Juli 2024", "12-15, 20 Juli": several days, not one date.
# A clock ("04/07/2023, 21:40") is gone before this test, a weekday's comma ("Senin, 22 April") has no
# day or month before it, and "Juli, 2024" has a year, not a day, after it.
_AND = r"(?:,|;|&|\b(?:dan|and|serta)\b)"
_DAY_LIST = LazyPattern(rf"(?:(?<!\d)\d{{1,2}}|\b(?:{_MONTH_RE})\.?)\s*{_AND}\s*\d{{1,2}}(?![\d:])")
_LIST_FIRST_LAST = re.compile(
    r"^\s*(?:[^\W\d]+['\u2019]?[^\W\d]*,?\s*)?(\d{1,2})(?:\s*(?:,|;|&|dan|and|serta)\s*\d{1,2})*"
    r"\s*(?:,|;|&|dan|and|serta)\s*(\d{1,2})\s+(\D.*?)\s*$",
    re.IGNORECASE,
)
# Excel's "mmm-yy" exported as text: "Jul-24", "Mei '24" (an apostrophe always marks a year).
_MONTH_SHORT_YEAR = LazyPattern(r"^([a-z]+)\.?\s*(-|/|['\u2019\u2018`])\s*(\d{2})$")

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_THIRDS = {"awal": 0, "early": 0, "pertengahan": 1, "tengah": 1, "medio": 1, "mid": 1}

_EXCEL_EPOCH = dt.date(1899, 12, 30)
# Serials before 1954 are almost always a mistyped number, never a ZI date (ZI began in 2012).
_FIRST_SERIAL = 20000
_LAST_SERIAL = (dt.date(MAX_YEAR, 12, 31) - _EXCEL_EPOCH).days  # 31 December 2200: the last year read
MAX_DATE_CHARS = 100
"""Longest date text read; a longer cell is a ZI901 finding without being parsed."""
_NOT_A_NUMBER_DATE = (
    f"bukan tahun ({MIN_YEAR}-{MAX_YEAR}) dan bukan nomor seri tanggal Excel ({_FIRST_SERIAL}-{_LAST_SERIAL})",
    f"neither a year ({MIN_YEAR}-{MAX_YEAR}) nor an Excel date serial ({_FIRST_SERIAL}-{_LAST_SERIAL})",
)


def _number_error(value: object, whole: int | None) -> InvalidDateError:
    """Neither a year nor a serial; a number shaped like 202406 or 20240615 is said to be one."""
    id_reason, en_reason = _NOT_A_NUMBER_DATE
    digits = str(whole) if whole is not None and 0 < whole < 10**8 else ""  # str() refuses a huge int
    if len(digits) in {6, 8} and MIN_YEAR <= int(digits[:4]) <= MAX_YEAR and 1 <= int(digits[4:6]) <= 12:
        y, m = int(digits[:4]), int(digits[4:6])
        shape_id, shape_en = ("tahun-bulan (YYYYMM)", "year and month (YYYYMM)")
        written = f"{MONTHS_ID[m - 1]} {y}"
        if len(digits) == 8:
            shape_id, shape_en = ("tahun-bulan-hari (YYYYMMDD)", "year, month and day (YYYYMMDD)")
            written = f"{int(digits[6:])} {written}"
        id_reason += f"; {digits} tampak seperti {shape_id}: tulis {written!r}"
        en_reason += f"; {digits} looks like {shape_en}: write {written!r}"
    return _error(value, id_reason, en_reason)


def _error(value: object, id_reason: str, en_reason: str) -> InvalidDateError:
    return InvalidDateError(
        Text(
            f"tanggal {short_repr(value)} tidak dapat dibaca: {id_reason}",
            f"cannot read the date {short_repr(value)}: {en_reason}",
        ),
        value=value,
    )


def parse_date(value: object, *, year: int | None = None) -> DateSpan:
    """Read a date or a period into a `DateSpan` at the precision it was given.

    *year* completes dates written without one (``Selasa (20/02)``); without it such a
    date is an error. Numbers are Excel serials (``45463``) or, from 1900 to 2200, years.

    >>> parse_date("19-30 Mei 2022")
    DateSpan(start=datetime.date(2022, 5, 19), end=datetime.date(2022, 5, 30), precision=<Precision.DAY: 'day'>)
    >>> parse_date("Triwulan II 2024").format("en")
    'Q2 2024'
    >>> parse_date("Selasa (20/02)", year=2024).format()
    '20 Februari 2024'
    """
    check_year(year)
    if isinstance(value, str):  # the common case first: text from a file
        if len(value) > MAX_DATE_CHARS:  # refused unread: parsing cost must not grow with the cell
            raise _error(
                value,
                f"lebih dari {MAX_DATE_CHARS} karakter; tulis tanggalnya saja",
                f"longer than {MAX_DATE_CHARS} characters; write the date alone",
            )
        return _parse_str(value, year)
    if isinstance(value, DateSpan):
        _check_typed(value, value.start.year)
        _check_typed(value, value.end.year)
        return value
    if isinstance(value, dt.date):
        return _from_typed(value)
    if isinstance(value, bool):
        raise _error(value, "nilai benar/salah bukan tanggal", "a boolean is not a date")
    if isinstance(value, int) and abs(value) > _LAST_SERIAL:  # before any float(): 10**400 overflows it
        raise _number_error(value, value)
    if isinstance(value, int | float):
        return _from_number(value)
    found = foreign_value(value)  # numpy and pandas values, read without importing them
    if found is not None:
        return parse_date(found) if found != "" else _raise(_error(value, "kosong", "it is empty"))
    raise _error(value, f"tipe {type(value).__name__} bukan tanggal", f"a {type(value).__name__} is not a date")


def _from_typed(value: dt.date) -> DateSpan:
    """A typed date (Excel cell, YAML date, pandas): the same years as text."""
    if isinstance(value, dt.datetime):
        if value != value:  # noqa: PLR0124 - pandas NaT, the only datetime unequal to itself
            raise _error(value, "kosong", "it is empty")
        _check_typed(value, value.year)
        return DateSpan.day(value.date())
    _check_typed(value, value.year)
    return DateSpan.day(value)


def _check_typed(value: object, y: int) -> None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise _error(value, f"tahun {y} di luar {MIN_YEAR}-{MAX_YEAR}", f"year {y} is outside {MIN_YEAR}-{MAX_YEAR}")


def _raise(error: InvalidDateError) -> DateSpan:
    raise error


def _parse_str(value: str, year: int | None) -> DateSpan:
    try:
        return _parse_text(value, year)
    except InvalidDateError as exc:
        if exc.value != value:  # a part of a range failed: quote the whole value
            raise _error(value, exc.text.id.split(": ", 1)[-1], exc.text.en.split(": ", 1)[-1]) from exc
        raise


def _from_number(number: float) -> DateSpan:
    if not math.isfinite(number) or abs(number) > _LAST_SERIAL:
        raise _number_error(number, int(number) if math.isfinite(number) and number == int(number) else None)
    if number != int(number):
        raise _error(number, "angka tanggal harus bulat", "a date number must be whole")
    whole = int(number)
    if MIN_YEAR <= whole <= MAX_YEAR:
        return DateSpan.unit(dt.date(whole, 1, 1), Precision.YEAR)
    if _FIRST_SERIAL <= whole <= _LAST_SERIAL:
        return DateSpan.day(_EXCEL_EPOCH + dt.timedelta(days=whole))
    raise _number_error(number, whole)


@lru_cache(maxsize=4096)
def _parse_text(raw: str, year: int | None) -> DateSpan:
    text = clean_text(raw)
    if not text:
        raise _error(raw, "kosong", "it is empty")
    if _DAY_LIST.search(text):
        raise _day_list(raw)
    if m := DEADLINE.match(text):
        return _deadline(raw, m.group(1), year)
    news = _NEWS.match(text)
    if news:
        text = news.group(1).strip()
    if why := week_or_sunday(text):
        raise _error(raw, why.id, why.en)
    text = _LEADING_WEEKDAY.sub("", text).strip()
    if _SERIAL.match(text) or (_YEAR.match(text) and text.isdigit()):
        return _from_number(float(text))
    span = _parse_range(raw, text, year)
    if span is None:
        span = _parse_single(raw, text, year, None)
    return span


def _day_list(raw: str) -> InvalidDateError:
    """"12, 15 Juli 2024" is two days: refused, with the range it may have meant."""
    m = _LIST_FIRST_LAST.match(raw)
    derived = m is not None and int(m.group(1)) < int(m.group(2))
    rng = f"{m.group(1)}-{m.group(2)} {m.group(3)}" if m is not None and derived else "12-15 Juli 2024"
    such_id, such_en = ("", "") if derived else ("seperti ", "such as ")
    return _error(
        raw,
        f"daftar hari bukan satu tanggal; bila harinya berurutan tulis rentang {such_id}{rng!r}, "
        "bila tidak tulis satu baris per hari",
        f"a list of days is not one date; write a range {such_en}{rng!r} if the days run on, "
        "otherwise one row per day",
    )


def _month_short_year(raw: str, text: str, year: int | None) -> DateSpan | None:
    """"Jul-24": Excel's month and two-digit year; refused when the schedule's year reads it as a day."""
    if why := month_and_two_digits(text, _MONTHS):  # "Mei 24", no sign of a year: refused
        raise _error(raw, why.id, why.en)
    m = _MONTH_SHORT_YEAR.match(text)
    if m is None or m.group(1) not in _MONTHS:
        return None
    month, yy = _MONTHS[m.group(1)], int(m.group(3))
    span = _month(raw, 2000 + yy, month)
    if m.group(2) not in "-/" or year is None or yy == year % 100 or not 1 <= yy <= last_day(year, month):
        return span  # an apostrophe marks a year; or the day reading agrees, or there is none
    day = _day(raw, year, month, yy)
    return _raise(
        _error(
            raw,
            f"dapat dibaca sebagai {span.format('id')} (bulan-tahun Excel) atau {day.format('id')} "
            f"(tanggal {yy}, tahun jadwal {year}); tulis {span.format('id')!r} atau {day.format('id')!r}",
            f"it reads as {span.format('en')} (Excel month-year) or as {day.format('en')} (day {yy} of the "
            f"schedule's year {year}); write {span.format('id')!r} or {day.format('id')!r}",
        )
    )


def _week(raw: str, m: re.Match[str], year: int | None) -> DateSpan:
    number = m.group(1) or m.group(3)
    n = _ORDINAL.get(m.group(2) or number) or _ROMAN.get(number) or int(number)
    month = _parse_single(raw, m.group(4), year, None)
    if month.precision is not Precision.MONTH:
        raise _error(raw, "minggu ke-n memerlukan nama bulan", "a week of the month needs a month")
    first = month.start + dt.timedelta(days=7 * (n - 1))
    if first.month != month.start.month:
        raise _error(raw, f"bulan itu tidak punya minggu ke-{n}", f"that month has no week {n}")
    return DateSpan.unit(first, Precision.WEEK)


def _deadline(raw: str, rest: str, year: int | None) -> DateSpan:
    """"paling lambat 30 Juni 2024": some day of that month up to that day (a coarser unit: all of it)."""
    last = _parse_single(raw, _LEADING_WEEKDAY.sub("", rest).strip(), year, None)
    if last.precision is not Precision.DAY:
        return last
    return DateSpan(last.start.replace(day=1), last.end, Precision.MONTH)


def _parse_range(raw: str, text: str, year: int | None) -> DateSpan | None:
    parts = RANGE_WORDS.split(text, maxsplit=1)
    if len(parts) == 2:
        left, right = parts
    elif m := _DAY_RANGE.match(text):
        left, right = m.group(1) + m.group(3), m.group(2) + m.group(3)
    elif (m := _WORD_RANGE.match(text)) and m.group(1) in _MONTHS:
        left, right = m.group(1), m.group(2)
    else:
        return None
    end = _parse_single(raw, _LEADING_WEEKDAY.sub("", right).strip(), year, None)
    left = _LEADING_WEEKDAY.sub("", left).strip()
    month = end.end.month if _BARE_DAY.match(left) else None  # "19" in "19-30 Mei 2022"
    own_year = _MONTH_SHORT_YEAR.match(left)  # "Des-23 - Jan-24": the left side writes its own year
    start = _parse_single(raw, left, year if own_year else end.end.year, month)
    before = start.start > end.end and not own_year and not re.search(r"\d{4}", left)
    if before and crosses_new_year(start.start, end.end):  # "Desember - Januari 2024"
        start = _parse_single(raw, left, end.end.year - 1, month)
    if start.start > end.end:
        why = backward_range()
        raise _error(raw, why.id, why.en)
    precision = max(start.precision, end.precision, key=lambda p: p.rank)
    return DateSpan(start.start, end.end, precision)


def _parse_single(raw: str, text: str, year: int | None, month: int | None) -> DateSpan:
    if month is not None:  # a bare day completed from the other side of a range
        return _day(raw, year, month, int(text))
    if m := WEEK.match(text):
        return _week(raw, m, year)
    if m := _PART.match(text):
        inner = _parse_single(raw, m.group(2), year, None)
        if inner.precision is not Precision.MONTH:
            raise _error(raw, "awal/akhir hanya untuk nama bulan", "early/mid/late needs a month")
        first = inner.start + dt.timedelta(days=10 * _THIRDS.get(m.group(1), 2))
        return DateSpan.unit(first, Precision.DEKAD)
    if m := _QUARTER.match(text) or _QUARTER_AFTER.match(text):
        q, y = (m.group(1), m.group(2)) if m.re is _QUARTER.compiled() else (m.group(2), m.group(1))
        quarter = _ROMAN.get(q) or int(q)
        return DateSpan.unit(dt.date(_need_year(raw, y, year), 3 * quarter - 2, 1), Precision.QUARTER)
    if m := _SEMESTER.match(text):
        half = _ROMAN.get(m.group(1)) or int(m.group(1))
        return DateSpan.unit(dt.date(_need_year(raw, m.group(2), year), 6 * half - 5, 1), Precision.SEMESTER)
    if m := _YEAR.match(text):
        return DateSpan.unit(dt.date(_check_year(raw, int(m.group(1))), 1, 1), Precision.YEAR)
    if m := _MONTH_YEAR_NUM.match(text):
        return _month(raw, int(m.group(2)), int(m.group(1)))
    if text in _MONTHS:
        return _month(raw, _need_year(raw, None, year), _MONTHS[text])
    return _month_short_year(raw, text, year) or _common_day(raw, text, year) or _dateutil(raw, text, year)


def _common_day(raw: str, text: str, year: int | None) -> DateSpan | None:
    """The commonest exact days without dateutil, which is slow for every date not seen before."""
    if m := _NUMERIC_DAY.match(text):
        return _day(raw, _check_year(raw, int(m.group(4))), _month_number(raw, int(m.group(3))), int(m.group(1)))
    if (m := _NAMED_DAY.match(text)) and m.group(2) in _MONTHS:
        y = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)  # two digits: 20xx
        return _day(raw, _check_year(raw, y), _MONTHS[m.group(2)], int(m.group(1)))
    if m := _ISO_DAY.match(text):
        return _day(raw, _check_year(raw, int(m.group(1))), _month_number(raw, int(m.group(3))), int(m.group(4)))
    if m := _ISO_MONTH.match(text):
        return _month(raw, int(m.group(1)), int(m.group(2)))
    if m := _SHORT_YEAR_DAY.match(text):  # 26/8/25: a two-digit year is this century
        return _day(raw, 2000 + int(m.group(4)), _month_number(raw, int(m.group(3))), int(m.group(1)))
    if m := _DAY_MONTH.match(text):
        return _day(raw, year, _month_number(raw, int(m.group(2))), int(m.group(1)))
    if text.isdigit():
        if len(text) in {6, 8}:  # "202406": a number's shape, said as for the number
            raise _number_error(raw, int(text))
        raise _error(raw, "bulan tidak disebut", "no month is given")
    if _ALL_NUMERIC.match(text):  # never let dateutil guess the order of bare numbers
        raise _error(
            raw,
            "tulis tanggal angka sebagai hari/bulan/tahun (20/02/2024) atau tahun-bulan-hari (2024-02-20)",
            "write a numeric date as day/month/year (20/02/2024) or year-month-day (2024-02-20)",
        )
    return None


def _dateutil(raw: str, text: str, year: int | None) -> DateSpan:
    if why := extra_numbers(text, _MONTHS):  # dateutil would make a second day number the year
        raise _error(raw, why.id, why.en)
    try:
        a, b = (du_parser.parse(text, parserinfo=_INFO, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError, ArithmeticError) as exc:  # dateutil: decimal.InvalidOperation on huge numbers
        reason = str(exc)
        if "out of range" in reason or "must be in" in reason:
            raise _error(raw, "tanggal itu tidak ada di kalender", "no such day in the calendar") from exc
        raise _error(
            raw,
            "bentuk yang dikenal antara lain '20 Februari 2024', '20/02/2024', 'Juni 2024', "
            "'Triwulan II 2024', '19-30 Mei 2022'",
            "known forms include '20 Februari 2024', '20/02/2024', 'Juni 2024', 'Triwulan II 2024', '19-30 Mei 2022'",
        ) from exc
    has_year, has_month, has_day = a.year == b.year, a.month == b.month, a.day == b.day
    if not has_month:
        raise _error(raw, "bulan tidak disebut", "no month is given")
    y = a.year if has_year else _need_year(raw, None, year)
    if not has_day:
        return _month(raw, y, a.month)
    return _day(raw, y, a.month, a.day)


def _need_year(raw: str, written: str | None, year: int | None) -> int:
    if written is not None:
        return _check_year(raw, int(written))
    if year is None:
        raise _error(
            raw,
            "tahun tidak disebut; tulis tahunnya atau isi 'year' pada jadwal",
            "no year is given; write the year or set the schedule's 'year'",
        )
    return _check_year(raw, year)


def _check_year(raw: str, y: int) -> int:
    if not MIN_YEAR <= y <= MAX_YEAR:
        shown = short_repr(y)  # a year argument may be 10**5000, which str() refuses
        raise _error(
            raw, f"tahun {shown} di luar {MIN_YEAR}-{MAX_YEAR}", f"year {shown} is outside {MIN_YEAR}-{MAX_YEAR}"
        )
    return y


def _month_number(raw: str, m: int) -> int:
    if not 1 <= m <= 12:
        raise _error(
            raw,
            f"bulan {m} tidak ada; tanggal angka dibaca hari/bulan/tahun, urutan bulan/hari tidak ditebak",
            f"there is no month {m}; numeric dates are read day/month/year, a month/day order is never guessed",
        )
    return m


def _month(raw: str, y: int, m: int) -> DateSpan:
    if not 1 <= m <= 12:
        raise _error(raw, f"bulan {m} tidak ada", f"there is no month {m}")
    return DateSpan.unit(dt.date(_check_year(raw, y), m, 1), Precision.MONTH)


def _day(raw: str, y: int | None, m: int, d: int) -> DateSpan:
    y = _need_year(raw, None, y)
    try:
        return DateSpan.day(dt.date(y, m, d))
    except ValueError as exc:
        raise _error(raw, "tanggal itu tidak ada di kalender", "no such day in the calendar") from exc
