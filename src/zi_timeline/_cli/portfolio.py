"""``zi-timeline check PATH --portfolio``: the units, then what they ask of their evaluators together."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys

from zi_timeline._cli._output import safe_terminal
from zi_timeline._cli._render import document_head, emit, render_unit, summary_line
from zi_timeline._cli._render import dumps as _dumps
from zi_timeline._cli._render import indent_for as _indent
from zi_timeline._findings import Report, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._policy import Policy
from zi_timeline._portfolio import PortfolioReport, validate_portfolio
from zi_timeline._schedule import Schedule
from zi_timeline.exceptions import InvalidScheduleError
from zi_timeline.planning import Suggestion, suggest_fix
from zi_timeline.rules.portfolio import format_days, team_label

__all__ = ["run_portfolio"]

FORMATS = ("table", "json", "html")
_T = {
    "head": Text(
        "PORTOFOLIO: {n} unit, {teams} tim penilai - {counts}",
        "PORTFOLIO: {n} units, {teams} evaluator team(s) - {counts}",
    ),
    "none": Text("tidak ada temuan portofolio", "no portfolio findings"),
    "load": Text(
        "  Beban TPI per minggu, {team} (puncak harian / kapasitas, usulan pada minggu itu):",
        "  TPI load per week, {team} (daily peak / capacity, proposals that week):",
    ),
    "week": Text("minggu {day}", "week of {day}"),
    "over": Text("  <- melebihi kapasitas", "  <- over capacity"),
    "format": Text(
        "--portfolio hanya untuk --format table, json atau html, bukan {fmt!r}",
        "--portfolio works with --format table, json or html, not {fmt!r}",
    ),
    "words": Text("Teramati|Syarat|Dasar|Saran|pasti|belum pasti", "Observed|Required|Basis|Fix|certain|not certain"),
}


def run_portfolio(args: argparse.Namespace, policy: Policy, schedules: list[Schedule]) -> int:
    """Validate the whole portfolio and write it as table, JSON or HTML; 1 when anything has an ERROR."""
    if args.format not in FORMATS:
        raise InvalidScheduleError(_T["format"].format(fmt=args.format), value=args.format)
    portfolio = validate_portfolio(
        schedules, policy, lang=args.lang, select=args.select_codes, ignore=args.ignore_codes, today=args.today_date
    )
    suggestions = [_suggest(args, policy, s, r) for s, r in zip(schedules, portfolio.reports, strict=True)]
    if args.format == "json":
        # The same layout as the streamed document: indented at a terminal, compact otherwise.
        indent = _indent(args, sys.stdout if args.output is None else io.StringIO())
        emit(_dumps(_document(portfolio, policy, suggestions, args), indent) + "\n", args.output)
    elif args.format == "html":
        from zi_timeline._html import render_html  # noqa: PLC0415 - matplotlib only when asked for
        from zi_timeline._portfolio_html import portfolio_lead  # noqa: PLC0415

        lead = portfolio_lead(portfolio, args.lang)
        emit(render_html(schedules, portfolio.reports, policy, args.lang, lead), args.output)
    else:
        units = "".join(render_unit(r, args.lang, s) for r, s in zip(portfolio.reports, suggestions, strict=True))
        ok = sum(r.ok for r in portfolio.reports)
        summary = summary_line(len(portfolio.reports), ok, args.lang)
        emit(safe_terminal(units + summary + "\n" + render_portfolio(portfolio, args.lang, policy)), args.output)
    return 0 if portfolio.ok else 1


def _suggest(args: argparse.Namespace, policy: Policy, schedule: Schedule, report: Report) -> Suggestion | None:
    return suggest_fix(schedule, policy, lang=args.lang) if args.suggest and not report.ok else None


def _document(
    portfolio: PortfolioReport, policy: Policy, suggestions: list[Suggestion | None], args: argparse.Namespace
) -> dict[str, object]:
    reports = []
    for report, suggestion in zip(portfolio.reports, suggestions, strict=True):
        data = report.to_dict()
        if args.suggest:
            data["suggestion"] = suggestion.to_dict(args.lang) if suggestion is not None else None
        reports.append(data)
    return {
        **document_head(policy),
        "reports": reports,
        "portfolio": portfolio.portfolio_dict(),
    }


def render_portfolio(portfolio: PortfolioReport, lang: Lang, policy: Policy) -> str:
    """The portfolio section of the table output: its findings, then the load per week."""
    counts = ", ".join(Severity(sev).count(n, lang) for sev, n in portfolio.counts.items())
    teams = len(set(portfolio.teams))
    lines = [_T["head"].get(lang).format(n=len(portfolio.reports), teams=teams, counts=counts)]
    observed, required, basis, fix, certain, uncertain = _T["words"].get(lang).split("|")
    if not portfolio.findings:
        lines.append(f"    {_T['none'].get(lang)}")
    for pf in portfolio.findings:
        f = pf.finding
        lines.append(
            f"  {f.severity.label(lang).upper():<10} {f.code} {f.rule} [{certain if f.certain else uncertain}]"
        )
        lines.append(f"      {f.message}")
        lines.append(f"      {observed}: {f.observed} | {required}: {f.required}")
        lines.append(f"      {basis}: {f.strength} - {f.source}")
        lines.append(f"      {fix}: {f.fix}")
    lines += _weeks(portfolio, lang, policy)
    return "\n".join(lines) + "\n"


def _weeks(portfolio: PortfolioReport, lang: Lang, policy: Policy) -> list[str]:
    lines: list[str] = []
    for team in sorted({r.team for r in portfolio.load}, key=lambda t: t or ""):
        weeks: dict[dt.date, list[float]] = {}
        for row in portfolio.load:
            if row.team != team or not (row.in_tpi or row.proposals):
                continue
            week = weeks.setdefault(row.day - dt.timedelta(days=row.day.weekday()), [0.0, 0.0, 0.0])
            week[0] = max(week[0], row.load)
            week[1] = row.capacity
            week[2] += len(row.proposals)
        lines.append(_T["load"].get(lang).format(team=team_label(team, lang)))
        for monday, (peak, cap, proposals) in sorted(weeks.items()):
            day = format_days([monday], policy.calendar, lang)
            number = f"{peak:.1f}".replace(".", ",") if lang == "id" else f"{peak:.1f}"
            over = _T["over"].get(lang) if peak > cap + 1e-9 else ""
            label = _T["week"].get(lang).format(day=day)
            lines.append(f"    {label:<24} {number:>5} / {int(cap)}   {int(proposals):>3}{over}")
    return lines
