"""Gaps between milestones given as spans, and the certainty of a verdict on them.

A milestone at month precision is any day of its month. For "gap < N" the shortest
possible gap decides whether a level *may* apply and the longest whether it applies
*for certain*; both are monotone, so the extreme days are enough.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

from zi_timeline._calendar import Calendar, shift, shift_back
from zi_timeline._dates import DateSpan, Precision, unit_bounds
from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._messages import (
    GAP,
    GAP_AROUND,
    GAP_AROUND_OBSERVED,
    GAP_BEFORE,
    GAP_BEFORE_OBSERVED,
    GAP_FIX_EARLIER,
    GAP_FIX_LATER,
    GAP_FIX_RECOMMENDED,
    GAP_FIX_SETTLE,
    GAP_FIX_SETTLE_EARLIER,
    GAP_FIX_SETTLE_END,
    GAP_MAYBE,
    GAP_UNCERTAIN,
    STRENGTH,
    SUBMISSION_FIX,
    SUBMISSION_FIX_NONE,
    SUBMISSION_FIX_RECOMMENDED,
    TITLES,
    UNIT,
)
from zi_timeline._planner import tpi_before, weekday_date
from zi_timeline._policy import Threshold
from zi_timeline._schedule import Milestone
from zi_timeline._stages import Stage
from zi_timeline.rules._registry import Context, Rule

Bounds = tuple[dt.date, dt.date]


def below(earlier: dt.date, later: dt.date, n: int, unit: str, calendar: Calendar | None = None) -> bool:
    """True when *later* comes less than *n* units after *earlier*."""
    return later < shift(earlier, n, unit, calendar)


class Verdict(NamedTuple):  # a plain value of this module: a NamedTuple costs a fifth of an attrs class at import
    severity: Severity
    certain: bool
    limit: int
    worse: Severity


def assess(threshold: Threshold, earlier: Bounds, later: Bounds, calendar: Calendar | None = None) -> Verdict | None:
    """The finding a gap earns, if any, with DESIGN.md's certainty semantics."""
    unit = threshold.unit
    for severity, limit in threshold.levels:  # worst level first
        if below(earlier[1], later[0], limit, unit, calendar):  # holds for some days
            if below(earlier[0], later[1], limit, unit, calendar):  # ... and for all
                return Verdict(severity, certain=True, limit=limit, worse=severity)
            return Verdict(severity.lower(), certain=False, limit=limit, worse=severity)
    return None


def whole_months(a: dt.date, b: dt.date) -> int:
    """The whole months from *a* to *b*, counted as `shift` counts them, never rounded up.

    >>> whole_months(dt.date(2024, 1, 24), dt.date(2024, 4, 14))
    2
    >>> whole_months(dt.date(2024, 1, 31), dt.date(2024, 2, 29))
    1
    """
    months = max((b.year - a.year) * 12 + b.month - a.month, 0)
    while months and shift(a, months, "months") > b:
        months -= 1
    return months


@functools.lru_cache(maxsize=8192)  # by value, bounded; functools' lock keeps it thread-safe
def describe_gap(earlier: Bounds, later: Bounds, unit: str, lang: Lang, calendar: Calendar | None = None) -> str:
    """``2 bulan, 22-64 hari kerja (32-91 hari)`` for spans, ``4 bulan 5 hari, 85 hari kerja (127 hari)`` for days.

    Calendar and working days are both given when a calendar is: planners count the
    first, the TPI and the ministry's letters count the second. The gap is measured
    forward; `observed_gap` words a later stage that comes first.
    """
    days = UNIT["days"].get(lang)
    shortest, longest = (later[0] - earlier[1]).days, (later[1] - earlier[0]).days
    calendar_days = amount(shortest, "days", lang) if shortest == longest else f"{shortest}-{longest} {days}"
    working = ""
    if calendar is not None and unit in {"months", "working_days"}:
        low = calendar.working_days_after(earlier[1], later[0])
        high = calendar.working_days_after(earlier[0], later[1])
        working = amount(low, "working_days", lang) if low == high else f"{low}-{high} {UNIT['working_days'].get(lang)}"
    if unit == "working_days" and working:
        return f"{working} ({calendar_days})"
    if unit not in {"months", "years"}:
        return calendar_days
    # Whole months actually elapsed: the shortest gap's and the longest gap's, so that a
    # gap of 2 months 15 days never reads "3 bulan" next to a minimum of 3 months.
    low, high = whole_months(earlier[1], later[0]), whole_months(earlier[0], later[1])
    if shortest == longest:
        head = _months_text(low, lang) if low else ""
        rest = (later[0] - shift(earlier[0], low, "months")).days
        if rest and head:
            head = f"{head} {amount(rest, 'days', lang)}"
    elif low == high:
        head = _months_text(low, lang) if low else ""
    else:
        head = _months_range(low, high, lang)
    if not head:
        return f"{working} ({calendar_days})" if working else calendar_days
    return f"{head}, {working} ({calendar_days})" if working else f"{head} ({calendar_days})"


def direction(earlier: Bounds, later: Bounds) -> str:
    """``after`` when *later* starts on or after *earlier* for every day of the spans,
    ``before`` when it comes first for every day, ``around`` when that depends on the days."""
    if (later[0] - earlier[1]).days >= 0:
        return "after"
    if (later[1] - earlier[0]).days < 0:
        return "before"
    return "around"


def observed_gap(
    earlier: Bounds, later: Bounds, unit: str, lang: Lang, *, calendar: Calendar | None, earlier_name: str
) -> tuple[str, str]:
    """The gap's direction and its words, with no negative number in them.

    >>> import datetime as dt
    >>> jun, mar = (dt.date(2024, 6, 1), dt.date(2024, 6, 30)), (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    >>> observed_gap(jun, mar, "months", "id", calendar=None, earlier_name="perencanaan")
    ('before', '2-3 bulan (62-121 hari) sebelum perencanaan')
    >>> observed_gap(jun, jun, "months", "en", calendar=None, earlier_name="planning")
    ('around', 'between 29 days before and 29 days after planning')
    """
    way = direction(earlier, later)
    if way == "after":
        return way, describe_gap(earlier, later, unit, lang, calendar)
    if way == "before":
        gap = describe_gap(later, earlier, unit, lang, calendar)  # measured the other way round: positive
        return way, GAP_BEFORE_OBSERVED.get(lang).format(gap=gap, earlier=earlier_name)
    before = amount((earlier[1] - later[0]).days, "days", lang)
    after = amount((later[1] - earlier[0]).days, "days", lang)
    return way, GAP_AROUND_OBSERVED.get(lang).format(before=before, after=after, earlier=earlier_name)


def _months_range(low: int, high: int, lang: Lang) -> str:
    """``2-3 bulan``; with whole years on either side, ``11 bulan - 1 tahun 2 bulan``."""
    if high < 12:  # a range is plural in English: "0-1 months"
        return f"{low}-{high} {UNIT['months'].get(lang)}"
    return f"{_months_text(low, lang) if low else amount(0, 'months', lang)} - {_months_text(high, lang)}"


def _months_text(months: int, lang: Lang) -> str:
    years, rest = divmod(abs(months), 12)
    if years and rest:
        return f"{amount(years, 'years', lang)} {amount(rest, 'months', lang)}"
    if years:
        return amount(years, "years", lang)
    return amount(rest, "months", lang)


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


def amount(n: int, unit: str, lang: Lang) -> str:
    """``4 bulan``, ``1 month``, ``2 years``: English singular for one."""
    word = UNIT[unit].get(lang)
    if lang == "en" and abs(n) == 1:
        word = word.removesuffix("s")
    return f"{n} {word}"


class Point(NamedTuple):
    """The start of a milestone (or the latest start among several) used in a gap."""

    milestone: Milestone
    label: Text | None = None  # an event that is not a stage (WBK award, revocation)
    latest_of: tuple[Milestone, ...] = ()  # measure to the latest start among these
    at_end: bool = False  # measure from the milestone's end instead of its start

    @property
    def bounds(self) -> Bounds:
        if self.at_end:
            return self.milestone.span.end_bounds
        if self.latest_of:  # exact for every choice of days: max of lows, max of highs
            starts = [m.span.start_bounds for m in self.latest_of]
            return max(lo for lo, _ in starts), max(hi for _, hi in starts)
        return self.milestone.span.start_bounds

    def name(self, lang: Lang) -> str:
        return self.label.get(lang) if self.label else self.milestone.stage.label(lang)


def gap_finding(rule: Rule, ctx: Context, earlier: Point, later: Point) -> Finding | None:
    """Assess the gap from *earlier* to *later* against the rule's threshold.

    The verdict is decided here; the texts (which count working days and plan a fix) are
    made only when the finding's message, observed value or fix is read.
    """
    threshold = ctx.policy.threshold(rule.threshold or "")
    verdict = assess(threshold, earlier.bounds, later.bounds, ctx.calendar)
    if verdict is None:
        return None
    texts = _GapTexts(rule, ctx, threshold, verdict, earlier, later)
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=verdict.severity,
        stages=tuple(p.milestone.stage for p in (earlier, later) if p.label is None),
        certain=verdict.certain,
        message=texts.message,
        observed=texts.observed,
        required=">= " + amount(verdict.limit, threshold.unit, ctx.lang),
        strength=threshold.strength,
        source=threshold.source,
        fix=functools.partial(_gap_fix, ctx, threshold, verdict, earlier, later),
    )


class _GapTexts:
    """The texts of one gap finding, made on demand; the observed gap is counted once for both."""

    __slots__ = ("_observed", "ctx", "earlier", "later", "rule", "threshold", "verdict")

    def __init__(  # noqa: PLR0917 - the finding's parts, kept until its texts are read
        self, rule: Rule, ctx: Context, threshold: Threshold, verdict: Verdict, earlier: Point, later: Point
    ) -> None:
        self.rule, self.ctx, self.threshold, self.verdict = rule, ctx, threshold, verdict
        self.earlier, self.later = earlier, later
        self._observed: tuple[str, str] | None = None

    def _gap(self) -> tuple[str, str]:
        """The gap's direction and words (a later stage placed first is said in words)."""
        if self._observed is None:
            earlier, later, lang = self.earlier, self.later, self.ctx.lang
            self._observed = observed_gap(
                earlier.bounds,
                later.bounds,
                self.threshold.unit,
                lang,
                calendar=self.ctx.calendar,
                earlier_name=earlier.name(lang),
            )
        return self._observed

    def observed(self) -> str:
        return self._gap()[1]

    def message(self) -> str:
        ctx, lang, verdict, unit = self.ctx, self.ctx.lang, self.verdict, self.threshold.unit
        names = {
            "earlier": self.earlier.name(lang),
            "later": self.later.name(lang),
            "earlier_date": self.earlier.milestone.span.format(lang),
            "later_date": self.later.milestone.span.format(lang),
        }
        way, observed = self._gap()
        # "hanya" (only) where the gap is surely below the minimum; otherwise plain words.
        template = {"before": GAP_BEFORE, "around": GAP_AROUND}.get(way, GAP if verdict.certain else GAP_MAYBE)
        message = ctx.text(
            template,
            title=TITLES[self.rule.code].get(lang),
            observed=observed,
            required=amount(verdict.limit, unit, lang),
            strength=STRENGTH[self.threshold.strength].get(lang),
            **names,
        )
        if not verdict.certain:
            message += ctx.text(
                GAP_UNCERTAIN, limit=verdict.limit, unit=UNIT[unit].get(lang), worse=verdict.worse.label(lang), **names
            )
        return message


def _gap_fix(ctx: Context, threshold: Threshold, verdict: Verdict, earlier: Point, later: Point) -> str:
    if not verdict.certain and verdict.severity is Severity.INFO:
        return _settle_fix(ctx, threshold, verdict, earlier, later)
    if later.milestone.stage is Stage.PENGUSULAN:
        return submission_fix(ctx, worst=verdict.worse)
    lang, unit, cal = ctx.lang, threshold.unit, ctx.calendar
    e_hi, l_lo = earlier.bounds[1], later.bounds[0]
    l_precision = later.milestone.span.precision
    earliest = earliest_unit(shift(e_hi, verdict.limit, unit, cal), l_precision)
    text = ctx.text(GAP_FIX_LATER, later=later.name(lang), earliest=earliest.format(lang))
    if threshold.recommended > verdict.limit:
        recommended = earliest_unit(shift(e_hi, threshold.recommended, unit, cal), l_precision)
        text += ctx.text(GAP_FIX_RECOMMENDED, recommended=recommended.format(lang))
    if earlier.label is None:  # an award or revocation date cannot be moved
        latest = latest_unit(shift_back(l_lo, verdict.limit, unit, cal), earlier.milestone.span.precision)
        text += ctx.text(GAP_FIX_EARLIER, earlier=earlier.name(lang), latest=latest.format(lang))
    return text + "."


def _settle_fix(ctx: Context, threshold: Threshold, verdict: Verdict, earlier: Point, later: Point) -> str:
    """For an uncertain info, the exact day that settles it: a choice of days, not a move of a cycle."""
    lang, unit, cal = ctx.lang, threshold.unit, ctx.calendar
    earliest = shift(earlier.bounds[1], verdict.limit, unit, cal)
    text = ctx.text(GAP_FIX_SETTLE, later=later.name(lang), earliest=weekday_date(earliest, lang))
    if earlier.label is None and not earlier.at_end and not earlier.latest_of:
        latest = shift_back(later.bounds[0], verdict.limit, unit, cal)
        text += ctx.text(GAP_FIX_SETTLE_EARLIER, earlier=earlier.name(lang), latest=weekday_date(latest, lang))
    return text + ctx.text(GAP_FIX_SETTLE_END, limit=verdict.limit, unit=UNIT[unit].get(lang))


def submission_fix(ctx: Context, *, worst: Severity) -> str:
    """The planning assistant's answer: the earliest pengusulan, with its TPI, that clears the finding.

    For an ERROR that is the earliest day with no ERROR left (and, when later, the day
    with no finding at all); for a WARNING or INFO, the day with no finding at all.
    """
    key = ("submission_fix", worst)
    if key not in ctx.memo:
        ctx.memo[key] = _submission_fix(ctx, worst)
    return str(ctx.memo[key])


def _submission_fix(ctx: Context, worst: Severity) -> str:
    lang = ctx.lang
    earliest = ctx.earliest(recommended=worst is not Severity.ERROR)
    if earliest is None:
        return ctx.text(SUBMISSION_FIX_NONE)
    tpi = tpi_before(earliest.day, ctx.plan_policy, earliest.tpi_start_min)
    text = ctx.text(SUBMISSION_FIX, earliest=earliest.describe(lang), tpi=tpi.format(lang))
    recommended = ctx.earliest(recommended=True)
    if recommended is not None and recommended.day != earliest.day:
        text += ctx.text(SUBMISSION_FIX_RECOMMENDED, day=weekday_date(recommended.day, lang))
    return text + "."
