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
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any, TextIO, cast

from zi_timeline._atomic import atomic_output, check_target

__all__ = [
    "ENCODING_ERRORS",
    "atomic_output",
    "check_target",
    "input_paths",
    "safe_terminal",
    "text_output",
    "tolerant_stdio",
    "whole_output",
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
    """Every file a command reads: its paths and its waivers, policy, windows, aliases and units files."""
    found: list[str] = [str(p) for p in getattr(args, "paths", None) or ()]
    for name in ("waivers", "policy", "windows", "aliases", "old", "new", "units"):
        value = getattr(args, name, None)
        if isinstance(value, str) and value:
            found.append(value)
    return found


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


SPOOL_CHARS = 4 * 1024 * 1024
"""Output held in memory before `whole_output` spills it to a temporary file (memory stays flat)."""


@contextlib.contextmanager
def whole_output(output: str | None, *, inputs: Iterable[str] = (), bom: bool = False) -> Iterator[TextIO]:
    """Like `text_output`, but stdout too gets the text whole or not at all.

    A machine format (JSON, CSV) cut short by an unreadable second file is no document; the
    text is spooled (in memory, then a temporary file) and copied to stdout only when the run
    ends without an error.
    """
    if output is not None:
        with text_output(output, inputs=inputs, bom=bom) as out:
            yield out
        return
    # surrogatepass: a lone surrogate from a file name reaches stdout's own error handler as before
    with tempfile.SpooledTemporaryFile(
        max_size=SPOOL_CHARS, mode="w+", encoding="utf-8", errors="surrogatepass", newline=""
    ) as spool:
        yield cast("TextIO", spool)  # an IO[str] with every TextIO method the writers use
        spool.seek(0)
        if bom:  # the same bytes as the -o file: Excel reads a CSV with a BOM as UTF-8
            sys.stdout.write("\ufeff")
        shutil.copyfileobj(spool, sys.stdout)


def tolerant_stdio() -> None:
    """Make stdout and stderr never fail on a character their encoding lacks (cp1252 consoles)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Any = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
                reconfigure(errors=ENCODING_ERRORS)
