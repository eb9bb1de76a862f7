"""The assistant's promises: its plans and its fixes validate with no ERROR."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import event, given, settings
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import planning
from zi_timeline.strategies import ordered_schedules, schedules

POLICIES = st.sampled_from([zt.Policy.default(), zt.Policy.named("ketat")])


@settings(deadline=None)
@given(st.integers(2016, 2040), st.sampled_from(list(zt.Predicate)), st.integers(3, 8), POLICIES)
def test_a_backward_plan_validates_with_no_error(
    year: int, target: zt.Predicate, wbk_age: int, policy: zt.Policy
) -> None:
    # A WBK at least two years old: a younger one earns ZI402 (a warning, tested elsewhere).
    wbk = dt.date(year - wbk_age, 12, 10) if target is zt.Predicate.WBBM else None
    plan = planning.plan(year, target=target, wbk_awarded=wbk, policy=policy)
    assert plan.report.ok, [f.message for f in plan.report.errors]
    assert not [f for f in plan.report.findings if f.severity is zt.Severity.WARNING]
    assert {s.status.value for s in plan.report.signs} == {"absent"}
    cal = policy.calendar
    assert all(cal.is_working_day(d) for m in plan.schedule for d in (m.span.start, m.span.end) if m.span.exact)
    assert plan.window.contains(plan.submission)


@settings(deadline=None)
@given(ordered_schedules() | schedules(), POLICIES)
def test_a_suggested_fix_validates_with_no_error(schedule: zt.Schedule, policy: zt.Policy) -> None:
    suggestion = planning.suggest_fix(schedule, policy)
    event(f"feasible={suggestion.feasible}, moves={len(suggestion.moves)}")
    if suggestion.feasible:
        assert suggestion.schedule is not None
        assert zt.validate(suggestion.schedule, policy).ok
        moved = {m.stage for m in suggestion.moves}
        assert moved <= {s for s in zt.Stage if s.order >= zt.Stage.EVALUASI_TPI.order} | {zt.Stage.PEMANTAUAN}
    else:
        assert suggestion.reason


@settings(deadline=None)
@given(schedules())
def test_the_earliest_submission_clears_the_errors_it_accounts_for(schedule: zt.Schedule) -> None:
    earliest = planning.earliest_submission(schedule)
    if earliest is None:
        return
    assert earliest.window.contains(earliest.day)
    assert zt.Calendar.default().is_working_day(earliest.day)
    assert earliest.day >= max(b.day for b in earliest.bounds)


@settings(deadline=None)
@given(ordered_schedules())
def test_a_complete_plan_in_order_can_always_be_fixed(schedule: zt.Schedule) -> None:
    # Every error such a plan can have (compression, window, TPI, WBK age) is cured by a
    # later submission and TPI, so the assistant must find a fix.
    if schedule.target is zt.Predicate.WBBM:
        schedule = attrs.evolve(schedule, target=zt.Predicate.WBK, wbk_awarded=None)
    suggestion = planning.suggest_fix(schedule)
    assert suggestion.feasible, suggestion.reason
