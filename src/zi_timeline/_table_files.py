"""CSV and XLSX files read into `Table`: a sheet's header row found, its rows passed on as read.

A CSV is read as Indonesian-locale Excel writes it (``;``, ``,`` or tab; UTF-8 with or
without BOM, UTF-16, or cp1252 with a warning); a workbook gives one table per sheet
that has a schedule header. `zi_timeline._tables` makes schedules of the tables.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from zi_timeline._aliases import Aliases
from zi_timeline._headers import HEADER_SEARCH_ROWS, find_header, lone_unit, no_header, sub_header
from zi_timeline._i18n import Text, short_repr
from zi_timeline._limits import open_limited
from zi_timeline._sheet_notes import column_letters, has_schedule_columns, recap_error, recap_warning
from zi_timeline._title_form import title_form
from zi_timeline.exceptions import LoadError, LoadWarning

__all__ = ["Table", "find_table", "read_csv", "read_xlsx"]

_BOM = b"\xef\xbb\xbf"


@attrs.frozen
class Table:
    """A sheet (or a CSV file): its header row and data rows, with where they are."""

    file: str
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    rows: Iterable[tuple[int, Sequence[object]]]  # (row number, values); may be read lazily, once
    aliases: Aliases | None = attrs.field(default=None, kw_only=True)  # the user's words, over the bundled ones


def find_table(
    file: str, sheet: str | None, rows: Iterable[tuple[int, Sequence[object]]], aliases: Aliases | None = None
) -> Table:
    """The table whose header is among the first rows; the rest is passed on unread.

    Without a header row naming a unit column, `LoadError` names the columns seen.
    """
    rows = iter(rows)
    head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
    start = find_header(head, aliases)
    if start is None:
        raise no_header(file, sheet, head, aliases)
    form = title_form(file, sheet, head, start, aliases) if lone_unit(head[start][1], aliases) else None
    if form is not None:  # a sheet per satker: the name in a title line above the table
        header_row, headers = head[form.header]
        names = tuple(str(h or "").strip() for h in headers)
        rows = ((n, form.row(values, len(names))) for n, values in itertools.chain(head[form.header + 1 :], rows))
        return Table(file, sheet, header_row, form.headers(names), rows, aliases=aliases)
    header_row, headers = head[start]
    names = tuple(str(h or "").strip() for h in headers)
    if start + 1 < len(head) and head[start + 1][0] == header_row + 1:  # a two-row header: Mulai | Selesai
        combined = sub_header(headers, head[start + 1][1], aliases)
        if combined is not None:
            names, start = combined, start + 1
    body = itertools.chain(head[start + 1 :], rows)
    return Table(file, sheet, header_row, names, body, aliases=aliases)


_CHUNK = 1 << 20


def _encoding(path: Path, limit: int) -> str:
    """utf-8-sig, utf-8, or cp1252 (with a warning) for a CSV, decided by reading it once in chunks."""
    with open_limited(path, limit) as handle:
        start = handle.read(len(_BOM))
        if start == _BOM:
            return "utf-8-sig"
        if start[:2] in {b"\xff\xfe", b"\xfe\xff"}:  # Excel's "Unicode text"
            return "utf-16"
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            decoder.decode(start)
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            warnings.warn(
                LoadWarning(
                    Text(
                        "bukan UTF-8; dibaca sebagai cp1252 (Windows). "
                        "Simpan sebagai 'CSV UTF-8' agar huruf tidak berubah",
                        "not UTF-8; read as cp1252 (Windows). Save as 'CSV UTF-8' so no letter changes",
                    ),
                    file=str(path),
                ),
                stacklevel=4,
            )
            return "cp1252"
    return "utf-8"


def _text(path: Path, encoding: str, limit: int) -> io.TextIOWrapper:
    return io.TextIOWrapper(open_limited(path, limit), encoding=encoding, errors="replace", newline="")


def read_csv(path: Path, aliases: Aliases | None = None, *, limit: int = 1 << 30) -> Table:
    """A CSV as Indonesian-locale Excel writes it: ``;`` or ``,`` or tab, UTF-8 (BOM) or cp1252.

    The rows are read lazily, so a file of a million rows never sits in memory whole; past
    *limit* bytes (counted as they are read) reading stops with `LoadError`.
    """
    file = str(path)
    encoding = _encoding(path, limit)
    with _text(path, encoding, limit) as handle:
        first = next((line for line in handle if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    return find_table(file, None, _csv_rows(path, encoding, delimiter, limit), aliases)


def _csv_rows(path: Path, encoding: str, delimiter: str, limit: int) -> Iterator[tuple[int, Sequence[object]]]:
    with _text(path, encoding, limit) as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        line = 0
        try:
            for row in reader:
                first, line = line + 1, reader.line_num
                if line > first:  # a quoted cell ran over lines: a quote left open swallows rows
                    _check_quotes(path, row, first, line, delimiter)
                if "".join(row).strip():
                    yield first, row
        except csv.Error as exc:
            raise LoadError(
                Text(f"CSV tidak sah: {exc}", f"invalid CSV: {exc}"), file=str(path), row=reader.line_num
            ) from exc


def _check_quotes(path: Path, row: Sequence[str], first: int, last: int, delimiter: str) -> None:
    """Refuse a cell whose quote swallowed whole lines of the table, naming where it opened.

    A note may run over lines; a cell whose later lines hold two separators, or that runs
    to the end of the file, is a quote that was never closed, and the rows inside it would
    be lost without a word.
    """
    for index, cell in enumerate(row):
        if "\n" not in cell and "\r" not in cell:
            continue
        swallowed = [part for part in cell.splitlines()[1:] if part.count(delimiter) >= 2]
        if swallowed:
            raise LoadError(
                Text(
                    f"tanda kutip di sel ini tidak ditutup, sehingga baris {_lines(first + 1, last)} terbaca sebagai "
                    f"isi satu sel (mis. {short_repr(swallowed[0])}); tutup tanda kutipnya",
                    f"the quote in this cell is never closed, so lines {_lines(first + 1, last)} read as the content "
                    f"of one cell (e.g. {short_repr(swallowed[0])}); close the quote",
                ),
                file=str(path),
                row=first,
                column=column_letters(index),
            )


def _lines(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def read_xlsx(path: Path, aliases: Aliases | None = None, data: bytes | None = None) -> list[Table]:
    """Every sheet of a workbook that has a schedule header (an instructions sheet is skipped)."""
    try:
        import openpyxl  # noqa: PLC0415 - optional extra, imported only for XLSX files
    except ImportError as exc:
        raise LoadError(
            Text(
                "membaca XLSX memerlukan openpyxl: pip install 'zi-timeline[excel]'",
                "reading XLSX needs openpyxl: pip install 'zi-timeline[excel]'",
            ),
            file=str(path),
        ) from exc
    try:
        book = openpyxl.load_workbook(io.BytesIO(data) if data is not None else path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise LoadError(
            Text(f"bukan berkas XLSX yang dapat dibaca ({exc})", f"not a readable XLSX file ({exc})"), file=str(path)
        ) from exc
    try:
        return _sheets(path, book, aliases)
    except LoadError:
        raise
    except Exception as exc:  # a damaged sheet inside a readable zip: XML errors, bad cell types...
        raise LoadError(
            Text(
                f"berkas XLSX rusak ({type(exc).__name__}: {exc})", f"damaged XLSX file ({type(exc).__name__}: {exc})"
            ),
            file=str(path),
        ) from exc
    finally:
        book.close()


def _sheets(path: Path, book: Any, aliases: Aliases | None) -> list[Table]:
    from zi_timeline._xlsx import sheet_rows  # noqa: PLC0415 - needs openpyxl, imported only for XLSX files

    tables, recaps = [], []
    refused: LoadError | None = None
    for sheet in book.worksheets:
        # Stored rows only, never the sheet's claimed dimension; a sheet without a header
        # is left after its first rows.
        try:
            table = find_table(str(path), sheet.title, sheet_rows(sheet, str(path)), aliases)
        except LoadError as exc:  # an instructions sheet; the error is kept for a book with no table at all
            if exc.row is not None or exc.column is not None:  # a refused cell, not a missing header
                raise
            refused = refused or exc
            continue
        if not has_schedule_columns(table.headers, table.aliases):
            recaps.append(table)
            continue
        tables.append(attrs.evolve(table, rows=list(table.rows)))  # read before the book closes
    if recaps and tables:
        warnings.warn(recap_warning(recaps), stacklevel=4)
    elif recaps:
        raise recap_error(recaps)
    if not tables:
        raise refused or LoadError(Text("buku kerja tanpa lembar", "a workbook without sheets"), file=str(path))
    return tables
