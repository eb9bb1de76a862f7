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
