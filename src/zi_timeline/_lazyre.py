"""Regular expressions compiled when first used, so that a module of many patterns costs
nothing at ``import zi_timeline`` (the date reader keeps two dozen; a typical plan uses a
few of them, and each compile costs ~0.2 ms).

Thread-safe without a lock: two threads that race compile the same pattern, and either
result may be kept.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern"]


class LazyPattern:
    """A pattern with the `re.Pattern` methods the package uses, compiled on first use.

    >>> p = LazyPattern(r"^(\\d{4})$")
    >>> p.match("2024").group(1), p.match("x")
    ('2024', None)
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = self._compiled = re.compile(self.pattern, self.flags)
        return found

    def match(self, string: str) -> re.Match[str] | None:
        return self.compiled().match(string)

    def search(self, string: str) -> re.Match[str] | None:
        return self.compiled().search(string)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def findall(self, string: str) -> list[Any]:
        return self.compiled().findall(string)
