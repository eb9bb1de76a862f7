"""Comparing two versions of a plan: the Itjen's month-to-month question."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import zi_timeline as zt
from zi_timeline.cli import main

if TYPE_CHECKING:
    import pytest

OLD: dict[str, Any] = {
    "unit": "Lapas Kelas IIA Contoh",
    "target": "WBK",
    "milestones": {
        "perencanaan": "Juni 2024",
        "pencanangan": "3 Juli 2024",
        "pembangunan": {"start": "4 Juli 2024", "end": "31 Agustus 2024"},
        "evaluasi_tpi": "22-26 Juli 2024",
        "pengusulan": "Agustus 2024",
    },
}
FIXED: dict[str, Any] = {
    **OLD,
    "milestones": {**OLD["milestones"], "evaluasi_tpi": "3-16 Desember 2024", "pengusulan": "2 Januari 2025"},
}


def _schedules(*items: dict[str, Any]) -> list[zt.Schedule]:
    return [zt.Schedule.from_mapping(item) for item in items]


def test_the_june_to_august_plan_against_its_fix_lists_zi201_resolved() -> None:
    (diff,) = zt.compare(_schedules(OLD), _schedules(FIXED))
    assert diff.status == "changed"
    assert (diff.ok_before, diff.ok_after) == (False, True)
    resolved = {f.code for f in diff.findings if f.kind == "resolved"}
    assert {"ZI201", "ZI202", "ZI203", "ZI301"} <= resolved
    moved = {m.stage: m.days for m in diff.milestones}
    assert moved == {zt.Stage.EVALUASI_TPI: 134, zt.Stage.PENGUSULAN: 154}
    assert not diff.worse  # only an info (ZI305, the 2025 window is unknown) is new


def test_added_removed_and_changed_units() -> None:
    worse = {**OLD, "milestones": {**OLD["milestones"], "perencanaan": "Juli 2024"}}
    other = {**OLD, "unit": "Rutan Baru"}
    diffs = zt.compare(_schedules(OLD, FIXED | {"unit": "Hilang"}), _schedules(worse, other))
    assert [(d.unit, d.status) for d in diffs] == [
        ("Lapas Kelas IIA Contoh", "changed"),
        ("Rutan Baru", "added"),
        ("Hilang", "removed"),
    ]
    assert diffs[0].milestones[0].kind == "moved"
    assert diffs[1].ok_before is None
    same = zt.compare(_schedules(OLD), _schedules(OLD))
    assert same[0].status == "unchanged"
    assert same[0].findings == ()


def test_a_severity_change_is_reported() -> None:
    warning = {**OLD, "milestones": {**OLD["milestones"], "perencanaan": "Februari 2024", "pengusulan": "22 Juli 2024"}}
    error = {**OLD, "milestones": {**OLD["milestones"], "perencanaan": "Mei 2024", "pengusulan": "22 Juli 2024"}}
    (diff,) = zt.compare(_schedules(warning), _schedules(error))
    (zi201,) = [f for f in diff.findings if f.code == "ZI201"]
    assert (zi201.kind, zi201.before, zi201.after) == ("changed", zt.Severity.WARNING, zt.Severity.ERROR)
    assert diff.worse


def test_cli_diff_table_json_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "lama.json", tmp_path / "baru.json"
    old.write_text(json.dumps([OLD]))
    new.write_text(json.dumps([FIXED]))
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "teratasi: ZI201 (galat -> -)" in out
    assert "dipindah: pengusulan ke KemenPANRB: Agustus 2024 -> Kamis, 2 Januari 2025 (154 hari lebih lambat)" in out
    assert main(["diff", str(new), str(old), "--format", "json", "--lang", "en"]) == 1
    (unit,) = json.loads(capsys.readouterr().out)["units"]
    assert {"kind": "added", "code": "ZI201"}.items() <= next(
        f for f in unit["findings"] if f["code"] == "ZI201"
    ).items()
    assert unit["milestones"][1] == {
        "kind": "moved",
        "stage": "pengusulan",
        "before": "2 January 2025",
        "after": "August 2024",
        "days": -154,
    }
    assert main(["diff", str(old), str(tmp_path / "nope.json")]) == 2


def test_a_removed_unit_is_worse_and_its_findings_are_not_resolved() -> None:
    diffs = zt.compare(_schedules(OLD), _schedules({**FIXED, "unit": "Rutan Lain"}))
    assert [(d.unit, d.status) for d in diffs] == [("Rutan Lain", "added"), (OLD["unit"], "removed")]
    assert diffs[1].worse
    assert diffs[1].findings == ()
    assert diffs[1].ok_before is False


def test_cli_diff_reports_a_deleted_unit_as_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "lama.json", tmp_path / "baru.json"
    old.write_text(json.dumps([OLD]))
    new.write_text(json.dumps([{**FIXED, "unit": "Rutan Lain"}]))
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert f"{OLD['unit']}: HILANG (gagal -> -)" in out
    assert "Rutan Lain: BARU" in out
    assert "teratasi:" not in out
    assert "2 unit: 0 berubah, 1 baru, 1 hilang, 2 memburuk, 0 temuan teratasi" in out
    assert main(["diff", str(old), str(new), "--lang", "en"]) == 1
    assert f"{OLD['unit']}: REMOVED" in capsys.readouterr().out
