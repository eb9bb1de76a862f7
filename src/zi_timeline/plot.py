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

from zi_timeline._args import check_many, check_type
from zi_timeline._calendar import Calendar
from zi_timeline._findings import Finding, Report, Severity
from zi_timeline._i18n import Lang, Text, check_lang
from zi_timeline._schedule import Schedule

try:
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    from zi_timeline._chart import Chart, check_width
except ImportError as exc:  # pragma: no cover - depends on the environment
    msg = "zi_timeline.plot needs matplotlib: pip install 'zi-timeline[plot]'"
    raise ImportError(msg) from exc

from zi_timeline._load_chart import load_chart

if TYPE_CHECKING:
    from zi_timeline._schedule import Milestone

__all__ = ["Chart", "figure_svg", "gantt", "load_chart", "portfolio_chart"]

COLOURS = {Severity.ERROR: "#c62828", Severity.WARNING: "#ef8f00", Severity.INFO: "#1565c0"}
_BAR = "#2e7d32"
BAR_GID = "zi-milestone"
"""The ``gid`` of every milestone bar and diamond, so tests and tools can find them."""
_COARSE = "#81c784"
_WINDOW = Text("jendela pengusulan {year}", "{year} submission window")
_ASSUMED = Text(" (asumsi)", " (assumed)")
_HOLIDAY = Text("libur / cuti bersama", "holiday / joint leave")
_UNITS = Text("jumlah unit", "number of units")
_REPORTS = Text(
    "daftar Report (hasil validate_many; satu Report pun ditulis dalam daftar: [r])",
    "a list of Report (what validate_many returns; even one Report goes in a list: [r])",
)
_BY_RULE = Text("Unit per aturan ({n} unit)", "Units per rule ({n} units)")


MAX_CHART_ROWS = 100
"""Most milestones a Gantt chart draws; the title says when a schedule has more."""
_MAX_HOLIDAY_DAYS = 3 * 366
_MAX_TITLE_CHARS = 200
_CAPPED = Text(" - menampilkan {n} dari {total} tahap", " - showing {n} of {total} milestones")


def _plain(text: str) -> str:
    """User text for a chart: cut to a title's length."""
    return text if len(text) <= _MAX_TITLE_CHARS else text[: _MAX_TITLE_CHARS - 3] + "..."


def _num(day: dt.date) -> float:
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def gantt(
    schedule: Schedule,
    report: Report | None = None,
    *,
    calendar: Calendar | None = None,
    lang: Lang | str = "id",
    width: float = 9.0,
) -> Chart:
    """A Gantt chart of *schedule*; with *report*, its compressed gaps are drawn and labelled.

    Each gap gets its own lane under the milestones and the legend sits under the axes,
    so no label and no legend entry covers a bar. *width* is in inches, 1 to 50 (every
    chart's); the height follows the number of rows.
    """
    language = check_lang(lang)
    check_type(schedule, Schedule, "schedule", "Schedule")
    if report is not None:
        check_type(
            report, Report, "report", Text("Report (hasil validate) atau None", "a Report (from validate) or None")
        )
    if calendar is not None:
        check_type(calendar, Calendar, "calendar", Text("Calendar atau None", "a Calendar or None"))
    check_width(width)
    cal = calendar or Calendar.default()
    rows = list(schedule.milestones)
    shown, rows = len(rows), rows[:MAX_CHART_ROWS]
    gaps = _gaps(rows, report) if report is not None else []
    fig = Chart(figsize=(width, 1.6 + 0.34 * max(len(rows) + len(gaps), 1)), layout="constrained")
    ax = fig.add_subplot()
    unit = _plain(schedule.unit)
    if not rows:
        ax.set_title(unit, parse_math=False)
        return fig
    first = min(m.span.start for m in rows) - dt.timedelta(days=10)
    last = max(m.span.end for m in rows) + dt.timedelta(days=10)
    _shade_window(ax, schedule, cal, language, span=(first, last))
    if (last - first).days <= _MAX_HOLIDAY_DAYS:  # over years, holiday lines are neither visible nor cheap
        _shade_holidays(ax, cal, language, span=(first, last))
    for y, milestone in enumerate(rows):
        _draw(ax, y, milestone)
    ax.set_xlim(_num(first), _num(last))
    _draw_gaps(ax, rows, gaps)
    labels = [f"{m.stage.label(language)}  ({m.span.format(language)})" for m in rows]
    ax.set_yticks(range(len(rows) + len(gaps)), labels + [f.code for f in gaps])
    for tick, finding in zip(ax.get_yticklabels()[len(rows) :], gaps, strict=True):
        tick.set_color(COLOURS[finding.severity])
    ax.set_ylim(len(rows) + len(gaps) - 0.5, -0.6)  # top to bottom, first milestone on top
    ax.xaxis_date()
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m/%Y"))  # type: ignore[no-untyped-call]
    ax.grid(axis="x", alpha=0.3)
    status = ""
    if report is not None:
        status = " - " + ", ".join(
            f"{n} {Severity(k).label(language)}" for k, n in report.counts.items() if k != "waived"
        )
    if shown > len(rows):
        status += _CAPPED.get(language).format(n=len(rows), total=shown)
    # parse_math=False: a unit named "$...$" is text, never matplotlib math (which it could steer)
    ax.set_title(f"{unit} ({schedule.target or '?'}){status}", loc="left", fontsize=9, wrap=True, parse_math=False)
    if ax.get_legend_handles_labels()[0]:
        fig.legend(loc="outside lower left", ncols=3, fontsize=7, frameon=False)
    return fig


def _draw(ax: Any, y: int, milestone: Milestone) -> None:
    span = milestone.span
    if span.exact and span.start == span.end:
        ax.plot(_num(span.start), y, marker="D", color=_BAR, markersize=7, gid=BAR_GID)
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
        gid=BAR_GID,
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


def _gaps(rows: Sequence[Milestone], report: Report) -> list[Finding]:
    """The compression findings between two stages that are both drawn."""
    drawn = {m.stage for m in rows}
    return [
        f
        for f in report.findings
        if f.code.startswith("ZI2") and len(f.stages) == 2 and all(stage in drawn for stage in f.stages)
    ]


def _draw_gaps(ax: Any, rows: Sequence[Milestone], gaps: Sequence[Finding]) -> None:
    """Each gap in its own lane under the milestones: an arrow from stage to stage and, from the
    lane's left edge, its label (inside the chart whatever the dates, never over a bar)."""
    position = {m.stage: i for i, m in reversed(list(enumerate(rows)))}
    for lane, finding in enumerate(gaps, start=len(rows)):
        a, b = finding.stages
        xa, xb = _num(rows[position[a]].span.start), _num(rows[position[b]].span.start)
        colour = COLOURS[finding.severity]
        ax.axhline(lane - 0.5, color="#bdbdbd", linewidth=0.6)
        ax.annotate(
            "", xy=(xb, lane + 0.25), xytext=(xa, lane + 0.25), arrowprops={"arrowstyle": "<->", "color": colour}
        )
        ax.text(
            0.005,
            lane + 0.02,
            f"{finding.code}: {finding.observed} / {finding.required}",
            transform=ax.get_yaxis_transform(),  # x along the axes, y in the lane
            color=colour,
            fontsize=7,
            ha="left",
            va="bottom",
        )


def portfolio_chart(reports: Sequence[Report], *, lang: Lang | str = "id", width: float = 8.0) -> Chart:
    """How many units each rule flags, coloured by the worst severity it reached."""
    language = check_lang(lang)
    check_many(reports, "reports", _REPORTS, Report)
    reports = list(reports)
    for i, item in enumerate(reports):
        check_type(item, Report, f"reports[{i}]", "Report")
    check_width(width)
    units: dict[str, set[str]] = {}
    worst: dict[str, Severity] = {}
    for report in reports:
        for f in report.findings:
            units.setdefault(f.code, set()).add(report.unit)
            if f.code not in worst or f.severity.rank < worst[f.code].rank:
                worst[f.code] = f.severity
    codes = sorted(units)
    fig = Chart(figsize=(width, 1.2 + 0.3 * max(len(codes), 1)), layout="constrained")
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
    check_type(fig, Figure, "fig", "matplotlib Figure")
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    text = re.sub(r"\s*<metadata>.*?</metadata>", "", text, flags=re.DOTALL)  # no dates: same input, same bytes
    return text[text.index("<svg") :]
