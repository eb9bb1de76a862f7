"""Every way software renders a date reads back as the same day: nothing is swapped."""

from __future__ import annotations

import datetime as dt
import io

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

import zi_timeline as zt
from zi_timeline._dates import MONTHS_ID

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")
openpyxl = pytest.importorskip("openpyxl")

MOMENTS = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2150, 12, 31))  # noqa: DTZ001
ZONES = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=7)), dt.timezone(dt.timedelta(hours=8))])


def _python_renderings(moment: dt.datetime) -> list[object]:
    day = moment.date()
    return [
        str(moment),
        str(day),
        moment.isoformat(),
        moment.isoformat(timespec="seconds"),
        moment.strftime("%Y/%m/%d"),
        f"{day.year}-{day.month}-{day.day}",
        f"{day.year}/{day.month}/{day.day} {moment:%H:%M}",
        moment,
        day,
    ]


def _pandas_renderings(moment: dt.datetime, zone: dt.tzinfo) -> list[object]:
    stamp = pd.Timestamp(moment)
    frame = pd.DataFrame({"d": [stamp], "day": [moment.date()], "midnight": [pd.Timestamp(moment.date())]})
    row = frame.to_csv(index=False).splitlines()[1].split(",")
    return [
        stamp,
        stamp.isoformat(),
        pd.Timestamp(moment, tz=zone).isoformat(),
        str(stamp),
        np.datetime64(moment),
        frame["d"].to_numpy()[0],
        *row,
    ]


def _excel_id_renderings(moment: dt.datetime) -> list[str]:
    """What Excel in the Indonesian locale shows (and writes to CSV) for a date cell."""
    day = moment.date()
    month = MONTHS_ID[day.month - 1]
    return [
        f"{day:%d/%m/%Y}",
        f"{day.day}/{day.month}/{day.year}",
        f"{day:%d/%m/%Y} {moment.hour}:{moment:%M}",
        f"{day:%d/%m/%Y} {moment:%H.%M}",
        f"{day.day} {month} {day.year}",
        f"{day:%d}-{month[:3]}-{day.year}",
        f"{day:%d-%m-%Y}",
        f"{day:%d.%m.%Y}",
    ]


@settings(max_examples=150, deadline=None)
@given(moment=MOMENTS, zone=ZONES)
def test_every_software_rendering_reads_back_as_the_same_day(moment: dt.datetime, zone: dt.tzinfo) -> None:
    for shown in (*_python_renderings(moment), *_pandas_renderings(moment, zone), *_excel_id_renderings(moment)):
        span = zt.parse_date(shown)
        assert (span.start, span.end, span.precision) == (moment.date(), moment.date(), zt.Precision.DAY), shown


@settings(max_examples=20, deadline=None)
@given(moment=MOMENTS)
def test_an_openpyxl_cell_reads_back_as_the_same_day(moment: dt.datetime) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = moment
    sheet["A1"].number_format = "dd/mm/yyyy"
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    again = openpyxl.load_workbook(buffer, read_only=True, data_only=True).worksheets[0]
    (value,) = next(again.iter_rows(values_only=True))
    assert zt.parse_date(value).start == moment.date()


@given(year=st.integers(1990, 2150), month=st.integers(1, 12), day=st.integers(13, 28), sep=st.sampled_from("/-."))
def test_a_month_first_date_is_an_error_quoting_it_never_a_swap(year: int, month: int, day: int, sep: str) -> None:
    written = f"{month:02d}{sep}{day:02d}{sep}{year}"
    with pytest.raises(zt.exceptions.InvalidDateError) as info:
        zt.parse_date(written)
    assert repr(written) in str(info.value)
