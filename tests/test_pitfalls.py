"""The Itjen's six warning signs: the ZI5xx rules, participants, and the per-report view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline import Stage
from zi_timeline._people import Audience, Scope
from zi_timeline._signs import Status
from zi_timeline.cli import main

BASE = [
    {"stage": "perencanaan", "date": "Oktober - Desember 2023"},
    {"stage": "pembentukan_tim", "date": "8 Januari 2024"},
    {"stage": "sosialisasi", "date": "22 Januari 2024", "participants": "seluruh pegawai"},
    {"stage": "pencanangan", "date": "23 Januari 2024"},
    {"stage": "pembangunan", "date": "24 Januari 2024 - 31 Juli 2024"},
    {"stage": "analisis_kebutuhan", "date": "Februari 2024"},
    {"stage": "inovasi", "date": "April 2024"},
    {"stage": "survei", "date": "2-8 Mei 2024"},
    {"stage": "evaluasi_tpi", "date": "20-31 Mei 2024"},
    {"stage": "pengusulan", "date": "22 Juli 2024"},
    {"stage": "penetapan", "date": "11 Desember 2024"},
    {"stage": "pemantauan", "date": "Januari 2025"},
]


def _plan(*, drop: tuple[str, ...] = (), add: tuple[dict[str, str], ...] = ()) -> zt.Schedule:
    rows = [r for r in BASE if r["stage"] not in drop] + list(add)
    return zt.Schedule.from_mapping({"unit": "Rutan Contoh", "target": "WBK", "milestones": rows})


def _signs(report: zt.Report) -> dict[int, Status]:
    return {s.sign: s.status for s in report.signs}


def test_the_complete_plan_shows_none_of_the_six_signs() -> None:
    report = zt.validate(_plan())
    assert report.findings == ()
    assert set(_signs(report).values()) == {Status.ABSENT}


def test_healthy_bundled_example_shows_none_of_the_six_signs(examples: dict[str, zt.Schedule]) -> None:
    report = zt.validate(examples["Rutan Kelas I Contoh"])
    assert set(_signs(report).values()) == {Status.ABSENT}


def test_innovation_before_any_needs_analysis_or_survey_is_zi506() -> None:
    plan = _plan(drop=("analisis_kebutuhan", "inovasi"), add=({"stage": "inovasi", "date": "Maret 2024"},))
    report = zt.validate(plan)
    (finding,) = report.findings
    assert (finding.code, finding.severity, finding.certain) == ("ZI506", zt.Severity.WARNING, True)
    assert "inovasi tidak berbasis kebutuhan" in finding.message
    assert "Tambahkan analisis kebutuhan" in finding.fix
    assert _signs(report)[6] is Status.PRESENT
    # A needs analysis in the same month may or may not come first: not certain.
    same_month = _plan(add=({"stage": "inovasi", "date": "Februari 2024"},), drop=("inovasi",))
    (maybe,) = zt.validate(same_month).findings
    assert (maybe.code, maybe.severity, maybe.certain) == ("ZI506", zt.Severity.INFO, False)


def test_every_activity_bunched_in_the_month_before_tpi_is_zi504() -> None:
    bunched = (
        {"stage": "sosialisasi", "date": "22 Januari 2024", "participants": "seluruh pegawai"},
        {"stage": "analisis_kebutuhan", "date": "29 April 2024"},
        {"stage": "inovasi", "date": "6 Mei 2024"},
        {"stage": "survei", "date": "13-16 Mei 2024"},
        {"stage": "pemantauan", "date": "17 Mei 2024"},
    )
    plan = _plan(drop=("sosialisasi", "analisis_kebutuhan", "inovasi", "survei"), add=bunched)
    report = zt.validate(plan)
    (finding,) = report.findings
    assert finding.code == "ZI504"
    assert finding.observed == "4 dari 5 kegiatan (80%)"
    assert finding.required == "< 60% dalam 30 hari sebelum TPI"
    assert _signs(report)[4] is Status.PRESENT
    en = zt.validate(plan, lang="en").findings[0]
    assert en.observed == "4 of 5 activities (80%)"
    assert "documents only" in en.message


def test_no_survey_before_tpi_is_zi503() -> None:
    report = zt.validate(_plan(drop=("survei",)))
    assert report.codes() == ("ZI503",)
    assert "tanpa masukan pemangku kepentingan" in report.findings[0].message
    # A public consultation counts as stakeholder input.
    consulted = _plan(
        drop=("survei",),
        add=({"stage": "analisis_kebutuhan", "date": "Maret 2024", "participants": "masyarakat pengguna layanan"},),
    )
    assert "ZI503" not in zt.validate(consulted).codes()


def test_a_plan_that_stops_at_the_award_is_zi501() -> None:
    report = zt.validate(_plan(drop=("pemantauan",)))
    assert report.codes() == ("ZI501",)
    assert report.findings[0].severity is zt.Severity.INFO
    assert "Kamis, 2 Januari 2025" in report.findings[0].fix  # 1 January is a holiday


def test_few_people_no_socialisation_or_pokja_only() -> None:
    none_before = zt.validate(_plan(drop=("sosialisasi",)))
    (zi505,) = [f for f in none_before.findings if f.code == "ZI505"]
    assert zi505.stages == (Stage.SOSIALISASI, Stage.PEMBANGUNAN)
    assert "Selasa, 23 Januari 2024" in zi505.fix
    pokja = _plan(
        drop=("sosialisasi",), add=({"stage": "sosialisasi", "date": "22 Januari 2024", "participants": "Tim Pokja"},)
    )
    (finding,) = zt.validate(pokja).findings
    assert finding.code == "ZI505"
    assert finding.observed == "Tim Pokja"
    external_only = _plan(
        drop=("sosialisasi",), add=({"stage": "sosialisasi", "date": "22 Januari 2024", "audience": "eksternal"},)
    )
    assert zt.validate(external_only).codes() == ("ZI505",)


def test_signs_say_cannot_tell_when_the_plan_lacks_what_is_needed() -> None:
    report = zt.validate(_plan(drop=("inovasi", "evaluasi_tpi")))
    signs = {s.sign: s for s in report.signs}
    assert signs[6].status is Status.UNKNOWN
    assert signs[6].reason == "tidak ada inovasi dalam rencana"
    assert signs[3].status is Status.UNKNOWN
    ignored = zt.validate(_plan(), ignore=["ZI5"])
    assert {s.sign: s.status for s in ignored.signs}[1] is Status.UNKNOWN
    assert {s.sign: s.status for s in ignored.signs}[2] is Status.ABSENT


def test_instant_example_shows_sign_two(examples: dict[str, zt.Schedule]) -> None:
    report = zt.validate(examples["Lapas Kelas IIA Contoh"])
    signs = {s.sign: s for s in report.signs}
    assert signs[2].status is Status.PRESENT
    assert signs[2].codes == ("ZI201", "ZI202", "ZI203")


def test_each_sign_has_a_bundled_example(examples: dict[str, zt.Schedule]) -> None:
    for sign, unit in {
        1: "Lapas Narkotika Contoh",
        3: "Rutan Kelas IIB Contoh",
        4: "Kantor Imigrasi Kelas II Contoh",
        5: "Bapas Kelas II Contoh",
        6: "LPKA Contoh",
    }.items():
        statuses = _signs(zt.validate(examples[unit]))
        assert statuses[sign] is Status.PRESENT, unit
        assert [s for s, st in statuses.items() if st is Status.PRESENT] == [sign], unit


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("seluruh pegawai", Scope.UNIT),
        ("Kepala, pokja dan seluruh jajaran", Scope.UNIT),
        ("Tim Pokja ZI", Scope.POKJA),
        ("agen perubahan", Scope.POKJA),
        ("masyarakat pengguna layanan", Scope.EXTERNAL),
        ("pegawai dan pemangku kepentingan", Scope.EXTERNAL),
        ("rapat koordinasi", None),
    ],
)
def test_participants_are_read_into_a_scope(text: str, scope: Scope | None) -> None:
    assert Scope.read(text) is scope


def test_scope_and_audience_fields_round_trip_and_bad_values_are_named() -> None:
    data = {
        "unit": "U",
        "target": "WBK",
        "milestones": [{"tahap": "sosialisasi", "tanggal": "Januari 2024", "cakupan": "unit", "sasaran": "keduanya"}],
    }
    schedule = zt.Schedule.from_mapping(data)
    (m,) = schedule.milestones
    assert (m.scope, m.audience, m.reaches) == (Scope.UNIT, Audience.BOTH, Audience.BOTH)
    assert zt.Schedule.from_mapping(schedule.to_dict()) == schedule
    data["milestones"][0]["sasaran"] = "semua orang"  # type: ignore[index]
    broken = zt.Schedule.from_mapping(data, strict=False)
    (finding,) = [f for f in zt.validate(broken).findings if f.code == "ZI903"]
    assert "tahapan ke-1, sasaran" in finding.message
    assert "milestones[0].audience" in zt.validate(broken, lang="en").findings[-1].message
    assert "'semua orang'" in finding.message


def test_cli_shows_the_signs_in_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jadwal.json"
    path.write_text(json.dumps([{"unit": "Rutan Contoh", "target": "WBK", "milestones": BASE}]), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Enam tanda peringatan Itjen:" in out
    assert "[TIDAK] 6 inovasi tidak berbasis kebutuhan" in out
    assert main(["check", str(path), "--format", "json", "--lang", "en"]) == 0
    signs = json.loads(capsys.readouterr().out)["reports"][0]["signs"]
    assert [s["status"] for s in signs] == ["absent"] * 6
    assert signs[3]["key"] == "documents-only"
