"""A stage word with an object or an actor beside it: read as the stage only when the words say so."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline._aliases import qualifiers, words
from zi_timeline._stages import Stage, parse_stage
from zi_timeline.exceptions import UnknownStageError

if TYPE_CHECKING:
    from pathlib import Path


def _refusal(cell: str) -> tuple[str, str]:
    with pytest.raises(UnknownStageError) as caught:
        parse_stage(cell)
    assert caught.value.value == cell
    assert caught.value.suggestion is None
    text_id, text_en = caught.value.message("id"), caught.value.message("en")
    assert repr(cell) in text_id
    assert repr(cell) in text_en
    return text_id, text_en


@pytest.mark.parametrize(
    ("cell", "other"),
    [
        ("Penetapan Standar Pelayanan", "standar pelayanan"),
        ("Penetapan Maklumat Pelayanan", "maklumat pelayanan"),
        ("Penetapan SOP", "sop"),
        ("Penetapan Jadwal", "jadwal"),
        ("Penetapan Agen Perubahan", "agen perubahan"),
        ("Penetapan Role Model", "role model"),
        ("Penetapan Unit Kerja yang diusulkan", "unit kerja yang diusulkan"),
        ("Penetapan Hasil", "hasil"),
        ("Penganugerahan Agen Perubahan", "agen perubahan"),
    ],
)
def test_penetapan_of_something_else_is_not_the_award(cell: str, other: str) -> None:
    text_id, text_en = _refusal(cell)
    assert repr(other) in text_id
    assert "bukan pasti penetapan predikat" in text_id
    assert "not surely the award of the predicate" in text_en
    assert "'Penetapan WBK'" in text_en


@pytest.mark.parametrize(
    "cell",
    [
        "Penetapan",
        "Penetapan WBK",
        "Penetapan WBK/WBBM",
        "Penetapan predikat",
        "Penetapan Predikat WBK 2024",
        "Penganugerahan",
        "Penganugerahan WBK",
        "Penetapan WBBM oleh KemenPANRB",
        "Penetapan Unit Kerja Berpredikat Menuju WBK",
    ],
)
def test_the_award_in_its_own_words_still_reads(cell: str) -> None:
    assert parse_stage(cell) is Stage.PENETAPAN


@pytest.mark.parametrize(
    "cell",
    [
        "Penetapan Kelompok Kerja ZI",
        "Penetapan Satgas ZI",
        "Penetapan Pokja",
        "Pembentukan Kelompok Kerja Zona Integritas",
        "Penetapan SK Tim Pembangunan ZI",
    ],
)
def test_penetapan_of_the_team_is_the_team_decree(cell: str) -> None:
    assert parse_stage(cell) is Stage.PEMBENTUKAN_TIM


@pytest.mark.parametrize(
    "cell",
    ["Pengusulan ke Itjen", "Pengusulan ke Kanwil", "Pengusulan ke Unit Eselon I", "Pengusulan kepada Inspektorat"],
)
def test_a_proposal_to_an_internal_recipient_is_refused_as_the_internal_proposal(cell: str) -> None:
    text_id, text_en = _refusal(cell)
    assert "usulan internal kepada TPI" in text_id
    assert "bukan pengusulan ke KemenPANRB" in text_id
    assert "an internal proposal to the TPI" in text_en


@pytest.mark.parametrize(
    ("cell", "other"),
    [("Pengusulan anggaran", "anggaran"), ("Pengusulan Tim", "tim"), ("Pengusulan Agen Perubahan", "agen perubahan")],
)
def test_a_proposal_of_something_else_is_not_the_submission(cell: str, other: str) -> None:
    text_id, text_en = _refusal(cell)
    assert repr(other) in text_id
    assert "not surely the submission to KemenPANRB" in text_en


@pytest.mark.parametrize(
    "cell",
    [
        "Pengusulan",
        "Pengusulan ke KemenPANRB",
        "Pengusulan WBK melalui PMPZI",
        "Pengajuan ke Kementerian PANRB",
        "Rencana pengusulan",
        "Pengusulan Satker menuju WBBM 2024",
    ],
)
def test_the_submission_in_its_own_words_still_reads(cell: str) -> None:
    assert parse_stage(cell) is Stage.PENGUSULAN


@pytest.mark.parametrize(
    ("cell", "stage"),
    [
        ("Desk Evaluasi oleh Itjen", Stage.EVALUASI_TPI),
        ("Uji Petik oleh Itjen", Stage.EVALUASI_TPI),
        ("Evaluasi Lapangan oleh TPI", Stage.EVALUASI_TPI),
        ("Evaluasi oleh TPI Itjen", Stage.EVALUASI_TPI),
        ("Evaluasi oleh Tim Penilai Internal", Stage.EVALUASI_TPI),
        ("Desk Evaluasi oleh Inspektorat", Stage.EVALUASI_TPI),
        ("Desk Evaluasi", Stage.DESK_EVALUASI),
        ("Desk Evaluasi oleh TPN", Stage.DESK_EVALUASI),
        ("Uji Petik", Stage.EVALUASI_LAPANGAN),
        ("Evaluasi Lapangan TPN", Stage.EVALUASI_LAPANGAN),
    ],
)
def test_an_evaluation_is_the_internal_one_when_its_evaluator_is_internal(cell: str, stage: Stage) -> None:
    assert parse_stage(cell) is stage


def test_sending_the_lke_to_kemenpanrb_is_refused_not_read_as_the_self_assessment() -> None:
    text_id, text_en = _refusal("Pengiriman LKE ke KemenPANRB")
    assert "bukan penilaian mandiri" in text_id
    assert "which may be the submission" in text_en


@pytest.mark.parametrize(
    ("cell", "other"),
    [
        ("Pembangunan ZI dan gedung", "gedung"),
        ("Pembangunan Zona Integritas Gedung Baru", "gedung baru"),
        ("Pembangunan Wilayah", "wilayah"),
        ("Pelaksanaan Pembangunan Gedung", "gedung"),
        ("Implementasi Aplikasi", "aplikasi"),
        ("Implementasi SOP", "sop"),
    ],
)
def test_building_something_else_is_not_the_building_period(cell: str, other: str) -> None:
    text_id, _ = _refusal(cell)
    assert repr(other) in text_id
    assert "'Pembangunan ZI'" in text_id


@pytest.mark.parametrize(
    "cell",
    [
        "Implementasi",
        "Implementasi ZI",
        "Pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi",
        "Pembangunan ZI 2024",
        "Pelaksanaan Pembangunan ZI",
    ],
)
def test_the_building_period_in_its_own_words_still_reads(cell: str) -> None:
    assert parse_stage(cell) is Stage.PEMBANGUNAN


_BARES = qualifiers()[1]
_NOT_ZI = st.sampled_from(["gedung", "aplikasi", "sop", "anggaran", "jadwal", "standar", "agen", "ruang", "kantin"])


@given(st.sampled_from(_BARES), st.data(), _NOT_ZI)
def test_a_bare_stage_word_followed_by_a_word_not_its_own_is_never_read_as_that_stage(
    bare: object, data: st.DataObject, other: str
) -> None:
    assert isinstance(bare, type(_BARES[0]))
    alias = " ".join(data.draw(st.sampled_from(bare.aliases)))
    followers = data.draw(st.lists(st.sampled_from(bare.complements), max_size=3))
    cell = " ".join([alias, *(" ".join(f) for f in followers), other])
    try:
        found = parse_stage(cell)
    except UnknownStageError:
        return
    assert found != bare.stage


@given(st.sampled_from(_BARES), st.data())
def test_a_bare_stage_word_followed_only_by_its_own_words_never_becomes_another_stage(
    bare: object, data: st.DataObject
) -> None:
    assert isinstance(bare, type(_BARES[0]))
    alias = " ".join(data.draw(st.sampled_from(bare.aliases)))
    followers = data.draw(st.lists(st.sampled_from(bare.complements), min_size=1, max_size=3))
    cell = " ".join([alias, *(" ".join(f) for f in followers)])
    try:
        found = parse_stage(cell)
    except UnknownStageError:
        return  # "usulan wbk": a word that names its stage only as the whole cell
    assert found == bare.stage
    assert words(alias)


def _schedule(stage_rows: list[tuple[str, str]]) -> zt.Schedule:
    return zt.Schedule.from_mapping(
        {"unit": "Lapas A", "target": "WBK", "milestones": [{"stage": s, "date": d} for s, d in stage_rows]},
        strict=False,
    )


_PLAN = [
    ("Perencanaan", "Oktober 2023"),
    ("Pembentukan Tim", "November 2023"),
    ("Pencanangan", "Januari 2024"),
    ("Pembangunan ZI", "Februari 2024 - Juni 2024"),
    ("Survei IKM", "April 2024"),
    ("Evaluasi TPI", "20-24 Mei 2024"),
    ("Pengusulan ke KemenPANRB", "22 Juli 2024"),
]


def test_a_realistic_schedule_with_an_internal_proposal_gets_no_false_order_or_window_findings() -> None:
    plan = [row for row in _PLAN if row[0] != "Evaluasi TPI"]
    schedule = _schedule([*plan, ("Pengusulan ke Itjen", "Maret 2024"), ("Desk Evaluasi oleh Itjen", "13-17 Mei 2024")])
    codes = zt.validate(schedule).codes()
    assert {"ZI101", "ZI102", "ZI103", "ZI202", "ZI301"}.isdisjoint(codes)
    assert [(p.code, p.value) for p in schedule.problems] == [("ZI902", "'Pengusulan ke Itjen'")]
    assert schedule.first(Stage.EVALUASI_TPI) is not None


def test_setting_a_service_standard_in_july_is_no_award_before_submission() -> None:
    schedule = _schedule([*_PLAN, ("Penetapan Standar Pelayanan", "Juli 2024")])
    assert "ZI101" not in zt.validate(schedule).codes()
    assert [(p.code, p.value) for p in schedule.problems] == [("ZI902", "'Penetapan Standar Pelayanan'")]


def test_a_wide_header_naming_something_else_is_not_a_stage_column(tmp_path: Path) -> None:
    path = tmp_path / "lebar.csv"
    path.write_text(
        "Satker,Predikat,Perencanaan,Pengusulan ke KemenPANRB,Penetapan Standar Pelayanan,Penetapan WBK\n"
        "Lapas A,WBK,Oktober 2023,22/07/2024,Juli 2024,Desember 2024\n",
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        (schedule,) = zt.load(path)
    stages = [m.stage for m in schedule]
    assert stages.count(Stage.PENETAPAN) == 1
    assert schedule.first(Stage.PENETAPAN).span.start.month == 12  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Usulan Penetapan WBK", "a proposal for the award"),
        ("Desk Evaluasi oleh Kanwil", "an evaluation inside the agency"),
        ("Desk Evaluation di Kanwil", "an evaluation inside the agency"),
        ("Uji Petik oleh Kanwil", "an evaluation inside the agency"),
    ],
)
def test_a_national_stage_done_or_asked_for_inside_the_agency_is_refused(cell: str, names: str) -> None:
    _, text_en = _refusal(cell)
    assert names in text_en


@pytest.mark.parametrize(
    "cell",
    [
        "Pembangunan ZI di Lapas Kelas IIA",
        "Pembangunan ZI pada Rutan Kelas I",
        "Pembangunan ZI (6 area perubahan)",
        "Implementasi 6 area perubahan",
        "Pembangunan Zona Integritas enam area perubahan",
    ],
)
def test_the_building_period_may_name_its_place_and_the_change_areas(cell: str) -> None:
    schedule = zt.Schedule.from_mapping(
        {"unit": "A", "target": "WBK", "milestones": [{"stage": cell, "date": "Februari - Mei 2024"}]}, strict=False
    )
    assert not schedule.problems
    assert schedule.milestones[0].stage is zt.Stage.PEMBANGUNAN


@pytest.mark.parametrize("cell", ["Pembangunan gedung di Lapas", "Pengusulan di Kanwil"])
def test_a_place_does_not_excuse_other_words_or_other_stages(cell: str) -> None:
    schedule = zt.Schedule.from_mapping(
        {"unit": "A", "target": "WBK", "milestones": [{"stage": cell, "date": "Juni 2024"}]}, strict=False
    )
    assert [p.code for p in schedule.problems] == ["ZI902"]
