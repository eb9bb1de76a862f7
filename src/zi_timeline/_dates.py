"""Dates as planners give them: a day, or a coarser unit that is a span, not a guess."""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import NoReturn

import attrs

from zi_timeline._args import SPAN_YEARS
from zi_timeline._i18n import Lang, Text, check_lang, short_repr
from zi_timeline.exceptions import ArgumentTypeError, InvalidDateError

__all__ = ["DateSpan", "Precision", "format_date", "month_name", "unit_bounds"]

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ROMAN = ("I", "II", "III", "IV")


class Precision(enum.Enum):
    """How exactly a date was given; every coarser precision is a whole aligned unit.

    ``DEKAD`` is a third of a month (days 1-10, 11-20, 21-end): ``awal``,
    ``pertengahan`` and ``akhir`` in Indonesian plans. ``WEEK`` is a week of the month
    as ``minggu ke-2`` counts it (days 1-7, 8-14, 15-21, 22-28, 29-end).
    """

    # Members are singletons compared by identity: hash them in C (Enum hashes the
    # name in Python, on every dict lookup keyed by a member).
    __hash__ = object.__hash__

    DAY = "day"
    WEEK = "week"
    DEKAD = "dekad"
    MONTH = "month"
    QUARTER = "quarter"
    SEMESTER = "semester"
    YEAR = "year"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {p: i for i, p in enumerate(Precision)}


def month_name(month: int, lang: Lang = "id") -> str:
    return (MONTHS_ID if lang == "id" else MONTHS_EN)[month - 1]


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def last_day(year: int, month: int) -> int:
    """The number of days in *month* of *year* (the last day's number)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return _MONTH_DAYS[month - 1]


@functools.lru_cache(maxsize=8192)
def unit_bounds(day: dt.date, precision: Precision) -> tuple[dt.date, dt.date]:
    """First and last day of the *precision* unit that contains *day*.

    >>> unit_bounds(dt.date(2024, 5, 15), Precision.QUARTER)
    (datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    """
    y, m = day.year, day.month
    if precision is Precision.DAY:
        return day, day
    if precision is Precision.WEEK:
        first = 7 * min((day.day - 1) // 7, 4) + 1
        return dt.date(y, m, first), dt.date(y, m, min(first + 6, last_day(y, m)))
    if precision is Precision.DEKAD:
        if day.day <= 10:
            return dt.date(y, m, 1), dt.date(y, m, 10)
        if day.day <= 20:
            return dt.date(y, m, 11), dt.date(y, m, 20)
        return dt.date(y, m, 21), dt.date(y, m, last_day(y, m))
    if precision is Precision.MONTH:
        first_month, months = m, 1
    elif precision is Precision.QUARTER:
        first_month, months = 3 * ((m - 1) // 3) + 1, 3
    elif precision is Precision.SEMESTER:
        first_month, months = 6 * ((m - 1) // 6) + 1, 6
    else:
        first_month, months = 1, 12
    last_month = first_month + months - 1
    return dt.date(y, first_month, 1), dt.date(y, last_month, last_day(y, last_month))


def format_date(day: dt.date, precision: Precision, lang: Lang = "id") -> str:
    """One date at its precision: ``20 Februari 2024``, ``Juni 2024``, ``Triwulan II 2024``.

    >>> format_date(dt.date(2024, 7, 25), Precision.DEKAD, "id")
    'akhir Juli 2024'
    >>> format_date(dt.date(2024, 5, 1), Precision.QUARTER, "en")
    'Q2 2024'
    """
    y, m = day.year, day.month
    if precision is Precision.DAY:
        return f"{day.day} {month_name(m, lang)} {y}"
    if precision is Precision.WEEK:
        week = min((day.day - 1) // 7, 4) + 1
        if lang == "id":
            return f"minggu ke-{week} {month_name(m, lang)} {y}"
        return f"week {week} of {month_name(m, lang)} {y}"
    if precision is Precision.DEKAD:
        third = min((day.day - 1) // 10, 2)
        words = ("awal", "pertengahan", "akhir") if lang == "id" else ("early", "mid", "late")
        return f"{words[third]} {month_name(m, lang)} {y}"
    if precision is Precision.MONTH:
        return f"{month_name(m, lang)} {y}"
    if precision is Precision.QUARTER:
        q = (m - 1) // 3
        return f"Triwulan {_ROMAN[q]} {y}" if lang == "id" else f"Q{q + 1} {y}"
    if precision is Precision.SEMESTER:
        h = (m - 1) // 6
        return f"Semester {_ROMAN[h]} {y}" if lang == "id" else f"H{h + 1} {y}"
    return str(y)


@attrs.frozen(order=False, cache_hash=True)  # spans are memo keys throughout: hashed once
class DateSpan:
    """A date or a period, with the precision at which it was given.

    ``DateSpan(2024-06-01, 2024-06-30, MONTH)`` is "Juni 2024": one unknown day (or days)
    in June, never a guessed 15 June. For a period such as ``Februari - Mei 2024`` the
    start lies somewhere in the first unit and the end somewhere in the last.

    >>> span = DateSpan(dt.date(2024, 6, 1), dt.date(2024, 6, 30), Precision.MONTH)
    >>> span.format("id"), span.start_bounds
    ('Juni 2024', (datetime.date(2024, 6, 1), datetime.date(2024, 6, 30)))
    """

    start: dt.date
    end: dt.date = attrs.field()
    precision: Precision = Precision.DAY

    @end.validator
    def _end_not_before_start(self, _: object, value: dt.date) -> None:
        if type(self.start) is not dt.date or type(value) is not dt.date:  # a datetime/Timestamp: not a day
            _not_days(self.start, value)
        if not isinstance(self.precision, Precision):
            _not_days(self.precision, self.precision)
        if value < self.start:
            raise InvalidDateError(
                Text(f"akhir {value} sebelum awal {self.start}", f"end {value} is before start {self.start}"),
                value=value,
            )
        if self.start.year < SPAN_YEARS[0] or value.year > SPAN_YEARS[1]:
            _beyond_calendar(self.start, value)

    @classmethod
    def day(cls, day: dt.date) -> DateSpan:
        return cls(day, day, Precision.DAY)

    @classmethod
    def unit(cls, day: dt.date, precision: Precision) -> DateSpan:
        """The whole *precision* unit that contains *day* ("Juni 2024" for any June day)."""
        if type(day) is not dt.date or type(precision) is not Precision:  # not an AttributeError inside
            _not_days(day, precision)
        first, last = unit_bounds(day, precision)
        return cls(first, last, precision)

    @property
    def exact(self) -> bool:
        """True when both ends are known to the day."""
        return self.precision is Precision.DAY

    @property
    def is_single_unit(self) -> bool:
        """True for one day or one unit ("Juni 2024"), False for a period of several."""
        return unit_bounds(self.start, self.precision) == (self.start, self.end)

    @functools.cached_property
    def start_bounds(self) -> tuple[dt.date, dt.date]:
        """Earliest and latest exact day the span may start on."""
        first, last = unit_bounds(self.start, self.precision)
        return max(first, self.start), min(last, self.end)

    @functools.cached_property
    def end_bounds(self) -> tuple[dt.date, dt.date]:
        """Earliest and latest exact day the span may end on."""
        first, last = unit_bounds(self.end, self.precision)
        return max(first, self.start), min(last, self.end)

    def format(self, lang: Lang = "id") -> str:
        """The span as a planner would write it, at its precision."""
        if type(lang) is not str or (lang != "id" and lang != "en"):  # noqa: PLR1714 - a pandas Series compares per row
            lang = check_lang(lang)
        return _format_span(self, lang)

    def _render(self, lang: Lang) -> str:
        p = self.precision
        if self.is_single_unit:
            return format_date(self.start, p, lang)
        first, last = unit_bounds(self.start, p)
        # a deadline: "s.d. 15 Juni 2024" reads back as 1-15 June: only for a span from the 1st of its end's month
        if p is not Precision.DAY and first == self.start == self.end.replace(day=1) and self.end < last:
            return ("s.d. " if lang == "id" else "by ") + format_date(self.end, Precision.DAY, lang)
        if p is Precision.DAY and (self.start.year, self.start.month) == (
            self.end.year,
            self.end.month,
        ):
            return f"{self.start.day}-{format_date(self.end, p, lang)}"
        left = format_date(self.start, _aligned(self.start, p, 0), lang)
        right = format_date(self.end, _aligned(self.end, p, 1), lang)
        if self.start.year == self.end.year and left.endswith(f" {self.start.year}"):
            left = left[: -len(f" {self.start.year}")]
        return f"{left} - {right}"

    def __str__(self) -> str:
        return self.format("id")


_WHOLE = (Precision.YEAR, Precision.SEMESTER, Precision.QUARTER, Precision.MONTH)  # coarsest first


def _aligned(day: dt.date, precision: Precision, side: int) -> Precision:
    """How to write one end of a span: the coarsest whole unit (month or coarser, up to *precision*)
    or *precision* itself that starts (side 0) or ends (side 1) on *day*; else DAY, the exact day.

    "15 Juni - Juli 2024" starts on 15 June: its start is written "15 Juni", not "minggu ke-3
    Juni" (a week the planner did not write), so that the text names the days the span holds.
    """
    for p in (*(w for w in _WHOLE if w.rank <= precision.rank), precision):
        if unit_bounds(day, p)[side] == day:
            return p
    return Precision.DAY


def _beyond_calendar(start: dt.date, end: dt.date) -> NoReturn:
    low, high = SPAN_YEARS
    raise InvalidDateError(
        Text(
            f"rentang {start.isoformat()} - {end.isoformat()} di luar tahun {low}-{high} yang dihitung kalender",
            f"the span {start.isoformat()} - {end.isoformat()} is outside the years {low}-{high} the calendar counts",
        ),
        value=start if not low <= start.year <= high else end,
    )


def _not_days(start: object, end: object) -> None:
    bad = start if type(start) is not dt.date and not isinstance(start, Precision) else end
    raise ArgumentTypeError(
        Text(
            f"DateSpan memerlukan dua datetime.date dan sebuah Precision, "
            f"bukan {type(bad).__name__} {short_repr(bad)}; teks tanggal dibaca dengan parse_date",
            f"a DateSpan needs two datetime.date and a Precision, not {type(bad).__name__} {short_repr(bad)}; "
            "read date text with parse_date",
        ),
        value=bad,
    )


@functools.lru_cache(maxsize=8192)
def _format_span(span: DateSpan, lang: Lang) -> str:
    """Equal spans read the same, so a portfolio formats each distinct span once."""
    return span._render(lang)  # noqa: SLF001 - the span's own renderer
