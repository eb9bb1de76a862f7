"""What the portfolio step adds to checking units one by one: validate_many vs validate_portfolio.

Run: python bench/bench_portfolio_load.py [N ...]   (default 1000 10000)
Units get day-precision TPIs spread over May-June and proposals over the window, plus a
quarter of them with month-precision TPIs (each such unit touches about 21 days of the
load table). Prints the time of both calls and, timed directly, of the portfolio step alone
(load table and ZI6xx rules) as a share of validate_many.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

import zi_timeline as zt
from zi_timeline._portfolio_load import load_table
from zi_timeline.rules import REGISTRY
from zi_timeline.rules.portfolio import CHECKS, PortfolioContext

_PLAN = {
    "perencanaan": "Oktober - Desember 2023",
    "pembentukan_tim": "8 Januari 2024",
    "pencanangan": "23 Januari 2024",
    "pembangunan": "24 Januari 2024 - 31 Juli 2024",
    "survei": "29 April - 3 Mei 2024",
}


def units(n: int) -> list[zt.Schedule]:
    rng = random.Random(15)
    out = []
    for i in range(n):
        start = dt.date(2024, 5, 6) + dt.timedelta(days=rng.randrange(50))
        tpi = "Mei 2024" if i % 4 == 0 else f"{start.isoformat()} s.d. {(start + dt.timedelta(days=4)).isoformat()}"
        proposal = dt.date(2024, 7, 18) + dt.timedelta(days=rng.randrange(14))
        milestones = {**_PLAN, "evaluasi_tpi": tpi, "pengusulan": proposal.isoformat()}
        data = {"unit": f"Satker {i}", "target": "WBK", "tim_penilai": f"Tim {i % 7}", "milestones": milestones}
        out.append(zt.Schedule.from_mapping(data))
    return out


def _portfolio_step(schedules: list[zt.Schedule]) -> float:
    """The portfolio step alone, timed directly: the load table and the ZI6xx rules over it."""
    policy = zt.Policy.default()
    teams = [s.evaluator for s in schedules]
    capacity: dict[str | None, int] = {None: 5, **dict.fromkeys(teams, 5)}
    start = time.perf_counter()
    load = load_table(schedules, teams, capacity, policy.calendar, 3)
    ctx = PortfolioContext(schedules, teams, load, policy)
    for code, check in CHECKS.items():
        list(check(REGISTRY.get(code), ctx))
    return time.perf_counter() - start


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    zt.validate_portfolio(units(200))  # warm the calendar tables and caches: not what is measured
    for n in sizes:
        schedules = units(n)
        start = time.perf_counter()
        zt.validate_many(schedules)
        many = time.perf_counter() - start
        start = time.perf_counter()
        portfolio = zt.validate_portfolio(schedules)
        whole = time.perf_counter() - start
        step = _portfolio_step(schedules)
        print(
            f"{n:>7} units: validate_many {many:6.2f} s, validate_portfolio {whole:6.2f} s, "
            f"portfolio step alone {step:5.2f} s ({step / many:.0%} of validate_many); "
            f"{len(portfolio.load)} load rows, {len(portfolio.findings)} portfolio findings"
        )


if __name__ == "__main__":
    main()
