"""Findings out to CSV and XLSX, safe from formulas, and the template that reads back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl

import zi_timeline as zt
from zi_timeline._export import FINDING_COLUMNS, TEMPLATE_EXAMPLE, TEMPLATE_UNIT, safe_cell, write_template
from zi_timeline.cli import main
from zi_timeline.io import EXAMPLES

if TYPE_CHECKING:
    import pytest

UNIT = '=HYPERLINK("http://contoh.invalid","klik")'
EVIL: dict[str, object] = {
    "unit": UNIT,
    "target": "WBK",
    "milestones": [
        {"stage": "perencanaan", "date": "Juni 2024", "note": "+1 catatan"},
        {"stage": "pengusulan", "date": "@SUM(A1)"},
    ],
}


def test_formula_looking_cells_are_neutralised() -> None:
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("+62 812") == "'+62 812"
    assert safe_cell("-") == "'-"
    assert safe_cell("@cmd") == "'@cmd"
    assert safe_cell("Lapas") == "Lapas"
    assert safe_cell(None) is None


def test_csv_export_has_fixed_columns_a_bom_and_no_formula(tmp_path: Path) -> None:
    source = tmp_path / "jadwal.json"
    source.write_text(json.dumps([EVIL]), encoding="utf-8")
    out = tmp_path / "temuan.csv"
    assert main(["check", str(source), "--format", "csv", "-o", str(out)]) == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == FINDING_COLUMNS
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)
    assert rows[1][0] == "'" + UNIT
    zi901 = next(r for r in rows if r[1] == "ZI901")
    assert zi901[FINDING_COLUMNS.index("file")] == str(source)


def test_xlsx_export_writes_text_cells_never_formulas(tmp_path: Path) -> None:
    source = tmp_path / "jadwal.json"
    source.write_text(json.dumps([EVIL, {**EVIL, "unit": "Rutan Tanpa Temuan"}]), encoding="utf-8")
    out = tmp_path / "temuan.xlsx"
    assert main(["check", str(source), "--format", "xlsx", "-o", str(out)]) == 1
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert tuple(c.value for c in sheet[1]) == FINDING_COLUMNS
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    assert any(c.value == UNIT for c in cells)  # as written: a string cell needs no apostrophe
    assert not any(c.value == "'" + UNIT for c in cells)


def test_every_unit_appears_in_the_export_even_without_findings(tmp_path: Path) -> None:
    out = tmp_path / "temuan.csv"
    assert main(["check", "--examples", "--format", "csv", "-o", str(out), "--today", "1 Januari 2025"]) == 1
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))[1:]
    units = {r[0] for r in rows}
    assert len(units) == len(zt.load(EXAMPLES))
    healthy = [r for r in rows if r[0].startswith("Rutan Kelas I Contoh")]
    assert len(healthy) == 1
    assert healthy[0][1] == ""


def test_the_template_reads_back_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jadwal.xlsx"
    assert main(["template", str(path)]) == 0
    assert str(path) in capsys.readouterr().out
    (schedule,) = zt.load(path)
    assert schedule.unit == TEMPLATE_UNIT
    assert [m.stage.value for m in schedule.milestones] == [row[0] for row in TEMPLATE_EXAMPLE]
    assert zt.validate(schedule, today=dt.date(2025, 1, 1)).ok
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Petunjuk", "Jadwal"]
    validations = book["Jadwal"].data_validations.dataValidation
    assert any("pencanangan" in (v.formula1 or "") for v in validations)
    assert main(["template", str(path)]) == 2  # never overwrites without --force
    assert "--force" in capsys.readouterr().err
    write_template(path)  # the function itself overwrites on purpose
    assert main(["template", str(tmp_path / "jadwal.csv")]) == 2


def test_formats_that_need_a_file_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--examples", "--format", "xlsx"]) == 2
    assert "-o" in capsys.readouterr().err


def test_a_unit_without_findings_is_neutralised_too() -> None:
    from zi_timeline._export import finding_lines  # noqa: PLC0415 - the CSV row builder

    report = zt.Report("=1+1", zt.Predicate.WBK, [], policy="default", policy_version="1.0")
    assert finding_lines(report) == [["'=1+1", *[""] * (len(FINDING_COLUMNS) - 1)]]


def test_the_findings_csv_names_the_column_of_a_bad_date_in_an_office_sheet(tmp_path: Path) -> None:
    """A Kanwil monitoring sheet: title rows, No column, merged satker cells, a signature block."""
    sheet = tmp_path / "monitoring.csv"
    sheet.write_text(
        "MONITORING PEMBANGUNAN ZONA INTEGRITAS;;;;\n"
        "KANTOR WILAYAH CONTOH TAHUN 2024;;;;\n"
        ";;;;\n"
        "No;Nama Satker;Predikat;Tahapan;Waktu Pelaksanaan\n"
        "1;Lapas Kelas IIA Contoh;WBK;Penyusunan Rencana Kerja;Oktober 2023\n"
        ";;;Pencanangan Pembangunan ZI;31 Februari 2024\n"
        ";;;Pengusulan ke KemenPANRB;22 Juli 2024\n"
        ";;;;\n"
        ";Mengetahui,;;;Bandung, 5 Februari 2024\n"
        ";Kepala Kantor Wilayah,;;;\n",
        encoding="utf-8",
    )
    out = tmp_path / "temuan.csv"
    assert main(["check", str(sheet), "--format", "csv", "-o", str(out)]) == 1
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    (bad,) = [r for r in rows if r["code"] == "ZI901"]
    assert (bad["unit"], bad["row"], bad["column"]) == ("Lapas Kelas IIA Contoh", "6", "E")
    assert "31 Februari 2024" in bad["observed"] + bad["message"]
