"""Which unit a row belongs to, and what a unit is called: never a silent merge, never a lost name.

After an outside tester's files (gaps.csv, numunits.xlsx, openend.csv), rebuilt here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import zi_timeline as zt

openpyxl = pytest.importorskip("openpyxl")

HEADER = "No;Nama Satker;Predikat;Tahapan;Waktu Pelaksanaan\n"
GAPS = (
    "JADWAL PEMBANGUNAN ZI 2024;;;;\n" + HEADER + "1;Lapas A;WBK;Perencanaan;Oktober 2023\n"
    ";;;Pencanangan;23/01/2024\n"
    ";;;Pengusulan;22/07/2024\n"
    "2;Rutan B;WBK;;\n"
    "3;;WBK;Perencanaan;Oktober 2023\n"
    ";Bapas C;;Pencanangan;23/01/2024\n"
    "4;LPKA D;WBK;Perencanaan;Oktober 2023\n"
)


def _load(tmp_path: Path, text: str, name: str = "t.csv") -> list[zt.Schedule]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return zt.load(path)


def _stages(schedule: zt.Schedule) -> list[str]:
    return [m.stage.value for m in schedule.milestones]


def _codes(schedule: zt.Schedule) -> list[str]:
    return [p.code for p in schedule.problems]


def test_a_new_number_with_an_empty_name_is_not_joined_to_the_unit_above(tmp_path: Path) -> None:
    units = {s.unit: s for s in _load(tmp_path, GAPS)}
    assert list(units) == ["Lapas A", "Rutan B", "Bapas C", "LPKA D"]
    assert _stages(units["Rutan B"]) == []  # No. 3's Perencanaan is not Rutan B's
    bapas = units["Bapas C"]
    assert _stages(bapas) == ["perencanaan", "pencanangan"]
    assert bapas.target is zt.Predicate.WBK  # the predicate on No. 3's first row
    (problem,) = bapas.problems
    assert problem.code == "ZI903"
    assert (problem.origin.row, problem.origin.column) == (7, "B")
    assert "No. 3" in problem.text.en
    assert "'Bapas C'" in problem.text.en
    assert "baris 7-8" in problem.text.id
    assert _codes(units["Lapas A"]) == _codes(units["LPKA D"]) == []


def test_a_numbered_block_without_any_name_is_its_own_unit_with_a_finding(tmp_path: Path) -> None:
    text = HEADER + "1;Lapas A;WBK;Perencanaan;Oktober 2023\n;;;Pencanangan;23/01/2024\n2;;WBBM;Perencanaan;Juni 2024\n"
    first, second = _load(tmp_path, text)
    assert (first.unit, _stages(first)) == ("Lapas A", ["perencanaan", "pencanangan"])
    assert second.unit == "(tanpa nama, baris 4)"
    assert second.target is zt.Predicate.WBBM
    assert _stages(second) == ["perencanaan"]
    (problem,) = second.problems
    assert problem.code == "ZI903"
    assert problem.origin.row == 4
    assert "No. 2" in problem.text.id
    assert "'2 | WBBM | Perencanaan | Juni 2024'" in problem.text.en
    report = zt.validate(second)
    assert any(f.code == "ZI903" and "baris 4" in f.message for f in report.findings)


def test_a_number_on_every_row_under_merged_names_keeps_the_units_whole(tmp_path: Path) -> None:
    text = (
        HEADER
        + "1;Lapas A;WBK;Perencanaan;Oktober 2023\n2;;;Pencanangan;23/01/2024\n3;;;Pengusulan;22/07/2024\n"
        + "4;Rutan B;WBK;Perencanaan;Oktober 2023\n5;;;Pencanangan;23/01/2024\n6;;;Pengusulan;22/07/2024\n"
    )
    with pytest.warns(zt.exceptions.LoadWarning, match=r"baris 3-4, 6-7 bernomor baru tanpa nama satker") as caught:
        schedules = _load(tmp_path, text)
    assert [(s.unit, len(s.milestones), _codes(s)) for s in schedules] == [("Lapas A", 3, []), ("Rutan B", 3, [])]
    assert "the No column numbers rows, not units" in caught[0].message.text.en  # type: ignore[union-attr]


def test_a_flat_list_numbering_each_row_with_the_name_repeated_is_one_unit_per_name(tmp_path: Path) -> None:
    text = HEADER + "1;Lapas A;WBK;Perencanaan;Oktober 2023\n2;Lapas A;WBK;Pencanangan;23/01/2024\n"
    (schedule,) = _load(tmp_path, text)
    assert (schedule.unit, len(schedule.milestones), _codes(schedule)) == ("Lapas A", 2, [])


def test_rows_without_a_name_at_the_top_of_a_table_without_numbers_are_named_in_a_finding(tmp_path: Path) -> None:
    text = "Satker;Predikat;Tahapan;Tanggal\n;WBK;Perencanaan;Oktober 2023\nLapas A;WBK;Pencanangan;23/01/2024\n"
    unnamed, named = _load(tmp_path, text)
    assert unnamed.unit == "(tanpa nama, baris 2)"
    assert _codes(unnamed) == ["ZI903"]
    assert "row 2 has no unit name" in unnamed.problems[0].text.en
    assert (named.unit, _codes(named)) == ("Lapas A", [])


def _numbered_workbook(path: Path, names: list[object]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Satker", "Predikat", "Tahapan", "Tanggal"])
    for name in names:
        sheet.append([name, "WBK", "Perencanaan", "Oktober 2023"])
        sheet.append([None, None, "Pengusulan", dt.date(2024, 7, 22)])
    book.save(path)
    return path


def test_a_unit_code_in_a_workbook_is_its_name(tmp_path: Path) -> None:
    schedules = zt.load(_numbered_workbook(tmp_path / "n.xlsx", [418422, 418423, 2024, "Lapas A"]))
    assert [s.unit for s in schedules] == ["418422", "418423", "2024", "Lapas A"]
    assert all(not s.problems for s in schedules)


def test_a_unit_code_reads_alike_from_csv_xlsx_and_a_frame(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    from zi_timeline.pandas import from_frame, validate_frame  # noqa: PLC0415 - needs pandas

    csv = _load(tmp_path, "Satker;Tahapan;Tanggal\n418422;Perencanaan;Oktober 2023\n")
    xlsx = zt.load(_numbered_workbook(tmp_path / "n.xlsx", [418422]))
    frame = pd.DataFrame({"Satker": [418422.0, None, 2024.0], "Tahapan": ["Perencanaan", "Pengusulan", "Perencanaan"]})
    frame["Tanggal"] = ["Oktober 2023", "22/07/2024", "Oktober 2023"]
    ints = pd.DataFrame({"Satker": [418422], "Tahapan": ["Perencanaan"], "Tanggal": ["Oktober 2023"]})
    assert csv[0].unit == xlsx[0].unit == from_frame(ints)[0].unit == "418422"
    assert [s.unit for s in from_frame(frame)] == ["418422", "2024"]
    assert [r.unit for r in validate_frame(frame)] == ["418422", "2024"]


def test_a_fraction_in_the_unit_column_is_refused_quoting_it() -> None:
    pd = pytest.importorskip("pandas")
    from zi_timeline.pandas import from_frame  # noqa: PLC0415 - needs pandas

    frame = pd.DataFrame({"Satker": [418422.5], "Predikat": ["WBK"], "Tahapan": ["Perencanaan"]})
    frame["Tanggal"] = ["Oktober 2023"]
    (schedule,) = from_frame(frame)
    assert _codes(schedule) == ["ZI903"]
    assert "418422.5" in schedule.problems[0].text.en


OPEN = (
    "Satker;Predikat;Tahapan;Mulai;Selesai\n"
    "Lapas A;WBK;Perencanaan;Oktober 2023;\n"
    ";;Pencanangan;23/01/2024;\n"
    ";;Pembangunan;24/01/2024;\n"
    ";;Evaluasi TPI;20/05/2024;31/05/2024\n"
)


def test_a_building_period_with_a_start_day_and_no_end_is_a_finding_not_one_day(tmp_path: Path) -> None:
    (schedule,) = _load(tmp_path, OPEN)
    assert _stages(schedule) == ["perencanaan", "pencanangan", "evaluasi_tpi"]
    (problem,) = schedule.problems
    assert problem.code == "ZI903"
    assert problem.stage is zt.Stage.PEMBANGUNAN
    assert (problem.origin.row, problem.origin.column, problem.origin.field) == (4, "E", "Selesai")
    assert "'24/01/2024'" in problem.text.id
    assert "its end is unknown" in problem.text.en


def test_a_one_day_act_or_a_period_in_the_start_column_alone_is_read_as_written(tmp_path: Path) -> None:
    (schedule,) = _load(tmp_path, OPEN)
    spans = {m.stage: m.span for m in schedule.milestones}
    assert spans[zt.Stage.PENCANANGAN] == zt.parse_date("23/01/2024")
    assert spans[zt.Stage.PERENCANAAN] == zt.parse_date("Oktober 2023")


def test_a_wide_building_start_without_its_end_is_a_finding(tmp_path: Path) -> None:
    text = "Satker,Predikat,Pembangunan (mulai),Pembangunan (selesai),Pengusulan\nLapas A,WBK,24/01/2024,,22/07/2024\n"
    (schedule,) = _load(tmp_path, text)
    assert _stages(schedule) == ["pengusulan"]
    (problem,) = schedule.problems
    assert (problem.code, problem.origin.row, problem.origin.column) == ("ZI903", 2, "D")


def _blocks_workbook(path: Path) -> Path:
    """Each satker under its own copy of the header, as in an outside tester's k3.xlsx."""
    header = ["No", "Nama Satker", "Predikat", "Tahapan", "Waktu Pelaksanaan", "Keterangan"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jadwal"
    for row in (
        ["JADWAL PEMBANGUNAN ZI 2024"],
        [],
        header,
        [1, "Lapas A", "WBK", "Perencanaan", "Oktober 2023"],
        [None, None, None, "Pengusulan", dt.date(2024, 7, 22)],
        [],
        [" NO.", "nama  satker", "PREDIKAT", "Tahapan", "Waktu Pelaksanaan:", None],
        [2, "Rutan B", "WBK", "Perencanaan", "Oktober 2023"],
        [None, None, None, "Pengusulan", "22/07/2024"],
    ):
        sheet.append(row)
    book.save(path)
    return path


def test_a_header_repeated_inside_the_table_is_skipped_and_named(tmp_path: Path) -> None:
    with pytest.warns(zt.exceptions.LoadWarning) as caught:
        schedules = zt.load(_blocks_workbook(tmp_path / "k3.xlsx"))
    assert [(s.unit, len(s.milestones), _codes(s)) for s in schedules] == [("Lapas A", 2, []), ("Rutan B", 2, [])]
    (echo,) = [w.message for w in caught if "repeat" in str(w.message.text.en)]  # type: ignore[union-attr]
    assert echo.row == 7  # type: ignore[union-attr]
    assert "baris 7 mengulang judul kolom (baris 3)" in str(echo)


def test_a_total_between_blocks_is_skipped_and_the_rows_after_it_are_read(tmp_path: Path) -> None:
    text = GAPS.replace("4;LPKA D", "Jumlah: 3 satker;;;;\n4;LPKA D")
    with pytest.warns(zt.exceptions.LoadWarning, match="baris 9 di dalam tabel dilewati") as caught:
        schedules = _load(tmp_path, text)
    assert schedules[-1].unit == "LPKA D"
    assert "the schedule rows after them are read" in caught[0].message.text.en  # type: ignore[union-attr]


def test_a_unit_named_like_a_header_word_is_still_read(tmp_path: Path) -> None:
    (schedule,) = _load(tmp_path, HEADER + "1;Tahapan;WBK;Perencanaan;Oktober 2023\n")
    assert (schedule.unit, len(schedule.milestones)) == ("Tahapan", 1)


def test_a_unit_code_in_a_wide_frame_is_its_name() -> None:
    pd = pytest.importorskip("pandas")
    from zi_timeline.pandas import from_frame  # noqa: PLC0415 - needs pandas

    frame = pd.DataFrame({"Satker": [418422, 418423], "Predikat": ["WBK", "WBK"], "Perencanaan": ["Mei 2024"] * 2})
    assert [(s.unit, s.problems) for s in from_frame(frame)] == [("418422", ()), ("418423", ())]
