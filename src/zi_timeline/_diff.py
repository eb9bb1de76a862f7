"""Comparing two versions of a portfolio: is each unit fixing its plan?

Units are matched by name. For each: findings added, resolved and changed in severity
(a finding is identified by its code and stages), and milestones moved, added or
removed (a milestone is identified by its stage and its place among that stage's
milestones in date order).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Literal

import attrs

from zi_timeline._args import check_type
from zi_timeline._calendar import Calendar
from zi_timeline._dates import DateSpan
from zi_timeline._findings import Finding, Report, Severity
from zi_timeline._i18n import Lang, check_lang
from zi_timeline._policy import Policy
from zi_timeline._schedule import Milestone, Schedule
from zi_timeline._stages import Stage
from zi_timeline._validate import validate

__all__ = ["FindingChange", "MilestoneChange", "UnitDiff", "compare"]

Kind = Literal["added", "resolved", "changed"]
Status = Literal["changed", "unchanged", "added", "removed"]


@attrs.frozen
class FindingChange:
    """A finding that appeared, disappeared or changed severity between the versions."""

    kind: Kind
    code: str
    stages: tuple[Stage, ...]
    before: Severity | None
    after: Severity | None
    message: str

    @property
    def worse(self) -> bool:
        """True for a new warning or error, or a finding whose severity rose."""
        if self.after is None:
            return False
        if self.before is None:
            return self.after is not Severity.INFO
        return self.after.rank < self.before.rank

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "code": self.code,
            "stages": [s.value for s in self.stages],
            "before": self.before.value if self.before else None,
            "after": self.after.value if self.after else None,
            "message": self.message,
        }


@attrs.frozen
class MilestoneChange:
    """A milestone moved, added or removed; ``days`` is how far its start moved."""

    kind: Literal["moved", "added", "removed"]
    stage: Stage
    before: DateSpan | None
    after: DateSpan | None

    @property
    def days(self) -> int | None:
        if self.before is None or self.after is None:
            return None
        return (self.after.start - self.before.start).days

    def to_dict(self, lang: Lang = "id") -> dict[str, object]:
        return {
            "kind": self.kind,
            "stage": self.stage.value,
            "before": self.before.format(lang) if self.before else None,
            "after": self.after.format(lang) if self.after else None,
            "days": self.days,
        }


@attrs.frozen
class UnitDiff:
    """What changed for one unit between the old and the new version."""

    unit: str
    status: Status
    findings: tuple[FindingChange, ...]
    milestones: tuple[MilestoneChange, ...]
    ok_before: bool | None
    ok_after: bool | None
    lang: Lang = "id"

    @property
    def worse(self) -> bool:
        """True when the unit disappeared, a warning or error was added, or a finding became more severe.

        A removed unit's findings are not *resolved*: the unit is gone, not fixed. Waived
        findings count for nothing.
        """
        return self.status == "removed" or any(f.worse for f in self.findings)

    def to_dict(self) -> dict[str, object]:
        return {
            "unit": self.unit,
            "status": self.status,
            "ok_before": self.ok_before,
            "ok_after": self.ok_after,
            "findings": [f.to_dict() for f in self.findings],
            "milestones": [m.to_dict(self.lang) for m in self.milestones],
        }


def compare(
    old: Sequence[Schedule],
    new: Sequence[Schedule],
    policy: Policy | None = None,
    *,
    lang: Lang | str = "id",
    calendar: Calendar | None = None,
    today: dt.date | None = None,
) -> list[UnitDiff]:
    """Per unit, what changed from *old* to *new*: new units first in their order, then removed ones.

    >>> import zi_timeline as zt
    >>> old = zt.Schedule.from_mapping({"unit": "Lapas", "target": "WBK",
    ...     "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}})
    >>> new = zt.Schedule.from_mapping({"unit": "Lapas", "target": "WBK",
    ...     "milestones": {"perencanaan": "Juni 2024", "pengusulan": "2 Januari 2025"}})
    >>> (d,) = zt.compare([old], [new])
    >>> [(f.kind, f.code) for f in d.findings if f.code == "ZI201"], d.milestones[0].days
    ([('resolved', 'ZI201')], 154)
    """
    language = check_lang(lang)
    for name, given in (("old", old), ("new", new)):
        check_type(given, (list, tuple), name, "a list of Schedule")
        for schedule in given:
            check_type(schedule, Schedule, name, "a list of Schedule")

    def check(s: Schedule) -> Report:
        return validate(s, policy, lang=language, calendar=calendar, today=today)

    old_by_unit = {s.unit: s for s in old}
    seen = set()
    out = []
    for schedule in new:
        seen.add(schedule.unit)
        before = old_by_unit.get(schedule.unit)
        after_report = check(schedule)
        if before is None:
            changes = tuple(_changes([], after_report.findings))
            out.append(UnitDiff(schedule.unit, "added", changes, (), None, after_report.ok, language))
            continue
        before_report = check(before)
        changes = tuple(_changes(before_report.findings, after_report.findings))
        moves = tuple(_moves(before, schedule))
        status: Status = "changed" if changes or moves else "unchanged"
        out.append(UnitDiff(schedule.unit, status, changes, moves, before_report.ok, after_report.ok, language))
    for schedule in old:
        if schedule.unit not in seen:
            report = check(schedule)  # its findings are not resolved: the unit is missing, not fixed
            out.append(UnitDiff(schedule.unit, "removed", (), (), report.ok, None, language))
    return out


def _key(finding: Finding) -> tuple[str, tuple[Stage, ...]]:
    return finding.code, finding.stages


def _active(findings: Sequence[Finding]) -> dict[tuple[str, tuple[Stage, ...]], list[Finding]]:
    out: dict[tuple[str, tuple[Stage, ...]], list[Finding]] = {}
    for finding in findings:
        if finding.waived is None:
            out.setdefault(_key(finding), []).append(finding)
    return out


def _changes(before: Sequence[Finding], after: Sequence[Finding]) -> Iterator[FindingChange]:
    old, new = _active(before), _active(after)
    for key in sorted(set(old) | set(new), key=lambda k: (k[0], [s.order for s in k[1]])):
        olds, news = old.get(key, []), new.get(key, [])
        for a, b in zip(olds, news, strict=False):
            if a.severity is not b.severity:
                yield FindingChange("changed", key[0], key[1], a.severity, b.severity, b.message)
        for a in olds[len(news) :]:
            yield FindingChange("resolved", key[0], key[1], a.severity, None, a.message)
        for b in news[len(olds) :]:
            yield FindingChange("added", key[0], key[1], None, b.severity, b.message)


def _by_stage(schedule: Schedule) -> dict[Stage, tuple[Milestone, ...]]:
    return {stage: schedule.of(stage) for stage in Stage if stage in schedule}


def _moves(before: Schedule, after: Schedule) -> Iterator[MilestoneChange]:
    old, new = _by_stage(before), _by_stage(after)
    for stage in Stage:
        olds, news = old.get(stage, ()), new.get(stage, ())
        for a, b in zip(olds, news, strict=False):
            if a.span != b.span:
                yield MilestoneChange("moved", stage, a.span, b.span)
        for a in olds[len(news) :]:
            yield MilestoneChange("removed", stage, a.span, None)
        for b in news[len(olds) :]:
            yield MilestoneChange("added", stage, None, b.span)
