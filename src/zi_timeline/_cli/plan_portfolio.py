"""``zi-timeline plan --year 2024 --units satker.csv -o rencana.json``: a staggered plan for a portfolio."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from zi_timeline._cli._render import emit
from zi_timeline._cli.portfolio import render_portfolio
from zi_timeline._i18n import Lang, Text
from zi_timeline._policy import Policy
from zi_timeline._portfolio_plan import plan_portfolio
from zi_timeline.exceptions import InvalidArgumentError, InvalidScheduleError, LoadError, MissingExtraError
from zi_timeline.io import load

__all__ = ["run_plan_portfolio"]

_NEEDS = {
    "year": Text("--units memerlukan --year TAHUN", "--units needs --year YEAR"),
    "output": Text(
        "--units memerlukan -o BERKAS (.json, .yaml atau .yml)", "--units needs -o FILE (.json, .yaml or .yml)"
    ),
    "suffix": Text(
        "berkas keluaran {path!r} harus .json, .yaml atau .yml", "the output file {path!r} must be .json, .yaml or .yml"
    ),
    "same": Text(
        "berkas keluaran {path!r} sama dengan berkas satker; pilih nama lain",
        "the output file {path!r} is the units file; choose another name",
    ),
    "done": Text("{n} rencana ditulis ke {path}", "{n} plans written to {path}"),
    "yaml": Text("keluaran YAML memerlukan pyyaml: pip install pyyaml", "YAML output needs pyyaml: pip install pyyaml"),
}


def run_plan_portfolio(args: argparse.Namespace, policy: Policy) -> int:
    """Plan every unit of the units file; write the plans in the input shape; report the portfolio check."""
    lang: Lang = args.lang
    output = _checked_output(args)
    units = load(args.units, strict=False)
    try:
        result = plan_portfolio(units, args.year, capacity=args.capacity, target=args.target, policy=policy, lang=lang)
    except InvalidArgumentError as exc:  # a unit named twice in the file: say which file
        raise LoadError(exc.text, file=str(args.units)) from exc
    document = result.to_dict()
    if output.suffix.lower() == ".json":
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    else:
        text = _yaml(document)
    emit(text, str(output), inputs=[str(args.units)])  # refused when it is the units file, even through a link
    sys.stdout.write(_NEEDS["done"].get(lang).format(n=len(result.schedules), path=output) + "\n\n")
    sys.stdout.write(render_portfolio(result.portfolio, lang, policy))
    return 0 if result.portfolio.ok else 1


def _checked_output(args: argparse.Namespace) -> Path:
    if args.year is None:
        raise InvalidScheduleError(_NEEDS["year"], value=None)
    if not args.output:
        raise InvalidScheduleError(_NEEDS["output"], value=None)
    output = Path(args.output)
    if output.suffix.lower() not in {".json", ".yaml", ".yml"}:
        raise InvalidScheduleError(_NEEDS["suffix"].format(path=args.output), value=args.output)
    if output.exists() and output.resolve() == Path(args.units).resolve():
        raise InvalidScheduleError(_NEEDS["same"].format(path=args.output), value=args.output)
    return output


def _yaml(document: dict[str, object]) -> str:
    try:
        import yaml  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        raise MissingExtraError(_NEEDS["yaml"]) from exc
    text: str = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return text
