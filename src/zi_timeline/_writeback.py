"""Schedules written back in the shape the reader takes: plan, fill in, check, fix, compare.

`rows` gives the template's long shape (one row per milestone, the template's column
names); `write_schedules` writes those rows to XLSX (with the template's instructions
sheet and drop-downs) or CSV, or the schedules' plain data to JSON or YAML. A milestone
that the assistant moved carries its reason: a coloured cell with a comment in XLSX, a
note in CSV, JSON and YAML. `load` reads every one of these files back to the same
schedules.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from zi_timeline._atomic import atomic_output
from zi_timeline._dates import DateSpan, Precision
from zi_timeline._export import TEMPLATE_HEADERS, openpyxl_module, safe_cell
from zi_timeline._i18n import Lang, Text
from zi_timeline._schedule import Milestone, Schedule
from zi_timeline._stages import Predicate, Stage
from zi_timeline.exceptions import LoadError

__all__ = ["FORMATS", "Marks", "rows", "write_schedules"]

FORMATS = {".xlsx": "xlsx", ".csv": "csv", ".json": "json", ".yaml": "yaml", ".yml": "yaml"}
"""The files a plan or a fix can be written to, by suffix."""

Marks = Mapping[tuple[Stage, DateSpan], str]
"""Why a milestone moved, by (stage, new span): the cells to colour and the notes to add."""

_COLUMNS = (*TEMPLATE_HEADERS, "cakupan", "sasaran")
_MOVED_FILL = "FFE082"  # amber: a cell the assistant changed
_MOVED = Text("dipindah oleh zi-timeline fix: {why}", "moved by zi-timeline fix: {why}")
_INSTRUCTIONS = Text(
    "Jadwal Zona Integritas ditulis oleh zi_timeline ({what}).\n\n"
    "1. Lembar 'Jadwal': satu baris untuk setiap tahapan (bentuk panjang), seperti templat.\n"
    "2. 'tahap': pilih dari daftar; tanggal satu hari di 'tanggal', periode di 'mulai' dan 'selesai'.\n"
    "   Tanggal kasar boleh ditulis: 'Juni 2026', 'Triwulan II 2026', 'akhir Mei 2026'.\n"
    "3. 'catatan': alasan setiap tanggal; sel berwarna kuning adalah tanggal yang dipindah, alasannya di komentar.\n"
    "4. Ubah sesuai rencana unit, lalu periksa: zi-timeline check BERKAS.xlsx\n"
    "5. Bandingkan dengan versi lain: zi-timeline diff LAMA.xlsx BARU.xlsx",
    "A Zona Integritas schedule written by zi_timeline ({what}).\n\n"
    "1. Sheet 'Jadwal': one row per stage (long shape), as in the template.\n"
    "2. 'tahap': pick from the list; a one-day date in 'tanggal', a period in 'mulai' and 'selesai'.\n"
    "   Coarse dates are fine: 'Juni 2026', 'Triwulan II 2026', 'akhir Mei 2026'.\n"
    "3. 'catatan': the reason for each date; yellow cells are dates that moved, the reason is in their comment.\n"
    "4. Change it to the unit's plan, then check it: zi-timeline check FILE.xlsx\n"
    "5. Compare with another version: zi-timeline diff OLD.xlsx NEW.xlsx",
)


def _when(span: DateSpan, *, cells: bool) -> tuple[object, object, object]:
    """(tanggal, mulai, selesai): a day or a coarse span in 'tanggal', a period of days in 'mulai'/'selesai'."""
    if span.precision is Precision.DAY and span.exact:
        if span.start == span.end:
            return (span.start if cells else span.format("id")), None, None
        if cells:
            return None, span.start, span.end
        return None, DateSpan.day(span.start).format("id"), DateSpan.day(span.end).format("id")
    return span.format("id"), None, None


def _note(milestone: Milestone, why: str | None, lang: Lang) -> str | None:
    if why is None:
        return milestone.note
    moved = _MOVED.get(lang).format(why=why)
    return f"{milestone.note}; {moved}" if milestone.note else moved


def _unit_cells(schedule: Schedule) -> list[object]:
    return [
        schedule.unit,
        schedule.target.value if schedule.target else None,
        schedule.wbk_awarded.format("id") if schedule.wbk_awarded else None,
        schedule.revoked.format("id") if schedule.revoked else None,
    ]


def _row(schedule: Schedule, m: Milestone, why: str | None, lang: Lang, *, cells: bool) -> list[object]:
    return [
        *_unit_cells(schedule),
        m.stage.value,
        *_when(m.span, cells=cells),
        m.participants,
        m.note if cells else _note(m, why, lang),
        m.scope.value if m.scope else None,
        m.audience.value if m.audience else None,
    ]


def rows(
    schedules: Sequence[Schedule], marks: Sequence[Marks] | None = None, *, lang: Lang = "id"
) -> list[dict[str, object]]:
    """The schedules in the template's long shape: one row per milestone, texts for dates.

    A unit with no milestone still has one row (its name and predicate), so none is
    lost. A milestone named in *marks* gets the reason it moved in its ``catatan``.
    """
    out: list[dict[str, object]] = []
    for k, schedule in enumerate(schedules):
        why = marks[k] if marks else {}
        lines = [_row(schedule, m, why.get((m.stage, m.span)), lang, cells=False) for m in schedule]
        lines = lines or [[*_unit_cells(schedule), *[None] * (len(_COLUMNS) - 4)]]
        out += [dict(zip(_COLUMNS, line, strict=True)) for line in lines]
    return out


def write_schedules(
    schedules: Sequence[Schedule],
    path: str | Path,
    *,
    marks: Sequence[Marks] | None = None,
    what: Text | None = None,
    lang: Lang = "id",
) -> None:
    """Write *schedules* to *path* in the shape its suffix names (see `FORMATS`).

    *what* says in the XLSX instructions what the file holds (a plan, a fix).
    """
    path = Path(path)
    kind = FORMATS.get(path.suffix.casefold())
    if kind is None:
        raise LoadError(
            Text(
                f"jenis berkas {path.suffix or '(tanpa akhiran)'!r} tidak didukung; gunakan {', '.join(FORMATS)}",
                f"unsupported file type {path.suffix or '(no suffix)'!r}; use {', '.join(FORMATS)}",
            ),
            file=str(path),
        )
    if kind == "xlsx":
        _save_bytes(path, _xlsx(schedules, marks, what or Text("rencana", "a plan"), lang))
    elif kind == "csv":
        _save_text(path, _csv(schedules, marks, lang), bom=True)
    else:
        data = {"schedules": [_plain(s, marks[k] if marks else {}, lang) for k, s in enumerate(schedules)]}
        _save_text(path, _json(data) if kind == "json" else _yaml(data))


def _plain(schedule: Schedule, why: Marks, lang: Lang) -> dict[str, object]:
    data = schedule.to_dict()
    milestones = data["milestones"]
    assert isinstance(milestones, list)  # noqa: S101 - Schedule.to_dict's shape
    for item, m in zip(milestones, schedule, strict=True):
        reason = why.get((m.stage, m.span))
        if reason is not None:
            item["note"] = _note(m, reason, lang)
    return data


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _yaml(data: object) -> str:
    try:
        import yaml  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        raise LoadError(
            Text(
                "menulis YAML memerlukan PyYAML: pip install 'zi-timeline[yaml]'",
                "writing YAML needs PyYAML: pip install 'zi-timeline[yaml]'",
            )
        ) from exc
    return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _csv(schedules: Sequence[Schedule], marks: Sequence[Marks] | None, lang: Lang) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(_COLUMNS)
    for row in rows(schedules, marks, lang=lang):
        writer.writerow(["" if v is None else safe_cell(v) for v in row.values()])
    return buffer.getvalue()


def _xlsx(schedules: Sequence[Schedule], marks: Sequence[Marks] | None, what: Text, lang: Lang) -> bytes:
    openpyxl = openpyxl_module()
    book = openpyxl.Workbook()
    guide = book.active
    guide.title = "Petunjuk"
    for line in _INSTRUCTIONS.get(lang).format(what=what.get(lang)).split("\n"):
        guide.append([line])
    guide.column_dimensions["A"].width = 110
    sheet = book.create_sheet("Jadwal")
    sheet.append(list(_COLUMNS))
    for k, schedule in enumerate(schedules):
        why = marks[k] if marks else {}
        lines = [(_row(schedule, m, None, lang, cells=True), why.get((m.stage, m.span))) for m in schedule]
        for values, reason in lines or [([*_unit_cells(schedule), *[None] * (len(_COLUMNS) - 4)], None)]:
            _append(sheet, values, reason, lang)
    _finish(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _append(sheet: Any, values: Sequence[object], reason: str | None, lang: Lang) -> None:
    """One row: text never a formula, days as dates; a moved date coloured, with its reason as a comment."""
    from openpyxl.comments import Comment  # noqa: PLC0415 - optional extra
    from openpyxl.styles import PatternFill  # noqa: PLC0415

    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # a string cell never runs as a formula; the text stays as it was read
        elif isinstance(cell.value, dt.date):
            cell.number_format = "DD/MM/YYYY"
    if reason is None:
        return
    for cell in sheet[sheet.max_row][5:8]:  # tanggal, mulai, selesai
        if cell.value is not None:
            cell.fill = PatternFill("solid", start_color=_MOVED_FILL, end_color=_MOVED_FILL)
            cell.comment = Comment(_MOVED.get(lang).format(why=reason), "zi-timeline", width=320, height=120)


def _finish(sheet: Any) -> None:
    """Column widths, the template's drop-downs, a frozen header."""
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415 - optional extra

    for column, width in (("A", 36), ("E", 22), ("F", 24), ("G", 14), ("H", 14), ("J", 60)):
        sheet.column_dimensions[column].width = width
    stages = DataValidation(type="list", formula1='"' + ",".join(s.value for s in Stage) + '"', allow_blank=True)
    predicates = DataValidation(
        type="list", formula1='"' + ",".join(p.value for p in Predicate) + '"', allow_blank=True
    )
    for validation, column in ((stages, "E"), (predicates, "B")):
        validation.error = "Pilih dari daftar / choose from the list"
        sheet.add_data_validation(validation)
        validation.add(f"{column}2:{column}{max(2000, sheet.max_row + 500)}")
    sheet.freeze_panes = "A2"


def _save_text(path: Path, text: str, *, bom: bool = False) -> None:
    _save_bytes(path, (("\ufeff" if bom else "") + text).encode("utf-8", "backslashreplace"))  # lone surrogates


def _save_bytes(path: Path, data: bytes) -> None:
    """Whole or not at all: written beside the target, then renamed over it (a device is written in place)."""
    with atomic_output(str(path)) as handle:
        handle.write(data)
