from __future__ import annotations

import itertools

import pytest

from zi_timeline import Predicate, Stage
from zi_timeline._stages import PRECEDENCE, REPEATABLE, parse_predicate
from zi_timeline.exceptions import InvalidScheduleError, UnknownStageError


def test_there_are_sixteen_stages_in_domain_order() -> None:
    assert [s.value for s in Stage][:3] == ["perencanaan", "pembentukan_tim", "pencanangan"]
    assert len(Stage) == 16
    assert Stage.PENETAPAN.order == 15
    assert Stage.PEMBANGUNAN.order < Stage.PENILAIAN_MANDIRI.order < Stage.EVALUASI_TPI.order


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("pencanangan", Stage.PENCANANGAN),
        ("Pencanangan ZI", Stage.PENCANANGAN),
        ("PENCANANGAN", Stage.PENCANANGAN),
        ("evaluasi-tpi", Stage.EVALUASI_TPI),
        ("Evaluasi TPI", Stage.EVALUASI_TPI),
        ("TPI", Stage.EVALUASI_TPI),
        ("internal evaluation", Stage.EVALUASI_TPI),
        ("submission", Stage.PENGUSULAN),
        ("Pembangunan Zona Integritas", Stage.PEMBANGUNAN),
        ("seleksi administrasi", Stage.SELEKSI_ADMINISTRASI),
        ("monev", Stage.PEMANTAUAN),
        ("SK Tim", Stage.PEMBENTUKAN_TIM),
        ("survey", Stage.SURVEI),
    ],
)
def test_aliases_resolve(text: str, stage: Stage) -> None:
    assert Stage.parse(text) is stage


def test_a_misspelt_stage_suggests_the_nearest_key() -> None:
    with pytest.raises(UnknownStageError) as info:
        Stage.parse("pencanagan")
    assert info.value.suggestion == "pencanangan"
    assert "mungkin maksudnya 'pencanangan'" in str(info.value)
    assert "did you mean 'pencanangan'" in info.value.message("en")


def test_a_non_text_stage_is_an_error() -> None:
    with pytest.raises(UnknownStageError, match="teks"):
        Stage.parse(3)


def test_labels_exist_in_both_languages() -> None:
    for stage in Stage:
        assert stage.label("id")
        assert stage.label("en")
    assert Stage.PENGUSULAN.label("en") == "submission to KemenPANRB"


def test_precedence_is_strict_from_tpi_on() -> None:
    strict = {(p.predecessor, p.successor) for p in PRECEDENCE if p.mode == "end"}
    chain = [
        Stage.EVALUASI_TPI,
        Stage.PENGUSULAN,
        Stage.SELEKSI_ADMINISTRASI,
        Stage.DESK_EVALUASI,
        Stage.EVALUASI_LAPANGAN,
        Stage.PENETAPAN,
    ]
    assert set(itertools.pairwise(chain)) == strict
    for early in (Stage.PERENCANAAN, Stage.PEMBENTUKAN_TIM, Stage.PENCANANGAN):
        assert any(p.predecessor is early and p.successor is Stage.PEMBANGUNAN for p in PRECEDENCE)


def test_only_activities_repeat() -> None:
    assert Stage.PENGUSULAN not in REPEATABLE
    assert {Stage.SURVEI, Stage.PEMANTAUAN, Stage.SOSIALISASI, Stage.INOVASI} <= REPEATABLE


@pytest.mark.parametrize(
    ("text", "predicate"),
    [("WBK", Predicate.WBK), ("wbbm", Predicate.WBBM), ("Wilayah Bebas dari Korupsi", Predicate.WBK)],
)
def test_predicates(text: str, predicate: Predicate) -> None:
    assert parse_predicate(text) is predicate


def test_unknown_predicate() -> None:
    with pytest.raises(InvalidScheduleError, match="'WBM'"):
        parse_predicate("WBM")
