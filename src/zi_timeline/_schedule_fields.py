"""Checks of the schedule model's fields, run as a value is made and as `attrs.evolve` copies it.

``attrs.evolve(schedule, wbk_awarded=True)`` or ``Schedule(unit="A", milestones=["x"])``
fails where it is written, with the library's `ArgumentTypeError` (a TypeError) naming the
class, the field and the value, not later inside validate() with an AttributeError.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from zi_timeline._args import MAX_YEAR, MIN_YEAR
from zi_timeline._dates import DateSpan
from zi_timeline._fields import field_error, instance
from zi_timeline._i18n import Text

if TYPE_CHECKING:
    import attrs

    from zi_timeline.exceptions import ArgumentTypeError, InvalidArgumentError

__all__ = ["TEXT_OR_NONE", "day_span", "items_of", "optional", "year_field"]

T = TypeVar("T")


def optional(kind: type, expected: Text) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: None or a *kind* (an enum member: one ``type`` test, made per row)."""

    def check(owner: object, field: attrs.Attribute[Any], value: object) -> None:
        if value is not None and type(value) is not kind:
            raise field_error(type(owner).__name__, field.name, expected, value)

    return check


_SPAN = Text(
    "DateSpan, datetime.date (satu hari) atau None",
    "a DateSpan, a datetime.date (one day) or None",
)


def day_span(value: object, owner: str, name: str) -> DateSpan | None:
    """None or a `DateSpan` as is, a plain date as that one day.

    A datetime (its time of day would be dropped), a text or True is the library's
    `ArgumentTypeError` naming ``owner.name`` where it is written, not an AttributeError
    inside validate().
    """
    if value is None or type(value) is DateSpan:
        return value
    if type(value) is dt.date:
        return DateSpan.day(value)
    raise field_error(owner, name, _SPAN, value)


def items_of(value: object, name: str, kind: type[T]) -> tuple[T, ...]:
    """*value* as a tuple of *kind*: a text, a mapping, None or one item alone is refused, and so is a foreign item."""
    if type(value) is tuple:  # the common cases first: made per unit read, an ABC test costs
        items: tuple[object, ...] = value
    elif type(value) is list:
        items = tuple(value)
    elif isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise items_error(name, kind, value)
    else:
        items = tuple(value)
    for item in items:
        if type(item) is not kind and not isinstance(item, kind):
            raise items_error(name, kind, item)
    return items  # type: ignore[return-value]


def items_error(name: str, kind: type, value: object) -> ArgumentTypeError | InvalidArgumentError:
    return field_error("Schedule", name, Text(f"daftar {kind.__name__}", f"a list of {kind.__name__}"), value)


def year_field(_owner: object, _field: object, value: Any) -> None:
    """None or a whole-number year in the calendar's range (not True, not 2024.0)."""
    if value is not None and (type(value) is not int or not MIN_YEAR <= value <= MAX_YEAR):
        expected = Text(f"tahun {MIN_YEAR}-{MAX_YEAR} atau None", f"a year {MIN_YEAR}-{MAX_YEAR} or None")
        raise field_error("Schedule", "year", expected, value, wrong_value=type(value) is int)


TEXT_OR_NONE = instance((str, type(None)), Text("teks atau None", "text or None"))
