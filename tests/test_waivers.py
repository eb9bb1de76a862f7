"""Waivers: an accepted risk stays visible with its reason and stops failing the report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.cli import main
from zi_timeline.exceptions import ZiTimelineError
from zi_timeline.io import add_waivers, load_waivers

TODAY = dt.date(2025, 1, 15)
INSTANT = {
    "unit": "Lapas Kelas IIA Contoh",
    "target": "WBK",
    "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"},
}
WAIVER = {
    "code": "ZI201",
    "reason": "Rencana disusun ulang; pengusulan dipindah ke 2025",
    "accepted_by": "Kakanwil Kemenkumham Banten",
    "expires": "31 Desember 2025",
}


def _report(*waivers: dict[str, str], select: tuple[str, ...] = ("ZI201", "ZI9")) -> zt.Report:
    schedule = zt.Schedule.from_mapping({**INSTANT, "waivers": list(waivers)})
    return zt.validate(schedule, select=list(select), today=TODAY)


def test_a_waived_zi201_passes_and_stays_visible_with_its_reason() -> None:
    assert not _report().ok
    report = _report(WAIVER)
    assert report.ok
    (finding,) = report.findings
    assert finding.code == "ZI201"
    assert finding.severity is zt.Severity.ERROR  # the verdict itself is unchanged
    assert finding.waived is not None
    assert finding.waived.reason == WAIVER["reason"]
    assert report.counts == {"error": 0, "warning": 0, "info": 0, "waived": 1}
    data = report.to_dict()["findings"][0]
    assert data["waived"] == {
        "reason": WAIVER["reason"],
        "accepted_by": WAIVER["accepted_by"],
        "expires": "2025-12-31",
        "stage": None,
    }
    report.raise_for_errors()


def test_a_waiver_without_reason_does_not_apply_and_is_itself_a_finding() -> None:
    report = _report({**WAIVER, "reason": ""})
    assert not report.ok
    assert report.codes() == ("ZI201", "ZI905")
    assert "alasan" in report.findings[1].message
    unknown = _report({**WAIVER, "code": "ZI999"})
    assert "ZI905" in unknown.codes()
    assert "'ZI999'" in next(f for f in unknown.findings if f.code == "ZI905").message


def test_an_expired_waiver_does_not_apply() -> None:
    report = _report({**WAIVER, "expires": "31 Desember 2024"})
    assert not report.ok
    assert report.codes() == ("ZI201", "ZI906")
    assert "31 Desember 2024" in report.findings[1].message
    # On its last day it still holds.
    last_day = zt.validate(
        zt.Schedule.from_mapping({**INSTANT, "waivers": [{**WAIVER, "expires": "15 Januari 2025"}]}),
        select=["ZI201"],
        today=TODAY,
    )
    assert last_day.ok


def test_a_waiver_that_waives_nothing_is_reported_unused() -> None:
    report = _report({**WAIVER, "code": "ZI403"}, select=("ZI201", "ZI4", "ZI9"))
    assert not report.ok
    assert report.codes() == ("ZI201", "ZI907")
    assert report.findings[1].severity is zt.Severity.INFO


def test_a_waiver_for_one_stage_only_waives_that_stage() -> None:
    schedule = zt.Schedule.from_mapping(
        {
            **INSTANT,
            "milestones": {**INSTANT["milestones"], "pencanangan": "3 Juli 2024"},  # type: ignore[dict-item]
            "waivers": [{**WAIVER, "code": "ZI202", "stage": "pencanangan"}],
        }
    )
    report = zt.validate(schedule, select=["ZI201", "ZI202", "ZI9"], today=TODAY)
    assert {f.code: f.waived is not None for f in report.findings} == {"ZI201": False, "ZI202": True}
    wrong_stage = attrs_evolve_waiver(schedule, stage=zt.Stage.PERENCANAAN)
    assert "ZI907" in zt.validate(wrong_stage, select=["ZI202", "ZI9"], today=TODAY).codes()


def attrs_evolve_waiver(schedule: zt.Schedule, *, stage: zt.Stage) -> zt.Schedule:
    import attrs  # noqa: PLC0415 - only this helper needs it

    return attrs.evolve(schedule, waivers=[attrs.evolve(w, stage=stage) for w in schedule.waivers])


def test_waivers_round_trip_through_to_dict() -> None:
    schedule = zt.Schedule.from_mapping({**INSTANT, "pengecualian": [{"kode": "zi201", "alasan": "x"}]})
    assert schedule.waivers[0].code == "ZI201"
    assert zt.Schedule.from_mapping(schedule.to_dict()) == schedule


def test_a_separate_waivers_file(tmp_path: Path) -> None:
    path = tmp_path / "pengecualian.json"
    path.write_text(json.dumps({"waivers": [{"unit": INSTANT["unit"], **WAIVER}, {"unit": "Tidak Ada", **WAIVER}]}))
    waivers = load_waivers(path)
    schedules, strangers = add_waivers([zt.Schedule.from_mapping(INSTANT)], waivers)
    assert strangers == ["Tidak Ada"]
    assert zt.validate(schedules[0], select=["ZI201"], today=TODAY).ok
    path.write_text(json.dumps({"waivers": [WAIVER]}))
    with pytest.raises(ZiTimelineError) as info:
        load_waivers(path)
    assert "waivers[0].unit" in info.value.message("en")
    assert str(path) in info.value.message("id")


def test_cli_waivers_and_today(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    schedules = tmp_path / "jadwal.json"
    schedules.write_text(json.dumps([INSTANT]))
    waivers = tmp_path / "pengecualian.json"
    waivers.write_text(json.dumps([{"unit": INSTANT["unit"], **WAIVER}]))
    args = ["check", str(schedules), "--select", "ZI201,ZI9", "--waivers", str(waivers)]
    assert main([*args, "--today", "15 Januari 2025"]) == 0
    out = capsys.readouterr().out
    assert "DIKECUALIKAN: Rencana disusun ulang" in out
    assert "1 dikecualikan" in out
    assert main([*args, "--today", "1 Januari 2026"]) == 1
    assert "ZI906" in capsys.readouterr().out
    assert main([*args, "--today", "Januari 2026"]) == 2
    assert "--today" in capsys.readouterr().err
