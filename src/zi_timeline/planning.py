"""The planning assistant: plans that work, the earliest feasible submission, and fixes.

Three questions a planner asks once a plan is called "too compressed":

- *What should our plan look like?* `plan` works backward from a cycle year (or a
  target submission day): every stage gets the latest working day that still satisfies
  the policy, inside the known national window.
- *Then when can we submit?* `earliest_submission` gives the first day, and its cycle
  year, that leaves no ERROR (or, with ``recommended=True``, no finding at all), and the
  rule that decides it.
- *What is the least we must change?* `suggest_fix` moves as few stages as possible,
  later stages first (pengusulan, then the TPI), never the building already under way,
  and checks the result with `validate`; `apply` gives the fixed schedule.
- *And back to the spreadsheet?* `save` writes plans, fixes or schedules in the shape
  `load` reads (XLSX like the template, CSV, JSON, YAML); `to_rows` gives the same rows.

>>> import zi_timeline as zt
>>> from zi_timeline import planning
>>> p = planning.plan(2024)
>>> p.submission, p.report.ok
(datetime.date(2024, 7, 31), True)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import attrs

from zi_timeline._args import check_day, check_flag, check_path, check_type, check_whole
from zi_timeline._backward import backward
from zi_timeline._calendar import Calendar, Window
from zi_timeline._dates import DateSpan
from zi_timeline._findings import Report
from zi_timeline._i18n import Lang, Text, check_lang
from zi_timeline._parse import parse_date
from zi_timeline._planner import Bound, Earliest, with_calendar
from zi_timeline._planner import earliest_submission as _earliest
from zi_timeline._policy import Policy
from zi_timeline._portfolio_plan import PortfolioPlan, check_cycle_year, plan_portfolio
from zi_timeline._schedule import Schedule
from zi_timeline._stages import Predicate, Stage, parse_predicate
from zi_timeline._suggest import Move, candidate, why_not
from zi_timeline._validate import validate
from zi_timeline._writeback import Marks, rows, write_schedules
from zi_timeline.exceptions import PlanningError

__all__ = [
    "Bound",
    "Earliest",
    "Move",
    "Plan",
    "PortfolioPlan",
    "Suggestion",
    "apply",
    "earliest_submission",
    "plan",
    "plan_portfolio",
    "save",
    "suggest_fix",
    "to_rows",
]


@attrs.frozen
class Plan:
    """A recommended schedule with the reason for each date, and its own validation."""

    schedule: Schedule
    window: Window
    report: Report

    @property
    def submission(self) -> dt.date:
        found = self.schedule.first(Stage.PENGUSULAN)
        assert found is not None  # noqa: S101 - every plan has a pengusulan
        return found.span.start

    def to_dict(self) -> dict[str, object]:
        data = self.schedule.to_dict()
        data["window"] = {
            "year": self.window.year,
            "opens": self.window.opens.isoformat() if self.window.opens else None,
            "closes": self.window.closes.isoformat(),
            "assumed": self.window.assumed,
            "source": self.window.source,
        }
        data["report"] = self.report.to_dict()
        return data


@attrs.frozen
class Suggestion:
    """The assistant's answer for one schedule.

    ``feasible`` is True when ``schedule`` (the fixed plan) validates with no ERROR;
    ``moves`` is empty when nothing needed fixing. When no fix exists, ``reason`` says
    which findings no move of later stages can clear, and ``missing`` names the required
    stages to add first.
    """

    original: Schedule
    schedule: Schedule | None
    moves: tuple[Move, ...]
    earliest: Earliest | None
    before: Report
    after: Report | None
    feasible: bool
    reason: str = ""
    missing: tuple[Stage, ...] = attrs.field(default=(), kw_only=True)

    def to_dict(self, lang: Lang = "id") -> dict[str, object]:
        return {
            "unit": self.original.unit,
            "feasible": self.feasible,
            "earliest_submission": self.earliest.day.isoformat() if self.earliest else None,
            "cycle_year": self.earliest.cycle_year if self.earliest else None,
            "decided_by": self.earliest.decided_by if self.earliest else None,
            "moves": [m.to_dict(lang) for m in self.moves],
            "reason": self.reason,
            "missing": [stage.value for stage in self.missing],
            "schedule": self.schedule.to_dict() if self.schedule is not None else None,
            "errors_before": self.before.counts["error"],
            "errors_after": self.after.counts["error"] if self.after is not None else None,
        }


def earliest_submission(
    schedule: Schedule,
    policy: Policy | None = None,
    *,
    recommended: bool = False,
    today: dt.date | None = None,
    calendar: Calendar | None = None,
) -> Earliest | None:
    """The earliest pengusulan day that leaves no ERROR (no finding at all if *recommended*).

    The stages before the TPI stay where they are; the TPI is placed anew before the
    submission. ``None`` when no window in the next six cycle years can take it.

    >>> import zi_timeline as zt
    >>> s = zt.Schedule.from_mapping({"unit": "Lapas Contoh", "target": "WBK",
    ...     "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}})
    >>> e = earliest_submission(s)
    >>> e.day, e.cycle_year, e.decided_by
    (datetime.date(2025, 1, 2), 2025, 'ZI301')
    """
    check_type(schedule, Schedule, "schedule", "Schedule")
    check_flag(recommended, "recommended")
    if today is not None:
        check_day(today, "today")
    return _earliest(schedule, _with_calendar(policy, calendar), recommended=recommended, today=today)


def plan(
    year: int | None = None,
    *,
    submission: dt.date | str | None = None,
    target: Predicate | str = Predicate.WBK,
    wbk_awarded: dt.date | str | None = None,
    unit: str = "Rencana ZI",
    policy: Policy | None = None,
    calendar: Calendar | None = None,
    lang: Lang | str = "id",
) -> Plan:
    """A backward plan for the *year* cycle, or for a *submission* day inside its window.

    Every stage gets the latest working day that still leaves no finding under the
    policy; the reason for each date is in its milestone's ``note``. A WBBM plan needs
    the *wbk_awarded* date. Raises `PlanningError` when no plan can be made.
    """
    language = check_lang(lang)
    if year is not None:
        check_whole(year, "year")
    policy = _with_calendar(policy, calendar)
    predicate = parse_predicate(target)
    wbk = _day_or_none(wbk_awarded, "wbk_awarded")
    day, window = _submission_day(year, submission, policy.calendar)
    if predicate is Predicate.WBBM and (wbk is None or wbk >= day):
        raise PlanningError(
            Text(
                "rencana WBBM membutuhkan tanggal penetapan WBK sebelum pengusulan "
                "(argumen wbk_awarded; di CLI --wbk-awarded)",
                "a WBBM plan needs the WBK award date, before the submission "
                "(argument wbk_awarded; --wbk-awarded in the CLI)",
            ),
            value=wbk_awarded,
        )
    milestones = [attrs.evolve(m, note=reason.get(language)) for m, reason in backward(day, window, policy)]
    schedule = Schedule(
        unit,
        predicate,
        milestones,
        wbk_awarded=DateSpan.day(wbk) if wbk else None,
        year=window.year,
    )
    return Plan(schedule, window, validate(schedule, policy, lang=language))


def suggest_fix(
    schedule: Schedule,
    policy: Policy | None = None,
    *,
    today: dt.date | None = None,
    calendar: Calendar | None = None,
    lang: Lang | str = "id",
) -> Suggestion:
    """The fewest moves of later stages that leave *schedule* with no ERROR.

    First pengusulan alone (with KemenPANRB's later stages following it), then
    pengusulan and the TPI; stages before the TPI never move, nor does any stage that
    ended before *today*. Each candidate is checked with `validate`.
    """
    language = check_lang(lang)
    if today is not None:
        check_day(today, "today")
    policy = _with_calendar(policy, calendar)
    before = validate(schedule, policy, lang=language)
    if before.ok:
        return Suggestion(schedule, schedule, (), None, before, before, feasible=True)
    earliest: Earliest | None = None
    last: Report | None = None
    for move_tpi in (False, True):
        found = candidate(schedule, policy, language, today=today, move_tpi=move_tpi)
        if found is None:
            continue
        fixed, moves, earliest = found
        last = validate(fixed, policy, lang=language)
        if last.ok:
            return Suggestion(schedule, fixed, moves, earliest, before, last, feasible=True)
    missing = tuple(dict.fromkeys(st for f in before.errors if f.code == "ZI102" for st in f.stages))
    # With a required stage missing, adding it comes first: errors of timing may follow from it.
    blocking = [f for f in (last or before).errors if not (missing and f.code in _TIMING)]
    return Suggestion(
        schedule,
        None,
        (),
        earliest,
        before,
        last,
        feasible=False,
        reason=why_not(missing, blocking, language),
        missing=missing,
    )


_SUGGESTION = Text("Suggestion (dari suggest_fix)", "a Suggestion (from suggest_fix)")


def apply(suggestion: Suggestion) -> Schedule:
    """The fixed schedule of a feasible *suggestion* (the original when nothing needed fixing).

    Raises `PlanningError` with the suggestion's reason when no fix exists.

    >>> import zi_timeline as zt
    >>> from zi_timeline import planning
    >>> s = planning.plan(2024).schedule
    >>> planning.apply(planning.suggest_fix(s)) == s
    True
    """
    check_type(suggestion, Suggestion, "suggestion", _SUGGESTION)
    if suggestion.schedule is None:
        raise PlanningError(
            Text(
                f"{suggestion.original.unit}: {suggestion.reason}", f"{suggestion.original.unit}: {suggestion.reason}"
            ),
            value=suggestion.original.unit,
        )
    return suggestion.schedule


Loop = Plan | Suggestion | Schedule
_TIMING = {"ZI101", "ZI102", "ZI201", "ZI202", "ZI203", "ZI204", "ZI205", "ZI301", "ZI302"}


def to_rows(items: Loop | Sequence[Loop], *, lang: Lang | str = "id") -> list[dict[str, object]]:
    """Plans, fixes or schedules in the template's long shape: one row per milestone.

    The columns are the template's (``satker``, ``predikat``, ``tahap``, ``tanggal``,
    ``mulai``, ``selesai``, ``catatan``, ...); a moved milestone says why in ``catatan``.
    These rows are what `save` writes to CSV and XLSX.
    """
    language = check_lang(lang)
    schedules, marks = _unpack(items)
    return rows(schedules, marks, lang=language)


def save(items: Loop | Sequence[Loop], path: str | Path, *, lang: Lang | str = "id") -> None:
    """Write plans, fixes or schedules to *path* in the shape `load` reads back.

    ``.xlsx`` is the template's workbook (instructions, drop-downs); a moved date is a
    coloured cell with the reason in its comment. ``.csv``, ``.json``, ``.yaml`` carry
    the reason in the milestone's note. A fix that does not exist leaves its unit as it
    was. The file is written whole or not at all.
    """
    language = check_lang(lang)
    check_path(path, "path")
    schedules, marks = _unpack(items)
    fixing = any(isinstance(i, Suggestion) for i in (items if isinstance(items, Sequence) else [items]))
    what = Text("perbaikan oleh zi-timeline fix", "fixed by zi-timeline fix") if fixing else Text("rencana", "a plan")
    write_schedules(schedules, path, marks=marks, what=what, lang=language)


# -- internals ---------------------------------------------------------------------


_ITEMS = Text(
    "Plan, Suggestion atau Schedule, atau daftarnya",
    "a Plan, Suggestion or Schedule, or a list of them",
)


def _unpack(items: Loop | Sequence[Loop]) -> tuple[list[Schedule], list[Marks]]:
    listed = items if isinstance(items, Sequence) else [items]
    schedules: list[Schedule] = []
    marks: list[Marks] = []
    for item in listed:
        if isinstance(item, Plan):
            schedules.append(item.schedule)
            marks.append({})
        elif isinstance(item, Suggestion):
            schedules.append(item.schedule or item.original)
            marks.append({(m.stage, m.after): m.reason for m in item.moves} if item.schedule else {})
        else:
            check_type(item, Schedule, "items", _ITEMS)
            schedules.append(item)
            marks.append({})
    return schedules, marks


def _with_calendar(policy: Policy | None, calendar: Calendar | None) -> Policy:
    return with_calendar(policy, calendar)


_DAY_OR_TEXT = Text(
    "datetime.date atau teks tanggal, mis. '6 Desember 2022'",
    "a datetime.date or a date text, e.g. '6 December 2022'",
)


def _day_arg(value: object, field: str) -> None:
    """A plain date or a text `parse_date` reads; a datetime or a pandas Timestamp (its time would be dropped),
    NaT or True is the library's `ArgumentTypeError` naming *field*, not a TypeError from a comparison."""
    if not isinstance(value, str) and (isinstance(value, dt.datetime) or not isinstance(value, dt.date)):
        check_type(value, (), field, _DAY_OR_TEXT)


def _day_or_none(value: dt.date | str | None, field: str) -> dt.date | None:
    if value is None:
        return value
    _day_arg(value, field)
    if isinstance(value, dt.date):
        return value
    span = parse_date(value)
    if not span.exact:
        raise PlanningError(
            Text(f"{field}: {value!r} harus tanggal pasti", f"{field}: {value!r} must be an exact day"), value=value
        )
    return span.start


def _submission_day(year: int | None, submission: dt.date | str | None, cal: Calendar) -> tuple[dt.date, Window]:
    if submission is None:
        if year is None:
            raise PlanningError(
                Text("isi tahun siklus atau tanggal pengusulan", "give a cycle year or a submission day")
            )
        check_cycle_year(year)
        window = cal.window(year)
        first, last = window.first_day, window.closes
    else:
        _day_arg(submission, "submission")
        span = submission if isinstance(submission, dt.date) else parse_date(submission, year=year)
        first, last = (span, span) if isinstance(span, dt.date) else (span.start, span.end)
        if year is not None and first.year != year:  # two answers to "which cycle": neither is guessed
            raise PlanningError(
                Text(
                    f"tanggal pengusulan {submission!r} jatuh pada siklus {first.year}, bukan tahun {year}; "
                    "beri tahun siklus atau tanggal pengusulan saja, atau samakan keduanya",
                    f"the submission {submission!r} falls in the {first.year} cycle, not {year}; give the cycle "
                    "year or the submission day alone, or make them agree",
                ),
                value=submission,
            )
        window = cal.window(first.year)
        first, last = max(first, window.first_day), min(last, window.closes)
    day = cal.previous_working_day(last)
    if day < first:
        raise PlanningError(
            Text(
                f"tanggal pengusulan {submission or year!r} tidak memuat satu pun hari kerja di dalam jendela "
                f"pengusulan {window.year} ({window.format('id')}); pilih tanggal di dalam jendela itu",
                f"the submission {submission or year!r} has no working day inside the {window.year} submission "
                f"window ({window.format('en')}); choose a day inside it",
            ),
            value=submission or year,
        )
    return day, window
