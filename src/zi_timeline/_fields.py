"""Checks of a value object's fields, run as the object is made and as `attrs.evolve` copies it.

attrs' own ``instance_of`` raises a bare TypeError; these raise the library's
`ArgumentTypeError` (a TypeError too) with the class, the field and the value, in
both languages, so that ``attrs.evolve(calendar, entries=None)`` fails where it is
written, not later inside a check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zi_timeline._i18n import Text, short_repr
from zi_timeline.exceptions import ArgumentTypeError, InvalidArgumentError

if TYPE_CHECKING:
    import attrs

__all__ = ["field_error", "instance"]


def field_error(
    owner: str, name: str, expected: Text, value: object, *, wrong_value: bool = False
) -> ArgumentTypeError | InvalidArgumentError:
    """``the field Calendar.version must be text, not int 5`` (and its Indonesian).

    An `ArgumentTypeError` (a TypeError); with *wrong_value*, for a value of the right
    type that is still not one the field takes (``"Q"`` for a strength), an
    `InvalidArgumentError` (a ValueError).
    """
    kind = InvalidArgumentError if wrong_value else ArgumentTypeError
    return kind(
        Text(
            f"isian {owner}.{name} harus {expected.id}, bukan {type(value).__name__} {short_repr(value)}",
            f"the field {owner}.{name} must be {expected.en}, not {type(value).__name__} {short_repr(value)}",
        ),
        value=value,
        field=name,
        field_in_text=True,
    )


def instance(kind: type | tuple[type, ...], expected: Text) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: the field's value is a *kind*, else `field_error` naming *expected*."""

    def check(owner: object, field: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise field_error(type(owner).__name__, field.name, expected, value)

    return check
