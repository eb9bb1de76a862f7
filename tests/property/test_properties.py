"""Invariants of parsing and validation, checked on generated schedules."""

from __future__ import annotations

import datetime as dt
import json

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import DateSpan, Milestone, Precision, Stage
from zi_timeline._calendar import shift, shift_back
from zi_timeline.strategies import schedules, spans


def _shift_years(span: DateSpan, years: int) -> DateSpan:
    # Whole leap cycles (multiples of 4 years, within 1904-2096) keep every date valid
    # and every unit aligned, 29 February included.
    return DateSpan(
        span.start.replace(year=span.start.year + years), span.end.replace(year=span.end.year + years), span.precision
    )


def _shifted(schedule: zt.Schedule, years: int, from_stage: int = 0) -> zt.Schedule:
    moved = [
        Milestone(m.stage, _shift_years(m.span, years)) if m.stage.order >= from_stage else m
        for m in schedule.milestones
    ]
    return attrs.evolve(schedule, milestones=moved)


def _verdicts(report: zt.Report, prefixes: tuple[str, ...]) -> list[tuple[str, str, bool, tuple[Stage, ...]]]:
    return sorted(
        (f.code, f.severity.value, f.certain, f.stages) for f in report.findings if f.code.startswith(prefixes)
    )


@given(spans())
def test_format_then_parse_round_trips(span: DateSpan) -> None:
    assert zt.parse_date(span.format("id")) == span
    assert zt.parse_date(span.format("en")) == span


@given(schedules())
def test_validate_never_raises_and_reports_are_json(schedule: zt.Schedule) -> None:
    for lang in ("id", "en"):
        report = zt.validate(schedule, lang=lang)
        data = report.to_dict()
        assert json.loads(json.dumps(data)) == data
        assert report.ok == all(f.severity is not zt.Severity.ERROR for f in report.findings)


@given(schedules(), st.sampled_from([-8, -4, 4, 8]))
def test_moving_every_date_by_whole_leap_cycles_keeps_structure_and_compression(
    schedule: zt.Schedule, years: int
) -> None:
    # Multiples of 4 years keep 29 February where it was, so day counts do not change.
    # ZI204 counts working days, which depend on each year's holidays, so it is left out.
    moved = _shifted(schedule, years)
    moved = attrs.evolve(moved, wbk_awarded=None, revoked=None)
    original = attrs.evolve(schedule, wbk_awarded=None, revoked=None)
    prefixes = ("ZI1", "ZI201", "ZI202", "ZI203", "ZI205")
    assert _verdicts(zt.validate(moved), prefixes) == _verdicts(zt.validate(original), prefixes)


@given(schedules(), st.integers(0, 14), st.sampled_from([4, 8]))
def test_widening_a_gap_never_adds_a_compression_finding(schedule: zt.Schedule, stage: int, years: int) -> None:
    # Month-based gaps only: ZI204 counts working days, which differ from year to year.
    codes = ("ZI201", "ZI202", "ZI203", "ZI205")
    wider = _shifted(schedule, years, from_stage=stage)
    before = {f.code: f.severity.rank for f in zt.validate(schedule).findings if f.code.startswith(codes)}
    after = {f.code: f.severity.rank for f in zt.validate(wider).findings if f.code.startswith(codes)}
    assert set(after) <= set(before)
    for code, rank in after.items():
        assert rank >= before[code], f"{code} got worse after widening"


@st.composite
def exact_version(draw: st.DrawFn, schedule: zt.Schedule) -> zt.Schedule:
    """The schedule with every milestone pinned to exact days inside its spans."""
    pinned = []
    for m in schedule.milestones:
        lo, hi = m.span.start_bounds
        start = draw(st.dates(lo, hi))
        end_lo, end_hi = m.span.end_bounds
        end = draw(st.dates(max(end_lo, start), end_hi))
        pinned.append(Milestone(m.stage, DateSpan(start, end, Precision.DAY)))
    return attrs.evolve(schedule, milestones=pinned)


@given(st.data(), schedules())
def test_certain_findings_hold_for_every_exact_day(data: st.DataObject, schedule: zt.Schedule) -> None:
    report = zt.validate(schedule)
    certain = [
        (f.code, f.stages, f.severity)
        for f in report.findings
        if f.certain and f.code[:3] in {"ZI1", "ZI2", "ZI3", "ZI4", "ZI5"}
    ]
    for _ in range(3):
        exact = zt.validate(data.draw(exact_version(schedule)))
        pinned = {(f.code, f.stages): f.severity for f in exact.findings}
        for code, stages, severity in certain:
            assert pinned.get((code, stages)) is severity, (code, stages)


@given(st.data(), schedules())
def test_uncertain_findings_are_one_level_below_what_some_day_gives(data: st.DataObject, schedule: zt.Schedule) -> None:
    report = zt.validate(schedule)
    for f in report.findings:
        if f.certain:
            continue
        exact = zt.validate(data.draw(exact_version(schedule)))
        got = {(g.code, g.stages): g.severity for g in exact.findings}.get((f.code, f.stages))
        # An exact plan may land on the worse level, on this level, or below it, never worse than one up.
        assert got is None or got.rank >= f.severity.rank - 1


@given(st.dates(dt.date(1901, 1, 1), dt.date(2199, 12, 31)), st.integers(-240, 240))
def test_month_arithmetic_agrees_with_relativedelta(day: dt.date, n: int) -> None:
    assert shift(day, n, "months") == day + relativedelta(months=n)
    assert shift(day, n // 12, "years") == day + relativedelta(years=n // 12)
    back = shift_back(day, abs(n), "months")
    assert shift(back, abs(n), "months") <= day
    assert shift(back + dt.timedelta(days=1), abs(n), "months") > day  # the latest such day


@given(st.dates(dt.date(2015, 1, 1), dt.date(2035, 12, 31)), st.integers(-300, 300))
def test_adding_working_days_lands_on_a_working_day_n_away(day: dt.date, n: int) -> None:
    cal = zt.Calendar.default()
    later = cal.add_working_days(day, n)
    assert cal.working_days_after(day, later) == n
    if n:
        assert cal.is_working_day(later)


@given(schedules(), st.integers(1, 400))
def test_a_later_submission_never_worsens_tpi_to_submission(schedule: zt.Schedule, days: int) -> None:
    def later_span(span: DateSpan) -> DateSpan:
        # The units containing the moved days, at the same precision: both bounds only grow.
        start = DateSpan.unit(span.start + dt.timedelta(days=days), span.precision).start
        return DateSpan(start, DateSpan.unit(span.end + dt.timedelta(days=days), span.precision).end, span.precision)

    moved = [Milestone(m.stage, later_span(m.span)) if m.stage is Stage.PENGUSULAN else m for m in schedule.milestones]
    later = attrs.evolve(schedule, milestones=moved)
    before = {f.code: f.severity.rank for f in zt.validate(schedule, select=["ZI204"]).findings}
    after = {f.code: f.severity.rank for f in zt.validate(later, select=["ZI204"]).findings}
    assert set(after) <= set(before)
    assert all(rank >= before[code] for code, rank in after.items())
