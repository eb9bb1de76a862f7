"""Portfolio properties: nothing lost, and certainty that means what it says for every exact day."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import DateSpan, Precision, Stage
from zi_timeline import strategies as zs

TODAY = dt.date(2025, 1, 1)
MAY = dt.date(2024, 5, 1)
JULY = dt.date(2024, 7, 1)


@settings(deadline=None, max_examples=40)
@given(st.lists(zs.schedules(), max_size=8))
def test_any_portfolio_validates_without_raising_and_keeps_every_unit(schedules: list[zt.Schedule]) -> None:
    portfolio = zt.validate_portfolio(schedules, today=TODAY)
    assert [r.unit for r in portfolio.reports] == [s.unit for s in schedules]
    assert set(portfolio.codes()) <= {"ZI601", "ZI602"}
    json.dumps(portfolio.to_dict())
    for row in portfolio.load:
        assert 0 <= row.load <= row.load_max + 1e-9
        assert set(row.in_tpi_certain) <= set(row.in_tpi)


@st.composite
def _span(draw: st.DrawFn, month: dt.date) -> DateSpan:
    """A day range, a dekad, or the whole month."""
    precision = draw(st.sampled_from([Precision.DAY, Precision.DAY, Precision.DEKAD, Precision.MONTH]))
    if precision is not Precision.DAY:
        return DateSpan.unit(month + dt.timedelta(days=draw(st.integers(0, 27))), precision)
    start = month + dt.timedelta(days=draw(st.integers(0, 25)))
    return DateSpan(start, start + dt.timedelta(days=draw(st.integers(0, 4))), Precision.DAY)


@st.composite
def _proposal(draw: st.DrawFn, *, late: bool) -> DateSpan:
    """A proposal in July 2024 (window 18-31 July); *late* ones lean to its last days (29-31)."""
    kind = draw(st.integers(0, 3)) if late else 3
    if kind <= 1:
        return DateSpan.day(dt.date(2024, 7, draw(st.integers(29, 31))))
    if kind == 2:
        return DateSpan.unit(dt.date(2024, 7, 25), Precision.DEKAD)  # akhir Juli: 21-31 July
    return draw(_span(JULY))


@st.composite
def _exact(draw: st.DrawFn, span: DateSpan) -> DateSpan:
    """One exact choice of days that *span* allows."""
    (s_min, s_max), (e_min, e_max) = span.start_bounds, span.end_bounds
    start = s_min + dt.timedelta(days=draw(st.integers(0, (s_max - s_min).days)))
    low = max(start, e_min)
    end = low + dt.timedelta(days=draw(st.integers(0, (e_max - low).days)))
    return DateSpan(start, end, Precision.DAY)


@st.composite
def _exact_day(draw: st.DrawFn, span: DateSpan) -> DateSpan:
    """The one day a proposal given as *span* may turn out to be (a proposal is one act)."""
    first, last = span.start_bounds[0], span.end_bounds[1]
    return DateSpan.day(first + dt.timedelta(days=draw(st.integers(0, (last - first).days))))


def _unit(n: int, tpi: DateSpan, proposal: DateSpan) -> zt.Schedule:
    milestones = (zt.Milestone(Stage.EVALUASI_TPI, tpi), zt.Milestone(Stage.PENGUSULAN, proposal))
    return zt.Schedule(f"Satker {n}", zt.Predicate.WBK, milestones)


@settings(deadline=None, max_examples=60)
@given(st.data(), st.integers(5, 30), st.integers(1, 3))
def test_certain_means_for_every_exact_day_and_none_means_for_none(data: st.DataObject, n: int, capacity: int) -> None:
    late = data.draw(st.booleans())
    spans = [(data.draw(_span(MAY)), data.draw(_proposal(late=late))) for _ in range(n)]
    exact = [(data.draw(_exact(tpi)), data.draw(_exact_day(proposal))) for tpi, proposal in spans]
    given_plan = zt.validate_portfolio(
        [_unit(i, *s) for i, s in enumerate(spans)], capacity=capacity, select=["ZI6"], today=TODAY
    )
    exact_plan = zt.validate_portfolio(
        [_unit(i, *s) for i, s in enumerate(exact)], capacity=capacity, select=["ZI6"], today=TODAY
    )
    for code in ("ZI601", "ZI602"):
        found = [f for f in given_plan.findings if f.code == code]
        settled = [f for f in exact_plan.findings if f.code == code]
        assert all(f.finding.certain for f in settled)  # exact days leave nothing uncertain
        if not found:
            assert not settled  # nothing for the spans: nothing for any exact days in them
        if any(f.finding.certain for f in found):
            assert settled  # certain for the spans: so for these exact days
        if settled:
            assert found  # the exact days' finding was foreseen, certain or not
