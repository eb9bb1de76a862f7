"""`zi-timeline fix` on a workbook keeps the workbook: only the moved date cells change."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

import zi_timeline as zt
from zi_timeline import planning
from zi_timeline._inplace import patch_xlsx
from zi_timeline.cli import main

openpyxl = pytest.importorskip("openpyxl")

_ROWS: list[tuple[str, object, object]] = [
    ("Penyusunan Rencana Kerja", "Juni 2024", None),
    ("Pencanangan Pembangunan ZI", dt.datetime(2024, 7, 3), None),  # noqa: DTZ001 - a spreadsheet's naive date
    ("Pembangunan ZI", dt.datetime(2024, 7, 4), "31 Agustus 2024"),  # noqa: DTZ001
    ("Evaluasi TPI Itjen", dt.datetime(2024, 7, 22), dt.datetime(2024, 7, 26)),  # noqa: DTZ001
    ("Pengusulan ke KemenPANRB", "Agustus 2024", None),
    ("Penetapan", "11 Desember 2024", None),
]


def _kanwil_book(path: Path) -> None:
    """A Kanwil's own sheet: a merged title, merged satker cells, start/end columns, a signature block."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Monitoring ZI"
    sheet["A1"] = "JADWAL PEMBANGUNAN ZONA INTEGRITAS 2024"
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append([])
    sheet.append(["No", "Nama Satker", "Predikat", "Tahapan", "Mulai", "Selesai", "Keterangan"])
    for k, (stage, start, end) in enumerate(_ROWS):
        first = k == 0
        sheet.append([1 if first else None, "Lapas Contoh" if first else None, "WBK" if first else None])
        sheet.cell(row=sheet.max_row, column=4, value=stage)
        sheet.cell(row=sheet.max_row, column=5, value=start)
        sheet.cell(row=sheet.max_row, column=6, value=end)
        sheet.cell(row=sheet.max_row, column=7, value=f"keterangan {k}")
    for column in "ABC":
        sheet.merge_cells(f"{column}5:{column}10")
    sheet["B12"] = "Bandung, 5 Februari 2024"
    sheet["B13"] = "Kepala Kantor Wilayah"
    book.save(path)


def _cells(path: Path) -> dict[tuple[str, str], Any]:
    book = openpyxl.load_workbook(path)
    return {(s.title, c.coordinate): c.value for s in book for row in s.iter_rows() for c in row if c.value is not None}


@pytest.mark.filterwarnings("ignore::zi_timeline.exceptions.LoadWarning")
def test_fix_changes_only_the_moved_cells_of_the_workbook(tmp_path: Path) -> None:
    source, fixed = tmp_path / "kanwil.xlsx", tmp_path / "diperbaiki.xlsx"
    _kanwil_book(source)
    assert main(["fix", str(source), "-o", str(fixed)]) == 0
    before, after = _cells(source), _cells(fixed)
    changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    sheet = ("Monitoring ZI",)
    assert changed == {(*sheet, "E8"), (*sheet, "F8"), (*sheet, "E9"), (*sheet, "E10")}
    assert after[(*sheet, "E9")] == "2 Januari 2025"
    assert after[(*sheet, "E8")] == dt.datetime(2024, 12, 3)  # noqa: DTZ001 - a typed date stays typed
    book = openpyxl.load_workbook(fixed)
    assert book.sheetnames == ["Monitoring ZI"]
    moved = book["Monitoring ZI"]
    assert sorted(map(str, moved.merged_cells.ranges)) == ["A1:G1", "A5:A10", "B5:B10", "C5:C10"]
    assert "pengusulan" in moved["E9"].comment.text
    assert moved["E9"].fill.start_color.rgb.endswith("FFE082")
    assert moved["E5"].comment is None
    (schedule,) = zt.load(fixed)
    assert schedule.unit == "Lapas Contoh"
    assert schedule.first(zt.Stage.PENGUSULAN).span == zt.DateSpan.day(dt.date(2025, 1, 2))  # type: ignore[union-attr]
    assert schedule.first(zt.Stage.EVALUASI_TPI).span == zt.DateSpan(dt.date(2024, 12, 3), dt.date(2024, 12, 16))  # type: ignore[union-attr]
    assert zt.validate(schedule).ok


CIANJUR = Path(__file__).parent / "fixtures" / "loop" / "cianjur.csv"


def test_fix_rewrites_only_the_moved_csv_cell_keeping_bom_and_separator(tmp_path: Path) -> None:
    fixed = tmp_path / "diperbaiki.csv"
    assert main(["fix", str(CIANJUR), "-o", str(fixed)]) == 0
    before, after = CIANJUR.read_bytes(), fixed.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf")
    old_lines, new_lines = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old_lines) == len(new_lines)
    changed = [k for k, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert changed == [12]
    assert new_lines[12] == old_lines[12].replace(b";Agustus 2024;", b";31 Juli 2024;")
    (schedule,) = zt.load(fixed)
    assert zt.validate(schedule).ok


def test_a_cp1252_comma_csv_with_crlf_and_an_extra_column_stays_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = list(csv.reader(io.StringIO(CIANJUR.read_text(encoding="utf-8-sig")), delimiter=";"))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([[*row, "Kanwil Jabar (é)"] for row in rows])
    text = buffer.getvalue()
    source, fixed = tmp_path / "cianjur.csv", tmp_path / "diperbaiki.csv"
    source.write_bytes(text.encode("cp1252"))
    assert main(["fix", str(source), "-o", str(fixed)]) == 0
    warned = [line for line in capsys.readouterr().err.splitlines() if "bukan UTF-8" in line]
    assert len(warned) == 1  # the CLI writes the reader's warning once, formatted
    assert warned[0].startswith("zi-timeline: peringatan: ")
    after = fixed.read_bytes()
    assert after == source.read_bytes().replace(b",Agustus 2024,", b",31 Juli 2024,")


@pytest.mark.filterwarnings("ignore::zi_timeline.exceptions.LoadWarning")
def test_a_workbook_with_formulas_is_not_patched(tmp_path: Path) -> None:
    source, fixed = tmp_path / "kanwil.xlsx", tmp_path / "diperbaiki.xlsx"
    _kanwil_book(source)
    suggestions = [planning.suggest_fix(s) for s in zt.load(source)]
    book = openpyxl.load_workbook(source)
    book["Monitoring ZI"]["H5"] = "=ROW()-4"  # its computed value would be lost on saving
    book.save(source)
    assert not patch_xlsx(source, fixed, suggestions, "id")
    assert not fixed.exists()


def test_an_ambiguous_cell_falls_back_to_the_template_form_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = CIANJUR.read_text(encoding="utf-8-sig").replace(
        "hari kerja terakhir dalam jendela 18-31 Juli 2024 (ZI301)", "Agustus 2024"
    )
    source, fixed = tmp_path / "cianjur.csv", tmp_path / "diperbaiki.csv"
    source.write_text(text, encoding="utf-8")  # the note reads as the same date: which cell moved?
    assert main(["fix", str(source), "-o", str(fixed)]) == 0
    assert "bentuk templat" in capsys.readouterr().out
    (schedule,) = zt.load(fixed)
    assert schedule.first(zt.Stage.PENGUSULAN).span == zt.DateSpan.day(dt.date(2024, 7, 31))  # type: ignore[union-attr]
