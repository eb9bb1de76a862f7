"""Files written whole or not at all, never over an input (used by every writer of a file).

A file is written to a temporary file beside its target and renamed over it only when
the block succeeds, so a failed or interrupted run leaves the previous file (or none),
never a fragment, and two runs writing one file each leave one whole file. A target that
is one of the inputs (same file, also through a symlink or a hard link) or a directory is
refused before anything is written; a device (``/dev/null``) is written in place, never
replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from zi_timeline._i18n import Text
from zi_timeline._oserrors import os_reason
from zi_timeline.exceptions import LoadError, ZiTimelineError

__all__ = ["atomic_output", "check_target"]


def _write_error(output: str, exc: OSError) -> LoadError:
    reason = os_reason(exc)
    return LoadError(Text(f"tidak dapat ditulis ({reason.id})", f"cannot be written ({reason.en})"), file=output)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = Path(path).stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def check_target(output: str, inputs: Iterable[str]) -> os.stat_result | None:
    """The target's stat (None when it does not exist yet); refuses a directory or an input."""
    if not output:  # "" is "." (the current folder) to pathlib
        empty = Text("nama berkas keluaran kosong; sebutkan sebuah berkas", "empty output file name; name a file")
        raise LoadError(empty)
    try:
        info = Path(output).stat()
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise _write_error(output, exc if isinstance(exc, OSError) else OSError(str(exc))) from exc
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(Text("adalah direktori; sebutkan nama berkas", "is a directory; name a file"), file=output)
    if (info.st_dev, info.st_ino) in {_identity(p) for p in inputs}:
        raise LoadError(
            Text(
                "adalah juga berkas masukan; keluaran tidak pernah menimpa masukan. Pilih nama lain",
                "is also an input file; output never overwrites an input. Choose another name",
            ),
            file=output,
        )
    return info


@contextlib.contextmanager
def atomic_output(output: str, *, inputs: Iterable[str] = ()) -> Iterator[IO[bytes]]:
    """A binary handle whose bytes replace *output* only if the block ends without an error.

    A device such as ``/dev/null`` is written directly (it has no previous content to keep).
    """
    info = check_target(output, inputs)
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _converted(output), Path(output).open("wb") as handle:  # a device: written in place
            yield handle
        return
    target = Path(output).resolve()  # through a symlink: replace the file it names, keep the link
    with _converted(output):
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        temp.chmod(stat.S_IMODE(info.st_mode) if info is not None else _default_mode())
        temp.replace(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, ZiTimelineError):
            raise _write_error(output, exc) from exc
        raise


@contextlib.contextmanager
def _converted(output: str) -> Iterator[None]:
    try:
        yield
    except ZiTimelineError:
        raise
    except OSError as exc:
        raise _write_error(output, exc) from exc


def _default_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
