"""Checks of the arguments a public function was given, raising the library's own errors.

A tool that maps `ZiTimelineError` to "400 Bad Request" must never see an
AttributeError from deep inside a rule because it passed a dict for a `Schedule`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from typing import cast

from zi_timeline._i18n import Text, short_repr
from zi_timeline.exceptions import ArgumentTypeError, InvalidArgumentError

__all__ = [
    "MAX_CAPACITY",
    "MAX_YEAR",
    "MIN_YEAR",
    "SCHEDULES",
    "check_capacity",
    "check_codes",
    "check_day",
    "check_many",
    "check_path",
    "check_type",
    "check_whole",
    "check_year",
]

MAX_CAPACITY = 100_000
"""The largest capacity (units per working day) taken: more units than a portfolio can hold."""

MIN_YEAR, MAX_YEAR = 1900, 2200
"""The years a date may have (and a ``year=`` argument): the calendar's range, and Python's dates'."""

SPAN_YEARS = (MIN_YEAR - 100, MAX_YEAR + 100)
"""The years a `DateSpan` made in Python may reach: the readable years with room for the
planner to step past them (a plan late in 2200 proposes in 2201); the calendar counts
working days over the same years."""

SCHEDULES = Text(
    "daftar Schedule (satu Schedule pun ditulis dalam daftar: [s])",
    "a list of Schedule (even one Schedule goes in a list: [s])",
)


def check_type(value: object, kind: type | tuple[type, ...], name: str, expected: str | Text) -> None:
    """Raise `ArgumentTypeError` (a TypeError) unless *value* is a *kind*.

    *expected* names the kind for people: a type name (the same in both languages) or a `Text`.
    """
    if not isinstance(value, kind):
        wanted = expected if isinstance(expected, Text) else Text(expected, expected)
        raise ArgumentTypeError(
            Text(
                f"argumen {name} harus {wanted.id}, bukan {type(value).__name__} {short_repr(value)}",
                f"argument {name} must be {wanted.en}, not {type(value).__name__} {short_repr(value)}",
            ),
            value=value,
            field=name,
            field_in_text=True,
        )


def check_day(value: object, name: str) -> None:
    """A `datetime.date` (not a datetime, whose time of day would be ignored silently)."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        check_type(value, (), name, "datetime.date")


def check_codes(codes: Iterable[str] | None, name: str) -> list[str] | None:
    """A list of rule codes, not one string (which would be read letter by letter); each one a `str`.

    Returns the codes as a list (an iterator is read once), or None for None.
    """
    if isinstance(codes, str) or (codes is not None and not isinstance(codes, Iterable)):
        check_type(codes, (), name, Text("daftar kode, mis. ['ZI2']", "a list of codes, e.g. ['ZI2']"))
    if codes is None:
        return None
    listed = list(codes)
    for i, code in enumerate(listed):
        check_type(code, str, f"{name}[{i}]", Text("kode aturan (str), mis. 'ZI2'", "a rule code (str), e.g. 'ZI2'"))
    return listed


def check_many(value: object, name: str, expected: Text, single: type | tuple[type, ...] = ()) -> None:
    """A collection of items: not None, not one text or mapping, not one *single* item."""
    if isinstance(value, (str | bytes | Mapping, single)) or not isinstance(value, Iterable):
        check_type(value, (), name, expected)


def check_flag(value: object, name: str) -> None:
    """``True`` or ``False`` (not ``"no"``, which is a true value, nor 0 or None)."""
    if not isinstance(value, bool):
        check_type(value, (), name, Text("True atau False", "True or False"))


def check_whole(value: object, name: str) -> None:
    """An `int` (not a bool, not a float such as ``2024.0``)."""
    if isinstance(value, bool) or not isinstance(value, int):
        check_type(value, (), name, Text("bilangan bulat (int)", "a whole number (int)"))


def check_path(value: object, name: str) -> None:
    """A file name as `str` or `pathlib.Path` (bytes names are not taken)."""
    if not isinstance(value, str | os.PathLike) or not isinstance(os.fspath(value), str):
        check_type(value, (), name, Text("nama berkas (str atau pathlib.Path)", "a file name (str or pathlib.Path)"))
    if not os.fspath(cast("str | os.PathLike[str]", value)):  # "" would become "." (the current folder) through pathlib
        raise InvalidArgumentError(
            Text(f"argumen {name} berisi nama berkas kosong", f"argument {name} is an empty file name"),
            value=value,
            field=name,
            field_in_text=True,
        )


_CAPACITY = Text(
    "bilangan bulat positif (unit per hari kerja) atau pemetaan tim -> bilangan bulat positif",
    "a positive whole number (units per working day) or a mapping team -> positive whole number",
)


def check_capacity(value: object, name: str = "capacity") -> None:
    """None, a positive `int` of at most `MAX_CAPACITY`, or a mapping team name -> such an int."""
    if value is None:
        return
    if isinstance(value, Mapping):
        for team, cap in value.items():
            check_type(team, str, f"{name} (tim / team)", Text("nama tim (str)", "a team name (str)"))
            _check_one_capacity(cap, f"{name}[{team!r}]")
        return
    _check_one_capacity(value, name)


def _check_one_capacity(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        check_type(value, (), name, _CAPACITY)
    elif not 1 <= value <= MAX_CAPACITY:  # 0 would make every TPI a finding; 10**400 overflows a float
        raise InvalidArgumentError(
            Text(
                f"argumen {name} harus antara 1 dan {MAX_CAPACITY} unit per hari kerja, bukan {short_repr(value)}",
                f"argument {name} must be between 1 and {MAX_CAPACITY} units per working day, "
                f"not {short_repr(value)}",
            ),
            value=value,
            field=name,
            field_in_text=True,
        )


def check_indent(indent: object) -> None:
    """None (compact) or 0 to 16 spaces: a negative or text indent means nothing, a huge one floods memory."""
    if indent is None:
        return
    check_whole(indent, "indent")
    if not 0 <= cast("int", indent) <= MAX_INDENT:
        raise InvalidArgumentError(
            Text(
                f"argumen indent harus 0-{MAX_INDENT} atau None, bukan {short_repr(indent)}",
                f"argument indent must be 0-{MAX_INDENT} or None, not {short_repr(indent)}",
            ),
            value=indent,
            field="indent",
            field_in_text=True,
        )


MAX_INDENT = 16


def check_year(year: object, name: str = "year") -> None:
    """None, or a whole number from MIN_YEAR to MAX_YEAR (a ``year=`` argument: -5 or 10**30 is refused)."""
    if year is None:
        return
    check_whole(year, name)
    if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidArgumentError(
            Text(
                f"argumen {name} harus tahun {MIN_YEAR}-{MAX_YEAR}, bukan {short_repr(year)}",
                f"argument {name} must be a year {MIN_YEAR}-{MAX_YEAR}, not {short_repr(year)}",
            ),
            value=year,
            field=name,
            field_in_text=True,
        )
