"""Stage names with words that change their meaning: refused quoting the cell, never read as another stage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline._aliases import Aliases, Qualifier, qualifiers
from zi_timeline._stages import Stage, parse_stage
from zi_timeline.exceptions import UnknownStageError


def _refused(cell: str) -> UnknownStageError:
    with pytest.raises(UnknownStageError) as caught:
        parse_stage(cell)
    assert caught.value.value == cell
    assert repr(cell) in caught.value.message("id")
    assert repr(cell) in caught.value.message("en")
    return caught.value


@pytest.mark.parametrize(
    "cell",
    [
        "Penetapan Tim",
        "Penetapan Tim Pokja",
        "Penetapan SK Tim",
        "Penetapan Tim Pembangunan ZI",
        "SK Tim Kerja Pembangunan ZI",
        "Pembentukan Tim Kerja Pembangunan Zona Integritas",
        "Penetapan Tim Kerja Pembangunan ZI",
    ],
)
def test_the_decree_forming_the_team_is_pembentukan_tim_not_the_award(cell: str) -> None:
    assert parse_stage(cell) is Stage.PEMBENTUKAN_TIM


@pytest.mark.parametrize(
    ("cell", "word", "stage"),
    [
        ("Persiapan Pengusulan", "persiapan", Stage.PENGUSULAN),
        ("Rapat Persiapan Pencanangan", "persiapan", Stage.PENCANANGAN),
        ("Pembatalan pengusulan", "pembatalan", Stage.PENGUSULAN),
        ("Tidak ada pengusulan", "tidak ada", Stage.PENGUSULAN),
        ("Pengusulan ditunda", "ditunda", Stage.PENGUSULAN),
        ("Tindak lanjut hasil evaluasi TPI", "tindak lanjut", Stage.EVALUASI_TPI),
        ("Evaluasi pelaksanaan pembangunan ZI", "evaluasi", Stage.PEMBANGUNAN),
        ("Pencanangan batal", "batal", Stage.PENCANANGAN),
    ],
)
def test_a_word_that_changes_the_meaning_makes_the_stage_refused_saying_why(cell: str, word: str, stage: Stage) -> None:
    error = _refused(cell)
    text_id, text_en = error.message("id"), error.message("en")
    assert f"{word}" in text_id.partition("menyebut")[2].partition(", bukan")[0]
    assert f", bukan {stage.label('id')}" in text_id
    assert repr(word) in text_en
    assert "itu sendiri" in text_id
    assert f"not {stage.label('en')}" in text_en
    assert error.suggestion is None


@pytest.mark.parametrize(
    ("cell", "second"),
    [("Evaluasi TPI dan TPN", Stage.DESK_EVALUASI), ("evaluasi TPI / pengusulan", Stage.PENGUSULAN)],
)
def test_a_cell_naming_two_stages_is_refused_as_two_stages(cell: str, second: Stage) -> None:
    error = _refused(cell)
    assert "dua tahap dalam satu sel" in error.message("id")
    assert Stage.EVALUASI_TPI.label("id") in error.message("id")
    assert second.label("id") in error.message("id")


def test_a_building_project_is_not_the_zi_building_period() -> None:
    error = _refused("Pembangunan gedung")
    assert "'gedung'" in error.message("id")
    assert "bukan kata ZI" in error.message("id")
    assert "not a ZI word" in error.message("en")


@pytest.mark.parametrize(
    ("cell", "stage"),
    [
        ("Pembangunan", Stage.PEMBANGUNAN),
        ("Pembangunan ZI", Stage.PEMBANGUNAN),
        ("Pembangunan Zona Integritas menuju WBK", Stage.PEMBANGUNAN),
        ("Pembangunan ZI 2024", Stage.PEMBANGUNAN),
        ("Tahap pembangunan", Stage.PEMBANGUNAN),
        ("Rencana Kerja", Stage.PERENCANAAN),
        ("Rencana Aksi Pembangunan ZI", Stage.PERENCANAAN),
        ("Rencana pengusulan", Stage.PENGUSULAN),
        ("Pemantauan & Evaluasi", Stage.PEMANTAUAN),
        ("Pemantauan dan Evaluasi Pembangunan", Stage.PEMANTAUAN),
        ("Evaluasi TPI Itjen", Stage.EVALUASI_TPI),
        ("Desk Evaluasi TPI", Stage.EVALUASI_TPI),
        ("Penetapan WBK", Stage.PENETAPAN),
        ("Pencanangan Pembangunan ZI", Stage.PENCANANGAN),
        ("Pembentukan Tim Pokja", Stage.PEMBENTUKAN_TIM),
        ("Survei IKM dan SPAK", Stage.SURVEI),
    ],
)
def test_stage_words_without_a_changing_word_still_read(cell: str, stage: Stage) -> None:
    assert parse_stage(cell) is stage


def test_a_users_whole_cell_alias_wins_over_a_changing_word() -> None:
    mine = Aliases.from_mapping({"stages": {"pengusulan": ["persiapan pengusulan"]}})
    assert parse_stage("Persiapan Pengusulan", mine) is Stage.PENGUSULAN


def test_a_refused_stage_in_a_schedule_is_a_zi902_finding_quoting_the_cell() -> None:
    schedule = zt.Schedule.from_mapping(
        {"unit": "Lapas A", "target": "WBK", "milestones": [{"stage": "Persiapan Pengusulan", "date": "Juni 2024"}]},
        strict=False,
    )
    problems = [(p.code, p.value) for p in schedule.problems]
    assert problems == [("ZI902", "'Persiapan Pengusulan'")]


_QUALIFIERS = [q for q in qualifiers()[0] if not q.before_only]


@given(st.sampled_from(_QUALIFIERS), st.data(), st.booleans())
def test_a_changing_word_beside_any_stage_label_is_never_read_as_a_stage(
    qualifier: Qualifier, data: st.DataObject, before: bool
) -> None:
    stages = [Stage(s) for s in qualifier.stages] or [s for s in Stage if s is not Stage.PEMBANGUNAN]
    stage = data.draw(st.sampled_from(stages))
    word = " ".join(qualifier.words)
    cell = f"{word} {stage.label('id')}" if before else f"{stage.label('id')} {word}"
    with pytest.raises(UnknownStageError):
        parse_stage(cell)


@given(st.sampled_from(list(Stage)), st.sampled_from(list(Stage)))
def test_two_stage_labels_joined_by_dan_are_never_read_as_one_stage(first: Stage, second: Stage) -> None:
    cell = f"{first.label('id')} dan {second.label('id')}"
    try:
        found = parse_stage(cell)
    except UnknownStageError:
        return
    assert first == second or found in {first, second}
