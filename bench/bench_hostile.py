"""Time and peak memory of the CLI on the hostile files (issue 12): the worst ones in docs/performance.md.

Run: python bench/bench_hostile.py
Each file is checked by ``zi-timeline check FILE --format F -o /dev/null`` in its own
process; the figures are its wall time and its peak resident memory (from wait4; the
large files are made by another process, so that the measured ones start small). The
files are the corpus's hostile cases and larger ones made here, each near a limit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from zi_timeline._limits import MAX_YAML_EVENTS
from zi_timeline.io import MAX_UNITS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
STAGES = ("pemantauan", "inovasi", "survei", "sosialisasi", "analisis_kebutuhan", "pencanangan", "evaluasi_tpi")
FROM_CORPUS = (
    "xlsx/far-rows.xlsx",
    "xlsx/dimension-claim.xlsx",
    "xlsx/no-header-long.xlsx",
    "xlsx/sheet-bomb.xlsx",
    "xlsx/shared-strings-bomb.xlsx",
    "xlsx/formula-unit.xlsx",
    "yaml/alias-bomb.yaml",
    "yaml/alias-note.yaml",
    "json/long-digits.json",
    "json/int-5000-digits.json",
    "json/awal-recursion.json",
    "json/deep.json",
    "csv/unbalanced-quote.csv",
)


def _milestones(n: int) -> list[dict[str, str]]:
    return [{"stage": STAGES[i % len(STAGES)], "date": f"{1 + i % 28}/{1 + i // 28 % 12}/2024"} for i in range(n)]


def made(folder: Path) -> list[tuple[Path, str]]:
    """The larger hostile files, each near one of the limits."""
    files: list[tuple[Path, str]] = []

    def write(name: str, text: str, fmt: str = "json") -> None:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        files.append((path, fmt))

    compact = {"separators": (",", ":")}
    write("unit-100k-milestones.json", json.dumps({"unit": "A", "target": "WBK", "milestones": _milestones(100_000)}))
    write("unit-990k-bad-milestones.json", json.dumps({"unit": "A", "target": "WBK", "milestones": ["a"] * 990_000}))
    write("json-12m-values-48mb.json", json.dumps({"unit": "A", "milestones": ["a"] * 12_000_000}, **compact))
    write("json-100k-empty-units.json", json.dumps([{"unit": f"U{i}"} for i in range(MAX_UNITS)], **compact))
    head = "schedules:\n  - unit: A\n    target: WBK\n    milestones: ["
    write("yaml-under-event-limit.yaml", head + "a, " * (MAX_YAML_EVENTS - 20) + "]\n")
    write("yaml-2mib-flow.yaml", head + "a, " * 699_000 + "]\n")
    unit = "$" + "\\frac{" * 50 + "}" * 50 + "$ " * 300
    far = {"unit": "B", "target": "WBK", "milestones": {"perencanaan": "1900", "pengusulan": "Desember 2200"}}
    write(
        "html-5000-milestones-math-name.json",
        json.dumps([{"unit": unit, "milestones": _milestones(5000)}, far]),
        "html",
    )
    write("csv-quote-never-closed.csv", 'satker;tahap;tanggal\n"A;survei;Mei 2024\n' + "B;survei;Mei 2024\n" * 200_000)
    for n in (20_000, 100_000):  # a header of junk columns: classified in linear time (was 44 s at 20,000)
        names = ";".join(["satker", "predikat", *(f"c{i}" for i in range(n))])
        write(f"csv-header-{n // 1000}k-columns.csv", f"{names}\nA;WBK{';Juni 2024' * n}\n")
    words = ";".join(["satker", "tahap", "tanggal", *(f"kolom tanggal nomor {i}" for i in range(20_000))])
    write("csv-header-20k-alias-words.csv", f"{words}\nA;survei;Mei 2024\n")  # each header scanned: the worst case
    return files


def measure(path: Path, fmt: str) -> tuple[float, float, int]:
    """(seconds, peak MiB, exit code) of one CLI run."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "zi_timeline.cli", "check", str(path), "--format", fmt, "-o", os.devnull],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    if sys.argv[1:2] == ["make"]:  # in a process of its own: a child forked from a big parent reports its size
        for path, fmt in made(Path(sys.argv[2])):
            print(path, fmt)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        listing = subprocess.run(
            [sys.executable, __file__, "make", tmp], capture_output=True, text=True, check=True
        ).stdout
        generated = [(Path(line.rsplit(" ", 1)[0]), line.rsplit(" ", 1)[1]) for line in listing.splitlines()]
        files = [(CORPUS / name, "json") for name in FROM_CORPUS] + generated
        print(f"{'file':<40} {'bytes':>11} {'s':>7} {'MiB':>7} exit")
        for path, fmt in files:
            seconds, mib, code = measure(path, fmt)
            print(f"{path.name:<40} {path.stat().st_size:>11,} {seconds:>7.1f} {mib:>7.0f} {code:>4}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
