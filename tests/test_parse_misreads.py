"""Date texts an outside tester found misread: each is now read as written or refused quoting it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import DateSpan, Precision
from zi_timeline._i18n import Lang
from zi_timeline._parse import weekday_mismatch
from zi_timeline.exceptions import InvalidDateError


def _refusal(value: object, year: int | None = None) -> InvalidDateError:
    with pytest.raises(InvalidDateError) as caught:
        zt.parse_date(value, year=year)
    return caught.value


# -- 1. a list of days ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "range_"),
    [
        ("12, 15 Juli 2024", "12-15 Juli 2024"),
        ("5, 6 Juni 2024", "5-6 Juni 2024"),
        ("12,15 Juli 2024", "12-15 Juli 2024"),
        ("12 dan 15 Juli 2024", "12-15 Juli 2024"),
        ("12, 15 dan 20 Juli 2024", "12-20 Juli 2024"),
        ("Senin, 12, 15 Juli 2024", "12-15 Juli 2024"),
        ("12 Juli, 15 Juli 2024", "12-15 Juli 2024"),
        ("12-15, 20 Juli 2024", "12-15 Juli 2024"),
        ("12 & 13 Juli 2024", "12-13 Juli 2024"),
    ],
)
def test_a_list_of_days_is_refused_suggesting_a_range_or_one_row_per_day(text: str, range_: str) -> None:
    error = _refusal(text)
    assert error.value == text
    assert repr(text) in error.message("id")
    assert "daftar hari bukan satu tanggal" in error.message("id")
    assert "satu baris per hari" in error.message("id")
    assert "a list of days is not one date" in error.message("en")
    assert "one row per day" in error.message("en")
    assert repr(range_) in error.message("id")
    assert repr(range_) in error.message("en")


def test_a_list_of_numeric_days_is_refused_with_an_example_range() -> None:
    error = _refusal("12/5, 13/5", year=2024)
    assert "daftar hari" in error.message("id")
    assert "rentang seperti '12-15 Juli 2024'" in error.message("id")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Senin, (22/04/2024)", dt.date(2024, 4, 22)),
        ("Senin, 22 April 2024", dt.date(2024, 4, 22)),
        ("04/07/2023, 21:40 WIB", dt.date(2023, 7, 4)),
        ("Rabu, 8 Mei 2024 s.d. Kamis, 9 Mei 2024", dt.date(2024, 5, 8)),
    ],
)
def test_the_commas_of_weekdays_and_clock_times_still_read(text: str, day: dt.date) -> None:
    assert zt.parse_date(text).start == day


def test_a_month_then_a_comma_then_its_year_is_the_month() -> None:
    assert zt.parse_date("Juli, 2024") == DateSpan.unit(dt.date(2024, 7, 1), Precision.MONTH)


def test_a_list_of_days_in_a_schedule_is_a_zi901_finding_not_a_stage_order_or_holiday_finding() -> None:
    schedule = zt.Schedule.from_mapping(
        {
            "unit": "Lapas A",
            "target": "WBK",
            "milestones": [
                {"stage": "perencanaan", "date": "Oktober 2023"},
                {"stage": "pencanangan", "date": "Januari 2024"},
                {"stage": "pembangunan", "date": "Februari - April 2024"},
                {"stage": "evaluasi_tpi", "date": "12, 15 Mei 2024"},
                {"stage": "pengusulan", "date": "12, 15 Juli 2024"},
            ],
        },
        strict=False,
    )
    codes = [f.code for f in zt.validate(schedule).findings]
    assert codes.count("ZI901") == 2
    assert "ZI101" not in codes
    assert "ZI303" not in codes
    quoted = [f.message for f in zt.validate(schedule).findings if f.code == "ZI901"]
    assert any("'12, 15 Juli 2024'" in m for m in quoted)


# -- 2. Excel's month-year text -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("Jul-24", 2024, dt.date(2024, 7, 1)),
        ("Jul-24", None, dt.date(2024, 7, 1)),
        ("Mei '24", None, dt.date(2024, 5, 1)),
        ("Mei \u201924", 2023, dt.date(2024, 5, 1)),  # an apostrophe always marks a year
        ("Des-23", 2023, dt.date(2023, 12, 1)),
        ("Jul-2024", 2023, dt.date(2024, 7, 1)),
        ("Feb-30", 2024, dt.date(2030, 2, 1)),  # there is no 30 February: only the month-year reading
    ],
)
def test_excel_month_year_text_is_the_month_of_that_year(text: str, year: int | None, month: dt.date) -> None:
    assert zt.parse_date(text, year=year) == DateSpan.unit(month, Precision.MONTH)


def test_a_two_digit_number_that_is_not_the_schedules_year_is_refused_quoting_both_readings() -> None:
    error = _refusal("Des-23", year=2024)
    assert "'Des-23'" in error.message("id")
    for lang in ("id", "en"):
        assert "Desember 2023" in error.message(lang)
        assert "23 Desember 2024" in error.message(lang)
    assert "tahun tidak disebut" not in error.message("id")


@pytest.mark.parametrize(("text", "year"), [("24-Jul", 2024), ("24 Jul", 2024), ("24-Jul", 2023)])
def test_day_month_text_is_still_the_day(text: str, year: int) -> None:
    assert zt.parse_date(text, year=year) == DateSpan.day(dt.date(year, 7, 24))


def test_a_range_of_excel_months_reads_each_side_with_its_own_year() -> None:
    span = zt.parse_date("Des-23 - Jan-24")
    assert (span.start, span.end, span.precision) == (dt.date(2023, 12, 1), dt.date(2024, 1, 31), Precision.MONTH)


# -- 4. weekdays inside ranges -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Senin-Selasa (8-9/5)", ("'Senin'", "'Selasa'")),
        ("Senin, 8 Mei 2024 s.d. Selasa, 9 Mei 2024", ("'Senin'", "'Selasa'")),
        ("8 Mei 2024 s.d. Selasa, 9 Mei 2024", ("'Selasa'",)),
        ("Rabu-Jumat (8-9/5)", ("'Jumat'",)),
    ],
)
def test_each_weekday_written_in_a_range_is_checked_against_its_day(text: str, wrong: tuple[str, ...]) -> None:
    mismatch = weekday_mismatch(text, zt.parse_date(text, year=2024))
    assert mismatch is not None
    for weekday in wrong:
        assert weekday in mismatch.id
        assert weekday in mismatch.en
    assert mismatch.id.count("tidak cocok") == len(wrong)


@pytest.mark.parametrize(
    "text", ["Rabu-Kamis (8-9/5)", "Rabu, 8 Mei 2024 s.d. Kamis, 9 Mei 2024", "Senin (8-9/5)", "8-9 Mei 2024"]
)
def test_right_weekdays_and_one_weekday_before_a_range_give_no_mismatch(text: str) -> None:
    assert weekday_mismatch(text, zt.parse_date(text, year=2024)) is None


def test_a_wrong_weekday_in_a_range_is_a_zi908_finding() -> None:
    schedule = zt.Schedule.from_mapping(
        {
            "unit": "Lapas A",
            "target": "WBK",
            "year": 2024,
            "milestones": [{"stage": "survei", "date": "Senin-Selasa (8-9/5)"}],
        },
        strict=False,
    )
    assert [p.code for p in schedule.problems] == ["ZI908"]


# -- 5. the text of a span names its days ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "id_", "en"),
    [
        # an end inside its month is written as its exact day: not a week or a third of the month unwritten
        ("pertengahan Juni - Juli 2024", "11 Juni - Juli 2024", "11 June - July 2024"),
        ("Juni 2024 - 2025", "Juni 2024 - 2025", "June 2024 - 2025"),
        ("Juni - pertengahan Juli 2024", "Juni - 20 Juli 2024", "June - 20 July 2024"),
        ("15 Juni - Juli 2024", "15 Juni - Juli 2024", "15 June - July 2024"),
        ("8 November 2023 - Januari 2024", "8 November 2023 - Januari 2024", "8 November 2023 - January 2024"),
        ("11 November 2023 - Januari 2024", "11 November 2023 - Januari 2024", "11 November 2023 - January 2024"),
        ("Juni - 10 Juli 2024", "Juni - 10 Juli 2024", "June - 10 July 2024"),
        ("Triwulan II - Juli 2024", "Triwulan II - Juli 2024", "Q2 - July 2024"),
    ],
)
def test_a_span_with_a_finer_end_formats_that_end(text: str, id_: str, en: str) -> None:
    span = zt.parse_date(text)
    assert span.format("id") == id_
    assert span.format("en") == en
    assert zt.parse_date(span.format("id")) == span
    assert zt.parse_date(span.format("en")) == span


# -- 6. a number shaped like a year and month --------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"), [(202406, "'Juni 2024'"), ("202406", "'Juni 2024'"), (20240615, "'15 Juni 2024'")]
)
def test_a_yyyymm_number_names_the_serial_range_and_the_month_to_write(value: object, written: str) -> None:
    error = _refusal(value)
    for lang in ("id", "en"):
        assert "20000-109939" in error.message(lang)
        assert written in error.message(lang)
    assert "20000 ke atas" not in error.message("id")
    assert "YYYYMM" in error.message("en")


_UNITS = [Precision.DAY, Precision.DEKAD, Precision.MONTH, Precision.QUARTER, Precision.SEMESTER, Precision.YEAR]


@given(
    st.dates(dt.date(2023, 1, 1), dt.date(2025, 12, 31)),
    st.integers(0, 700),
    st.sampled_from(_UNITS),
    st.sampled_from(_UNITS),
    st.sampled_from(["id", "en"]),
)
def test_a_span_of_two_units_formats_to_a_text_that_reads_back_as_the_same_days(
    day: dt.date, gap: int, first: Precision, last: Precision, lang: Lang
) -> None:
    start = DateSpan.unit(day, first)
    end = DateSpan.unit(day + dt.timedelta(days=gap), last)
    if end.end < start.start:  # the second unit ends before the first starts: no span
        return
    span = DateSpan(start.start, end.end, max(first, last, key=lambda p: p.rank))
    read = zt.parse_date(span.format(lang))
    assert (read.start, read.end) == (span.start, span.end), span.format(lang)


_MONTH_WORDS = ["Januari", "Feb", "Mar", "April", "Mei", "Jun", "Juli", "Agt", "Sept", "Okt", "Nop", "Des"]


@given(
    st.lists(st.integers(1, 28), min_size=2, max_size=4),
    st.sampled_from([", ", ",", " dan ", " & "]),
    st.sampled_from(_MONTH_WORDS),
    st.integers(2015, 2030),
)
def test_any_list_of_days_is_refused_never_read_as_one_day(days: list[int], sep: str, month: str, year: int) -> None:
    text = sep.join(str(d) for d in days) + f" {month} {year}"
    with pytest.raises(InvalidDateError) as caught:
        zt.parse_date(text)
    assert "daftar hari" in caught.value.message("id")


@given(
    st.sampled_from(_MONTH_WORDS),
    st.sampled_from(["-", "/", " '"]),
    st.integers(0, 99),
    st.none() | st.integers(2000, 2099),
)
def test_excel_month_year_text_is_that_month_or_refused_never_a_day(
    month: str, sep: str, yy: int, year: int | None
) -> None:
    text = f"{month}{sep}{yy:02d}"
    days = 0 if year is None else zt.parse_date(f"{month} {year}").end.day
    day_reading = year is not None and sep != " '" and yy != year % 100 and 1 <= yy <= days
    if day_reading:  # the two readings disagree: refused, quoting the month-year one
        with pytest.raises(InvalidDateError) as caught:
            zt.parse_date(text, year=year)
        assert str(2000 + yy) in caught.value.message("en")
        return
    span = zt.parse_date(text, year=year)
    assert span.precision is Precision.MONTH
    assert span.start.year == 2000 + yy


_WEEKDAY_WORDS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@given(st.integers(1, 30), st.integers(0, 6), st.integers(0, 6), st.integers(1, 6))
def test_a_range_with_two_weekdays_is_flagged_exactly_when_one_is_wrong(
    first_day: int, first_wd: int, last_wd: int, length: int
) -> None:
    last_day = min(first_day + length, 31)
    text = f"{_WEEKDAY_WORDS[first_wd]}-{_WEEKDAY_WORDS[last_wd]} ({first_day}-{last_day}/5)"
    span = zt.parse_date(text, year=2024)
    wrong = (first_wd != span.start.weekday()) + (last_wd != span.end.weekday())
    mismatch = weekday_mismatch(text, span)
    assert (mismatch is None) == (wrong == 0)
    if mismatch is not None:
        assert mismatch.id.count("tidak cocok") == wrong
