"""``zi-timeline fix PATH... -o FILE``: the assistant's moves applied, written in the input's shape."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from zi_timeline._cli._common import add_lang, add_policy, day_text, parse_today, resolve_policy
from zi_timeline._i18n import Lang, Text
from zi_timeline._inplace import patch_csv, patch_xlsx
from zi_timeline._writeback import FORMATS
from zi_timeline.exceptions import LoadError
from zi_timeline.io import load
from zi_timeline.planning import Suggestion, save, suggest_fix

_FIXED = Text("{unit}: DIPERBAIKI ({n} perubahan)", "{unit}: FIXED ({n} moves)")
_ALREADY = Text("{unit}: sudah lolos, tidak diubah", "{unit}: already passes, unchanged")
_UNFIXABLE = Text("{unit}: TIDAK DAPAT DIPERBAIKI: {reason}", "{unit}: CANNOT BE FIXED: {reason}")
_UNREADABLE = Text(
    "{unit}: masukan tidak terbaca ({codes}); perbaiki dulu masukannya (zi-timeline check {path})",
    "{unit}: unreadable input ({codes}); fix the input first (zi-timeline check {path})",
)
_NOT_WRITTEN = Text(
    "{path} tidak ditulis: berkas perbaikan harus memuat setiap unit utuh, dan sel yang tidak terbaca tidak "
    "dapat ditulis ulang apa adanya.",
    "{path} is not written: a fixed file must hold every unit whole, and unreadable cells cannot be written back "
    "as they were.",
)
_TEMPLATE_FORM = Text(
    "catatan: sel tanggal yang dipindah tidak dapat ditemukan di berkas masukan; hasil ditulis dalam bentuk templat",
    "note: the moved date cells could not be found in the input file; the result is written in the template's form",
)
_SUMMARY = Text(
    "{n} unit: {fixed} diperbaiki, {ok} sudah lolos, {bad} tidak dapat diperbaiki; ditulis ke {path}. "
    "Bandingkan: zi-timeline diff {source} {path}",
    "{n} unit(s): {fixed} fixed, {ok} already pass, {bad} cannot be fixed; written to {path}. "
    "Compare: zi-timeline diff {source} {path}",
)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "fix",
        help="terapkan saran perbaikan dan tulis jadwalnya / apply the suggested fixes and write the schedules",
        description=(
            "Terapkan perbaikan asisten (pengusulan, TPI dan tahap sesudahnya dipindah sesedikit mungkin) dan tulis "
            f"jadwal dalam bentuk masukan ({', '.join(FORMATS)}). Keluar 0 bila setiap unit lolos sesudahnya, "
            "1 bila ada unit yang tidak dapat diperbaiki, 2 bila masukan tak terbaca."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="berkas jadwal / schedule files")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="berkas hasil perbaikan / the fixed schedules' file"
    )
    parser.add_argument("--force", action="store_true", help="timpa berkas yang ada / overwrite")
    parser.add_argument(
        "--today", metavar="DATE", help="tahap yang selesai sebelum tanggal ini tidak dipindah / done stages stay"
    )
    add_lang(parser)
    add_policy(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    policy = resolve_policy(args)
    lang: Lang = args.lang
    target = Path(args.output)
    _check_target(target, [Path(p) for p in args.paths], force=args.force)
    today = parse_today(args.today)
    schedules = [s for path in args.paths for s in load(path)]
    unreadable = [s for s in schedules if s.problems]
    if unreadable:
        for schedule in unreadable:
            codes = ", ".join(sorted({p.code for p in schedule.problems}))
            path = next((p.origin.file for p in schedule.problems if p.origin.file), args.paths[0])
            sys.stdout.write(_UNREADABLE.get(lang).format(unit=schedule.unit, codes=codes, path=path) + "\n")
        sys.stdout.write(_NOT_WRITTEN.get(lang).format(path=target) + "\n")
        return 1
    suggestions = [suggest_fix(s, policy, today=today, lang=lang) for s in schedules]
    _write(args.paths, target, suggestions, lang)
    sys.stdout.write("".join(render_suggestion(s, lang) for s in suggestions))
    counts = {
        "n": len(suggestions),
        "fixed": sum(s.feasible and bool(s.moves) for s in suggestions),
        "ok": sum(s.feasible and not s.moves for s in suggestions),
        "bad": sum(not s.feasible for s in suggestions),
    }
    sys.stdout.write(_SUMMARY.get(lang).format(path=target, source=" ".join(args.paths), **counts) + "\n")
    return 0 if all(s.feasible for s in suggestions) else 1


def _write(paths: list[str], target: Path, suggestions: list[Suggestion], lang: Lang) -> None:
    """In the input's own shape when the input is one workbook or CSV (only moved cells change), else the template's."""
    suffix = target.suffix.casefold()
    if len(paths) == 1 and Path(paths[0]).suffix.casefold() == suffix and suffix in {".xlsx", ".csv"}:
        source = Path(paths[0])
        if (
            patch_xlsx(source, target, suggestions, lang)
            if suffix == ".xlsx"
            else patch_csv(source, target, suggestions)
        ):
            return
        sys.stdout.write(_TEMPLATE_FORM.get(lang) + "\n")
    save(suggestions, target, lang=lang)


def _check_target(target: Path, sources: list[Path], *, force: bool) -> None:
    """Never over an input; never over another file without --force."""
    if target.suffix.casefold() not in FORMATS:
        raise LoadError(
            Text(
                f"jenis berkas keluaran tidak didukung; gunakan {', '.join(FORMATS)}",
                f"unsupported output file type; use {', '.join(FORMATS)}",
            ),
            file=str(target),
        )
    if target.exists() and any(_same(target, source) for source in sources):
        raise LoadError(
            Text(
                "berkas keluaran sama dengan berkas masukan; tulis ke berkas lain",
                "the output is one of the input files; write to another file",
            ),
            file=str(target),
        )
    if target.exists() and not force:
        raise LoadError(
            Text("berkas sudah ada; pakai --force untuk menimpa", "the file exists; use --force to overwrite"),
            file=str(target),
        )


def _same(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def render_suggestion(suggestion: Suggestion, lang: Lang) -> str:
    """One unit: what moved and why, or why nothing can."""
    unit = suggestion.original.unit
    if not suggestion.feasible:
        return _UNFIXABLE.get(lang).format(unit=unit, reason=suggestion.reason) + "\n"
    if not suggestion.moves:
        return _ALREADY.get(lang).format(unit=unit) + "\n"
    lines = [_FIXED.get(lang).format(unit=unit, n=len(suggestion.moves))]
    for move in suggestion.moves:
        lines.append(f"  {move.stage.label(lang)}: {day_text(move.before, lang)} -> {day_text(move.after, lang)}")
        lines.append(f"      {move.reason}")
    return "\n".join(lines) + "\n"
