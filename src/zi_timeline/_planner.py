"""The arithmetic of planning: the earliest feasible pengusulan and where a TPI fits before it.

This module knows the policy and the calendar but not the rules' code, so rules can use
it for their fix texts and `zi_timeline.planning` can build on it. Every bound it
computes uses the latest day a span allows, so a date it proposes satisfies the rule for
every exact day the other milestones may turn out to be.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple, cast

import attrs

from zi_timeline._args import check_type
from zi_timeline._calendar import Calendar, Window, shift, shift_back
from zi_timeline._dates import DateSpan, Precision, format_date
from zi_timeline._findings import Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._policy import Policy
from zi_timeline._schedule import Schedule
from zi_timeline._stages import Stage

__all__ = ["Bound", "Earliest", "earliest_submission", "limit", "tpi_before", "with_calendar"]

_POLICY = Text("Policy atau None", "a Policy or None")
_CALENDAR = Text("Calendar atau None", "a Calendar or None")


def with_calendar(policy: Policy | None, calendar: Calendar | None) -> Policy:
    """*policy* (the default one for None) with *calendar* in place of its own when given.

    The planning functions' ``policy=``/``calendar=`` arguments: another type (True, a
    path) is the library's `ArgumentTypeError` naming it, not an AttributeError later.
    """
    if policy is None:
        policy = Policy.default()
    else:
        check_type(policy, Policy, "policy", _POLICY)
    if calendar is None:
        return policy
    check_type(calendar, Calendar, "calendar", _CALENDAR)
    return attrs.evolve(policy, calendar=calendar)


_SEARCH_YEARS = 6  # a plan that cannot land in any window within six cycles is not a plan
_WEEKDAYS = (
    Text("Senin", "Monday"),
    Text("Selasa", "Tuesday"),
    Text("Rabu", "Wednesday"),
    Text("Kamis", "Thursday"),
    Text("Jumat", "Friday"),
    Text("Sabtu", "Saturday"),
    Text("Minggu", "Sunday"),
)


@functools.lru_cache(maxsize=8192)  # by value, bounded, thread-safe: fix texts name the same days again and again
def weekday_date(day: dt.date, lang: Lang) -> str:
    """``Senin, 2 Juni 2025``."""
    return f"{_WEEKDAYS[day.weekday()].get(lang)}, {format_date(day, Precision.DAY, lang)}"


class Bound(NamedTuple):  # plain values: a NamedTuple costs a fifth of an attrs class at import
    """One reason pengusulan cannot come earlier than ``day``."""

    code: str
    day: dt.date
    reason: Text

    def describe(self, lang: Lang) -> str:
        return f"{self.reason.get(lang)} ({self.code})"


class Earliest(NamedTuple):
    """The earliest pengusulan that leaves no finding at the chosen level, and why."""

    day: dt.date
    window: Window
    decided_by: str
    bounds: tuple[Bound, ...]
    tpi_start_min: dt.date | None

    @property
    def cycle_year(self) -> int:
        return self.window.year

    def describe(self, lang: Lang = "id") -> str:
        """``2 Januari 2025 (siklus 2025, jendela ...): 4 bulan setelah perencanaan (Juni 2024) (ZI201)``."""
        head = _HEAD.get(lang).format(
            day=weekday_date(self.day, lang), year=self.cycle_year, window=self.window.format(lang)
        )
        deciding = next((b for b in self.bounds if b.code == self.decided_by), None)
        why = _BY_WINDOW.get(lang) if deciding is None else deciding.describe(lang)  # None: the window decided
        return f"{head}; {_DECIDED_BY.get(lang)} {why}"


_HEAD = Text("{day} (siklus {year}, jendela {window})", "{day} ({year} cycle, window {window})")
_BY_WINDOW = Text("jendela pengusulan (ZI301)", "the submission window (ZI301)")
_DECIDED_BY = Text("ditentukan oleh", "decided by")


def limit(policy: Policy, key: str, *, recommended: bool) -> int | None:
    """The value a gap must reach: the mildest level when *recommended*, else the ERROR level."""
    return policy.derived(f"limit {key} {recommended}", functools.partial(_limit, policy, key, recommended=recommended))


def _limit(policy: Policy, key: str, *, recommended: bool) -> int | None:
    threshold = policy.thresholds.get(key)
    if threshold is None or not policy.is_enabled(threshold.rule):
        return None
    if recommended:
        return threshold.recommended
    override = policy.severity.get(threshold.rule)
    errors = [v for s, v in threshold.levels if (override or s) is Severity.ERROR]
    return max(errors) if errors else None


def _after(policy: Policy, key: str, day: dt.date, *, recommended: bool) -> dt.date | None:
    n = limit(policy, key, recommended=recommended)
    if n is None:
        return None
    return shift(day, n, policy.threshold(key).unit, policy.calendar)


def _gap_text(n: int, unit: str, what: Text, span: DateSpan) -> Text:
    units = {"months": Text("bulan", "months"), "years": Text("tahun", "years")}[unit]
    return Text(
        f"{n} {units.id} setelah {what.id} ({span.format('id')})",
        f"{n} {units.en} after {what.en} ({span.format('en')})",
    )


def _stage_bounds(schedule: Schedule, policy: Policy, *, recommended: bool) -> list[Bound]:
    out = []
    for stage, key in ((Stage.PERENCANAAN, "plan_to_submission"), (Stage.PENCANANGAN, "declaration_to_submission")):
        milestone = schedule.first(stage)
        if milestone is None:
            continue
        # By value: units whose whole plans differ still share their planning or declaration days.
        span = milestone.span
        bound = policy.memo.get_or_compute(
            ("stage_bound", stage, key, span, recommended),
            functools.partial(_stage_bound, policy, stage, key, span, recommended=recommended),
        )
        if isinstance(bound, Bound):
            out.append(bound)
    return out


def _stage_bound(policy: Policy, stage: Stage, key: str, span: DateSpan, *, recommended: bool) -> Bound | None:
    day = _after(policy, key, span.start_bounds[1], recommended=recommended)
    if day is None:
        return None
    n = limit(policy, key, recommended=recommended) or 0
    what = Text(stage.label("id"), stage.label("en"))
    return Bound(policy.threshold(key).rule, day, _gap_text(n, "months", what, span))


def _history_bounds(schedule: Schedule, policy: Policy, *, recommended: bool) -> list[Bound]:
    out = []
    events = (
        (schedule.wbk_awarded, "wbk_age", Text("penetapan WBK", "the WBK award")),
        (schedule.revoked, "revocation_bar", Text("pencabutan predikat", "the revocation")),
    )
    for span, key, what in events:
        if span is None or (key == "wbk_age" and (schedule.target is None or schedule.target.value != "WBBM")):
            continue
        day = _after(policy, key, span.start_bounds[1], recommended=recommended)
        if day is not None:
            n = limit(policy, key, recommended=recommended) or 0
            out.append(Bound(policy.threshold(key).rule, day, _gap_text(n, "years", what, span)))
    return out


def _tpi_start_min(schedule: Schedule, policy: Policy, *, recommended: bool) -> tuple[dt.date | None, str]:
    """The earliest TPI start the building period (and a late survey) allows, and the rule."""
    building = schedule.first(Stage.PEMBANGUNAN)
    if building is None:
        return None, "ZI101"
    b_hi, survey = building.span.start_bounds[1], Stage.SURVEI in schedule
    found = policy.memo.get_or_compute(
        ("tpi_start_min", b_hi, survey, recommended),
        functools.partial(_tpi_start_after, policy, b_hi, survey=survey, recommended=recommended),
    )
    return cast("tuple[dt.date, str]", found)


def _tpi_start_after(policy: Policy, b_hi: dt.date, *, survey: bool, recommended: bool) -> tuple[dt.date, str]:
    cal = policy.calendar
    start = _after(policy, "building_period", b_hi, recommended=recommended)
    code = "ZI203" if start is not None else "ZI101"
    start = start or cal.add_working_days(b_hi, 1)
    survey_start = _after(policy, "survey_after_building_start", b_hi, recommended=recommended)
    if survey_start is not None and survey:
        survey_end = cal.add_working_days(cal.next_working_day(survey_start), policy.planning.survei - 1)
        after_survey = cal.add_working_days(survey_end, 1)
        if after_survey > start:
            start, code = after_survey, "ZI205"
    return cal.next_working_day(start), code


def _tpi_bound(schedule: Schedule, policy: Policy, *, recommended: bool, keep_tpi: bool) -> Bound | None:
    tpi = schedule.first(Stage.EVALUASI_TPI)
    if keep_tpi and tpi is not None:
        key: tuple[object, ...] = ("tpi_bound_kept", tpi.span, recommended)
        make = functools.partial(_kept_tpi_bound, policy, tpi.span, recommended=recommended)
    else:
        building = schedule.first(Stage.PEMBANGUNAN)
        if building is None:
            return None
        survey = Stage.SURVEI in schedule
        # By value: the bound depends only on the building period and whether a survey is planned.
        key = ("tpi_bound", building.span, survey, recommended)
        make = functools.partial(_new_tpi_bound, policy, building.span, survey=survey, recommended=recommended)
    return cast("Bound", policy.memo.get_or_compute(key, make))


def _working_days_en(n: int) -> str:
    return f"{n} working day" if n == 1 else f"{n} working days"


def _gap_after_tpi(policy: Policy, *, recommended: bool) -> int:
    return max(1, limit(policy, "tpi_to_submission", recommended=recommended) or 1)


def _kept_tpi_bound(policy: Policy, tpi: DateSpan, *, recommended: bool) -> Bound:
    gap = _gap_after_tpi(policy, recommended=recommended)
    reason = Text(
        f"{gap} hari kerja setelah evaluasi TPI ({tpi.format('id')}) selesai",
        f"{_working_days_en(gap)} after the TPI evaluation ({tpi.format('en')}) ends",
    )
    return Bound("ZI204" if gap > 1 else "ZI101", policy.calendar.add_working_days(tpi.end_bounds[1], gap), reason)


def _new_tpi_bound(policy: Policy, building: DateSpan, *, survey: bool, recommended: bool) -> Bound:
    cal, gap = policy.calendar, _gap_after_tpi(policy, recommended=recommended)
    b_hi = building.start_bounds[1]
    start, code = cast(
        "tuple[dt.date, str]",
        policy.memo.get_or_compute(
            ("tpi_start_min", b_hi, survey, recommended),
            functools.partial(_tpi_start_after, policy, b_hi, survey=survey, recommended=recommended),
        ),
    )
    end = cal.add_working_days(start, policy.planning.tpi - 1)
    reason = Text(
        f"evaluasi TPI ({policy.planning.tpi} hari kerja) paling cepat {format_date(start, Precision.DAY, 'id')} "
        f"setelah pembangunan dimulai ({building.format('id')}), lalu {gap} hari kerja",
        f"a TPI evaluation ({_working_days_en(policy.planning.tpi)}) no earlier than "
        f"{format_date(start, Precision.DAY, 'en')} after building starts ({building.format('en')}), "
        f"then {_working_days_en(gap)}",
    )
    return Bound(code, cal.add_working_days(end, gap), reason)


def earliest_submission(
    schedule: Schedule,
    policy: Policy,
    *,
    recommended: bool = False,
    keep_tpi: bool = False,
    today: dt.date | None = None,
) -> Earliest | None:
    """The earliest pengusulan day that no rule marks as ERROR (or any finding, if *recommended*).

    The stages before evaluasi_tpi stay where they are; the TPI is placed anew unless
    *keep_tpi*. Returns None when no window within six cycle years can take it.
    """
    # A portfolio repeats the same rhythms: the answer depends only on these inputs.
    key = (_inputs(schedule, keep_tpi=keep_tpi), recommended, keep_tpi, today, id(policy.calendar))
    found = policy.memo.get_or_compute(
        key, lambda: _earliest(schedule, policy, recommended=recommended, keep_tpi=keep_tpi, today=today)
    )
    return found if isinstance(found, Earliest) else None


def _inputs(schedule: Schedule, *, keep_tpi: bool) -> tuple[object, ...]:
    """What `_earliest` reads of a schedule: the spans of a few stages and the unit's history."""
    stages = [Stage.PERENCANAAN, Stage.PENCANANGAN, Stage.PEMBANGUNAN]
    if keep_tpi:
        stages.append(Stage.EVALUASI_TPI)
    spans = tuple(m.span if (m := schedule.first(stage)) else None for stage in stages)
    return (*spans, Stage.SURVEI in schedule, schedule.target, schedule.wbk_awarded, schedule.revoked)


def _earliest(
    schedule: Schedule,
    policy: Policy,
    *,
    recommended: bool,
    keep_tpi: bool,
    today: dt.date | None,
) -> Earliest | None:
    cal = policy.calendar
    bounds = [
        *_stage_bounds(schedule, policy, recommended=recommended),
        *_history_bounds(schedule, policy, recommended=recommended),
    ]
    tpi = _tpi_bound(schedule, policy, recommended=recommended, keep_tpi=keep_tpi)
    if tpi is not None:
        bounds.append(tpi)
    if today is not None:
        bounds.append(Bound("today", today, Text("hari ini", "today")))
    if not bounds:
        return None
    lowest = max(bounds, key=lambda b: b.day)
    tpi_min = None if keep_tpi else _tpi_start_min(schedule, policy, recommended=recommended)[0]
    for year in range(lowest.day.year, lowest.day.year + _SEARCH_YEARS):
        window = cal.window(year)
        if not policy.is_enabled("ZI301"):
            window = window._replace(opens=None, closes=dt.date(year, 12, 31))
        day = cal.next_working_day(max(lowest.day, window.first_day))
        if day <= window.closes:
            decided = lowest.code if day == cal.next_working_day(lowest.day) else "ZI301"
            return Earliest(day, window, decided, tuple(bounds), tpi_min)
    return None


def tpi_before(submission: dt.date, policy: Policy, earliest_start: dt.date | None = None) -> DateSpan:
    """The TPI evaluation as late as the policy allows before *submission*, on working days.

    It ends the recommended number of working days before pengusulan; when that would
    start it before *earliest_start*, it starts on *earliest_start* instead.
    """
    found = policy.memo.get_or_compute(
        ("tpi_before", submission, earliest_start), functools.partial(_tpi_before, submission, policy, earliest_start)
    )
    return cast("DateSpan", found)


def _tpi_before(submission: dt.date, policy: Policy, earliest_start: dt.date | None) -> DateSpan:
    cal = policy.calendar
    gap = _gap_after_tpi(policy, recommended=True)
    end = shift_back(submission, gap, "working_days", cal)
    start = cal.add_working_days(end, 1 - policy.planning.tpi)
    if earliest_start is not None and start < earliest_start:
        start = cal.next_working_day(earliest_start)
        end = cal.add_working_days(start, policy.planning.tpi - 1)
    return DateSpan(start, end)
