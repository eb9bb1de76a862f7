"""Headers and stage words as offices write them: the alias vocabulary and its matching rule."""

from __future__ import annotations

from collections import defaultdict

import pytest

import zi_timeline as zt
from zi_timeline._aliases import FIELDS, Aliases, bundled, words
from zi_timeline._stages import parse_stage, stage_vocabulary
from zi_timeline.exceptions import UnknownStageError


def test_no_alias_names_two_stages() -> None:
    meanings: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entry in bundled().entries:
        if entry.kind == "stage":
            meanings[words(entry.alias)].add(entry.meaning)
    vocabulary = stage_vocabulary(None)
    for key, stage in vocabulary.exact.items():
        meanings[key].add(stage.value)
    assert {k: v for k, v in meanings.items() if len(v) > 1} == {}


def test_no_alias_names_two_columns() -> None:
    meanings: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entry in bundled().entries:
        if entry.kind == "column":
            meanings[words(entry.alias)].add(entry.meaning)
    assert {k: v for k, v in meanings.items() if len(v) > 1} == {}


def test_every_bundled_alias_has_a_source_and_a_real_meaning() -> None:
    entries = bundled().entries
    assert len(entries) > 150
    for entry in entries:
        assert entry.source
        if entry.kind == "stage":
            assert zt.Stage(entry.meaning)
        else:
            assert entry.meaning in FIELDS


def test_every_stage_alias_reads_as_its_stage() -> None:
    for entry in bundled().entries:
        if entry.kind == "stage":
            assert zt.Stage.parse(entry.alias).value == entry.meaning, entry.alias


@pytest.mark.parametrize(
    ("written", "stage"),
    [
        ("Pencanangan Pembangunan ZI", "pencanangan"),
        ("Penyusunan Rencana Kerja", "perencanaan"),
        ("Pembentukan Tim Pokja", "pembentukan_tim"),
        ("Survei IKM", "survei"),
        ("Pelaksanaan Survei IKM", "survei"),
        ("Evaluasi TPI Itjen", "evaluasi_tpi"),
        ("Desk Evaluasi TPI", "evaluasi_tpi"),
        ("Pengusulan ke KemenPANRB", "pengusulan"),
        ("Penetapan WBK", "penetapan"),
        ("Penilaian Mandiri", "penilaian_mandiri"),
        ("Pengisian LKE PMPZI", "penilaian_mandiri"),
        ("Monev Pembangunan ZI", "pemantauan"),
        ("Uji Petik", "evaluasi_lapangan"),
        ("PENANDATANGANAN PAKTA INTEGRITAS", "pencanangan"),
        ("Internalisasi ZI", "sosialisasi"),
    ],
)
def test_office_stage_words_read_as_their_stage(written: str, stage: str) -> None:
    assert zt.Stage.parse(written).value == stage


@pytest.mark.parametrize("written", ["Sosialisasi hasil survei IKM", "Inovasi dan survei", "Rapat koordinasi"])
def test_two_meanings_side_by_side_are_refused_not_guessed(written: str) -> None:
    with pytest.raises(UnknownStageError):
        zt.Stage.parse(written)


def test_a_user_alias_is_tried_first_and_checked() -> None:
    mine = Aliases.from_mapping({"stages": {"pencanangan": ["apel komitmen"]}, "columns": {"unit": ["kode upt"]}})
    assert parse_stage("Apel Komitmen", mine) is zt.Stage.PENCANANGAN
    with pytest.raises(UnknownStageError):
        zt.Stage.parse("Apel Komitmen")
    with pytest.raises(UnknownStageError):
        Aliases.from_mapping({"stages": {"pencanagan": ["x"]}})
    with pytest.raises(zt.exceptions.LoadError):
        Aliases.from_mapping({"columns": {"satuan": ["x"]}})
