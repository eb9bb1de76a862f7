"""Build Kanwil monitoring workbooks the way staff make them (data invented for training).

Title rows and the office name above the header, merged satker cells, office words for
columns and stages (see data/aliases.toml for where each was seen), Excel dates mixed
with text, totals and a signature block under the table. Three layouts:

- ``merged``: No | Nama Satker | Predikat | Tahapan | Waktu Pelaksanaan | Keterangan, the
  satker cells merged down its rows (the bundled example, data/examples/kanwil.xlsx);
- ``repeated``: No. | Satuan Kerja | Usulan Predikat | Tahapan Kegiatan | Tanggal Mulai |
  Tanggal Selesai | Ket., the satker written on every row, dates as text;
- ``wide``: one row per satker, one column per stage (Pencanangan ZI, Pembangunan
  (mulai), Evaluasi TPI, ...).

Run: python tools/make_kanwil.py  (writes src/zi_timeline/data/examples/kanwil.xlsx)
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent.parent / "src" / "zi_timeline" / "data" / "examples"
LAYOUTS = ("merged", "repeated", "wide")

SATKER = (
    ("Lapas Kelas IIA Bandung", "WBK"),
    ("Rutan Kelas I Bandung", "WBK"),
    ("Kantor Imigrasi Kelas I TPI Bandung", "WBK"),
    ("Bapas Kelas I Bandung", "WBK"),
    ("LPKA Kelas II Bandung", "WBK"),
    ("Lapas Perempuan Kelas IIA Bandung", "WBK"),
    ("Rutan Kelas IIB Garut", "WBK"),
    ("Lapas Kelas IIB Garut", "WBK"),
    ("Kantor Imigrasi Kelas II TPI Cirebon", "WBK"),
    ("Lapas Kelas I Cirebon", "WBK"),
    ("Rupbasan Kelas I Bandung", "WBK"),
    ("Lapas Narkotika Kelas IIA Bandung", "WBK"),
)

# Each office writes the stages its own way; every word here is in data/aliases.toml.
WORDS = {
    "merged": {
        "perencanaan": "Penyusunan Rencana Kerja",
        "pembentukan_tim": "Pembentukan Tim Pokja",
        "pencanangan": "Pencanangan Pembangunan ZI",
        "sosialisasi": "Internalisasi ZI",
        "pembangunan": "Pembangunan Zona Integritas",
        "analisis_kebutuhan": "Identifikasi Kebutuhan",
        "inovasi": "Launching Inovasi Pelayanan",
        "survei": "Survei IKM",
        "penilaian_mandiri": "Pengisian LKE PMPZI",
        "evaluasi_tpi": "Evaluasi TPI Itjen",
        "pengusulan": "Pengusulan ke KemenPANRB",
        "pemantauan": "Monev Pembangunan ZI",
    },
    "repeated": {
        "perencanaan": "Rencana Aksi Pembangunan ZI",
        "pembentukan_tim": "SK Tim ZI",
        "pencanangan": "Penandatanganan Pakta Integritas",
        "sosialisasi": "Sosialisasi Pembangunan",
        "pembangunan": "Pembangunan ZI",
        "analisis_kebutuhan": "Analisis Kebutuhan Stakeholder",
        "inovasi": "Inovasi Pelayanan",
        "survei": "Survei Kepuasan Masyarakat",
        "penilaian_mandiri": "Penilaian Mandiri",
        "evaluasi_tpi": "Desk Evaluasi TPI",
        "pengusulan": "Pengusulan melalui PMPZI",
        "pemantauan": "Pemantauan dan Evaluasi",
    },
}
WIDE_HEADERS = (
    ("perencanaan", "date", "Penyusunan Rencana Kerja"),
    ("pencanangan", "date", "Pencanangan ZI"),
    ("sosialisasi", "date", "Internalisasi"),
    ("pembangunan", "start", "Pembangunan (mulai)"),
    ("pembangunan", "end", "Pembangunan (selesai)"),
    ("analisis_kebutuhan", "date", "Analisis Kebutuhan"),
    ("survei", "date", "Survei IKM"),
    ("penilaian_mandiri", "date", "Penilaian Mandiri"),
    ("evaluasi_tpi", "date", "Evaluasi TPI"),
    ("pengusulan", "date", "Pengusulan ke KemenPANRB"),
    ("pemantauan", "date", "Monev ZI"),
)
HEADERS = {
    "merged": ("No", "Nama Satker", "Predikat", "Tahapan", "Waktu Pelaksanaan", "Keterangan"),
    "repeated": ("No.", "Satuan Kerja", "Usulan Predikat", "Tahapan Kegiatan", "Tanggal Mulai", "Tanggal Selesai", "Ket."),
}
TITLE = (
    "MONITORING PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM TAHUN 2024",
    "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM JAWA BARAT",
)
SIGNATURE = (
    "Bandung, 5 Februari 2024",
    "Mengetahui,",
    "Kepala Kantor Wilayah,",
    "Dr. Ahmad Suryana, S.H., M.H.",
    "NIP 19700101 199503 1 001",
)


def _d(y: int, m: int, day: int) -> dt.datetime:
    return dt.datetime(y, m, day)


def plan(index: int) -> list[tuple[str, Any, Any, str]]:
    """(stage, start-or-date, end or None, note) of satker *index*: healthy plans, a late start, an instant one."""
    late = 2 if index % 4 == 3 else 0  # every fourth unit starts two months late
    if index == 5:  # the Itjen's "plan in June, submit in August"
        return [
            ("perencanaan", "Juni 2024", None, "rencana disusun mendadak"),
            ("pencanangan", "minggu ke-2 Juni 2024", None, ""),
            ("pembangunan", "Juli 2024", "Agustus 2024", ""),
            ("evaluasi_tpi", "awal Agustus 2024", None, ""),
            ("pengusulan", "Agustus 2024", None, ""),
        ]
    return [
        ("perencanaan", "Oktober - November 2023", None, "pemetaan masalah per area"),
        ("pembentukan_tim", _d(2023, 12, 4 + index % 4), None, "SK Kepala"),
        ("pencanangan", _d(2024, 1 + late, 15), None, "bersama Kakanwil"),
        ("sosialisasi", "Senin, 22 Januari 2024" if not late else "Maret 2024", None, "seluruh pegawai"),
        ("pembangunan", _d(2024, 2 + late, 1), "31 Juli 2024", "enam area perubahan"),
        ("analisis_kebutuhan", "Februari 2024" if not late else "April 2024", None, "pengaduan masyarakat"),
        ("inovasi", "minggu ke-2 Maret 2024" if not late else "Mei 2024", None, ""),
        ("survei", "pertengahan April 2024", None, "SPAK dan SPKP"),
        ("penilaian_mandiri", "paling lambat 10 Mei 2024", None, "LKE di PMPZI"),
        ("evaluasi_tpi", f"{13 + index % 3} s.d. 17 Mei 2024", None, "desk evaluation"),
        ("pengusulan", _d(2024, 7, 22), None, "Senin (22/07/2024) pukul 10.00 WIB"),
        ("pemantauan", "Agustus 2024", None, ""),
    ]


def _long_rows(layout: str) -> tuple[list[list[object]], list[tuple[int, int]]]:
    """Rows under the header, and the (first, last) row offsets of each satker for merging."""
    rows: list[list[object]] = []
    spans = []
    for number, (name, target) in enumerate(SATKER, start=1):
        first = len(rows)
        for i, (stage, when, end, note) in enumerate(plan(number - 1)):
            word = WORDS[layout][stage]
            show = (i == 0) or layout == "repeated"
            head: list[object] = [number if show else None, name if show else None, target if show else None]
            if layout == "merged":
                when_text = when if end is None else f"{_text(when)} s.d. {_text(end)}"
                rows.append([*head, word, when_text, note or None])
            else:
                rows.append([*head, word, _text(when), None if end is None else _text(end), note or None])
        spans.append((first, len(rows) - 1))
    return rows, spans


def _text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return f"{value:%d/%m/%Y}"
    return str(value)


def _wide_rows() -> list[list[object]]:
    rows: list[list[object]] = []
    for number, (name, target) in enumerate(SATKER, start=1):
        milestones = {stage: (when, end) for stage, when, end, _ in plan(number - 1)}
        row: list[object] = [number, name, target]
        for stage, part, _ in WIDE_HEADERS:
            when, end = milestones.get(stage, (None, None))
            if stage == "pembangunan" and when is not None:
                row.append(when if part == "start" else end)
            elif part == "date" and when is not None:
                row.append(when)
            else:
                row.append(None)
        rows.append(row)
    return rows


def write(path: Path, layout: str = "merged") -> None:
    """The workbook of *layout* (one of `LAYOUTS`) at *path*."""
    import openpyxl  # noqa: PLC0415 - a development script

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Monitoring ZI"
    headers = HEADERS.get(layout) or ("No", "Nama UPT", "Predikat", *(h for _, _, h in WIDE_HEADERS))
    for line in TITLE:
        sheet.append([line])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(headers))
    sheet.append([])
    sheet.append(list(headers))
    top = sheet.max_row + 1
    if layout == "wide":
        rows, spans = _wide_rows(), []
    else:
        rows, spans = _long_rows(layout)
    for row in rows:
        sheet.append(row)
    if layout == "merged":
        for first, last in spans:
            for column in (1, 2, 3):
                sheet.merge_cells(start_row=top + first, start_column=column, end_row=top + last, end_column=column)
    sheet.append([])
    sheet.append([None, f"Jumlah: {len(SATKER)} satker"])
    sheet.append([])
    for line in SIGNATURE:
        sheet.append([*([None] * (len(headers) - 2)), line])
    _date_format(sheet, top)
    book.properties.created = dt.datetime(2024, 2, 5, tzinfo=dt.UTC)  # stable bytes from run to run
    book.save(path)


def _date_format(sheet: Any, top: int) -> None:
    for cells in sheet.iter_rows(min_row=top):
        for cell in cells:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "DD/MM/YYYY"


def main() -> int:
    write(OUT / "kanwil.xlsx")
    print(f"{len(SATKER)} satker written to {OUT / 'kanwil.xlsx'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
