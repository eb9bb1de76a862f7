"""Where a command's output goes: stdout, or a file that is complete or absent.

A file is written to a temporary file beside its target and renamed over it only when
the command succeeds, so a failed or interrupted run leaves the previous file (or none),
never a fragment, and two runs writing one file each leave one whole file. A target that
is one of the command's inputs (same file, also through a symlink or a hard link) is
refused before anything is written. Text is written with an error handler that never
fails (a lone surrogate from a file name becomes ``\\udcff``), and text meant for a
terminal has its control characters shown escaped.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TextIO

from zi_timeline._i18n import Text
from zi_timeline.exceptions import LoadError, ZiTimelineError

__all__ = [
    "ENCODING_ERRORS",
    "atomic_output",
    "check_target",
    "input_paths",
    "safe_terminal",
    "text_output",
    "tolerant_stdio",
]

ENCODING_ERRORS = "backslashreplace"
"""The error handler of every text output: it never fails, and a JSON reader reads its escapes back."""

# C0 and C1 controls (not newline or tab), DEL, and the bidirectional overrides that
# reorder what a terminal shows ("Trojan source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_terminal(text: str) -> str:
    r"""*text* with its control characters shown as escapes, so content cannot steer a terminal.

    >>> safe_terminal("Lapas\x1b[2J A\u202e")
    'Lapas\\x1b[2J A\\u202e'
    """
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def input_paths(args: argparse.Namespace) -> list[str]:
    """Every file a command reads: its paths, waivers, policy and windows files."""
    found: list[str] = [str(p) for p in getattr(args, "paths", None) or ()]
    for name in ("waivers", "policy", "windows", "old", "new", "units"):
        value = getattr(args, name, None)
        if isinstance(value, str) and value:
            found.append(value)
    return found


def _write_error(output: str, exc: OSError) -> LoadError:
    reason = exc.strerror or type(exc).__name__
    return LoadError(Text(f"tidak dapat ditulis ({reason})", f"cannot be written ({reason})"), file=output)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = Path(path).stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def check_target(output: str, inputs: Iterable[str]) -> os.stat_result | None:
    """The target's stat (None when it does not exist yet); refuses a directory or an input."""
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


@contextlib.contextmanager
def text_output(output: str | None, *, inputs: Iterable[str] = (), bom: bool = False) -> Iterator[TextIO]:
    """Text to stdout, or to *output* (UTF-8, with a BOM for CSV) written atomically."""
    if output is None:
        yield sys.stdout
        return
    with atomic_output(output, inputs=inputs) as raw:
        wrapper = io.TextIOWrapper(
            raw, encoding="utf-8-sig" if bom else "utf-8", errors=ENCODING_ERRORS, newline="", write_through=False
        )
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()


def tolerant_stdio() -> None:
    """Make stdout and stderr never fail on a character their encoding lacks (cp1252 consoles)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Any = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
                reconfigure(errors=ENCODING_ERRORS)
