"""The planner's loop in one medium: plan -> file -> check, fix -> file -> check, diff."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from jsonschema import Draft202012Validator

import zi_timeline as zt
from zi_timeline import planning
from zi_timeline._schema_loop import schemas
from zi_timeline.cli import main
from zi_timeline.exceptions import PlanningError
from zi_timeline.io import EXAMPLES

TODAY = ["--today", "1 Januari 2025"]


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = main(["check", str(path), "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def _errors(which: str, document: Any) -> list[str]:
    validator = Draft202012Validator(schemas()[which], format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(document)]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json", ".yaml"])
@pytest.mark.parametrize("year", [2024, 2026])
def test_a_plan_written_out_checks_clean(
    suffix: str, year: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"rencana{suffix}"
    assert main(["plan", "--year", str(year), "-o", str(path)]) == 0
    assert f"zi-timeline check {path}" in capsys.readouterr().out
    code, document = _check(path, capsys)
    assert code == 0
    (report,) = document["reports"]
    assert (report["counts"]["error"], report["counts"]["warning"]) == (0, 0)
    (schedule,) = zt.load(path)
    expected = planning.plan(year).schedule
    assert schedule.milestones == expected.milestones  # dates and the reason for each, read back as written


def test_the_xlsx_plan_is_the_template_with_instructions(tmp_path: Path) -> None:
    path = tmp_path / "rencana.xlsx"
    planning.save(planning.plan(2026), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Petunjuk", "Jadwal"]
    assert "zi-timeline check" in " ".join(str(c.value) for c in book["Petunjuk"]["A"])
    header = [c.value for c in book["Jadwal"][1]]
    assert header[:8] == ["satker", "predikat", "tanggal_wbk", "dicabut", "tahap", "tanggal", "mulai", "selesai"]
    assert book["Jadwal"].data_validations.dataValidation  # the stage drop-down, as in the template


def test_plan_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rencana.csv"
    path.write_text("x", encoding="utf-8")
    assert main(["plan", "--year", "2026", "-o", str(path)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["plan", "--year", "2026", "-o", str(path), "--force"]) == 0
    assert main(["plan", "--year", "2026", "-o", str(tmp_path / "rencana.txt")]) == 2


def test_the_plan_json_document_checks_clean_as_it_stands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--year", "2024", "--format", "json"]) == 0
    text = capsys.readouterr().out
    assert _errors("plan", json.loads(text)) == []
    path = tmp_path / "rencana.json"
    path.write_text(text, encoding="utf-8")
    code, document = _check(path, capsys)
    assert code == 0
    assert document["reports"][0]["counts"] == {"error": 0, "warning": 0, "info": 0, "waived": 0}


def test_rows_are_what_the_csv_holds(tmp_path: Path) -> None:
    result = planning.plan(2026, unit="Lapas Contoh")
    rows = planning.to_rows(result)
    assert len(rows) == len(result.schedule)
    assert rows[0]["satker"] == "Lapas Contoh"
    assert rows[0]["tahap"] == "perencanaan"
    assert all(row["catatan"] for row in rows)  # every date with its reason
    path = tmp_path / "rencana.csv"
    planning.save(result, path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(";") == list(rows[0])
    assert len(lines) == len(rows) + 1


def _instant(tmp_path: Path) -> Path:
    """The bundled June-to-August plan, every required stage present."""
    (data,) = [s for s in json.loads(EXAMPLES.read_text(encoding="utf-8"))["schedules"] if "instan" in s["unit"]]
    path = tmp_path / "instan.json"
    path.write_text(json.dumps({"schedules": [data]}), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".csv", ".yaml"])
def test_an_instant_plan_fixed_checks_without_error_and_diff_shows_the_moves(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _instant(tmp_path)
    fixed = tmp_path / f"diperbaiki{suffix}"
    assert main(["fix", str(source), "-o", str(fixed)]) == 0
    out = capsys.readouterr().out
    assert "DIPERBAIKI (2 perubahan)" in out
    assert "pengusulan ke KemenPANRB: Agustus 2024 -> Kamis, 2 Januari 2025" in out
    code, document = _check(fixed, capsys)
    assert code == 0
    assert document["reports"][0]["counts"]["error"] == 0
    capsys.readouterr()
    main(["diff", str(source), str(fixed)])
    diff = capsys.readouterr().out
    assert "dipindah: pengusulan ke KemenPANRB: Agustus 2024 -> Kamis, 2 Januari 2025" in diff
    assert "dipindah: evaluasi TPI" in diff


def test_a_moved_xlsx_cell_is_coloured_with_the_reason_as_a_comment(tmp_path: Path) -> None:
    fixed = tmp_path / "diperbaiki.xlsx"
    main(["fix", str(_instant(tmp_path)), "-o", str(fixed)])
    sheet = openpyxl.load_workbook(fixed)["Jadwal"]
    moved = [row for row in sheet.iter_rows(min_row=2) if row[4].value in {"pengusulan", "evaluasi_tpi"}]
    for row in moved:
        cell = next(c for c in row[5:8] if c.value is not None)
        assert cell.fill.start_color.rgb.endswith("FFE082")
        assert cell.comment is not None
        assert "zi-timeline fix" in cell.comment.text
    still = next(row for row in sheet.iter_rows(min_row=2) if row[4].value == "perencanaan")
    assert still[5].comment is None


def test_a_moved_milestone_carries_its_reason_in_a_note(tmp_path: Path) -> None:
    fixed = tmp_path / "diperbaiki.csv"
    main(["fix", str(_instant(tmp_path)), "-o", str(fixed), "--lang", "en"])
    (schedule,) = zt.load(fixed)
    submission = schedule.first(zt.Stage.PENGUSULAN)
    assert submission is not None
    assert submission.note is not None
    assert submission.note.startswith("moved by zi-timeline fix: no earlier than")


def test_fix_exits_1_naming_what_to_add_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "dua.json"
    stages = {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}
    bare = {"unit": "Tanpa Tahap", "target": "WBK", "milestones": stages}
    source.write_text(json.dumps([bare, json.loads(_instant(tmp_path).read_text())["schedules"][0]]), encoding="utf-8")
    fixed = tmp_path / "hasil.json"
    assert main(["fix", str(source), "-o", str(fixed)]) == 1
    out = capsys.readouterr().out
    assert "Tanpa Tahap: TIDAK DAPAT DIPERBAIKI" in out
    assert "tambahkan dulu: pencanangan, pembangunan ZI, evaluasi TPI" in out
    assert [s.unit for s in zt.load(fixed)] == ["Tanpa Tahap", "Lapas Kelas IIA Contoh (jadwal instan Juni-Agustus)"]


def test_fix_never_writes_over_its_input_nor_a_half_read_portfolio(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _instant(tmp_path)
    before = source.read_bytes()
    assert main(["fix", str(source), "-o", str(source), "--force"]) == 2
    assert source.read_bytes() == before
    out = tmp_path / "hasil.json"
    assert main(["fix", str(EXAMPLES), "-o", str(out)]) == 1  # one example unit has unreadable cells
    assert "masukan tidak terbaca (ZI901, ZI902)" in capsys.readouterr().out
    assert not out.exists()


def test_the_readme_suggestion_says_why_there_are_no_moves() -> None:
    plan = zt.Schedule.from_mapping(
        {
            "unit": "Lapas Kelas IIA Contoh",
            "target": "WBK",
            "milestones": [
                {"stage": "perencanaan", "date": "Juni 2024"},
                {"stage": "pengusulan", "date": "Agustus 2024"},
            ],
        }
    )
    suggestion = planning.suggest_fix(plan)
    assert suggestion.moves == ()
    assert not suggestion.feasible
    assert suggestion.missing == (zt.Stage.PENCANANGAN, zt.Stage.PEMBANGUNAN, zt.Stage.EVALUASI_TPI)
    assert "tambahkan dulu: pencanangan, pembangunan ZI, evaluasi TPI" in suggestion.reason
    with pytest.raises(PlanningError, match="tambahkan dulu"):
        planning.apply(suggestion)


def test_apply_gives_the_fixed_schedule(tmp_path: Path) -> None:
    (schedule,) = zt.load(_instant(tmp_path))
    suggestion = planning.suggest_fix(schedule)
    fixed = planning.apply(suggestion)
    assert zt.validate(fixed).ok
    assert fixed == suggestion.schedule
    assert fixed.first(zt.Stage.PENGUSULAN) != schedule.first(zt.Stage.PENGUSULAN)


def test_diff_json_matches_its_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _instant(tmp_path)
    fixed = tmp_path / "diperbaiki.json"
    main(["fix", str(source), "-o", str(fixed)])
    capsys.readouterr()
    main(["diff", str(source), str(fixed), "--format", "json", *TODAY])
    document = json.loads(capsys.readouterr().out)
    assert _errors("diff", document) == []
    assert {m["stage"] for m in document["units"][0]["milestones"]} == {"pengusulan", "evaluasi_tpi"}


def test_check_suggest_json_names_the_stages_to_add(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jadwal.json"
    stages = {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}
    path.write_text(json.dumps({"unit": "U", "target": "WBK", "milestones": stages}), encoding="utf-8")
    assert main(["check", str(path), "--suggest", "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert _errors("output", document) == []
    suggestion = document["reports"][0]["suggestion"]
    assert suggestion["moves"] == []
    assert suggestion["missing"] == ["pencanangan", "pembangunan", "evaluasi_tpi"]
