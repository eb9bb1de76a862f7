"""The portfolio's load chart in the HTML report, rendered in a real headless Chromium."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from test_portfolio import staggered_tpi, unit
from test_report_html import CHROMIUM, REQUIRE_BROWSER
from test_report_html import _screenshot as _render
from zi_timeline.cli import main

if TYPE_CHECKING:
    import numpy as np

RED = (0xC6, 0x28, 0x28)  # bars of weeks over capacity
WINDOW = (0xFF, 0xFC, 0xC4)  # #fff59d at 0.6 opacity on white
CLOSING = (0xFF, 0xDF, 0x9B)  # #ffcc80 at 0.6 opacity over the window


def _page(tmp_path: Path, name: str, tpi: list[str]) -> Path:
    source = tmp_path / f"{name}.json"
    window = [dt.date(2024, 7, d) for d in (18, 19, 22, 23, 24, 25, 26)]
    units = [unit(i, tpi[i], window[i % len(window)].isoformat()).to_dict() for i in range(len(tpi))]
    source.write_text(json.dumps(units, ensure_ascii=False), encoding="utf-8")
    page = tmp_path / f"{name}.html"
    args = ["check", str(source), "--portfolio", "--format", "html", "-o", str(page), "--today", "2025-01-01"]
    assert main(args) == 0  # warnings only: the units pass
    return page


def _screenshot(page: Path) -> np.ndarray:
    return _render(page, page.with_suffix(".png"), (1100, 1400))


def _share(image: np.ndarray, rgb: tuple[int, int, int]) -> float:
    target = [c / 255 for c in rgb]
    close = (abs(image[:, :, :3] - target) < 0.03).all(axis=2)
    return float(close.mean())


def test_the_report_has_the_load_chart_with_capacity_and_window(tmp_path: Path) -> None:
    page = _page(tmp_path, "padat", ["13-15 Mei 2024"] * 30).read_text(encoding="utf-8")
    assert page.index("Portofolio") < page.index("Ringkasan")  # the portfolio comes first
    assert "Beban TPI per minggu" in page
    assert "kapasitas tim (5)" in page
    assert "jendela pengusulan" in page


@pytest.mark.skipif(CHROMIUM is None and not REQUIRE_BROWSER, reason="Chromium is not installed (CI installs it)")
def test_load_chart_renders_overload_and_window_in_chromium(tmp_path: Path) -> None:
    bunched = _screenshot(_page(tmp_path, "padat", ["13-15 Mei 2024"] * 30))
    staggered = _screenshot(_page(tmp_path, "bertahap", [staggered_tpi(i) for i in range(30)]))
    assert bunched.shape[:2] == (1400, 1100)
    # The week over capacity is a red bar; the staggered plan has none.
    assert _share(bunched, RED) > 0.002
    assert _share(staggered, RED) < 0.0002
    # Both show the national window and its last days.
    for image in (bunched, staggered):
        assert _share(image, WINDOW) > 0.005
        assert _share(image, CLOSING) > 0.0005
