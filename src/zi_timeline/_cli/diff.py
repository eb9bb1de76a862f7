"""``zi-timeline diff OLD NEW``: what changed per unit between two versions of a plan."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from zi_timeline._cli._common import add_lang, add_policy, day_text, parse_today, resolve_policy
from zi_timeline._cli._render import document_head
from zi_timeline._diff import UnitDiff, compare
from zi_timeline._i18n import Lang, Text
from zi_timeline.io import load

_STATUS = {
    "changed": Text("BERUBAH", "CHANGED"),
    "unchanged": Text("TETAP", "UNCHANGED"),
    "added": Text("BARU", "NEW"),
    "removed": Text("HILANG", "REMOVED"),
}
_KIND = {
    "added": Text("temuan baru", "new finding"),
    "resolved": Text("teratasi", "resolved"),
    "changed": Text("tingkat berubah", "severity changed"),
    "moved": Text("dipindah", "moved"),
    "removed": Text("dihapus", "removed"),
}
_OK = {True: Text("lolos", "pass"), False: Text("gagal", "fail"), None: Text("-", "-")}
_LATER = Text("{n} hari lebih lambat", "{n} days later")
_EARLIER = Text("{n} hari lebih awal", "{n} days earlier")
_SUMMARY = Text(
    "{n} unit: {changed} berubah, {new} baru, {removed} hilang, {worse} memburuk, "
    "{resolved} temuan teratasi, {added} temuan baru",
    "{n} unit(s): {changed} changed, {new} new, {removed} removed, {worse} got worse, "
    "{resolved} findings resolved, {added} new findings",
)
_REMOVED = Text(
    "unit ini tidak ada di versi baru; temuannya tidak dihitung teratasi",
    "this unit is missing from the new version; its findings are not counted as resolved",
)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "diff",
        help="bandingkan dua versi rencana / compare two versions of a plan",
        description=(
            "Bandingkan dua berkas jadwal per unit. Keluar 1 bila ada peringatan/galat baru atau yang memburuk."
        ),
    )
    parser.add_argument("old", metavar="OLD", help="versi lama / old version")
    parser.add_argument("new", metavar="NEW", help="versi baru / new version")
    parser.add_argument("--format", choices=("table", "json"), default="table", help="bentuk keluaran / output format")
    parser.add_argument("--today", metavar="DATE", help="tanggal acuan pengecualian / the day waivers are judged")
    add_lang(parser)
    add_policy(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    policy = resolve_policy(args)
    diffs = compare(load(args.old), load(args.new), policy, lang=args.lang, today=parse_today(args.today))
    if args.format == "json":
        document = {
            **document_head(policy),
            "units": [d.to_dict() for d in diffs],
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_diff(diffs, args.lang))
    return 1 if any(d.worse for d in diffs) else 0


def render_diff(diffs: list[UnitDiff], lang: Lang) -> str:
    lines: list[str] = []
    for d in diffs:
        ok = f"{_OK[d.ok_before].get(lang)} -> {_OK[d.ok_after].get(lang)}"
        lines.append(f"{d.unit}: {_STATUS[d.status].get(lang)} ({ok})")
        if d.status == "removed":
            lines.append(f"  {_REMOVED.get(lang)}")
        for f in d.findings:
            before = f.before.label(lang) if f.before else "-"
            after = f.after.label(lang) if f.after else "-"
            lines.append(f"  {_KIND[f.kind].get(lang)}: {f.code} ({before} -> {after}) {f.message}")
        for m in d.milestones:
            before = day_text(m.before, lang) if m.before else "-"
            after = day_text(m.after, lang) if m.after else "-"
            shift = f" ({_shift(m.days, lang)})" if m.days else ""
            lines.append(f"  {_KIND[m.kind].get(lang)}: {m.stage.label(lang)}: {before} -> {after}{shift}")
        lines.append("")
    counts = {
        "n": len(diffs),
        "changed": sum(d.status == "changed" for d in diffs),
        "new": sum(d.status == "added" for d in diffs),
        "removed": sum(d.status == "removed" for d in diffs),
        "worse": sum(d.worse for d in diffs),
        "resolved": sum(f.kind == "resolved" for d in diffs for f in d.findings),
        "added": sum(f.kind == "added" for d in diffs for f in d.findings),
    }
    lines.append(_SUMMARY.get(lang).format(**counts))
    return "\n".join(lines) + "\n"


def _shift(days: int, lang: Lang) -> str:
    """How far a stage moved, in words: never a signed number."""
    return (_LATER if days > 0 else _EARLIER).get(lang).format(n=abs(days))
