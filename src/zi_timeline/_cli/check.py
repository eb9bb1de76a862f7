"""``zi-timeline check PATH...``: validate every schedule in the files."""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from zi_timeline._aliases import Aliases, as_aliases
from zi_timeline._cli._common import (
    add_lang,
    add_policy,
    counts_text,
    day_text,
    parse_today,
    resolve_policy,
    split_codes,
)
from zi_timeline._dicts import ReportDict
from zi_timeline._export import FINDING_COLUMNS, finding_lines, write_findings_xlsx
from zi_timeline._findings import Report
from zi_timeline._i18n import Lang, Text
from zi_timeline._policy import Policy
from zi_timeline._schedule import Schedule, Waiver
from zi_timeline._schema import SCHEMA_VERSION
from zi_timeline._validate import validate
from zi_timeline._version import __version__
from zi_timeline.exceptions import InvalidScheduleError, LoadError, LoadWarning
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
        type=int,
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
    waivers = load_waivers(args.waivers) if args.waivers else {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LoadWarning)
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
    for warning in caught:
        message = warning.message
        text = message.message(args.lang) if isinstance(message, LoadWarning) else str(message)
        sys.stderr.write(f"zi-timeline: {_w('warning', args.lang)}: {text}\n")
    for unit in sorted(set(waivers) - seen):
        sys.stderr.write(_w("stranger", args.lang).format(unit=unit, file=args.waivers) + "\n")
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
    with _sink(args.output, bom=args.format == "csv") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n") if args.format == "csv" else None
        if writer is not None:
            writer.writerow(FINDING_COLUMNS)
        indent = _indent(args, out)
        if args.format == "json":
            out.write(_json_head(policy, indent))
        for schedule in schedules:
            report, suggestion = _check(args, policy, schedule)
            if args.format == "json":
                out.write(_json_item(_report_dict(report, suggestion, args), indent, first=n == 0))
            elif writer is not None:
                writer.writerows(finding_lines(report))
            else:
                out.write(render_unit(report, args.lang, suggestion))
            n, ok = n + 1, ok + report.ok
        if args.format == "json":
            out.write(_json_tail(indent, empty=n == 0))
        elif writer is None:
            out.write(summary_line(n, ok, args.lang))
    return 0 if ok == n else 1


def _indent(args: argparse.Namespace, out: TextIO) -> int | None:
    """Compact JSON for files and pipes (what programs read), indented for a person at a terminal."""
    if args.indent is not None:
        return args.indent if args.indent > 0 else None
    return 2 if args.output is None and out.isatty() else None


# The document is streamed one report at a time, so that memory stays flat; each piece is
# made by json's C encoder (compact) or by json.dumps(indent=...) with its lines shifted
# to the depth of the "reports" list. JSON strings hold no raw newline, so the shift is exact.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _dumps(value: object, indent: int | None) -> str:
    if indent is None:
        return _COMPACT.encode(value)
    return json.dumps(value, ensure_ascii=False, indent=indent)


def _json_head(policy: Policy, indent: int | None) -> str:
    """The document's opening, as json.dumps(document, indent=indent) would write it."""
    head = {
        "zi_timeline": __version__,
        "schema_version": SCHEMA_VERSION,
        "policy": policy.name,
        "policy_version": policy.version,
        "policy_digest": policy.digest,
    }
    if indent is None:
        return _COMPACT.encode(head)[:-1] + ',"reports":['
    pad = " " * indent
    lines = [f"{pad}{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    return "{\n" + "\n".join(lines) + f'\n{pad}"reports": ['


def _json_item(item: ReportDict, indent: int | None, *, first: bool) -> str:
    if indent is None:
        return ("" if first else ",") + _COMPACT.encode(item)
    pad = "\n" + " " * (2 * indent)
    return ("" if first else ",") + pad + _dumps(item, indent).replace("\n", pad)


def _json_tail(indent: int | None, *, empty: bool) -> str:
    if indent is None:
        return "]}\n"
    if empty:
        return "]\n}\n"
    return "\n" + " " * indent + "]\n}\n"


@contextlib.contextmanager
def _sink(output: str | None, *, bom: bool) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    try:
        with Path(output).open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            yield handle
    except LoadError:  # an input file that failed while streaming: not a write error
        raise
    except OSError as exc:
        raise LoadError(
            Text(f"tidak dapat ditulis ({exc.strerror})", f"cannot be written ({exc.strerror})"), file=output
        ) from exc


def _write_whole(args: argparse.Namespace, policy: Policy, schedules: list[Schedule]) -> int:
    reports = [_check(args, policy, s)[0] for s in schedules]
    if args.format == "xlsx":
        write_findings_xlsx(reports, args.output)
    else:
        from zi_timeline._html import render_html  # noqa: PLC0415 - matplotlib only when asked for

        emit(render_html(schedules, reports, policy, args.lang), args.output)
    return 0 if all(r.ok for r in reports) else 1


def emit(text: str, output: str | None, *, bom: bool = False) -> None:
    """Write to stdout, or to *output* (UTF-8; with a BOM for CSV so Excel reads it right)."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(("\ufeff" if bom else "") + text, encoding="utf-8", newline="")
    except OSError as exc:
        raise LoadError(
            Text(f"tidak dapat ditulis ({exc.strerror})", f"cannot be written ({exc.strerror})"), file=output
        ) from exc


def _report_dict(report: Report, suggestion: Suggestion | None, args: argparse.Namespace) -> ReportDict:
    data = report.to_dict()
    if args.suggest:
        data["suggestion"] = suggestion.to_dict(args.lang) if suggestion is not None else None
    return data


_WORDS: dict[str, tuple[str, str]] = {
    "pass": ("LOLOS", "PASS"),
    "fail": ("GAGAL", "FAIL"),
    "certain": ("pasti", "certain"),
    "uncertain": ("belum pasti", "not certain"),
    "observed": ("Teramati", "Observed"),
    "required": ("Syarat", "Required"),
    "basis": ("Dasar", "Basis"),
    "fix": ("Saran", "Fix"),
    "none": ("tidak ada temuan", "no findings"),
    "summary": ("{n} jadwal: {ok} lolos, {bad} gagal", "{n} schedule(s): {ok} pass, {bad} fail"),
    "suggest": ("SARAN PERBAIKAN ({n} perubahan; sesudahnya: {counts})", "SUGGESTED FIX ({n} moves; then: {counts})"),
    "no_fix": ("SARAN PERBAIKAN: {reason}", "SUGGESTED FIX: {reason}"),
    "earliest": ("Pengusulan paling cepat: {e}", "Earliest submission: {e}"),
    "fixed": ("Jadwal hasil perbaikan:", "Fixed schedule:"),
    "signs": ("Enam tanda peringatan Itjen:", "The Itjen's six warning signs:"),
    "waived": ("DIKECUALIKAN", "WAIVED"),
    "until": ("sampai", "until"),
    "warning": ("peringatan", "warning"),
    "stranger": (
        "zi-timeline: peringatan: pengecualian untuk unit {unit!r} di {file} tidak cocok dengan jadwal mana pun",
        "zi-timeline: warning: the waivers for unit {unit!r} in {file} match no schedule",
    ),
}


def _w(key: str, lang: Lang) -> str:
    pair = _WORDS[key]
    return pair[0] if lang == "id" else pair[1]


def summary_line(n: int, ok: int, lang: Lang) -> str:
    return _w("summary", lang).format(n=n, ok=ok, bad=n - ok) + "\n"


def render_unit(report: Report, lang: Lang, suggestion: Suggestion | None = None) -> str:
    """One unit's block of the table output, ending with a blank line."""
    lines: list[str] = []
    counts = counts_text(report, lang)
    status = _w("pass", lang) if report.ok else _w("fail", lang)
    lines.append(f"{report.unit} ({report.target or '?'}): {status} - {counts}")
    if not report.findings:
        lines.append(f"    {_w('none', lang)}")
    for f in report.findings:
        certainty = _w("certain", lang) if f.certain else _w("uncertain", lang)
        lines.append(f"  {f.severity.label(lang).upper():<10} {f.code} {f.rule} [{certainty}]")
        if f.waived is not None:
            w = f.waived
            until = w.expires.format(lang) if w.expires else "-"
            lines.append(f"      {_w('waived', lang)}: {w.reason} ({w.accepted_by}, {_w('until', lang)} {until})")
        lines.append(f"      {f.message}")
        lines.append(f"      {_w('observed', lang)}: {f.observed} | {_w('required', lang)}: {f.required}")
        lines.append(f"      {_w('basis', lang)}: {f.strength} - {f.source}")
        lines.append(f"      {_w('fix', lang)}: {f.fix}")
    lines += _render_signs(report, lang)
    if suggestion is not None:
        lines += _render_suggestion(suggestion, lang)
    return "\n".join(lines) + "\n\n"


def _render_suggestion(suggestion: Suggestion, lang: Lang) -> list[str]:
    if not suggestion.feasible or suggestion.schedule is None or suggestion.after is None:
        lines = ["  " + _w("no_fix", lang).format(reason=suggestion.reason)]
        if suggestion.earliest is not None:
            lines.append("    " + _w("earliest", lang).format(e=suggestion.earliest.describe(lang)))
        return lines
    counts = counts_text(suggestion.after, lang)
    lines = ["  " + _w("suggest", lang).format(n=len(suggestion.moves), counts=counts)]
    for move in suggestion.moves:
        before, after = day_text(move.before, lang), day_text(move.after, lang)
        lines.append(f"    {move.stage.label(lang)}: {before} -> {after}")
        lines.append(f"        {move.reason}")
    lines.append("  " + _w("fixed", lang))
    width = max(len(m.stage.label(lang)) for m in suggestion.schedule)
    lines += [f"    {m.stage.label(lang):<{width}}  {day_text(m.span, lang)}" for m in suggestion.schedule]
    return lines


def _render_signs(report: Report, lang: Lang) -> list[str]:
    if not report.signs:
        return []
    lines = ["  " + _w("signs", lang)]
    width = max(len(s.status.label(lang)) for s in report.signs)
    for sign in report.signs:
        # A reason says why a sign is unknown (it names any uncertain finding); else the supporting codes.
        detail = f": {sign.reason}" if sign.reason else (f" ({', '.join(sign.codes)})" if sign.codes else "")
        lines.append(f"    [{sign.status.label(lang):<{width}}] {sign.sign} {sign.name}{detail}")
    return lines
