"""`validate_portfolio`: the units one by one, then what they ask of their evaluators together."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from zi_timeline import _views
from zi_timeline._args import SCHEDULES, check_capacity, check_codes, check_indent, check_many, check_type
from zi_timeline._calendar import Calendar, Window
from zi_timeline._findings import Finding, Reports, Severity
from zi_timeline._i18n import Lang, Text, check_lang
from zi_timeline._policy import Policy
from zi_timeline._portfolio_load import LoadDay, PortfolioFinding, closing_days, load_table
from zi_timeline._schedule import Schedule
from zi_timeline._validate import validate_many
from zi_timeline.rules import REGISTRY, Rule
from zi_timeline.rules.portfolio import CHECKS, PortfolioContext

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PortfolioReport", "example_findings", "validate_portfolio"]

Evaluators = Mapping[str, str] | Callable[[Schedule], str | None]
_EVALUATORS = Text(
    "pemetaan unit -> tim atau fungsi dari Schedule ke nama tim",
    "a mapping unit -> team or a function of the Schedule giving the team",
)


def _sorted(findings: Iterable[PortfolioFinding]) -> tuple[PortfolioFinding, ...]:
    return tuple(sorted(findings, key=lambda f: f.sort_key))


@attrs.frozen
class PortfolioReport:
    """The reports of every unit (input order), the portfolio's own findings, and its load table.

    ``load`` has one row per day and evaluator team on which some unit may be in TPI or
    may propose; ``teams`` gives each unit's team (None: the shared team).
    """

    reports: Reports
    findings: tuple[PortfolioFinding, ...] = attrs.field(converter=_sorted)
    load: tuple[LoadDay, ...]
    teams: tuple[str | None, ...]
    capacity: Mapping[str | None, int] = attrs.field(hash=False)
    windows: tuple[Window, ...] = ()
    closing: tuple[tuple[dt.date, dt.date], ...] = ()
    """For each window, its last working days that ZI602 counts (first and last day)."""
    policy: str = attrs.field(default="", kw_only=True)
    policy_version: str = attrs.field(default="", kw_only=True)
    policy_digest: str = attrs.field(default="", kw_only=True)
    lang: Lang = attrs.field(default="id", kw_only=True)

    def __repr__(self) -> str:
        return f"<PortfolioReport {len(self.reports)} units, portfolio findings {list(self.codes())}>"

    @property
    def ok(self) -> bool:
        """False when a unit or the portfolio has an ERROR finding that is not waived."""
        return self.reports.ok and not any(
            f.severity is Severity.ERROR and f.finding.waived is None for f in self.findings
        )

    def codes(self) -> tuple[str, ...]:
        """The portfolio findings' codes, in report order."""
        return tuple(f.code for f in self.findings)

    @property
    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return counts

    def portfolio_dict(self) -> dict[str, object]:
        """The ``portfolio`` object of the JSON output: findings, the load table, the capacity."""
        names = [r.unit for r in self.reports]
        return {
            "units": len(self.reports),
            "teams": sorted({t for t in self.teams if t is not None}),
            "capacity": {("" if team is None else team): cap for team, cap in self.capacity.items()},
            "counts": self.counts,
            "findings": [f.to_dict() for f in self.findings],
            "windows": [
                {
                    "year": w.year,
                    "opens": w.opens.isoformat() if w.opens else None,
                    "closes": w.closes.isoformat(),
                    "closing_from": first.isoformat(),
                }
                for w, (first, _) in zip(self.windows, self.closing, strict=True)
            ],
            "load": [row.to_dict(names) for row in self.load],
        }

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: the unit reports and the ``portfolio`` object."""
        return {
            "policy": self.policy,
            "policy_version": self.policy_version,
            "policy_digest": self.policy_digest,
            "reports": [r.to_dict() for r in self.reports],
            "portfolio": self.portfolio_dict(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        check_indent(indent)
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_frame(self) -> pd.DataFrame:
        """The day-by-day load table as a pandas DataFrame (extra ``pandas``)."""
        return _views.load_frame(self)

    def _repr_html_(self) -> str:
        return _views.portfolio_html(self)


def _team(schedule: Schedule, evaluators: Evaluators | None) -> str | None:
    if evaluators is None:
        return schedule.evaluator
    if isinstance(evaluators, Mapping):
        team = evaluators.get(schedule.unit, schedule.evaluator)
    else:
        team = evaluators(schedule)
    check_type(team, (str, type(None)), f"evaluators[{schedule.unit!r}]", Text("nama tim (str)", "a team name (str)"))
    return team


def validate_portfolio(
    schedules: Iterable[Schedule],
    policy: Policy | None = None,
    *,
    lang: Lang | str = "id",
    evaluators: Evaluators | None = None,
    capacity: int | Mapping[str, int] | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    calendar: Calendar | None = None,
    today: dt.date | None = None,
) -> PortfolioReport:
    """Validate each schedule, then the portfolio as a whole (ZI6xx), and build its load table.

    A unit's evaluator team is *evaluators*' answer (a mapping unit -> team, or a function
    of the schedule), else the schedule's own ``evaluator`` field; units with none share
    one team. *capacity* (units per working day; one number or one per team) replaces the
    policy's ``tpi_capacity``. The other options are `validate_many`'s.

    >>> import zi_timeline as zt
    >>> units = [zt.Schedule.from_mapping({"unit": f"Lapas {i}", "target": "WBK",
    ...     "milestones": {"evaluasi_tpi": "14 Mei 2024"}}) for i in range(6)]
    >>> zt.validate_portfolio(units, select=["ZI6"]).codes()
    ('ZI601',)
    """
    check_many(schedules, "schedules", SCHEDULES, Schedule)
    check_capacity(capacity)
    if evaluators is not None and not isinstance(evaluators, Mapping) and not callable(evaluators):
        check_type(evaluators, (), "evaluators", _EVALUATORS)
    policy = policy or Policy.default()
    language = check_lang(lang)
    if calendar is not None:
        policy = attrs.evolve(policy, calendar=calendar)
    schedules = list(schedules)
    select = check_codes(select, "select")
    ignore = check_codes(ignore, "ignore") or []  # None: nothing more ignored, as for validate
    reports = validate_many(schedules, policy, lang=language, select=select, ignore=ignore, today=today)
    teams = tuple(_team(s, evaluators) for s in schedules)
    caps = _capacities(policy, capacity, teams)
    chosen = policy
    if select is not None or ignore:
        chosen = attrs.evolve(
            policy,
            select=frozenset(REGISTRY.resolve(select)) if select is not None else policy.select,
            ignore=policy.ignore | frozenset(REGISTRY.resolve(ignore)),
        )
    bunching = policy.for_rule("ZI602")
    last_days = bunching.params.get("last_days", 1) if bunching else 1
    load = load_table(schedules, teams, caps, policy.calendar, last_days)
    ctx = PortfolioContext(schedules, teams, load, policy, language, caps if capacity is not None else {})
    findings = []
    for code, check in CHECKS.items():
        if not chosen.is_enabled(code):
            continue
        rule = REGISTRY.get(code)
        override = chosen.severity.get(code)
        for found in check(rule, ctx):
            if override is not None:
                found = attrs.evolve(found, finding=attrs.evolve(found.finding, severity=override))  # noqa: PLW2901
            findings.append(found)
    years = sorted({d.day.year for d in load if d.proposals or d.proposals_possible or d.in_tpi})
    windows = tuple(policy.calendar.window(y) for y in years)
    return PortfolioReport(
        reports,
        findings,
        load,
        teams,
        caps,
        windows,
        tuple(closing_days(w, last_days, policy.calendar) for w in windows),
        policy=policy.name,
        policy_version=policy.version,
        policy_digest=policy.digest,
        lang=language,
    )


def _capacities(
    policy: Policy, capacity: int | Mapping[str, int] | None, teams: Sequence[str | None]
) -> dict[str | None, int]:
    threshold = policy.for_rule("ZI601")
    default = threshold.recommended if threshold is not None else 0
    if isinstance(capacity, int):
        default = capacity
    caps: dict[str | None, int] = {None: default}
    for team in teams:
        caps[team] = capacity.get(team, default) if isinstance(capacity, Mapping) and team else default
    return caps


def example_findings(rule: Rule, policy: Policy, lang: Lang) -> list[Finding]:
    """What a portfolio rule's documented example (``{"units": [...]}``) gives for that rule."""
    units = rule.example.get("units", []) if rule.example is not None else []
    schedules = [Schedule.from_mapping(u, strict=False) for u in units] if isinstance(units, list | tuple) else []
    return [f.finding for f in validate_portfolio(schedules, policy, lang=lang, select=[rule.code]).findings]
