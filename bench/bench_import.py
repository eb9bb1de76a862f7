"""``import zi_timeline`` side by side with the import of its own dependencies (target: <= 1.6x).

Run: python bench/bench_import.py [runs]

Each run starts fresh interpreters, in turn: a bare one, one importing attrs and the
parts of python-dateutil the library uses (its parser and relativedelta), and one
importing zi_timeline. The bare start is subtracted from both; alternating the three
keeps a busy machine from favouring one side, and CPU time (not wall time) is
counted, so that waiting for a core on a shared machine does not count as importing.
The ratio of the medians is the figure DESIGN.md's target speaks of, on any machine.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys

DEPENDENCIES = "import attrs, dateutil.parser, dateutil.relativedelta"
LIBRARY = "import zi_timeline"


def _wall(code: str) -> float:
    """CPU seconds (user + system) of one fresh interpreter running *code*.

    CPU time rather than wall time: on a shared machine, waiting for a core is not import cost.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def one_run() -> tuple[float, float]:
    bare = _wall("pass")
    deps = _wall(DEPENDENCIES) - bare
    library = _wall(LIBRARY) - bare
    return deps, library


def heavy_modules_loaded() -> list[str]:
    names = ("pandas", "matplotlib", "openpyxl", "yaml", "holidays")
    code = f"import sys, zi_timeline; print(' '.join(m for m in {names!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return out.stdout.split()


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    pairs = [one_run() for _ in range(runs)]
    deps = statistics.median(d for d, _ in pairs)
    library = statistics.median(z for _, z in pairs)
    print(f"attrs + dateutil:   median {deps * 1000:6.1f} ms CPU ({runs} runs; interpreter start subtracted)")
    print(f"import zi_timeline: median {library * 1000:6.1f} ms CPU")
    print(f"ratio: {library / deps:.2f}x (target <= 1.6x)")
    print(f"heavy optional modules imported eagerly: {heavy_modules_loaded() or 'none'}")


if __name__ == "__main__":
    main()
