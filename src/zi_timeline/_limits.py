"""Reading within limits: only regular files, sizes counted as bytes arrive, archives and trees bounded.

A size from ``stat`` is a claim (``/dev/zero`` and ``/proc`` files say 0), so every
limit here is enforced on what is actually read. Each limit keeps a hostile file under
the size limits within a minute and 1 GB (figures in docs/performance.md).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from zi_timeline._files import check_regular, file_error, read_limited, too_large

__all__ = [
    "MAX_JSON_VALUES",
    "MAX_XLSX_ENTRY_BYTES",
    "MAX_XLSX_INFLATED_BYTES",
    "MAX_XLSX_STRINGS_BYTES",
    "MAX_YAML_BYTES",
    "MAX_YAML_EVENTS",
    "MAX_YAML_NODES",
    "check_json_values",
    "check_regular",
    "check_tree",
    "check_yaml_events",
    "check_zip",
    "open_limited",
    "read_limited",
]

MAX_XLSX_INFLATED_BYTES = 128 * 1024 * 1024
"""All parts of a workbook together, inflated: 128 MiB (a 10,000-unit portfolio needs about 30)."""
MAX_XLSX_ENTRY_BYTES = 64 * 1024 * 1024
"""One part of a workbook (one sheet's XML), inflated: 64 MiB."""
MAX_XLSX_STRINGS_BYTES = 16 * 1024 * 1024
"""The shared-strings part, which openpyxl holds in memory whole: 16 MiB inflated."""
MAX_YAML_BYTES = 2 * 1024 * 1024
"""Largest YAML file: 2 MiB. A YAML node costs about 300 bytes of memory while it is read (1 MB of
scalars takes 120 MB and 2 s with libyaml, 20 s without), so the limit is far lower than JSON's."""
MAX_JSON_VALUES = 1_000_000
"""Values in a JSON file, counted as separators (a 10,000-unit portfolio has about 530,000); a larger
portfolio is read from CSV, which streams. Each value costs about 20 microseconds to read and check."""
MAX_YAML_EVENTS = 300_000
"""Values written in a YAML file (counted before they are built: building costs ~300 bytes each)."""
MAX_YAML_NODES = 1_000_000
"""Values in the loaded data, counting an alias each time it is used: its real cost downstream."""


class _Limited(io.RawIOBase):
    """A binary stream that raises `LoadError` once more than *limit* bytes have been read."""

    def __init__(self, raw: Any, limit: int, path: Path) -> None:
        self._raw, self._left, self._path, self._limit = raw, limit, path, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n: int = self._raw.readinto(buffer)
        self._left -= n
        if self._left < 0:
            raise too_large(self._path, self._limit)
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_limited(path: Path, limit: int) -> io.BufferedReader:
    """A regular file opened for reading in binary, that stops with `LoadError` past *limit* bytes."""
    check_regular(path)
    return io.BufferedReader(_Limited(path.open("rb", buffering=0), limit, path))


def check_zip(data: bytes, path: Path) -> None:
    """Refuse a workbook whose parts would inflate past the limits, before any XML is parsed.

    Python's zipfile never inflates a part beyond the size its header declares (a part that
    lies fails its CRC check), so checking the declared sizes bounds the real ones.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):  # version > 6.3: found by fuzzing
        return  # not a zip we can read: the XLSX reader says so in its own words
    total = 0
    for info in infos:
        total += info.file_size
        limit = MAX_XLSX_STRINGS_BYTES if info.filename.endswith("sharedStrings.xml") else MAX_XLSX_ENTRY_BYTES
        if info.file_size > limit or total > MAX_XLSX_INFLATED_BYTES:
            raise file_error(
                path,
                f"bagian {info.filename!r} mengembang menjadi {info.file_size} bita (batas {limit} bita, "
                f"seluruhnya {MAX_XLSX_INFLATED_BYTES}); berkas XLSX ini tidak dibaca",
                f"the part {info.filename!r} inflates to {info.file_size} bytes (limit {limit} bytes, "
                f"{MAX_XLSX_INFLATED_BYTES} in all); this XLSX file is not read",
            )


def check_tree(data: object, path: Path, limit: int = MAX_YAML_NODES) -> None:
    """Refuse loaded data with more than *limit* values, counting each use of a shared (aliased) value.

    YAML aliases let 700 bytes name a billion values; everything downstream (reading,
    messages, output) walks them one by one, so this is the count that costs.
    """
    count = 0
    stack: list[Iterator[object]] = [iter((data,))]
    while stack:
        for item in stack[-1]:
            count += 1
            if count > limit:
                raise file_error(
                    path,
                    f"terlalu banyak nilai (lebih dari {limit}, alias YAML dihitung setiap kali dipakai)",
                    f"too many values (more than {limit}, a YAML alias counted each time it is used)",
                )
            if isinstance(item, dict):
                stack.append(iter([*item.keys(), *item.values()]))
                break
            if isinstance(item, list | tuple):
                stack.append(iter(item))
                break
        else:
            stack.pop()


def check_yaml_events(yaml: Any, text: str, loader: Any, path: Path) -> None:
    """Refuse YAML that writes more than `MAX_YAML_EVENTS` values, counting them as a stream (flat memory)."""
    for count, _ in enumerate(yaml.parse(text, Loader=loader), start=1):
        if count > MAX_YAML_EVENTS:
            raise file_error(
                path,
                f"terlalu banyak nilai YAML (lebih dari {MAX_YAML_EVENTS}); pecah berkasnya atau gunakan JSON/CSV",
                f"too many YAML values (more than {MAX_YAML_EVENTS}); split the file or use JSON/CSV",
            )


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def check_json_values(text: str, path: Path) -> None:
    """Refuse JSON text with more than `MAX_JSON_VALUES` values, counted before any is built.

    A comma count bounds the values from above and costs nothing; only text with many
    commas is counted exactly (commas inside strings are not separators).
    """
    if text.count(",") + text.count("[") + text.count("{") <= MAX_JSON_VALUES:
        return
    bare = _JSON_STRING.sub("", text)  # in C: much faster than iterating the matches
    count = bare.count(",") + bare.count("[") + bare.count("{")
    if count > MAX_JSON_VALUES:
        raise file_error(
            path,
            f"terlalu banyak nilai JSON (lebih dari {MAX_JSON_VALUES}); pecah berkasnya atau gunakan CSV",
            f"too many JSON values (more than {MAX_JSON_VALUES}); split the file or use CSV",
        )
