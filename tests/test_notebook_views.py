"""Notebook views that look like the report: scoped style, slices, charts without magics, a Gantt that reads.

The screenshot tests render in a real headless Chromium, as tests/test_report_html.py does.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from IPython.core.formatters import PNGFormatter

import zi_timeline as zt
from test_report_html import CHROMIUM, REQUIRE_BROWSER, _screenshot, _share
from zi_timeline import plot
from zi_timeline.io import EXAMPLES

TODAY = dt.date(2025, 1, 1)
browser = pytest.mark.skipif(
    CHROMIUM is None and not REQUIRE_BROWSER, reason="Chromium is not installed (CI installs it)"
)
RED, GREEN, GREY = (0xC6, 0x28, 0x28), (0x2E, 0x7D, 0x32), (0x6D, 0x6D, 0x6D)


def _reports() -> zt.Reports:
    return zt.validate_many(zt.load(EXAMPLES), today=TODAY)


def test_views_carry_a_style_scoped_to_themselves() -> None:
    view = _reports()[0]._repr_html_()
    assert view.startswith('<div class="zi-view"><style>')
    style = view[view.index("<style>") + 7 : view.index("</style>")]
    selectors = [s.strip() for rule in re.findall(r"([^{}]+)\{", style) for s in rule.split(",")]
    assert selectors
    assert all(s.startswith(".zi-view") for s in selectors), selectors  # nothing leaks into the notebook
    assert "text-align:left!important" in style  # Jupyter right-aligns table cells
    assert 'class="badge fail"' in view
    assert 'class="sev sev-error"' in view
    assert 'class="chip present"' in view


def test_a_slice_of_reports_keeps_its_view() -> None:
    reports = _reports()
    part = reports[:3]
    assert isinstance(part, zt.Reports)
    assert len(part) == 3
    assert isinstance(reports[0], zt.Report)
    assert part._repr_html_().count('class="zi-head"') == 3
    assert part._repr_html_().count("<style>") == 1  # one style for the whole list


def test_charts_display_without_magics() -> None:
    schedule = zt.load(EXAMPLES)[0]
    for chart in (plot.gantt(schedule, zt.validate(schedule)), plot.portfolio_chart(_reports())):
        png = PNGFormatter()(chart)  # what Jupyter asks for, with no matplotlib backend set up
        assert isinstance(png, bytes)
        assert png.startswith(b"\x89PNG")


def _display_boxes(fig: Any) -> tuple[list[Any], list[Any]]:
    """The milestones' boxes, and the boxes of every label and legend, in display pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415

    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]
    (ax,) = fig.axes
    bars = [a.get_window_extent(renderer) for a in ax.get_children() if a.get_gid() == plot.BAR_GID]
    labels = [t.get_window_extent(renderer) for t in ax.texts]
    labels += [legend.get_window_extent(renderer) for legend in fig.legends]
    return bars, labels


@pytest.mark.parametrize("index", range(len(zt.load(EXAMPLES))))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_gantt_labels_and_legend_stay_off_the_bars_and_inside_the_chart(index: int, lang: str) -> None:
    schedule = zt.load(EXAMPLES)[index]
    fig = plot.gantt(schedule, zt.validate(schedule, today=TODAY, lang=lang), lang=lang)
    bars, labels = _display_boxes(fig)
    assert bars
    overlaps = [(b, t) for b in bars for t in labels if b.overlaps(t)]
    assert overlaps == []
    frame = fig.axes[0].get_window_extent()
    for text in fig.axes[0].texts:  # the gap labels: inside the axes, not over the stage names
        box = text.get_window_extent()
        assert frame.x0 <= box.x0
        assert box.x1 <= frame.x1


def _page(tmp_path: Path, name: str, body: str, *, dark: bool) -> Path:
    colours = "background:#111;color:#e8e8e8" if dark else "background:#fff;color:#222"
    page = tmp_path / f"{name}.html"
    page.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        f'<body style="{colours};font-family:sans-serif;margin:0;padding:8px">{body}</body></html>',
        encoding="utf-8",
    )
    return page


def _image(png: bytes) -> str:
    return f'<img style="display:block" src="data:image/png;base64,{base64.b64encode(png).decode()}">'


@browser
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_notebook_view_renders_badges_chips_and_severities_in_chromium(tmp_path: Path, dark: bool) -> None:
    # A Jupyter-like page: its own table rules (right-aligned, centred) that the view must override.
    jupyter = "<style>table{margin-left:auto;margin-right:auto}td,th{text-align:right}</style>"
    view = _reports()[:2]._repr_html_()
    image = _screenshot(_page(tmp_path, "view", jupyter + view, dark=dark), tmp_path / "view.png")
    rows = slice(0, 1200)
    assert _share(image, RED, rows) > 0.001  # the FAIL badge, ERROR severities, present signs
    assert _share(image, GREEN, rows) > 0.0002  # absent signs
    # An INFO severity: the first unit's long fix texts (an unknown window says what is known
    # of its year) can push its info rows past the first half of the page.
    assert _share(image, (0x15, 0x65, 0xC0), slice(0, None)) > 0.00005
    text = (0xE8, 0xE8, 0xE8) if dark else (0x22, 0x22, 0x22)
    assert _share(image, text, rows) > 0.002  # the text keeps the theme's colour: readable


def _bar_pixels(image: np.ndarray) -> np.ndarray:
    # The bars' green, drawn at 90% opacity on white, and the diamonds' full green.
    return np.asarray((abs(image[:, :, :3] - [c / 255 for c in GREEN]) < 0.12).all(axis=2))


@browser
def test_gantt_screenshot_labels_and_legend_leave_the_bars_visible(tmp_path: Path) -> None:
    schedule = zt.load(EXAMPLES)[0]  # the June-to-August plan: four compression gaps
    full = plot.gantt(schedule, zt.validate(schedule, today=TODAY))
    bare = plot.gantt(schedule, zt.validate(schedule, today=TODAY))
    for artist in [*bare.axes[0].texts, *bare.legends]:
        artist.set_visible(False)
    shots = [
        _screenshot(_page(tmp_path, name, _image(fig._repr_png_()), dark=False), tmp_path / f"{name}.png")
        for name, fig in (("full", full), ("bare", bare))
    ]
    bars = _bar_pixels(shots[1])
    assert bars.sum() > 2000  # the bars and diamonds are drawn
    covered = bars & ~_bar_pixels(shots[0])
    assert covered.sum() == 0  # no label and no legend entry hides a bar pixel
