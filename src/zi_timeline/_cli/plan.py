"""``zi-timeline plan --year 2026``: a backward plan that passes the policy."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from zi_timeline._args import check_capacity
from zi_timeline._cli._common import add_lang, add_policy, counts_text, day_text, resolve_policy
from zi_timeline._cli._render import document_head
from zi_timeline._i18n import Lang, Text
from zi_timeline._writeback import FORMATS
from zi_timeline.exceptions import LoadError
from zi_timeline.planning import Plan, plan, save

_HEAD = Text("{unit}: siklus {year} ({target}), kebijakan {policy}", "{unit}: {year} cycle ({target}), policy {policy}")
_WINDOW = Text("Jendela pengusulan {year}: {window}", "{year} submission window: {window}")
_COLUMNS = (Text("tahap", "stage"), Text("tanggal", "date"), Text("alasan", "why"))
_CHECK = Text("Pemeriksaan rencana: {counts}{codes}", "Plan check: {counts}{codes}")
_WRITTEN = Text(
    "Rencana ditulis ke {path}; isi, lalu periksa: zi-timeline check {path}",
    "Plan written to {path}; fill it in, then check it: zi-timeline check {path}",
)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "plan",
        help="susun rencana mundur dari tahun siklus / plan backward from a cycle year",
        description="Susun rencana ZI: setiap tahap pada hari kerja terakhir yang masih memenuhi kebijakan.",
    )
    parser.add_argument("--year", type=int, help="tahun siklus (tahun pengusulan) / cycle year")
    parser.add_argument("--submission", metavar="DATE", help="tanggal pengusulan sasaran / target submission day")
    parser.add_argument("--target", choices=("WBK", "WBBM"), default="WBK", help="predikat / predicate")
    parser.add_argument("--wbk-awarded", metavar="DATE", help="tanggal penetapan WBK (wajib untuk WBBM)")
    parser.add_argument("--unit", default=None, help="nama satker / unit name")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="bentuk keluaran / output format")
    parser.add_argument(
        "--units", metavar="FILE", help="daftar satker portofolio (CSV/XLSX/JSON/YAML) / portfolio units"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=(
            f"tulis rencana dalam bentuk masukan ({', '.join(FORMATS)}), seperti templat; dengan --units: rencana "
            "portofolio (.json/.yaml) / write the plan as input (with --units: the portfolio plan)"
        ),
    )
    parser.add_argument("--force", action="store_true", help="timpa berkas yang ada / overwrite")
    parser.add_argument("--capacity", type=int, metavar="N", help="unit per hari kerja per tim penilai (ZI601)")
    add_lang(parser)
    add_policy(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    check_capacity(args.capacity, "--capacity")  # a usage error (exit 2), before any planning
    policy = resolve_policy(args)
    if args.units:
        from zi_timeline._cli.plan_portfolio import run_plan_portfolio  # noqa: PLC0415 - only with --units

        return run_plan_portfolio(args, policy)
    lang: Lang = args.lang
    result = plan(
        args.year,
        submission=args.submission,
        target=args.target,
        wbk_awarded=args.wbk_awarded,
        unit=args.unit or Text("Rencana ZI", "ZI plan").get(lang),
        policy=policy,
        lang=lang,
    )
    if args.output:
        target = Path(args.output)
        if target.exists() and not args.force:
            raise LoadError(
                Text("berkas sudah ada; pakai --force untuk menimpa", "the file exists; use --force to overwrite"),
                file=str(target),
            )
        save(result, target, lang=lang)
    if args.format == "json":
        document = {
            **document_head(policy),
            "plan": result.to_dict(),
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_plan(result, policy.name, lang))
        if args.output:
            sys.stdout.write("\n" + _WRITTEN.get(lang).format(path=args.output) + "\n")
    return 0 if result.report.ok else 1


def render_plan(result: Plan, policy: str, lang: Lang) -> str:
    s, window = result.schedule, result.window
    lines = [
        _HEAD.get(lang).format(unit=s.unit, year=window.year, target=s.target or "?", policy=policy),
        _WINDOW.get(lang).format(year=window.year, window=window.format(lang))
        + f" ({window.strength}: {window.source})",
        "",
    ]
    rows = [(m.stage.label(lang), day_text(m.span, lang), m.note or "") for m in s]
    widths = [max(len(c.get(lang)), *(len(r[i]) for r in rows)) for i, c in enumerate(_COLUMNS[:2])]
    header = (_COLUMNS[0].get(lang), _COLUMNS[1].get(lang), _COLUMNS[2].get(lang))
    lines += [f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]}" for row in (header, *rows)]
    counts = counts_text(result.report, lang)
    codes = f" ({', '.join(result.report.codes())})" if result.report.findings else ""
    lines += ["", _CHECK.get(lang).format(counts=counts, codes=codes)]
    lines += [f"  {f.code}: {f.message}" for f in result.report.findings]
    return "\n".join(lines) + "\n"
