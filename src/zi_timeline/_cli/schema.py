"""``zi-timeline schema input|output``: the JSON Schemas of the input files and the JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from zi_timeline._schema_loop import schemas


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "schema",
        help="cetak JSON Schema masukan atau keluaran / print the input or output JSON Schema",
        description="Cetak JSON Schema (draft 2020-12) untuk berkas jadwal (input) atau keluaran JSON check/plan/diff.",
    )
    parser.add_argument(
        "which",
        choices=("input", "output", "plan", "diff"),
        help="input: berkas jadwal; output: check --format json; plan: plan --format json; diff: diff --format json",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(render(args.which))
    return 0


def render(which: str) -> str:
    """The schema as the files in data/schema and docs/schema hold it."""
    return json.dumps(schemas()[which], ensure_ascii=False, indent=2) + "\n"
