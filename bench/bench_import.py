"""Median wall time of ``import zi_timeline`` in a fresh interpreter (target: < 100 ms).

Run: python bench/bench_import.py [runs]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def one_run() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import zi_timeline"], check=True)
    with_import = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - start
    return with_import - bare


def heavy_modules_loaded() -> list[str]:
    names = ("pandas", "matplotlib", "openpyxl", "yaml", "holidays")
    code = f"import sys, zi_timeline; print(' '.join(m for m in {names!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return out.stdout.split()


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    times = sorted(one_run() for _ in range(runs))
    print(
        f"import zi_timeline: median {statistics.median(times) * 1000:.1f} ms "
        f"(min {times[0] * 1000:.1f}, max {times[-1] * 1000:.1f}; {runs} runs; interpreter start subtracted)"
    )
    print(f"heavy optional modules imported eagerly: {heavy_modules_loaded() or 'none'}")


if __name__ == "__main__":
    main()
