"""Median time of ``validate()`` on a 15-milestone schedule (target: < 100 microseconds).

Run: python bench/bench_validate.py

Times are CPU time of this process (``time.process_time``): on a shared machine, waiting
for a core is not the library's cost. To compare two versions, run this script against
each (``PYTHONPATH=/path/to/other/src python bench/bench_validate.py``) one after the other.
"""

from __future__ import annotations

import statistics
import time
import timeit

import zi_timeline as zt
from zi_timeline import planning

FIFTEEN = {
    "unit": "Rutan Kelas I Contoh",
    "target": "WBK",
    "milestones": [
        {"stage": "perencanaan", "date": "Oktober - Desember 2023"},
        {"stage": "pembentukan_tim", "date": "8 Januari 2024"},
        {"stage": "pencanangan", "date": "23 Januari 2024"},
        {"stage": "sosialisasi", "date": "22 Januari 2024"},
        {"stage": "pembangunan", "date": "24 Januari 2024 - 31 Juli 2024"},
        {"stage": "analisis_kebutuhan", "date": "Februari 2024"},
        {"stage": "inovasi", "date": "April 2024"},
        {"stage": "survei", "date": "2-8 Mei 2024"},
        {"stage": "pemantauan", "date": "Januari 2025"},
        {"stage": "evaluasi_tpi", "date": "20-31 Mei 2024"},
        {"stage": "pengusulan", "date": "22 Juli 2024"},
        {"stage": "seleksi_administrasi", "date": "Agustus 2024"},
        {"stage": "desk_evaluasi", "date": "September 2024"},
        {"stage": "evaluasi_lapangan", "date": "Oktober - November 2024"},
        {"stage": "penetapan", "date": "11 Desember 2024"},
    ],
}
INSTANT = {
    "unit": "Lapas Contoh",
    "target": "WBK",
    "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"},
}


def median_us(func: object, number: int, repeat: int = 15) -> float:
    runs = timeit.repeat(func, number=number, repeat=repeat, timer=time.process_time)  # type: ignore[arg-type]
    return statistics.median(runs) / number * 1e6


def main() -> None:
    healthy = zt.Schedule.from_mapping(FIFTEEN)
    instant = zt.Schedule.from_mapping(INSTANT)
    policy = zt.Policy.default()
    assert len(healthy) == 15
    assert zt.validate(healthy, policy).findings == ()
    cases = {
        "validate, 15 milestones, clean": (lambda: zt.validate(healthy, policy), 2000),
        "validate, instant plan, 4 findings": (lambda: zt.validate(instant, policy), 2000),
        "validate + read every text, instant plan": (lambda: zt.validate(instant, policy).to_dict(), 2000),
        "Schedule.from_mapping, 15 milestones": (lambda: zt.Schedule.from_mapping(FIFTEEN), 500),
        "parse_date('20 Februari 2024'), cached": (lambda: zt.parse_date("20 Februari 2024"), 20000),
        "planning.plan(2026), with its validation": (lambda: planning.plan(2026, policy=policy), 200),
        "planning.suggest_fix(instant plan)": (lambda: planning.suggest_fix(instant, policy), 200),
    }
    for name, (func, number) in cases.items():
        print(f"{name:<40} median {median_us(func, number):8.2f} us")


if __name__ == "__main__":
    main()
