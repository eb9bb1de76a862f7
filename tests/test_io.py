from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.exceptions import LoadError
from zi_timeline.io import EXAMPLES, load_data


def test_bundled_examples_load_with_at_least_eight_units() -> None:
    schedules = zt.load(EXAMPLES)
    assert len(schedules) >= 8
    assert len({s.unit for s in schedules}) == len(schedules)


def test_a_single_schedule_file(tmp_path: Path) -> None:
    path = tmp_path / "satu.json"
    path.write_text('{"unit": "U", "target": "WBK", "milestones": {"pengusulan": "Juni 2024"}}', encoding="utf-8")
    (schedule,) = zt.load(path)
    assert schedule.unit == "U"


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b'\xef\xbb\xbf[{"unit": "U", "target": "WBK", "milestones": []}]')
    assert [s.unit for s in zt.load(path)] == ["U"]


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes('[{"unit": "Kantor Caf\u00e9"}]'.encode("cp1252"))
    with pytest.raises(LoadError, match="UTF-8"):
        zt.load(path)


def test_bad_units_are_kept_in_order() -> None:
    schedules = load_data([{"unit": "A", "target": "WBK", "milestones": []}, 5, {"unit": "C"}], file="x.json")
    assert [s.unit for s in schedules] == ["A", "(tanpa nama, [1])", "C"]
    assert schedules[1].problems[0].origin.file == "x.json"


def test_yaml_is_read_safely(tmp_path: Path) -> None:
    path = tmp_path / "tag.yaml"
    path.write_text("!!python/object/apply:os.system ['echo hi']\n", encoding="utf-8")
    with pytest.raises(LoadError, match="YAML"):
        zt.load(path)


@pytest.mark.parametrize("bad", ["2024-02-30", "2024-13-03"])
def test_an_impossible_yaml_date_is_a_finding_on_its_own_unit_and_the_others_stay(tmp_path: Path, bad: str) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "rencana.yaml"
    path.write_text(
        "- unit: A\n  target: WBK\n  milestones: {perencanaan: Oktober 2023, pengusulan: 2024-06-20}\n"
        f"- unit: B\n  target: WBK\n  milestones: {{perencanaan: {bad}}}\n",
        encoding="utf-8",
    )
    first, second = zt.load(path)
    assert (first.unit, second.unit) == ("A", "B")
    assert not first.problems
    assert str(first.milestones[-1].span) == "20 Juni 2024"  # a good YAML date still reads as its day
    (problem,) = second.problems
    assert problem.code == "ZI901"
    assert bad in problem.text.id
    assert problem.origin.file == str(path)


def test_a_yaml_integer_beyond_python_s_digit_limit_loses_no_unit(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "besar.yaml"
    path.write_text(
        f"- unit: A\n  target: WBK\n  evaluator: 0x{'f' * 4000}\n  milestones: {{perencanaan: Oktober 2023}}\n"
        "- unit: B\n  target: WBK\n  milestones: {perencanaan: Oktober 2023}\n",
        encoding="utf-8",
    )
    first, second = zt.load(path)
    assert (first.unit, second.unit) == ("A", "B")
    assert first.evaluator == "0x" + "f" * 4000  # kept as written: a team's name is text


def test_deep_json_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(LoadError):
        zt.load(path)


def test_a_file_over_the_size_limit_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "besar.json"
    path.write_text("[]" + " " * 100, encoding="utf-8")
    monkeypatch.setattr("zi_timeline.io.MAX_FILE_BYTES", 50)
    with pytest.raises(LoadError) as info:
        zt.load(path)
    assert "terlalu besar (batas 50 bita)" in str(info.value)
    assert "file too large" in info.value.message("en")


def test_entries_that_are_no_mappings_keep_their_place_with_no_guessed_target() -> None:
    schedules = load_data(["x", 7])
    assert [s.unit for s in schedules] == ["(tanpa nama, [0])", "(tanpa nama, [1])"]
    assert [s.target for s in schedules] == [None, None]  # never the WBK default
    assert [p.code for s in schedules for p in s.problems] == ["ZI903", "ZI903"]
    report = zt.validate(schedules[1])
    assert report.target is None
    assert "ZI401" not in report.codes()


def test_a_unit_named_twice_in_one_json_list_is_kept_apart_and_said(tmp_path: Path) -> None:
    path = tmp_path / "dua.json"
    path.write_text(
        '[{"unit": "Lapas A", "target": "WBK", "milestones": {}},'
        ' {"unit": "Rutan B", "target": "WBK", "milestones": {}},'
        ' {"unit": "Lapas A", "target": "WBK", "milestones": {}}]',
        encoding="utf-8",
    )
    first, _, again = zt.load(path)
    assert first.unit == again.unit == "Lapas A"
    assert [p.code for p in first.problems] == []
    (problem,) = again.problems
    assert problem.code == "ZI903"
    assert "entry 3, first at entry 1" in problem.text.en


def test_a_yaml_waiver_date_written_without_quotes_is_still_its_day(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "pengecualian.yaml"
    path.write_text(
        "waivers:\n  - unit: A\n    code: ZI201\n    reason: disetujui\n    accepted_by: Kakanwil\n"
        "    expires: 2030-12-31\n",
        encoding="utf-8",
    )
    (waiver,) = zt.io.load_waivers(path)["A"]
    assert waiver.expires == zt.DateSpan.day(dt.date(2030, 12, 31))
