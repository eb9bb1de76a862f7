"""Hypothesis strategies for tools built on zi_timeline (extra ``testing``).

Everything is built by construction, never by filtering:

- `valid_schedules`: plans that validate with no ERROR and no WARNING, for any predicate
  and cycle year (the planning assistant's backward plan, with random slack added);
- `violating`: plans that break one chosen rule and, apart from the companions listed in
  `COMPANIONS`, nothing else;
- `schedules`, `ordered_schedules`, `spans`: wider generators for fuzzing and properties.

A downstream tool's test might read::

    from hypothesis import given
    from zi_timeline import strategies as zs

    @given(zs.valid_schedules())
    def test_my_dashboard_shows_a_valid_plan_as_green(schedule):
        assert my_dashboard.colour(schedule) == "green"

    @given(zs.violating("ZI201"))
    def test_my_dashboard_flags_instant_plans(schedule):
        assert my_dashboard.colour(schedule) != "green"
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the environment
    msg = "zi_timeline.strategies needs hypothesis: pip install 'zi-timeline[testing]'"
    raise ImportError(msg) from exc

from zi_timeline._args import check_type
from zi_timeline._calendar import Calendar, shift, shift_back
from zi_timeline._dates import DateSpan, Precision
from zi_timeline._i18n import Text
from zi_timeline._portfolio_strategies import PORTFOLIO_COMPANIONS, PORTFOLIO_VIOLABLE
from zi_timeline._portfolio_strategies import violating_portfolio as _violating_portfolio
from zi_timeline._schedule import Milestone, Schedule, Waiver
from zi_timeline._stages import Predicate, Stage, parse_predicate
from zi_timeline.exceptions import InvalidArgumentError
from zi_timeline.planning import plan
from zi_timeline.rules import REGISTRY

__all__ = [
    "COMPANIONS",
    "PORTFOLIO_COMPANIONS",
    "PORTFOLIO_VIOLABLE",
    "VIOLABLE",
    "ordered_schedules",
    "schedules",
    "spans",
    "valid_schedules",
    "violating",
    "violating_portfolio",
]

PRECISIONS = st.sampled_from(list(Precision))
COARSE = st.sampled_from([Precision.DAY, Precision.DAY, Precision.DEKAD, Precision.MONTH, Precision.QUARTER])
_UNITS = ("Lapas", "Rutan", "Kantor Imigrasi", "Bapas", "LPKA", "Kanwil", "Pengadilan Negeri", "Kantor Pertanahan")
_CAL = Calendar.default()

COMPANIONS: dict[str, frozenset[str]] = {
    # A TPI that ends after the window closes leaves the submission outside it too (or
    # before the TPI ends, which is ZI101's error).
    "ZI302": frozenset({"ZI301"}),
    # Years without cuti bersama data (2028 on) have no known window either.
    "ZI304": frozenset({"ZI305"}),
}
"""Codes that necessarily come with a violated code under the bundled default policy."""


@st.composite
def spans(draw: st.DrawFn, start: dt.date | None = None) -> DateSpan:
    """A span at any precision, aligned to its units, from 1990 to 2090."""
    day = start or draw(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)))
    first = DateSpan.unit(day, draw(PRECISIONS))
    last = first
    for _ in range(draw(st.integers(0, 3))):
        last = DateSpan.unit(last.end + dt.timedelta(days=1), first.precision)
    return DateSpan(first.start, last.end, first.precision)


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    """Stages in the DOMAIN order with random gaps (some negative) and precisions: anything goes.

    Each stage appears at most once (survei up to twice); meant for fuzzing and for
    properties that must hold whatever a planner types.
    """
    day = draw(st.dates(dt.date(2016, 1, 1), dt.date(2032, 12, 31)))
    milestones = []
    for stage in Stage:
        for _ in range(draw(st.integers(0, 2 if stage is Stage.SURVEI else 1))):
            day += dt.timedelta(days=draw(st.integers(-40, 70)))
            span = DateSpan.unit(day, draw(COARSE))
            if stage is Stage.PEMBANGUNAN:
                span = DateSpan(
                    span.start, DateSpan.unit(span.end + dt.timedelta(days=120), span.precision).end, span.precision
                )
            milestones.append(Milestone(stage, span))
    history = st.none() | st.dates(dt.date(2012, 1, 1), dt.date(2034, 12, 31)).map(DateSpan.day)
    return Schedule(
        draw(st.text(min_size=1, max_size=20).filter(str.strip)),  # a blank name is refused
        draw(st.sampled_from(list(Predicate))),
        milestones,
        wbk_awarded=draw(history),
        revoked=draw(history),
    )


@st.composite
def ordered_schedules(draw: st.DrawFn) -> Schedule:
    """Every required stage, in order, with gaps from far too short to comfortable."""
    day = draw(st.dates(dt.date(2015, 6, 1), dt.date(2034, 6, 30)))
    milestones = []
    for stage in (Stage.PERENCANAAN, Stage.PEMBENTUKAN_TIM, Stage.PENCANANGAN, Stage.PEMBANGUNAN, Stage.SURVEI):
        if stage in {Stage.PEMBENTUKAN_TIM, Stage.SURVEI} and not draw(st.booleans()):
            continue
        day += dt.timedelta(days=draw(st.integers(1, 60)))
        if stage is Stage.PEMBANGUNAN:
            span = DateSpan(day, day + dt.timedelta(days=draw(st.integers(30, 240))))
        else:
            span = DateSpan.unit(day, draw(COARSE))
            day = span.end
        milestones.append(Milestone(stage, span))
    day += dt.timedelta(days=draw(st.integers(1, 200)))
    tpi = DateSpan(day, day + dt.timedelta(days=draw(st.integers(0, 14))))
    submission = DateSpan.unit(tpi.end + dt.timedelta(days=draw(st.integers(1, 90))), draw(COARSE))
    milestones += [Milestone(Stage.EVALUASI_TPI, tpi), Milestone(Stage.PENGUSULAN, submission)]
    if draw(st.booleans()):
        award = submission.end + dt.timedelta(days=draw(st.integers(60, 200)))
        milestones.append(Milestone(Stage.PENETAPAN, DateSpan.unit(award, Precision.MONTH)))
    target = draw(st.sampled_from(list(Predicate)))
    wbk = DateSpan.day(dt.date(day.year - draw(st.integers(1, 5)), 12, 10)) if target is Predicate.WBBM else None
    return Schedule(draw(_unit_names()), target, milestones, wbk_awarded=wbk)


def _unit_names() -> st.SearchStrategy[str]:
    return st.builds(lambda kind, n: f"{kind} Contoh {n}", st.sampled_from(_UNITS), st.integers(1, 999))


@st.composite
def valid_schedules(draw: st.DrawFn, target: Predicate | str | None = None, year: int | None = None) -> Schedule:
    """A complete plan that validates with no ERROR and no WARNING under the default policy.

    *target* is a `Predicate` or its name (``"WBBM"``), drawn when not given; *year* is
    the cycle year (2016-2040 when not given). Years without a known window
    or without cuti bersama data carry INFO findings (ZI304, ZI305) that say so.
    """
    cycle = year if year is not None else draw(st.integers(2016, 2040))
    # A name ("WBBM") is read as the rest of the API reads it.
    predicate = parse_predicate(target) if target is not None else draw(st.sampled_from(list(Predicate)))
    wbk = dt.date(cycle - draw(st.integers(3, 8)), 12, 10) if predicate is Predicate.WBBM else None
    schedule = plan(cycle, target=predicate, wbk_awarded=wbk, unit=draw(_unit_names())).schedule
    # Slack: planning may start earlier than the latest date the policy allows.
    first = schedule.first(Stage.PERENCANAAN)
    assert first is not None  # noqa: S101 - every plan has one
    earlier = _CAL.previous_working_day(first.span.start - dt.timedelta(days=draw(st.integers(0, 90))))
    return _replace(schedule, first, DateSpan(earlier, first.span.end))


def _replace(schedule: Schedule, old: Milestone, *new: Milestone | DateSpan) -> Schedule:
    """*schedule* with *old* replaced by *new* milestones (or the same stage at new spans)."""
    replacement = [m if isinstance(m, Milestone) else attrs.evolve(old, span=m) for m in new]
    kept = [m for m in schedule if m is not old]
    return attrs.evolve(schedule, milestones=[*kept, *replacement])


def _only(schedule: Schedule, stage: Stage, index: int = 0) -> Milestone:
    return schedule.of(stage)[index]


def _wd(day: dt.date, n: int) -> dt.date:
    return _CAL.add_working_days(day, n)


def _day(day: dt.date) -> DateSpan:
    return DateSpan.day(day)


Mutation = Callable[[st.DrawFn, Schedule], Schedule]


def _stage_order(_draw: st.DrawFn, s: Schedule) -> Schedule:
    team, declaration = _only(s, Stage.PEMBENTUKAN_TIM), _only(s, Stage.PENCANANGAN)
    return _replace(s, team, declaration.span)  # the team now comes after the sosialisasi


def _stage_missing(draw: st.DrawFn, s: Schedule) -> Schedule:
    stage = draw(st.sampled_from([Stage.PERENCANAAN, Stage.PEMBANGUNAN]))
    return _replace(s, _only(s, stage))


def _stage_repeated(draw: st.DrawFn, s: Schedule) -> Schedule:
    stage = draw(st.sampled_from([Stage.PENCANANGAN, Stage.EVALUASI_TPI, Stage.PENGUSULAN]))
    m = _only(s, stage)
    return _replace(s, m, m, m)


def _plan_to_submission(draw: st.DrawFn, s: Schedule) -> Schedule:
    m = _only(s, Stage.PERENCANAAN)
    submission = _only(s, Stage.PENGUSULAN).span.start
    limit = _shift_months(submission, -6)  # starting after this leaves less than 6 months
    room = max(0, (m.span.end - limit).days - 2)
    start = _CAL.next_working_day(limit + dt.timedelta(days=1 + draw(st.integers(0, room))))
    return _replace(s, m, DateSpan(min(start, m.span.end), m.span.end))


def _building_period(draw: st.DrawFn, s: Schedule, *, keep_survey: bool = False) -> Schedule:
    b, tpi = _only(s, Stage.PEMBANGUNAN), _only(s, Stage.EVALUASI_TPI)
    limit = _shift_months(tpi.span.start, -3)  # starting after this leaves less than 3 months
    later = _CAL.next_working_day(limit + dt.timedelta(days=1 + draw(st.integers(0, 25))))
    s = _replace(s, b, DateSpan(later, b.span.end))
    if keep_survey:
        return s
    survey = _only(s, Stage.SURVEI)  # no survey fits 3 months after the later start: consult instead
    consultation = Milestone(Stage.ANALISIS_KEBUTUHAN, survey.span, participants="masyarakat pengguna layanan")
    return _replace(s, survey, consultation)


def _declaration_to_submission(_draw: st.DrawFn, s: Schedule) -> Schedule:
    """A one-day TPI exactly 10 working days before submission leaves room for a late declaration."""
    submission = _only(s, Stage.PENGUSULAN).span.start
    tpi = _only(s, Stage.EVALUASI_TPI)
    t = _wd(_CAL.previous_working_day(submission), -10)
    building = _CAL.previous_working_day(_shift_months(t, -3))
    declaration = _wd(building, -1)
    s = _replace(s, tpi, _day(t))
    for stage, day in (
        (Stage.PEMBANGUNAN, None),
        (Stage.PENCANANGAN, declaration),
        (Stage.SOSIALISASI, _wd(declaration, -1)),
        (Stage.PEMBENTUKAN_TIM, _wd(declaration, -2)),
    ):
        m = _only(s, stage)
        s = _replace(s, m, DateSpan(building, t) if day is None else _day(day))
    needs = _only(s, Stage.ANALISIS_KEBUTUHAN)
    s = _replace(s, needs, attrs.evolve(needs, span=DateSpan(building, _wd(building, 9)), participants="masyarakat"))
    for stage in (Stage.SURVEI, Stage.INOVASI, Stage.PEMANTAUAN):
        s = _replace(s, _only(s, stage))  # removed: nothing else may crowd the short build
    launch = _wd(building, 20)
    return attrs.evolve(s, milestones=[*s.milestones, Milestone(Stage.INOVASI, _day(launch))])


def _shift_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by whole months; backwards, the latest day that many months before it."""
    return shift(day, months, "months") if months >= 0 else shift_back(day, -months, "months")


def _tpi_to_submission(draw: st.DrawFn, s: Schedule) -> Schedule:
    tpi = _only(s, Stage.EVALUASI_TPI)
    k = draw(st.integers(1, 9))
    return _replace(s, tpi, DateSpan(_wd(tpi.span.start, k), _wd(tpi.span.end, k)))


def _survey_too_early(draw: st.DrawFn, s: Schedule) -> Schedule:
    survey, b = _only(s, Stage.SURVEI), _only(s, Stage.PEMBANGUNAN)
    limit = _shift_months(b.span.start, 3)  # a survey before this comes too early
    start = _CAL.previous_working_day(limit - dt.timedelta(days=1 + draw(st.integers(0, 60))))
    return _replace(s, survey, DateSpan(start, _wd(start, 4)))


def _outside_window(draw: st.DrawFn, s: Schedule) -> Schedule:
    m = _only(s, Stage.PENGUSULAN)
    return _replace(s, m, _day(_wd(m.span.start, draw(st.integers(1, 20)))))


def _tpi_after_deadline(draw: st.DrawFn, s: Schedule) -> Schedule:
    tpi, submission = _only(s, Stage.EVALUASI_TPI), _only(s, Stage.PENGUSULAN)
    closes = _CAL.window(submission.span.start.year).closes
    end = _wd(closes, draw(st.integers(1, 10)))
    s = _replace(s, tpi, DateSpan(_wd(end, -9), end))
    return _replace(s, submission, _day(_wd(end, 10)))


def _non_working_day(_draw: st.DrawFn, s: Schedule) -> Schedule:
    m = _only(s, Stage.PENCANANGAN)
    day = m.span.start - dt.timedelta(days=1)
    while _CAL.is_working_day(day):
        day -= dt.timedelta(days=1)
    return _replace(s, m, _day(day))


def _wbk_too_recent(draw: st.DrawFn, s: Schedule) -> Schedule:
    submission = _only(s, Stage.PENGUSULAN).span.start
    return attrs.evolve(
        s, target=Predicate.WBBM, wbk_awarded=_day(submission - dt.timedelta(days=draw(st.integers(30, 700))))
    )


def _revoked_too_recent(draw: st.DrawFn, s: Schedule) -> Schedule:
    submission = _only(s, Stage.PENGUSULAN).span.start
    return attrs.evolve(s, revoked=_day(submission - dt.timedelta(days=draw(st.integers(30, 700)))))


def _reward_oriented(_draw: st.DrawFn, s: Schedule) -> Schedule:
    return _replace(s, s.of(Stage.PEMANTAUAN)[-1])


def _no_stakeholder_input(_draw: st.DrawFn, s: Schedule) -> Schedule:
    return _replace(s, _only(s, Stage.SURVEI))


def _documents_only(_draw: st.DrawFn, s: Schedule) -> Schedule:
    tpi = _only(s, Stage.EVALUASI_TPI).span.start
    for stage, back in ((Stage.ANALISIS_KEBUTUHAN, 16), (Stage.INOVASI, 13), (Stage.PEMANTAUAN, 12)):
        s = _replace(s, _only(s, stage), _day(_wd(tpi, -back)))
    return s


def _few_people(draw: st.DrawFn, s: Schedule) -> Schedule:
    m = _only(s, Stage.SOSIALISASI)
    if draw(st.booleans()):
        return _replace(s, m)
    return _replace(
        s, m, attrs.evolve(m, participants=draw(st.sampled_from(["Tim Pokja ZI", "pokja", "agen perubahan"])))
    )


def _innovation_without_needs(draw: st.DrawFn, s: Schedule) -> Schedule:
    innovation = _only(s, Stage.INOVASI).span.start
    needs = _only(s, Stage.ANALISIS_KEBUTUHAN)
    start = _wd(innovation, draw(st.integers(1, 5)))
    return _replace(s, needs, DateSpan(start, _wd(start, 4)))


def _from_data(change: Callable[[dict[str, object], int], None]) -> Mutation:
    """A mutation on the plain data, read back in batch mode so problems become ZI9xx findings."""

    def mutate(_draw: st.DrawFn, s: Schedule) -> Schedule:
        data = s.to_dict()
        change(data, s.cycle_year or 2024)
        return Schedule.from_mapping(data, strict=False)

    return mutate


def _add_row(row: dict[str, str]) -> Callable[[dict[str, object], int], None]:
    def change(data: dict[str, object], year: int) -> None:
        rows = data["milestones"]
        assert isinstance(rows, list)  # noqa: S101 - to_dict writes a list
        rows.append({k: v.format(year=year) for k, v in row.items()})

    return change


def _waived(**fields: str) -> Mutation:
    def mutate(_draw: st.DrawFn, s: Schedule) -> Schedule:
        expires = DateSpan.day(dt.date.fromisoformat(fields["expires"])) if "expires" in fields else None
        waiver = Waiver(fields["code"], reason=fields.get("reason"), accepted_by=fields.get("by"), expires=expires)
        return attrs.evolve(s, waivers=[waiver])

    return mutate


def _unknown_window_year(draw: st.DrawFn) -> int:
    return draw(st.sampled_from([2025, 2026, 2027]))


_MUTATIONS: dict[str, Mutation] = {
    "ZI101": _stage_order,
    "ZI102": _stage_missing,
    "ZI103": _stage_repeated,
    "ZI201": _plan_to_submission,
    "ZI202": _declaration_to_submission,
    "ZI203": _building_period,
    "ZI204": _tpi_to_submission,
    "ZI205": _survey_too_early,
    "ZI301": _outside_window,
    "ZI302": _tpi_after_deadline,
    "ZI303": _non_working_day,
    "ZI401": lambda _draw, s: attrs.evolve(s, target=Predicate.WBBM, wbk_awarded=None),
    "ZI402": _wbk_too_recent,
    "ZI403": _revoked_too_recent,
    "ZI501": _reward_oriented,
    "ZI503": _no_stakeholder_input,
    "ZI504": _documents_only,
    "ZI505": _few_people,
    "ZI506": _innovation_without_needs,
    "ZI901": _from_data(_add_row({"stage": "pemantauan", "date": "31 Februari {year}"})),
    "ZI902": _from_data(_add_row({"stage": "pemantaun", "date": "1 Desember {year}"})),
    "ZI903": _from_data(_add_row({"stage": "pemantauan", "date": "2 Desember {year}", "lokasi": "aula"})),
    "ZI904": _from_data(_add_row({"stage": "pemantauan", "start": "Desember {year}", "end": "Oktober {year}"})),
    "ZI908": _from_data(_add_row({"stage": "pemantauan", "date": "Rabu, 2 Desember {year}"})),
    "ZI905": _waived(code="ZI201", by="Kakanwil"),
    "ZI906": _waived(code="ZI201", reason="r", by="Kakanwil", expires="2000-12-31"),
    "ZI907": _waived(code="ZI403", reason="r", by="Kakanwil", expires="2099-12-31"),
}
VIOLABLE: frozenset[str] = frozenset(_MUTATIONS) | {"ZI304", "ZI305"}
"""The rule codes `violating` can build schedules for: every unit-level code in the registry
(portfolio codes: `violating_portfolio`)."""


def violating(code: str) -> st.SearchStrategy[Schedule]:
    """Plans that break rule *code* and nothing else (but the code's `COMPANIONS`).

    Built from a clean backward plan of the 2022 or 2024 cycle (known windows and joint
    leave), changed in the one way that breaks the rule; ZI304 and ZI305 come from
    cycles without that data. An unknown code raises `UnknownRuleError` at once, and a
    portfolio code (ZI6xx) an `InvalidArgumentError` that points at `violating_portfolio`.
    """
    known = _rule_code(code)
    if known not in VIOLABLE:
        raise _wrong_kind(known, "violating_portfolio", portfolio=True)
    return _violating(known)


_CODE = Text("kode aturan (teks), mis. 'ZI201'", "a rule code (text), e.g. 'ZI201'")


def _rule_code(code: object) -> str:
    """The registered code *code* names: text (else `ArgumentTypeError`), known (else `UnknownRuleError`)."""
    check_type(code, str, "code", _CODE)
    return REGISTRY.get(code).code  # type: ignore[arg-type]


def _wrong_kind(code: str, other: str, *, portfolio: bool) -> InvalidArgumentError:
    """``ZI601 is a portfolio rule: use violating_portfolio('ZI601')`` (or the other way round)."""
    kind = Text("aturan portofolio", "a portfolio rule") if portfolio else Text("aturan satu unit", "a unit rule")
    return InvalidArgumentError(
        Text(
            f"argumen code {code!r} adalah {kind.id}; gunakan {other}({code!r})",
            f"argument code {code!r} is {kind.en}; use {other}({code!r})",
        ),
        value=code,
        field="code",
        field_in_text=True,
    )


@st.composite
def _violating(draw: st.DrawFn, code: str) -> Schedule:
    if code == "ZI304":
        return draw(valid_schedules(target=Predicate.WBK, year=draw(st.integers(2029, 2040))))
    if code == "ZI305":
        return draw(valid_schedules(target=Predicate.WBK, year=_unknown_window_year(draw)))
    base = draw(valid_schedules(target=Predicate.WBK, year=draw(st.sampled_from([2022, 2024]))))
    return _MUTATIONS[code](draw, base)


def violating_portfolio(code: str) -> st.SearchStrategy[list[Schedule]]:
    """Portfolios whose units each pass on their own but which, together, break portfolio rule *code*.

    An unknown code raises `UnknownRuleError` at once, and a unit code an `InvalidArgumentError`
    that points at `violating`.
    """
    known = _rule_code(code)
    if known not in PORTFOLIO_VIOLABLE:
        raise _wrong_kind(known, "violating", portfolio=False)
    return _violating_portfolio(known, lambda year: valid_schedules(target=Predicate.WBK, year=year))
