"""Fuzz the readers for a while and report: how many inputs ran, and that none raised an undocumented error.

Run: python bench/fuzz.py [SECONDS]   (default 600)
Inputs: date texts built from Indonesian date tokens and noise; random nested data for
Schedule.from_mapping; and mutations (byte flips, cuts, inserted separators and
quotes) of every file in tests/corpus/ and the bundled examples, read by zt.load.
Documented outcomes: a result, or a ZiTimelineError (InvalidDateError, LoadError, ...).
Anything else is printed with its input and makes the script exit 1.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

import zi_timeline as zt
from zi_timeline.exceptions import LoadWarning, ZiTimelineError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "corpus").rglob("*.*")) + sorted(
    (ROOT / "src" / "zi_timeline" / "data" / "examples").glob("*.*")
)
TOKENS = [
    "Januari",
    "Februari",
    "Mei",
    "Agustus",
    "Agt",
    "Nop",
    "Des",
    "Juni",
    "2024",
    "1999",
    "2200",
    "31",
    "29",
    "0",
    "/",
    "-",
    " - ",
    " s.d. ",
    " hingga ",
    "Triwulan",
    "II",
    "IV",
    "Semester",
    "TA",
    "awal",
    "akhir",
    "(",
    ")",
    "Selasa",
    "Jum'at",
    ",",
    ".",
    "20/02",
    "45463",
    "Q3",
    "H1",
    "  ",
    "\t",
    "ñ",
    "١٢",
    "💥",
    "9" * 30,
    "awal ",
    "\x00",
]


# Values a cell may hold that once crashed a whole run (issue 12): huge integers, typed
# dates outside the supported years, Excel serials past 2200, deep "awal", long digits.
HOSTILE_VALUES: list[object] = [
    None,
    True,
    0,
    -1,
    3.5,
    45463,
    2024,
    float("nan"),
    float("inf"),
    10**400,
    -(10**400),
    2958465,
    dt.date(9999, 12, 31),
    dt.datetime(1, 1, 1),  # noqa: DTZ001 - a naive Excel datetime
    "awal " * 300 + "Juni 2024",
    "7" * 5000,
    "$\\frac{$x$}$",
    "\x1b[2J\x00\ud800",
]


def date_text(rng: random.Random) -> str:
    return "".join(rng.choice(TOKENS) for _ in range(rng.randint(0, 8)))


def nested(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randint(0, 7 if depth < 4 else 3)
    if kind == 0:
        return date_text(rng)
    if kind == 1:
        return rng.choice(HOSTILE_VALUES)
    if kind == 2:
        return rng.choice(["unit", "target", "WBK", "WBBM", "milestones", "stage", "date", "pencanangan", "survei"])
    if kind == 3:
        return rng.choice(["start", "end", "note", "waivers", "code", "ZI201", "scope", "pokja"])
    keys = ["unit", "target", "milestones", "stage", "date", "start", "end", "year", "waivers", "peserta", "x"]
    if kind in {4, 5}:
        return {rng.choice(keys): nested(rng, depth + 1) for _ in range(rng.randint(0, 6))}
    return [nested(rng, depth + 1) for _ in range(rng.randint(0, 6))]


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data[:200_000])
    for _ in range(rng.randint(1, 6)):
        op = rng.randint(0, 4)
        pos = rng.randint(0, max(len(data) - 1, 0))
        if op == 0 and data:
            data[pos] = rng.randint(0, 255)
        elif op == 1:
            del data[pos : pos + rng.randint(1, 200)]
        elif op == 2:
            data[pos:pos] = rng.choice([b";", b",", b'"', b"\n", b"\r\n", b"\x00", b"\xef\xbb\xbf", b"- ", b"{", b"]"])
        elif op == 3:
            data = data[: rng.randint(0, len(data))]
        else:
            data[pos:pos] = date_text(rng).encode("utf-8")
    return bytes(data)


def run(seconds: float, seed: int = 0) -> tuple[int, list[str]]:
    rng = random.Random(seed)
    count, failures = 0, []
    deadline = time.monotonic() + seconds
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadWarning)
        while time.monotonic() < deadline:
            count += 1
            which = count % 3
            try:
                if which == 0:
                    value = date_text(rng)
                    zt.parse_date(value, year=rng.choice([None, 2024]))
                elif which == 1:
                    value = nested(rng)
                    zt.validate(zt.Schedule.from_mapping(value, strict=False))
                else:
                    source = rng.choice(SEEDS)
                    value = source.name
                    path = Path(tmp) / f"f{count % 7}{source.suffix}"
                    path.write_bytes(mutate(rng, source.read_bytes()))
                    for schedule in zt.load(path):
                        zt.validate(schedule).to_json()
            except ZiTimelineError:
                continue
            except Exception:  # noqa: BLE001 - this is what the fuzzer looks for
                failures.append(f"{which} {value!r:.200}\n{traceback.format_exc(limit=4)}")
    return count, failures


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 600.0
    start = time.monotonic()
    count, failures = run(seconds)
    elapsed = time.monotonic() - start
    print(f"fuzz: {count:,} inputs in {elapsed:.0f} s ({count / elapsed:,.0f}/s); undocumented errors: {len(failures)}")
    for failure in failures[:10]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
