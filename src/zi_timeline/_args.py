"""Checks of the arguments a public function was given, raising the library's own errors.

A tool that maps `ZiTimelineError` to "400 Bad Request" must never see an
AttributeError from deep inside a rule because it passed a dict for a `Schedule`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from zi_timeline._i18n import Text, short_repr
from zi_timeline.exceptions import ArgumentTypeError

__all__ = ["check_codes", "check_day", "check_type"]


def check_type(value: object, kind: type | tuple[type, ...], name: str, expected: str) -> None:
    """Raise `ArgumentTypeError` (a TypeError) unless *value* is a *kind*; *expected* names it for people."""
    if not isinstance(value, kind):
        raise ArgumentTypeError(
            Text(
                f"argumen {name} harus {expected}, bukan {type(value).__name__} {short_repr(value)}",
                f"argument {name} must be {expected}, not {type(value).__name__} {short_repr(value)}",
            ),
            value=value,
            field=name,
        )


def check_day(value: object, name: str) -> None:
    """A `datetime.date` (not a datetime, whose time of day would be ignored silently)."""
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        check_type(value, (), name, "datetime.date")


def check_codes(codes: Iterable[str] | None, name: str) -> None:
    """A list of rule codes, not one string (which would be read letter by letter)."""
    if isinstance(codes, str) or (codes is not None and not isinstance(codes, Iterable)):
        check_type(codes, (), name, "daftar kode / a list of codes, e.g. ['ZI2']")
