"""The month figure a gap finding shows is the whole months actually elapsed, never rounded up."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline._calendar import shift
from zi_timeline.rules._gaps import whole_months
from zi_timeline.strategies import ordered_schedules, schedules

_YEARS = re.compile(r"(\d+) (?:tahun|years?)\b")
_MONTHS = re.compile(r"(\d+)(?:-(\d+))? (?:bulan|months?)\b")
_ELSEWHERE = ("sebelum", "before", "antara", "between")


def _months(text: str) -> int | None:
    """The largest month count a gap text shows (``2-3 bulan`` is 3, ``1 tahun 2 bulan`` is 14)."""
    head = text.split(",", maxsplit=1)[0].split(" (", maxsplit=1)[0].rsplit(" - ", maxsplit=1)[-1]
    years = _YEARS.search(head)
    months = _MONTHS.search(head)
    if years is None and months is None:
        return None
    total = int(years.group(1)) * 12 if years else 0
    if months:
        total += int(months.group(2) or months.group(1))
    return total


def _plan(**milestones: object) -> zt.Schedule:
    return zt.Schedule.from_mapping({"unit": "Lapas Contoh", "target": "WBK", "milestones": milestones})


@settings(max_examples=200, deadline=None)
@given(st.one_of(schedules(), ordered_schedules()), st.sampled_from(["id", "en"]))
def test_a_certain_gap_finding_shows_fewer_months_than_required(schedule: zt.Schedule, lang: str) -> None:
    for finding in zt.validate(schedule, lang=lang).findings:
        required = _months(finding.required.removeprefix(">= "))
        if not finding.certain or required is None or any(w in finding.observed for w in _ELSEWHERE):
            continue
        observed = _months(finding.observed)
        assert observed is None or observed < required, (finding.code, finding.observed, finding.required)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)), st.integers(0, 800))
def test_whole_months_is_the_largest_shift_that_fits(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    n = whole_months(start, end)
    assert shift(start, n, "months") <= end < shift(start, n + 1, "months")


def test_a_survey_in_april_week_two_after_building_from_24_january_is_two_months() -> None:
    schedule = _plan(
        pembangunan={"start": "24 Januari 2024", "end": "31 Juli 2024"},
        survei="minggu ke-2 April 2024",
    )
    (finding,) = (f for f in zt.validate(schedule).findings if f.code == "ZI205")
    assert finding.certain
    assert finding.observed.startswith("2 bulan, ")
    assert "hanya 2 bulan" in finding.message
    assert "minimal 3 bulan" in finding.message


def test_month_spans_show_the_range_of_whole_months() -> None:
    schedule = _plan(perencanaan="Juni 2024", pengusulan="Agustus 2024")
    (finding,) = (f for f in zt.validate(schedule, lang="en").findings if f.code == "ZI201")
    assert finding.observed.startswith("1-2 months, ")
