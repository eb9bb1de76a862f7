"""Kanwil monitoring workbooks as staff make them load whole: every satker, nothing invented, no ZI90x."""

from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path
from types import ModuleType

import pytest

import zi_timeline as zt
from zi_timeline.exceptions import LoadWarning
from zi_timeline.io import EXAMPLES

pd = pytest.importorskip("pandas")
pytest.importorskip("openpyxl")
ztp = pytest.importorskip("zi_timeline.pandas")

Signature = list[tuple[str, list[tuple[str, str, bool, tuple[zt.Stage, ...]]]]]


def _tool() -> ModuleType:
    path = Path(__file__).parent.parent / "tools" / "make_kanwil.py"
    spec = importlib.util.spec_from_file_location("make_kanwil", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_kanwil"] = module
    spec.loader.exec_module(module)
    return module


KANWIL = _tool()


def _load(path: Path) -> list[zt.Schedule]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        schedules = zt.load(path)
    skipped = [w for w in caught if isinstance(w.message, LoadWarning) and "dilewati" in str(w.message)]
    assert len(skipped) == 1  # the signature block, reported once
    return schedules


def _signature(schedules: list[zt.Schedule]) -> Signature:
    reports = zt.validate_many(schedules)
    return [(r.unit, [(f.code, f.severity.value, f.certain, f.stages) for f in r.findings]) for r in reports]


def _check_whole(schedules: list[zt.Schedule]) -> None:
    assert [s.unit for s in schedules] == [name for name, _ in KANWIL.SATKER]
    for schedule in schedules:
        assert schedule.problems == ()
        assert schedule.target is zt.Predicate.WBK
    codes = {code for _, findings in _signature(schedules) for code, *_ in findings}
    assert not {c for c in codes if c.startswith("ZI90")}


def test_the_bundled_kanwil_workbook_loads_every_satker_with_no_input_finding() -> None:
    _check_whole(_load(EXAMPLES.parent / "kanwil.xlsx"))


def test_the_generator_reproduces_the_bundled_workbook(tmp_path: Path) -> None:
    KANWIL.write(tmp_path / "k.xlsx")
    assert _signature(_load(tmp_path / "k.xlsx")) == _signature(_load(EXAMPLES.parent / "kanwil.xlsx"))


@pytest.fixture(scope="module", params=KANWIL.LAYOUTS)
def workbook(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kanwil") / f"{request.param}.xlsx"
    KANWIL.write(path, request.param)
    return path


def test_every_layout_loads_every_satker_and_nothing_else(workbook: Path) -> None:
    _check_whole(_load(workbook))


def test_every_layout_gives_the_same_findings(workbook: Path, tmp_path: Path) -> None:
    merged = tmp_path / "merged.xlsx"
    KANWIL.write(merged, "merged")
    assert _signature(_load(workbook)) == _signature(_load(merged))


def test_a_pandas_read_excel_to_csv_round_trip_gives_the_same_findings(workbook: Path, tmp_path: Path) -> None:
    frame = pd.read_excel(workbook, header=None)
    csv = tmp_path / "via_pandas.csv"
    frame.to_csv(csv, index=False, header=False)
    expected = _signature(_load(workbook))
    assert _signature(_load(csv)) == expected
    with pytest.warns(LoadWarning, match="dilewati"):
        from_frame = ztp.from_frame(frame)
    assert _signature(from_frame) == expected
