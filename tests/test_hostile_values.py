"""A bad value is a ZI901 finding, never a crash, whatever path it takes to a date (issue 12)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

import zi_timeline as zt
from zi_timeline._i18n import short_repr
from zi_timeline.exceptions import InvalidDateError

HOSTILE_DATES: list[object] = [
    "awal " * 3000 + "Juni 2024",  # RecursionError before
    "awal " * 19 + "Juni 2024",
    10**400,  # OverflowError before
    10**5000,  # beyond int-to-text conversion
    -(10**400),
    dt.date(9999, 12, 31),  # a typed date from Excel or YAML
    dt.datetime(9999, 1, 1),  # noqa: DTZ001 - a naive Excel datetime
    dt.date(1, 1, 1),
    2958465,  # the Excel serial of 31 December 9999
    2958465.0,
    "2958465",
    "1" * 400_000,  # quadratic in dateutil before
    "9" * 101,
    "20/02/2024 " + " " * 200,
]


def _ids(value: object) -> str:
    return f"{type(value).__name__}-{short_repr(value)[:20]}"


@pytest.mark.parametrize("value", HOSTILE_DATES, ids=_ids)
def test_a_hostile_date_is_an_invalid_date_error(value: object) -> None:
    with pytest.raises(InvalidDateError) as info:
        zt.parse_date(value)
    assert len(info.value.message("en")) < 600


@pytest.mark.parametrize("value", HOSTILE_DATES, ids=_ids)
def test_a_hostile_date_in_a_schedule_is_a_zi901_finding(value: object) -> None:
    schedule = zt.Schedule.from_mapping(
        {"unit": "Lapas A", "target": "WBK", "wbk_awarded": value, "milestones": {"pencanangan": value}},
        strict=False,
    )
    report = zt.validate(schedule)
    assert report.codes().count("ZI901") == 2
    assert len(report.to_json()) < 20_000


def test_the_last_year_read_is_2200_from_every_path() -> None:
    assert zt.parse_date(dt.date(2200, 12, 31)).end == dt.date(2200, 12, 31)
    assert zt.parse_date((dt.date(2200, 12, 31) - dt.date(1899, 12, 30)).days).end == dt.date(2200, 12, 31)
    with pytest.raises(InvalidDateError):
        zt.parse_date((dt.date(2201, 1, 1) - dt.date(1899, 12, 30)).days)


def test_long_digit_strings_are_refused_before_parsing() -> None:
    start = time.perf_counter()
    for n in (1_000, 100_000, 400_000):
        with pytest.raises(InvalidDateError, match="100"):
            zt.parse_date("7" * n)
    assert time.perf_counter() - start < 1.0  # 18 s for the 400k digits before


def test_a_date_of_exactly_the_limit_is_still_read() -> None:
    text = "20 Februari 2024".ljust(100)
    assert zt.parse_date(text).start == dt.date(2024, 2, 20)


def test_repr_and_notes_quote_long_or_nested_values_cut_short() -> None:
    schedule = zt.Schedule.from_mapping(
        {
            "unit": "Lapas A",
            "target": "WBK",
            "milestones": [
                {
                    "stage": "perencanaan",
                    "date": "Juni 2024",
                    "note": [list(range(100))] * 1000,  # what a YAML alias makes of a note
                    "participants": "x" * 100_000,
                }
            ],
        },
        strict=False,
    )
    (milestone,) = schedule.milestones
    assert milestone.note is not None
    assert len(milestone.note) < 200
    assert len(repr(schedule)) < 2000
    assert len(str(milestone)) < 2000


@pytest.mark.parametrize("year", ["\u00b2\u00b3\u00b9\u2074", "7" * 5000, "\u0662\u0660\u0662\u0664"])
def test_a_year_that_is_not_four_ascii_digits_is_a_problem_not_a_crash(year: str) -> None:
    schedule = zt.Schedule.from_mapping({"unit": "Lapas A", "target": "WBK", "year": year}, strict=False)
    assert schedule.year is None
    assert "ZI903" in {p.code for p in schedule.problems}
