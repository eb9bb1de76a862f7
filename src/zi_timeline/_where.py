"""Where a bad value came from, said in a few words; shared by errors and origins.

It sits below every other module (it imports none of them), so that `exceptions`
stays at the bottom of the import graph too.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["describe_location"]

_WORDS = {
    "id": ("berkas", "lembar", "baris", "kolom", "isian"),
    "en": ("file", "sheet", "row", "column", "field"),
}


def describe_location(
    lang: Literal["id", "en"],
    *,
    file: str | None,
    row: int | None,
    column: str | None,
    field: str | None,
    sheet: str | None = None,
) -> str:
    """``berkas x.xlsx, lembar Jadwal, baris 3, kolom C, isian tanggal`` (parts that are known)."""
    values = (file, sheet, row, column, field)
    return ", ".join(f"{word} {value}" for word, value in zip(_WORDS[lang], values, strict=True) if value is not None)
