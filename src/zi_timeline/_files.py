"""Opening a file the library reads: a regular file only, and never more than a limit.

Kept at the bottom of the import graph so that the values (a policy, a calendar, an alias
file) read their own files with the same refusals as the spreadsheet reader: a device
(`/dev/zero`), a FIFO or a directory, also behind a symlink, is refused in one line before
it is opened.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from zi_timeline._i18n import Text
from zi_timeline._lazyre import LazyPattern
from zi_timeline._oserrors import os_reason
from zi_timeline.exceptions import LoadError

if TYPE_CHECKING:  # pathlib is not imported with the library: os does the work here
    from pathlib import Path

__all__ = [
    "MAX_SETTINGS_BYTES",
    "MAX_SETTINGS_DEPTH",
    "check_depth",
    "check_regular",
    "file_error",
    "read_limited",
    "read_settings",
    "too_large",
]

MAX_SETTINGS_BYTES = 1024 * 1024
"""A policy, windows or aliases file: small by nature."""

MAX_SETTINGS_DEPTH = 32
"""The deepest nest of arrays and inline tables a settings file may hold (the bundled ones hold 2).

tomllib reads a nest by recursion: a few hundred ``[`` (a few KB) exhaust Python's stack
and raise a bare RecursionError that names no file.
"""

# What opens or closes a nest in TOML, and what hides a bracket from the count: strings
# (multi-line ones first, escapes kept inside) and comments.
_TOML_NESTS = LazyPattern(
    r'"""(?:[^\\]|\\[\s\S])*?"""'
    r"|'''[\s\S]*?'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'[^'\n]*'"
    r"|#[^\n]*"
    r"|[\[{\]}]"
)


def file_error(path: Path | str, id_text: str, en_text: str) -> LoadError:
    return LoadError(Text(id_text, en_text), file=str(path))


def check_regular(path: Path | str) -> None:
    """Refuse a device, a FIFO, a socket or a directory (also behind a symlink) before opening it."""
    try:
        mode = os.stat(path).st_mode  # noqa: PTH116 - no pathlib at import
    except (OSError, ValueError) as exc:
        reason = os_reason(exc)
        raise file_error(path, f"tidak dapat dibaca ({reason.id})", f"cannot be read ({reason.en})") from exc
    if stat.S_ISREG(mode):
        return
    kind_id, kind_en = (
        ("direktori", "a directory")
        if stat.S_ISDIR(mode)
        else ("perangkat, pipa atau soket", "a device, pipe or socket")
    )
    raise file_error(
        path,
        f"bukan berkas biasa ({kind_id}); sebutkan sebuah berkas",
        f"not a regular file ({kind_en}); name a file",
    )


def too_large(path: Path | str, limit: int) -> LoadError:
    return file_error(
        path,
        f"berkas terlalu besar (batas {limit} bita)",
        f"file too large (the limit is {limit} bytes)",
    )


def read_limited(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file, refused as soon as more than *limit* arrive."""
    check_regular(path)
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - no pathlib at import
            data = handle.read(limit + 1)
    except OSError as exc:
        reason = os_reason(exc)
        raise file_error(path, f"tidak dapat dibaca ({reason.id})", f"cannot be read ({reason.en})") from exc
    if len(data) > limit:
        raise too_large(path, limit)
    return data


def read_settings(path: str | Path) -> str:
    """A settings file (policy, windows, aliases) as text: regular, at most `MAX_SETTINGS_BYTES`, UTF-8."""
    data = read_limited(path, MAX_SETTINGS_BYTES)
    text = data.decode("utf-8-sig")
    check_depth(path, text)
    return text


def check_depth(path: Path | str, text: str) -> None:
    """Refuse TOML *text* nested deeper than `MAX_SETTINGS_DEPTH`, naming the file and the line.

    Counted before tomllib reads it, so that the policy, calendar and aliases readers (each
    turns a `LoadError` from `read_settings` into its own error) refuse it alike.
    """
    depth = 0
    for token in _TOML_NESTS.compiled().finditer(text):
        mark = token.group()
        if mark in ("[", "{"):
            depth += 1
            if depth > MAX_SETTINGS_DEPTH:
                line = text.count("\n", 0, token.start()) + 1
                raise file_error(
                    path,
                    f"baris {line}: isian bertingkat terlalu dalam (lebih dari {MAX_SETTINGS_DEPTH} tingkat "
                    "larik [ ] atau tabel { }); tulis isiannya lebih datar",
                    f"line {line}: values nested too deeply (more than {MAX_SETTINGS_DEPTH} levels of "
                    "arrays [ ] or tables { }); write them flatter",
                )
        elif mark in ("]", "}"):
            depth = max(depth - 1, 0)
