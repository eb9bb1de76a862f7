"""planning.plan_portfolio: a Kanwil's whole portfolio planned so evaluators and window can take it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import Stage, planning
from zi_timeline.cli import main
from zi_timeline.exceptions import PlanningError

UNITS = [f"Lapas Kelas III Contoh {i}" for i in range(1, 41)]


def _clean(result: planning.PortfolioPlan) -> None:
    assert result.portfolio.codes() == ()
    for report in result.portfolio.reports:
        assert report.ok
        assert {f.severity for f in report.findings} <= {zt.Severity.INFO}, (report.unit, report.codes())


def test_forty_units_give_no_portfolio_finding_and_no_unit_warning() -> None:
    result = planning.plan_portfolio(UNITS, 2024)
    _clean(result)
    assert [s.unit for s in result.schedules] == UNITS
    proposals = [s.first(Stage.PENGUSULAN) for s in result.schedules]
    days = {p.span.start for p in proposals if p is not None}
    assert len(days) == 7  # every working day of 18-31 Juli 2024 before its last three
    assert max(days) < dt.date(2024, 7, 29)


def test_a_small_capacity_staggers_the_tpis_and_the_stages_before_them() -> None:
    result = planning.plan_portfolio(UNITS, 2024, capacity=1)
    _clean(result)
    assert max(row.load for row in result.portfolio.load) <= 1 + 1e-9
    tpis = {s.first(Stage.EVALUASI_TPI).span for s in result.schedules}  # type: ignore[union-attr]
    assert len(tpis) >= 4  # four waves of ten units, each wave's TPI ten working days
    first, last = result.schedules[0], result.schedules[-1]
    # The last unit's TPI moved earlier, and its building and declaration with it.
    tpi = last.first(Stage.EVALUASI_TPI)
    assert tpi is not None
    assert tpi.note is not None
    assert "lebih awal" in tpi.note
    assert last.first(Stage.PENCANANGAN).span.start < first.first(Stage.PENCANANGAN).span.start  # type: ignore[union-attr]


def test_the_plain_backward_plan_would_have_bunched_them() -> None:
    # The single-unit planner proposes on the window's last day: forty of them are ZI602.
    same = [planning.plan(2024, unit=name).schedule for name in UNITS]
    assert "ZI602" in zt.validate_portfolio(same).codes()


def test_teams_and_targets_come_from_the_units() -> None:
    units: list[str | dict[str, object]] = [
        {"satker": "Lapas A", "predikat": "WBK", "tim_penilai": "Tim 1"},
        {"satker": "Rutan B", "predikat": "WBBM", "tim_penilai": "Tim 2", "tanggal_wbk": "10 Desember 2021"},
        "Bapas C",
    ]
    result = planning.plan_portfolio(units, 2024)
    _clean(result)
    assert [(s.unit, s.target, s.evaluator) for s in result.schedules] == [
        ("Lapas A", zt.Predicate.WBK, "Tim 1"),
        ("Rutan B", zt.Predicate.WBBM, "Tim 2"),
        ("Bapas C", zt.Predicate.WBK, None),
    ]


def test_a_wbbm_unit_without_its_wbk_cannot_be_planned() -> None:
    with pytest.raises(PlanningError, match="Rutan B"):
        planning.plan_portfolio([{"satker": "Rutan B", "predikat": "WBBM"}], 2024)


def test_the_plans_read_back_as_the_same_schedules() -> None:
    result = planning.plan_portfolio(UNITS[:5], 2024)
    again = zt.io.load_data(json.loads(json.dumps(result.to_dict())))
    assert again == list(result.schedules)


@settings(deadline=None, max_examples=12)
@given(n=st.integers(1, 60), capacity=st.integers(1, 6), year=st.sampled_from([2022, 2024, 2025]))
def test_any_portfolio_plan_fits_its_capacity(n: int, capacity: int, year: int) -> None:
    result = planning.plan_portfolio([f"Unit {i}" for i in range(n)], year, capacity=capacity)
    assert result.portfolio.codes() == ()
    assert all(r.ok for r in result.portfolio.reports)
    assert len(result.schedules) == n


def test_cli_plan_units_writes_the_plans_in_the_input_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    units = tmp_path / "satker.csv"
    rows = ["satker;predikat;tim penilai", *(f"{name};WBK;Tim {i % 2 + 1}" for i, name in enumerate(UNITS))]
    units.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "rencana.json"
    assert main(["plan", "--year", "2024", "--units", str(units), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "40 rencana ditulis" in text
    assert "tidak ada temuan portofolio" in text
    schedules = zt.load(out)
    assert [s.unit for s in schedules] == UNITS
    assert {s.evaluator for s in schedules} == {"Tim 1", "Tim 2"}
    portfolio = zt.validate_portfolio(schedules)
    assert portfolio.codes() == ()


def test_cli_plan_units_needs_year_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    units = tmp_path / "satker.csv"
    units.write_text("satker;predikat\nLapas A;WBK\n", encoding="utf-8")
    assert main(["plan", "--units", str(units), "-o", str(tmp_path / "r.json")]) == 2
    assert "--units memerlukan --year" in capsys.readouterr().err
    assert main(["plan", "--year", "2024", "--units", str(units)]) == 2
    assert "--units memerlukan -o" in capsys.readouterr().err
    assert main(["plan", "--year", "2024", "--units", str(units), "-o", str(tmp_path / "r.csv")]) == 2
    assert ".json, .yaml atau .yml" in capsys.readouterr().err


def test_more_units_than_a_team_can_take_in_a_year_is_a_planning_error() -> None:
    # One unit a day, ten-day TPIs: ten at a time, about 26 waves in 260 working days.
    with pytest.raises(PlanningError, match="tidak dapat menampung TPI") as caught:
        planning.plan_portfolio([f"Unit {i}" for i in range(300)], 2024, capacity=1)
    assert "Juli 2024" in str(caught.value)
    teams = [{"satker": f"Unit {i}", "predikat": "WBK", "tim_penilai": f"Tim {i % 2}"} for i in range(300)]
    _clean(planning.plan_portfolio(teams, 2024, capacity=1))  # each team: fifteen waves of ten


def test_a_unit_named_twice_is_refused_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(zt.InvalidArgumentError) as caught:
        planning.plan_portfolio(["Lapas A", "Rutan B", "Lapas A"], 2026)
    assert "'Lapas A'" in caught.value.message("id")
    assert caught.value.field == "units[2]"
    units = tmp_path / "satker.csv"
    units.write_text("satker;predikat\nLapas A;WBK\nRutan B;WBK\nLapas A;WBK\n", encoding="utf-8")
    out = tmp_path / "rencana.json"
    assert main(["plan", "--year", "2026", "--units", str(units), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(units) in err
    assert "'Lapas A'" in err
    assert not out.exists()
