"""What a reader says about a sheet's columns and sheets, so that nothing is dropped in silence.

A column without a header that holds values, a second column of one meaning, a recap
sheet (satker but no stage or date column) and a unit found in two sheets are each named
to the user: as a `LoadWarning`, or as a ZI903 problem on the unit.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from typing import Protocol

from zi_timeline._aliases import Aliases
from zi_timeline._headers import Kind, header_kinds
from zi_timeline._i18n import Text, short_repr
from zi_timeline._schedule import Origin, Problem
from zi_timeline.exceptions import LoadError, LoadWarning

__all__ = [
    "MAX_LISTED",
    "column_letters",
    "has_schedule_columns",
    "ignore_repeated",
    "in_two_sheets",
    "listed",
    "recap_error",
    "recap_warning",
    "unnamed_warning",
]


class Sheet(Protocol):
    """The part of a `zi_timeline._tables.Table` these notes name."""

    @property
    def file(self) -> str: ...
    @property
    def sheet(self) -> str | None: ...
    @property
    def header_row(self) -> int: ...
    @property
    def headers(self) -> tuple[str, ...]: ...


MAX_LISTED = 8
"""Names a message lists before it counts the rest: a sheet of 16,384 columns gives a line, not a page."""
_LONGEST = 200  # characters of one listed name


def listed(items: Sequence[str], separator: str = ", ") -> Text:
    """*items* joined, the first `MAX_LISTED` only, then how many more: ``a, b, ... dan 4990 lainnya``."""
    shown = separator.join(
        item if len(item) <= _LONGEST else f"{item[: _LONGEST - 3]}..." for item in items[:MAX_LISTED]
    )
    rest = len(items) - MAX_LISTED
    if rest <= 0:
        return Text(shown, shown)
    return Text(f"{shown}{separator}... dan {rest} lainnya", f"{shown}{separator}... and {rest} more")


@functools.cache
def column_letters(index: int) -> str:
    """Spreadsheet column letters for a 0-based index: 0 -> A, 26 -> AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def has_schedule_columns(headers: Sequence[str], aliases: Aliases | None) -> bool:
    """A stage column, a stage-named column (wide shape) or a date column: a recap sheet has none."""
    kinds = header_kinds(tuple(headers), aliases)
    return any(k[0] == "stage" or (k[0] == "field" and k[2] in {"stage", "date", "start", "end"}) for k in kinds)


def _recap_text(recaps: Sequence[Sheet]) -> Text:
    def sheet(t: Sheet) -> Text:
        columns = listed([short_repr(h) for h in t.headers if h])
        return Text(f"{t.sheet!r} ({columns.id})", f"{t.sheet!r} ({columns.en})")

    sheets = [sheet(t) for t in recaps]
    return Text(listed([s.id for s in sheets]).id, listed([s.en for s in sheets]).en)


def recap_warning(recaps: Sequence[Sheet]) -> LoadWarning:
    """Sheets with satker but no stage or date column (a recap): named once, not read as schedules."""
    sheets = _recap_text(recaps)
    return LoadWarning(
        Text(
            f"lembar tanpa kolom tahapan atau tanggal dilewati (rekap, bukan jadwal): {sheets.id}",
            f"sheets without a stage or date column skipped (a recap, not a schedule): {sheets.en}",
        ),
        file=recaps[0].file,
    )


def recap_error(recaps: Sequence[Sheet]) -> LoadError:
    """A workbook whose every sheet with satker is a recap: refused, naming the sheets."""
    sheets = _recap_text(recaps)
    return LoadError(
        Text(
            f"tidak ada lembar jadwal: tidak ada kolom tahapan (Tahapan, Kegiatan) atau tanggal (Waktu "
            f"Pelaksanaan, Tanggal) di lembar {sheets.id}; tambahkan kolomnya, atau beri nama tahap sebagai judul "
            "kolom",
            f"no schedule sheet: no stage column (Tahapan, Kegiatan) or date column (Waktu Pelaksanaan, "
            f"Tanggal) in the sheets {sheets.en}; add them, or name the stages as column headers",
        ),
        file=recaps[0].file,
    )


def ignore_repeated(table: Sheet, kinds: list[Kind]) -> LoadWarning | None:
    """A second column of one meaning (``Tanggal`` and ``Waktu Pelaksanaan``): the first is read, the second named.

    The second's kind in *kinds* becomes ``ignore``. A stage's date column may repeat
    (``Survei`` twice in wide shape): each is a milestone.
    """
    first: dict[Kind, int] = {}
    repeated: list[tuple[int, int]] = []
    for index, kind in enumerate(kinds):
        if kind[0] not in {"field", "stage"} or kind == ("stage", kind[1], "date"):
            continue
        if kind in first:
            repeated.append((index, first[kind]))
            kinds[index] = ("ignore", None, None)
        else:
            first[kind] = index
    if not repeated:
        return None
    headers, letters = table.headers, column_letters
    pairs_id = listed(
        [f"{short_repr(headers[i])} (kolom {letters(i)}: {short_repr(headers[j])} sudah dibaca)" for i, j in repeated],
        "; ",
    ).id
    pairs_en = listed(
        [f"{short_repr(headers[i])} (column {letters(i)}: {short_repr(headers[j])} is read)" for i, j in repeated], "; "
    ).en
    return LoadWarning(
        Text(
            f"kolom berarti sama diabaikan: {pairs_id}; gabungkan isinya atau ganti judul salah satunya",
            f"columns of the same meaning ignored: {pairs_en}; merge them or rename one of them",
        ),
        file=table.file,
        sheet=table.sheet,
        row=table.header_row,
    )


def in_two_sheets(table: Sheet, name: str, first: str | None, row: int | None) -> Problem:
    """A unit read again from another sheet of the workbook: reported apart, never a silent double."""
    return Problem(
        "ZI903",
        Text(
            f"satker {name!r} sudah ada di lembar {first!r}; jadwal di lembar {table.sheet!r} dilaporkan "
            "terpisah sebagai satker kedua. Hapus salah satunya, atau satukan barisnya dalam satu lembar",
            f"unit {name!r} is already in the sheet {first!r}; the schedule in the sheet {table.sheet!r} is "
            "reported apart as a second unit. Delete one of them, or keep its rows in one sheet",
        ),
        repr(name),
        origin=Origin(file=table.file, sheet=table.sheet, row=row),
    )


def _shown(value: object) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    return short_repr(value if isinstance(value, str) else str(value))


def unnamed_warning(table: Sheet, unnamed: Mapping[int, tuple[int, object]]) -> LoadWarning:
    """Columns without a header whose values are not read: named with their first value."""

    def cells(row: str) -> Text:
        return listed([f"{column_letters(i)} ({row} {n}: {_shown(v)})" for i, (n, v) in sorted(unnamed.items())], "; ")

    return LoadWarning(
        Text(
            f"kolom tanpa judul diabaikan padahal berisi nilai: kolom {cells('baris').id}; beri judul kolomnya "
            "(mis. 'Selesai') agar isinya dibaca",
            f"columns without a header ignored although they hold values: column {cells('row').en}; give the "
            "column a header (e.g. 'Selesai') so that it is read",
        ),
        file=table.file,
        sheet=table.sheet,
        row=table.header_row,
    )
