"""The two languages every user-facing text exists in."""

from __future__ import annotations

import reprlib
from typing import Literal

import attrs

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")


def check_lang(lang: str) -> Lang:
    """Return *lang* as a `Lang`, or raise ValueError naming the accepted values."""
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    msg = f"bahasa {lang!r} tidak dikenal; gunakan 'id' atau 'en' / unknown language {lang!r}; use 'id' or 'en'"
    raise ValueError(msg)


@attrs.frozen
class Text:
    """One text in Indonesian and English."""

    id: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.id if lang == "id" else self.en

    def format(self, **kwargs: object) -> Text:
        return Text(self.id.format(**kwargs), self.en.format(**kwargs))


def describe_location(
    lang: Lang,
    *,
    file: str | None,
    row: int | None,
    column: str | None,
    field: str | None,
    sheet: str | None = None,
) -> str:
    """``berkas x.xlsx, lembar Jadwal, baris 3, kolom C, isian tanggal`` (parts that are known)."""
    words = {
        "id": ("berkas", "lembar", "baris", "kolom", "isian"),
        "en": ("file", "sheet", "row", "column", "field"),
    }[lang]
    values = (file, sheet, row, column, field)
    return ", ".join(f"{word} {value}" for word, value in zip(words, values, strict=True) if value is not None)


_SHORT = reprlib.Repr()
_SHORT.maxstring = 120
_SHORT.maxother = 120
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 6
_SHORT.maxlevel = 3


def short_repr(value: object) -> str:
    """``repr`` cut to a readable length: a message quotes a bad value, never a megabyte of it."""
    try:
        return _SHORT.repr(value)
    except ValueError:  # an int beyond Python's 4300-digit conversion limit
        size = value.bit_length() if isinstance(value, int) else 0
        return f"<{type(value).__name__} of {size} bits>"
