"""The national windows and award dates of each cycle year, and the tables that give them.

A `Window` is what KemenPANRB announced (or, when nothing was, the regulation's
default deadline, marked ``assumed``); an `Award` is the day a cycle's predicates were
given. Both are read from ``windows.toml`` (or a user's windows file, or a policy's
``[windows]`` table) by the helpers below, which say where a bad value stands.
`zi_timeline._calendar.Calendar` holds them with the working days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Literal, NamedTuple, cast

from zi_timeline._args import MAX_YEAR, MIN_YEAR, check_whole
from zi_timeline._dates import DateSpan, Precision, format_date
from zi_timeline._fields import field_error
from zi_timeline._frozen import frozen
from zi_timeline._i18n import Lang, Text, short_repr
from zi_timeline.exceptions import ArgumentTypeError, CalendarError, InvalidArgumentError

__all__ = ["Award", "Strength", "Window"]

Strength = Literal["R", "P", "C"]
_ENTRY_KEYS = frozenset({"opens", "closes", "strength", "source", "award", "award_source", "known", "known_en"})
TOP_KEYS = frozenset({"version", "default", "windows", "calendar"})
CALENDAR_KEYS = frozenset({"extra_holidays", "extra_working_days"})


class Window(NamedTuple):  # a plain value: a NamedTuple costs a fifth of an attrs class at import
    """The period in which KemenPANRB accepts proposals for one cycle year.

    ``assumed`` is True when no window is known for the year and the regulation's
    default deadline (31 May) stands in for it; ``opens`` is then None.

    >>> from zi_timeline import Calendar
    >>> Calendar.default().window(2024).format("id")
    '18-31 Juli 2024'
    >>> Calendar.default().window(2031).format("en")
    'no later than 31 May 2031, assumed from the regulation; what is known: no announcement for that year'
    """

    year: int
    closes: dt.date
    opens: dt.date | None = None
    strength: Strength = "R"
    source: str = ""
    assumed: bool = False
    known: str = ""  # for an assumed window: what is known of that year's cycle, with its source
    known_en: str = ""  # the same in English (a windows file that gives only `known` is shown as written)

    @property
    def first_day(self) -> dt.date:
        """The first day a proposal may be made (1 January when the opening is unknown)."""
        return self.opens or dt.date(self.year, 1, 1)

    def contains(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.closes

    def format(self, lang: Lang = "id") -> str:
        return _format_window(self, lang)

    def _render(self, lang: Lang) -> str:
        if self.opens is not None:
            return DateSpan(self.opens, self.closes).format(lang)
        text = _BY.get(lang).format(day=format_date(self.closes, Precision.DAY, lang))
        if self.assumed:
            known = (self.known_en or self.known) if lang == "en" else self.known
            text += _ASSUMED.get(lang) + _KNOWN.get(lang) + (known or _NO_NEWS.get(lang))
        return text


CYCLE_YEARS = (MIN_YEAR, MAX_YEAR + 100)
"""The cycle years a calendar answers for: those of the dates the library reads (1900-2200)
and the cycles after them that a plan or a fix may move to (a plan in 2200 proposes in 2201)."""


def cycle_year(year: object) -> None:
    """A whole number within `CYCLE_YEARS` (None, 2024.0, "2024" or 10**30 is refused)."""
    check_whole(year, "year")  # None too: a cycle year is always given
    low, high = CYCLE_YEARS
    if not low <= cast("int", year) <= high:
        raise InvalidArgumentError(
            Text(
                f"argumen year harus tahun siklus {low}-{high}, bukan {short_repr(year)}",
                f"argument year must be a cycle year {low}-{high}, not {short_repr(year)}",
            ),
            value=year,
            field="year",
            field_in_text=True,
        )


@lru_cache(maxsize=512)  # by value, bounded, thread-safe: every finding of a cycle names its window
def _format_window(window: Window, lang: Lang) -> str:
    return window._render(lang)  # noqa: SLF001 - the window's own renderer


_BY = Text("paling lambat {day}", "no later than {day}")
_ASSUMED = Text(", asumsi ketentuan regulasi", ", assumed from the regulation")
_KNOWN = Text("; yang diketahui: ", "; what is known: ")
_NO_NEWS = Text("belum ada pengumuman jendela tahun itu", "no announcement for that year")


class Award(NamedTuple):  # a plain value: a NamedTuple costs a fifth of an attrs class at import
    """The day the predicates of a cycle year were (or are to be) awarded, with its source."""

    year: int
    day: dt.date
    source: str


class Entry(NamedTuple):  # one year of windows.toml; a NamedTuple costs a fifth of an attrs class at import
    opens: dt.date | None = None
    closes: dt.date | None = None
    strength: Strength = "P"
    source: str = ""
    award: dt.date | None = None
    award_source: str = ""
    known: str = ""
    known_en: str = ""


def error(where: str, id_text: str, en_text: str, value: object = None) -> CalendarError:
    return CalendarError(Text(f"{where}: {id_text}", f"{where}: {en_text}"), value=value)


def subtable(data: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
    raw = data.get(key, {})
    if not isinstance(raw, Mapping):
        raise error(where, f"{key!r} harus berupa tabel", f"{key!r} must be a table", raw)
    return raw


def year_key(key: object, where: str) -> int:
    """A cycle year as a file writes it (``"2024"``) or a Python mapping does (``2024``)."""
    text = str(key) if type(key) is int else key
    if not isinstance(text, str) or not text.isdigit() or not MIN_YEAR <= int(text) <= MAX_YEAR:
        shown, years = short_repr(key), f"{MIN_YEAR}-{MAX_YEAR}"
        raise error(where, f"tahun {shown} tidak sah ({years})", f"invalid year {shown} ({years})", key)
    return int(text)


def iso_date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise error(
        where,
        f"{value!r} bukan tanggal; tulis seperti 2025-07-31",
        f"{value!r} is not a date; write it like 2025-07-31",
        value,
    )


def entry(raw: object, base: Entry | None, where: str, year: int) -> Entry:
    """One year's window and award; the window's days must fall in that *year*, the award
    in it or the next (the 2025 cycle was awarded on 11 February 2026)."""
    if not isinstance(raw, Mapping):
        raise error(where, "harus berupa tabel", "must be a table", raw)
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    if unknown:
        raise error(where, f"kunci {unknown[0]!r} tidak dikenal", f"unknown key {unknown[0]!r}", unknown[0])
    values = (base or Entry())._asdict()
    for key in ("opens", "closes", "award"):
        if key in raw:
            values[key] = iso_date(raw[key], f"{where}.{key}")
    for key in ("source", "award_source", "known", "known_en"):
        if key in raw:
            values[key] = text_value(raw[key], f"{where}.{key}")
    if "strength" in raw:
        values["strength"] = check_strength(raw["strength"], where)
    made = Entry(**values)
    if made.closes is not None and not made.source:
        raise error(where, "'source' wajib diisi untuk jendela", "'source' is required for a window")
    if made.opens is not None and (made.closes is None or made.opens > made.closes):
        raise error(where, "'opens' harus sebelum 'closes'", "'opens' must come before 'closes'", made.opens)
    _check_years(made, where, year)
    return made


def _check_years(made: Entry, where: str, year: int) -> None:
    spans = {"opens": (made.opens, (year,)), "closes": (made.closes, (year,)), "award": (made.award, (year, year + 1))}
    for key, (day, years) in spans.items():
        if day is not None and day.year not in years:
            allowed = " / ".join(str(y) for y in years)
            raise error(
                f"{where}.{key}",
                f"{day.isoformat()} bukan dalam tahun {allowed} (siklus {year})",
                f"{day.isoformat()} is not in {allowed} (the {year} cycle)",
                day,
            )


def text_value(value: object, where: str) -> str:
    """A text of a windows file (a source, a note); a table or a list there is a mistake."""
    if isinstance(value, str):
        return value
    shown = short_repr(value)
    raise error(where, f"harus berupa teks, bukan {shown}", f"must be text, not {shown}", value)


def check_strength(value: object, where: str) -> Strength:
    if value == "R":
        return "R"
    if value == "P":
        return "P"
    if value == "C":
        return "C"
    raise error(where, "'strength' harus R, P atau C", "'strength' must be R, P or C", value)


def default_deadline(raw: Mapping[str, object], where: str) -> tuple[tuple[int, int], Strength, str]:
    closes = raw.get("closes")
    try:
        month, day = (int(part) for part in str(closes).split("-"))
        dt.date(2024, month, day)
    except ValueError as exc:
        raise error(
            where, f"'closes' {closes!r} harus 'BB-HH'", f"'closes' {closes!r} must be 'MM-DD'", closes
        ) from exc
    return (month, day), check_strength(raw.get("strength", "R"), where), str(raw.get("source", ""))


# -- the fields of a Calendar, checked as one is made or copied by attrs.evolve ------------


def _bad(
    name: str, expected: tuple[str, str], value: object, *, wrong_value: bool = False
) -> ArgumentTypeError | InvalidArgumentError:
    return field_error("Calendar", name, Text(*expected), value, wrong_value=wrong_value)


def entries_field(value: object) -> Mapping[int, Entry]:
    """Windows by cycle year: whole-number years (1900-2200), each an entry of a windows file."""
    if not isinstance(value, Mapping):
        raise _bad("entries", ("pemetaan tahun -> jendela", "a mapping year -> window"), value)
    for year, item in value.items():
        if type(year) is not int or not MIN_YEAR <= year <= MAX_YEAR:
            years = (f"tahun {MIN_YEAR}-{MAX_YEAR}", f"years {MIN_YEAR}-{MAX_YEAR}")
            raise _bad("entries", years, year, wrong_value=type(year) is int)
        if not isinstance(item, Entry):
            raise _bad("entries", ("isi berkas jendela", "entries of a windows file"), item)
    return frozen(value)


def month_day_field(_: object, __: object, value: object) -> None:
    month_day = ("(bulan, tanggal), mis. (5, 31)", "(month, day), e.g. (5, 31)")
    if not isinstance(value, tuple) or len(value) != 2 or not all(type(part) is int for part in value):
        raise _bad("default_closes", month_day, value)
    try:
        dt.date(2024, *value)  # a leap year: 29 February is a day a deadline may fall on
    except ValueError:
        raise _bad("default_closes", month_day, value, wrong_value=True) from None


def strength_field(_: object, __: object, value: object) -> None:
    if value not in ("R", "P", "C"):  # a tuple: an unhashable value is refused too
        strengths = ("'R', 'P' atau 'C'", "'R', 'P' or 'C'")
        raise _bad("default_strength", strengths, value, wrong_value=isinstance(value, str))


def holidays_field(value: object) -> Mapping[dt.date, str]:
    if not isinstance(value, Mapping):
        raise _bad("extra_holidays", ("pemetaan tanggal -> nama", "a mapping date -> name"), value)
    for day, name in value.items():
        if type(day) is not dt.date:
            raise _bad("extra_holidays", ("tanggal (datetime.date)", "a date (datetime.date)"), day)
        if not isinstance(name, str):
            raise _bad("extra_holidays", ("nama hari libur (teks)", "a holiday name (text)"), name)
    return frozen(value)


def days_field(value: object) -> frozenset[dt.date]:
    days = ("kumpulan tanggal (datetime.date)", "a set of dates (datetime.date)")
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise _bad("extra_working_days", days, value)
    found = frozenset(value)
    for day in found:
        if type(day) is not dt.date:
            raise _bad("extra_working_days", days, day)
    return found
