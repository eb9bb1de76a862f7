"""One fixture per rule code, a contract over every rule, and the certainty semantics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import zi_timeline as zt
from conftest import read_fixture, rule_fixtures
from zi_timeline import DateSpan, Precision, Severity, Stage
from zi_timeline._policy import Threshold
from zi_timeline.rules import REGISTRY, Rule
from zi_timeline.rules._gaps import assess


def test_every_registered_code_has_a_fixture() -> None:
    assert {p.stem for p in rule_fixtures()} == {r.code for r in REGISTRY}


def _portfolio_findings(data: dict[str, Any], today: dt.date | None) -> list[dict[str, object]]:
    """A ZI6xx fixture holds a portfolio: its expected findings name the team, days and units too."""
    schedules = [zt.Schedule.from_mapping(unit, strict=False) for unit in data["portfolio"]]
    portfolio = zt.validate_portfolio(schedules, today=today)
    assert all(not r.findings for r in portfolio.reports)  # each unit's own plan is sound
    return [
        {
            "code": f.code,
            "severity": f.severity.value,
            "certain": f.finding.certain,
            "stages": [s.value for s in f.finding.stages],
            "team": f.team,
            "days": [d.isoformat() for d in f.days],
            "units": list(f.units),
        }
        for f in portfolio.findings
    ]


@pytest.mark.parametrize("path", rule_fixtures(), ids=lambda p: p.stem)
def test_rule_fixture_gives_its_expected_findings(path: Path) -> None:
    data = read_fixture(path)
    today = dt.date.fromisoformat(data["today"]) if "today" in data else None
    if "portfolio" in data:
        got_portfolio = _portfolio_findings(data, today)
        assert got_portfolio == data["expected"]
        assert path.stem in [f["code"] for f in got_portfolio]
        return
    report = zt.validate(zt.Schedule.from_mapping(data["schedule"], strict=False), today=today)
    got = [
        {"code": f.code, "severity": f.severity.value, "certain": f.certain, "stages": [s.value for s in f.stages]}
        for f in report.findings
    ]
    assert got == data["expected"]
    assert path.stem in report.codes()


def _portfolio_contract(rule: Rule) -> None:
    """ZI6xx rules look across units: the same contract, run through validate_portfolio."""
    empty = zt.validate_portfolio([zt.Schedule("Unit Kosong")], select=[rule.code])
    assert empty.findings == ()
    assert zt.validate_portfolio([], select=[rule.code]).findings == ()
    assert rule.check is None  # validate() never runs a portfolio rule on one unit
    assert rule.example is not None
    units = rule.example["units"]
    assert isinstance(units, tuple)  # read-only, like the rest of the shared registry
    schedules = [zt.Schedule.from_mapping(u, strict=False) for u in units]
    first = zt.validate_portfolio(schedules, select=[rule.code])
    assert first.codes(), f"{rule.code}'s documented example does not trigger it"
    assert set(first.codes()) == {rule.code}
    assert zt.validate_portfolio(schedules, select=[rule.code]) == first  # deterministic
    for found in first.findings:
        assert found.finding.rule == rule.name
        assert found.finding.message
        assert found.finding.fix
        assert found.finding.source
        assert found.finding.observed
        assert found.units
        assert found.days


@pytest.mark.parametrize("rule", list(REGISTRY), ids=lambda r: r.code)
def test_rule_contract(rule: Rule) -> None:
    assert rule.summary.id
    assert rule.summary.en
    assert rule.rationale.id
    assert rule.fix_hint.en
    assert rule.references
    assert all(ref.strength in {"R", "P", "C"} for ref in rule.references)
    if rule.threshold is not None:
        assert zt.Policy.default().threshold(rule.threshold).rule == rule.code
    if rule.family == "portfolio":
        _portfolio_contract(rule)
        return
    on_empty = zt.validate(zt.Schedule("Unit Kosong"), select=[rule.code]).findings
    assert all(f.code == rule.code for f in on_empty)
    assert (len(on_empty) == 5) if rule.code == "ZI102" else (on_empty == ())
    assert rule.example is not None
    schedule = zt.Schedule.from_mapping(rule.example, strict=False)
    first = zt.validate(schedule, select=[rule.code])
    assert first.findings, f"{rule.code}'s documented example does not trigger it"
    assert {f.code for f in first.findings} == {rule.code}
    assert zt.validate(schedule, select=[rule.code]) == first  # deterministic
    for finding in first.findings:
        assert finding.rule == rule.name
        assert finding.message
        assert finding.fix
        assert finding.source
        assert finding.observed


def _threshold(error: int, warning: int) -> Threshold:
    levels = ((Severity.ERROR, error), (Severity.WARNING, warning))
    return Threshold("t", "ZI201", "months", levels, "C", "s", "r")


def _bounds(text: str) -> tuple[dt.date, dt.date]:
    return zt.parse_date(text).start_bounds


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        ("Juni 2024", "Agustus 2024", (Severity.ERROR, True)),
        ("Februari 2024", "Juni 2024", (Severity.WARNING, False)),  # DESIGN.md's example
        ("1 Februari 2024", "30 Juni 2024", (Severity.WARNING, True)),
        ("29 Februari 2024", "1 Juni 2024", (Severity.ERROR, True)),
        ("Januari 2024", "Juni 2024", (Severity.WARNING, True)),
        ("Desember 2023", "Juni 2024", (Severity.INFO, False)),
        ("Oktober 2023", "Juni 2024", None),
    ],
)
def test_span_certainty(earlier: str, later: str, expected: tuple[Severity, bool] | None) -> None:
    verdict = assess(_threshold(4, 6), _bounds(earlier), _bounds(later))
    assert (None if verdict is None else (verdict.severity, verdict.certain)) == expected


def test_uncertain_finding_says_what_would_settle_it() -> None:
    schedule = zt.Schedule.from_mapping(
        {"unit": "U", "target": "WBK", "milestones": {"perencanaan": "Februari 2024", "pengusulan": "Juni 2024"}}
    )
    (finding,) = zt.validate(schedule, select=["ZI201"]).findings
    assert (finding.severity, finding.certain) == (Severity.WARNING, False)
    assert "kurang dari 4 bulan" in finding.message
    assert "galat" in finding.message
    assert "Tentukan tanggal pasti" in finding.message


def test_month_end_arithmetic_is_calendar_months() -> None:
    # 31 October + 4 months is 28/29 February: 29 February 2024 is exactly 4 months.
    t = _threshold(4, 4)
    assert assess(t, _bounds("31 Oktober 2023"), _bounds("29 Februari 2024")) is None
    verdict = assess(t, _bounds("31 Oktober 2023"), _bounds("28 Februari 2024"))
    assert verdict is not None
    assert verdict.severity is Severity.ERROR


def test_stage_order_reports_only_the_nearest_pair() -> None:
    schedule = zt.Schedule.from_mapping(
        {
            "unit": "U",
            "target": "WBK",
            "milestones": {
                "evaluasi_tpi": "20-31 Mei 2024",
                "pengusulan": "10 Mei 2024",
                "seleksi_administrasi": "15 Mei 2024",
            },
        }
    )
    findings = zt.validate(schedule, select=["ZI101"]).findings
    assert [f.stages for f in findings] == [(Stage.EVALUASI_TPI, Stage.PENGUSULAN)]


def test_wbk_after_submission_is_not_holding_wbk() -> None:
    schedule = zt.Schedule(
        "Kanwil",
        zt.Predicate.WBBM,
        (zt.Milestone(Stage.PENGUSULAN, DateSpan.unit(dt.date(2024, 6, 1), Precision.MONTH)),),
        wbk_awarded=DateSpan.day(dt.date(2024, 12, 11)),
    )
    assert zt.validate(schedule, select=["ZI4"]).codes() == ("ZI401",)


def test_wbk_age_is_uncertain_when_the_wbk_may_come_after_the_submission() -> None:
    # Found by hypothesis: with the submission "awal Oktober 2016" and the WBK on 2 October,
    # a submission on 1 October would make this ZI401's case, so ZI402 cannot be certain.
    schedule = zt.Schedule.from_mapping(
        {
            "unit": "U",
            "target": "WBBM",
            "wbk_awarded": "2 Oktober 2016",
            "milestones": {"pengusulan": "awal Oktober 2016"},
        }
    )
    (finding,) = zt.validate(schedule, select=["ZI402"]).findings
    assert (finding.severity, finding.certain) == (Severity.INFO, False)
