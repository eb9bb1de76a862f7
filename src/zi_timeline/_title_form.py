"""A sheet per satker: the name in a title line (``Nama Satker | : Lapas ...``) above a table without it.

Some offices keep one sheet per unit: ``Nama Satker : Lapas Kelas I Semarang`` and
``Predikat : WBK`` as title lines, then ``No | Tahapan | Waktu Pelaksanaan``. The title
line is no header. When each title line holds one value, the table is read with those
values as its unit columns (named after the line they came from); otherwise the sheet is
refused saying where the name is and what to do, never read as a recap.
"""

from __future__ import annotations

from collections.abc import Sequence

from zi_timeline._aliases import Aliases
from zi_timeline._headers import UNIT_FIELDS, column_kind, row_kinds
from zi_timeline._i18n import Text, short_repr
from zi_timeline.exceptions import LoadError

__all__ = ["TitleForm", "title_form"]

Rows = Sequence[tuple[int, Sequence[object]]]


class TitleForm:
    """The table header under title lines, and the unit fields the title lines give."""

    def __init__(self, header: int, fields: dict[str, tuple[int, str, object]]) -> None:
        self.header = header  # index in the rows searched
        self.fields = fields  # field -> (row number, label, value)

    def headers(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The table's column names and one per title field: ``Nama Satker (baris 2)``."""
        return (*names, *(f"{label} (baris {row})" for row, label, _ in self.fields.values()))

    def row(self, values: Sequence[object], width: int) -> list[object]:
        """A table row with the title values after its own cells."""
        own = [values[i] if i < len(values) else None for i in range(width)]
        return [*own, *(value for _, _, value in self.fields.values())]


def _texts(values: Sequence[object]) -> list[tuple[int, object]]:
    return [(i, v) for i, v in enumerate(values) if v is not None and str(v).strip()]


def _label(values: Sequence[object], user: Aliases | None) -> tuple[str, str, list[object]] | None:
    """(field, label, values after it) when the row's first cell names a unit field: ``Predikat | : WBK``."""
    cells = _texts(values)
    if not cells or not isinstance(cells[0][1], str):
        return None
    kind = column_kind(cells[0][1], user)
    if kind[0] != "field" or kind[2] not in UNIT_FIELDS:
        return None
    after = [_value(v) for _, v in cells[1:]]
    return str(kind[2]), cells[0][1].strip(), [v for v in after if v not in {None, ""}]


def _value(value: object) -> object:
    """``: Lapas Kelas I Semarang`` without its colon; a number or date as it is."""
    return value.strip().lstrip(":").strip() if isinstance(value, str) else value


def _is_table_header(values: Sequence[object], user: Aliases | None) -> bool:
    kinds = row_kinds(values, user)
    dated = any(k[0] == "stage" or (k[0] == "field" and k[2] in {"stage", "date", "start", "end"}) for k in kinds)
    return dated and ("field", None, "unit") not in kinds and sum(k[0] in {"field", "stage"} for k in kinds) >= 2


def title_form(file: str, sheet: str | None, rows: Rows, start: int, user: Aliases | None) -> TitleForm | None:
    """The table under title lines when row *start* (the only row naming a unit) is a title line, else None.

    A title line with no value or several values is refused: which one is the name is not guessed.
    """
    unit = _label(rows[start][1], user)
    if unit is None or unit[0] != "unit":
        return None
    header = next((i for i in range(start + 1, len(rows)) if _is_table_header(rows[i][1], user)), None)
    if header is None:
        return None
    fields: dict[str, tuple[int, str, object]] = {}
    for number, values in rows[:header]:
        found = _label(values, user)
        if found is None or found[0] in fields:
            continue
        field, label, after = found
        if len(after) > 1 or (field == "unit" and not after):  # which value is meant is not guessed
            raise _ambiguous((file, sheet, number), label, after, rows[header][0])
        if after:
            fields[field] = (number, label, after[0])
    return TitleForm(header, fields)


def _ambiguous(where: tuple[str, str | None, int], label: str, values: Sequence[object], header: int) -> LoadError:
    file, sheet, row = where
    shown = ", ".join(short_repr(v) for v in values[:4]) or "-"
    return LoadError(
        Text(
            f"nama satker ada di baris judul {row} ({label!r}: {shown}), bukan di kolom tabel (judul kolom di baris "
            f"{header}), dan baris itu tidak berisi tepat satu nilai; tulis satu nama sesudah {label!r}, atau "
            "tambahkan kolom 'Nama Satker' ke tabel",
            f"the unit name is in the title line {row} ({label!r}: {shown}), not in a column of the table (its "
            f"header is row {header}), and that line does not hold exactly one value; write one name after "
            f"{label!r}, or add a 'Nama Satker' column to the table",
        ),
        file=file,
        sheet=sheet,
        row=row,
    )
