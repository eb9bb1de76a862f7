"""The planning assistant: backward plans, the earliest feasible submission, suggested fixes."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

import zi_timeline as zt
from zi_timeline import Stage, planning
from zi_timeline.exceptions import PlanningError

D = dt.date
INSTANT = {
    "unit": "Lapas Kelas IIA Contoh",
    "target": "WBK",
    "milestones": {
        "perencanaan": "Juni 2024",
        "pembentukan_tim": "1 Juli 2024",
        "pencanangan": "3 Juli 2024",
        "pembangunan": {"start": "4 Juli 2024", "end": "31 Agustus 2024"},
        "evaluasi_tpi": "22-26 Juli 2024",
        "pengusulan": "Agustus 2024",
    },
}


def test_plan_for_2026_has_its_tpi_on_working_days_and_validates_clean() -> None:
    plan = planning.plan(2026)
    cal = zt.Calendar.default()
    tpi = plan.schedule.first(Stage.EVALUASI_TPI)
    assert tpi is not None
    assert cal.is_working_day(tpi.span.start)
    assert cal.is_working_day(tpi.span.end)
    assert cal.working_days(tpi.span.start, tpi.span.end) == 10
    # 2026's window is unknown: the regulation's 31 May (a Sunday) gives Friday 29 May.
    assert plan.submission == D(2026, 5, 29)
    assert cal.working_days_after(tpi.span.end, plan.submission) == 10
    assert plan.report.ok
    assert plan.report.codes() == ("ZI305",)


def test_plan_dates_are_the_latest_the_policy_allows() -> None:
    plan = planning.plan(2024)
    s = plan.schedule
    assert plan.submission == D(2024, 7, 31)  # last day of the 18-31 July 2024 window
    start = s.first(Stage.PERENCANAAN)
    declaration = s.first(Stage.PENCANANGAN)
    assert start is not None
    assert declaration is not None
    assert start.span.start <= D(2024, 1, 31)  # 6 months before 31 July (ZI201, recommended)
    assert declaration.span.start <= D(2024, 3, 31)  # 4 months (ZI202)
    # One day later would break a threshold: the dates are the latest, not just early enough.
    later = zt.Schedule.from_mapping(
        {"unit": "U", "target": "WBK", "milestones": {"perencanaan": "1 Februari 2024", "pengusulan": "31 Juli 2024"}}
    )
    assert "ZI201" in zt.validate(later).codes()
    assert all(m.note for m in s)


def test_plan_in_english_and_for_a_target_day() -> None:
    plan = planning.plan(submission="22 Juli 2024", lang="en")
    assert plan.submission == D(2024, 7, 22)
    submission = plan.schedule.first(Stage.PENGUSULAN)
    assert submission is not None
    assert "window" in (submission.note or "")
    month = planning.plan(submission="Juli 2024")
    assert month.submission == D(2024, 7, 31)


def test_wbbm_plan_needs_a_wbk_date() -> None:
    with pytest.raises(PlanningError, match="WBK"):
        planning.plan(2025, target="WBBM")
    plan = planning.plan(2025, target="WBBM", wbk_awarded="6 Desember 2022")
    assert plan.report.ok
    assert plan.schedule.target is zt.Predicate.WBBM
    recent = planning.plan(2025, target="WBBM", wbk_awarded="11 Desember 2024")
    assert recent.report.ok  # a WBK a few months old is a warning, not an error
    assert "ZI402" in recent.report.codes()


def test_a_submission_outside_the_window_cannot_be_planned() -> None:
    with pytest.raises(PlanningError) as info:
        planning.plan(submission="Agustus 2024")
    assert "18-31 Juli 2024" in info.value.message("id")
    assert "18-31 July 2024" in info.value.message("en")
    with pytest.raises(PlanningError):
        planning.plan()


def test_earliest_submission_for_the_june_to_august_plan() -> None:
    schedule = zt.Schedule.from_mapping(INSTANT)
    earliest = planning.earliest_submission(schedule)
    assert earliest is not None
    # 4 months after June 2024 is November, after the 2024 window closed; the 2025 window is
    # assumed to run up to 31 May, so the first working day of 2025 is the answer.
    assert (earliest.day, earliest.cycle_year, earliest.decided_by) == (D(2025, 1, 2), 2025, "ZI301")
    assert "ZI201" in {b.code for b in earliest.bounds}
    assert "2 Januari 2025" in earliest.describe("id")


def test_earliest_submission_decided_by_a_rule() -> None:
    revoked = zt.Schedule.from_mapping(
        {
            "unit": "U",
            "target": "WBK",
            "revoked": "Maret 2024",
            "milestones": {"perencanaan": "Oktober 2024", "pengusulan": "Juni 2025"},
        }
    )
    earliest = planning.earliest_submission(revoked)
    assert earliest is not None
    assert earliest.decided_by == "ZI403"
    assert earliest.day == D(2026, 3, 31)  # 31 March 2024 + 2 years, a Tuesday
    assert planning.earliest_submission(zt.Schedule("Kosong")) is None


def test_suggested_fix_for_the_june_to_august_plan() -> None:
    schedule = zt.Schedule.from_mapping(INSTANT)
    suggestion = planning.suggest_fix(schedule)
    assert suggestion.feasible
    assert suggestion.after is not None
    assert suggestion.after.ok
    assert [m.stage for m in suggestion.moves] == [Stage.PENGUSULAN, Stage.EVALUASI_TPI]
    assert suggestion.moves[0].after == zt.DateSpan.day(D(2025, 1, 2))
    assert "ZI301" in suggestion.moves[0].reason
    fixed = suggestion.schedule
    assert fixed is not None
    # Stages before the TPI stay where they were.
    for stage in (Stage.PERENCANAAN, Stage.PENCANANGAN, Stage.PEMBANGUNAN):
        assert fixed.first(stage) == schedule.first(stage)
    assert suggestion.to_dict()["feasible"] is True


def test_a_fix_moves_only_the_submission_when_that_is_enough() -> None:
    schedule = zt.Schedule.from_mapping(
        {
            "unit": "U",
            "target": "WBK",
            "milestones": {
                "perencanaan": "Oktober 2023",
                "pencanangan": "15 Januari 2024",
                "pembangunan": {"start": "16 Januari 2024", "end": "31 Juli 2024"},
                "evaluasi_tpi": "20-31 Mei 2024",
                "pengusulan": "12 Juni 2024",
                "penetapan": "Desember 2024",
            },
        }
    )
    suggestion = planning.suggest_fix(schedule)
    assert suggestion.feasible
    assert [m.stage for m in suggestion.moves] == [Stage.PENGUSULAN]  # December still follows: it stays
    assert suggestion.moves[0].after.start == D(2024, 7, 18)  # the 2024 window opens


def test_no_fix_when_later_moves_cannot_help() -> None:
    schedule = zt.Schedule.from_mapping(
        {"unit": "U", "target": "WBBM", "milestones": {"perencanaan": "Oktober 2024", "pengusulan": "Juni 2025"}}
    )
    suggestion = planning.suggest_fix(schedule)
    assert not suggestion.feasible
    assert suggestion.schedule is None
    assert "ZI401" in suggestion.reason


def test_a_done_stage_is_not_moved() -> None:
    schedule = zt.Schedule.from_mapping(INSTANT)
    suggestion = planning.suggest_fix(schedule, today=D(2024, 10, 1))
    assert not suggestion.feasible  # the TPI of July 2024 is done; it cannot move to December
    assert planning.suggest_fix(schedule, today=D(2024, 7, 1)).feasible


def test_a_clean_schedule_needs_no_moves(examples: dict[str, zt.Schedule]) -> None:
    suggestion = planning.suggest_fix(examples["Rutan Kelas I Contoh"])
    assert suggestion.feasible
    assert suggestion.moves == ()


def test_finding_fixes_use_the_assistant() -> None:
    report = zt.validate(zt.Schedule.from_mapping(INSTANT))
    zi301 = next(f for f in report.findings if f.code == "ZI301")
    assert "paling cepat Kamis, 2 Januari 2025" in zi301.fix
    assert "evaluasi TPI pada 3-16 Desember 2024" in zi301.fix


def test_selecting_rules_does_not_change_the_planned_fix() -> None:
    schedule = zt.Schedule.from_mapping(INSTANT)
    full = next(f for f in zt.validate(schedule).findings if f.code == "ZI301")
    (narrow,) = zt.validate(schedule, select=["ZI301"]).findings
    assert narrow.fix == full.fix


def test_the_policy_memo_stays_bounded() -> None:
    from zi_timeline._memo import Memo  # noqa: PLC0415 - a private helper under test

    memo: Memo[int, int] = Memo(3)
    for key in range(10):
        assert memo.get_or_compute(key, functools.partial(int.__mul__, key, 2)) == key * 2
    assert memo.keys() == [7, 8, 9]
    policy = zt.Policy.default()
    assert policy.memo.size == 16384


def test_a_submission_day_and_a_cycle_year_that_disagree_are_refused() -> None:
    with pytest.raises(zt.ZiTimelineError) as caught:
        planning.plan(2026, submission="22 Juli 2024")
    assert "siklus 2024, bukan tahun 2026" in caught.value.message("id")
    assert "the 2024 cycle, not 2026" in caught.value.message("en")
    agreed = planning.plan(2024, submission="22 Juli 2024")
    assert agreed.schedule.first(zt.Stage.PENGUSULAN) is not None
