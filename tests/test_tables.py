"""Spreadsheets in: CSV and XLSX, long and wide, every cell located, nothing lost."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.exceptions import LoadError, LoadWarning, ZiTimelineError
from zi_timeline.io import EXAMPLES

PORTFOLIO = EXAMPLES.parent
TODAY = dt.date(2025, 1, 1)


def _signature(reports: list[zt.Report]) -> list[tuple[str, list[tuple[str, str, bool, tuple[zt.Stage, ...]]]]]:
    return [(r.unit, [(f.code, f.severity.value, f.certain, f.stages) for f in r.findings]) for r in reports]


def test_the_portfolio_loads_from_xlsx_and_csv_to_the_same_findings() -> None:
    xlsx = zt.load(PORTFOLIO / "portofolio.xlsx")
    csv = zt.load(PORTFOLIO / "portofolio.csv")
    assert len(xlsx) == len(csv) == 44
    assert [s.milestones for s in xlsx] == [s.milestones for s in csv]
    reports = zt.validate_many(xlsx, today=TODAY)
    assert _signature(reports) == _signature(zt.validate_many(csv, today=TODAY))
    assert 8 <= sum(not r.ok for r in reports) <= 20  # a realistic mix of healthy and failing plans
    first = xlsx[0].milestones[0].origin
    assert first is not None
    # Row 1 holds a title, row 2 the header: the first milestone is row 3.
    assert (first.file, first.sheet, first.row) == (str(PORTFOLIO / "portofolio.xlsx"), "Jadwal", 3)


def test_the_generator_reproduces_the_bundled_portfolio(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_portfolio", Path(__file__).parent.parent / "tools" / "make_portfolio.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_portfolio"] = module
    spec.loader.exec_module(module)
    module.write_csv(tmp_path / "p.csv")
    module.write_xlsx(tmp_path / "p.xlsx")
    assert (tmp_path / "p.csv").read_bytes() == (PORTFOLIO / "portofolio.csv").read_bytes()
    assert [s.milestones for s in zt.load(tmp_path / "p.xlsx")] == [
        s.milestones for s in zt.load(PORTFOLIO / "portofolio.xlsx")
    ]


def test_a_bad_cell_becomes_a_finding_naming_its_cell() -> None:
    reports = zt.validate_many(zt.load(PORTFOLIO / "portofolio.csv"), today=TODAY)
    zi901 = next(f for r in reports for f in r.findings if f.code == "ZI901")
    assert "portofolio.csv" in zi901.message
    assert "baris 235, kolom F, isian tanggal" in zi901.message  # the CSV has no title row
    assert "'31 Februari 2024'" in zi901.message
    with pytest.raises(ZiTimelineError) as info:
        zt.load(PORTFOLIO / "portofolio.xlsx", strict=True)
    error = info.value
    assert (error.sheet, error.row, error.column) == ("Jadwal", 233, "E")
    assert "'pencanagan'" in error.message("en")


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_wide_shape_with_ranges_and_several_dates(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "lebar.csv",
        "No,Satker,Predikat,Perencanaan,Pencanangan ZI,Pembangunan (mulai),Pembangunan (selesai),Survei,Evaluasi TPI,"
        "Pengusulan\n"
        '1,Lapas A,WBK,Oktober 2023,23/01/2024,24/01/2024,31/07/2024,"Februari 2024 | 2-8 Mei 2024",20-31 Mei 2024,'
        "22/07/2024\n"
        "2,Rutan B,WBK,Juni 2024,03/07/2024,04/07/2024,31/08/2024,,22-26 Juli 2024,Agustus 2024\n",
    )
    a, b = zt.load(path)
    assert (a.unit, b.unit) == ("Lapas A", "Rutan B")
    assert a.first(zt.Stage.PEMBANGUNAN).span == zt.DateSpan(dt.date(2024, 1, 24), dt.date(2024, 7, 31))  # type: ignore[union-attr]
    assert len(a.of(zt.Stage.SURVEI)) == 2
    assert "ZI201" in zt.validate(b).codes()
    survey = a.of(zt.Stage.SURVEI)[1].origin
    assert survey is not None
    assert (survey.row, survey.column, survey.field) == (2, "H", "Survei")


def test_long_shape_continues_a_unit_under_merged_cells(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "panjang.csv",
        "satker;predikat;tahap;tanggal;mulai;selesai\n"
        "Lapas A;WBK;perencanaan;Juni 2024;;\n"
        ";;pengusulan;Agustus 2024;;\n"
        "Rutan B;WBK;pencanangan;;;\n",
    )
    a, b = zt.load(path)
    assert [m.stage for m in a] == [zt.Stage.PERENCANAAN, zt.Stage.PENGUSULAN]
    assert "ZI903" in zt.validate(b).codes()  # a milestone with no date is kept as a finding


def test_a_cp1252_csv_is_read_with_a_warning(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "ansi.csv", "satker;predikat;tahap;tanggal\nLapas Pérak;WBK;perencanaan;Juni 2024\n", "cp1252"
    )
    with pytest.warns(LoadWarning, match="cp1252"):
        (schedule,) = zt.load(path)
    assert schedule.unit == "Lapas Pérak"


def test_unknown_columns_are_ignored_with_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", "satker,predikat,tahap,tanggal,lokasi\nU,WBK,perencanaan,Juni 2024,aula\n")
    with pytest.warns(LoadWarning, match="lokasi"):
        (schedule,) = zt.load(path)
    assert len(schedule) == 1


@pytest.mark.parametrize(
    ("name", "content", "quoted"),
    [
        ("kosong.csv", "", "satker"),
        ("judul.csv", "nama;tanggal\nA;Juni 2024\n", "satker"),
        ("rusak.xlsx", "bukan zip", "XLSX"),
    ],
)
def test_unreadable_tables_name_the_file(tmp_path: Path, name: str, content: str, quoted: str) -> None:
    path = _write(tmp_path / name, content)
    with pytest.raises(LoadError) as info:
        zt.load(path)
    assert str(path) in info.value.message("id")
    assert quoted in info.value.message("en")


def test_xlsx_cells_may_hold_datetimes_serials_or_text(tmp_path: Path) -> None:
    import openpyxl  # noqa: PLC0415 - only this test writes a workbook

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Satker", "Predikat", "Perencanaan", "Pencanangan", "Pengusulan"])
    naive = dt.datetime(2024, 7, 3)  # noqa: DTZ001 - Excel cells have no time zone
    sheet.append(["Lapas A", "WBK", "Juni 2024", naive, 45505])  # 45505 is 1 August 2024
    path = tmp_path / "sel.xlsx"
    book.save(path)
    (schedule,) = zt.load(path)
    assert schedule.first(zt.Stage.PENCANANGAN).span == zt.DateSpan.day(dt.date(2024, 7, 3))  # type: ignore[union-attr]
    assert schedule.first(zt.Stage.PENGUSULAN).span == zt.DateSpan.day(dt.date(2024, 8, 1))  # type: ignore[union-attr]
    assert "ZI201" in zt.validate(schedule).codes()
