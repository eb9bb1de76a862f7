"""A rule is metadata plus a small pure function; the registry is an explicit object."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal, NamedTuple, cast

import attrs

from zi_timeline._findings import Finding, Severity
from zi_timeline._frozen import frozen
from zi_timeline._i18n import Lang, Text
from zi_timeline._planner import Earliest, earliest_submission
from zi_timeline.exceptions import InvalidArgumentError, UnknownRuleError

if TYPE_CHECKING:
    from zi_timeline._calendar import Calendar
    from zi_timeline._policy import Policy
    from zi_timeline._schedule import Schedule

__all__ = ["Context", "Reference", "Rule", "RuleRegistry"]

Family = Literal["structure", "compression", "calendar", "eligibility", "pitfalls", "input", "portfolio"]


class Reference(NamedTuple):
    """Where a rule's requirement comes from, and how strong that source is (R/P/C).

    ``source`` cites it as the Indonesian documents are named; ``source_en`` says the same
    in English where the citation carries words of its own ("" when a name is all it is).
    """

    strength: Literal["R", "P", "C"]
    source: str
    source_en: str = ""

    def text(self, lang: Lang) -> str:
        """The citation in *lang* (the Indonesian one when no English is given)."""
        return (self.source_en or self.source) if lang == "en" else self.source


@attrs.frozen(eq=False)  # one check's view of one schedule: compared by identity
class Context:
    """What a rule may see: the schedule, the policy, the calendar and the language to speak."""

    schedule: Schedule
    policy: Policy
    lang: Lang = "id"
    calendar: Calendar = attrs.field(kw_only=True)

    # The policy fixes are planned under: validate()'s select/ignore only filter what is
    # shown, so a fix still respects every rule the policy itself enables.
    plan_policy: Policy = attrs.field(kw_only=True)
    memo: dict[object, object] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @plan_policy.default
    def _same_policy(self) -> Policy:
        return self.policy

    @calendar.default
    def _policy_calendar(self) -> Calendar:
        return self.policy.calendar

    def text(self, text: Text, **kwargs: object) -> str:
        return text.get(self.lang).format(**kwargs)

    def earliest(self, *, recommended: bool = False) -> Earliest | None:
        """The earliest feasible pengusulan for this schedule (computed once per context)."""
        key = ("earliest", recommended)
        if key not in self.memo:
            self.memo[key] = earliest_submission(self.schedule, self.plan_policy, recommended=recommended)
        found = self.memo[key]
        return found if isinstance(found, Earliest) else None


Check = Callable[["Rule", Context], Iterable[Finding]]


def _frozen_example(value: Mapping[str, object] | None) -> Mapping[str, object] | None:
    """A rule's example, read-only all the way down: the registry is shared by every caller."""
    return None if value is None else cast("Mapping[str, object]", _deep_frozen(value))


def _deep_frozen(value: object) -> object:
    if isinstance(value, Mapping):
        return frozen({key: _deep_frozen(item) for key, item in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_deep_frozen(item) for item in value)
    return value


@attrs.frozen
class Rule:
    """One check with its documentation. ``check`` is None for input (ZI9xx) codes,
    which are produced while reading a schedule rather than by looking at one, and for
    portfolio (ZI6xx) codes, which `validate_portfolio` runs across units."""

    code: str
    name: str
    family: Family
    severity: Severity
    summary: Text
    rationale: Text
    fix_hint: Text
    references: tuple[Reference, ...]
    example: Mapping[str, object] | None = attrs.field(default=None, hash=False, converter=_frozen_example)
    threshold: str | None = None
    added: str = "0.1.0"
    check: Check | None = attrs.field(default=None, eq=False, repr=False)

    def run(self, ctx: Context) -> Iterator[Finding]:
        if self.check is not None:
            yield from self.check(self, ctx)


@attrs.define(eq=False)  # one registry object per process: compared by identity
class RuleRegistry:
    """The rules by code. Codes are permanent: a retired code is never reused."""

    _rules: dict[str, Rule] = attrs.field(factory=dict)
    _retired: frozenset[str] = frozenset()
    _checks: tuple[Rule, ...] | None = attrs.field(default=None, init=False, repr=False)

    def add(self, rule: Rule) -> Rule:
        if rule.code in self._rules or rule.code in self._retired:
            raise InvalidArgumentError(
                Text(f"kode aturan {rule.code} sudah dipakai", f"rule code {rule.code} is already taken"),
                value=rule.code,
            )
        self._rules[rule.code] = rule
        self._checks = None
        return rule

    def get(self, code: str) -> Rule:
        rule = self._rules.get(code.strip().upper())
        if rule is None:
            raise self._unknown(code)
        return rule

    def resolve(self, codes: Iterable[str]) -> list[str]:
        """Normalise codes or prefixes ("ZI2", "ZI201") and check that each names rules."""
        out = []
        for raw in codes:
            code = raw.strip().upper()
            if len(code) < 3 or not any(c.startswith(code) for c in self._rules):
                raise self._unknown(raw)
            out.append(code)
        return out

    def _unknown(self, code: str) -> UnknownRuleError:
        known = ", ".join(sorted(self._rules))
        return UnknownRuleError(
            Text(
                f"kode aturan {code!r} tidak dikenal; kode yang ada: {known}",
                f"unknown rule code {code!r}; known codes: {known}",
            ),
            value=code,
        )

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._rules.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, code: object) -> bool:
        return code in self._rules

    def checks(self) -> tuple[Rule, ...]:
        """The rules that look at a schedule (every family but input), in code order."""
        if self._checks is None:
            self._checks = tuple(r for r in self if r.check is not None)
        return self._checks
