"""A unit's own fields (predikat, tim penilai, tanggal WBK ...) given two values in one unit's rows.

Kanwil sheets often repeat a unit's predikat on each of its rows; an empty cell on a later
row is the common way of not repeating it. Two different values, though, are not ours to
choose between: a WBBM unit read as WBK skips ZI401. The unit gets a ZI903 quoting both
values with their cells, and the field is unknown (the checks that depend on it are not
run, and the finding says which), as the JSON reader refuses a key written twice.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import attrs

from zi_timeline._i18n import Text, short_repr
from zi_timeline._parse import parse_date
from zi_timeline._schedule import Origin, Problem, Schedule
from zi_timeline._sheet_notes import Sheet, column_letters
from zi_timeline._stages import parse_predicate
from zi_timeline.exceptions import ZiTimelineError

__all__ = ["conflict", "named_again", "same_value", "settle", "unknown_target"]

_Where = tuple[int, int | None]  # (row, column index)

# What is lost when the field is unknown: (id, en).
_CONSEQUENCE = {
    "target": Text(
        "target (WBK atau WBBM) tidak diketahui; pemeriksaan yang bergantung padanya (ZI401 wbbm-without-wbk, "
        "ZI402 wbk-too-recent) tidak dijalankan",
        "the target (WBK or WBBM) is unknown; the checks that depend on it (ZI401 wbbm-without-wbk, "
        "ZI402 wbk-too-recent) were not run",
    ),
    "wbk_awarded": Text(
        "tanggal WBK dan target tidak diketahui; pemeriksaan yang bergantung padanya (ZI401 wbbm-without-wbk, "
        "ZI402 wbk-too-recent) tidak dijalankan",
        "the WBK date and the target are unknown; the checks that depend on them (ZI401 wbbm-without-wbk, "
        "ZI402 wbk-too-recent) were not run",
    ),
    "revoked": Text(
        "tanggal pencabutan tidak diketahui; pemeriksaan ZI403 revoked-too-recent tidak dijalankan",
        "the revocation date is unknown; the check ZI403 revoked-too-recent was not run",
    ),
    "year": Text(
        "tahun jadwal tidak diketahui dan tidak dipakai untuk tanggal tanpa tahun",
        "the schedule's year is unknown and not used for dates without a year",
    ),
    "evaluator": Text(
        "tim penilai tidak diketahui; satker ini tidak dihitung pada tim mana pun",
        "the evaluator team is unknown; the unit is counted with no team",
    ),
}
_AFTER = frozenset({"target", "wbk_awarded"})  # unknown target: set on the schedule once it is read


def _text(value: object) -> str:
    return " ".join(str(value).split()).casefold()


def same_value(field: str, first: object, second: object) -> bool:
    """Whether two cells give one value (``WBK`` and ``wbk``; ``01/02/2023`` and a date cell)."""
    if first == second or _text(first) == _text(second):
        return True
    reader = parse_predicate if field == "target" else parse_date if field in {"wbk_awarded", "revoked"} else None
    if reader is None:
        return False
    try:
        return bool(reader(first) == reader(second))
    except ZiTimelineError:
        return False


def _place(where: _Where) -> Text:
    row, column = where
    if column is None:
        return Text(f"baris {row}", f"row {row}")
    letters = column_letters(column)
    return Text(f"baris {row}, kolom {letters}", f"row {row}, column {letters}")


def conflict(table: Sheet, field: str, first: tuple[object, _Where], second: tuple[object, _Where]) -> Problem:
    """A ZI903 quoting both values of a unit field with their cells; the field is then unknown."""
    (a, at), (b, bt) = first, second
    shown_a, shown_b = short_repr(a if isinstance(a, str) else str(a)), short_repr(b if isinstance(b, str) else str(b))
    where_a, where_b = _place(at), _place(bt)
    header = table.headers[bt[1]] if bt[1] is not None else field
    lost = _CONSEQUENCE.get(field, Text("isian ini tidak diketahui", "this field is unknown"))
    row, column = bt
    return Problem(
        "ZI903",
        Text(
            f"satker ini punya dua nilai {header!r}: {shown_a} ({where_a.id}) dan {shown_b} ({where_b.id}); "
            f"mana yang benar tidak ditebak: {lost.id}. Tulis satu nilai untuk satker ini (samakan isinya, atau "
            "kosongkan di baris lain)",
            f"the unit has two values of {header!r}: {shown_a} ({where_a.en}) and {shown_b} ({where_b.en}); "
            f"which is right is not guessed: {lost.en}. Write one value for the unit (make them equal, or leave "
            "it empty on the other rows)",
        ),
        f"{shown_a} / {shown_b}",
        origin=Origin(
            file=table.file,
            sheet=table.sheet,
            row=row,
            column=None if column is None else column_letters(column),
            field=None if column is None else table.headers[column],
        ),
    )


def settle(data: dict[str, object], unknown: AbstractSet[str]) -> None:
    """Drop from a unit's *data* the fields given two values (the target is left to `unknown_target`)."""
    for field in unknown - {"target"}:
        data.pop(field, None)


def unknown_target(schedule: Schedule, unknown: AbstractSet[str]) -> Schedule:
    """The schedule with its target unknown when the target or the WBK date was given two values."""
    if _AFTER.isdisjoint(unknown) or schedule.target is None:
        return schedule
    return attrs.evolve(schedule, target=None)


def named_again(table: Sheet, name: str, first: int, row: int) -> Problem:
    """A wide sheet (one row per unit) naming a unit on a second row: reported apart, and said so."""
    return Problem(
        "ZI903",
        Text(
            f"satker {short_repr(name)} sudah ada di baris {first}; baris {row} dilaporkan terpisah sebagai satker "
            "kedua dengan nama yang sama. Pada tabel satu baris per satker, gabungkan kedua baris itu",
            f"the unit {short_repr(name)} is already on row {first}; row {row} is reported apart as a second unit "
            "of the same name. In a table of one row per unit, merge the two rows",
        ),
        short_repr(name),
        origin=Origin(file=table.file, sheet=table.sheet, row=row),
    )
