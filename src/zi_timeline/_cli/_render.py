"""Text the check commands share: a unit's block of the table output, the summary line,
JSON pieces and writing a whole output (used by ``check`` and ``check --portfolio``)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import TextIO

from zi_timeline._cli._common import counts_text, day_text
from zi_timeline._cli._output import text_output
from zi_timeline._findings import Report
from zi_timeline._i18n import Lang
from zi_timeline._policy import Policy
from zi_timeline._schema import SCHEMA_VERSION
from zi_timeline._version import __version__
from zi_timeline.planning import Suggestion

__all__ = ["document_head", "dumps", "emit", "indent_for", "render_unit", "summary_line", "word"]


def indent_for(args: argparse.Namespace, out: TextIO) -> int | None:
    """Compact JSON for files and pipes (what programs read), indented for a person at a terminal."""
    if args.indent is not None:
        return args.indent if args.indent > 0 else None
    return 2 if args.output is None and out.isatty() else None


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def dumps(value: object, indent: int | None) -> str:
    if indent is None:
        return _COMPACT.encode(value)
    return json.dumps(value, ensure_ascii=False, indent=indent)


def emit(text: str, output: str | None, *, bom: bool = False, inputs: Iterable[str] = ()) -> None:
    """Write to stdout, or to *output* whole or not at all, never over one of *inputs*.

    UTF-8, with a BOM for CSV so Excel reads it right.
    """
    with text_output(output, inputs=inputs, bom=bom) as out:
        out.write(text)


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


def word(key: str, lang: Lang) -> str:
    pair = _WORDS[key]
    return pair[0] if lang == "id" else pair[1]


def summary_line(n: int, ok: int, lang: Lang) -> str:
    return word("summary", lang).format(n=n, ok=ok, bad=n - ok) + "\n"


def render_unit(report: Report, lang: Lang, suggestion: Suggestion | None = None) -> str:
    """One unit's block of the table output, ending with a blank line."""
    lines: list[str] = []
    counts = counts_text(report, lang)
    status = word("pass", lang) if report.ok else word("fail", lang)
    lines.append(f"{report.unit} ({report.target or '?'}): {status} - {counts}")
    if not report.findings:
        lines.append(f"    {word('none', lang)}")
    for f in report.findings:
        certainty = word("certain", lang) if f.certain else word("uncertain", lang)
        lines.append(f"  {f.severity.label(lang).upper():<10} {f.code} {f.rule} [{certainty}]")
        if f.waived is not None:
            w = f.waived
            until = w.expires.format(lang) if w.expires else "-"
            lines.append(f"      {word('waived', lang)}: {w.reason} ({w.accepted_by}, {word('until', lang)} {until})")
        lines.append(f"      {f.message}")
        lines.append(f"      {word('observed', lang)}: {f.observed} | {word('required', lang)}: {f.required}")
        lines.append(f"      {word('basis', lang)}: {f.strength} - {f.source}")
        lines.append(f"      {word('fix', lang)}: {f.fix}")
    lines += _render_signs(report, lang)
    if suggestion is not None:
        lines += _render_suggestion(suggestion, lang)
    return "\n".join(lines) + "\n\n"


def _render_suggestion(suggestion: Suggestion, lang: Lang) -> list[str]:
    if not suggestion.feasible or suggestion.schedule is None or suggestion.after is None:
        lines = ["  " + word("no_fix", lang).format(reason=suggestion.reason)]
        if suggestion.earliest is not None:
            lines.append("    " + word("earliest", lang).format(e=suggestion.earliest.describe(lang)))
        return lines
    counts = counts_text(suggestion.after, lang)
    lines = ["  " + word("suggest", lang).format(n=len(suggestion.moves), counts=counts)]
    for move in suggestion.moves:
        before, after = day_text(move.before, lang), day_text(move.after, lang)
        lines.append(f"    {move.stage.label(lang)}: {before} -> {after}")
        lines.append(f"        {move.reason}")
    lines.append("  " + word("fixed", lang))
    width = max(len(m.stage.label(lang)) for m in suggestion.schedule)
    lines += [f"    {m.stage.label(lang):<{width}}  {day_text(m.span, lang)}" for m in suggestion.schedule]
    return lines


def _render_signs(report: Report, lang: Lang) -> list[str]:
    if not report.signs:
        return []
    lines = ["  " + word("signs", lang)]
    width = max(len(s.status.label(lang)) for s in report.signs)
    for sign in report.signs:
        # A reason says why a sign is unknown (it names any uncertain finding); else the supporting codes.
        detail = f": {sign.reason}" if sign.reason else (f" ({', '.join(sign.codes)})" if sign.codes else "")
        lines.append(f"    [{sign.status.label(lang):<{width}}] {sign.sign} {sign.name}{detail}")
    return lines


def document_head(policy: Policy) -> dict[str, object]:
    """The keys every JSON document of the CLI opens with: version, schema and the policy's identity."""
    return {
        "zi_timeline": __version__,
        "schema_version": SCHEMA_VERSION,
        "policy": policy.name,
        "policy_version": policy.version,
        "policy_digest": policy.digest,
    }
