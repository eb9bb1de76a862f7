"""Running every enabled rule over a schedule and collecting the findings."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

import attrs

from zi_timeline._args import SCHEDULES, check_codes, check_day, check_many, check_type
from zi_timeline._calendar import Calendar
from zi_timeline._findings import Finding, Report, Reports, Severity
from zi_timeline._i18n import Lang, Text, check_lang
from zi_timeline._messages import INPUT, INPUT_DOUBT, INPUT_FIX, INPUT_REQUIRED
from zi_timeline._policy import Policy
from zi_timeline._schedule import Schedule
from zi_timeline._signs import assess_signs
from zi_timeline._waivers import apply_waivers
from zi_timeline.exceptions import PolicyError, UnknownRuleError
from zi_timeline.rules import REGISTRY, Context
from zi_timeline.rules._registry import Check, Rule

__all__ = ["check_policy", "validate", "validate_many"]

_KNOWN = frozenset(rule.code for rule in REGISTRY)
_WIB = dt.timezone(dt.timedelta(hours=7), "WIB")


def _today() -> dt.date:
    """Today in Jakarta (WIB), the day waivers are judged against unless told otherwise."""
    return dt.datetime.now(tz=_WIB).date()


def validate(
    schedule: Schedule,
    policy: Policy | None = None,
    *,
    lang: Lang | str = "id",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = (),
    calendar: Calendar | None = None,
    today: dt.date | None = None,
) -> Report:
    """Check one schedule against every enabled rule and return its `Report`.

    *select* (replacing the policy's own selection) and *ignore* take codes or prefixes
    (``"ZI2"``); ``ignore=None``, like the default, ignores nothing more. *calendar*
    replaces the policy's calendar (windows, holidays). *today* (default: the system date)
    decides which waivers have expired. Rule violations are findings, never exceptions.

    >>> import zi_timeline as zt
    >>> s = zt.Schedule.from_mapping({"unit": "Lapas Contoh", "target": "WBK",
    ...     "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}})
    >>> r = zt.validate(s, select=["ZI201"])
    >>> r.ok, r.findings[0].code, r.findings[0].observed
    (False, 'ZI201', '1-2 bulan, 24-63 hari kerja (32-91 hari)')
    """
    check_type(schedule, Schedule, "schedule", "Schedule")
    policy = _policy(policy, calendar)
    language = check_lang(lang)
    if today is not None:
        check_day(today, "today")
    chosen = _narrow(policy, select, ignore)
    ctx = Context(schedule=schedule, policy=chosen, lang=language, plan_policy=policy)
    findings = list(_input_findings(ctx)) if schedule.problems else []
    _rule_findings(ctx, findings)
    if schedule.waivers:
        applied = apply_waivers(findings, schedule.waivers, today=today or _today(), known=_KNOWN, lang=language)
        findings = [f for f in applied if f.waived is not None or chosen.is_enabled(f.code)]
    bunching = chosen.for_rule("ZI504")
    signs = assess_signs(
        schedule,
        findings,
        chosen.is_enabled,
        language,
        min_activities=bunching.params.get("min_activities") if bunching else None,
    )
    return Report(
        schedule.unit,
        schedule.target,
        findings,
        policy=policy.name,
        policy_version=policy.version,
        policy_digest=policy.digest,
        lang=language,
        signs=signs,
    )


def validate_many(
    schedules: Iterable[Schedule],
    policy: Policy | None = None,
    *,
    lang: Lang | str = "id",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = (),
    calendar: Calendar | None = None,
    today: dt.date | None = None,
) -> Reports:
    """`validate` each schedule; the result has the same length and order as the input.

    The options are `validate`'s (``ignore=None``, like the default, ignores nothing more).
    """
    check_many(schedules, "schedules", SCHEDULES, Schedule)
    policy = _policy(policy, calendar)
    check_lang(lang)
    select = check_codes(select, "select")
    ignore = check_codes(ignore, "ignore") or []
    today = today or _today()
    return Reports(validate(s, policy, lang=lang, select=select, ignore=ignore, today=today) for s in schedules)


def _policy(policy: Policy | None, calendar: Calendar | None) -> Policy:
    """The policy to apply (the default when None), with *calendar* in place of its own."""
    if policy is None:
        policy = Policy.default()
    check_policy(policy)
    if calendar is not None:
        check_type(calendar, Calendar, "calendar", "Calendar")
        policy = attrs.evolve(policy, calendar=calendar)
    return policy


_POLICY = Text("Policy (mis. Policy.named('ketat'))", "Policy (e.g. Policy.named('ketat'))")


def check_policy(policy: Policy) -> None:
    """Raise `PolicyError` when *policy* names a rule code the registry does not know."""
    check_type(policy, Policy, "policy", _POLICY)
    _check_codes(policy.select or frozenset(), policy.ignore, frozenset(policy.severity), policy.source)


@functools.lru_cache(maxsize=256)
def _check_codes(select: frozenset[str], ignore: frozenset[str], severity: frozenset[str], source: str) -> None:
    """The registry's check of a policy's rule choices, made when validation starts (once per choice).

    `Policy` reads codes without importing the registry (which imports it); a code or
    prefix that names no rule is a `PolicyError` here, naming the policy's file.
    """
    for key, codes in (("select", select), ("ignore", ignore)):
        try:
            REGISTRY.resolve(sorted(codes))
        except UnknownRuleError as exc:
            raise _policy_error(f"{source}: rules.{key}", exc) from exc
    for code in sorted(severity):
        try:
            REGISTRY.get(code)
        except UnknownRuleError as exc:
            raise _policy_error(f"{source}: rules.severity", exc) from exc


def _policy_error(where: str, exc: UnknownRuleError) -> PolicyError:
    return PolicyError(Text(f"{where}: {exc.text.id}", f"{where}: {exc.text.en}"), value=exc.value)


def _narrow(policy: Policy, select: Iterable[str] | None, ignore: Iterable[str] | None) -> Policy:
    """*select* replaces the policy's own selection; *ignore* (None: nothing) adds to its ignore list."""
    select = check_codes(select, "select")
    ignore = check_codes(ignore, "ignore") or []
    if select is None and not ignore:
        return policy
    return attrs.evolve(
        policy,
        select=frozenset(REGISTRY.resolve(select)) if select is not None else policy.select,
        ignore=policy.ignore | frozenset(REGISTRY.resolve(ignore)),
    )


def _checks(policy: Policy) -> tuple[tuple[Rule, Check, Severity | None], ...]:
    """The rules *policy* runs, in code order, each with its check and severity override."""
    return policy.derived(
        "checks",
        lambda: tuple(
            (rule, rule.check, policy.severity.get(rule.code))
            for rule in REGISTRY.checks()
            if rule.check is not None and policy.is_enabled(rule.code)
        ),
    )


def _rule_findings(ctx: Context, out: list[Finding]) -> None:
    """Run every rule the policy enables, adding its findings to *out*, each placed at its row.

    A finding takes the place of its last stage's milestone, so exports can point at a row.
    """
    schedule = ctx.schedule
    for rule, check, override in _checks(ctx.policy):
        for made in check(rule, ctx):
            finding = made if override is None else attrs.evolve(made, severity=override)
            milestone = schedule.first(finding.stages[-1]) if finding.stages else None
            if milestone is not None and milestone.origin is not None and finding.origin is None:
                # The rule has just made this finding and nothing else holds it yet, so its
                # (uncompared) origin is filled in place: attrs.evolve cost more than the rule.
                object.__setattr__(finding, "origin", milestone.origin)
            out.append(finding)


def _input_findings(ctx: Context) -> Iterator[Finding]:
    lang = ctx.lang
    for problem in ctx.schedule.problems:
        if not ctx.policy.is_enabled(problem.code):
            continue
        rule = REGISTRY.get(problem.code)
        detail = problem.text.get(lang)
        where = problem.origin.describe(lang) or "-"
        yield Finding(
            code=rule.code,
            rule=rule.name,
            severity=ctx.policy.severity.get(rule.code, rule.severity),
            stages=(problem.stage,) if problem.stage else (),
            certain=True,
            message=ctx.text(INPUT_DOUBT if problem.code == "ZI908" else INPUT, where=where, detail=detail),
            observed=problem.value or ("(kosong)" if lang == "id" else "(empty)"),
            required=INPUT_REQUIRED[rule.code].get(lang),
            strength=rule.references[0].strength,
            source=rule.references[0].text(lang),
            fix=INPUT_FIX[rule.code].get(lang),
            origin=problem.origin,
        )
