"""What is not a schedule row is not a unit: signature blocks, totals and notes end the table."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline._layout import is_trailer
from zi_timeline.exceptions import LoadWarning

LONG = """REKAPITULASI JADWAL PEMBANGUNAN ZONA INTEGRITAS;;;;
KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM JAWA BARAT;;;;
No;Satker;Predikat;Tahapan;Tanggal
1;Lapas Kelas IIA Bandung;WBK;perencanaan;Oktober 2023
;;;pencanangan;15/01/2024
;;;pengusulan;Juli 2024
2;Rutan Kelas I Bandung;;perencanaan;Oktober 2023
;;;pengusulan;Juli 2024
Jumlah: 2 satker;;;;
Catatan: *) data sementara;;;;
;;;Bandung, 5 Februari 2024;
;;;Mengetahui;
;;;Kepala Divisi Pemasyarakatan,;
;;;Dr. Ahmad Suryana, S.H., M.H.;
;;;NIP 19700101 199503 1 001;
"""

WIDE = """No,Satker,Predikat,Perencanaan,Pengusulan
1,Lapas Kelas IIA Bandung,WBK,Oktober 2023,Juli 2024
2,Rutan Kelas I Bandung,WBK,Oktober 2023,Juli 2024
,"Bandung, 5 Februari 2024",,,
,Mengetahui,,,
,Kepala Kantor Wilayah,,,
,Dr. Ahmad Suryana,,,
,NIP. 19700101 199503 1 001,,,
"""


def _load(tmp_path: Path, text: str) -> tuple[list[zt.Schedule], list[LoadWarning]]:
    path = tmp_path / "jadwal.csv"
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        schedules = zt.load(path)
    return schedules, [w.message for w in caught if isinstance(w.message, LoadWarning)]


@pytest.mark.parametrize("text", [LONG, WIDE], ids=["long", "wide"])
def test_a_signature_block_is_never_a_unit_and_is_reported_once(tmp_path: Path, text: str) -> None:
    schedules, caught = _load(tmp_path, text)
    assert [s.unit for s in schedules] == ["Lapas Kelas IIA Bandung", "Rutan Kelas I Bandung"]
    skipped = [w for w in caught if "dilewati" in str(w)]
    assert len(skipped) == 1
    assert "Bandung, 5 Februari 2024" in str(skipped[0])
    assert "under the table skipped" in skipped[0].message("en")


def test_the_skipped_rows_are_named_by_number(tmp_path: Path) -> None:
    _, caught = _load(tmp_path, LONG)
    (skipped,) = [w for w in caught if "dilewati" in str(w)]
    assert "baris 9-15" in str(skipped)


def test_a_row_naming_a_stage_is_read_even_after_a_note(tmp_path: Path) -> None:
    text = LONG.replace("Jumlah: 2 satker;;;;\n", "Jumlah: 2 satker;;;;\n3;Lapas Garut;WBK;pengusulan;Juli 2024\n")
    schedules, _ = _load(tmp_path, text)
    assert [s.unit for s in schedules][-1] == "Lapas Garut"


def test_a_unit_without_a_target_gets_no_default(tmp_path: Path) -> None:
    schedules, _ = _load(tmp_path, LONG)
    rutan = schedules[1]
    assert rutan.target is None
    report = zt.validate(rutan)
    assert report.target is None
    assert report.to_dict()["target"] is None
    (unknown,) = [f for f in report.findings if f.code == "ZI903"]
    assert "target (WBK atau WBBM) tidak diketahui" in unknown.message
    assert "ZI401" in unknown.message
    assert "ZI402" in unknown.message
    assert unknown.origin is not None
    assert (unknown.origin.row, unknown.origin.column) == (7, "C")


def test_an_unknown_predicate_says_the_target_rules_did_not_run() -> None:
    schedule = zt.Schedule.from_mapping({"unit": "Lapas", "target": "WBKK", "milestones": []}, strict=False)
    assert schedule.target is None
    assert any("ZI401" in p.text.id for p in schedule.problems)


@pytest.mark.parametrize(
    "text",
    [
        "Bandung, 5 Februari 2024",
        "Jakarta,        Februari 2024",
        "Serang, 05/02/2024",
        "Mengetahui,",
        "Kepala Kantor Wilayah",
        "Plt. Kepala Divisi",
        "a.n. Kepala Kantor Wilayah",
        "NIP 19700101 199503 1 001",
        "NIP. 19700101 199503 1 001",
        "Jumlah",
        "Total satker: 12",
        "Catatan: data per 5 Februari",
        "Keterangan: *) belum",
        "*) data sementara",
    ],
)
def test_signature_total_and_note_lines_are_recognised(text: str) -> None:
    assert is_trailer(["", text])


@pytest.mark.parametrize(
    "text", ["Lapas Kelas IIA Bandung", "Pencanangan Pembangunan ZI", "Kantor Imigrasi Kelas I Bandung", "WBK"]
)
def test_schedule_cells_are_not_trailers(text: str) -> None:
    assert not is_trailer(["1", text])
