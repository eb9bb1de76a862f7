"""End-to-end check of generated portfolios: 1,000 / 10,000 / 100,000 schedules from CSV.

Run: python bench/bench_portfolio.py [N ...] [--all-pass] [--diverse]
Each schedule has 15 milestone rows (1.5 million rows at 100,000); a third of them are
"instant" plans (June planning, August submission) with findings and computed fixes. The check runs in a
child process (`zi-timeline check FILE --format csv -o OUT`) so that its wall time and
peak memory (max RSS) are its own; the table printed is what docs/performance.md quotes.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STAGES = [
    ("perencanaan", "Oktober - Desember {y0}", None, None),
    ("pembentukan_tim", "{d:%d/%m/%Y}", 8, None),
    ("sosialisasi", "{d:%d/%m/%Y}", 22, None),
    ("pencanangan", "{d:%d/%m/%Y}", 23, None),
    ("pembangunan", None, 24, 213),
    ("analisis_kebutuhan", "Februari {y}", None, None),
    ("inovasi", "April {y}", None, None),
    ("survei", None, 123, 129),
    ("pemantauan", "Juni {y}", None, None),
    ("evaluasi_tpi", None, 141, 152),
    ("pengusulan", "{d:%d/%m/%Y}", 204, None),
    ("seleksi_administrasi", "Agustus {y}", None, None),
    ("desk_evaluasi", "September {y}", None, None),
    ("penetapan", "{d:%d/%m/%Y}", 345, None),
    ("pemantauan", "Januari {y1}", None, None),
]


def write_portfolio(
    path: Path, n: int, seed: int = 2024, instant_share: float = 1 / 3, *, diverse: bool = False
) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["satker", "predikat", "tahap", "tanggal", "mulai", "selesai"])
        for i in range(n):
            y = 2024
            start = dt.date(y, 1, 1) - dt.timedelta(days=rng.randint(0, 60) if diverse else 0)
            instant = rng.random() < instant_share  # these plan in June and submit in August
            for k, (stage, text, a, b) in enumerate(STAGES):
                day = start + dt.timedelta(days=a or 0)
                date = text.format(y=y, y0=y - 1, y1=y + 1, d=day) if text else ""
                if instant and stage == "perencanaan":
                    date = "Juni 2024"
                elif instant and stage == "pengusulan":
                    date = "Agustus 2024"
                first = start + dt.timedelta(days=a or 0)
                lo = f"{first:%d/%m/%Y}" if b else ""
                hi = f"{start + dt.timedelta(days=b):%d/%m/%Y}" if b else ""
                writer.writerow([f"Satker {i:06d}" if k == 0 else "", "WBK" if k == 0 else "", stage, date, lo, hi])


def run(n: int, folder: Path, instant_share: float, *, diverse: bool) -> tuple[float, float]:
    source = folder / f"portofolio-{n}.csv"
    write_portfolio(source, n, instant_share=instant_share, diverse=diverse)
    output = folder / "out.csv"
    command = [sys.executable, "-m", "zi_timeline.cli", "check", str(source), "--format", "csv", "-o", str(output)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in {0, 1}:
        raise SystemExit(done.stderr)
    return seconds, max(peak, before) / 1024


def main() -> None:
    args = sys.argv[1:]
    share = 0.0 if "--all-pass" in args else 1 / 3
    diverse = "--diverse" in args  # every unit's dates shifted by 0-60 days: caches by value help less
    sizes = [int(a) for a in args if a.isdigit()] or [1_000, 10_000, 100_000]
    print(f"instant plans: {share:.0%} of the units; dates {'shifted per unit' if diverse else 'shared'}")
    print(f"{'schedules':>10} {'rows':>10} {'seconds':>8} {'us/schedule':>12} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            seconds, peak = run(n, Path(tmp), share, diverse=diverse)
            print(f"{n:>10,} {n * len(STAGES):>10,} {seconds:>8.2f} {seconds / n * 1e6:>12.1f} {peak:>8.0f}")


if __name__ == "__main__":
    main()
