"""A read-only dict for the tables of shared value objects (a policy's thresholds, a calendar's windows).

`Policy.default()`, `Policy.named()` and `Calendar.default()` hand every caller, in every
thread, the same object. Their tables are `FrozenDict` so that no caller can change them
for the others: a changed copy is made with `Policy.with_values` or `attrs.evolve`.

A `dict` subclass rather than `types.MappingProxyType`: lookups stay C dict lookups (these
tables are read on hot paths), and it is still a `Mapping`, encodes as a JSON object and
equals a plain dict with the same items.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NoReturn, Self, TypeVar

from zi_timeline.exceptions import ArgumentTypeError

__all__ = ["FrozenDict", "frozen"]

K = TypeVar("K")
V = TypeVar("V")


def _refuse(*_args: object, **_kwargs: object) -> NoReturn:
    from zi_timeline._i18n import Text  # noqa: PLC0415 - only when someone tries to change a shared table

    raise ArgumentTypeError(
        Text(
            "tabel ini hanya-baca: kebijakan, kalender dan alias bawaan dipakai bersama oleh semua pemanggil; "
            "buat salinan yang diubah dengan Policy.with_values({...}) atau attrs.evolve(objek, bidang={...})",
            "this table is read-only: the bundled policies, calendar and aliases are shared by every caller; "
            "make a changed copy with Policy.with_values({...}) or attrs.evolve(obj, field={...})",
        )
    )


class FrozenDict(dict[K, V]):
    """A dict that refuses every change (`ArgumentTypeError`, a TypeError); it pickles and copies.

    Only ``dict.__setitem__(table, ...)`` and the like, called on the base class on
    purpose, can still change it.

    >>> table = FrozenDict({"a": 1})
    >>> table["a"], table == {"a": 1}
    (1, True)
    >>> table["b"] = 2  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    zi_timeline.exceptions.ArgumentTypeError: tabel ini hanya-baca: ...
    """

    __slots__ = ()

    def __new__(cls, items: Mapping[K, V] | Iterable[tuple[K, V]] = (), /) -> Self:
        table = super().__new__(cls)
        dict.update(table, items)  # filled here, once: calling __init__ again changes nothing
        return table

    def __init__(self, _items: Mapping[K, V] | Iterable[tuple[K, V]] = (), /) -> None:
        pass

    __setitem__ = _refuse
    __delitem__ = _refuse
    __ior__ = _refuse
    clear = _refuse
    pop = _refuse
    popitem = _refuse
    setdefault = _refuse
    update = _refuse

    def __reduce__(self) -> tuple[type[FrozenDict[K, V]], tuple[dict[K, V]]]:
        # Rebuilt from a plain dict: the default protocol would fill it item by item.
        return (type(self), (dict(self),))


def frozen(items: Mapping[Any, Any]) -> FrozenDict[Any, Any]:
    """*items* as a `FrozenDict` (itself when it already is one): the converter of read-only fields.

    Not generic: the attrs plugin of mypy types a field's ``__init__`` argument from its
    converter's, and cannot bind type variables there.
    """
    return items if type(items) is FrozenDict else FrozenDict(items)
