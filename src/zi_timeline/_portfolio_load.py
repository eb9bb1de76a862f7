"""A portfolio's load, day by day: units in TPI per evaluator team, and proposals.

A team's load on a working day is the number of units it evaluates that day, each unit's
TPI spread evenly over its working days: a unit whose TPI runs 5 working days adds 1/5 to
each of them. That is the measure of the evidence behind ZI601 (one Itjen team evaluated
22 satker in 5 working days: 4.4 units a day).

A TPI given to the month is a span: the load of a day then lies between ``load`` (what
holds for every exact choice of days) and ``load_max`` (what the worst choice gives).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from zi_timeline._calendar import Calendar, Window
from zi_timeline._dates import DateSpan
from zi_timeline._findings import Finding, Severity
from zi_timeline._schedule import Schedule
from zi_timeline._stages import Stage

__all__ = ["LoadDay", "PortfolioFinding", "closing_days", "load_table"]

_LONGEST = 400  # days: a span longer than a year (a typo) is not spread over the table
_EPSILON = 1e-9


@attrs.frozen
class LoadDay:
    """One row of the load table: one day, one evaluator team (None: the shared team)."""

    day: dt.date
    team: str | None
    working: bool
    in_tpi: tuple[int, ...]
    """Indexes (in the portfolio) of the units that may be in TPI that day."""
    in_tpi_certain: tuple[int, ...]
    """Those that are in TPI that day whatever their exact days turn out to be."""
    load: float
    load_max: float
    capacity: int
    proposals: tuple[int, ...]
    """Units proposing on exactly this day."""
    proposals_possible: tuple[int, ...]
    """Units whose proposal date (a month, a range) includes this day."""
    in_window: bool
    closing: bool
    """In the last working days before the window closes (ZI602's period)."""

    @property
    def over(self) -> bool:
        """Over capacity whatever the exact days."""
        return self.load > self.capacity + _EPSILON

    @property
    def maybe_over(self) -> bool:
        """Over capacity for some exact days."""
        return self.load_max > self.capacity + _EPSILON

    def to_dict(self, names: Sequence[str]) -> dict[str, object]:
        return {
            "day": self.day.isoformat(),
            "team": self.team,
            "working": self.working,
            "in_tpi": len(self.in_tpi),
            "in_tpi_certain": len(self.in_tpi_certain),
            "load": round(self.load, 2),
            "load_max": round(self.load_max, 2),
            "capacity": self.capacity,
            "proposals": len(self.proposals),
            "proposals_possible": len(self.proposals_possible),
            "in_window": self.in_window,
            "closing": self.closing,
            "units": [names[i] for i in self.in_tpi],
        }


@attrs.define
class _Cell:
    in_tpi: list[int] = attrs.Factory(list)
    certain: list[int] = attrs.Factory(list)
    load: float = 0.0
    load_max: float = 0.0
    proposals: list[int] = attrs.Factory(list)
    possible: list[int] = attrs.Factory(list)


def closing_days(window: Window, last_days: int, calendar: Calendar) -> tuple[dt.date, dt.date]:
    """The first and last day of the window's last *last_days* working days."""
    last = calendar.previous_working_day(window.closes)
    first = calendar.add_working_days(last, -(max(last_days, 1) - 1))
    return max(first, window.first_day), window.closes


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    if (last - first).days > _LONGEST:
        return []
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


_Share = tuple[dt.date, bool, float, float]  # day, certainly in TPI, certain load, worst load


def _tpi_shares(span: DateSpan, cal: Calendar) -> tuple[_Share, ...]:
    """What one TPI adds to each working day it may cover (units sharing a span share this)."""
    (s_min, s_max), (e_min, e_max) = span.start_bounds, span.end_bounds
    widest = cal.working_days(s_min, e_max)
    if widest == 0:
        return ()  # a TPI on non-working days only: ZI303 speaks of it on the unit
    shares = []
    for day in _days(s_min, e_max):
        if not cal.is_working_day(day):
            continue
        certain = s_max <= day <= e_min
        # The worst exact choice: the narrowest TPI that still covers this day.
        worst = 1 / cal.working_days(min(day, s_max), max(day, e_min))
        shares.append((day, certain, 1 / widest if certain else 0.0, worst))
    return tuple(shares)


def _add_tpi(
    cells: dict[tuple[str | None, dt.date], _Cell], team: str | None, index: int, shares: tuple[_Share, ...]
) -> None:
    for day, certain, load, worst in shares:
        cell = cells.get((team, day))
        if cell is None:
            cell = cells[(team, day)] = _Cell()
        cell.in_tpi.append(index)
        if certain:
            cell.certain.append(index)
            cell.load += load
        cell.load_max += worst


def _add_proposal(cells: dict[tuple[str | None, dt.date], _Cell], team: str | None, index: int, span: DateSpan) -> None:
    if span.start == span.end:
        cells.setdefault((team, span.start), _Cell()).proposals.append(index)
        return
    for day in _days(span.start, span.end):
        cells.setdefault((team, day), _Cell()).possible.append(index)


def load_table(
    schedules: Sequence[Schedule],
    teams: Sequence[str | None],
    capacity: dict[str | None, int],
    calendar: Calendar,
    last_days: int,
) -> tuple[LoadDay, ...]:
    """The day-by-day table, sorted by day then team; only days on which something happens."""
    cells: dict[tuple[str | None, dt.date], _Cell] = {}
    shares: dict[DateSpan, tuple[_Share, ...]] = {}
    for index, (schedule, team) in enumerate(zip(schedules, teams, strict=True)):
        tpi = schedule.first(Stage.EVALUASI_TPI)
        if tpi is not None:
            known = shares.get(tpi.span)
            if known is None:
                known = shares[tpi.span] = _tpi_shares(tpi.span, calendar)
            _add_tpi(cells, team, index, known)
        proposal = schedule.first(Stage.PENGUSULAN)
        if proposal is not None:
            _add_proposal(cells, team, index, proposal.span)
    closing: dict[int, tuple[dt.date, dt.date]] = {}
    rows = []
    for (team, day), cell in sorted(cells.items(), key=lambda item: (item[0][1], item[0][0] or "")):
        window = calendar.window(day.year)
        if day.year not in closing:
            closing[day.year] = closing_days(window, last_days, calendar)
        first, last = closing[day.year]
        rows.append(
            LoadDay(
                day=day,
                team=team,
                working=calendar.is_working_day(day),
                in_tpi=tuple(cell.in_tpi),
                in_tpi_certain=tuple(cell.certain),
                load=cell.load,
                load_max=cell.load_max,
                capacity=capacity.get(team, capacity[None]),
                proposals=tuple(cell.proposals),
                proposals_possible=tuple(cell.possible),
                in_window=window.contains(day),
                closing=first <= day <= last,
            )
        )
    return tuple(rows)


@attrs.frozen
class PortfolioFinding:
    """A finding about the portfolio as a whole: the `Finding`, with the team, days and units it names."""

    finding: Finding
    team: str | None = None
    days: tuple[dt.date, ...] = ()
    units: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        return self.finding.code

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    @property
    def sort_key(self) -> tuple[int, str, str]:
        return (self.finding.severity.rank, self.finding.code, self.team or "")

    def to_dict(self) -> dict[str, object]:
        """A unit finding's fields, then ``team``, ``days`` and ``units``."""
        return {
            **self.finding.to_dict(),
            "team": self.team,
            "days": [d.isoformat() for d in self.days],
            "units": list(self.units),
        }
