"""validate() from many threads at once gives what one thread gives, and its memos stay bounded."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import zi_timeline as zt
from zi_timeline import _policy
from zi_timeline._dicts import ReportDict
from zi_timeline._memo import Memo

if TYPE_CHECKING:
    import pytest

N_SCHEDULES = 10_400
MEMO_SIZE = 1024  # a small bound for the test's policies: eviction runs all the time
THREADS = 16
SELECT = ("ZI201", "ZI301")


def _distinct(n: int) -> Iterator[zt.Schedule]:
    """Cheap schedules whose dates all differ: each one asks the planner anew."""
    first = dt.date(2023, 1, 2)
    for i in range(n):
        plan = first + dt.timedelta(days=i % 700)
        gap = 20 + (i // 700) * 9  # (day, gap) pairs never repeat for i < 700 * 16
        declared = plan + dt.timedelta(days=gap)
        yield zt.Schedule.from_mapping(
            {
                "unit": f"Satker {i:05d}",
                "target": "WBK",
                "milestones": {
                    "perencanaan": plan,
                    "pencanangan": declared,
                    "pembangunan": {"start": declared, "end": declared + dt.timedelta(days=2 * gap)},
                    "evaluasi_tpi": declared + dt.timedelta(days=gap),
                    "pengusulan": declared + dt.timedelta(days=gap + 12),
                },
            }
        )


@contextlib.contextmanager
def tiny_switch_interval() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as CPython allows: races show up
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def test_many_threads_give_the_sequential_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_policy, "MEMO_SIZE", MEMO_SIZE)
    schedules = list(_distinct(N_SCHEDULES))
    assert len({tuple(m.span for m in s) for s in schedules}) == N_SCHEDULES
    today = dt.date(2024, 1, 1)

    def check(i: int, policies: tuple[zt.Policy, zt.Policy]) -> ReportDict:
        lang = "en" if i % 4 >= 2 else "id"
        # ZI201 and ZI301 plan their fixes through the policy's memo (the cache that raced);
        # the other rules would only add time.
        return zt.validate(schedules[i], policies[i % 2], lang=lang, today=today, select=SELECT).to_dict()

    def fresh() -> tuple[zt.Policy, zt.Policy]:
        # New objects, so the threaded run cannot read answers the sequential run memoised.
        return zt.Policy.default().with_values({}), zt.Policy.named("ketat").with_values({})

    sequential_policies = fresh()
    expected = [check(i, sequential_policies) for i in range(N_SCHEDULES)]
    shared = fresh()
    with tiny_switch_interval(), ThreadPoolExecutor(max_workers=THREADS) as pool:
        got = list(pool.map(lambda i: check(i, shared), range(N_SCHEDULES)))
    assert got == expected
    assert all(p.memo.size == MEMO_SIZE and len(p.memo) <= MEMO_SIZE for p in shared)
    assert sum(not r["ok"] for r in got) > N_SCHEDULES // 2  # the plans are squeezed: fixes get planned


def test_the_memo_stays_within_its_bound_under_contention() -> None:
    memo: Memo[int, int] = Memo(64)
    errors: list[BaseException] = []

    def hammer(offset: int) -> None:
        try:
            for key in range(offset, offset + 2_000):
                assert memo.get_or_compute(key % 500, functools.partial(int.__mul__, key % 500, 3)) == (key % 500) * 3
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread below
            errors.append(exc)

    workers = [threading.Thread(target=hammer, args=(n * 37,)) for n in range(THREADS)]
    with tiny_switch_interval():
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    assert errors == []
    assert len(memo) <= 64


def test_threads_asking_for_a_bundled_policy_share_one_object() -> None:
    _policy._CACHE.clear()
    barrier = threading.Barrier(8)

    def ask(_: int) -> zt.Policy:
        barrier.wait()
        return zt.Policy.named("ketat")

    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(ask, range(8)))
    assert all(p is got[0] for p in got)
