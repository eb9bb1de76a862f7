"""A Kanwil's portfolio: one evaluator team, one national window (ZI6xx and the load table)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import zi_timeline as zt
from zi_timeline import Severity
from zi_timeline._schema_loop import schemas
from zi_timeline.cli import main

TODAY = dt.date(2025, 1, 1)
WINDOW_2024 = [dt.date(2024, 7, d) for d in (18, 19, 22, 23, 24, 25, 26, 29, 30, 31)]  # 18-31 Juli 2024


def unit(n: int, tpi: str, proposal: str, evaluator: str | None = None) -> zt.Schedule:
    """A plan that passes on its own, with the TPI and proposal dates given."""
    data: dict[str, object] = {
        "unit": f"Lapas Kelas III Contoh {n}",
        "target": "WBK",
        "milestones": [
            {"stage": "perencanaan", "date": "Oktober - Desember 2023"},
            {"stage": "pembentukan_tim", "date": "8 Januari 2024"},
            {"stage": "sosialisasi", "date": "22 Januari 2024", "participants": "seluruh pegawai"},
            {"stage": "pencanangan", "date": "23 Januari 2024", "participants": "seluruh pegawai"},
            {"stage": "pembangunan", "date": "24 Januari 2024 - 31 Juli 2024"},
            {"stage": "analisis_kebutuhan", "date": "Februari 2024"},
            {"stage": "inovasi", "date": "Maret 2024"},
            {"stage": "survei", "date": "29 April - 3 Mei 2024"},
            {"stage": "evaluasi_tpi", "date": tpi},
            {"stage": "pengusulan", "date": proposal},
            {"stage": "penetapan", "date": "11 Desember 2024"},
            {"stage": "pemantauan", "date": "Januari 2025"},
        ],
    }
    if evaluator is not None:
        data["tim_penilai"] = evaluator
    return zt.Schedule.from_mapping(data)


def spread(i: int) -> str:
    return WINDOW_2024[i % len(WINDOW_2024)].isoformat()


def staggered_tpi(i: int) -> str:
    """Five units a week, each TPI a whole week (1 unit a day), over six weeks of May-June."""
    monday = dt.date(2024, 5, 6) + dt.timedelta(weeks=i // 5)
    return f"{monday.isoformat()} s.d. {(monday + dt.timedelta(days=4)).isoformat()}"


def test_thirty_tpis_in_the_same_three_days_overload_the_team() -> None:
    units = [unit(i, "13-15 Mei 2024", spread(i)) for i in range(30)]
    portfolio = zt.validate_portfolio(units, today=TODAY)
    assert all(r.ok and not r.findings for r in portfolio.reports)  # each plan is sound on its own
    (finding,) = portfolio.findings
    assert (finding.code, finding.severity, finding.finding.certain) == ("ZI601", Severity.WARNING, True)
    assert finding.days == (dt.date(2024, 5, 13), dt.date(2024, 5, 14), dt.date(2024, 5, 15))
    assert finding.units == tuple(u.unit for u in units)
    assert finding.finding.observed == "10,0 unit per hari kerja (30 unit dalam TPI pada 13 Mei 2024)"
    assert "13-15 Mei 2024" in finding.finding.message
    assert "paling banyak 5 unit per hari kerja" in finding.finding.required
    assert "geser sedikitnya 15 unit" in finding.finding.fix
    assert finding.finding.strength == "C"
    assert "22 satker" in finding.finding.source


def test_staggered_tpis_fit_the_team() -> None:
    units = [unit(i, staggered_tpi(i), spread(i)) for i in range(30)]
    portfolio = zt.validate_portfolio(units, today=TODAY)
    assert portfolio.findings == ()
    # One unit a day, a little more in weeks with a holiday (Kenaikan Isa Almasih, Waisak).
    assert 1 <= max(row.load for row in portfolio.load) < 2


def test_twenty_proposals_on_the_last_two_days_are_bunched() -> None:
    proposals = ["30 Juli 2024", "31 Juli 2024"]
    units = [unit(i, staggered_tpi(i), proposals[i % 2]) for i in range(20)]
    portfolio = zt.validate_portfolio(units, today=TODAY)
    (finding,) = portfolio.findings
    assert (finding.code, finding.severity, finding.finding.certain) == ("ZI602", Severity.WARNING, True)
    assert finding.finding.observed == "20 dari 20 usulan (100%)"
    assert finding.days == (dt.date(2024, 7, 29), dt.date(2024, 7, 30), dt.date(2024, 7, 31))
    assert len(finding.units) == 20
    assert "18 Juli 2024" in finding.finding.fix
    assert "menpan.go.id" in finding.finding.source


def test_proposals_spread_over_the_window_are_not_bunched() -> None:
    units = [unit(i, staggered_tpi(i), spread(i)) for i in range(20)]
    assert zt.validate_portfolio(units, today=TODAY).codes() == ()


def test_month_precision_tpis_are_only_possibly_over_capacity() -> None:
    units = [unit(i, "Mei 2024", spread(i)) for i in range(30)]
    (finding,) = zt.validate_portfolio(units, today=TODAY, lang="en").findings
    assert (finding.code, finding.severity, finding.finding.certain) == ("ZI601", Severity.INFO, False)
    assert "becomes warning" in finding.finding.message
    # Thirty units over May's working days (about 1.5 a day) cannot be certain of anything.
    assert all(row.load == 0 for row in zt.validate_portfolio(units, today=TODAY).load)


def test_a_month_of_tpis_that_must_overlap_is_certain() -> None:
    # 120 units whose TPIs each take all of May: 120 / 21 working days = 5.7 a day for certain.
    units = [unit(i, "2-31 Mei 2024", spread(i)) for i in range(120)]
    findings = zt.validate_portfolio(units, today=TODAY).findings
    assert [(f.code, f.finding.certain) for f in findings] == [("ZI601", True)]


def test_month_precision_proposals_are_only_possibly_bunched() -> None:
    units = [unit(i, staggered_tpi(i), "Juli 2024") for i in range(20)]
    (finding,) = zt.validate_portfolio(units, today=TODAY).findings
    assert (finding.code, finding.severity, finding.finding.certain) == ("ZI602", Severity.INFO, False)
    assert "menjadi peringatan" in finding.finding.message


def test_evaluator_teams_split_the_load() -> None:
    units = [unit(i, "13-15 Mei 2024", spread(i), evaluator=f"Tim {i % 3 + 1}") for i in range(30)]
    portfolio = zt.validate_portfolio(units, today=TODAY)
    # 10 units per team in 3 days: 3.3 a day each, under the capacity of 5.
    assert portfolio.codes() == ()
    assert {row.team for row in portfolio.load if row.in_tpi} == {"Tim 1", "Tim 2", "Tim 3"}
    # Split 18 / 12 instead: team A takes 6 a day and is over; the finding names it.
    first = {u.unit for u in units[:18]}
    two = zt.validate_portfolio(units, today=TODAY, evaluators=lambda s: "A" if s.unit in first else "B")
    assert [(f.code, f.team, len(f.units)) for f in two.findings] == [("ZI601", "A", 18)]
    assert "tim penilai A" in two.findings[0].finding.message


def test_capacity_can_be_set_per_call_or_per_team() -> None:
    units = [unit(i, "13-15 Mei 2024", spread(i)) for i in range(12)]  # 4 a day
    assert zt.validate_portfolio(units, today=TODAY).codes() == ()
    assert zt.validate_portfolio(units, today=TODAY, capacity=3).codes() == ("ZI601",)
    stricter = zt.Policy.default().with_values({"tpi_capacity.warning": 3})
    assert zt.validate_portfolio(units, stricter, today=TODAY).codes() == ("ZI601",)
    named = [unit(i, "13-15 Mei 2024", spread(i), evaluator="Tim Itjen") for i in range(12)]
    assert zt.validate_portfolio(named, today=TODAY, capacity={"Tim Itjen": 3}).codes() == ("ZI601",)


def test_select_ignore_and_severity_overrides_apply() -> None:
    units = [unit(i, "13-15 Mei 2024", "31 Juli 2024") for i in range(30)]
    assert zt.validate_portfolio(units, today=TODAY).codes() == ("ZI601", "ZI602")
    assert zt.validate_portfolio(units, today=TODAY, ignore=["ZI601"]).codes() == ("ZI602",)
    assert zt.validate_portfolio(units, today=TODAY, select=["ZI2"]).codes() == ()
    policy = zt.Policy.from_mapping({"extends": "default", "rules": {"severity": {"ZI602": "error"}}})
    portfolio = zt.validate_portfolio(units, policy, today=TODAY)
    assert portfolio.findings[0].severity is Severity.ERROR
    assert not portfolio.ok


def test_fewer_proposals_than_the_minimum_are_not_a_bunch() -> None:
    units = [unit(i, staggered_tpi(i), "31 Juli 2024") for i in range(4)]
    assert zt.validate_portfolio(units, today=TODAY).codes() == ()


def test_every_unit_is_in_the_report_and_the_load_table_counts_them() -> None:
    units = [unit(i, "13-15 Mei 2024", spread(i)) for i in range(30)]
    units.append(
        zt.Schedule.from_mapping({"unit": "Rusak", "target": "WBK", "milestones": {"tahap x": "?"}}, strict=False)
    )
    portfolio = zt.validate_portfolio(units, today=TODAY)
    assert [r.unit for r in portfolio.reports] == [u.unit for u in units]
    day = next(row for row in portfolio.load if row.day == dt.date(2024, 5, 14))
    assert (len(day.in_tpi), len(day.in_tpi_certain), day.capacity) == (30, 30, 5)
    assert sum(len(row.proposals) for row in portfolio.load) == 30
    assert all(row.in_window for row in portfolio.load if row.proposals)


def test_to_dict_is_json_with_the_unit_finding_fields() -> None:
    units = [unit(i, "13-15 Mei 2024", "31 Juli 2024") for i in range(30)]
    data = json.loads(zt.validate_portfolio(units, today=TODAY).to_json())
    finding = data["portfolio"]["findings"][0]
    assert list(finding)[:11] == [
        "code",
        "rule",
        "severity",
        "stages",
        "certain",
        "message",
        "observed",
        "required",
        "strength",
        "source",
        "fix",
    ]
    assert finding["team"] is None
    assert finding["days"] == ["2024-05-13", "2024-05-14", "2024-05-15"]
    (window,) = data["portfolio"]["windows"]
    assert window == {"year": 2024, "opens": "2024-07-18", "closes": "2024-07-31", "closing_from": "2024-07-29"}
    row = data["portfolio"]["load"][0]
    assert row["day"] == "2024-05-13"
    assert row["load"] == 10.0
    assert len(data["reports"]) == 30


def test_to_frame_is_the_load_table() -> None:
    pytest.importorskip("pandas")
    units = [unit(i, "13-15 Mei 2024", spread(i)) for i in range(30)]
    frame = zt.validate_portfolio(units, today=TODAY).to_frame()
    from zi_timeline.pandas import LOAD_COLUMNS  # noqa: PLC0415 - optional extra

    assert list(frame.columns) == list(LOAD_COLUMNS)
    assert frame["load"].max() == pytest.approx(10.0)
    assert str(frame["day"].dtype).startswith("datetime64")


def test_notebook_view_names_the_findings_and_escapes_names() -> None:
    units = [unit(i, "13-15 Mei 2024", spread(i)) for i in range(30)]
    units[0] = attrs_evolve_unit(units[0], "<b>Lapas</b>")
    view = zt.validate_portfolio(units, today=TODAY)._repr_html_()
    assert "ZI601" in view
    assert "<b>Lapas</b>" not in view
    assert "Portofolio" in view


def attrs_evolve_unit(schedule: zt.Schedule, name: str) -> zt.Schedule:
    import attrs  # noqa: PLC0415 - only this helper

    return attrs.evolve(schedule, unit=name)


def test_an_empty_portfolio_has_nothing_to_say() -> None:
    portfolio = zt.validate_portfolio([])
    assert (portfolio.findings, portfolio.load, portfolio.ok) == ((), (), True)


def test_evaluator_round_trips_through_to_dict() -> None:
    schedule = unit(1, "13-15 Mei 2024", "31 Juli 2024", evaluator="Tim 2")
    assert schedule.evaluator == "Tim 2"
    assert zt.Schedule.from_mapping(schedule.to_dict()) == schedule


def _portfolio_file(tmp_path: Path, tpi: str = "13-15 Mei 2024", proposal: str = "31 Juli 2024") -> Path:
    path = tmp_path / "portofolio.json"
    units = [unit(i, tpi, proposal).to_dict() for i in range(30)]
    path.write_text(json.dumps(units, ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_portfolio_json_has_the_portfolio_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _portfolio_file(tmp_path)
    assert main(["check", str(path), "--portfolio", "--format", "json", "--today", "2025-01-01"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["reports"]) == 30
    assert [f["code"] for f in document["portfolio"]["findings"]] == ["ZI601", "ZI602"]
    validator = Draft202012Validator(schemas()["output"], format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert list(validator.iter_errors(document)) == []


def test_cli_portfolio_table_adds_a_section(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _portfolio_file(tmp_path)
    assert main(["check", str(path), "--portfolio", "--lang", "en", "--today", "2025-01-01"]) == 0
    out = capsys.readouterr().out
    assert "PORTFOLIO: 30 units, 1 evaluator team(s) - 0 errors, 2 warnings, 0 info" in out
    assert "WARNING    ZI601 tpi-capacity [certain]" in out
    assert "<- over capacity" in out
    # Without --portfolio the output has no portfolio section.
    assert main(["check", str(path), "--today", "2025-01-01"]) == 0
    assert "PORTOFOLIO" not in capsys.readouterr().out


def test_cli_portfolio_exit_code_follows_portfolio_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "keras.toml"
    policy.write_text('extends = "default"\nname = "keras"\n[rules.severity]\nZI601 = "error"\n', encoding="utf-8")
    path = _portfolio_file(tmp_path)
    assert main(["check", str(path), "--portfolio", "--policy", str(policy), "--today", "2025-01-01"]) == 1
    assert "GALAT" in capsys.readouterr().out


def test_cli_portfolio_refuses_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(_portfolio_file(tmp_path)), "--portfolio", "--format", "csv"]) == 2
    assert "--portfolio hanya untuk --format table, json atau html" in capsys.readouterr().err


def test_cli_portfolio_json_layout_follows_check(tmp_path: Path) -> None:
    path, out = _portfolio_file(tmp_path), tmp_path / "hasil.json"
    assert main(["check", str(path), "--portfolio", "--format", "json", "-o", str(out)]) == 0
    compact = out.read_text(encoding="utf-8")
    assert compact.count("\n") == 1  # one line for a file, as check writes it
    assert main(["check", str(path), "--portfolio", "--format", "json", "-o", str(out), "--indent", "2"]) == 0
    indented = out.read_text(encoding="utf-8")
    assert indented.startswith('{\n  "zi_timeline"')
    assert json.loads(compact) == json.loads(indented)
