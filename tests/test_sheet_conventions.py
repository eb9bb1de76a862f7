"""How Kanwil staff lay out their sheets, read without a phantom unit or a silent guess.

After an outside tester's files (colnum.csv, conf.csv, startonly.csv), rebuilt here:
a row numbering the columns under the header, one unit's rows giving two predicates,
and a period stage with a start day and its end cell left empty.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline._layout import is_column_numbers
from zi_timeline._unit_blocks import PERIOD_STAGES

openpyxl = pytest.importorskip("openpyxl")

HEADER = "No;Nama Satker;Predikat;Tahapan;Waktu Pelaksanaan;Keterangan\n"
ROWS = "1;Lapas A;WBK;Perencanaan;Oktober 2023;\n;;;Pencanangan;23/01/2024;\n2;Rutan B;WBK;Perencanaan;Oktober 2023;\n"


def _load(tmp_path: Path, text: str, name: str = "t.csv") -> tuple[list[zt.Schedule], list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        schedules = zt.load(path)
    return schedules, [str(w.message) for w in caught]


def _units(schedules: list[zt.Schedule]) -> list[tuple[str, int, list[str]]]:
    return [(s.unit, len(s.milestones), [p.code for p in s.problems]) for s in schedules]


@pytest.mark.parametrize("numbers", ["1;2;3;4;5;6", "(1);(2);(3);(4);(5);(6)", " 1 ; 2 ;3;4;5;6.", "0;1;2;3;4;5"])
def test_a_row_numbering_the_columns_is_skipped_and_named(tmp_path: Path, numbers: str) -> None:
    schedules, said = _load(tmp_path, HEADER + numbers + "\n" + ROWS)
    assert _units(schedules) == [("Lapas A", 2, []), ("Rutan B", 1, [])]
    (note,) = [s for s in said if "nomor kolom" in s]
    assert "baris 2 berisi nomor kolom" in note
    assert "(baris 1)" in note


def test_column_numbers_in_an_xlsx_under_a_merged_two_row_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["JADWAL PEMBANGUNAN ZI 2024"],
        ["No", "Nama Satker", "Predikat", "Tahapan", "Waktu Pelaksanaan", None, "Keterangan"],
        [None, None, None, None, "Mulai", "Selesai", None],
        [1, 2, 3, 4, 5, 6, 7],
        [1, "Lapas A", "WBK", "Pembangunan", dt.date(2024, 2, 1), dt.date(2024, 5, 31)],
        [None, None, None, "Pengusulan", dt.date(2024, 7, 22), dt.date(2024, 7, 22)],
    ):
        sheet.append(row)
    sheet.merge_cells("E2:F2")
    path = tmp_path / "colnum.xlsx"
    book.save(path)
    with pytest.warns(zt.exceptions.LoadWarning, match="nomor kolom") as caught:
        schedules = zt.load(path)
    assert _units(schedules) == [("Lapas A", 2, [])]
    (note,) = [w.message for w in caught if "nomor kolom" in str(w.message)]
    assert note.row == 4  # type: ignore[union-attr]


def test_column_numbers_under_each_repeated_header_are_skipped(tmp_path: Path) -> None:
    block = HEADER + "(1);(2);(3);(4);(5);(6)\n3;Bapas C;WBK;Perencanaan;Oktober 2023;\n"
    text = HEADER + "1;2;3;4;5;6\n" + ROWS + block
    schedules, said = _load(tmp_path, text)
    assert [s.unit for s in schedules] == ["Lapas A", "Rutan B", "Bapas C"]
    assert all(not s.problems for s in schedules)
    assert any("baris 2, 7 berisi nomor kolom" in s for s in said)


def test_a_numbers_row_further_down_is_still_a_row(tmp_path: Path) -> None:
    """Only the row right under a header is taken for column numbers; elsewhere it is reported as read."""
    schedules, said = _load(tmp_path, HEADER + ROWS + "1;2;3;4;5;6\n")
    assert not any("nomor kolom" in s for s in said)
    units = {s.unit: s for s in schedules}
    assert {p.code for p in units["2"].problems} >= {"ZI901", "ZI902"}  # quoted, not skipped in silence


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1", "2", "3"], True),
        ([1.0, 2.0, 3.0, 4.0], True),
        ([None, "2", "3", "4"], True),  # the No column left unnumbered: starts at its own place
        (["1", "2", None, "4", "5"], True),  # a merged header cell without its number
        (["1", "2", None, "3", "4"], True),  # a merged header numbered once
        (["1", "2"], False),
        (["1", "3", "4"], False),
        (["2", "3", "4"], False),
        (["1", "Lapas A", "3"], False),
        (["1", "2", "2"], False),
        ([True, 2, 3], False),
        (["1", "2", dt.date(2024, 1, 3)], False),
    ],
)
def test_what_counts_as_a_row_of_column_numbers(values: list[object], expected: bool) -> None:
    assert is_column_numbers(values) is expected


CONFLICT = (
    "Nama Satker;Predikat;Tahapan;Tanggal;Tim Penilai\n"
    "Lapas A;WBK;Perencanaan;Oktober 2023;Tim 1\n"
    "Lapas A;WBBM;Pencanangan;Januari 2024;Tim 2\n"
)


def test_two_predicates_for_one_unit_are_a_finding_and_the_target_is_unknown(tmp_path: Path) -> None:
    (schedule,), _ = _load(tmp_path, CONFLICT)
    assert schedule.target is None
    assert schedule.evaluator is None
    assert len(schedule.milestones) == 2  # the rows are still read
    target, team = schedule.problems
    assert (target.code, target.origin.row, target.origin.column, target.origin.field) == ("ZI903", 3, "B", "Predikat")
    assert "'WBK' (baris 2, kolom B) dan 'WBBM' (baris 3, kolom B)" in target.text.id
    assert "ZI401 wbbm-without-wbk" in target.text.en
    assert "were not run" in target.text.en
    assert target.value == "'WBK' / 'WBBM'"
    assert (team.origin.row, team.origin.column) == (3, "E")
    assert "'Tim 1' (row 2, column E) and 'Tim 2' (row 3, column E)" in team.text.en


def test_a_conflict_is_reported_by_validate_and_the_target_checks_are_skipped(tmp_path: Path) -> None:
    text = CONFLICT.replace("Tim Penilai", "Tanggal WBK").replace("Tim 1", "").replace("Tim 2", "")
    (schedule,), _ = _load(tmp_path, text)
    report = zt.validate(schedule)
    codes = [f.code for f in report.findings]
    assert "ZI903" in codes
    assert "ZI401" not in codes  # not guessed either way: the target is unknown


def test_a_conflict_is_refused_in_strict_mode(tmp_path: Path) -> None:
    path = tmp_path / "conf.csv"
    path.write_text(CONFLICT, encoding="utf-8")
    with pytest.raises(zt.exceptions.ZiTimelineError, match="'WBK' \\(baris 2, kolom B\\) dan 'WBBM'"):
        zt.load(path, strict=True)


@pytest.mark.parametrize(
    ("second", "third"),
    [("WBK", "WBK"), ("", ""), ("wbk", ""), (" WBK ", "Wilayah Bebas dari Korupsi")],
)
def test_the_same_predicate_repeated_or_left_empty_is_fine(tmp_path: Path, second: str, third: str) -> None:
    text = (
        "Nama Satker;Predikat;Tahapan;Tanggal;Tim Penilai\n"
        "Lapas A;WBK;Perencanaan;Oktober 2023;Tim 1\n"
        f"Lapas A;{second};Pencanangan;Januari 2024;tim  1\n"
        f";{third};Pembangunan;Februari - Mei 2024;\n"
    )
    (schedule,), _ = _load(tmp_path, text)
    assert (schedule.target, schedule.evaluator, schedule.problems) == (zt.Predicate.WBK, "Tim 1", ())


def test_two_wbk_dates_or_revocations_are_findings_not_the_first_kept(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["Nama Satker", "Predikat", "Tahapan", "Tanggal", "Tanggal WBK", "Dicabut", "Tahun"],
        ["Lapas A", "WBBM", "Perencanaan", "Oktober 2023", dt.date(2022, 12, 9), "Maret 2021", 2024],
        ["Lapas A", "WBBM", "Pencanangan", "Januari 2024", "09/12/2022", "April 2021", "2024"],
        [None, None, "Pengusulan", "22/07/2024", "Desember 2021", None, 2025],
    ):
        sheet.append(row)
    path = tmp_path / "wbk.xlsx"
    book.save(path)
    (schedule,) = zt.load(path)
    assert (schedule.target, schedule.wbk_awarded, schedule.revoked) == (None, None, None)
    assert [(p.origin.row, p.origin.column) for p in schedule.problems] == [(3, "F"), (4, "E"), (4, "G")]


START_ONLY = "Nama Satker;Predikat;Tahapan;Tanggal Mulai;Tanggal Selesai\n"


@pytest.mark.parametrize("stage", list(zt.Stage))
def test_a_start_day_with_the_end_cell_empty(tmp_path: Path, stage: zt.Stage) -> None:
    """A period stage is a ZI903 naming the empty end cell; an event stage is the day written."""
    (schedule,), _ = _load(tmp_path, START_ONLY + f"Lapas A;WBK;{stage.label()};01/02/2024;\n")
    if stage in PERIOD_STAGES:
        assert schedule.milestones == ()
        (problem,) = schedule.problems
        assert (problem.code, problem.stage) == ("ZI903", stage)
        assert (problem.origin.row, problem.origin.column, problem.origin.field) == (2, "E", "Tanggal Selesai")
        assert "'01/02/2024'" in problem.text.id
        assert "not taken as one day" in problem.text.en
    else:
        assert schedule.problems == ()
        (milestone,) = schedule.milestones
        assert (milestone.stage, milestone.span) == (stage, zt.parse_date("01/02/2024"))


def test_the_stages_that_are_periods() -> None:
    """The rule written in docs/reader.md: the stages whose work takes more than a day by nature."""
    events = set(zt.Stage) - PERIOD_STAGES
    assert {s.value for s in events} == {
        "pembentukan_tim",
        "pencanangan",
        "sosialisasi",
        "inovasi",
        "pemantauan",
        "pengusulan",
        "evaluasi_lapangan",
        "penetapan",
    }
    page = Path(__file__).resolve().parents[1].joinpath("docs", "reader.md").read_text(encoding="utf-8")
    (line,) = [line for line in page.splitlines() if "`Mulai | Selesai`" in line and "ZI903" in line]
    said = line.split("tahap yang berupa masa (")[1].split(") yang diberi")[0]
    assert said == ", ".join(s.label("id") for s in sorted(PERIOD_STAGES, key=list(zt.Stage).index))


@pytest.mark.parametrize("stage", sorted(PERIOD_STAGES))
def test_a_period_given_whole_or_in_a_single_date_column_is_read(tmp_path: Path, stage: zt.Stage) -> None:
    rows = f"Lapas A;WBK;{stage.label()};Oktober 2023;\nLapas A;WBK;{stage.label()};01/02/2024;29/02/2024\n"
    (schedule,), _ = _load(tmp_path, START_ONLY + rows)
    assert (schedule.problems, len(schedule.milestones)) == ((), 2)
    single = f"Nama Satker;Predikat;Tahapan;Tanggal\nLapas A;WBK;{stage.label()};01/02/2024\n"
    (schedule,), _ = _load(tmp_path, single)  # one date column: the day written, as in any schedule
    assert (schedule.problems, [m.span for m in schedule.milestones]) == ((), [zt.parse_date("01/02/2024")])


def test_a_start_day_without_its_end_in_an_xlsx_and_a_wide_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (
        ["Nama Satker", "Predikat", "Tahapan", "Mulai", "Selesai"],
        ["Lapas A", "WBK", "Evaluasi TPI", dt.date(2024, 5, 20), None],
        [None, None, "Sosialisasi", dt.date(2024, 2, 5), None],
    ):
        sheet.append(row)
    path = tmp_path / "open.xlsx"
    book.save(path)
    (schedule,) = zt.load(path)
    assert [m.stage for m in schedule.milestones] == [zt.Stage.SOSIALISASI]
    assert [(p.stage, p.origin.row, p.origin.column) for p in schedule.problems] == [(zt.Stage.EVALUASI_TPI, 2, "E")]
    wide = "Satker,Predikat,Survei (mulai),Survei (selesai),Pengusulan\nLapas A,WBK,01/04/2024,,22/07/2024\n"
    (schedule,), _ = _load(tmp_path, wide)
    assert [m.stage for m in schedule.milestones] == [zt.Stage.PENGUSULAN]
    assert [(p.stage, p.origin.row, p.origin.column) for p in schedule.problems] == [(zt.Stage.SURVEI, 2, "D")]


def test_a_unit_on_two_rows_of_a_wide_sheet_is_said_not_two_units_in_silence(tmp_path: Path) -> None:
    text = "Satker,Predikat,Pencanangan,Pengusulan\nLapas A,WBK,22/01/2024,\nRutan B,WBK,23/01/2024,\n"
    text += "Lapas A,WBBM,,22/07/2024\n"
    first, other, second = _load(tmp_path, text)[0]
    assert (first.unit, first.problems, other.problems) == ("Lapas A", (), ())
    (problem,) = second.problems
    assert (second.unit, problem.code, problem.origin.row) == ("Lapas A", "ZI903", 4)
    assert "sudah ada di baris 2" in problem.text.id


TITLED = "Nama Satker;: Lapas Kelas I Semarang;\nPredikat;: WBK;\n;;\nNo;Tahapan;Waktu Pelaksanaan\n"


@pytest.mark.parametrize(
    ("middle", "said"),
    [("1;2;3\n", "baris 5 berisi nomor kolom"), ("No;Tahapan;Waktu Pelaksanaan\n", "baris 5 mengulang judul kolom")],
)
def test_a_sheet_per_satker_skips_column_numbers_and_repeated_headers(tmp_path: Path, middle: str, said: str) -> None:
    """The title's values come after the sheet's own cells: they do not hide a header row."""
    text = TITLED + middle + "1;Perencanaan;Oktober 2023\n2;Pencanangan;23/01/2024\n"
    (schedule,), notes = _load(tmp_path, text)
    assert (schedule.unit, schedule.target, len(schedule.milestones)) == ("Lapas Kelas I Semarang", zt.Predicate.WBK, 2)
    assert schedule.problems == ()
    assert any(said in note for note in notes)


def test_a_start_day_whose_weekday_is_wrong_is_still_an_open_period(tmp_path: Path) -> None:
    """1 February 2024 is a Thursday: the weekday's own warning does not let the day through as one day."""
    (schedule,), _ = _load(tmp_path, START_ONLY + "Lapas A;WBK;Evaluasi TPI;Senin, 01/02/2024;\n")
    assert schedule.milestones == ()
    (problem,) = schedule.problems
    assert (problem.code, problem.stage, problem.origin.row) == ("ZI903", zt.Stage.EVALUASI_TPI, 2)
    assert "'Senin, 01/02/2024'" in problem.text.id
