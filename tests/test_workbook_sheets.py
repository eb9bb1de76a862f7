"""The sheets of one workbook: a recap is not a schedule, and a unit in two sheets is reported, not doubled."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.exceptions import LoadError, LoadWarning

openpyxl = pytest.importorskip("openpyxl")

_UNITS = [("Lapas Kelas IIA Bandung", "WBK"), ("Rutan Kelas I Bandung", "WBK"), ("Kantor Imigrasi Bandung", "WBBM")]


def _book(path: Path, *, schedule: bool = True, recap: bool = True, again: bool = False) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    if schedule:
        sheet = book.create_sheet("Monitoring ZI")
        sheet.append(["No", "Nama Satker", "Predikat", "Tahapan", "Waktu Pelaksanaan"])
        for number, (unit, target) in enumerate(_UNITS, start=1):
            sheet.append([number, unit, target, "Pencanangan ZI", "Januari 2024"])
            sheet.append([None, None, None, "Pengusulan ke KemenPANRB", "Juli 2024"])
    if recap:
        sheet = book.create_sheet("Rekap")
        sheet.append(["No", "Nama Satker", "Predikat", "Jumlah Kegiatan", "Status"])
        for number, (unit, target) in enumerate(_UNITS, start=1):
            sheet.append([number, unit, target, 7, "Proses"])
    if again:
        sheet = book.create_sheet("TW II")
        sheet.append(["No", "Nama Satker", "Predikat", "Tahapan", "Waktu Pelaksanaan"])
        sheet.append([1, _UNITS[0][0], "WBK", "Evaluasi TPI", "Mei 2024"])
    book.save(path)
    return path


def _load(path: Path) -> tuple[list[zt.Schedule], list[LoadWarning]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        schedules = zt.load(path)
    return schedules, [w.message for w in caught if isinstance(w.message, LoadWarning)]


def test_a_recap_sheet_is_skipped_and_named_once(tmp_path: Path) -> None:
    schedules, caught = _load(_book(tmp_path / "rekap.xlsx"))
    assert [s.unit for s in schedules] == [u for u, _ in _UNITS]
    assert all(p.code != "ZI902" for s in schedules for p in s.problems)
    skipped = [w for w in caught if "rekap" in str(w)]
    assert len(skipped) == 1
    assert "'Rekap'" in str(skipped[0])
    assert "'Jumlah Kegiatan'" in skipped[0].message("en")


def test_a_workbook_of_recaps_only_is_refused_naming_the_sheet(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="'Rekap'"):
        zt.load(_book(tmp_path / "rekap.xlsx", schedule=False))


def test_a_unit_in_two_schedule_sheets_is_reported(tmp_path: Path) -> None:
    schedules, _ = _load(_book(tmp_path / "dua.xlsx", recap=False, again=True))
    assert [s.unit for s in schedules] == [*(u for u, _ in _UNITS), _UNITS[0][0]]
    again = [p for p in schedules[-1].problems if p.code == "ZI903"]
    assert len(again) == 1
    assert "'Monitoring ZI'" in again[0].text.id
    assert again[0].origin is not None
    assert again[0].origin.sheet == "TW II"
    assert all(not s.problems for s in schedules[:-1])


@pytest.mark.parametrize("header", ["Jumlah Kegiatan", "Total Kegiatan", "Persentase Kegiatan"])
def test_a_count_column_is_no_stage_column(header: str) -> None:
    from zi_timeline._headers import column_kind  # noqa: PLC0415

    assert column_kind(header) == ("unknown", None, None)
