"""``zi-timeline check PATH...``: validate every schedule in the files."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from typing import Any

from zi_timeline._aliases import Aliases, as_aliases
from zi_timeline._cli._common import (
    add_lang,
    add_policy,
    parse_today,
    reported_warnings,
    resolve_policy,
    split_codes,
)
from zi_timeline._cli._output import (
    atomic_output,
    check_target,
    input_paths,
    safe_terminal,
    text_output,
    whole_output,
)
from zi_timeline._cli._render import document_head, render_unit, summary_line
from zi_timeline._cli._render import dumps as _dumps
from zi_timeline._cli._render import indent_for as _indent
from zi_timeline._cli._render import word as _w
from zi_timeline._dicts import ReportDict
from zi_timeline._export import FINDING_COLUMNS, finding_lines, write_findings_xlsx
from zi_timeline._findings import Report
from zi_timeline._i18n import Text
from zi_timeline._policy import Policy
from zi_timeline._schedule import Schedule, Waiver
from zi_timeline._validate import validate
from zi_timeline.exceptions import InvalidScheduleError
from zi_timeline.io import _SUFFIXES, EXAMPLES, iter_load, load_waivers, with_waivers
from zi_timeline.planning import Suggestion, suggest_fix

# Every input format the reader knows, so --help never falls behind it.
_SUFFIX_LIST = ", ".join(sorted(_SUFFIXES))
_FORMATS = "/".join(dict.fromkeys(kind.upper() for kind in _SUFFIXES.values()))


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "check",
        help=f"periksa jadwal dari berkas {_FORMATS} / check schedules in {_FORMATS} files",
        description=(
            f"Periksa jadwal ZI dari berkas {_FORMATS} (juga dokumen 'zi-timeline plan --format json'). "
            "Keluar 0 bila tanpa galat, 1 bila ada galat, 2 bila masukan tak terbaca."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help=f"berkas {_SUFFIX_LIST} / schedule files")
    parser.add_argument("--examples", action="store_true", help="periksa contoh bawaan / check the bundled examples")
    parser.add_argument(
        "--format",
        choices=("table", "json", "csv", "xlsx", "html"),
        default="table",
        help="bentuk keluaran / output format (xlsx dan html memerlukan -o)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="tulis ke berkas / write to a file")
    parser.add_argument(
        "--indent",
        type=_indent_level,
        metavar="N",
        help="JSON berindentasi N spasi untuk dibaca orang (bawaan: ringkas ke berkas/pipa, 2 ke terminal) / "
        "indent JSON by N spaces for people (default: compact to files and pipes, 2 on a terminal)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="berhenti pada sel rusak pertama / stop at the first bad cell"
    )
    parser.add_argument("--select", action="append", metavar="CODES", help="hanya kode ini, mis. ZI2,ZI101")
    parser.add_argument("--ignore", action="append", metavar="CODES", help="abaikan kode ini, mis. ZI205")
    parser.add_argument(
        "--aliases",
        metavar="FILE",
        help="kata kolom dan tahap kantor Anda (TOML) / your office's column and stage words (TOML)",
    )
    parser.add_argument(
        "--waivers",
        metavar="FILE",
        help="berkas pengecualian (JSON/YAML) per unit / waivers file, by unit",
    )
    parser.add_argument(
        "--today",
        metavar="DATE",
        help="tanggal acuan masa berlaku pengecualian (bawaan: hari ini) / the day waivers are judged against",
    )
    parser.add_argument(
        "--suggest",
        action="store_true",
        help="tampilkan jadwal yang diperbaiki untuk unit yang gagal / print fixed schedules for failing units",
    )
    parser.add_argument(
        "--portfolio",
        action="store_true",
        help="periksa juga portofolio: beban tim penilai dan sebaran usulan (ZI6xx) / check the portfolio too (ZI6xx)",
    )
    add_lang(parser)
    add_policy(parser)
    parser.set_defaults(run=run)


MAX_INDENT = 16
"""The widest --indent taken: more serves no reader and multiplies the output's size."""


_DIGITS = re.compile(r"[0-9]{1,3}")


def _indent_level(text: str) -> int:
    """The --indent value, 0 to `MAX_INDENT` (a usage error otherwise: -1 meant nothing, 10**8 wrote 600 MB)."""
    level = int(text) if _DIGITS.fullmatch(text) else -1  # ASCII digits only: not " 2", "+3" or "٣"
    if not 0 <= level <= MAX_INDENT:
        msg = (
            f"harus bilangan bulat 0-{MAX_INDENT} / must be a whole number 0-{MAX_INDENT}, "
            f"bukan / not {safe_terminal(repr(text[:40]))}"
        )
        raise argparse.ArgumentTypeError(msg)
    return level


def run(args: argparse.Namespace) -> int:
    policy = resolve_policy(args)
    args.today_date = parse_today(args.today)
    args.select_codes = split_codes(args.select)
    args.ignore_codes = split_codes(args.ignore) or ()
    paths = list(args.paths)
    if args.examples:
        paths.append(str(EXAMPLES))
    if not paths:
        raise InvalidScheduleError(
            Text("sebutkan berkas jadwal, atau --examples", "name a schedule file, or --examples"), value=None
        )
    if args.format in {"xlsx", "html"} and not args.output:
        raise InvalidScheduleError(
            Text(f"--format {args.format} memerlukan -o BERKAS", f"--format {args.format} needs -o FILE"),
            value=args.format,
        )
    if args.output is not None:
        check_target(args.output, input_paths(args))
    waivers = load_waivers(args.waivers) if args.waivers else {}
    with reported_warnings(args.lang):
        seen: set[str] = set()
        words = policy.aliases.merged(as_aliases(args.aliases)) if policy.aliases else as_aliases(args.aliases)
        schedules = _schedules(paths, waivers, seen, strict=args.strict, aliases=words)
        if args.portfolio:
            from zi_timeline._cli.portfolio import run_portfolio  # noqa: PLC0415 - only with --portfolio

            code = run_portfolio(args, policy, list(schedules))
        elif args.format in {"xlsx", "html"}:
            code = _write_whole(args, policy, list(schedules))
        else:
            code = stream(args, policy, schedules)
    for unit in sorted(set(waivers) - seen):
        sys.stderr.write(safe_terminal(_w("stranger", args.lang).format(unit=unit, file=args.waivers)) + "\n")
    return code


def _schedules(
    paths: list[str], waivers: dict[str, tuple[Waiver, ...]], seen: set[str], *, strict: bool, aliases: Aliases | None
) -> Iterator[Schedule]:
    """Every schedule of every file, lazily, with its separate waivers added; *seen* collects the units."""
    for path in paths:
        for schedule in iter_load(path, strict=strict, aliases=aliases):
            seen.add(schedule.unit)
            yield with_waivers(schedule, waivers)


def _check(args: argparse.Namespace, policy: Policy, schedule: Schedule) -> tuple[Report, Suggestion | None]:
    report = validate(
        schedule, policy, lang=args.lang, select=args.select_codes, ignore=args.ignore_codes, today=args.today_date
    )
    suggestion = suggest_fix(schedule, policy, lang=args.lang) if args.suggest and not report.ok else None
    return report, suggestion


def stream(args: argparse.Namespace, policy: Policy, schedules: Iterator[Schedule]) -> int:
    """Check and write one unit at a time (table, JSON, CSV): memory stays flat for any portfolio."""
    n = ok = 0
    # JSON and CSV are whole or absent, on stdout too; the table (for people) is shown as it goes.
    output = whole_output if args.format in {"json", "csv"} else text_output
    with output(args.output, inputs=input_paths(args), bom=args.format == "csv") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n") if args.format == "csv" else None
        if writer is not None:
            writer.writerow(FINDING_COLUMNS)
        indent = _indent(args, sys.stdout)  # a terminal gets indented JSON, though it is spooled first
        if args.format == "json":
            out.write(_json_head(policy, indent))
        for schedule in schedules:
            report, suggestion = _check(args, policy, schedule)
            if args.format == "json":
                out.write(_json_item(_report_dict(report, suggestion, args), indent, first=n == 0))
            elif writer is not None:
                writer.writerows(finding_lines(report))
            else:
                out.write(safe_terminal(render_unit(report, args.lang, suggestion)))
            n, ok = n + 1, ok + report.ok
        if args.format == "json":
            out.write(_json_tail(indent, empty=n == 0))
        elif writer is None:
            out.write(summary_line(n, ok, args.lang))
    return 0 if ok == n else 1


# The document is streamed one report at a time, so that memory stays flat; each piece is
# made by json's C encoder (compact) or by json.dumps(indent=...) with its lines shifted
# to the depth of the "reports" list. JSON strings hold no raw newline, so the shift is exact.
def _json_head(policy: Policy, indent: int | None) -> str:
    """The document's opening, as json.dumps(document, indent=indent) would write it."""
    head = document_head(policy)
    if indent is None:
        return _dumps(head, None)[:-1] + ',"reports":['
    pad = " " * indent
    lines = [f"{pad}{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    return "{\n" + "\n".join(lines) + f'\n{pad}"reports": ['


def _json_item(item: ReportDict, indent: int | None, *, first: bool) -> str:
    if indent is None:
        return ("" if first else ",") + _dumps(item, None)
    pad = "\n" + " " * (2 * indent)
    return ("" if first else ",") + pad + _dumps(item, indent).replace("\n", pad)


def _json_tail(indent: int | None, *, empty: bool) -> str:
    if indent is None:
        return "]}\n"
    if empty:
        return "]\n}\n"
    return "\n" + " " * indent + "]\n}\n"


def _write_whole(args: argparse.Namespace, policy: Policy, schedules: list[Schedule]) -> int:
    reports = [_check(args, policy, s)[0] for s in schedules]
    if args.format == "xlsx":
        book = io.BytesIO()  # made whole first: a zip writer failing midway leaves a half-closed archive
        write_findings_xlsx(reports, book)
        with atomic_output(args.output, inputs=input_paths(args)) as handle:
            handle.write(book.getvalue())
    else:
        from zi_timeline._html import render_html  # noqa: PLC0415 - matplotlib only when asked for

        page = render_html(schedules, reports, policy, args.lang)
        with text_output(args.output, inputs=input_paths(args)) as out:
            out.write(page)
    return 0 if all(r.ok for r in reports) else 1


def _report_dict(report: Report, suggestion: Suggestion | None, args: argparse.Namespace) -> ReportDict:
    data = report.to_dict()
    if args.suggest:
        data["suggestion"] = suggestion.to_dict(args.lang) if suggestion is not None else None
    return data
