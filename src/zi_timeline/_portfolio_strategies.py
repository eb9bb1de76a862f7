"""Hypothesis strategies for portfolios (re-exported by `zi_timeline.strategies`)."""

from __future__ import annotations

from collections.abc import Callable

import attrs
from hypothesis import strategies as st

from zi_timeline._calendar import Calendar
from zi_timeline._dates import DateSpan
from zi_timeline._schedule import Schedule
from zi_timeline._stages import Stage

__all__ = ["PORTFOLIO_COMPANIONS", "PORTFOLIO_VIOLABLE", "violating_portfolio"]

_CAL = Calendar.default()

PORTFOLIO_COMPANIONS: dict[str, frozenset[str]] = {"ZI601": frozenset({"ZI602"})}
"""Portfolio codes that come with another: clones of one plan also propose on one day."""
PORTFOLIO_VIOLABLE = frozenset({"ZI601", "ZI602"})
"""The portfolio (ZI6xx) codes `violating_portfolio` can build portfolios for."""


def _clones(base: Schedule, n: int, tpi: DateSpan | None = None) -> list[Schedule]:
    out = []
    for i in range(1, n + 1):
        milestones = [attrs.evolve(m, span=tpi) if tpi and m.stage is Stage.EVALUASI_TPI else m for m in base]
        out.append(attrs.evolve(base, unit=f"{base.unit} {i}", milestones=milestones))
    return out


@st.composite
def violating_portfolio(
    draw: st.DrawFn, code: str, plans: Callable[[int], st.SearchStrategy[Schedule]]
) -> list[Schedule]:
    """Portfolios whose units each pass on their own but which, together, break *code*.

    They are clones of one clean backward plan of the 2022 or 2024 cycle, which proposes
    on the window's last day (ZI602). For ZI601 the clones' TPI is cut to 2-3 working
    days from its first, and there are more units than the team can take in them.
    *plans* gives clean WBK plans of a cycle year (`zi_timeline.strategies.valid_schedules`).
    *code* is one of `PORTFOLIO_VIOLABLE`: `zi_timeline.strategies.violating_portfolio` checks it.
    """
    base = draw(plans(draw(st.sampled_from([2022, 2024]))))
    if code == "ZI602":
        return _clones(base, draw(st.integers(5, 12)))
    tpi = base.first(Stage.EVALUASI_TPI)
    assert tpi is not None  # noqa: S101 - every plan has one
    days = draw(st.integers(2, 3))
    span = DateSpan(tpi.span.start, _CAL.add_working_days(tpi.span.start, days - 1))
    working = _CAL.working_days(span.start, span.end)
    return _clones(base, draw(st.integers(5 * working + 1, 5 * working + 10)), span)
