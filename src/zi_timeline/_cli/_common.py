"""Options and helpers shared by subcommands."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import attrs

from zi_timeline._calendar import Calendar
from zi_timeline._cli._output import safe_terminal
from zi_timeline._dates import DateSpan
from zi_timeline._findings import Report, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._parse import parse_date
from zi_timeline._planner import weekday_date
from zi_timeline._policy import BUNDLED_POLICIES, Policy
from zi_timeline._validate import check_policy
from zi_timeline.exceptions import InvalidDateError, LoadWarning, PolicyError


def add_lang(parser: argparse.ArgumentParser) -> None:
    # No default here: `zi-timeline --lang en check ...` (before the command) is read too,
    # and cli.main settles the language (default id) once both places are parsed.
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa pesan / message language (default: id)")


def add_policy(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy",
        default="default",
        metavar="NAME|FILE",
        help=f"kebijakan bawaan ({', '.join(BUNDLED_POLICIES)}) atau berkas TOML / bundled policy or TOML file",
    )
    parser.add_argument(
        "--windows",
        metavar="FILE",
        help="berkas TOML jendela pengusulan/kalender tambahan / extra windows and calendar TOML file",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=N",
        help="ubah satu ambang, mis. plan_to_submission.error=5 / override one threshold value",
    )


_INTEGER = re.compile(r"-?[0-9]{1,9}")  # ASCII digits only: "²" is a digit to str.isdigit, not to int()


def resolve_policy(args: argparse.Namespace) -> Policy:
    name = str(args.policy)
    # A bundled name ("ketat"), unless the word names something on disk (a device such as
    # /dev/zero is then refused as not a regular file, not reported as an unknown policy).
    bundled = name in BUNDLED_POLICIES or (not Path(name).suffix and not Path(name).exists())
    # Policy.load and Calendar.load read regular files of at most 1 MiB (`_files.read_settings`).
    policy = Policy.named(name) if bundled else Policy.load(name)
    values: dict[str, object] = {}
    for item in args.set:
        key, sep, raw = str(item).partition("=")
        if not sep or not _INTEGER.fullmatch(raw.strip()):
            raise PolicyError(
                Text(
                    f"--set {item!r}: gunakan KUNCI=ANGKA, mis. plan_to_submission.error=5",
                    f"--set {item!r}: use KEY=NUMBER, e.g. plan_to_submission.error=5",
                ),
                value=item,
            )
        values[key.strip()] = int(raw)
    policy = policy.with_values(values) if values else policy
    if args.windows:
        policy = attrs.evolve(policy, calendar=Calendar.load(args.windows, base=policy.calendar))
    check_policy(policy)  # unknown rule codes are a usage error before any output is written
    return policy


def split_codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def day_text(span: DateSpan, lang: Lang) -> str:
    """A span as planners write it, with the weekday for a single exact day."""
    if span.exact and span.start == span.end:
        return weekday_date(span.start, lang)
    return span.format(lang)


_WAIVED = Text("dikecualikan", "waived")


def counts_text(report: Report, lang: Lang) -> str:
    """``2 galat, 1 peringatan, 0 info`` (``2 errors, 1 warning, 0 info``; ``, 1 dikecualikan`` when waived)."""
    counts = report.counts
    text = ", ".join(s.count(counts[s.value], lang) for s in Severity)
    return text + (f", {counts['waived']} {_WAIVED.get(lang)}" if counts["waived"] else "")


def parse_today(value: str | None) -> dt.date | None:
    """``--today``: the day waivers are judged against (default: the system date)."""
    if value is None:
        return None
    span = parse_date(value)
    if not span.exact or span.start != span.end:
        raise InvalidDateError(
            Text(f"--today {value!r} harus satu tanggal pasti", f"--today {value!r} must be one exact day"),
            value=value,
        )
    return span.start


_WARNING = Text("peringatan", "warning")


@contextlib.contextmanager
def reported_warnings(lang: Lang) -> Iterator[None]:
    """Warnings raised inside, written to stderr when it ends as ``zi-timeline: peringatan: ...``, each once.

    Every command runs inside it (`zi_timeline.cli.main`), so a `LoadWarning` never reaches
    the user as Python's ``file.py:79: LoadWarning`` with a source line, nor twice.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LoadWarning)
        try:
            yield
        finally:
            shown: set[str] = set()
            for warning in caught:
                message = warning.message
                text = message.message(lang) if isinstance(message, LoadWarning) else str(message)
                if text not in shown:
                    shown.add(text)
                    sys.stderr.write(safe_terminal(f"zi-timeline: {_WARNING.get(lang)}: {text}") + "\n")
