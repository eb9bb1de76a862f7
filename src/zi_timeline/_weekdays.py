"""Weekdays written beside a date, and the check that each one falls on its day.

Letters and news write ``Selasa (20/02)`` or ``Senin-Selasa (8-9/5)``; a weekday that disagrees
with its date means one of the two is a typo (ZI908), said as a warning, never raised.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from zi_timeline._dates import DateSpan, Precision
from zi_timeline._datewords import DEADLINE, RANGE_WORDS, WEEK, clean_text
from zi_timeline._i18n import Text
from zi_timeline._lazyre import LazyPattern

__all__ = ["WEEKDAY_INDEX", "WEEKDAY_RE", "weekday_mismatch"]

_WEEKDAY_NAMES = (
    ("senin", "mon", "monday"),
    ("selasa", "tue", "tuesday"),
    ("rabu", "wed", "wednesday"),
    ("kamis", "thu", "thursday"),
    ("jumat", "jum'at", "fri", "friday"),
    ("sabtu", "sat", "saturday"),
    ("minggu", "ahad", "sun", "sunday"),
)
WEEKDAY_INDEX = {name: i for i, names in enumerate(_WEEKDAY_NAMES) for name in names}

WEEKDAY_RE = "|".join(re.escape(w) for w in sorted(WEEKDAY_INDEX, key=len, reverse=True))
_ONE_WEEKDAY = LazyPattern(rf"^({WEEKDAY_RE})\b(?![\s,]*-)")
_WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TWO_WEEKDAYS = LazyPattern(rf"^({WEEKDAY_RE})\b[\s,]*-\s*({WEEKDAY_RE})\b")


@lru_cache(maxsize=4096)
def _written_weekdays(raw: str) -> tuple[int | None, int | None, bool] | None:
    """The weekdays written for the first and the last day: "Senin-Selasa (8-9/5)", "Senin, 8 Mei s.d. Selasa, 9 Mei".

    One weekday before one day is the first day's ("Selasa (23/11/2025)"); one weekday before a
    range of days ("Senin (8-9/5)") names no day of its own and is not checked.
    """
    text = clean_text(raw)
    if m := DEADLINE.match(text):
        text = m.group(1)
    if WEEK.match(text):  # "minggu ke-2": a week, not Sunday
        return None
    if m := _TWO_WEEKDAYS.match(text):
        return WEEKDAY_INDEX[m.group(1)], WEEKDAY_INDEX[m.group(2)], True
    parts = RANGE_WORDS.split(text, maxsplit=1)
    firsts = [_ONE_WEEKDAY.match(part.strip()) for part in parts]
    first, last = (None if f is None else WEEKDAY_INDEX[f.group(1)] for f in (firsts[0], firsts[-1]))
    if len(parts) == 1:
        return None if first is None else (first, None, False)  # one weekday: the first day's, for one day only
    return None if first is None and last is None else (first, last, True)


def _mismatch_text(written: int, day: dt.date) -> Text:
    actual = day.weekday()
    span = DateSpan.day(day)
    return Text(
        f"hari {_WEEKDAYS_ID[written]!r} tidak cocok dengan {span.format('id')}, yang jatuh pada hari "
        f"{_WEEKDAYS_ID[actual]}",
        f"the weekday {_WEEKDAYS_ID[written]!r} ({_WEEKDAYS_EN[written]}) does not match {span.format('en')}, "
        f"which is a {_WEEKDAYS_EN[actual]}",
    )


def weekday_mismatch(value: object, span: DateSpan) -> Text | None:
    """What is wrong when *value* names a weekday its day does not fall on, else None.

    Each weekday written is checked against its own day: the first day's and, in a range of
    days ("Senin-Selasa (8-9/5)"), the last day's.

    >>> weekday_mismatch("Selasa (23/11/2025)", DateSpan.day(dt.date(2025, 11, 23))).en
    "the weekday 'Selasa' (Tuesday) does not match 23 November 2025, which is a Sunday: one of them is a typo"
    """
    if not isinstance(value, str) or span.precision is not Precision.DAY:
        return None
    written = _written_weekdays(value)
    if written is None:  # the common case: no weekday written
        return None
    first, last, own = written
    if span.start != span.end and not own:
        first = None  # one weekday before a range of days ("Senin (8-9/5)") names no day of its own
    wrong = [(w, d) for w, d in ((first, span.start), (last, span.end)) if w is not None and w != d.weekday()]
    if not wrong:
        return None
    texts = [_mismatch_text(w, d) for w, d in wrong]
    return Text(
        "; ".join(t.id for t in texts) + ": salah satunya salah ketik",
        "; ".join(t.en for t in texts) + ": one of them is a typo",
    )
