"""Gantt charts of a schedule and a portfolio chart (extra ``plot``: matplotlib).

Spans are bars, one-day milestones diamonds; a date given as a month or a quarter is
drawn over its whole unit, lighter and hatched, because the exact day is not known.
Compressed gaps (ZI2xx findings) are drawn as arrows labelled with what was observed and
what is required; the national window and weekday holidays are shaded.

>>> import zi_timeline as zt
>>> from zi_timeline import plot
>>> s = zt.load(zt.io.EXAMPLES)[0]
>>> fig = plot.gantt(s, zt.validate(s))
>>> len(fig.axes)
1
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from zi_timeline._calendar import Calendar
from zi_timeline._findings import Report, Severity
from zi_timeline._i18n import Lang, Text, check_lang

try:
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator
except ImportError as exc:  # pragma: no cover - depends on the environment
    msg = "zi_timeline.plot needs matplotlib: pip install 'zi-timeline[plot]'"
    raise ImportError(msg) from exc

if TYPE_CHECKING:
    from zi_timeline._schedule import Milestone, Schedule

__all__ = ["figure_svg", "gantt", "portfolio_chart"]

COLOURS = {Severity.ERROR: "#c62828", Severity.WARNING: "#ef8f00", Severity.INFO: "#1565c0"}
_BAR = "#2e7d32"
_COARSE = "#81c784"
_WINDOW = Text("jendela pengusulan {year}", "{year} submission window")
_ASSUMED = Text(" (asumsi)", " (assumed)")
_HOLIDAY = Text("libur / cuti bersama", "holiday / joint leave")
_UNITS = Text("jumlah unit", "number of units")
_BY_RULE = Text("Unit per aturan ({n} unit)", "Units per rule ({n} units)")


def _num(day: dt.date) -> float:
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def gantt(
    schedule: Schedule,
    report: Report | None = None,
    *,
    calendar: Calendar | None = None,
    lang: Lang | str = "id",
    width: float = 9.0,
) -> Figure:
    """A Gantt chart of *schedule*; with *report*, its compressed gaps are drawn and labelled."""
    language = check_lang(lang)
    cal = calendar or Calendar.default()
    rows = list(schedule.milestones)
    fig = Figure(figsize=(width, 1.2 + 0.34 * max(len(rows), 1)), layout="constrained")
    ax = fig.add_subplot()
    if not rows:
        ax.set_title(schedule.unit)
        return fig
    first = min(m.span.start for m in rows) - dt.timedelta(days=10)
    last = max(m.span.end for m in rows) + dt.timedelta(days=10)
    _shade_window(ax, schedule, cal, language, span=(first, last))
    _shade_holidays(ax, cal, language, span=(first, last))
    for y, milestone in enumerate(rows):
        _draw(ax, y, milestone)
    if report is not None:
        _draw_gaps(ax, rows, report)
    ax.set_yticks(range(len(rows)), [f"{m.stage.label(language)}  ({m.span.format(language)})" for m in rows])
    ax.invert_yaxis()
    ax.set_xlim(_num(first), _num(last))
    ax.xaxis_date()
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m/%Y"))  # type: ignore[no-untyped-call]
    ax.grid(axis="x", alpha=0.3)
    status = ""
    if report is not None:
        status = " - " + ", ".join(
            f"{n} {Severity(k).label(language)}" for k, n in report.counts.items() if k != "waived"
        )
    ax.set_title(f"{schedule.unit} ({schedule.target or '?'}){status}", loc="left", fontsize=9, wrap=True)
    ax.legend(loc="lower right", fontsize=7)
    return fig


def _draw(ax: Any, y: int, milestone: Milestone) -> None:
    span = milestone.span
    if span.exact and span.start == span.end:
        ax.plot(_num(span.start), y, marker="D", color=_BAR, markersize=7)
        return
    coarse = not span.exact
    start, end = _num(span.start), _num(span.end + dt.timedelta(days=1))
    ax.barh(
        y,
        end - start,
        left=start,
        height=0.5,
        color=_COARSE if coarse else _BAR,
        alpha=0.6 if coarse else 0.9,
        hatch="//" if coarse else None,
        edgecolor=_BAR,
    )


def _shade_window(ax: Any, schedule: Schedule, cal: Calendar, lang: Lang, *, span: tuple[dt.date, dt.date]) -> None:
    first, last = span
    year = schedule.cycle_year
    if year is None:
        return
    window = cal.window(year)
    start, end = max(window.first_day, first), min(window.closes, last)
    if start > end:
        return
    label = _WINDOW.get(lang).format(year=year) + (_ASSUMED.get(lang) if window.assumed else "")
    ax.axvspan(
        _num(start),
        _num(end + dt.timedelta(days=1)),
        color="#fff59d",
        alpha=0.5,
        label=label,
        hatch="\\\\" if window.assumed else None,
    )


def _shade_holidays(ax: Any, cal: Calendar, lang: Lang, *, span: tuple[dt.date, dt.date]) -> None:
    first, last = span
    day, labelled = first, False
    while day <= last:
        if day.weekday() < 5 and not cal.is_working_day(day):
            ax.axvline(
                _num(day), color="#e57373", alpha=0.35, linewidth=1.2, label=None if labelled else _HOLIDAY.get(lang)
            )
            labelled = True
        day += dt.timedelta(days=1)


def _draw_gaps(ax: Any, rows: Sequence[Milestone], report: Report) -> None:
    position = {m.stage: i for i, m in reversed(list(enumerate(rows)))}
    used: dict[int, int] = {}
    for finding in report.findings:
        if not finding.code.startswith("ZI2") or len(finding.stages) != 2:
            continue
        a, b = finding.stages
        if a not in position or b not in position:
            continue
        ya, yb = position[a], position[b]
        xa, xb = _num(rows[ya].span.start), _num(rows[yb].span.start)
        row = max(ya, yb)
        k = used.get(row, 0)
        used[row] = k + 1
        y = row - 0.45 - 0.3 * k  # just above the later stage, one line per gap
        colour = COLOURS[finding.severity]
        ax.annotate("", xy=(xb, y), xytext=(xa, y), arrowprops={"arrowstyle": "<->", "color": colour, "lw": 1.4})
        ax.text(
            min(xa, xb),
            y - 0.05,
            f"{finding.code}: {finding.observed} / {finding.required}",
            color=colour,
            fontsize=7,
            ha="left",
            va="bottom",
        )


def portfolio_chart(reports: Sequence[Report], *, lang: Lang | str = "id", width: float = 8.0) -> Figure:
    """How many units each rule flags, coloured by the worst severity it reached."""
    language = check_lang(lang)
    units: dict[str, set[str]] = {}
    worst: dict[str, Severity] = {}
    for report in reports:
        for f in report.findings:
            units.setdefault(f.code, set()).add(report.unit)
            if f.code not in worst or f.severity.rank < worst[f.code].rank:
                worst[f.code] = f.severity
    codes = sorted(units)
    fig = Figure(figsize=(width, 1.2 + 0.3 * max(len(codes), 1)), layout="constrained")
    ax = fig.add_subplot()
    ax.barh(range(len(codes)), [len(units[c]) for c in codes], color=[COLOURS[worst[c]] for c in codes])
    ax.set_yticks(range(len(codes)), codes)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(_UNITS.get(language))
    ax.set_title(_BY_RULE.get(language).format(n=len(reports)), loc="left", fontsize=10)
    ax.grid(axis="x", alpha=0.3)
    return fig


def figure_svg(fig: Figure) -> str:
    """The figure as an SVG string, for a self-contained HTML page."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    text = re.sub(r"\s*<metadata>.*?</metadata>", "", text, flags=re.DOTALL)  # no dates: same input, same bytes
    return text[text.index("<svg") :]
