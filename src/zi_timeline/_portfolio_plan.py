"""Planning a whole portfolio: proposals spread over the window, TPIs staggered to the team's capacity.

Each unit gets the backward plan of `planning.plan`, but for its own submission day:
the days are handed out evenly over the window's working days before its last days
(ZI602). A unit's TPI starts as late as the policy allows before that day; when its
evaluator team would then take more units a day than its capacity (ZI601), the TPI, and
with it every earlier stage of the unit, moves earlier one working day at a time. The
proposal stays on its day: the gaps that the compression rules measure only grow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from zi_timeline._args import MAX_YEAR, MIN_YEAR, check_capacity, check_many, check_type, check_whole
from zi_timeline._backward import backward
from zi_timeline._calendar import Calendar, Window
from zi_timeline._dates import DateSpan
from zi_timeline._i18n import Lang, Text, check_lang, short_repr
from zi_timeline._planner import tpi_before, with_calendar
from zi_timeline._policy import Policy
from zi_timeline._portfolio import PortfolioReport, validate_portfolio
from zi_timeline._portfolio_load import closing_days
from zi_timeline._schedule import Milestone, Origin, Schedule
from zi_timeline._stages import Predicate, Stage, parse_predicate
from zi_timeline._structure import gives_none
from zi_timeline.exceptions import InvalidArgumentError, PlanningError

__all__ = ["PortfolioPlan", "check_cycle_year", "plan_portfolio"]


def check_cycle_year(year: int) -> None:
    """A `PlanningError` for a cycle year the calendar cannot hold (outside MIN_YEAR-MAX_YEAR)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PlanningError(
            Text(
                f"tahun siklus {short_repr(year)} di luar {MIN_YEAR}-{MAX_YEAR}",
                f"the cycle year {short_repr(year)} is outside {MIN_YEAR}-{MAX_YEAR}",
            ),
            value=year,
        )


_OPEN_ENDED = 20  # working days used before the last days when the window's opening is unknown
_SEARCH = 260  # working days a TPI may move earlier (a year) before planning gives up

Unit = str | Schedule | Mapping[str, object]


@attrs.frozen
class _Spec:
    unit: str
    target: Predicate
    evaluator: str | None
    wbk_awarded: DateSpan | None


@attrs.frozen
class PortfolioPlan:
    """The plan of every unit (input order) and the check of the portfolio they make."""

    schedules: tuple[Schedule, ...]
    window: Window
    portfolio: PortfolioReport

    def to_dict(self) -> dict[str, object]:
        """The plans in the input shape (``{"schedules": [...]}``), which `zt.load` reads back."""
        return {"schedules": [s.to_dict() for s in self.schedules]}


_UNIT = Text(
    "nama satker (str), Schedule atau pemetaan seperti {'unit': ..., 'target': ...}",
    "a unit name (str), a Schedule or a mapping such as {'unit': ..., 'target': ...}",
)
_UNITS = Text(
    "daftar satker (nama, Schedule atau pemetaan; satu nama pun ditulis dalam daftar)",
    "a list of units (names, Schedules or mappings; even one name goes in a list)",
)


def _spec(unit: Unit, target: Predicate, index: int) -> _Spec:
    if isinstance(unit, str):
        return _Spec(unit, target, None, None)
    check_type(unit, (Schedule, Mapping), f"units[{index}]", _UNIT)
    schedule = unit if isinstance(unit, Schedule) else Schedule.from_mapping({"milestones": {}, **unit}, strict=False)
    name = schedule.unit or f"unit {index + 1}"
    _check_read(schedule, name, index)
    if isinstance(unit, Mapping) and gives_none(unit, "target"):
        wanted = Text("predikat None tidak dikenal", "unknown target None")
        raise _unreadable(name, index, wanted, None, Origin(field="target"))
    return _Spec(name, schedule.target or target, schedule.evaluator, schedule.wbk_awarded)


def _check_read(schedule: Schedule, name: str, index: int) -> None:
    """Refuse a unit with a value that could not be read (a target 'WBX', an unknown key 'bogus').

    Only a target not given at all (no key, an empty cell) takes the *target* argument: a
    bad target must never silently become WBK.
    """
    for problem in schedule.problems:
        if problem.value == "" and problem.origin.field == "target" and schedule.target is None:
            continue  # not given: the portfolio's target, as for a unit given by its name
        raise _unreadable(name, index, problem.text, problem.value, problem.origin)


def _unreadable(name: str, index: int, text: Text, value: object, origin: Origin) -> PlanningError:
    """``units[1] 'Lapas B' cannot be planned: unknown predicate 'WBX'...``, at the file's row when read from one."""
    where = f"units[{index}] {short_repr(name)}"
    return PlanningError(
        Text(
            f"{where} tidak dapat direncanakan: {text.id.rstrip('.')}. Perbaiki nilai itu; satker yang tidak "
            "menyebut predikat memakai target portofolio",
            f"{where} cannot be planned: {text.en.rstrip('.')}. Fix that value; a unit that names no target "
            "takes the portfolio's target",
        ),
        value=value,
        file=origin.file,
        row=origin.row,
        column=origin.column,
        sheet=origin.sheet,
    )


def submission_days(window: Window, policy: Policy) -> list[dt.date]:
    """The window's working days before its last days (those ZI602 counts), in order."""
    cal = policy.calendar
    bunching = policy.for_rule("ZI602")
    last_days = bunching.params.get("last_days", 1) if bunching else 1
    first_closing, _ = closing_days(window, last_days, cal)
    days = _working(cal, window.first_day, first_closing - dt.timedelta(days=1))
    if window.opens is None:
        days = days[-_OPEN_ENDED:]
    return days or _working(cal, window.first_day, window.closes)


def _working(cal: Calendar, first: dt.date, last: dt.date) -> list[dt.date]:
    return [d for d in (first + dt.timedelta(days=i) for i in range((last - first).days + 1)) if cal.is_working_day(d)]


def _fits(counts: dict[tuple[str | None, dt.date], int], team: str | None, days: list[dt.date], room: int) -> bool:
    return all(counts.get((team, d), 0) < room for d in days)


def _staggered_tpi(
    day: dt.date, team: str | None, counts: dict[tuple[str | None, dt.date], int], room: int, policy: Policy
) -> tuple[dt.date, DateSpan, list[dt.date]]:
    """The latest virtual submission day whose TPI still fits the team; its TPI and TPI days."""
    cal = policy.calendar
    virtual = day
    for _ in range(_SEARCH):
        tpi = tpi_before(virtual, policy)
        days = _working(cal, tpi.start, tpi.end)
        if _fits(counts, team, days, room):
            return virtual, tpi, days
        virtual = cal.add_working_days(virtual, -1)
    when = DateSpan.day(day)
    raise PlanningError(
        Text(
            f"tim penilai {team or 'bersama'} tidak dapat menampung TPI satu unit lagi dalam {_SEARCH} hari kerja "
            f"sebelum {when.format('id')}; naikkan kapasitas atau tambah tim penilai (isian tim_penilai)",
            f"evaluator team {team or 'shared'} cannot take one more TPI in the {_SEARCH} working days before "
            f"{when.format('en')}; raise the capacity or add a team (field evaluator)",
        ),
        value=day,
    )


_SUBMISSION = Text(
    "hari kerja {k} dari {n} sebelum hari-hari terakhir jendela {window}: usulan portofolio disebar (ZI602)",
    "working day {k} of {n} before the last days of the window {window}: the portfolio's proposals spread (ZI602)",
)
_TPI_MOVED = Text(
    " Digeser {d} hari kerja lebih awal agar tim penilai tidak melebihi {cap} unit per hari (ZI601).",
    " Moved {d} working days earlier so the evaluator team stays within {cap} units a day (ZI601).",
)


@attrs.frozen
class _Notes:
    lang: Lang
    submission: str
    moved: str


def _unit_plan(
    spec: _Spec, *, day: dt.date, virtual: dt.date, window: Window, policy: Policy, notes: _Notes
) -> Schedule:
    """The backward plan from *virtual*, with the proposal put back on *day*."""
    milestones: list[Milestone] = []
    for milestone, reason in backward(virtual, window, policy):
        if milestone.stage is Stage.PENGUSULAN:
            milestones.append(attrs.evolve(milestone, span=DateSpan.day(day), note=notes.submission))
            continue
        note = reason.get(notes.lang)
        if milestone.stage is Stage.EVALUASI_TPI:
            note += notes.moved
        milestones.append(attrs.evolve(milestone, note=note))
    return Schedule(
        spec.unit,
        spec.target,
        milestones,
        wbk_awarded=spec.wbk_awarded,
        year=window.year,
        evaluator=spec.evaluator,
    )


def plan_portfolio(
    units: Iterable[Unit],
    year: int,
    *,
    capacity: int | Mapping[str, int] | None = None,
    target: Predicate | str = Predicate.WBK,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
    lang: Lang | str = "id",
) -> PortfolioPlan:
    """Plans for every unit of a portfolio for the *year* cycle that the evaluators and the window can take.

    *units* are names, schedules or mappings (``unit``/``satker``, ``target``/``predikat``,
    ``evaluator``/``tim_penilai``, ``wbk_awarded``); their existing milestones are not
    used; a unit that gives no target takes *target*, and one whose target or key cannot be
    read (``"WBX"``, ``None``, ``"bogus"``) is a `PlanningError` naming it (and its file's
    row), never a silent WBK. *capacity* (units per working day, one number or one per
    team) replaces the policy's ``tpi_capacity``. Raises `PlanningError` when a unit cannot
    be planned (a WBBM without its WBK date, a team with no capacity).

    >>> from zi_timeline import planning
    >>> result = planning.plan_portfolio([f"Lapas {i}" for i in range(40)], 2024)
    >>> result.portfolio.codes(), all(r.ok and not r.findings for r in result.portfolio.reports)
    ((), True)
    """
    check_many(units, "units", _UNITS, Schedule)
    check_whole(year, "year")
    check_cycle_year(year)
    check_capacity(capacity)
    language = check_lang(lang)
    policy = with_calendar(policy, calendar)
    fallback = parse_predicate(target)
    specs = [_spec(u, fallback, i) for i, u in enumerate(units)]
    _check_names(specs)
    window = policy.calendar.window(year)
    days = submission_days(window, policy)
    threshold = policy.for_rule("ZI601")
    default_cap = capacity if isinstance(capacity, int) else (threshold.recommended if threshold else 5)
    counts: dict[tuple[str | None, dt.date], int] = {}
    schedules = []
    for i, spec in enumerate(specs):
        _check_wbbm(spec)
        cap = capacity.get(spec.evaluator or "", default_cap) if isinstance(capacity, Mapping) else default_cap
        index = i * len(days) // max(len(specs), 1)
        day = days[index]
        virtual, _, tpi_days = _staggered_tpi(day, spec.evaluator, counts, cap * policy.planning.tpi, policy)
        for d in tpi_days:
            counts[(spec.evaluator, d)] = counts.get((spec.evaluator, d), 0) + 1
        moved = policy.calendar.working_days_after(virtual, day)
        notes = _Notes(
            language,
            _SUBMISSION.get(language).format(k=index + 1, n=len(days), window=window.format(language)),
            _TPI_MOVED.get(language).format(d=moved, cap=cap) if moved else "",
        )
        schedules.append(_unit_plan(spec, day=day, virtual=virtual, window=window, policy=policy, notes=notes))
    portfolio = validate_portfolio(schedules, policy, lang=language, capacity=capacity)
    return PortfolioPlan(tuple(schedules), window, portfolio)


def _check_names(specs: list[_Spec]) -> None:
    """Two units of one name would be one unit in every table, file and check made from the plan."""
    seen: set[str] = set()
    for index, spec in enumerate(specs):
        if spec.unit in seen:
            raise InvalidArgumentError(
                Text(
                    f"satker {spec.unit!r} sudah ada di daftar; setiap satker hanya sekali "
                    "(beri nama yang membedakan, mis. kotanya)",
                    f"the unit {spec.unit!r} is already in the list; each unit once "
                    "(give names that tell them apart, e.g. the city)",
                ),
                value=spec.unit,
                field=f"units[{index}]",
            )
        seen.add(spec.unit)


def _check_wbbm(spec: _Spec) -> None:
    if spec.target is Predicate.WBBM and spec.wbk_awarded is None:
        raise PlanningError(
            Text(
                f"{spec.unit!r}: rencana WBBM membutuhkan tanggal penetapan WBK (isian tanggal_wbk)",
                f"{spec.unit!r}: a WBBM plan needs the WBK award date (field wbk_awarded)",
            ),
            value=spec.unit,
        )
