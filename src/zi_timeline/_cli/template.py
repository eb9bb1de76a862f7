"""``zi-timeline template jadwal.xlsx``: a planner-ready workbook that `load` reads back."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any

from zi_timeline._cli._common import add_lang
from zi_timeline._cli._output import atomic_output
from zi_timeline._export import write_template
from zi_timeline._i18n import Text
from zi_timeline.exceptions import LoadError

_DONE = Text("templat ditulis ke {path}", "template written to {path}")


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "template",
        help="tulis templat jadwal XLSX / write an XLSX schedule template",
        description="Tulis templat XLSX (petunjuk, daftar pilihan tahap, kolom tanggal, satu satker contoh).",
    )
    parser.add_argument("path", metavar="FILE.xlsx", help="berkas tujuan / output file")
    parser.add_argument("--force", action="store_true", help="timpa berkas yang ada / overwrite")
    add_lang(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if path.suffix.casefold() != ".xlsx":
        raise LoadError(Text("templat harus berakhiran .xlsx", "the template must end in .xlsx"), file=str(path))
    if path.exists() and not args.force:
        raise LoadError(
            Text("berkas sudah ada; pakai --force untuk menimpa", "the file exists; use --force to overwrite"),
            file=str(path),
        )
    book = io.BytesIO()  # made whole first: a zip writer failing midway leaves a half-closed archive
    write_template(book)
    with atomic_output(str(path)) as handle:
        handle.write(book.getvalue())
    sys.stdout.write(_DONE.get(args.lang).format(path=path) + "\n")
    return 0
