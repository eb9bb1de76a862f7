"""A key written twice in one JSON object or YAML mapping is refused, naming both values and the place."""

from __future__ import annotations

from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.exceptions import LoadError

PLAN = """{"unit": "Lapas Contoh", "target": "WBK",
 "milestones": [
   {"stage": "perencanaan", "date": "Juni 2024"},
   {"stage": "pengusulan",
    "date": "Agustus 2024", "date": "Januari 2025"}
 ]}
"""


def _refusal(path: Path) -> LoadError:
    with pytest.raises(LoadError) as caught:
        zt.load(path, strict=False)
    return caught.value


def test_a_repeated_json_key_is_refused_at_its_object_with_both_values(tmp_path: Path) -> None:
    path = tmp_path / "rencana.json"
    path.write_text(PLAN, encoding="utf-8")
    error = _refusal(path)
    assert (error.file, error.row, error.column) == (str(path), 4, "4")  # the object that repeats "date"
    assert "'date'" in error.text.id
    assert "'Agustus 2024' lalu 'Januari 2025'" in error.text.id
    assert "'Agustus 2024', then 'Januari 2025'" in error.text.en


def test_a_repeated_top_level_json_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dua.json"
    path.write_text('{"unit": "A", "unit": "B", "milestones": {}}', encoding="utf-8")
    error = _refusal(path)
    assert (error.row, error.column) == (1, "1")
    assert "'A' lalu 'B'" in error.text.id


def test_the_same_key_in_different_objects_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "baik.json"
    path.write_text(PLAN.replace('"date": "Agustus 2024", ', ""), encoding="utf-8")
    (schedule,) = zt.load(path)
    assert [m.stage.value for m in schedule.milestones] == ["perencanaan", "pengusulan"]


def test_a_repeated_yaml_key_is_refused_at_the_second_key(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "rencana.yaml"
    path.write_text(
        "unit: Lapas Contoh\nmilestones:\n  - stage: pengusulan\n    date: Agustus 2024\n    date: Januari 2025\n",
        encoding="utf-8",
    )
    error = _refusal(path)
    assert (error.row, error.column) == (5, "5")
    assert "'Agustus 2024' lalu 'Januari 2025'" in error.text.id


def test_a_yaml_merge_may_be_overridden(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = tmp_path / "gabung.yaml"
    path.write_text(
        "unit: Lapas Contoh\nbase: &b\n  stage: pemantauan\n  date: Juni 2024\n"
        "milestones:\n  - <<: *b\n    stage: perencanaan\n",
        encoding="utf-8",
    )
    (schedule,) = zt.load(path, strict=False)
    assert [m.stage.value for m in schedule.milestones] == ["perencanaan"]


def test_two_names_of_one_field_keep_the_first_value_and_say_so() -> None:
    data = {
        "unit": "A",
        "satker": "B",
        "target": "WBK",
        "milestones": [{"stage": "perencanaan", "tahap": "pengusulan", "date": "Juni 2024", "tanggal": "Juli 2025"}],
    }
    schedule = zt.Schedule.from_mapping(data, strict=False)
    assert schedule.unit == "A"
    assert [(m.stage.value, m.span.format()) for m in schedule.milestones] == [("perencanaan", "Juni 2024")]
    texts = [p.text.en for p in schedule.problems]
    assert any("'unit' and 'satker' both mean 'unit' ('A', then 'B')" in t for t in texts), texts
    assert any("'date' and 'tanggal' both mean 'date'" in t for t in texts), texts
    assert not zt.validate(schedule).ok
    with pytest.raises(zt.ZiTimelineError, match="satker"):
        zt.Schedule.from_mapping(data)


def test_two_names_of_one_field_with_one_value_are_fine() -> None:
    schedule = zt.Schedule.from_mapping({"unit": "Lapas A", "satker": "Lapas A", "target": "WBK", "milestones": {}})
    assert schedule.unit == "Lapas A"
    assert schedule.problems == ()
