"""``import zi_timeline`` side by side with the import of its own dependencies (target: <= 1.6x).

Run: python bench/bench_import.py [runs]

Each run starts fresh interpreters, in turn: a bare one, one importing attrs and the
parts of python-dateutil the library uses (its parser and relativedelta), one importing
zi_timeline, and one importing zi_timeline and validating a 15-milestone schedule once
(bench_validate.py's FIFTEEN, from the mapping, with the default policy). The bare start
is subtracted from all; alternating them keeps a busy machine from favouring one side,
and CPU time (not wall time) is counted, so that waiting for a core on a shared machine
does not count as importing. The ratio of the medians for ``import zi_timeline`` is the
figure DESIGN.md's target speaks of, on any machine. The second ratio shows what a tool
pays before its first report: parts of the library load on first use (the readers, the
diff, the portfolio check; ``holidays`` and the bundled policy and windows when a
calendar is first consulted), and that figure makes sure the cost was not merely moved to
the first call. The ``holidays`` package alone, giving Indonesia's days of one year, is
timed too: the first validate() counts working days and so loads it.

The children run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed from their
environment) after one warm-up run each, as an installed package is: otherwise the
library, compiled from source on every start, is compared with dependencies read from
their compiled caches.
"""

from __future__ import annotations

import ast
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

DEPENDENCIES = "import attrs, dateutil.parser, dateutil.relativedelta"
LIBRARY = "import zi_timeline"
# What the first working-day count asks of the holidays package, without the library.
HOLIDAYS = "import holidays; holidays.country_holidays('ID', years=2024, categories=('public', 'government'))"


def _fifteen() -> object:
    """bench_validate.py's FIFTEEN, read with ast: importing that script would load zi_timeline.planning too."""
    tree = ast.parse((Path(__file__).resolve().parent / "bench_validate.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "FIFTEEN" for t in node.targets):
            return ast.literal_eval(node.value)
    msg = "bench_validate.py has no FIFTEEN"
    raise LookupError(msg)


FIRST_VALIDATE = f"""
import zi_timeline as zt
schedule = zt.Schedule.from_mapping({_fifteen()!r})
report = zt.validate(schedule)
assert len(schedule) == 15 and report.findings == (), report.findings
"""
_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _cpu(code: str) -> float:
    """CPU seconds (user + system) of one fresh interpreter running *code*.

    CPU time rather than wall time: on a shared machine, waiting for a core is not import cost.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, env=_ENV)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def one_run() -> tuple[float, float, float, float]:
    bare = _cpu("pass")
    deps = _cpu(DEPENDENCIES) - bare
    library = _cpu(LIBRARY) - bare
    first = _cpu(FIRST_VALIDATE) - bare
    holidays = _cpu(HOLIDAYS) - bare
    return deps, library, first, holidays


def heavy_modules_loaded() -> list[str]:
    names = ("pandas", "matplotlib", "openpyxl", "yaml", "holidays")
    code = f"import sys, zi_timeline; print(' '.join(m for m in {names!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=_ENV)
    return out.stdout.split()


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    for code in ("pass", DEPENDENCIES, LIBRARY, FIRST_VALIDATE, HOLIDAYS):  # warm-up: write the bytecode caches
        _cpu(code)
    rows = [one_run() for _ in range(runs)]
    deps, library, first, holidays = (statistics.median(column) for column in zip(*rows, strict=True))
    print(f"attrs + dateutil:   median {deps * 1000:6.1f} ms CPU ({runs} runs; interpreter start subtracted)")
    print(f"import zi_timeline: median {library * 1000:6.1f} ms CPU")
    print(f"ratio: {library / deps:.2f}x (target <= 1.6x)")
    print(
        f"import zi_timeline + first validate() of a 15-milestone schedule: median {first * 1000:6.1f} ms CPU,"
        f" {first / deps:.2f}x attrs + dateutil (the holidays package alone, Indonesia 2024: {holidays * 1000:.1f} ms)"
    )
    print(f"heavy optional modules imported eagerly: {heavy_modules_loaded() or 'none'}")


if __name__ == "__main__":
    main()
