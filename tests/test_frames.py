"""One reader for every front: a DataFrame is read like the sheet it came from."""

from __future__ import annotations

from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.exceptions import LoadError, LoadWarning

pd = pytest.importorskip("pandas")
ztp = pytest.importorskip("zi_timeline.pandas")

ROWS: list[list[object]] = [
    ["REKAPITULASI JADWAL ZONA INTEGRITAS", None, None, None, None],
    ["KANWIL KEMENKUMHAM JAWA BARAT", None, None, None, None],
    ["No", "Nama Satker", "Predikat", "Tahapan", "Waktu Pelaksanaan"],
    [1, "Lapas Kelas IIA Bandung", "WBK", "Pencanangan Pembangunan ZI", "2024-01-15 00:00:00"],
    [None, None, None, "Pengusulan ke KemenPANRB", "2024-07-22"],
    [2, "Rutan Kelas I Bandung", "WBK", "Pencanangan ZI", "16/01/2024"],
    [None, None, None, "Pengusulan ke KemenPANRB", "Juli 2024"],
    [None, None, None, "Bandung, 5 Februari 2024", None],
    [None, None, None, "Mengetahui", None],
]


def test_a_frame_with_titles_above_the_header_is_read_like_the_sheet(tmp_path: Path) -> None:
    frame = pd.DataFrame(ROWS[1:], columns=[str(ROWS[0][0]), *(f"Unnamed: {i}" for i in range(1, 5))])
    with pytest.warns(LoadWarning, match="dilewati"):
        schedules = ztp.from_frame(frame)
    assert [s.unit for s in schedules] == ["Lapas Kelas IIA Bandung", "Rutan Kelas I Bandung"]
    assert [m.span.start.isoformat() for m in schedules[0].milestones] == ["2024-01-15", "2024-07-22"]
    sheet = tmp_path / "jadwal.csv"
    pd.DataFrame(ROWS).to_csv(sheet, index=False, header=False)
    with pytest.warns(LoadWarning, match="dilewati"):
        loaded = zt.load(sheet)
    assert [(s.unit, [(m.stage, m.span) for m in s]) for s in loaded] == [
        (s.unit, [(m.stage, m.span) for m in s]) for s in schedules
    ]


def test_a_frame_without_a_unit_column_is_refused_like_a_file(tmp_path: Path) -> None:
    frame = pd.DataFrame({"Tahap": ["pencanangan", "pengusulan"], "Tanggal": ["Januari 2024", "Juli 2024"]})
    with pytest.raises(LoadError) as from_frame:
        ztp.validate_frame(frame)
    sheet = tmp_path / "jadwal.csv"
    frame.to_csv(sheet, index=False)
    with pytest.raises(LoadError) as from_file:
        zt.load(sheet)
    assert from_frame.value.text.id.replace("baris 0", "baris 1") == from_file.value.text.id


def test_pandas_timestamps_in_a_frame_read_exactly() -> None:
    frame = pd.DataFrame(
        {
            "satker": ["Lapas A", "Lapas A"],
            "predikat": ["WBK", "WBK"],
            "tahap": ["pencanangan", "pengusulan"],
            "tanggal": pd.to_datetime(["2024-05-01", "2024-07-22"]),
        }
    )
    (schedule,) = ztp.from_frame(frame)
    assert [m.span.start.isoformat() for m in schedule.milestones] == ["2024-05-01", "2024-07-22"]
