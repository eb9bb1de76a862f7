"""Dates with a number too many, backward ranges and two-digit years: one reading or a refusal, never a guess."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline._dates import MONTHS_ID, DateSpan, Precision
from zi_timeline.exceptions import InvalidDateError


def _refusal(text: str, year: int | None = None) -> InvalidDateError:
    with pytest.raises(InvalidDateError) as caught:
        zt.parse_date(text, year=year)
    assert caught.value.value == text
    assert repr(text) in caught.value.message("id")
    assert repr(text) in caught.value.message("en")
    return caught.value


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("3 - 2 Juni 2024", None),
        ("20 s.d. 5 Juni 2024", None),
        ("Juni - Mei 2024", None),
        ("Juli - Juni 2024", None),
        ("Agustus s.d. Juli 2024", None),
        ("Senin-Selasa (9-8/8)", 2024),
        ("20/02 - 15/02/2024", None),
        ("15-10 Juni 2024", None),
        ("9-8/8/2024", None),
        ("30 - 2 Januari 2025", None),
        ("Semester II - Semester I 2025", None),
    ],
)
def test_a_range_that_ends_before_it_starts_is_refused_never_stretched_over_a_year(text: str, year: int | None) -> None:
    error = _refusal(text, year)
    assert "akhir rentang sebelum awalnya" in error.message("id")
    assert "'Juni 2023 - Mei 2024'" in error.message("en")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Desember - Januari 2025", dt.date(2024, 12, 1), dt.date(2025, 1, 31)),
        ("November - Januari 2024", dt.date(2023, 11, 1), dt.date(2024, 1, 31)),
        ("Oktober - Maret 2025", dt.date(2024, 10, 1), dt.date(2025, 3, 31)),
        ("20 Desember - 5 Januari 2025", dt.date(2024, 12, 20), dt.date(2025, 1, 5)),
        ("Triwulan IV - Triwulan I 2025", dt.date(2024, 10, 1), dt.date(2025, 3, 31)),
        ("Juni 2023 - Mei 2024", dt.date(2023, 6, 1), dt.date(2024, 5, 31)),
    ],
)
def test_a_range_across_the_new_year_reads_with_the_year_before(text: str, start: dt.date, end: dt.date) -> None:
    span = zt.parse_date(text)
    assert (span.start, span.end) == (start, end)


@given(st.integers(1, 12), st.integers(1, 12), st.integers(2015, 2030))
def test_a_month_range_without_the_start_year_spans_less_than_half_a_year_or_is_refused(
    first: int, last: int, year: int
) -> None:
    text = f"{MONTHS_ID[first - 1]} - {MONTHS_ID[last - 1]} {year}"
    try:
        span = zt.parse_date(text)
    except InvalidDateError:
        assert first > last
        return
    months = (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1
    assert months <= 6 or span.start.year == year
    assert span.end == DateSpan.unit(dt.date(year, last, 1), Precision.MONTH).end


@pytest.mark.parametrize(
    "text",
    [
        "12; 15 Juli 2024",
        "12/15 Juli 2024",
        "12 15 Juli 2024",
        "12 . 15 Juli 2024",
        "1/2 Juli 2024",
        "20 21 Mei 2024",
        "Juli 12 15 2024",
        "12 Juli 15 2024",
        "12.15 Juli 2024",
        "24 Juli 2024 12",
    ],
)
def test_a_date_with_a_second_day_number_is_refused_never_read_with_it_as_the_year(text: str) -> None:
    error = _refusal(text)
    assert "daftar hari" in error.message("id")
    assert "one row per day" in error.message("en")


@given(
    st.integers(1, 28),
    st.integers(1, 28),
    st.sampled_from(["; ", "/", " ", " . ", ".", ", ", " dan "]),
    st.sampled_from(MONTHS_ID),
)
def test_two_day_numbers_before_a_month_are_never_one_date(first: int, second: int, sep: str, month: str) -> None:
    with pytest.raises(InvalidDateError):
        zt.parse_date(f"{first}{sep}{second} {month} 2024")


def test_minggu_with_a_number_is_refused_as_week_or_sunday() -> None:
    error = _refusal("minggu 2 Juli 2024")
    assert "minggu ke-2" in error.message("id")
    assert "Sunday" in error.message("en")
    assert zt.parse_date("minggu ke-2 Juli 2024") == DateSpan(dt.date(2024, 7, 8), dt.date(2024, 7, 14), Precision.WEEK)
    assert zt.parse_date("Minggu, 7 Juli 2024") == DateSpan.day(dt.date(2024, 7, 7))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("1/6/99", DateSpan.day(dt.date(2099, 6, 1))),
        ("17/2/21", DateSpan.day(dt.date(2021, 2, 17))),
        ("1 Juni 99", DateSpan.day(dt.date(2099, 6, 1))),
        ("1 Juni 76", DateSpan.day(dt.date(2076, 6, 1))),
        ("Jun-99", DateSpan.unit(dt.date(2099, 6, 1), Precision.MONTH)),
        ("Mei '24", DateSpan.unit(dt.date(2024, 5, 1), Precision.MONTH)),
    ],
)
def test_a_two_digit_year_is_20xx_in_every_form_that_marks_it_as_a_year(text: str, span: DateSpan) -> None:
    assert zt.parse_date(text) == span


@pytest.mark.parametrize(("text", "year"), [("Juni 75", None), ("Juni 76", None), ("Mei 24", None), ("Mei 24", 2024)])
def test_a_month_and_two_digits_with_a_space_is_refused_day_or_year(text: str, year: int | None) -> None:
    error = _refusal(text, year)
    assert "tahun yang terpotong" in error.message("id")
    assert "20" + text[-2:] in error.message("en")
    assert ("may be a day" in error.message("en")) is (int(text[-2:]) <= 31)


@given(st.integers(1, 12), st.integers(0, 99))
def test_no_two_digit_year_is_ever_read_as_19xx(month: int, yy: int) -> None:
    for text in (f"1/{month}/{yy:02d}", f"1 {MONTHS_ID[month - 1]} {yy:02d}", f"{MONTHS_ID[month - 1][:3]}-{yy:02d}"):
        try:
            span = zt.parse_date(text)
        except InvalidDateError:
            continue
        assert span.start.year == 2000 + yy


@given(st.integers(2, 28), st.integers(1, 11), st.integers(1, 11), st.integers(2015, 2030))
def test_a_span_starting_inside_its_month_is_written_with_that_day_and_reads_back(
    day: int, month: int, more: int, year: int
) -> None:
    last = min(month + more, 12)
    text = f"{day} {MONTHS_ID[month - 1]} - {MONTHS_ID[last - 1]} {year}" if last > month else None
    if text is None:
        return
    span = zt.parse_date(text)
    written = span.format("id")
    assert written.startswith(f"{day} {MONTHS_ID[month - 1]} ")
    assert "minggu" not in written
    assert "pertengahan" not in written
    assert zt.parse_date(written) == span
    assert zt.parse_date(span.format("en")) == span
