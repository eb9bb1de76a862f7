"""HTML: notebook views of schedules and reports, and the self-contained portfolio report.

Everything a user typed is escaped. The report embeds its charts as inline SVG and its
style as one <style> block: one file, no network, readable on a laptop and printable.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from typing import Any

from zi_timeline._findings import Report, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._policy import Policy
from zi_timeline._schedule import Schedule
from zi_timeline._signs import Status
from zi_timeline._version import __version__
from zi_timeline.exceptions import MissingExtraError

__all__ = ["SVG_RC", "render_html", "report_html", "reports_html", "schedule_html"]

SVG_RC: dict[Any, Any] = {"svg.fonttype": "none", "svg.hashsalt": "zi-timeline"}
"""matplotlib settings for charts embedded in HTML: text stays text, ids are deterministic."""

_W = {
    "stage": Text("tahap", "stage"),
    "date": Text("tanggal", "date"),
    "note": Text("catatan", "note"),
    "code": Text("kode", "code"),
    "severity": Text("tingkat", "severity"),
    "message": Text("pesan", "message"),
    "fix": Text("saran", "fix"),
    "pass": Text("LOLOS", "PASS"),
    "fail": Text("GAGAL", "FAIL"),
    "units": Text("unit", "units"),
    "rule": Text("aturan", "rule"),
    "signs": Text("Enam tanda peringatan Itjen", "The Itjen's six warning signs"),
    "title": Text("Laporan pemeriksaan jadwal Zona Integritas", "Zona Integritas schedule check"),
    "summary": Text("Ringkasan", "Summary"),
    "policy": Text("kebijakan", "policy"),
    "by_rule": Text("Temuan per aturan", "Findings per rule"),
    "none": Text("tidak ada temuan", "no findings"),
    "uncertain": Text("belum pasti", "not certain"),
    "waived": Text("dikecualikan", "waived"),
    "ok_units": Text("{ok} dari {n} unit lolos", "{ok} of {n} units pass"),
}
_SIGN_CLASS = {Status.PRESENT: "present", Status.ABSENT: "absent", Status.UNKNOWN: "unknown"}
# The notebook views' own style, every selector under .zi-view so nothing leaks into the
# notebook. Text keeps the theme's colour; badges and chips are white on a strong colour,
# borders and header shading are translucent grey: readable on light and dark themes.
# Jupyter right-aligns and centres tables; these views are text, so left and flush.
_VIEW_STYLE = """
.zi-view{text-align:left;line-height:1.4;color:inherit}
.zi-view .zi-head{margin:.5rem 0 .25rem}
.zi-view table{border-collapse:collapse;margin:.35rem 0 .8rem 0!important;font-size:.85rem;width:auto;max-width:100%}
.zi-view th,.zi-view td{text-align:left!important;vertical-align:top;padding:.25rem .5rem;
border:1px solid rgba(127,127,127,.4);white-space:normal;color:inherit;background:transparent}
.zi-view th{background:rgba(127,127,127,.14);font-weight:600}
.zi-view .badge{display:inline-block;padding:.05rem .55rem;border-radius:.7rem;color:#fff;font-weight:600;
font-size:.8rem}
.zi-view .pass{background:#2e7d32}.zi-view .fail{background:#c62828}
.zi-view .sev{display:inline-block;padding:0 .45rem;border-radius:.3rem;color:#fff;font-weight:600;font-size:.78rem}
.zi-view .sev-error{background:#c62828}.zi-view .sev-warning{background:#b45f06}.zi-view .sev-info{background:#1565c0}
.zi-view .signs{display:flex;flex-wrap:wrap;gap:.35rem;margin:.3rem 0 .5rem 0}
.zi-view .sign{display:inline-flex;align-items:center;gap:.35rem;border:1px solid rgba(127,127,127,.5);
border-radius:1rem;padding:.1rem .6rem .1rem .15rem;font-size:.8rem}
.zi-view .chip{display:inline-block;min-width:1.3rem;text-align:center;border-radius:1rem;padding:0 .45rem;
color:#fff;font-weight:700;font-size:.75rem}
.zi-view .present{background:#c62828}.zi-view .absent{background:#2e7d32}.zi-view .unknown{background:#6d6d6d}
.zi-view .sign.present,.zi-view .sign.absent,.zi-view .sign.unknown{background:transparent}
.zi-view .muted{opacity:.75;font-size:.8rem}
"""
_STYLE = (
    """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem auto;max-width:1100px;
padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.3rem .45rem;vertical-align:top;text-align:left}th{background:#f4f4f4}
.unit{page-break-inside:avoid;break-inside:avoid;margin-bottom:2rem}
svg{max-width:100%;height:auto}.muted{color:#666;font-size:.8rem}
@media print{body{margin:0;max-width:none}h2{page-break-before:auto}a{color:#222}}
"""
    + _VIEW_STYLE
)


def _e(value: object) -> str:
    return html.escape(str(value))


def _w(key: str, lang: Lang) -> str:
    return _W[key].get(lang)


def _badge(ok: bool, lang: Lang) -> str:  # noqa: FBT001 - a verdict
    return f'<span class="badge {"pass" if ok else "fail"}">{_w("pass" if ok else "fail", lang)}</span>'


def _view(body: str) -> str:
    """A notebook view: the body under .zi-view, with the style scoped to it."""
    return f'<div class="zi-view"><style>{_VIEW_STYLE}</style>{body}</div>'


def schedule_html(schedule: Schedule, lang: Lang = "id") -> str:
    """A schedule as an HTML table (its notebook view)."""
    rows = "".join(
        f"<tr><td>{_e(m.stage.label(lang))}</td><td>{_e(m.span.format(lang))}</td><td>{_e(m.note or '')}</td></tr>"
        for m in schedule
    )
    head = f'<div class="zi-head"><b>{_e(schedule.unit)}</b> ({_e(schedule.target or "?")})</div>'
    cols = "".join(f"<th>{_w(k, lang)}</th>" for k in ("stage", "date", "note"))
    return _view(f"{head}<table><tr>{cols}</tr>{rows}</table>")


def _findings_table(report: Report, lang: Lang) -> str:
    if not report.findings:
        return f'<p class="muted">{_w("none", lang)}</p>'
    cols = "".join(f"<th>{_w(k, lang)}</th>" for k in ("code", "severity", "message", "fix"))
    rows = []
    for f in report.findings:
        notes = []
        if not f.certain:
            notes.append(_w("uncertain", lang))
        if f.waived is not None:
            notes.append(f"{_w('waived', lang)}: {f.waived.reason}")
        extra = f' <span class="muted">({_e("; ".join(notes))})</span>' if notes else ""
        rows.append(
            f'<tr><td>{_e(f.code)}</td><td><span class="sev sev-{f.severity.value}">{_e(f.severity.label(lang))}'
            f"</span>{extra}</td><td>{_e(f.message)}</td><td>{_e(f.fix)}</td></tr>"
        )
    return f"<table><tr>{cols}</tr>{''.join(rows)}</table>"


def _signs(report: Report, lang: Lang) -> str:
    if not report.signs:
        return ""
    items = []
    for sign in report.signs:
        status = _SIGN_CLASS[sign.status]
        detail = f" ({', '.join(sign.codes)})" if sign.codes else ""
        items.append(
            f'<span class="sign {status}" title="{_e(sign.reason)}"><span class="chip {status}">'
            f"{_e(sign.status.label(lang))}</span> {sign.sign}. {_e(sign.name)}{_e(detail)}</span>"
        )
    return f'<div class="muted">{_w("signs", lang)}</div><div class="signs">{"".join(items)}</div>'


def _counts(report: Report, lang: Lang) -> str:
    counts = report.counts
    parts = [s.count(counts[s.value], lang) for s in Severity]
    if counts["waived"]:
        parts.append(f"{counts['waived']} {_w('waived', lang)}")
    return ", ".join(parts)


def report_html(report: Report, lang: Lang | None = None, *, styled: bool = True) -> str:
    """A report: verdict, counts, the six signs, findings (its notebook view; *styled* adds the scoped style)."""
    lang = lang or report.lang
    verdict = f"{_badge(report.ok, lang)} {_e(_counts(report, lang))}"
    head = f'<div class="zi-head"><b>{_e(report.unit)}</b> ({_e(report.target or "?")}) {verdict}</div>'
    body = f"{head}{_signs(report, lang)}{_findings_table(report, lang)}"
    return _view(body) if styled else f"<div>{body}</div>"


def _summary(reports: Sequence[Report], lang: Lang) -> str:
    ok = sum(r.ok for r in reports)
    total = Counter(f.severity for r in reports for f in r.findings if f.waived is None)
    severities = ", ".join(f"{total[s]} {s.label(lang)}" for s in Severity)
    per_rule: dict[str, set[str]] = {}
    for r in reports:
        for f in r.findings:
            per_rule.setdefault(f"{f.code} {f.rule}", set()).add(r.unit)
    rule_rows = "".join(f"<tr><td>{_e(k)}</td><td>{len(v)}</td></tr>" for k, v in sorted(per_rule.items()))
    units = "".join(
        f"<tr><td>{_e(r.unit)}</td><td>{_badge(r.ok, lang)}</td><td>{_e(_counts(r, lang))}</td></tr>" for r in reports
    )
    return (
        f"<p>{_e(_w('ok_units', lang).format(ok=ok, n=len(reports)))}; {_e(severities)}</p>"
        f"<table><tr><th>{_w('rule', lang)}</th><th>{_w('units', lang)}</th></tr>{rule_rows}</table>"
        f"<table><tr><th>{_w('units', lang)}</th><th></th><th></th></tr>{units}</table>"
    )


def reports_html(reports: Sequence[Report], lang: Lang | None = None) -> str:
    """Several reports: counts per severity and per rule on top, then the units (notebook view)."""
    lang = lang or (reports[0].lang if reports else "id")
    return _view(_summary(reports, lang) + "".join(report_html(r, lang, styled=False) for r in reports))


MAX_HTML_CHARTS = 200
"""Units whose Gantt chart the HTML report draws (each costs about a tenth of a second); later units say so."""
_NO_CHART = Text(
    "Grafik hanya digambar untuk {n} unit pertama; temuan unit ini lengkap di atas.",
    "Charts are drawn for the first {n} units only; this unit's findings above are complete.",
)


def render_html(
    schedules: Sequence[Schedule],
    reports: Sequence[Report],
    policy: Policy,
    lang: Lang,
    lead: str = "",
) -> str:
    """The whole self-contained HTML report: *lead* (the portfolio's load, made by
    `zi_timeline._portfolio_html.portfolio_lead`, when given), summary, portfolio chart,
    then each unit with its Gantt chart."""
    try:
        import matplotlib as mpl  # noqa: PLC0415 - the report needs charts; matplotlib loads only here

        from zi_timeline.plot import figure_svg, gantt, portfolio_chart  # noqa: PLC0415
    except ImportError as exc:
        raise MissingExtraError(
            Text(
                "laporan HTML memerlukan matplotlib untuk grafiknya: pip install 'zi-timeline[plot]'",
                "the HTML report needs matplotlib for its charts: pip install 'zi-timeline[plot]'",
            )
        ) from exc

    sections = []
    with mpl.rc_context(SVG_RC):
        overview = figure_svg(portfolio_chart(reports, lang=lang)) if any(r.findings for r in reports) else ""
        for index, (schedule, report) in enumerate(zip(schedules, reports, strict=True), start=1):
            chart = (
                figure_svg(gantt(schedule, report, calendar=policy.calendar, lang=lang))
                if index <= MAX_HTML_CHARTS
                else f'<p class="muted">{_e(_NO_CHART.get(lang).format(n=MAX_HTML_CHARTS))}</p>'
            )
            sections.append(
                f'<section class="unit zi-view" id="unit-{index}"><h2>{index}. {_e(report.unit)}</h2>'
                f"{report_html(report, lang, styled=False)}{chart}</section>"
            )
    title = _w("title", lang)
    meta = (
        f"zi_timeline {__version__} - {_w('policy', lang)} {_e(policy.name)} {_e(policy.version)} ({_e(policy.digest)})"
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
        f'<style>{_STYLE}</style></head><body><h1>{title}</h1><p class="muted">{meta}</p>'
        f'{lead}<h2>{_w("summary", lang)}</h2><div class="zi-view">{_summary(reports, lang)}</div>{overview}'
        f"{''.join(sections)}</body></html>\n"
    )
