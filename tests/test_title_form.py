"""A sheet per satker, its name in a title line above a table of stages (an outside tester's persheet.xlsx)."""

from __future__ import annotations

from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.exceptions import LoadError

openpyxl = pytest.importorskip("openpyxl")


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


TABLE: list[list[object]] = [
    [],
    ["No", "Tahapan", "Waktu Pelaksanaan", "Keterangan"],
    [1, "Perencanaan", "Oktober 2023"],
    [2, "Pengusulan", "22/07/2024"],
]


def test_the_name_in_a_title_line_names_the_sheets_unit(tmp_path: Path) -> None:
    lapas: list[list[object]] = [
        ["JADWAL PEMBANGUNAN ZI"],
        ["Nama Satker", ": Lapas Kelas I Semarang"],
        ["Predikat", ": WBK"],
    ]
    rutan: list[list[object]] = [["JADWAL PEMBANGUNAN ZI"], ["Satker", "Rutan Kelas IIB"], ["Predikat", "WBBM"]]
    path = _book(tmp_path / "persheet.xlsx", {"Lapas A": [*lapas, *TABLE], "Rutan B": [*rutan, *TABLE]})
    first, second = zt.load(path)
    assert (first.unit, first.target, len(first.milestones)) == ("Lapas Kelas I Semarang", zt.Predicate.WBK, 2)
    assert (second.unit, second.target, len(second.milestones)) == ("Rutan Kelas IIB", zt.Predicate.WBBM, 2)
    assert not first.problems
    assert not second.problems
    origin = first.milestones[0].origin
    assert origin is not None
    assert (origin.sheet, origin.row) == ("Lapas A", 6)


def test_a_title_line_with_two_names_is_refused_saying_where_the_name_is(tmp_path: Path) -> None:
    path = _book(tmp_path / "two.xlsx", {"A": [["Nama Satker", "Lapas A", "Rutan B"], *TABLE]})
    with pytest.raises(LoadError) as caught:
        zt.load(path)
    error = caught.value
    assert error.row == 1
    assert "judul 1" in str(error)
    assert "'Lapas A', 'Rutan B'" in str(error)
    assert "recap" not in error.text.en
    assert "add a 'Nama Satker' column" in error.text.en


def test_a_csv_with_the_name_in_a_title_line_reads_alike(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "Nama Satker;: Lapas A;;\nPredikat;WBK;;\nNo;Tahapan;Waktu Pelaksanaan;\n1;Perencanaan;Oktober 2023;\n"
    )
    (schedule,) = zt.load(path)
    assert (schedule.unit, schedule.target, len(schedule.milestones)) == ("Lapas A", zt.Predicate.WBK, 1)
