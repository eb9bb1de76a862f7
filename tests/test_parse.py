from __future__ import annotations

import datetime as dt

import pytest

import zi_timeline as zt
from zi_timeline import DateSpan, Precision
from zi_timeline.exceptions import InvalidDateError

D, M, Q, S, Y, K = (
    Precision.DAY,
    Precision.MONTH,
    Precision.QUARTER,
    Precision.SEMESTER,
    Precision.YEAR,
    Precision.DEKAD,
)


def d(y: int, m: int, day: int) -> dt.date:
    return dt.date(y, m, day)


FORMS = [
    (dt.date(2024, 6, 15), d(2024, 6, 15), d(2024, 6, 15), D),
    (dt.datetime(2024, 6, 15, 9, 30), d(2024, 6, 15), d(2024, 6, 15), D),  # noqa: DTZ001
    ("2024-06-15", d(2024, 6, 15), d(2024, 6, 15), D),
    ("2024-06", d(2024, 6, 1), d(2024, 6, 30), M),
    ("20/02/2024", d(2024, 2, 20), d(2024, 2, 20), D),
    ("17/2/2021", d(2021, 2, 17), d(2021, 2, 17), D),
    ("26/8/25", d(2025, 8, 26), d(2025, 8, 26), D),
    ("20 Februari 2024", d(2024, 2, 20), d(2024, 2, 20), D),
    ("20 February 2024", d(2024, 2, 20), d(2024, 2, 20), D),
    ("Agt 2024", d(2024, 8, 1), d(2024, 8, 31), M),
    ("Ags 2024", d(2024, 8, 1), d(2024, 8, 31), M),
    ("Agu 2024", d(2024, 8, 1), d(2024, 8, 31), M),
    ("Sept 2025", d(2025, 9, 1), d(2025, 9, 30), M),
    ("Nop 2024", d(2024, 11, 1), d(2024, 11, 30), M),
    ("5 Nopember 2024", d(2024, 11, 5), d(2024, 11, 5), D),
    ("Rabu (17/2/2021)", d(2021, 2, 17), d(2021, 2, 17), D),
    ("Rabu, 17 Februari 2021", d(2021, 2, 17), d(2021, 2, 17), D),
    ("Jum'at 19 Juli 2024", d(2024, 7, 19), d(2024, 7, 19), D),
    ("Juni 2024", d(2024, 6, 1), d(2024, 6, 30), M),
    ("Jun 2024", d(2024, 6, 1), d(2024, 6, 30), M),
    ("06/2024", d(2024, 6, 1), d(2024, 6, 30), M),
    ("Februari 2024", d(2024, 2, 1), d(2024, 2, 29), M),
    ("Triwulan II 2024", d(2024, 4, 1), d(2024, 6, 30), Q),
    ("TW II 2024", d(2024, 4, 1), d(2024, 6, 30), Q),
    ("Q2 2024", d(2024, 4, 1), d(2024, 6, 30), Q),
    ("Triwulan IV 2023", d(2023, 10, 1), d(2023, 12, 31), Q),
    ("Semester 1 2024", d(2024, 1, 1), d(2024, 6, 30), S),
    ("Semester II 2024", d(2024, 7, 1), d(2024, 12, 31), S),
    ("2024", d(2024, 1, 1), d(2024, 12, 31), Y),
    ("TA 2024", d(2024, 1, 1), d(2024, 12, 31), Y),
    ("awal Juli 2024", d(2024, 7, 1), d(2024, 7, 10), K),
    ("pertengahan Juli 2024", d(2024, 7, 11), d(2024, 7, 20), K),
    ("akhir Juli 2024", d(2024, 7, 21), d(2024, 7, 31), K),
    ("akhir Februari 2024", d(2024, 2, 21), d(2024, 2, 29), K),
    ("19-30 Mei 2022", d(2022, 5, 19), d(2022, 5, 30), D),
    # year first is software's form: never day-first
    ("2024-05-01 00:00:00", d(2024, 5, 1), d(2024, 5, 1), D),
    ("2024/05/01", d(2024, 5, 1), d(2024, 5, 1), D),
    ("2024-5-1", d(2024, 5, 1), d(2024, 5, 1), D),
    ("2024-07-22T08:30:00", d(2024, 7, 22), d(2024, 7, 22), D),
    ("2024-07-22T08:30:00+07:00", d(2024, 7, 22), d(2024, 7, 22), D),
    ("2024-07-22 00:00:00Z", d(2024, 7, 22), d(2024, 7, 22), D),
    ("2024/5", d(2024, 5, 1), d(2024, 5, 31), M),
    # letters and news: weekday, comma, bracket, stray spaces, clock times and zones
    ("Senin, (22/04/2024)", d(2024, 4, 22), d(2024, 4, 22), D),
    ("Jumat (17/05/ 2024)", d(2024, 5, 17), d(2024, 5, 17), D),
    ("04/07/2023, 21:40 WIB", d(2023, 7, 4), d(2023, 7, 4), D),
    ("3 Juni 2024 pukul 09.00 WITA", d(2024, 6, 3), d(2024, 6, 3), D),
    ("Kamis, 6 Juni 2024 pukul 13.30 WIT", d(2024, 6, 6), d(2024, 6, 6), D),
    ("01/05/2024 0:00", d(2024, 5, 1), d(2024, 5, 1), D),
    ("Rabu (8/5/2024) pagi", d(2024, 5, 8), d(2024, 5, 8), D),
    ("TA. 2021", d(2021, 1, 1), d(2021, 12, 31), Y),
    # week of the month and deadlines: conventions of the library (docs/reader.md)
    ("minggu ke-2 Juni 2024", d(2024, 6, 8), d(2024, 6, 14), Precision.WEEK),
    ("Minggu ke 1 Juni 2024", d(2024, 6, 1), d(2024, 6, 7), Precision.WEEK),
    ("pekan kedua Juni 2024", d(2024, 6, 8), d(2024, 6, 14), Precision.WEEK),
    ("minggu keempat Februari 2024", d(2024, 2, 22), d(2024, 2, 28), Precision.WEEK),
    ("minggu ke-5 Februari 2024", d(2024, 2, 29), d(2024, 2, 29), Precision.WEEK),
    ("minggu ke-4 Mei - minggu ke-1 Juni 2024", d(2024, 5, 22), d(2024, 6, 7), Precision.WEEK),
    ("paling lambat 15 Juni 2024", d(2024, 6, 1), d(2024, 6, 15), M),
    ("selambat-lambatnya Jumat, 14 Juni 2024", d(2024, 6, 1), d(2024, 6, 14), M),
    ("s.d. 30 Juni 2024", d(2024, 6, 1), d(2024, 6, 30), M),
    ("Minggu, 9 Juni 2024", d(2024, 6, 9), d(2024, 6, 9), D),
    ("T.A. 2021", d(2021, 1, 1), d(2021, 12, 31), Y),
    ("14 s.d. 21 Mei 2023", d(2023, 5, 14), d(2023, 5, 21), D),
    ("14 s/d 21 Mei 2023", d(2023, 5, 14), d(2023, 5, 21), D),
    ("18 hingga 31 Juli 2024", d(2024, 7, 18), d(2024, 7, 31), D),
    ("30 Agustus 2024 hingga 4 September 2024", d(2024, 8, 30), d(2024, 9, 4), D),
    ("30 Agustus - 4 September 2024", d(2024, 8, 30), d(2024, 9, 4), D),
    ("Rabu (17/2/2021)", d(2021, 2, 17), d(2021, 2, 17), D),
    ("Januari-Maret 2024", d(2024, 1, 1), d(2024, 3, 31), M),
    ("Desember 2023 s.d. Mei 2024", d(2023, 12, 1), d(2024, 5, 31), M),
    ("Desember - Januari 2025", d(2024, 12, 1), d(2025, 1, 31), M),
    ("  juni   2024 ", d(2024, 6, 1), d(2024, 6, 30), M),
    (45463, d(2024, 6, 20), d(2024, 6, 20), D),
    (45463.0, d(2024, 6, 20), d(2024, 6, 20), D),
    ("45463", d(2024, 6, 20), d(2024, 6, 20), D),
    (2024, d(2024, 1, 1), d(2024, 12, 31), Y),
]


@pytest.mark.parametrize(("value", "start", "end", "precision"), FORMS)
def test_every_documented_form_parses_to_its_span(
    value: object, start: dt.date, end: dt.date, precision: Precision
) -> None:
    assert zt.parse_date(value) == DateSpan(start, end, precision)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("Selasa (20/02)", d(2024, 2, 20), d(2024, 2, 20)),
        ("Senin-Selasa (8-9/8)", d(2024, 8, 8), d(2024, 8, 9)),
        ("Juni", d(2024, 6, 1), d(2024, 6, 30)),
        ("20/02", d(2024, 2, 20), d(2024, 2, 20)),
    ],
)
def test_year_less_dates_take_the_given_year(value: str, start: dt.date, end: dt.date) -> None:
    span = zt.parse_date(value, year=2024)
    assert (span.start, span.end) == (start, end)


def test_a_month_is_a_span_never_a_guessed_day() -> None:
    span = zt.parse_date("Juni 2024")
    assert span.precision is Precision.MONTH
    assert span.start_bounds == (d(2024, 6, 1), d(2024, 6, 30))
    assert not span.exact


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("31 Februari 2024", "tidak ada di kalender"),
        ("29/02/2023", "tidak ada di kalender"),
        ("Selasa (20/02)", "tahun tidak disebut"),
        ("Juni", "tahun tidak disebut"),
        ("abc", "bentuk yang dikenal"),
        ("5", "bulan tidak disebut"),
        ("", "kosong"),
        ("13/2024", "bulan 13"),
        ("05/13/2024", "bulan 13"),
        ("05/13/2024 00:00:00", "bulan 13"),
        ("05/13/24", "bulan 13"),
        ("2024-13-05", "bulan 13"),
        ("20 02 2024", "hari/bulan/tahun"),
        ("minggu ke-5 Februari 2023", "minggu ke-5"),
        ("Triwulan V 2024", "bentuk yang dikenal"),
        ("30 Mei 2024 - 1 Mei 2024", "sebelum awalnya"),
        (3.5, "bulat"),
        (True, "benar/salah"),
        (None, "NoneType"),
        (100, "nomor seri"),
        ("1800", "nomor seri"),
        ("Juni 3000", "di luar"),
    ],
)
def test_bad_dates_raise_a_message_quoting_the_value(value: object, needle: str) -> None:
    with pytest.raises(InvalidDateError) as info:
        zt.parse_date(value)
    assert repr(value) in str(info.value)
    assert needle in str(info.value)
    assert info.value.value == value
    assert repr(value) in info.value.message("en")


def test_invalid_date_error_is_also_a_value_error() -> None:
    with pytest.raises(ValueError, match="31 Februari 2024"):
        zt.parse_date("31 Februari 2024")


@pytest.mark.parametrize(
    ("span", "id_text", "en_text"),
    [
        (DateSpan(d(2024, 6, 1), d(2024, 6, 30), M), "Juni 2024", "June 2024"),
        (DateSpan(d(2022, 5, 19), d(2022, 5, 30), D), "19-30 Mei 2022", "19-30 May 2022"),
        (DateSpan(d(2024, 4, 1), d(2024, 6, 30), Q), "Triwulan II 2024", "Q2 2024"),
        (DateSpan(d(2024, 7, 1), d(2024, 12, 31), S), "Semester II 2024", "H2 2024"),
        (DateSpan(d(2024, 7, 21), d(2024, 7, 31), K), "akhir Juli 2024", "late July 2024"),
        (DateSpan(d(2023, 12, 1), d(2024, 5, 31), M), "Desember 2023 - Mei 2024", "December 2023 - May 2024"),
    ],
)
def test_spans_are_shown_at_their_precision(span: DateSpan, id_text: str, en_text: str) -> None:
    assert (span.format("id"), span.format("en")) == (id_text, en_text)


def test_end_before_start_is_rejected_by_the_value_object() -> None:
    with pytest.raises(ValueError, match="sebelum awal") as caught:
        DateSpan(d(2024, 6, 2), d(2024, 6, 1))
    assert "before start" in caught.value.message("en")  # type: ignore[attr-defined]


def test_pandas_and_numpy_values_read_exactly() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    column = pd.to_datetime(pd.Series(["2024-05-01 08:30", "2024-07-22"]), format="mixed")
    assert [zt.parse_date(v).start for v in column] == [d(2024, 5, 1), d(2024, 7, 22)]
    assert [zt.parse_date(v).start for v in column.to_numpy()] == [d(2024, 5, 1), d(2024, 7, 22)]
    assert zt.parse_date(np.int64(45413)).start == d(2024, 5, 1)
    assert zt.parse_date(np.float64(2024.0)).precision is Precision.YEAR


@pytest.mark.parametrize("missing", ["NaT", "numpy NaT"])
def test_a_missing_pandas_or_numpy_date_is_an_error_not_a_day(missing: str) -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    value = pd.NaT if missing == "NaT" else np.datetime64("NaT")
    with pytest.raises(InvalidDateError, match="kosong"):
        zt.parse_date(value)


def test_a_deadline_and_a_week_read_back_from_their_own_text() -> None:
    for text in ("paling lambat 15 Juni 2024", "minggu ke-3 Juli 2024"):
        span = zt.parse_date(text)
        assert zt.parse_date(span.format("id")) == span
        assert zt.parse_date(span.format("en")) == span


def test_a_week_is_uncertain_where_a_day_would_be_certain() -> None:
    def tpi_gap(tpi: str) -> list[tuple[str, bool]]:
        schedule = zt.Schedule.from_mapping(
            {
                "unit": "Lapas",
                "target": "WBK",
                "milestones": {"pembangunan": "3 Juni 2024", "evaluasi_tpi": tpi, "pengusulan": "Juli 2024"},
            }
        )
        return [(f.severity.value, f.certain) for f in zt.validate(schedule).findings if f.code == "ZI203"]

    assert tpi_gap("2 Agustus 2024") == [("error", True)]
    assert [c for _, c in tpi_gap("minggu ke-1 Agustus 2024")] == [False]  # 1-7 Aug: under or over 2 months


@pytest.mark.parametrize(
    ("written", "fine"),
    [("Selasa (23/11/2025)", False), ("Minggu (23/11/2025)", True), ("Sabtu, 22 November 2025", True)],
)
def test_a_weekday_that_disagrees_with_its_date_is_a_zi908_warning(written: str, fine: bool) -> None:
    schedule = zt.Schedule.from_mapping({"unit": "Lapas", "target": "WBK", "milestones": {"pemantauan": written}})
    found = [f for f in zt.validate(schedule).findings if f.code == "ZI908"]
    assert schedule.milestones[0].span == zt.parse_date(written)  # the date is still read
    if fine:
        assert found == []
    else:
        (warning,) = found
        assert warning.severity is zt.Severity.WARNING
        assert "'Selasa'" in warning.message
        assert "Minggu" in warning.message
