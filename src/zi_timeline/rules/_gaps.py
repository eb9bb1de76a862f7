"""Gaps between milestones given as spans, and the certainty of a verdict on them.

A milestone at month precision is any day of its month. For "gap < N" the shortest
possible gap decides whether a level *may* apply and the longest whether it applies
*for certain*; both are monotone, so the extreme days are enough.
"""

from __future__ import annotations

import datetime as dt

import attrs
from dateutil.relativedelta import relativedelta

from zi_timeline._dates import DateSpan, Precision, unit_bounds
from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._messages import (
    GAP,
    GAP_FIX_EARLIER,
    GAP_FIX_LATER,
    GAP_FIX_RECOMMENDED,
    GAP_UNCERTAIN,
    STRENGTH,
    TITLES,
    UNIT,
)
from zi_timeline._policy import Threshold
from zi_timeline._schedule import Milestone
from zi_timeline.rules._registry import Context, Rule

Bounds = tuple[dt.date, dt.date]


def add(day: dt.date, n: int, unit: str) -> dt.date:
    """*day* moved forward by *n* months, years or days (month ends clamp: 31 Jan + 1 = 29 Feb)."""
    if unit == "months":
        return day + relativedelta(months=n)
    if unit == "years":
        return day + relativedelta(years=n)
    return day + dt.timedelta(days=n)


def below(earlier: dt.date, later: dt.date, n: int, unit: str) -> bool:
    """True when *later* comes less than *n* units after *earlier*."""
    return later < add(earlier, n, unit)


@attrs.frozen
class Verdict:
    severity: Severity
    certain: bool
    limit: int
    worse: Severity


def assess(threshold: Threshold, earlier: Bounds, later: Bounds) -> Verdict | None:
    """The finding a gap earns, if any, with DESIGN.md's certainty semantics."""
    for severity, limit in threshold.levels:  # worst level first
        if below(earlier[1], later[0], limit, threshold.unit):  # holds for some days
            if below(earlier[0], later[1], limit, threshold.unit):  # ... and for all
                return Verdict(severity, certain=True, limit=limit, worse=severity)
            return Verdict(severity.lower(), certain=False, limit=limit, worse=severity)
    return None


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def describe_gap(earlier: Bounds, later: Bounds, unit: str, lang: Lang) -> str:
    """``2 bulan (32-91 hari)`` for spans, ``4 bulan 5 hari (127 hari)`` for exact days."""
    days = UNIT["days"].get(lang)
    shortest, longest = (later[0] - earlier[1]).days, (later[1] - earlier[0]).days
    if unit in {"days", "working_days", "percent"}:
        return amount(shortest, "days", lang) if shortest == longest else f"{shortest}-{longest} {days}"
    if shortest == longest:
        delta = relativedelta(later[0], earlier[0])
        months = delta.years * 12 + delta.months
        if months == 0:
            return amount(shortest, "days", lang)
        tail = " " + amount(delta.days, "days", lang) if delta.days else ""
        return f"{_months_text(months, lang)}{tail} ({amount(shortest, 'days', lang)})"
    return f"{_months_text(_months_between(earlier[0], later[0]), lang)} ({shortest}-{longest} {days})"


def _months_text(months: int, lang: Lang) -> str:
    years, rest = divmod(abs(months), 12)
    sign = "-" if months < 0 else ""
    if years and rest:
        return f"{sign}{amount(years, 'years', lang)} {amount(rest, 'months', lang)}"
    if years:
        return sign + amount(years, "years", lang)
    return sign + amount(rest, "months", lang)


def earliest_unit(day: dt.date, precision: Precision) -> DateSpan:
    """The first whole unit at *precision* that starts on or after *day*."""
    first, last = unit_bounds(day, precision)
    if first < day:
        first, last = unit_bounds(last + dt.timedelta(days=1), precision)
    return DateSpan(first, last, precision)


def latest_unit(day: dt.date, precision: Precision) -> DateSpan:
    """The last whole unit at *precision* that ends on or before *day*."""
    first, last = unit_bounds(day, precision)
    if last > day:
        first, last = unit_bounds(first - dt.timedelta(days=1), precision)
    return DateSpan(first, last, precision)


def _subtract(day: dt.date, n: int, unit: str) -> dt.date:
    candidate = add(day, -n, unit)
    while add(candidate, n, unit) > day:  # month-end clamping can overshoot by a day or two
        candidate -= dt.timedelta(days=1)
    return candidate


def amount(n: int, unit: str, lang: Lang) -> str:
    """``4 bulan``, ``1 month``, ``2 years``: English singular for one."""
    word = UNIT[unit].get(lang)
    if lang == "en" and abs(n) == 1:
        word = word.removesuffix("s")
    return f"{n} {word}"


@attrs.frozen
class Point:
    """The start of a milestone (or the latest start among several) used in a gap."""

    milestone: Milestone
    label: Text | None = None  # an event that is not a stage (WBK award, revocation)
    latest_of: tuple[Milestone, ...] = ()  # measure to the latest start among these

    @property
    def bounds(self) -> Bounds:
        if self.latest_of:  # exact for every choice of days: max of lows, max of highs
            starts = [m.span.start_bounds for m in self.latest_of]
            return max(lo for lo, _ in starts), max(hi for _, hi in starts)
        return self.milestone.span.start_bounds

    def name(self, lang: Lang) -> str:
        return self.label.get(lang) if self.label else self.milestone.stage.label(lang)


def gap_finding(rule: Rule, ctx: Context, earlier: Point, later: Point) -> Finding | None:
    """Assess the gap from *earlier* to *later* against the rule's threshold."""
    threshold = ctx.policy.threshold(rule.threshold or "")
    verdict = assess(threshold, earlier.bounds, later.bounds)
    if verdict is None:
        return None
    lang, unit = ctx.lang, threshold.unit
    e_ms, l_ms = earlier.milestone, later.milestone
    names = {
        "earlier": earlier.name(lang),
        "later": later.name(lang),
        "earlier_date": e_ms.span.format(lang),
        "later_date": l_ms.span.format(lang),
    }
    observed = describe_gap(earlier.bounds, later.bounds, unit, lang)
    required = amount(verdict.limit, unit, lang)
    message = ctx.text(
        GAP,
        title=TITLES[rule.code].get(lang),
        observed=observed,
        required=required,
        strength=STRENGTH[threshold.strength].get(lang),
        **names,
    )
    if not verdict.certain:
        message += ctx.text(
            GAP_UNCERTAIN, limit=verdict.limit, unit=UNIT[unit].get(lang), worse=verdict.worse.label(lang), **names
        )
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=verdict.severity,
        stages=tuple(p.milestone.stage for p in (earlier, later) if p.label is None),
        certain=verdict.certain,
        message=message,
        observed=observed,
        required=">= " + required,
        strength=threshold.strength,
        source=threshold.source,
        fix=_gap_fix(ctx, threshold, verdict, earlier, later),
    )


def _gap_fix(ctx: Context, threshold: Threshold, verdict: Verdict, earlier: Point, later: Point) -> str:
    lang, unit = ctx.lang, threshold.unit
    e_hi, l_lo = earlier.bounds[1], later.bounds[0]
    l_precision = later.milestone.span.precision
    e_precision = earlier.milestone.span.precision
    earliest = earliest_unit(add(e_hi, verdict.limit, unit), l_precision)
    text = ctx.text(GAP_FIX_LATER, later=later.name(lang), earliest=earliest.format(lang))
    if threshold.recommended > verdict.limit:
        recommended = earliest_unit(add(e_hi, threshold.recommended, unit), l_precision)
        text += ctx.text(GAP_FIX_RECOMMENDED, recommended=recommended.format(lang))
    latest = latest_unit(_subtract(l_lo, verdict.limit, unit), e_precision)
    if earlier.label is None:  # an award or revocation date cannot be moved
        text += ctx.text(GAP_FIX_EARLIER, earlier=earlier.name(lang), latest=latest.format(lang))
    return text + "."
