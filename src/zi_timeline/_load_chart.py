"""The portfolio's load chart (extra ``plot``): TPI load per week against capacity, proposals per week."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import matplotlib.dates as mdates
from matplotlib.ticker import MaxNLocator

from zi_timeline._args import check_type
from zi_timeline._chart import Chart, check_width
from zi_timeline._i18n import Lang, Text, check_lang
from zi_timeline._portfolio import PortfolioReport

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from zi_timeline._portfolio_load import LoadDay

__all__ = ["load_chart"]

LOAD = "#1565c0"
OVER = "#c62828"
MAYBE = "#90caf9"
WINDOW = "#fff59d"
CLOSING = "#ffcc80"
_T = {
    "title": Text(
        "Beban TPI per minggu (puncak harian, unit per hari kerja)",
        "TPI load per week (daily peak, units per working day)",
    ),
    "capacity": Text("kapasitas tim ({n})", "team capacity ({n})"),
    "load": Text("beban pasti", "certain load"),
    "maybe": Text("beban bila tanggal bertumpuk", "load if the days coincide"),
    "over": Text("melebihi kapasitas", "over capacity"),
    "proposals": Text("Usulan per minggu", "Proposals per week"),
    "window": Text("jendela pengusulan", "submission window"),
    "closing": Text("hari-hari terakhir", "last days"),
    "units": Text("unit", "units"),
}


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _num(day: dt.date) -> float:
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def _weekly(rows: tuple[LoadDay, ...]) -> tuple[dict[dt.date, float], dict[dt.date, float], dict[dt.date, int]]:
    peak: dict[dt.date, float] = {}
    peak_max: dict[dt.date, float] = {}
    proposals: dict[dt.date, int] = {}
    for row in rows:
        week = _monday(row.day)
        if row.in_tpi:
            peak[week] = max(peak.get(week, 0.0), row.load)
            peak_max[week] = max(peak_max.get(week, 0.0), row.load_max)
        proposals[week] = proposals.get(week, 0) + len(row.proposals)
    return peak, peak_max, proposals


def load_chart(portfolio: PortfolioReport, *, lang: Lang | str = "id", width: float = 8.0) -> Figure:
    """TPI load per week (the busiest day of each team that week) with each team's capacity,
    and exact-day proposals per week, with the national window and its last days shaded."""
    language = check_lang(lang)
    check_type(portfolio, PortfolioReport, "portfolio", "PortfolioReport (validate_portfolio)")
    check_width(width)
    fig = Chart(figsize=(width, 5.0), layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    teams = sorted({row.team for row in portfolio.load}, key=lambda t: t or "")
    shift = 6.0 / max(len(teams), 1)
    for n, team in enumerate(teams):
        rows = tuple(r for r in portfolio.load if r.team == team)
        peak, peak_max, _ = _weekly(rows)
        cap = portfolio.capacity.get(team, portfolio.capacity[None])
        weeks = sorted(peak)
        xs = [_num(w) + n * shift for w in weeks]
        top.bar(
            xs,
            [peak_max[w] for w in weeks],
            width=shift * 0.9,
            align="edge",
            color=MAYBE,
            label=_T["maybe"].get(language) if n == 0 else None,
        )
        colours = [OVER if peak[w] > cap + 1e-9 else LOAD for w in weeks]
        top.bar(
            xs,
            [peak[w] for w in weeks],
            width=shift * 0.9,
            align="edge",
            color=colours,
            label=_T["load"].get(language) if n == 0 else None,
        )
        top.axhline(
            cap,
            color="#222",
            linestyle="--",
            linewidth=1,
            label=_T["capacity"].get(language).format(n=cap) if n == 0 else None,
        )
    _, _, proposals = _weekly(portfolio.load)
    weeks = sorted(w for w, c in proposals.items() if c)
    bottom.bar([_num(w) for w in weeks], [proposals[w] for w in weeks], width=6.0, align="edge", color=LOAD)
    for ax in (top, bottom):
        for window in portfolio.windows:
            ax.axvspan(
                _num(window.first_day),
                _num(window.closes + dt.timedelta(days=1)),
                color=WINDOW,
                alpha=0.6,
                zorder=0,
                label=_T["window"].get(language) if ax is top and window is portfolio.windows[0] else None,
            )
        for n, (first, last) in enumerate(portfolio.closing):
            label = _T["closing"].get(language) if ax is top and n == 0 else None
            span = (_num(first), _num(last + dt.timedelta(days=1)))
            ax.axvspan(*span, color=CLOSING, alpha=0.6, zorder=0, label=label)
        ax.grid(axis="y", alpha=0.3)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.set_title(_T["title"].get(language), loc="left", fontsize=10)
    top.set_ylabel(_T["units"].get(language))
    bottom.set_title(_T["proposals"].get(language), loc="left", fontsize=10)
    bottom.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m/%y"))  # type: ignore[no-untyped-call]
    top.legend(loc="upper left", fontsize=7)
    return fig
