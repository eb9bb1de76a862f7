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
from zi_timeline._oserrors import os_reason
from zi_timeline.exceptions import LoadError

if TYPE_CHECKING:  # pathlib is not imported with the library: os does the work here
    from pathlib import Path

__all__ = ["MAX_SETTINGS_BYTES", "check_regular", "file_error", "read_limited", "read_settings", "too_large"]

MAX_SETTINGS_BYTES = 1024 * 1024
"""A policy, windows or aliases file: small by nature."""


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
    return data.decode("utf-8-sig")
