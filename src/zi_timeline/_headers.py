"""Finding the header row of an office sheet and what each of its columns holds.

Titles and the office name may sit above the header; the header is the first row (of
the first ten) that names a unit column and at least one other known column. A column
is a field (by the column aliases), a stage (wide shape: ``Pencanangan``,
``Pembangunan (mulai)``), a numbering column to ignore, or unknown (named in a warning).
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Any, TypeVar

from zi_timeline._aliases import Aliases, Vocabulary, bundled, words
from zi_timeline._i18n import Text, short_repr
from zi_timeline._parse import parse_date
from zi_timeline._stages import Stage, stage_vocabulary
from zi_timeline._stages import _alias_table as alias_table
from zi_timeline._stages import _normalise as normalise_stage
from zi_timeline._structure import _MILESTONE_KEYS, _SCHEDULE_KEYS
from zi_timeline.exceptions import LoadError, ZiTimelineError

__all__ = [
    "HEADER_SEARCH_CELLS",
    "HEADER_SEARCH_ROWS",
    "ROW_FIELDS",
    "UNIT_FIELDS",
    "Kind",
    "column_kind",
    "find_header",
    "header_kinds",
    "lone_unit",
    "no_header",
    "number_column",
    "row_kinds",
    "sub_header",
]

UNIT_FIELDS = ("unit", "target", "wbk_awarded", "revoked", "year", "evaluator")
ROW_FIELDS = ("stage", "date", "start", "end", "note", "participants", "scope", "audience")
HEADER_SEARCH_ROWS = 10
_MAX_HEADER_WORDS = 6  # a longer cell is a title or a sentence, not a column name
_IGNORED = ("no", "nomor", "no_urut", "#", "nomor_urut")
_PARTS = (("mulai", "start"), ("start", "start"), ("selesai", "end"), ("end", "end"))
# A count or a share of something ("Jumlah Kegiatan", "Persentase Capaian") names no field.
_COUNTS = frozenset({"jumlah", "total", "banyaknya", "persentase", "persen", "count", "number", "percentage"})

_V = TypeVar("_V")
Kind = tuple[str, Stage | None, str | None]  # ('field', None, name) | ('stage', Stage, part) | ('ignore'|'unknown', ..)


@functools.lru_cache(maxsize=16)
def columns(user: Aliases | None) -> Vocabulary[str]:
    """Column names: the field keys of the data shape, data/aliases.toml, and *user*'s on top."""
    code = [
        (alias, canon)
        for table in (_SCHEDULE_KEYS, _MILESTONE_KEYS)
        for canon, aliases in table.items()
        for alias in aliases
        if canon in UNIT_FIELDS or canon in ROW_FIELDS
    ]
    extra = bundled().merged(user).columns.items()
    return Vocabulary([*code, *((a, "ignore") for a in _IGNORED), *extra])


@functools.lru_cache(maxsize=1 << 15)  # every header of the widest sheet (16,384 columns), read in several passes
def column_kind(header: str, user: Aliases | None = None) -> Kind:
    """What a header names: an exact column alias, else a stage, else a column alias it contains."""
    key = words(header)
    if not key:
        return "ignore", None, None
    vocabulary = columns(user)
    field = vocabulary.exact.get(key)
    if field is None and key[0] in _COUNTS:
        return "unknown", None, None
    if field is None:
        part = _date_part(key, vocabulary)
        if part is not None:
            return "field", None, part
        stage = _stage_column(key, user)
        if stage is not None:
            return stage
        field = _match(vocabulary, key, header, _MAX_HEADER_WORDS)
    if field == "ignore":
        return "ignore", None, None
    if field is not None:
        return "field", None, field
    return "unknown", None, None


class _Index:
    """The alias keys of a vocabulary by each of their words: which aliases a header could contain."""

    def __init__(self, vocabulary: Vocabulary[Any]) -> None:
        self.keys: dict[str, list[frozenset[str]]] = {}
        for key in vocabulary.exact:
            self.keys.setdefault(key[0], []).append(frozenset(key))

    def may_match(self, key: tuple[str, ...]) -> bool:
        """False when `Vocabulary.match` must give None: no alias is *key*, its words run together, or among its words.

        `zi_timeline._aliases.Vocabulary` matches an alias whole or as consecutive words of
        a text, so an alias none of whose word sets fits inside the text's words cannot match;
        asking first spares the scan of every alias for each cell of a very wide sheet.
        """
        if "".join(key) in self.keys:
            return True
        present = frozenset(key)
        return any(words <= present for word in present for words in self.keys.get(word, ()))


@functools.lru_cache(maxsize=16)
def _index(vocabulary: Vocabulary[Any]) -> _Index:
    return _Index(vocabulary)


def _match(vocabulary: Vocabulary[_V], key: tuple[str, ...], text: str, max_words: int | None = None) -> _V | None:
    """`vocabulary.match(text)`, without its scan when no alias can be in *key* (the words of *text*)."""
    return vocabulary.match(text, max_words) if _index(vocabulary).may_match(key) else None


def alias_stage(name: str) -> Stage | None:
    """The stage whose key, label or alias is *name* with spaces, case and a trailing ZI aside.

    With `_match` on the stage vocabulary, this is what `zi_timeline._stages` reads a stage name by.
    """
    return alias_table().get(normalise_stage(name))


def number_column(headers: Sequence[str], user: Aliases | None) -> int | None:
    """The index of the numbering column (``No``, ``Nomor``, ``#``), or None."""
    vocabulary = columns(user)
    for index, header in enumerate(headers):
        key = words(header)
        if key and vocabulary.exact.get(key) == "ignore":
            return index
    return None


def _date_part(key: tuple[str, ...], vocabulary: Vocabulary[str]) -> str | None:
    """``Waktu Pelaksanaan (Mulai)``: a date column's start or end part (a two-row header)."""
    for suffix, which in _PARTS:
        if len(key) > 1 and key[-1] == suffix and vocabulary.match(" ".join(key[:-1]), _MAX_HEADER_WORDS) == "date":
            return which
    return None


def sub_header(header: Sequence[object], below: Sequence[object], user: Aliases | None) -> tuple[str, ...] | None:
    """The column names of a two-row header, or None when *below* is not its second row.

    Offices merge ``Waktu Pelaksanaan`` over two columns and write ``Mulai | Selesai`` on
    the next row: that row holds only short texts (no date, no satker, no stage name) and
    sits under an empty header cell (the merged parent's continuation) or names a start or
    end. Each of its cells is joined to the header cell above it, or to the nearest one on
    its left when that is empty: ``Waktu Pelaksanaan (Mulai)``, ``Waktu Pelaksanaan (Selesai)``.
    """
    width = max(len(header), len(below))
    top = [_cell_text(header[i]) if i < len(header) else "" for i in range(width)]
    sub = [below[i] if i < len(below) else None for i in range(width)]
    texts = {i: str(v).strip() for i, v in enumerate(sub) if v is not None and str(v).strip()}
    if not texts or any(not isinstance(sub[i], str) for i in texts):
        return None
    kinds = header_kinds(tuple(top), user)
    evidence = False
    for i, text in texts.items():
        if kinds[i] in {("field", None, "unit"), ("field", None, "stage")} or len(words(text)) > _MAX_HEADER_WORDS:
            return None
        try:
            parse_date(text)
        except ZiTimelineError:
            pass
        else:
            return None
        evidence = evidence or not top[i] or words(text)[-1:] in {(p,) for p, _ in _PARTS}
    if not evidence:
        return None
    names = list(top)
    parent = ""
    for i in range(width):
        parent = top[i] or (parent if i in texts else "")
        if i in texts:
            names[i] = _joined(parent, texts[i], user)
    return tuple(names)


def _cell_text(value: object) -> str:
    return str(value).strip() if value is not None else ""


def _joined(parent: str, text: str, user: Aliases | None) -> str:
    """``Parent (sub)`` when that names a column or stage part; else the sub-header alone."""
    if not parent:
        return text
    joined = f"{parent} ({text})"
    if column_kind(joined, user)[0] == "unknown" and column_kind(text, user)[0] != "unknown":
        return text
    return joined


def _stage_column(key: tuple[str, ...], user: Aliases | None) -> Kind | None:
    name, part = " ".join(key), "date"
    for suffix, which in _PARTS:
        stripped = re.sub(rf"\s*\b{suffix}$", "", name)
        if stripped != name and stripped:
            name, part = stripped, which
            break
    stage = _stage_named(name, user)
    return None if stage is None else ("stage", stage, part)


def _stage_named(name: str, user: Aliases | None) -> Stage | None:
    """`parse_stage` without its error: a header that names no stage costs no suggestion search."""
    key = words(name)
    if user is not None:
        found = _match(stage_vocabulary(user), key, name)
        if found is not None:
            return found
    return alias_stage(name) or _match(stage_vocabulary(None), key, name)


@functools.lru_cache(maxsize=8)
def header_kinds(headers: tuple[str, ...], user: Aliases | None = None) -> tuple[Kind, ...]:
    """`column_kind` of every header of a table, worked out once for the passes a table is read in."""
    return tuple(column_kind(h, user) for h in headers)


HEADER_SEARCH_CELLS = 1000
"""Text cells of a row looked at while the header is searched: a header names its satker column before that."""


def row_kinds(values: Sequence[object], user: Aliases | None) -> list[Kind]:
    """The kinds of a row's first `HEADER_SEARCH_CELLS` text cells (a candidate header row)."""
    texts = (v for v in values if isinstance(v, str) and v.strip())
    return [column_kind(v, user) for v in itertools.islice(texts, HEADER_SEARCH_CELLS)]


def lone_unit(values: Sequence[object], user: Aliases | None) -> bool:
    """A row naming a unit column and no other known column: a title line (``Nama Satker | : Lapas A``)."""
    kinds = row_kinds(values, user)
    return sum(k[0] in {"field", "stage"} for k in kinds) < 2


def find_header(rows: Sequence[tuple[int, Sequence[object]]], user: Aliases | None) -> int | None:
    """Index of the header row: a unit column and another known one (titles may sit above)."""
    first_unit = None
    for i, (_, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        kinds = row_kinds(values, user)
        if ("field", None, "unit") not in kinds:
            continue
        if sum(k[0] in {"field", "stage"} for k in kinds) >= 2:
            return i
        first_unit = i if first_unit is None else first_unit
    return first_unit


def no_header(
    file: str, sheet: str | None, rows: Sequence[tuple[int, Sequence[object]]], user: Aliases | None
) -> LoadError:
    """No unit column: name the columns seen and the one closest to a unit alias."""
    names = ", ".join((*_SCHEDULE_KEYS["unit"][:4], "nama satker", "satuan kerja"))
    head = max(rows[:HEADER_SEARCH_ROWS], key=lambda r: sum(_is_text(v) for v in r[1]), default=None)
    if head is None:
        seen_id = seen_en = ""
    else:
        texts = (str(v).strip() for v in head[1] if v is not None)
        cells = list(itertools.islice((t for t in texts if t), HEADER_SEARCH_CELLS))  # a wide row: its first cells
        shown = ", ".join(short_repr(c) for c in cells[:12])
        seen_id = f"; kolom yang terlihat (baris {head[0]}): {shown}"
        seen_en = f"; columns seen (row {head[0]}): {shown}"
        close = _closest(cells, user)
        if close is not None:
            cell, alias = close
            seen_id += f"; yang paling mirip: {cell!r} (mirip alias {alias!r})"
            seen_en += f"; the closest: {cell!r} (like the alias {alias!r})"
    hint_id = '. Ganti judul kolomnya atau tambahkan alias: [columns] unit = ["..."] dengan --aliases'
    hint_en = '. Rename the column or add an alias: [columns] unit = ["..."] with --aliases'
    return LoadError(
        Text(
            f"tidak ada baris judul dengan kolom satker ({names}, ...) dalam {HEADER_SEARCH_ROWS} baris pertama"
            f"{seen_id}{hint_id}",
            f"no header row with a unit column ({names}, ...) in the first {HEADER_SEARCH_ROWS} rows{seen_en}{hint_en}",
        ),
        file=file,
        sheet=sheet,
    )


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _closest(cells: Sequence[str], user: Aliases | None) -> tuple[str, str] | None:
    aliases = [" ".join(k) for k, v in columns(user).exact.items() if v == "unit"]
    best: tuple[float, str, str] | None = None
    for cell in cells:
        text = " ".join(words(cell))
        for alias in difflib.get_close_matches(text, aliases, n=1, cutoff=0.5):
            ratio = difflib.SequenceMatcher(None, text, alias).ratio()
            if best is None or ratio > best[0]:
                best = (ratio, cell, alias)
    return None if best is None else (best[1], best[2])
