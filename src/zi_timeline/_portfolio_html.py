"""HTML for a portfolio: its findings, its load table, and (in the report) the load chart."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from zi_timeline._findings import Severity
from zi_timeline._html import SVG_RC, reports_html
from zi_timeline._i18n import Lang, Text

if TYPE_CHECKING:
    from zi_timeline._portfolio import PortfolioReport

__all__ = ["portfolio_html", "portfolio_lead", "portfolio_section"]

_COLOUR = {Severity.ERROR: "#c62828", Severity.WARNING: "#ef8f00", Severity.INFO: "#1565c0"}
_ROWS = 60  # load-table rows shown in a notebook; to_frame() has them all
_W = {
    "title": Text("Portofolio", "Portfolio"),
    "none": Text("tidak ada temuan portofolio", "no portfolio findings"),
    "uncertain": Text("belum pasti", "not certain"),
    "head": Text(
        "tanggal|tim|unit dalam TPI|beban|beban bila bertumpuk|kapasitas|usulan",
        "day|team|units in TPI|load|load if days coincide|capacity|proposals",
    ),
    "shared": Text("bersama", "shared"),
    "more": Text("{n} baris lagi: gunakan to_frame()", "{n} more rows: use to_frame()"),
    "units": Text("{n} unit, {teams} tim penilai", "{n} units, {teams} evaluator teams"),
}


def _e(value: object) -> str:
    return html.escape(str(value))


def _findings(portfolio: PortfolioReport, lang: Lang) -> str:
    if not portfolio.findings:
        return f'<p class="muted">{_e(_W["none"].get(lang))}</p>'
    rows = []
    for pf in portfolio.findings:
        f = pf.finding
        note = "" if f.certain else f' <span class="muted">({_e(_W["uncertain"].get(lang))})</span>'
        rows.append(
            f'<tr><td>{_e(f.code)}</td><td style="color:{_COLOUR[f.severity]};font-weight:600">'
            f"{_e(f.severity.label(lang))}{note}</td><td>{_e(f.message)}</td><td>{_e(f.fix)}</td></tr>"
        )
    return f"<table>{''.join(rows)}</table>"


def _load(portfolio: PortfolioReport, lang: Lang) -> str:
    rows = [r for r in portfolio.load if r.in_tpi or r.proposals]
    head = "".join(f"<th>{_e(h)}</th>" for h in _W["head"].get(lang).split("|"))
    body = []
    for r in rows[:_ROWS]:
        style = ' style="color:#c62828;font-weight:600"' if r.over else ""
        body.append(
            f"<tr><td>{r.day.isoformat()}</td><td>{_e(r.team or _W['shared'].get(lang))}</td>"
            f"<td>{len(r.in_tpi)}</td><td{style}>{r.load:.1f}</td><td>{r.load_max:.1f}</td>"
            f"<td>{r.capacity}</td><td>{len(r.proposals)}</td></tr>"
        )
    more = f'<p class="muted">{_e(_W["more"].get(lang).format(n=len(rows) - _ROWS))}</p>' if len(rows) > _ROWS else ""
    return f"<table><tr>{head}</tr>{''.join(body)}</table>{more}"


def portfolio_html(portfolio: PortfolioReport, lang: Lang | None = None) -> str:
    """The notebook view: the portfolio's findings and its load table, then the unit reports."""
    lang = lang or portfolio.lang
    return f"<div>{portfolio_section(portfolio, lang)}{reports_html(portfolio.reports, lang)}</div>"


def portfolio_section(portfolio: PortfolioReport, lang: Lang, chart: str = "") -> str:
    """The portfolio's part of a page: heading, counts, findings, chart (when given), load table."""
    teams = len(set(portfolio.teams)) if portfolio.teams else 0
    counts = _W["units"].get(lang).format(n=len(portfolio.reports), teams=teams)
    return (
        f'<section class="portfolio"><h2>{_e(_W["title"].get(lang))}</h2><p class="muted">{_e(counts)}</p>'
        f"{_findings(portfolio, lang)}{chart}{_load(portfolio, lang)}</section>"
    )


def portfolio_lead(portfolio: PortfolioReport, lang: Lang) -> str:
    """The HTML report's portfolio section: findings, load table and the load chart (matplotlib)."""
    import matplotlib as mpl  # noqa: PLC0415 - the report's charts load matplotlib only here

    from zi_timeline.plot import figure_svg, load_chart  # noqa: PLC0415

    with mpl.rc_context(SVG_RC):
        return portfolio_section(portfolio, lang, figure_svg(load_chart(portfolio, lang=lang)))
