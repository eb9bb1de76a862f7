"""Working days (weekends, national holidays, cuti bersama) and national windows per cycle year.

Holidays come from the ``holidays`` package, imported on first use: it costs tens of
milliseconds and a tool that only parses dates should not pay for it. Cuti bersama are
fixed each year by joint ministerial decree, so later years have none in the data; the
calendar says so (`Calendar.has_leave_data`) instead of treating those years as if
every weekday were a working day for certain.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple, cast

import attrs

from zi_timeline._args import SPAN_YEARS, check_day, check_path, check_type, check_whole
from zi_timeline._dates import last_day
from zi_timeline._fields import instance
from zi_timeline._files import read_settings
from zi_timeline._i18n import Lang, Text, check_lang, short_repr
from zi_timeline._oserrors import os_reason
from zi_timeline._syntax import parser_says
from zi_timeline._windows import (
    CALENDAR_KEYS,
    CYCLE_YEARS,
    TOP_KEYS,
    Award,
    Entry,
    Strength,
    Window,
    cycle_year,
    days_field,
    default_deadline,
    entries_field,
    entry,
    error,
    holidays_field,
    iso_date,
    month_day_field,
    strength_field,
    subtable,
    text_value,
    year_key,
)
from zi_timeline.exceptions import InvalidArgumentError, LoadError

if TYPE_CHECKING:
    from pathlib import Path
    from typing import SupportsIndex

__all__ = ["Award", "Calendar", "Window", "shift", "shift_back"]

_WEEKEND = {5: Text("Sabtu", "Saturday"), 6: Text("Minggu", "Sunday")}


class _YearTable(NamedTuple):
    """Working-day prefix counts for one year: ``prefix[i]`` working days among its first i days."""

    first: dt.date
    prefix: tuple[int, ...]

    @property
    def total(self) -> int:
        return self.prefix[-1]

    def through(self, day: dt.date) -> int:
        """Working days from 1 January up to and including *day*."""
        return self.prefix[(day - self.first).days + 1]

    def nth(self, k: int) -> dt.date:
        """The k-th working day of the year (1-based); k must be within 1..total."""
        return self.first + dt.timedelta(days=bisect.bisect_left(self.prefix, k) - 1)


@attrs.frozen
class Calendar:
    """National windows, award dates and working days, with the user's own corrections.

    >>> cal = Calendar.default()
    >>> cal.working_days(dt.date(2025, 6, 2), dt.date(2025, 8, 29))
    61
    >>> cal.non_working_reason(dt.date(2025, 6, 9), "id")
    'Cuti Bersama Hari Raya Idul Adha'
    """

    # Checked as a copy is made (`attrs.evolve(calendar, extra_working_days=[...])`), never
    # later inside a check where a wrong type would surface as a bare error.
    entries: Mapping[int, Entry] = attrs.field(factory=dict, converter=entries_field, hash=False)
    default_closes: tuple[int, int] = attrs.field(default=(5, 31), validator=month_day_field)
    default_strength: Strength = attrs.field(default="R", validator=strength_field)
    default_source: str = attrs.field(default="", validator=instance(str, Text("teks", "text")))
    extra_holidays: Mapping[dt.date, str] = attrs.field(factory=dict, converter=holidays_field, hash=False)
    extra_working_days: frozenset[dt.date] = attrs.field(factory=frozenset, converter=days_field)
    version: str = attrs.field(default="", validator=instance(str, Text("teks", "text")))
    _tables: dict[int, _YearTable] = attrs.field(factory=dict, init=False, eq=False, repr=False, hash=False)
    _windows: dict[int, Window] = attrs.field(factory=dict, init=False, eq=False, repr=False, hash=False)

    def __getstate__(self) -> dict[str, object]:
        """The fields without the caches (year tables, windows): rebuilt on use after unpickling."""
        return {field.name: getattr(self, field.name) for field in attrs.fields(Calendar) if field.init}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_tables", {})
        object.__setattr__(self, "_windows", {})

    # -- construction -------------------------------------------------------------

    @classmethod
    def default(cls) -> Calendar:
        """The bundled windows (``data/windows.toml``) and the ``holidays`` package's days."""
        return _bundled()

    @classmethod
    def load(cls, path: str | Path, base: Calendar | None = None) -> Calendar:
        """Read a windows/calendar TOML file on top of *base* (the bundled calendar)."""
        import tomllib  # noqa: PLC0415 - only when a file is read: keeps `import zi_timeline` light
        from pathlib import Path  # noqa: PLC0415 - only when a file is read

        check_path(path, "path")
        if base is not None:
            check_type(base, Calendar, "base", "Calendar")
        path = Path(path)
        try:
            data = tomllib.loads(read_settings(path))
        except LoadError as exc:  # missing, not a regular file, too large: a calendar error, as before
            raise error(str(path), exc.text.id, exc.text.en) from exc
        except OSError as exc:
            reason = os_reason(exc)
            raise error(str(path), f"tidak dapat dibaca ({reason.id})", f"cannot be read ({reason.en})") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            said = parser_says(str(exc))
            raise error(str(path), f"bukan TOML yang sah ({said.id})", f"is not valid TOML ({said.en})") from exc
        return (base or cls.default()).merged(data, source=str(path))

    def merged(self, data: Mapping[str, object], *, source: str = "calendar") -> Calendar:
        """A copy with the windows and calendar tables of *data* applied on top.

        *data* has the shape of ``windows.toml``: ``[windows.YEAR]`` tables (``opens``,
        ``closes``, ``strength``, ``source``, ``award``, ``award_source``) and a
        ``[calendar]`` table (``extra_holidays = {"2028-04-10" = "name"}``,
        ``extra_working_days = ["2028-04-15"]``). Policies may carry the same tables.
        """
        check_type(data, Mapping, "data", Text("pemetaan (isi berkas jendela)", "a mapping (a windows file's tables)"))
        check_type(source, str, "source", Text("teks", "text"))
        unknown = sorted(set(data) - TOP_KEYS)
        if unknown:
            raise error(source, f"kunci {unknown[0]!r} tidak dikenal", f"unknown key {unknown[0]!r}", unknown[0])
        entries = dict(self.entries)
        for year, raw in subtable(data, "windows", source).items():
            where = f"{source}: windows.{year}"
            cycle = year_key(year, where)
            entries[cycle] = entry(raw, entries.get(cycle), where, cycle)
        calendar = attrs.evolve(self, entries=entries, version=str(data.get("version", self.version)))
        default = subtable(data, "default", source)
        if default:
            closes, strength, default_source = default_deadline(default, f"{source}: default")
            calendar = attrs.evolve(
                calendar, default_closes=closes, default_strength=strength, default_source=default_source
            )
        extra = subtable(data, "calendar", source)
        if extra:
            holidays, working = self._extra(extra, f"{source}: calendar")
            calendar = attrs.evolve(calendar, extra_holidays=holidays, extra_working_days=working)
        return calendar

    def _extra(self, raw: Mapping[str, object], where: str) -> tuple[dict[dt.date, str], frozenset[dt.date]]:
        unknown = sorted(set(raw) - CALENDAR_KEYS)
        if unknown:
            raise error(where, f"kunci {unknown[0]!r} tidak dikenal", f"unknown key {unknown[0]!r}", unknown[0])
        holidays = dict(self.extra_holidays)
        for key, name in subtable(raw, "extra_holidays", where).items():
            holidays[iso_date(key, f"{where}.extra_holidays")] = text_value(name, f"{where}.extra_holidays.{key}")
        working = set(self.extra_working_days)
        days = raw.get("extra_working_days", [])
        if not isinstance(days, list):
            raise error(where, "'extra_working_days' harus berupa daftar", "'extra_working_days' must be a list")
        working |= {iso_date(d, f"{where}.extra_working_days") for d in days}
        return holidays, frozenset(working)

    # -- windows and awards ---------------------------------------------------------

    def window(self, year: int) -> Window:
        """The known window of *year*, or the regulation default marked ``assumed``."""
        if type(year) is not int:  # 2024.0 would find 2024's window; None or "2024" no window
            cycle_year(year)
        try:
            return self._windows[year]
        except KeyError:
            # A pure value per year: threads that race store equal windows, setdefault keeps one.
            return self._windows.setdefault(year, self._window(year))

    def _window(self, year: int) -> Window:
        cycle_year(year)  # checked once per year asked
        entry = self.entries.get(year)
        if entry is not None and entry.closes is not None:
            return Window(year, entry.closes, entry.opens, entry.strength, entry.source)
        month, day = self.default_closes
        known, known_en = (entry.known, entry.known_en) if entry is not None else ("", "")
        closes = dt.date(year, month, min(day, last_day(year, month)))  # "02-29" in a common year: the 28th
        return Window(
            year, closes, None, self.default_strength, self.default_source, assumed=True, known=known, known_en=known_en
        )

    def award(self, year: int) -> Award | None:
        """The award date of the *year* cycle, when known."""
        if type(year) is not int or not CYCLE_YEARS[0] <= year <= CYCLE_YEARS[1]:
            cycle_year(year)
        entry = self.entries.get(year)
        if entry is None or entry.award is None:
            return None
        return Award(year, entry.award, entry.award_source)

    def known_windows(self) -> tuple[Window, ...]:
        return tuple(self.window(y) for y in sorted(self.entries) if self.entries[y].closes is not None)

    # -- working days ---------------------------------------------------------------

    def has_leave_data(self, year: int) -> bool:
        """True when cuti bersama for *year* are known (from the package or the user)."""
        if type(year) is not int or not CYCLE_YEARS[0] <= year <= CYCLE_YEARS[1]:
            cycle_year(year)
        if _leave_days(year):
            return True
        return bool(self.extra_holidays) and any(d.year == year for d in self.extra_holidays)

    # The day methods are the hot path of every rule: a day of the exact type `date` passes
    # with one comparison; anything else is checked, and a datetime (whose time of day
    # would be dropped, or which would miss its holiday by hash) is refused.

    def non_working_reason(self, day: dt.date, lang: Lang = "id") -> str | None:
        """Why *day* is not a working day (``Sabtu``, a holiday's name), or None on a working day."""
        if type(day) is not dt.date:
            check_day(day, "day")
        if type(lang) is not str or (lang != "id" and lang != "en"):  # noqa: PLR1714 - a pandas Series compares per row
            check_lang(lang)
        if not _TABLE_YEARS[0] <= day.year <= _TABLE_YEARS[1]:  # as is_working_day: no answer beyond the tables
            raise _out_of_range(day.year)
        if day in self.extra_working_days:
            return None
        names = []
        if day.weekday() in _WEEKEND:
            names.append(_WEEKEND[day.weekday()].get(lang))
        names += _holiday_names(day.year, lang).get(day, [])
        if day in self.extra_holidays:
            names.append(self.extra_holidays[day])
        return "; ".join(names) or None

    def is_working_day(self, day: dt.date) -> bool:
        if type(day) is not dt.date:
            check_day(day, "day")
        table = self._table(day.year)
        index = (day - table.first).days
        return table.prefix[index + 1] > table.prefix[index]

    def working_days(self, start: dt.date, end: dt.date) -> int:
        """Working days from *start* to *end*, both included (0 when end < start)."""
        if type(start) is not dt.date or type(end) is not dt.date:
            check_day(start, "start")
            check_day(end, "end")
        if end < start:
            return 0
        if start.year == end.year:  # the common case, in one table
            one = self._table(start.year)
            return one.prefix[(end - one.first).days + 1] - one.prefix[(start - one.first).days]
        total = self._table(end.year).through(end)
        for year in range(start.year, end.year):
            total += self._table(year).total
        first = self._table(start.year)
        return total - first.prefix[(start - first.first).days]

    def working_days_after(self, day: dt.date, later: dt.date) -> int:
        """Working days in (day, later]; when later < day, minus those in [later, day).

        The inverse of `add_working_days`: ``working_days_after(d, add_working_days(d, n)) == n``.
        """
        if type(day) is not dt.date or type(later) is not dt.date:
            check_day(day, "day")
            check_day(later, "later")
        if later >= day:
            return self.working_days(day + dt.timedelta(days=1), later)
        return -self.working_days(later, day - dt.timedelta(days=1))

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day after *day* (before it when n < 0); *day* itself when n == 0."""
        if type(day) is not dt.date:
            check_day(day, "day")
        if type(n) is not int or not -_MAX_SHIFT <= n <= _MAX_SHIFT:
            n = _shift_count(n)
        if n == 0:
            return day
        if n > 0:
            table = self._table(day.year)
            k = table.through(day) + n
            while k > table.total:
                k -= table.total
                table = self._table(table.first.year + 1)
            return table.nth(k)
        table = self._table(day.year)
        k = table.prefix[(day - table.first).days] + n + 1
        while k < 1:
            table = self._table(table.first.year - 1)
            k += table.total
        return table.nth(k)

    def next_working_day(self, day: dt.date) -> dt.date:
        """*day* if it is a working day, else the first working day after it."""
        return day if self.is_working_day(day) else self.add_working_days(day, 1)

    def previous_working_day(self, day: dt.date) -> dt.date:
        """*day* if it is a working day, else the last working day before it."""
        return day if self.is_working_day(day) else self.add_working_days(day, -1)

    def _table(self, year: int) -> _YearTable:
        table = self._tables.get(year)
        if table is None:
            # A pure table per year: threads that race build equal tables, setdefault keeps
            # one, and the dict is bounded by the years a calendar can be asked about.
            if not _TABLE_YEARS[0] <= year <= _TABLE_YEARS[1]:
                raise _out_of_range(year)
            table = self._tables.setdefault(year, self._build(year))
        return table

    def _build(self, year: int) -> _YearTable:
        first = dt.date(year, 1, 1)
        closed = set(_holiday_names(year, "id")) | set(self.extra_holidays)
        prefix = [0]
        day = first
        while day.year == year:
            working = day in self.extra_working_days or (day.weekday() < 5 and day not in closed)
            prefix.append(prefix[-1] + working)
            day += dt.timedelta(days=1)
        return _YearTable(first, tuple(prefix))


_TABLE_YEARS = SPAN_YEARS
"""Years of working days a calendar counts: the dates the library reads (1900-2200), with room
for the rules and planner to step past them; beyond, an error instead of a table per year."""
_MAX_SHIFT = 366 * (_TABLE_YEARS[1] - _TABLE_YEARS[0])


def _shift_count(n: object) -> int:
    """A whole number of working days (numpy's integers too), within the calendar's years."""
    if isinstance(n, bool) or not hasattr(n, "__index__"):
        check_whole(n, "n")
    count = operator.index(cast("SupportsIndex", n))
    if not -_MAX_SHIFT <= count <= _MAX_SHIFT:
        raise InvalidArgumentError(
            Text(
                f"argumen n harus antara -{_MAX_SHIFT} dan {_MAX_SHIFT} hari kerja, bukan {short_repr(n)}",
                f"argument n must be between -{_MAX_SHIFT} and {_MAX_SHIFT} working days, not {short_repr(n)}",
            ),
            value=n,
            field="n",
            field_in_text=True,
        )
    return count


def _out_of_range(year: int) -> InvalidArgumentError:
    low, high = _TABLE_YEARS
    return InvalidArgumentError(
        Text(
            f"hari kerja tahun {year} tidak dihitung: kalender mencakup tahun {low}-{high}",
            f"working days of the year {year} are not counted: the calendar covers the years {low}-{high}",
        ),
        value=year,
    )


@cache
def _holiday_names(year: int, lang: Lang) -> dict[dt.date, list[str]]:
    """National holidays and cuti bersama of *year* by day, in *lang* (cached per process)."""
    import holidays  # noqa: PLC0415 - ~40 ms, loaded only when a calendar is consulted

    language = "id" if lang == "id" else "en_US"
    try:
        found = holidays.country_holidays("ID", years=year, categories=("public", "government"), language=language)
    except (NotImplementedError, ValueError, KeyError):  # pragma: no cover - outside the package's range
        return {}
    return {day: name.split("; ") for day, name in sorted(found.items())}


@cache
def _leave_days(year: int) -> frozenset[dt.date]:
    import holidays  # noqa: PLC0415

    try:
        found = holidays.country_holidays("ID", years=year, categories=("government",))
    except (NotImplementedError, ValueError, KeyError):  # pragma: no cover
        return frozenset()
    return frozenset(found)


@cache
def _bundled() -> Calendar:
    import tomllib  # noqa: PLC0415
    from importlib import resources  # noqa: PLC0415 - only when bundled data is read

    text = resources.files("zi_timeline").joinpath("data/windows.toml").read_text("utf-8")
    return Calendar().merged(tomllib.loads(text), source="windows.toml")


def shift(day: dt.date, n: int, unit: str, calendar: Calendar | None = None) -> dt.date:
    """*day* moved forward by *n* months, years, days or working days.

    Month ends clamp (31 January + 1 month = 29 February); working days need a calendar.
    """
    if unit in {"months", "years"}:
        return _shift_months(day, n * 12 if unit == "years" else n)
    if unit == "working_days":
        return (calendar or Calendar.default()).add_working_days(day, n)
    return day + dt.timedelta(days=n)


@lru_cache(maxsize=16384)  # by value, bounded, thread-safe: a portfolio shifts the same days again and again
def _shift_months(day: dt.date, months: int) -> dt.date:
    """What relativedelta(months=n) does, without its cost on validate()'s hot path."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month + 1, min(day.day, last_day(year, month + 1)))


def shift_back(day: dt.date, n: int, unit: str, calendar: Calendar | None = None) -> dt.date:
    """The latest day from which *n* units forward does not pass *day*."""
    if unit == "working_days":
        cal = calendar or Calendar.default()
        return cal.add_working_days(cal.previous_working_day(day), -n)
    candidate = shift(day, -n, unit)
    while shift(candidate, n, unit) > day:  # month-end clamping can overshoot by a day or two
        candidate -= dt.timedelta(days=1)
    step = dt.timedelta(days=1)
    while shift(candidate + step, n, unit) <= day:  # ... or stop short: 31 Dec + 6 months is 30 Jun
        candidate += step
    return candidate
