"""Bounded, thread-safe memos: answers computed once per value and shared across threads.

Every cache in the package is one of three kinds (docs/stability.md lists them):

- ``functools.cache`` / ``functools.lru_cache`` on pure functions of hashable values:
  CPython guards their bookkeeping with a lock of its own;
- `Memo` below, for answers keyed by value that live on a shared object (a `Policy`) or
  at module level: a read is one dict lookup, which CPython makes atomic, so it takes no
  lock; every write holds one lock, and the oldest entries are dropped past its bound, so
  a long-lived service cannot grow it;
- tables built once and never changed afterwards (tuples, frozensets, read-only maps).

The computation itself runs outside the lock: two threads that miss together may both
compute the same (pure) answer, and one of the two equal answers is kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["Memo"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """A table of at most *size* answers, the oldest dropped first, safe to share between threads.

    >>> memo: Memo[int, int] = Memo(2)
    >>> memo.get_or_compute(1, lambda: 10), memo.get_or_compute(2, lambda: 20)
    (10, 20)
    >>> memo.get_or_compute(3, lambda: 30); len(memo)
    30
    2
    >>> 1 in memo, 3 in memo
    (False, True)
    """

    __slots__ = ("_data", "_lock", "size")

    def __init__(self, size: int) -> None:
        if size < 1:
            msg = f"a memo needs room for at least one answer, not {size!r}"
            raise ValueError(msg)
        self.size = size
        self._data: dict[K, V] = {}  # insertion order: the first key is the oldest
        self._lock = threading.Lock()

    def get_or_compute(self, key: K, compute: Callable[[], V]) -> V:
        """The answer stored under *key*, or *compute*'s answer, stored for the next caller."""
        try:
            return self._data[key]  # one atomic lookup: readers never wait for each other
        except KeyError:
            pass
        value = compute()  # outside the lock: a slow answer must not stall other threads
        with self._lock:
            kept = self._data.setdefault(key, value)
            while len(self._data) > self.size:
                del self._data[next(iter(self._data))]  # only writers iterate, under the lock
        return kept

    def __reduce__(self) -> tuple[type[Memo[K, V]], tuple[int]]:
        """Pickled and copied as an empty memo of the same size, with a lock of its own."""
        return (type(self), (self.size,))

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._data

    def keys(self) -> list[K]:
        """The keys, oldest first (a copy)."""
        with self._lock:
            return list(self._data)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
