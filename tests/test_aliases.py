"""Headers and stage words as offices write them: the alias vocabulary and its matching rule."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline._aliases import FIELDS, Aliases, bundled, words
from zi_timeline._headers import column_kind
from zi_timeline._reader_doc import reader_markdown
from zi_timeline._stages import parse_stage, stage_vocabulary
from zi_timeline.cli import main
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


DOCS = Path(__file__).parent.parent / "docs"


def test_reader_md_is_generated_from_the_alias_and_date_tables() -> None:
    text = (DOCS / "reader.md").read_text(encoding="utf-8")
    assert text == reader_markdown(), "docs/reader.md is stale: run zi-timeline aliases --markdown > docs/reader.md"


def test_the_aliases_command_lists_every_word_with_its_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["aliases"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(bundled().entries) + 1
    assert any(line.startswith("column\twaktu pelaksanaan\tdate\t") for line in lines)


def test_check_reads_a_sheet_with_the_users_aliases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "jadwal.csv"
    sheet.write_text(
        "Kode Lokasi;Predikat;Tahapan;Waktu Pelaksanaan\nLapas A;WBK;Apel Komitmen;Januari 2024\n", encoding="utf-8"
    )
    mine = tmp_path / "alias.toml"
    mine.write_text('[stages]\npencanangan = ["apel komitmen"]\n[columns]\nunit = ["kode lokasi"]\n', encoding="utf-8")
    assert main(["check", str(sheet), "--aliases", str(mine), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)["reports"][0]
    assert report["unit"] == "Lapas A"
    assert not [f for f in report["findings"] if f["code"] in {"ZI902", "ZI903"}]
    assert main(["check", str(sheet), "--format", "json"]) == 2  # without them: no unit column
    assert "'Kode Lokasi'" in capsys.readouterr().err


def test_load_takes_aliases_as_a_mapping(tmp_path: Path) -> None:
    sheet = tmp_path / "jadwal.csv"
    sheet.write_text("Satker;Predikat;Tahapan;Tanggal\nLapas A;WBK;Apel Komitmen;Januari 2024\n", encoding="utf-8")
    (schedule,) = zt.load(sheet, aliases={"stages": {"pencanangan": ["apel komitmen"]}})
    assert [m.stage for m in schedule.milestones] == [zt.Stage.PENCANANGAN]
    (plain,) = zt.load(sheet)
    assert [p.code for p in plain.problems] == ["ZI902"]


def test_a_missing_unit_column_names_the_columns_seen_and_the_closest_alias(tmp_path: Path) -> None:
    sheet = tmp_path / "jadwal.csv"
    sheet.write_text("No;Nama Satkr;Tahapan;Tanggal\n1;Lapas A;pencanangan;Januari 2024\n", encoding="utf-8")
    with pytest.raises(zt.exceptions.LoadError) as info:
        zt.load(sheet)
    message = str(info.value)
    assert "'Nama Satkr'" in message
    assert "'Tahapan'" in message
    assert "mirip alias 'nama satker'" in message


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Waktu Pelaksanaan", ("field", None, "date")),
        ("Nama Satker", ("field", None, "unit")),
        ("Nama Satuan Kerja / UPT", ("field", None, "unit")),
        ("Predikat", ("field", None, "target")),
        ("Usulan Predikat", ("field", None, "target")),
        ("Tahapan Kegiatan", ("field", None, "stage")),
        ("Keterangan", ("field", None, "note")),
        ("No.", ("ignore", None, None)),
        ("Tanggal Pencanangan", ("stage", zt.Stage.PENCANANGAN, "date")),
        ("Pembangunan (mulai)", ("stage", zt.Stage.PEMBANGUNAN, "start")),
        ("Evaluasi TPI selesai", ("stage", zt.Stage.EVALUASI_TPI, "end")),
        ("Anggaran", ("unknown", None, None)),
    ],
)
def test_office_headers_read_as_their_column(header: str, kind: object) -> None:
    assert column_kind(header) == kind


def test_a_policy_carries_aliases_that_check_uses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy_file = tmp_path / "kanwil.toml"
    policy_file.write_text(
        'extends = "default"\nname = "kanwil"\n[aliases.stages]\npencanangan = ["apel komitmen"]\n', encoding="utf-8"
    )
    policy = zt.Policy.load(policy_file)
    assert policy.aliases is not None
    assert policy.aliases.stages == {"apel komitmen": "pencanangan"}
    sheet = tmp_path / "jadwal.csv"
    sheet.write_text("Satker;Predikat;Tahapan;Tanggal\nLapas A;WBK;Apel Komitmen;Januari 2024\n", encoding="utf-8")
    main(["check", str(sheet), "--policy", str(policy_file), "--format", "json"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["reports"][0]["findings"]]
    assert "ZI902" not in codes
    main(["check", str(sheet), "--format", "json"])
    assert "ZI902" in [f["code"] for f in json.loads(capsys.readouterr().out)["reports"][0]["findings"]]


def test_a_pasted_page_names_no_stage_and_gets_no_suggestion() -> None:
    with pytest.raises(UnknownStageError) as info:
        zt.Stage.parse("pencanangan " * 50_000)
    assert info.value.suggestion is None
    assert column_kind("Nama Satker " * 100) == ("unknown", None, None)
