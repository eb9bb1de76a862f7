"""An XLSX date cell is read at the precision its number format shows: ``Jan-24`` is January, not the 1st.

After an outside tester's monthfmt.xlsx, rebuilt here with openpyxl.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import zi_timeline as zt

openpyxl = pytest.importorskip("openpyxl")

from zi_timeline._dates import Precision  # noqa: E402 - after the extra is known to be installed
from zi_timeline._xlsx import shown_precision  # noqa: E402

_CELLS = [  # (stage, stored date, number format)
    ("perencanaan", dt.date(2023, 10, 1), "mmm-yy"),
    ("pencanangan", dt.date(2024, 1, 1), "mmmm yyyy"),
    ("pembangunan", dt.date(2024, 2, 1), "[$-421]mmmm yyyy;@"),
    ("sosialisasi", dt.date(2024, 3, 1), "mm/yyyy"),
    ("survei", dt.date(2024, 4, 1), "yyyy"),
    ("evaluasi_tpi", dt.date(2024, 5, 13), "dd/mm/yyyy"),
    ("pengusulan", dt.date(2024, 7, 22), "d mmmm yyyy"),
]


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Satker", "Predikat", "Tahapan", "Tanggal"])
    for stage, day, code in _CELLS:
        sheet.append(["Lapas A", "WBK", stage, day])
        sheet.cell(sheet.max_row, 4).number_format = code
    sheet.append(["Lapas A", "WBK", "pemantauan", "Januari 2025"])  # text: read as written
    book.save(path)
    return path


def test_a_date_formatted_without_its_day_is_read_as_the_month_or_year_shown(tmp_path: Path) -> None:
    (schedule,) = zt.load(_workbook(tmp_path / "m.xlsx"))
    spans = {m.stage.value: m.span for m in schedule.milestones}
    assert spans["perencanaan"] == zt.parse_date("Oktober 2023")
    assert spans["pencanangan"] == zt.parse_date("Januari 2024")
    assert spans["pembangunan"] == zt.parse_date("Februari 2024")
    assert spans["sosialisasi"] == zt.parse_date("Maret 2024")
    assert spans["survei"] == zt.parse_date("2024")
    assert spans["evaluasi_tpi"] == zt.parse_date("13/05/2024")
    assert spans["pengusulan"] == zt.parse_date("22/07/2024")
    assert spans["pemantauan"] == zt.parse_date("Januari 2025")


def test_new_year_shown_as_a_month_is_no_holiday_finding(tmp_path: Path) -> None:
    report = zt.validate(zt.load(_workbook(tmp_path / "m.xlsx"))[0], lang="en")
    assert not [f for f in report.findings if f.code == "ZI303" and "1 January 2024" in f.message]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("mmm-yy", Precision.MONTH),
        ("mmmm yyyy", Precision.MONTH),
        ("[$-421]mmmm yyyy;@", Precision.MONTH),
        ("mm/yyyy", Precision.MONTH),
        ('mmmm "tahun" yyyy', Precision.MONTH),
        ("yyyy", Precision.YEAR),
        ("yy", Precision.YEAR),
        ("dd/mm/yyyy", None),
        ("d-mmm-yy", None),
        ("dddd, mmmm yyyy", None),
        ("[$-F800]dddd, mmmm dd, yyyy", None),
        ("m/d/yy h:mm", None),
        ("h:mm", None),
        ("yyyy h:mm:ss", Precision.YEAR),
        ('"dd" mmm yyyy', Precision.MONTH),
        ("General", None),
    ],
)
def test_what_a_number_format_shows(code: str, expected: Precision | None) -> None:
    assert shown_precision(code) is expected
