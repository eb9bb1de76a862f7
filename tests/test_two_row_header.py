"""A two-row header (``Waktu Pelaksanaan`` merged over ``Mulai | Selesai``) is one header, read whole.

The workbooks are built here with openpyxl, after an outside tester's Kanwil file (mk2.py).
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.exceptions import LoadWarning

openpyxl = pytest.importorskip("openpyxl")

_ROWS: list[tuple[int, str, str, list[tuple[str, object, object]]]] = [
    (
        1,
        "Lapas Kelas IIA Padang",
        "WBK",
        [
            ("Penyusunan Rencana Kerja", "Oktober 2023", "Desember 2023"),
            ("Pencanangan Pembangunan ZI", dt.date(2024, 1, 22), None),
            ("Pembangunan ZI", dt.date(2024, 1, 23), dt.date(2024, 7, 31)),
            ("Survei IKM", "01/04/2024", "12/04/2024"),
            ("Evaluasi TPI Itjen", "13 Mei 2024", "17 Mei 2024"),
            ("Pengusulan ke KemenPANRB", dt.date(2024, 7, 22), None),
        ],
    ),
    (
        2,
        "Rutan Kelas IIB Solok",
        "WBK",
        [
            ("Penyusunan Rencana Kerja", "Triwulan IV 2023", None),
            ("Pencanangan Pembangunan ZI", "07/02/2024", None),
            ("Pembangunan ZI", "Februari 2024", "Juli 2024"),
            ("Evaluasi TPI Itjen", "minggu ke-3 Mei 2024", None),
            ("Pengusulan ke KemenPANRB", "22/07/2024", None),
        ],
    ),
]


def _kanwil(path: Path, *, sub_header: bool = True) -> Path:
    """The Kanwil layout: titles, a header whose date column is merged over Mulai | Selesai, merged satker cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "TW II"
    sheet["A1"] = "RENCANA AKSI PEMBANGUNAN ZI TAHUN 2024"
    sheet["A2"] = "KANTOR WILAYAH KEMENKUMHAM SUMATERA BARAT"
    sheet.append([])
    sheet.append(["No", "Nama Satker", "Predikat", "Tahapan", "Waktu Pelaksanaan", None, "Keterangan"])
    if sub_header:
        sheet.append([None, None, None, None, "Mulai", "Selesai", None])
        for cells in ("E4:F4", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "G4:G5"):
            sheet.merge_cells(cells)
    row = sheet.max_row + 1
    for number, unit, target, stages in _ROWS:
        first = row
        for i, (stage, start, end) in enumerate(stages):
            if i == 0:
                sheet.cell(row, 1, number)
                sheet.cell(row, 2, unit)
                sheet.cell(row, 3, target)
            sheet.cell(row, 4, stage)
            sheet.cell(row, 5, start)
            sheet.cell(row, 6, end)
            row += 1
        for column in (1, 2, 3):
            sheet.merge_cells(start_row=first, end_row=row - 1, start_column=column, end_column=column)
    sheet.cell(row + 1, 5, "Padang, 5 Februari 2024")
    sheet.cell(row + 2, 5, "NIP 197001011990031001")
    book.save(path)
    return path


def _load(path: Path) -> tuple[list[zt.Schedule], list[LoadWarning]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        schedules = zt.load(path)
    return schedules, [w.message for w in caught if isinstance(w.message, LoadWarning)]


def test_the_sub_header_row_is_no_unit_and_the_spans_are_read_whole(tmp_path: Path) -> None:
    schedules, _ = _load(_kanwil(tmp_path / "kanwil2.xlsx"))
    assert [s.unit for s in schedules] == ["Lapas Kelas IIA Padang", "Rutan Kelas IIB Solok"]
    assert all(p.code != "ZI901" for s in schedules for p in s.problems)
    spans = {(s.unit, m.stage.value): (m.span.start, m.span.end) for s in schedules for m in s.milestones}
    padang, solok = (s.unit for s in schedules)
    assert spans[padang, "pembangunan"] == (dt.date(2024, 1, 23), dt.date(2024, 7, 31))
    assert spans[padang, "perencanaan"] == (dt.date(2023, 10, 1), dt.date(2023, 12, 31))
    assert spans[padang, "survei"] == (dt.date(2024, 4, 1), dt.date(2024, 4, 12))
    assert spans[padang, "pencanangan"] == (dt.date(2024, 1, 22), dt.date(2024, 1, 22))
    assert spans[solok, "pembangunan"] == (dt.date(2024, 2, 1), dt.date(2024, 7, 31))


def test_the_combined_header_names_the_cell_in_a_message(tmp_path: Path) -> None:
    path = _kanwil(tmp_path / "kanwil2.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["F9"] = "31 Juni 2024"  # no such day: a finding quoting its cell
    book.save(path)
    schedules, _ = _load(path)
    bad = [p for s in schedules for p in s.problems if p.code == "ZI901"]
    assert len(bad) == 1
    assert bad[0].origin is not None
    assert (bad[0].origin.row, bad[0].origin.column) == (9, "F")
    assert bad[0].origin.field == "Waktu Pelaksanaan (Selesai)"


def test_a_column_without_a_header_that_holds_values_is_named(tmp_path: Path) -> None:
    schedules, caught = _load(_kanwil(tmp_path / "kanwil.xlsx", sub_header=False))
    assert [s.unit for s in schedules] == ["Lapas Kelas IIA Padang", "Rutan Kelas IIB Solok"]
    unnamed = [w for w in caught if "tanpa judul" in str(w)]
    assert len(unnamed) == 1
    assert "kolom F (baris 5: 'Desember 2023')" in str(unnamed[0])
    assert "column F (row 5: 'Desember 2023')" in unnamed[0].message("en")


def test_a_wide_stage_merged_over_mulai_selesai_is_a_span(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Nama Satker", "Predikat", "Pencanangan", "Pembangunan", None, "Pengusulan"])
    sheet.append([None, None, None, None, "Mulai", "Selesai", None])
    sheet.merge_cells("E1:F1")
    sheet.append([1, "Lapas Kelas IIA Padang", "WBK", "22/01/2024", "23/01/2024", "31/07/2024", "22/07/2024"])
    path = tmp_path / "lebar.xlsx"
    book.save(path)
    schedules, _ = _load(path)
    assert [s.unit for s in schedules] == ["Lapas Kelas IIA Padang"]
    building = [m for m in schedules[0].milestones if m.stage.value == "pembangunan"]
    assert [(m.span.start, m.span.end) for m in building] == [(dt.date(2024, 1, 23), dt.date(2024, 7, 31))]


def test_a_first_data_row_is_never_taken_for_a_sub_header(tmp_path: Path) -> None:
    """A row of text dates under the header is data: it has a satker or a stage, or dates in it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Nama Satker", "Predikat", "Tahapan", "Mulai", "Selesai"])
    sheet.append([None, None, None, "Perencanaan", "Oktober 2023", "Desember 2023"])
    sheet.append([1, "Lapas Kelas IIA Padang", "WBK", "Pengusulan", "Juli 2024", None])
    path = tmp_path / "data.xlsx"
    book.save(path)
    schedules, _ = _load(path)
    spans = [(m.stage.value, m.span.start, m.span.end) for s in schedules for m in s.milestones]
    assert ("perencanaan", dt.date(2023, 10, 1), dt.date(2023, 12, 31)) in spans  # read, not eaten as a header


def _csv(tmp_path: Path, text: str) -> tuple[list[zt.Schedule], list[LoadWarning]]:
    path = tmp_path / "jadwal.csv"
    path.write_text(text, encoding="utf-8")
    return _load(path)


def test_a_repeated_stage_column_gives_a_milestone_each(tmp_path: Path) -> None:
    schedules, _ = _csv(
        tmp_path,
        "Satker,Predikat,Perencanaan,Survei,Survei,Pengusulan\n"
        "Lapas A,WBK,Oktober 2023,Februari 2024,Mei 2024,Juli 2024\n",
    )
    surveys = [m.span.start for m in schedules[0].milestones if m.stage.value == "survei"]
    assert surveys == [dt.date(2024, 2, 1), dt.date(2024, 5, 1)]


def test_a_second_column_of_one_meaning_is_named_not_dropped_in_silence(tmp_path: Path) -> None:
    schedules, caught = _csv(
        tmp_path,
        "Satker;Predikat;Tahapan;Tanggal;Waktu Pelaksanaan\nLapas A;WBK;perencanaan;Oktober 2023;November 2023\n",
    )
    assert [str(m.span) for m in schedules[0].milestones] == ["Oktober 2023"]  # the first column is read
    named = [w for w in caught if "berarti sama" in str(w)]
    assert len(named) == 1
    assert "'Waktu Pelaksanaan' (kolom E: 'Tanggal' sudah dibaca)" in str(named[0])
    assert "columns of the same meaning ignored" in named[0].message("en")
