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
  and checks the result with `validate`.

>>> import zi_timeline as zt
>>> from zi_timeline import planning
>>> p = planning.plan(2024)
>>> p.submission, p.report.ok
(datetime.date(2024, 7, 31), True)
"""

from __future__ import annotations

import datetime as dt

import attrs

from zi_timeline._args import check_type
from zi_timeline._backward import backward
from zi_timeline._calendar import Calendar, Window
from zi_timeline._dates import DateSpan, Precision, unit_bounds
from zi_timeline._findings import Report
from zi_timeline._i18n import Lang, Text, check_lang
from zi_timeline._parse import parse_date
from zi_timeline._planner import Bound, Earliest, limit, tpi_before
from zi_timeline._planner import earliest_submission as _earliest
from zi_timeline._policy import Policy
from zi_timeline._portfolio_plan import PortfolioPlan, plan_portfolio
from zi_timeline._schedule import Schedule
from zi_timeline._stages import Predicate, Stage, parse_predicate
from zi_timeline._validate import validate
from zi_timeline.exceptions import PlanningError

__all__ = [
    "Bound",
    "Earliest",
    "Move",
    "Plan",
    "PortfolioPlan",
    "Suggestion",
    "earliest_submission",
    "plan",
    "plan_portfolio",
    "suggest_fix",
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
class Move:
    """One stage moved by a suggested fix: where it was, where it goes, and why."""

    stage: Stage
    before: DateSpan
    after: DateSpan
    reason: str

    def to_dict(self, lang: Lang = "id") -> dict[str, object]:
        return {
            "stage": self.stage.value,
            "before": self.before.format(lang),
            "after": self.after.format(lang),
            "reason": self.reason,
        }


@attrs.frozen
class Suggestion:
    """The assistant's answer for one schedule.

    ``feasible`` is True when ``schedule`` (the fixed plan) validates with no ERROR;
    ``moves`` is empty when nothing needed fixing. When no fix exists, ``reason`` says
    which findings no move of later stages can clear.
    """

    original: Schedule
    schedule: Schedule | None
    moves: tuple[Move, ...]
    earliest: Earliest | None
    before: Report
    after: Report | None
    feasible: bool
    reason: str = ""

    def to_dict(self, lang: Lang = "id") -> dict[str, object]:
        return {
            "unit": self.original.unit,
            "feasible": self.feasible,
            "earliest_submission": self.earliest.day.isoformat() if self.earliest else None,
            "cycle_year": self.earliest.cycle_year if self.earliest else None,
            "decided_by": self.earliest.decided_by if self.earliest else None,
            "moves": [m.to_dict(lang) for m in self.moves],
            "reason": self.reason,
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
    check_type(year, (int, type(None)), "year", "int")
    policy = _with_calendar(policy, calendar)
    predicate = parse_predicate(target)
    wbk = _day_or_none(wbk_awarded, "wbk_awarded")
    day, window = _submission_day(year, submission, policy.calendar)
    if predicate is Predicate.WBBM and (wbk is None or wbk >= day):
        raise PlanningError(
            Text(
                "rencana WBBM membutuhkan tanggal penetapan WBK sebelum pengusulan (--wbk-awarded)",
                "a WBBM plan needs the WBK award date, before the submission (--wbk-awarded)",
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
    policy = _with_calendar(policy, calendar)
    before = validate(schedule, policy, lang=language)
    if before.ok:
        return Suggestion(schedule, schedule, (), None, before, before, feasible=True)
    earliest: Earliest | None = None
    last: Report | None = None
    for move_tpi in (False, True):
        candidate = _candidate(schedule, policy, language, today=today, move_tpi=move_tpi)
        if candidate is None:
            continue
        fixed, moves, earliest = candidate
        last = validate(fixed, policy, lang=language)
        if last.ok:
            return Suggestion(schedule, fixed, moves, earliest, before, last, feasible=True)
    blocking = last or before
    codes = sorted({f.code for f in blocking.errors})
    reason = Text(
        "tidak ada perbaikan dengan memindahkan tahap akhir saja; masih ada galat {codes}. Perbaiki dulu temuan itu.",
        "no fix by moving later stages alone; errors {codes} remain. Fix those findings first.",
    ).get(language)
    return Suggestion(
        schedule, None, (), earliest, before, last, feasible=False, reason=reason.format(codes=", ".join(codes))
    )


# -- internals ---------------------------------------------------------------------


def _with_calendar(policy: Policy | None, calendar: Calendar | None) -> Policy:
    policy = policy or Policy.default()
    return attrs.evolve(policy, calendar=calendar) if calendar is not None else policy


def _day_or_none(value: dt.date | str | None, field: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
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
        window = cal.window(year)
        first, last = window.first_day, window.closes
    else:
        span = submission if isinstance(submission, dt.date) else parse_date(submission, year=year)
        first, last = (span, span) if isinstance(span, dt.date) else (span.start, span.end)
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


def _candidate(
    schedule: Schedule, policy: Policy, lang: Lang, *, today: dt.date | None, move_tpi: bool
) -> tuple[Schedule, tuple[Move, ...], Earliest] | None:
    old, tpi = schedule.first(Stage.PENGUSULAN), schedule.first(Stage.EVALUASI_TPI)
    if old is None or tpi is None:
        return None  # a missing stage is ZI102's to fix, not a move
    earliest = _pick(schedule, policy, today=today, keep_tpi=not move_tpi)
    if earliest is None or (not move_tpi and tpi.span.end.year != earliest.cycle_year):
        return None  # a TPI from another year cannot support this cycle's proposal
    moves = [Move(Stage.PENGUSULAN, old.span, DateSpan.day(earliest.day), _why_submission(earliest, lang))]
    new_tpi = tpi_before(earliest.day, policy, earliest.tpi_start_min)
    if move_tpi and new_tpi != tpi.span:
        moves.append(Move(Stage.EVALUASI_TPI, tpi.span, new_tpi, _why_tpi(policy, lang)))
    moves += _followers(schedule, old.span.end, earliest.day, lang)
    if today is not None and any(mv.before.end_bounds[1] < today for mv in moves):
        return None  # a stage already done cannot move
    return _apply(schedule, moves), tuple(moves), earliest


def _followers(schedule: Schedule, old_end: dt.date, day: dt.date, lang: Lang) -> list[Move]:
    """KemenPANRB's stages, and monitoring after the old submission, move along with it."""
    why = Text("mengikuti pengusulan yang dipindah", "follows the moved submission").get(lang)
    return [
        Move(m.stage, m.span, _follow(m.span, old_end, day), why)
        for m in schedule
        if m.stage.order > Stage.PENGUSULAN.order or (m.stage is Stage.PEMANTAUAN and m.start > old_end)
    ]


def _apply(schedule: Schedule, moves: list[Move]) -> Schedule:
    pending = list(moves)
    milestones = []
    for m in schedule:
        move = next((mv for mv in pending if mv.stage is m.stage and mv.before == m.span), None)
        if move is not None:
            pending.remove(move)
            m = attrs.evolve(m, span=move.after)  # noqa: PLW2901 - the milestone, moved
        milestones.append(m)
    return attrs.evolve(schedule, milestones=milestones)


def _pick(schedule: Schedule, policy: Policy, *, today: dt.date | None, keep_tpi: bool) -> Earliest | None:
    """The recommended day when it falls in the same cycle as the merely feasible one."""
    feasible = _earliest(schedule, policy, today=today, keep_tpi=keep_tpi)
    best = _earliest(schedule, policy, recommended=True, today=today, keep_tpi=keep_tpi)
    if feasible is None:
        return None
    return best if best is not None and best.cycle_year == feasible.cycle_year else feasible


def _follow(span: DateSpan, old_end: dt.date, new_day: dt.date) -> DateSpan:
    """*span* kept as far after the new submission as it was after the old one (at least a
    day), at its own precision, starting on a whole unit that begins after the submission."""
    start = new_day + max(span.start - old_end, dt.timedelta(days=1))
    length = span.end - span.start
    if span.precision is Precision.DAY:
        return DateSpan(start, start + length)
    first, last = unit_bounds(start, span.precision)
    if first < start:
        first, last = unit_bounds(last + dt.timedelta(days=1), span.precision)
    return DateSpan(first, max(last, unit_bounds(first + length, span.precision)[1]), span.precision)


def _why_submission(earliest: Earliest, lang: Lang) -> str:
    return Text("paling cepat {e}", "no earlier than {e}").get(lang).format(e=earliest.describe(lang))


def _why_tpi(policy: Policy, lang: Lang) -> str:
    gap = max(1, limit(policy, "tpi_to_submission", recommended=True) or 1)
    return Text(
        f"TPI menyusul pengusulan baru: selesai {gap} hari kerja sebelumnya (ZI204), dalam siklus yang sama",
        f"the TPI follows the new submission: ending {gap} working days before it (ZI204), in the same cycle",
    ).get(lang)
