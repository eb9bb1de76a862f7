"""docs/portofolio-kanwil.md: its 40-unit example files are current and say what the page says."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

import zi_timeline as zt
from zi_timeline import planning
from zi_timeline.cli import main

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "docs" / "examples"
PAGE = ROOT / "docs" / "portofolio-kanwil.md"


def test_the_example_files_are_what_the_tool_writes() -> None:
    spec = importlib.util.spec_from_file_location("make_kanwil40", ROOT / "tools" / "make_kanwil40.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.render().items():
        assert (EXAMPLES / name).read_text(encoding="utf-8") == text, f"stale: python tools/make_kanwil40.py ({name})"


def test_the_forty_units_pass_alone_and_overload_together() -> None:
    portfolio = zt.validate_portfolio(zt.load(EXAMPLES / "kanwil-40.csv"))
    assert len(portfolio.reports) == 40
    assert all(r.ok and not r.findings for r in portfolio.reports)
    assert portfolio.codes() == ("ZI601", "ZI601", "ZI602")
    assert [f.team for f in portfolio.findings] == ["Tim 1", "Tim 2", None]
    page = PAGE.read_text(encoding="utf-8")
    assert portfolio.findings[0].finding.observed in page.replace("\n      ", " ")
    assert "majukan sedikitnya 21 unit" in portfolio.findings[2].finding.fix


def test_the_staggered_plan_of_the_page_is_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rencana-2024.json"
    assert main(["plan", "--year", "2024", "--units", str(EXAMPLES / "satker-40.csv"), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    page = PAGE.read_text(encoding="utf-8")
    for line in printed.splitlines()[:10]:
        assert line.replace(str(out), "rencana-2024.json") in page
    assert zt.validate_portfolio(zt.load(out)).codes() == ()


def test_the_page_s_python_example_holds() -> None:
    schedules = zt.load(EXAMPLES / "kanwil-40.csv")
    moved = zt.validate_portfolio(schedules, evaluators={"Lapas Kelas IIA Medan": "Tim 3"}, capacity={"Tim 1": 4})
    assert moved.codes() == ("ZI601", "ZI601", "ZI602")
    assert planning.plan_portfolio(["Lapas A", "Rutan B"], 2024, capacity=3).portfolio.codes() == ()
