"""Charts, the HTML report (rendered in a real headless Chromium), and the notebook views."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib.image
import pytest

import zi_timeline as zt
from zi_timeline import plot
from zi_timeline.cli import main
from zi_timeline.io import EXAMPLES

if TYPE_CHECKING:
    import numpy as np

TODAY = dt.date(2025, 1, 1)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# CI installs Chromium and sets this, so the browser test cannot be skipped there.
REQUIRE_BROWSER = os.environ.get("ZI_REQUIRE_BROWSER") == "1"


def _two_units(tmp_path: Path) -> Path:
    schedules = json.loads(EXAMPLES.read_text(encoding="utf-8"))["schedules"][:2]
    path = tmp_path / "dua.json"
    path.write_text(json.dumps(schedules), encoding="utf-8")
    return path


def test_gantt_draws_bars_diamonds_gaps_and_the_window() -> None:
    schedule = zt.load(EXAMPLES)[0]  # the June-to-August plan
    fig = plot.gantt(schedule, zt.validate(schedule, today=TODAY))
    (ax,) = fig.axes
    labels = [t.get_text() for t in ax.texts]
    assert any(label.startswith("ZI201: 1-2 bulan") for label in labels)
    assert len(ax.patches) >= 3  # bars for the spans and the shaded window
    (legend,) = fig.legends  # under the axes, off the bars
    assert "jendela pengusulan 2024" in [t.get_text() for t in legend.get_texts()]
    svg = plot.figure_svg(fig)
    assert svg.startswith("<svg")
    empty = plot.gantt(zt.Schedule("Kosong"))
    assert empty.axes[0].get_title() == "Kosong"


def test_portfolio_chart_counts_units_per_rule() -> None:
    reports = zt.validate_many(zt.load(EXAMPLES), today=TODAY)
    (ax,) = plot.portfolio_chart(reports, lang="en").axes
    assert "Units per rule (14 units)" in ax.get_title(loc="left")
    assert "ZI201" in [t.get_text() for t in ax.get_yticklabels()]


def test_html_report_is_one_self_contained_file(tmp_path: Path) -> None:
    out = tmp_path / "laporan.html"
    assert (
        main(["check", str(_two_units(tmp_path)), "--format", "html", "-o", str(out), "--today", "1 Januari 2025"]) == 1
    )
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg") == 3  # the portfolio chart and one Gantt chart per unit
    for external in ('src="http', 'href="http', "url(http", "<link", "<script"):
        assert external not in page  # nothing is fetched: charts and style are inline
    assert "Lapas Kelas IIA Contoh (jadwal instan Juni-Agustus)" in page
    assert "@media print" in page


def test_html_escapes_what_users_typed() -> None:
    schedule = zt.Schedule.from_mapping(
        {"unit": "<script>alert(1)</script>", "target": "WBK", "milestones": {"perencanaan": "Juni 2024"}}
    )
    page = schedule._repr_html_() + zt.validate(schedule)._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def _screenshot(page: Path, png: Path, size: tuple[int, int] = (1100, 2400)) -> np.ndarray:
    """*page* as Chromium draws it, once it has finished loading (its inline chart images too).

    ``--virtual-time-budget`` lets the page settle before the shot: without it a busy machine
    sometimes captured the report before its chart images were decoded.
    """
    assert CHROMIUM is not None
    profile = png.parent / "chromium-profile"
    subprocess.run(  # noqa: S603 - a fixed command on our own file
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--window-size={size[0]},{size[1]}",
            "--virtual-time-budget=10000",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return matplotlib.image.imread(png)


def _share(image: np.ndarray, rgb: tuple[int, int, int], rows: slice) -> float:
    target = [c / 255 for c in rgb]
    region = image[rows, :, :3]
    close = (abs(region - target) < 0.08).all(axis=2)
    return float(close.mean())


@pytest.mark.skipif(CHROMIUM is None and not REQUIRE_BROWSER, reason="Chromium is not installed (CI installs it)")
def test_html_report_renders_units_and_charts_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "laporan.html"
    main(["check", str(_two_units(tmp_path)), "--format", "html", "-o", str(page), "--today", "1 Januari 2025"])
    image = _screenshot(page, tmp_path / "laporan.png")
    assert image.shape[:2] == (2400, 1100)
    top, bottom = slice(0, 1200), slice(1200, 2400)
    # Top half: the summary with its red and green verdict badges and the portfolio chart.
    assert _share(image, (0xC6, 0x28, 0x28), top) > 0.001
    assert _share(image, (0x2E, 0x7D, 0x32), top) > 0.0002
    # Lower half: the first unit's Gantt chart, green bars and the yellow window.
    assert _share(image, (0x2E, 0x7D, 0x32), bottom) > 0.001
    assert _share(image, (0xFF, 0xFA, 0xCE), bottom) > 0.0005  # #fff59d at half opacity on white
    assert _share(image, (0xFF, 0xFF, 0xFF), slice(0, 2400)) < 0.97  # not a blank page


def test_notebook_views() -> None:
    reports = zt.validate_many(zt.load(EXAMPLES), today=TODAY)
    assert isinstance(reports, zt.Reports)
    view = reports._repr_html_()
    assert view.index("ZI201 plan-to-submission") < view.index("Rutan Kelas I Contoh")  # rules on top, then units
    assert "GAGAL" in reports[0]._repr_html_()
    assert "<table>" in zt.load(EXAMPLES)[0]._repr_html_()


def test_the_same_input_gives_the_same_html(tmp_path: Path) -> None:
    source = _two_units(tmp_path)
    pages = []
    for name in ("a.html", "b.html"):
        main(["check", str(source), "--format", "html", "-o", str(tmp_path / name), "--today", "1 Januari 2025"])
        pages.append((tmp_path / name).read_bytes())
    assert pages[0] == pages[1]


def test_the_notebook_runs() -> None:
    import nbclient  # noqa: PLC0415 - only this test needs them
    import nbformat  # noqa: PLC0415

    path = Path(__file__).parent.parent / "docs" / "notebooks" / "portofolio.ipynb"
    notebook = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    nbclient.NotebookClient(notebook, timeout=180, kernel_name="python3").execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = json.dumps(outputs)
    assert "44" in text
    assert "image/png" in text or "image/svg+xml" in text  # the charts were drawn
    assert "pengusulan" in text


def test_a_missing_plot_extra_gives_an_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "zi_timeline.plot", raising=False)
    assert main(["check", "--examples", "--format", "html", "-o", str(tmp_path / "x.html")]) == 2
    assert "pip install 'zi-timeline[plot]'" in capsys.readouterr().err
