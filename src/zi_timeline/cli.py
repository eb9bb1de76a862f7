"""Command line: ``zi-timeline check|plan|fix|diff|rules|explain|schema|template|aliases``; thin."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from zi_timeline._cli import aliases, check, diff, fix, plan, rules, schema, template
from zi_timeline._cli._common import reported_warnings
from zi_timeline._cli._output import safe_terminal, tolerant_stdio
from zi_timeline._i18n import check_lang
from zi_timeline._oserrors import os_reason
from zi_timeline._version import __version__
from zi_timeline.exceptions import ZiTimelineError

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, like every other usage error (exit 2); --help shows the usage.
        self.exit(EXIT_USAGE, f"zi-timeline: galat / error: {message} ({self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="zi-timeline",
        description="Periksa jadwal Zona Integritas (WBK/WBBM). / Check Zona Integritas schedules.",
    )
    parser.add_argument("--version", action="version", version=f"zi-timeline {__version__}")
    parser.add_argument(
        "--lang", choices=("id", "en"), dest="top_lang", help="bahasa pesan / message language (default: id)"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check.add_parser(sub)
    plan.add_parser(sub)
    fix.add_parser(sub)
    diff.add_parser(sub)
    rules.add_parsers(sub)
    schema.add_parser(sub)
    template.add_parser(sub)
    aliases.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 clean, 1 some ERROR finding, 2 usage/input)."""
    tolerant_stdio()
    parser = build_parser()
    args = parser.parse_args(argv)
    # --lang after the command wins over one before it; neither: Indonesian.
    lang = check_lang(getattr(args, "lang", None) or args.top_lang or "id")
    args.lang = lang
    try:
        with reported_warnings(lang):  # every command: a LoadWarning as "zi-timeline: peringatan: ...", once
            code: int = args.run(args)
        sys.stdout.flush()  # a full disk behind stdout is reported here, not as a traceback at exit
    except ZiTimelineError as exc:
        print(safe_terminal(f"zi-timeline: {exc.message(lang)}"), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # stdout itself cannot be written (a full disk, a closed terminal)
        reason = os_reason(exc)
        print(
            f"zi-timeline: keluaran tidak dapat ditulis ({reason.id}) / output cannot be written ({reason.en})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except Exception as exc:  # the last resort: a bug must not reach the user as a traceback
        if os.environ.get("ZI_TIMELINE_DEBUG"):
            raise
        print(
            safe_terminal(f"zi-timeline: galat internal / internal error: {type(exc).__name__}: {str(exc)[:300]}")
            + ". "
            + "Mohon laporkan bersama berkas masukannya; ZI_TIMELINE_DEBUG=1 menampilkan rinciannya.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
