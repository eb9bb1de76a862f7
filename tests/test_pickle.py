"""Every public value pickles and copies, its texts read or not, and comes back equal.

A service hands reports to worker processes and caches them: a report whose texts were
not read yet holds functions over the rule's context (policy, memo, lock), and a policy
holds a locked memo and rule functions made inside functions. None of that may leak
into a pickle or a copy.
"""

from __future__ import annotations

import copy
import datetime as dt
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, TypeVar

import pytest

import zi_timeline as zt
from zi_timeline._memo import Memo
from zi_timeline.io import EXAMPLES

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

T = TypeVar("T")

COPIES: dict[str, Callable[[object], object]] = {
    "pickle": lambda value: pickle.loads(pickle.dumps(value)),  # noqa: S301 - our own bytes
    "pickle-0": lambda value: pickle.loads(pickle.dumps(value, protocol=0)),  # noqa: S301
    "deepcopy": copy.deepcopy,
    "copy": copy.copy,
}


def _again(value: T, how: str) -> T:
    out = COPIES[how](value)
    assert type(out) is type(value)
    return out


def _failing() -> zt.Schedule:
    return zt.Schedule.from_mapping(
        {"unit": "A", "target": "WBK", "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}}
    )


def _unread(report: zt.Report) -> bool:
    """Whether some finding still holds a text not made yet (a function)."""
    return any(not isinstance(f._message, str) for f in report.findings)


@pytest.mark.parametrize("how", COPIES)
def test_report_with_unread_texts_round_trips(how: str) -> None:
    report = zt.validate(_failing(), zt.Policy.named("ketat"))
    assert _unread(report)  # the case the tester met: nothing read yet
    again = _again(report, how)
    assert again.to_dict() == zt.validate(_failing(), zt.Policy.named("ketat")).to_dict()
    assert again == report
    assert again.to_dict() == report.to_dict()


@pytest.mark.parametrize("how", COPIES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_report_with_read_texts_round_trips(how: str, lang: zt.Lang) -> None:
    report = zt.validate(_failing(), lang=lang)
    expected = report.to_dict()  # reads every text
    again = _again(report, how)
    assert again == report
    assert again.to_dict() == expected
    assert again.ok is report.ok
    assert again.lang == lang


@pytest.mark.parametrize("how", COPIES)
def test_each_finding_round_trips_alone(how: str) -> None:
    findings = zt.validate(_failing()).findings
    expected = [f.to_dict() for f in zt.validate(_failing()).findings]
    assert len(findings) > 3
    again = [_again(f, how) for f in findings]
    assert [f.to_dict() for f in again] == expected
    assert again == list(findings)
    assert [f.origin for f in again] == [f.origin for f in findings]


def test_a_pickled_finding_holds_only_text() -> None:
    finding = next(f for f in zt.validate(_failing()).findings if not isinstance(f._message, str))
    state = finding.__getstate__()
    assert isinstance(state["_message"], str)
    assert isinstance(state["_observed"], str)
    assert isinstance(state["_fix"], str)
    assert b"Policy" not in pickle.dumps(finding)


@pytest.mark.parametrize("how", COPIES)
def test_reports_round_trip_as_reports(how: str) -> None:
    schedules = zt.load(EXAMPLES)
    reports = zt.validate_many(schedules)
    expected = [r.to_dict() for r in zt.validate_many(schedules)]
    again = _again(reports, how)
    assert isinstance(again, zt.Reports)
    assert [r.to_dict() for r in again] == expected
    assert again == reports


@pytest.mark.parametrize("how", COPIES)
def test_schedules_from_a_file_keep_their_origins(how: str, tmp_path: Path) -> None:
    path = tmp_path / "rencana.csv"
    path.write_text("unit,tahap,tanggal\nUPT A,perencanaan,Juni 2024\nUPT A,pengusulan,Agustus 2024\n", "utf-8")
    for schedule in [*zt.load(path), *zt.load(EXAMPLES)]:
        again = _again(schedule, how)
        assert again == schedule
        assert [m.origin for m in again.milestones] == [m.origin for m in schedule.milestones]
        assert [m.span.start_bounds for m in again.milestones] == [m.span.start_bounds for m in schedule.milestones]
        assert zt.validate(again).to_dict() == zt.validate(schedule).to_dict()
    first = zt.load(path)[0].milestones[0]
    assert first.origin is not None
    assert first.origin.file == str(path)
    assert first.origin.row == 2


@pytest.mark.parametrize("how", COPIES)
def test_a_span_round_trips_with_its_cached_bounds_read_or_not(how: str) -> None:
    fresh = zt.parse_date("Juni 2024")
    read = zt.parse_date("Juni 2024")
    _ = read.start_bounds, read.end_bounds
    for span in (fresh, read):
        again = _again(span, how)
        assert again == span
        assert hash(again) == hash(span)
        assert (again.start_bounds, again.end_bounds) == (span.start_bounds, span.end_bounds)


def _policies() -> dict[str, zt.Policy]:
    return {
        "default": zt.Policy.default(),
        "ketat": zt.Policy.named("ketat"),
        "with_values": zt.Policy.default().with_values({"plan_to_submission.error": 5}),
        "own": zt.Policy.from_mapping(
            {
                "extends": "ketat",
                "name": "kanwil",
                "aliases": {"stages": {"pencanangan": ["apel komitmen"]}, "columns": {"unit": ["kode upt"]}},
                "calendar": {"extra_holidays": {"2024-07-01": "Libur daerah"}},
            },
            source="kanwil.toml",
        ),
    }


@pytest.mark.parametrize("how", COPIES)
@pytest.mark.parametrize("name", ["default", "ketat", "with_values", "own"])
def test_policies_round_trip_without_their_caches(how: str, name: str) -> None:
    policy = _policies()[name]
    expected = zt.validate(_failing(), policy).to_dict()  # fills the memo and the derived values
    digest = policy.digest
    assert len(policy.memo) > 0
    again = _again(policy, how)
    assert again == policy
    assert again.source == policy.source
    assert again.calendar == policy.calendar
    assert len(again.memo) == 0
    assert again.memo is not policy.memo
    assert again.memo.size == policy.memo.size
    assert again.digest == digest
    assert zt.validate(_failing(), again).to_dict() == expected
    assert again.thresholds == policy.thresholds
    assert again.severity == policy.severity
    if policy.aliases is not None:
        assert again.aliases is not None
        assert (again.aliases.columns, again.aliases.stages) == (policy.aliases.columns, policy.aliases.stages)


def test_memo_pickles_empty_with_a_lock_of_its_own() -> None:
    memo: Memo[int, int] = Memo(3)
    memo.get_or_compute(1, lambda: 10)
    for how in COPIES:
        again = _again(memo, how)
        assert (again.size, len(again)) == (3, 0)
        assert again.get_or_compute(2, lambda: 20) == 20
        assert 2 not in memo


@pytest.mark.parametrize("how", COPIES)
def test_calendar_round_trips(how: str) -> None:
    calendar = zt.Calendar.default()
    start, end = dt.date(2025, 6, 2), dt.date(2025, 8, 29)
    days = calendar.working_days(start, end)  # fills its year tables
    window = calendar.window(2024)
    again = _again(calendar, how)
    assert again == calendar
    assert again.working_days(start, end) == days
    assert again.window(2024) == window


@pytest.mark.parametrize("how", COPIES)
def test_portfolio_report_round_trips(how: str) -> None:
    schedules = zt.load(EXAMPLES)
    report = zt.validate_portfolio(schedules)
    expected = zt.validate_portfolio(schedules).to_dict()
    again = _again(report, how)
    assert isinstance(again.reports, zt.Reports)
    assert again.to_dict() == expected
    assert again == report


def test_validate_runs_in_a_process_pool() -> None:
    schedules = [*zt.load(EXAMPLES)[:3], _failing()]
    expected = [zt.validate(s).to_dict() for s in schedules]
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        reports = list(pool.map(zt.validate, schedules))
    assert [r.to_dict() for r in reports] == expected
