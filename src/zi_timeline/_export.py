"""Findings out to CSV and XLSX, and the planner's XLSX template.

Cells that start with ``=``, ``+``, ``-`` or ``@`` would run as formulas in Excel; they
are written as text (a leading apostrophe in CSV; in XLSX a string cell, as written), so a
unit name or a note typed by someone else can never execute.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from zi_timeline._findings import Report
from zi_timeline._i18n import Text
from zi_timeline._stages import Predicate, Stage
from zi_timeline.exceptions import LoadError

__all__ = [
    "FINDING_COLUMNS",
    "finding_rows",
    "openpyxl_module",
    "safe_cell",
    "write_findings_xlsx",
    "write_template",
]

FINDING_COLUMNS = (
    "unit",
    "code",
    "rule",
    "severity",
    "certain",
    "stages",
    "message",
    "observed",
    "required",
    "strength",
    "source",
    "fix",
    "waived",
    "file",
    "sheet",
    "row",
    "column",
    "field",
)
"""The columns of every findings table (CSV, XLSX, pandas), in this order; ``field`` names
the place of a value read from JSON/YAML or a mapping (``milestones[3].date``)."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Text that Excel would read as a formula, prefixed so it stays text.

    >>> safe_cell("=HYPERLINK(\\"x\\")"), safe_cell("-5 bulan"), safe_cell(3)
    ('\\'=HYPERLINK("x")', "'-5 bulan", 3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _values(report: Report) -> list[list[object]]:
    """A report's rows in `FINDING_COLUMNS` order, None where empty; one row for a unit with none."""
    if not report.findings:
        return [[report.unit, *[None] * (len(FINDING_COLUMNS) - 1)]]
    rows: list[list[object]] = []
    for f in report.findings:
        where = f.origin
        rows.append(
            [
                report.unit,
                f.code,
                f.rule,
                f.severity.value,
                f.certain,
                ", ".join(s.value for s in f.stages),
                f.message,
                f.observed,
                f.required,
                f.strength,
                f.source,
                f.fix,
                f.waived.reason if f.waived is not None else None,
                where.file if where else None,
                where.sheet if where else None,
                where.row if where else None,
                where.column if where else None,
                where.field if where else None,
            ]
        )
    return rows


def finding_rows(reports: Iterable[Report]) -> list[dict[str, object]]:
    """One row per finding (and one empty row for a unit with none, so no unit is lost)."""
    return [dict(zip(FINDING_COLUMNS, values, strict=True)) for report in reports for values in _values(report)]


def finding_lines(report: Report) -> list[list[object]]:
    """A report's rows for CSV, formula-safe, empty cells as ''."""
    return [["" if v is None else safe_cell(v) for v in values] for values in _values(report)]


def openpyxl_module() -> Any:
    """openpyxl, or a LoadError with the install hint when the extra is missing."""
    try:
        import openpyxl  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        raise LoadError(
            Text(
                "menulis XLSX memerlukan openpyxl: pip install 'zi-timeline[excel]'",
                "writing XLSX needs openpyxl: pip install 'zi-timeline[excel]'",
            )
        ) from exc
    return openpyxl


# What an XLSX cell may not hold: the C0 controls XML 1.0 forbids, and lone surrogates
# (from a file name that is not UTF-8), which no UTF-8 file can carry.
_XLSX_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xlsx_text(value: str) -> str:
    """*value* with the characters XLSX forbids replaced by U+FFFD, so the workbook is still written.

    >>> xlsx_text("Lapas\x07 A")
    'Lapas\ufffd A'
    """
    return _XLSX_FORBIDDEN.sub("\ufffd", value)


def _append(sheet: Any, values: Sequence[object]) -> None:
    # A string cell is never a formula, whatever its text: no apostrophe is needed (it would
    # show in the cell and come back in the unit's name when the sheet is read again).
    sheet.append([xlsx_text(v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def write_findings_xlsx(reports: Iterable[Report], path: str | Path | IO[bytes]) -> None:
    """Findings as an XLSX workbook: one sheet, a header row, autofilter."""
    openpyxl = openpyxl_module()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Temuan"
    sheet.append(list(FINDING_COLUMNS))
    for report in reports:
        for values in _values(report):
            _append(sheet, values)
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = "A2"
    book.save(path)


TEMPLATE_HEADERS = (
    "satker",
    "predikat",
    "tanggal_wbk",
    "dicabut",
    "tahap",
    "tanggal",
    "mulai",
    "selesai",
    "peserta",
    "catatan",
)
TEMPLATE_EXAMPLE: list[tuple[str, object, object, object, str]] = [
    # Each row gives the stage, a one-day date or a start and end, and the participants.
    ("perencanaan", "Oktober - Desember 2025", None, None, ""),
    ("pembentukan_tim", dt.date(2026, 1, 12), None, None, ""),
    ("sosialisasi", dt.date(2026, 1, 19), None, None, "seluruh pegawai"),
    ("pencanangan", dt.date(2026, 1, 20), None, None, "kepala dan seluruh pegawai"),
    ("pembangunan", None, dt.date(2026, 1, 21), dt.date(2026, 5, 15), ""),
    ("analisis_kebutuhan", "Februari 2026", None, None, "pengguna layanan"),
    ("inovasi", "Maret 2026", None, None, ""),
    ("survei", None, dt.date(2026, 4, 27), dt.date(2026, 4, 30), "pengguna layanan"),
    ("evaluasi_tpi", None, dt.date(2026, 5, 4), dt.date(2026, 5, 8), ""),
    ("pengusulan", dt.date(2026, 5, 26), None, None, ""),
    ("pemantauan", "Januari 2027", None, None, "seluruh pegawai"),
]
TEMPLATE_UNIT = "Contoh: Rutan Kelas I (hapus baris contoh ini)"
_INSTRUCTIONS = (
    "Templat jadwal Zona Integritas (zi_timeline)",
    "",
    "1. Isi lembar 'Jadwal': satu baris untuk setiap tahapan (bentuk panjang).",
    "2. Kolom 'satker' boleh dikosongkan pada baris berikutnya dari satker yang sama.",
    "3. 'predikat': WBK atau WBBM. Untuk WBBM isi 'tanggal_wbk'. 'dicabut': tanggal pencabutan, bila ada.",
    "4. 'tahap': pilih dari daftar (perencanaan, pencanangan, pembangunan, evaluasi_tpi, pengusulan, ...).",
    "5. Tanggal: satu hari di 'tanggal' (mis. 20/01/2026), atau periode di 'mulai' dan 'selesai'.",
    "   Tanggal kasar boleh ditulis: 'Juni 2026', 'Triwulan II 2026', 'akhir Mei 2026'.",
    "6. 'peserta': siapa yang terlibat, mis. 'seluruh pegawai', 'Tim Pokja ZI', 'masyarakat pengguna layanan'.",
    "7. Periksa: zi-timeline check jadwal.xlsx  (atau --format html -o laporan.html)",
    "",
    "Baris contoh di lembar 'Jadwal' adalah rencana siklus 2026 yang lolos pemeriksaan; hapus sebelum mengisi.",
)


def write_template(path: str | Path | IO[bytes]) -> None:
    """The planner-ready workbook: instructions, then a 'Jadwal' sheet with drop-downs and an example unit."""
    openpyxl = openpyxl_module()
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415 - optional extra

    book = openpyxl.Workbook()
    guide = book.active
    guide.title = "Petunjuk"
    for line in _INSTRUCTIONS:
        guide.append([line])
    guide.column_dimensions["A"].width = 110
    sheet = book.create_sheet("Jadwal")
    sheet.append(list(TEMPLATE_HEADERS))
    for k, (stage, date, start, end, who) in enumerate(TEMPLATE_EXAMPLE):
        head = [TEMPLATE_UNIT, Predicate.WBK.value, None, None] if k == 0 else [None, None, None, None]
        _append(sheet, [*head, stage, date, start, end, who or None, None])
    for column in ("F", "G", "H", "C", "D"):
        for cell in sheet[column][1:]:
            cell.number_format = "DD/MM/YYYY"
        sheet.column_dimensions[column].width = 16
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["E"].width = 22
    stages = DataValidation(type="list", formula1='"' + ",".join(s.value for s in Stage) + '"', allow_blank=True)
    predicates = DataValidation(type="list", formula1='"WBK,WBBM"', allow_blank=True)
    for validation, column in ((stages, "E"), (predicates, "B")):
        validation.error = "Pilih dari daftar / choose from the list"
        sheet.add_data_validation(validation)
        validation.add(f"{column}2:{column}2000")
    sheet.freeze_panes = "A2"
    book.save(path)
