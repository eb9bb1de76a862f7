"""``zi-timeline aliases``: the column and stage words the reader knows, with their sources."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zi_timeline._aliases import as_aliases, bundled
from zi_timeline._cli._common import add_lang
from zi_timeline._reader_doc import reader_markdown


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("aliases", help="kata kolom dan tahap yang dikenal / the column and stage words known")
    parser.add_argument("--aliases", metavar="FILE", help="tambahkan alias Anda (TOML) / add your own aliases (TOML)")
    parser.add_argument(
        "--markdown", action="store_true", help="cetak docs/reader.md / print the 'what the reader understands' page"
    )
    add_lang(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    user = as_aliases(args.aliases)
    if args.markdown:
        sys.stdout.write(reader_markdown(user))
        return 0
    head = ("jenis", "alias", "arti", "sumber") if args.lang == "id" else ("kind", "alias", "meaning", "source")
    sys.stdout.write("\t".join(head) + "\n")
    for entry in bundled().merged(user).entries:
        sys.stdout.write(f"{entry.kind}\t{entry.alias}\t{entry.meaning}\t{entry.source}\n")
    return 0
