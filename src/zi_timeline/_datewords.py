"""What letters, news and software add around a date, taken off before it is read.

A clock time (``21:40 WIB``, ``pukul 09.00 WITA``), a time-of-day word (``siang``) and
stray spaces around ``/`` (``17/05/ 2024``) say nothing about the day, so they are
dropped. The values numpy and pandas hand over are turned into plain Python ones here,
without importing either library.
"""

from __future__ import annotations

import datetime as dt

from zi_timeline._lazyre import LazyPattern

__all__ = ["DEADLINE", "RANGE_WORDS", "WEEK", "clean_text", "foreign_value"]

_SLASH = LazyPattern(r"\s*/\s*")
_DAYTIME = LazyPattern(r"[\s,]+(?:pagi|siang|sore|malam)(?:\s+hari)?$")
_ZONES = r"wib|wita|wit|utc|gmt"
# A clock after the date: "21:40 wib", "pukul 09.00 wita", "00:00:00", "0.00" after a year.
_CLOCK = LazyPattern(
    rf"[\s,]+(?P<word>(?:pukul|pkl\.?|jam)\s*)?\d{{1,2}}(?P<sep>[:.])\d{{2}}(?:[:.]\d{{2}}(?:[.,]\d+)?)?"
    rf"(?P<zone>\s*(?:{_ZONES}))?$"
)
_YEAR_OR_BRACKET_END = LazyPattern(r"(?:\d{4}|\))$")

# The words that join the two ends of a range, and the week and deadline forms of letters, read by
# this library's conventions (C, docs/reader.md): "minggu ke-2 Juni 2024" is days 8-14; "paling lambat
# 30 Juni 2024" is a day of June up to the 30th.
RANGE_WORDS = LazyPattern(r"\s+(?:s\.?\s?d\.?|s/d|sd|hingga|sampai(?: dengan)?|to|until)\s+|\s+-\s+")
WEEK = LazyPattern(
    r"^(?:(?:minggu|pekan)\s+(?:ke\s?-?\s?([1-5]|i{1,3}|iv|v)|(pertama|kesatu|kedua|ketiga|keempat|kelima))"
    r"|week\s+([1-5])\s+of)\s+(.+)$"
)
DEADLINE = LazyPattern(
    r"^(?:s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|paling\s+lambat|selambat-lambatnya|batas\s+akhir|by)\s+(.+)$"
)


def clean_text(raw: str) -> str:
    """*raw* folded, spaced once, without a trailing clock time or time-of-day word.

    >>> clean_text("Jumat (17/05/ 2024) siang")
    'jumat (17/05/2024)'
    >>> clean_text("04/07/2023, 21:40 WIB")
    '04/07/2023'
    """
    text = " ".join(raw.replace("\u2013", "-").replace("\u2014", "-").split()).casefold()
    if "/" in text:
        text = _SLASH.sub("/", text)
    text = _DAYTIME.sub("", text)
    clock = _CLOCK.search(text)
    if clock is not None:
        before = text[: clock.start()]
        # "20.02" could be a day and month: a dotted clock needs pukul, a zone or a year before it
        if (
            clock.group("sep") == ":"
            or clock.group("word")
            or clock.group("zone")
            or _YEAR_OR_BRACKET_END.search(before)
        ):
            text = _DAYTIME.sub("", before)
    return text


def foreign_value(value: object) -> object | None:
    """A numpy scalar as a Python value ("" for a missing datetime), or None when *value* is not numpy's."""
    kind = type(value)
    if not kind.__module__.startswith("numpy"):
        return None
    if kind.__name__ == "datetime64":
        day = value.astype("datetime64[D]").item()  # type: ignore[attr-defined]
        return day if isinstance(day, dt.date) else ""
    item = getattr(value, "item", None)
    return item() if callable(item) else None
