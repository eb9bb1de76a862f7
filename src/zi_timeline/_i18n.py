"""The two languages every user-facing text exists in."""

from __future__ import annotations

import datetime as dt
import reprlib
from typing import Literal

import attrs

from zi_timeline.exceptions import ArgumentTypeError, InvalidArgumentError

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


def check_lang(lang: str) -> Lang:
    """Return *lang* as a `Lang`, or raise an error naming the accepted values.

    A text that is neither is `InvalidArgumentError` (a ValueError); anything else,
    None included, `ArgumentTypeError` (a TypeError).
    """
    if type(lang) is str:  # a pandas Series would compare row by row
        if lang == "id":
            return "id"
        if lang == "en":
            return "en"
    kind = InvalidArgumentError if isinstance(lang, str) else ArgumentTypeError
    raise kind(
        Text(
            f"bahasa {short_repr(lang)} tidak dikenal; gunakan 'id' atau 'en'",
            f"unknown language {short_repr(lang)}; use 'id' or 'en'",
        ),
        value=lang,
        field="lang",
    )


@attrs.frozen
class Text:
    """One text in Indonesian and English."""

    id: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.id if lang == "id" else self.en

    def format(self, **kwargs: object) -> Text:
        return Text(self.id.format(**kwargs), self.en.format(**kwargs))


_SHORT = reprlib.Repr()
_SHORT.maxstring = 120
_SHORT.maxother = 120
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 6
_SHORT.maxlevel = 3


def short_repr(value: object) -> str:
    """``repr`` cut to a readable length: a message quotes a bad value, never a megabyte of it."""
    if isinstance(value, dt.date):  # 2201-01-01, not datetime.date(2201, 1, 1): people read these
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    try:
        return _SHORT.repr(value).replace("\n", " ")  # a pandas object's repr runs over lines
    except ValueError:  # an int beyond Python's 4300-digit conversion limit
        size = value.bit_length() if isinstance(value, int) else 0
        return f"<{type(value).__name__} of {size} bits>"
