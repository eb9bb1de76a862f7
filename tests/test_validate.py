from __future__ import annotations

import datetime as dt
import json

import pytest

import zi_timeline as zt
from zi_timeline import Severity, Stage
from zi_timeline.exceptions import ReportError, UnknownRuleError

INSTANT = {
    "unit": "Lapas Kelas IIA Contoh",
    "target": "WBK",
    "milestones": [{"stage": "perencanaan", "date": "Juni 2024"}, {"stage": "pengusulan", "date": "Agustus 2024"}],
}


def test_june_plan_august_submission_is_instant() -> None:
    report = zt.validate(zt.Schedule.from_mapping(INSTANT))
    assert not report.ok
    zi201 = next(f for f in report.findings if f.code == "ZI201")
    assert (zi201.rule, zi201.severity, zi201.certain) == ("plan-to-submission", Severity.ERROR, True)
    assert zi201.stages == (Stage.PERENCANAAN, Stage.PENGUSULAN)
    # 24 working days: 1-31 July 2024 (23) and 1 August; 63: 3 June - 30 August minus
    # Idul Adha (17 June) and its cuti bersama (18 June).
    assert zi201.observed == "1-2 bulan, 24-63 hari kerja (32-91 hari)"
    assert zi201.required == ">= 4 bulan"
    assert "Juni 2024" in zi201.message
    assert "Agustus 2024" in zi201.message
    assert "4 bulan" in zi201.message
    # The 2024 window closed on 31 July, and 2025's is not known: the 31 May deadline stands.
    assert "pengusulan paling cepat Kamis, 2 Januari 2025 (siklus 2025" in zi201.fix
    assert "(ZI301)" in zi201.fix
    assert zi201.strength == "C"


def test_english_messages() -> None:
    report = zt.validate(zt.Schedule.from_mapping(INSTANT), lang="en")
    zi201 = next(f for f in report.findings if f.code == "ZI201")
    assert "June 2024" in zi201.message
    assert "August 2024" in zi201.message
    assert zi201.observed == "1-2 months, 24-63 working days (32-91 days)"
    assert "no earlier than Thursday, 2 January 2025 (2025 cycle" in zi201.fix


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="'fr'"):
        zt.validate(zt.Schedule.from_mapping(INSTANT), lang="fr")


def test_healthy_kemenkumham_rhythm_is_clean(examples: dict[str, zt.Schedule]) -> None:
    report = zt.validate(examples["Rutan Kelas I Contoh"])
    assert report.ok
    assert report.findings == ()


def test_ketat_is_stricter_than_default(examples: dict[str, zt.Schedule]) -> None:
    five_months = examples["Kantor Wilayah Contoh"]
    assert zt.validate(five_months).ok
    assert not zt.validate(five_months, zt.Policy.named("ketat")).ok


def test_findings_are_sorted_by_severity_code_stage(examples: dict[str, zt.Schedule]) -> None:
    for schedule in examples.values():
        findings = zt.validate(schedule).findings
        assert list(findings) == sorted(findings, key=lambda f: f.sort_key)


def test_select_and_ignore() -> None:
    schedule = zt.Schedule.from_mapping(INSTANT)
    assert set(zt.validate(schedule, select=["ZI2"]).codes()) == {"ZI201"}
    assert "ZI102" not in zt.validate(schedule, ignore=["ZI102"]).codes()
    with pytest.raises(UnknownRuleError, match="ZI999"):
        zt.validate(schedule, select=["ZI999"])


def test_severity_override_from_policy() -> None:
    policy = zt.Policy.from_mapping({"extends": "default", "rules": {"severity": {"ZI201": "warning"}}})
    report = zt.validate(zt.Schedule.from_mapping(INSTANT), policy, select=["ZI201"])
    assert report.ok
    assert report.findings[0].severity is Severity.WARNING


def test_raise_for_errors_lists_every_error() -> None:
    report = zt.validate(zt.Schedule.from_mapping(INSTANT))
    with pytest.raises(ReportError) as info:
        report.raise_for_errors()
    assert len(info.value.findings) == report.counts["error"] == 5
    assert "ZI201" in str(info.value)
    zt.validate(zt.Schedule.from_mapping(INSTANT), select=["ZI4"]).raise_for_errors()


def test_to_dict_is_json_ready_with_stable_keys() -> None:
    data = zt.validate(zt.Schedule.from_mapping(INSTANT)).to_dict()
    assert list(data) == [
        "unit",
        "target",
        "ok",
        "counts",
        "findings",
        "signs",
        "policy",
        "policy_version",
        "policy_digest",
    ]
    signs = data["signs"]
    assert isinstance(signs, list)
    assert list(signs[0]) == ["sign", "key", "name", "status", "findings", "reason"]
    findings = data["findings"]
    assert isinstance(findings, list)
    assert list(findings[0]) == [
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
        "waived",
        "origin",
    ]
    assert json.loads(json.dumps(data)) == data


def test_validate_many_keeps_length_and_order(examples: dict[str, zt.Schedule]) -> None:
    schedules = list(examples.values())
    reports = zt.validate_many(schedules)
    assert [r.unit for r in reports] == [s.unit for s in schedules]


def test_input_problems_become_zi9xx_findings_naming_the_place(examples: dict[str, zt.Schedule]) -> None:
    report = zt.validate(examples["Lapas Perempuan Contoh"])
    assert {"ZI901", "ZI902"} <= set(report.codes())
    zi901 = next(f for f in report.findings if f.code == "ZI901")
    assert "contoh.json" in zi901.message
    assert "jadwal ke-9, tahapan ke-4, tanggal" in zi901.message
    english = next(f for f in zt.validate(examples["Lapas Perempuan Contoh"], lang="en").findings if f.code == "ZI901")
    assert "schedules[8].milestones[3].date" in english.message
    assert zi901.observed == "'31 Februari 2025'"
    assert zi901.required == "tanggal yang ada di kalender, dalam bentuk yang dikenal"


def test_ignore_none_ignores_nothing_more() -> None:
    plan = zt.Schedule.from_mapping(
        {"unit": "Lapas A", "target": "WBK", "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}}
    )
    assert zt.validate(plan, ignore=None) == zt.validate(plan)
    assert zt.validate_many([plan], ignore=None, today=dt.date(2024, 1, 1)) == zt.validate_many(
        [plan], today=dt.date(2024, 1, 1)
    )
    assert zt.validate(plan, select=iter(["ZI201"])).codes() == ("ZI201",)  # an iterator is read once


def test_the_library_s_own_sources_are_said_in_english_too() -> None:
    plan = zt.Schedule.from_mapping(
        {"unit": "Lapas Contoh", "target": "WBBM", "milestones": {"perencanaan": "31 Februari 2024"}}, strict=False
    )
    english = {f.code: f.source for f in zt.validate(plan, lang="en").findings}
    indonesian = {f.code: f.source for f in zt.validate(plan).findings}
    assert english["ZI901"].startswith("zi_timeline: in batch mode")
    assert indonesian["ZI901"].startswith("zi_timeline: dalam mode batch")
    assert "policy default (required_stages)" in english["ZI102"]
    assert "kebijakan default (required_stages)" in indonesian["ZI102"]
    assert "criteria for a WBBM proposal" in english["ZI401"]
