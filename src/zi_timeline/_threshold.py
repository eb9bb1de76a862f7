"""The values a policy holds: `Threshold` (a limit per severity level, with its source) and `Planning`.

A threshold's fields are checked as it is made, and again as `attrs.evolve` copies it:
``attrs.evolve(threshold, unit="weeks")`` fails where it is written, with the library's
`InvalidArgumentError` (a ValueError) for a value it does not know and its
`ArgumentTypeError` (a TypeError) for a value of the wrong kind, never later inside
validate(). The policy file's reader (`zi_timeline._policy_read`) checks the same things
first, with messages that name the file and the table.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import Any, Literal, NamedTuple

import attrs

from zi_timeline._args import check_type
from zi_timeline._fields import field_error, instance
from zi_timeline._findings import Severity
from zi_timeline._frozen import frozen
from zi_timeline._i18n import Text
from zi_timeline.exceptions import ArgumentTypeError, InvalidArgumentError, PolicyError

__all__ = [
    "LEVELS",
    "PARAMS",
    "STRENGTHS",
    "UNITS",
    "Planning",
    "Strength",
    "Threshold",
    "Unit",
    "least_level",
    "policy_problem",
    "unknown_key",
]

Strength = Literal["R", "P", "C"]
Unit = Literal["months", "years", "days", "working_days", "percent", "units_per_day"]
UNITS: tuple[Unit, ...] = ("months", "years", "days", "working_days", "percent", "units_per_day")
STRENGTHS: tuple[Strength, ...] = ("R", "P", "C")
LEVELS = ("error", "warning", "info")
PARAMS = ("window_days", "min_activities", "last_days", "min_units")
"""Extra whole-number settings some rules need."""


def policy_problem(where: str, id_text: str, en_text: str, value: object = None) -> PolicyError:
    """A `PolicyError` whose text starts with where it was found (a file and a table, a policy)."""
    return PolicyError(Text(f"{where}: {id_text}", f"{where}: {en_text}"), value=value)


def unknown_key(where: str, key: str, known: set[str] | frozenset[str]) -> PolicyError:
    """``unknown key 'eror'; did you mean 'error'?``: a `policy_problem` naming the nearest known key."""
    import difflib  # noqa: PLC0415 - only for a message about a mistyped key

    nearest = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    hint_id = f"; mungkin {nearest[0]!r}?" if nearest else ""
    hint_en = f"; did you mean {nearest[0]!r}?" if nearest else ""
    return policy_problem(where, f"kunci {key!r} tidak dikenal{hint_id}", f"unknown key {key!r}{hint_en}", key)


def least_level(unit: str) -> int:
    """The smallest value a level may have: a capacity of 0 units a day is no capacity."""
    return 1 if unit == "units_per_day" else 0


def _wrong_value(name: str, expected: Text, value: object) -> ArgumentTypeError | InvalidArgumentError:
    """``the field Threshold.unit must be one of months, ..., not str 'weeks'``: an `InvalidArgumentError`."""
    return field_error("Threshold", name, expected, value, wrong_value=True)


def _one_of(choices: tuple[str, ...]) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: text (else `ArgumentTypeError`) that is one of *choices* (else `InvalidArgumentError`)."""
    listed = ", ".join(choices)
    expected = Text(f"salah satu dari {listed}", f"one of {listed}")

    def check(_owner: object, field: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise field_error("Threshold", field.name, expected, value)
        if value not in choices:
            raise _wrong_value(field.name, expected, value)

    return check


_LEVEL = Text("pasangan (Severity, bilangan bulat)", "a pair (Severity, whole number)")
_LEVELS_KIND = Text(
    "tuple berisi pasangan (Severity, bilangan bulat), mis. ((Severity.ERROR, 4),)",
    "a tuple of pairs (Severity, whole number), e.g. ((Severity.ERROR, 4),)",
)
_RANKS = {Severity(level): rank for rank, level in enumerate(LEVELS)}


def _levels(value: object) -> tuple[tuple[Severity, int], ...]:
    """The levels as a tuple of pairs (a list is taken too), each pair of a `Severity` and an int."""
    if not isinstance(value, tuple | list):
        raise field_error("Threshold", "levels", _LEVELS_KIND, value)
    for pair in value:
        if (
            not isinstance(pair, tuple | list)
            or len(pair) != 2
            or not isinstance(pair[0], Severity)
            or not isinstance(pair[1], int)
            or isinstance(pair[1], bool)
        ):
            raise field_error("Threshold", "levels", _LEVEL, pair)
    return tuple((severity, limit) for severity, limit in value)


def _check_levels(owner: Threshold, _field: object, levels: tuple[tuple[Severity, int], ...]) -> None:
    """At least one level, worst first, each severity once, limits not below the least nor falling."""
    if not levels:
        needed = Text("sedikitnya satu tingkat (error/warning/info)", "at least one level (error/warning/info)")
        raise _wrong_value("levels", needed, ())
    least = least_level(owner.unit)
    for pair in levels:
        if pair[1] < least:
            raise _wrong_value("levels", Text(f"berisi batas >= {least}", f"hold limits >= {least}"), pair)
    ranks = [_RANKS[severity] for severity, _ in levels]
    if ranks != sorted(set(ranks)) or any(a[1] > b[1] for a, b in itertools.pairwise(levels)):
        raise _wrong_value(
            "levels",
            Text(
                "urut dari yang terberat, tiap tingkat sekali, dengan batas galat <= peringatan <= info",
                "ordered worst first, each level once, with limits error <= warning <= info",
            ),
            levels,
        )


_PARAMS_KIND = Text("pemetaan nama -> bilangan bulat, mis. {'window_days': 30}", "a mapping name -> whole number")


def _params(value: object) -> Mapping[str, int]:
    """The extra settings, read-only; each a known name with a whole number >= 0."""
    if not isinstance(value, Mapping):
        raise field_error("Threshold", "params", _PARAMS_KIND, value)
    for name, setting in value.items():
        if not isinstance(name, str):
            raise field_error("Threshold", "params", Text("nama (teks)", "a name (text)"), name)
        if name not in PARAMS:
            listed = ", ".join(PARAMS)
            raise _wrong_value("params", Text(f"hanya berisi nama {listed}", f"hold only the names {listed}"), name)
        if not isinstance(setting, int) or isinstance(setting, bool):
            raise field_error("Threshold", "params", Text("bilangan bulat", "a whole number"), setting)
        if setting < 0:
            raise _wrong_value("params", Text("berisi bilangan bulat >= 0", "hold whole numbers >= 0"), setting)
    return frozen(value)


_TEXT = Text("teks", "text")


@attrs.frozen
class Threshold:
    """A limit below which a gap earns a finding, one value per severity level.

    ``levels`` runs from the worst severity to the mildest, e.g. ((ERROR, 4),
    (WARNING, 6)) for "error under 4 months, warning under 6".
    """

    key: str = attrs.field(validator=instance(str, _TEXT))
    rule: str = attrs.field(validator=instance(str, _TEXT))
    unit: Unit = attrs.field(validator=_one_of(UNITS))
    levels: tuple[tuple[Severity, int], ...] = attrs.field(converter=_levels, validator=_check_levels)
    strength: Strength = attrs.field(validator=_one_of(STRENGTHS))
    source: str = attrs.field(validator=instance(str, _TEXT))
    rationale: str = attrs.field(validator=instance(str, _TEXT))
    params: Mapping[str, int] = attrs.field(factory=dict, converter=_params, hash=False)

    def param(self, name: str) -> int:
        """An extra setting of the threshold (``window_days``...); PolicyError if absent."""
        try:
            return self.params[name]
        except (KeyError, TypeError):  # TypeError: an unhashable name ([...])
            check_type(
                name,
                str,
                "name",
                Text("nama setelan (teks), mis. 'window_days'", "a setting's name (text), e.g. 'window_days'"),
            )
            raise policy_problem(
                f"thresholds.{self.key}",
                f"{name!r} wajib diisi untuk aturan {self.rule}",
                f"{name!r} is required for rule {self.rule}",
            ) from None

    @property
    def comparator(self) -> str:
        """How a value meets a level: a gap under it (``<``), a load over it, a share at or over it."""
        return {"units_per_day": ">", "percent": ">="}.get(self.unit, "<")

    @property
    def recommended(self) -> int:
        """The value at which no finding is left (the mildest level's limit)."""
        return self.levels[-1][1]

    @property
    def minimum(self) -> int:
        """The value under which the worst finding is given."""
        return self.levels[0][1]


class Planning(NamedTuple):  # a plain value: a NamedTuple costs a fifth of an attrs class at import
    """How long the planning assistant lets activities last, in working days, with a source.

    These are not limits a schedule is checked against; they shape the plans that
    `zi_timeline.planning` proposes (a TPI of 10 working days, a survey of 10...).
    """

    tpi: int = 10
    survei: int = 10
    analisis_kebutuhan: int = 10
    strength: Strength = "C"
    source: str = ""
