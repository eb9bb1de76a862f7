"""ZI6xx: what a portfolio asks of one evaluator team and of one national window.

These rules look across units, so `validate` never runs them (their ``check`` is None);
`validate_portfolio` runs the functions in `CHECKS` over a `PortfolioContext`. The same
certainty rule holds as for a unit: a load over the limit for every exact day the plans
allow is certain; over it only for some is one level milder with ``certain=False``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from zi_timeline._calendar import Calendar
from zi_timeline._dates import DateSpan, Precision
from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._messages import STRENGTH
from zi_timeline._policy import Policy, Threshold
from zi_timeline._portfolio_load import LoadDay, PortfolioFinding, closing_days
from zi_timeline._portfolio_messages import (
    BUNCHING,
    BUNCHING_FIX,
    BUNCHING_OBSERVED,
    BUNCHING_REQUIRED,
    BUNCHING_UNCERTAIN,
    CAPACITY,
    CAPACITY_FIX,
    CAPACITY_OBSERVED,
    CAPACITY_REQUIRED,
    CAPACITY_UNCERTAIN,
    MORE,
    SHARED_TEAM,
    TEAM,
)
from zi_timeline._schedule import Schedule
from zi_timeline._stages import Stage
from zi_timeline.rules._portfolio_rules import RULES
from zi_timeline.rules._registry import Rule

__all__ = ["CHECKS", "RULES", "PortfolioContext", "format_days", "team_label"]

_SHOWN = 8  # units named in a message; the finding's ``units`` holds them all
_EPSILON = 1e-9


@attrs.frozen
class PortfolioContext:
    """What a portfolio rule may see: the schedules, their teams, the load table, the policy."""

    schedules: Sequence[Schedule]
    teams: Sequence[str | None]
    load: tuple[LoadDay, ...]
    policy: Policy
    lang: Lang = "id"
    capacity: Mapping[str | None, int] = attrs.field(factory=dict)

    @property
    def calendar(self) -> Calendar:
        return self.policy.calendar

    def text(self, text: Text, **kwargs: object) -> str:
        return text.get(self.lang).format(**kwargs)


PortfolioCheck = Callable[[Rule, PortfolioContext], Iterable[PortfolioFinding]]


def team_label(team: str | None, lang: Lang) -> str:
    return SHARED_TEAM.get(lang) if team is None else TEAM.get(lang).format(team=team)


def format_days(days: Iterable[dt.date], calendar: Calendar, lang: Lang) -> str:
    """Days as runs of consecutive working days: ``13-15 Mei 2024, 20 Mei 2024``."""
    runs: list[list[dt.date]] = []
    for day in sorted(set(days)):
        if runs and calendar.add_working_days(runs[-1][-1], 1) >= day:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ", ".join(DateSpan(run[0], run[-1], Precision.DAY).format(lang) for run in runs)


def _names(names: Sequence[str], lang: Lang) -> str:
    if len(names) <= _SHOWN:
        return ", ".join(names)
    return MORE.get(lang).format(shown=", ".join(names[:_SHOWN]), rest=len(names) - _SHOWN)


def _number(value: float, lang: Lang) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "id" else text


def _verdict(
    levels: Sequence[tuple[Severity, int]], every: float, some: float, *, strict: bool
) -> tuple[Severity, bool, int] | None:
    """DESIGN.md's rule: the worst level met for some exact days; certain if met for all, else
    one level milder (never below a level met for all). *every* is the value that holds
    whatever the exact days, *some* the worst value they allow. Also returns the limit used."""

    def meets(value: float, limit: int) -> bool:
        return value > limit + _EPSILON if strict else value >= limit

    worst = next(((s, v) for s, v in levels if meets(some, v)), None)
    if worst is None:
        return None
    sure = next(((s, v) for s, v in levels if meets(every, v)), None)
    if sure is not None and sure[0] is worst[0]:
        return worst[0], True, worst[1]
    severity = worst[0].lower()
    if sure is not None and sure[0].rank <= severity.rank:
        return sure[0], True, sure[1]
    return severity, False, worst[1]


def _levels(threshold: Threshold, override: int | None) -> tuple[tuple[Severity, int], ...]:
    return threshold.levels if override is None else ((threshold.levels[-1][0], override),)


def _tpi_capacity(rule: Rule, ctx: PortfolioContext) -> Iterator[PortfolioFinding]:
    threshold = ctx.policy.for_rule(rule.code)
    if threshold is None:
        return
    by_team: dict[str | None, list[LoadDay]] = {}
    for row in ctx.load:
        if row.in_tpi:
            by_team.setdefault(row.team, []).append(row)
    for team, rows in sorted(by_team.items(), key=lambda item: item[0] or ""):
        levels = _levels(threshold, ctx.capacity.get(team))
        verdict = _verdict(levels, max(r.load for r in rows), max(r.load_max for r in rows), strict=True)
        if verdict is not None:
            yield _capacity_finding(rule, ctx, threshold, team=team, rows=rows, verdict=verdict)


def _capacity_finding(
    rule: Rule,
    ctx: PortfolioContext,
    threshold: Threshold,
    *,
    team: str | None,
    rows: list[LoadDay],
    verdict: tuple[Severity, bool, int],
) -> PortfolioFinding:
    severity, certain, limit = verdict
    lang, cal = ctx.lang, ctx.calendar
    over = [r for r in rows if (r.load if certain else r.load_max) > limit + _EPSILON]
    peak = max(over, key=lambda r: r.load if certain else r.load_max)
    indexes = sorted({i for r in over for i in (r.in_tpi_certain if certain else r.in_tpi)})
    units = tuple(ctx.schedules[i].unit for i in indexes)
    peak_load = peak.load if certain else peak.load_max
    peak_day = format_days([peak.day], cal, lang)
    stage = Stage.EVALUASI_TPI.label(lang)
    observed = ctx.text(CAPACITY_OBSERVED, load=_number(peak_load, lang), count=len(peak.in_tpi), peak=peak_day)
    required = ctx.text(CAPACITY_REQUIRED, limit=limit)
    message = ctx.text(
        CAPACITY,
        stage=stage,
        team=team_label(team, lang),
        observed=observed,
        days=format_days([r.day for r in over], cal, lang),
        required=required,
        strength=STRENGTH[threshold.strength].get(lang),
        units=_names(units, lang),
    )
    message = message[0].upper() + message[1:]
    if not certain:
        message += ctx.text(CAPACITY_UNCERTAIN, worse=_worse(severity, lang), stage=stage)
    # The units on the peak day add peak/n each on average: this many of them must leave it.
    excess = max(1, math.ceil((peak_load - limit) * len(peak.in_tpi) / max(peak_load, _EPSILON)))
    fix = ctx.text(CAPACITY_FIX, stage=stage, limit=limit, excess=excess, peak=peak_day)
    finding = Finding(
        code=rule.code,
        rule=rule.name,
        severity=severity,
        stages=(Stage.EVALUASI_TPI,),
        certain=certain,
        message=message,
        observed=observed,
        required=required,
        strength=threshold.strength,
        source=threshold.source,
        fix=fix,
    )
    return PortfolioFinding(finding, team, tuple(r.day for r in over), units)


def _worse(severity: Severity, lang: Lang) -> str:
    """The level an uncertain finding becomes when the exact days confirm it."""
    worse = {Severity.INFO: Severity.WARNING, Severity.WARNING: Severity.ERROR}.get(severity, severity)
    return worse.label(lang)


def _submission_bunching(rule: Rule, ctx: PortfolioContext) -> Iterator[PortfolioFinding]:
    threshold = ctx.policy.for_rule(rule.code)
    if threshold is None:
        return
    by_year: dict[int, list[tuple[int, DateSpan]]] = {}
    for index, schedule in enumerate(ctx.schedules):
        proposal = schedule.first(Stage.PENGUSULAN)
        if proposal is not None:
            by_year.setdefault(proposal.span.start.year, []).append((index, proposal.span))
    last_days, min_units = threshold.param("last_days"), threshold.param("min_units")
    for year, proposals in sorted(by_year.items()):
        if len(proposals) < min_units:
            continue
        first, last = closing_days(ctx.calendar.window(year), last_days, ctx.calendar)
        surely = [i for i, s in proposals if first <= s.start and s.end <= last]
        maybe = [i for i, s in proposals if s.start <= last and first <= s.end]
        total = len(proposals)
        verdict = _verdict(threshold.levels, 100 * len(surely) / total, 100 * len(maybe) / total, strict=False)
        if verdict is not None:
            late = surely if verdict[1] else maybe
            yield _bunching_finding(rule, ctx, threshold, year=year, late=late, total=total, verdict=verdict)


def _bunching_finding(
    rule: Rule,
    ctx: PortfolioContext,
    threshold: Threshold,
    *,
    year: int,
    late: list[int],
    total: int,
    verdict: tuple[Severity, bool, int],
) -> PortfolioFinding:
    severity, certain, limit = verdict
    lang, cal = ctx.lang, ctx.calendar
    window = cal.window(year)
    last_days = threshold.param("last_days")
    first, last = closing_days(window, last_days, cal)
    days = tuple(
        d for d in (first + dt.timedelta(days=i) for i in range((last - first).days + 1)) if cal.is_working_day(d)
    )
    units = tuple(ctx.schedules[i].unit for i in late)
    stage = Stage.PENGUSULAN.label(lang)
    observed = ctx.text(BUNCHING_OBSERVED, count=len(late), total=total, share=round(100 * len(late) / total))
    required = ctx.text(BUNCHING_REQUIRED, limit=limit, last_days=last_days)
    message = ctx.text(
        BUNCHING,
        stage=stage,
        window=window.format(lang),
        observed=observed,
        last_days=last_days,
        days=format_days(days, cal, lang),
        required=required,
        strength=STRENGTH[threshold.strength].get(lang),
        units=_names(units, lang),
    )
    message = message[0].upper() + message[1:]
    if not certain:
        message += ctx.text(BUNCHING_UNCERTAIN, worse=_worse(severity, lang), stage=stage)
    allowed = math.ceil(limit * total / 100) - 1
    fix = ctx.text(
        BUNCHING_FIX,
        stage=stage,
        opens=format_days([window.first_day], cal, lang),
        excess=max(1, len(late) - allowed),
        first=format_days([first], cal, lang),
    )
    finding = Finding(
        code=rule.code,
        rule=rule.name,
        severity=severity,
        stages=(Stage.PENGUSULAN,),
        certain=certain,
        message=message,
        observed=observed,
        required=required,
        strength=threshold.strength,
        source=threshold.source,
        fix=fix,
    )
    return PortfolioFinding(finding, None, days, units)


CHECKS: dict[str, PortfolioCheck] = {"ZI601": _tpi_capacity, "ZI602": _submission_bunching}
