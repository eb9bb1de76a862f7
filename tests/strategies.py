"""Hypothesis strategies that build schedules by construction (no filtering)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import DateSpan, Milestone, Precision, Stage

PRECISIONS = st.sampled_from(list(Precision))
COARSE = st.sampled_from([Precision.DAY, Precision.DAY, Precision.DEKAD, Precision.MONTH, Precision.QUARTER])


@st.composite
def spans(draw: st.DrawFn, start: dt.date | None = None) -> DateSpan:
    """A span at any precision, aligned to its units, from 1990 to 2090."""
    day = start or draw(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)))
    precision = draw(PRECISIONS)
    first = DateSpan.unit(day, precision)
    extra = draw(st.integers(0, 3))
    last = first
    for _ in range(extra):
        last = DateSpan.unit(last.end + dt.timedelta(days=1), precision)
    return DateSpan(first.start, last.end, precision)


@st.composite
def schedules(draw: st.DrawFn) -> zt.Schedule:
    """A schedule whose stages follow the DOMAIN order with random gaps and precisions.

    Each stage appears at most once (survei up to twice); spans are whole units. Gaps may
    be negative, so some schedules are out of order on purpose.
    """
    day = draw(st.dates(dt.date(2016, 1, 1), dt.date(2032, 12, 31)))
    milestones = []
    for stage in Stage:
        count = draw(st.integers(0, 2 if stage is Stage.SURVEI else 1))
        for _ in range(count):
            # Mostly forward, sometimes back (out of order), rarely long: every rule fires.
            day += dt.timedelta(days=draw(st.integers(-40, 70)))
            precision = draw(COARSE)
            span = DateSpan.unit(day, precision)
            if stage is Stage.PEMBANGUNAN:
                span = DateSpan(span.start, DateSpan.unit(span.end + dt.timedelta(days=120), precision).end, precision)
            milestones.append(Milestone(stage, span))
    target = draw(st.sampled_from(list(zt.Predicate)))
    history = st.none() | st.dates(dt.date(2012, 1, 1), dt.date(2034, 12, 31)).map(DateSpan.day)
    return zt.Schedule(
        draw(st.text(min_size=1, max_size=20)),
        target,
        milestones,
        wbk_awarded=draw(history),
        revoked=draw(history),
    )


_IN_ORDER = (Stage.PERENCANAAN, Stage.PEMBENTUKAN_TIM, Stage.PENCANANGAN, Stage.PEMBANGUNAN, Stage.SURVEI)


@st.composite
def ordered_schedules(draw: st.DrawFn) -> zt.Schedule:
    """Every required stage, in order, with gaps from far too short to comfortable.

    These are the plans a planner brings to the assistant: complete and in order, but often
    compressed, outside the window, or with the TPI too close to the submission.
    """
    day = draw(st.dates(dt.date(2015, 6, 1), dt.date(2034, 6, 30)))
    milestones = []
    for stage in _IN_ORDER:
        if stage in {Stage.PEMBENTUKAN_TIM, Stage.SURVEI} and not draw(st.booleans()):
            continue
        day += dt.timedelta(days=draw(st.integers(1, 60)))
        if stage is Stage.PEMBANGUNAN:
            span = DateSpan(day, day + dt.timedelta(days=draw(st.integers(30, 240))))
        else:
            span = DateSpan.unit(day, draw(COARSE))
            day = span.end
        milestones.append(Milestone(stage, span))
    day += dt.timedelta(days=draw(st.integers(1, 200)))
    tpi = DateSpan(day, day + dt.timedelta(days=draw(st.integers(0, 14))))
    submission = DateSpan.unit(tpi.end + dt.timedelta(days=draw(st.integers(1, 90))), draw(COARSE))
    milestones += [Milestone(Stage.EVALUASI_TPI, tpi), Milestone(Stage.PENGUSULAN, submission)]
    if draw(st.booleans()):
        award = DateSpan.unit(submission.end + dt.timedelta(days=draw(st.integers(60, 200))), Precision.MONTH)
        milestones.append(Milestone(Stage.PENETAPAN, award))
    target = draw(st.sampled_from(list(zt.Predicate)))
    wbk = DateSpan.day(dt.date(day.year - draw(st.integers(1, 5)), 12, 10)) if target is zt.Predicate.WBBM else None
    return zt.Schedule("Satker", target, milestones, wbk_awarded=wbk)
