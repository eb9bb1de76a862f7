"""End-to-end check of generated portfolios: 1,000 / 10,000 / 100,000 schedules from CSV.

Run: python bench/bench_portfolio.py [N ...] [--all-pass] [--diverse]
     python bench/bench_portfolio.py [N ...] --findings-heavy
     python bench/bench_portfolio.py [N] --breakdown
Each schedule has 15 milestone rows (1.5 million rows at 100,000); a third of them are
"instant" plans (June planning, August submission) with findings and computed fixes. The check runs in a
child process (`zi-timeline check FILE --format csv -o OUT`) so that its wall time and
peak memory (max RSS) are its own; the table printed is what docs/performance.md quotes.

``--findings-heavy`` writes a portfolio in which every unit's dates differ (one day per
milestone, ``dd/mm/yyyy``) and most units carry 4-8 findings, runs
``zi-timeline check FILE --format json -o OUT`` and, side by side, pandas reading the same
CSV and parsing its date column, and prints the ratio of the two (target: <= 3).
``--breakdown`` prints where that check's CPU time goes, step by step, for one size.
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


# Day offsets of a relaxed plan from its start; write_heavy squeezes them per unit.
HEAVY = [
    ("perencanaan", 0),
    ("pembentukan_tim", 60),
    ("sosialisasi", 75),
    ("pencanangan", 76),
    ("pembangunan", 80),
    ("analisis_kebutuhan", 110),
    ("inovasi", 150),
    ("survei", 200),
    ("pemantauan", 215),
    ("evaluasi_tpi", 230),
    ("pengusulan", 262),
    ("seleksi_administrasi", 300),
    ("desk_evaluasi", 330),
    ("penetapan", 420),
    ("pemantauan", 450),
]


def write_heavy(path: Path, n: int, seed: int = 13) -> None:
    """Compressed, varied plans: each unit starts on its own day and drops some stages."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["satker", "predikat", "tahap", "tanggal"])
        for i in range(n):
            start = dt.date(2023, 6, 1) + dt.timedelta(days=rng.randint(0, 400))
            scale = rng.uniform(0.3, 1.0)  # most plans are squeezed: ZI2xx findings
            skip = {s for s in ("survei", "sosialisasi", "analisis_kebutuhan") if rng.random() < 0.4}
            rows = [(stage, a) for stage, a in HEAVY if stage not in skip]
            for k, (stage, a) in enumerate(rows):
                day = start + dt.timedelta(days=round(a * scale) + k)
                if day.weekday() > 4 and rng.random() < 0.9:  # planners mostly avoid weekends
                    day += dt.timedelta(days=7 - day.weekday())
                unit = f"Satker {i:06d}" if k == 0 else ""
                writer.writerow([unit, "WBK" if k == 0 else "", stage, f"{day:%d/%m/%Y}"])


_PANDAS = """
import sys, time
import pandas as pd
start = time.perf_counter()
frame = pd.read_csv(sys.argv[1], sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
dates = pd.to_datetime(frame["tanggal"], format="%d/%m/%Y")
print(time.perf_counter() - start, len(dates))
"""


# Runs the CLI and reports the child's own peak memory: VmHWM of its own process (the
# rusage maximum of a child starts at its parent's size at fork, which the parent's own
# work would inflate).
_CHECK = """
import resource, sys
from zi_timeline.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status", encoding="ascii") as status:
    peak = next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), None)
if peak is None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stderr.write(f"maxrss={peak}\\n")
sys.exit(code)
"""


def _child(command: list[str]) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (user + system), own peak MB and exit code of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in {0, 1}:
        raise SystemExit(done.stderr)
    peak = next((int(line[7:]) for line in done.stderr.splitlines() if line.startswith("maxrss=")), 0)
    return wall, cpu, peak / 1024, done.returncode


def _findings_per_unit(output: Path) -> float:
    """Counted in the compact JSON without loading it (a parent that grows skews the next child)."""
    units = findings = 0
    with output.open(encoding="utf-8") as handle:
        while chunk := handle.read(1 << 20):
            units += chunk.count('"unit":')
            findings += chunk.count('"code":')
    return findings / max(units, 1)


def heavy(sizes: list[int]) -> None:
    """``check --format json`` against pandas reading and parsing the same CSV, side by side.

    Both run in a fresh interpreter (start and imports included); the ratio is of CPU
    time, so that a busy shared machine does not tilt it. Wall time is printed too.
    """
    print("findings-heavy: every unit's dates differ, most units with 4-8 findings")
    print(
        f"{'schedules':>10} {'check s':>8} {'cpu s':>7} {'us/unit':>8} {'peak MB':>8} "
        f"{'pandas s':>9} {'cpu s':>7} {'ratio':>6} {'findings/unit':>14}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            source = Path(tmp) / f"berat-{n}.csv"
            output = Path(tmp) / "out.json"
            write_heavy(source, n)
            command = [sys.executable, "-c", _CHECK, "check", str(source), "--format", "json", "-o", str(output)]
            wall, cpu, peak, _ = _child(command)
            p_wall, p_cpu, _, _ = _child([sys.executable, "-c", _PANDAS, str(source)])
            per_unit = _findings_per_unit(output)
            print(
                f"{n:>10,} {wall:>8.2f} {cpu:>7.2f} {cpu / n * 1e6:>8.1f} {peak:>8.0f} "
                f"{p_wall:>9.2f} {p_cpu:>7.2f} {cpu / p_cpu:>6.2f} {per_unit:>14.1f}"
            )


# Where the check's time goes, step by step, in one fresh interpreter: CPU microseconds per
# unit for reading, running the rules, making the texts (to_dict) and encoding the JSON;
# and the floor any check that writes this output pays: the C encoder alone on the same dicts.
_PHASES = """
import json, sys, time
clock = time.process_time
t0 = clock()
import zi_timeline as zt
from zi_timeline.io import iter_load
t1 = clock()
schedules = list(iter_load(sys.argv[1]))
t2 = clock()
policy = zt.Policy.default()
reports = [zt.validate(s, policy) for s in schedules]
t3 = clock()
dicts = [r.to_dict() for r in reports]
t4 = clock()
text = json.dumps({"reports": dicts}, ensure_ascii=False, separators=(",", ":"))
t5 = clock()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, len(schedules), len(text))
"""


def breakdown(n: int) -> None:
    """Per-step CPU time of the findings-heavy check, in microseconds per unit."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"berat-{n}.csv"
        write_heavy(source, n)
        done = subprocess.run([sys.executable, "-c", _PHASES, str(source)], capture_output=True, text=True, check=True)
        _, p_cpu, _, _ = _child([sys.executable, "-c", _PANDAS, str(source)])
    imports, read, rules, texts, encode, units, size = (float(x) for x in done.stdout.split())
    total = imports + read + rules + texts + encode
    print(f"findings-heavy, {int(units):,} units, CPU time per step (one interpreter, no output file):")
    for name, seconds in (
        ("import zi_timeline", imports),
        ("read the CSV (iter_load)", read),
        ("run the rules (validate)", rules),
        ("make the texts (to_dict)", texts),
        ("encode the JSON (C encoder)", encode),
    ):
        print(f"  {name:<30} {seconds:7.2f} s {seconds / units * 1e6:8.1f} us/unit {seconds / total:6.1%}")
    print(f"  {'total':<30} {total:7.2f} s {total / units * 1e6:8.1f} us/unit")
    print(f"  pandas reading and parsing the same CSV: {p_cpu:.2f} s CPU; 3x budget {3 * p_cpu:.2f} s")
    print(f"  JSON output: {size / 1e6:.1f} MB; encoding it alone is {encode / p_cpu:.2f}x the pandas time")


def main() -> None:
    args = sys.argv[1:]
    if "--breakdown" in args:
        breakdown(next((int(a) for a in args if a.isdigit()), 10_000))
        return
    if "--findings-heavy" in args:
        heavy([int(a) for a in args if a.isdigit()] or [10_000])
        return
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
