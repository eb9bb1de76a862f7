"""Write the bundled example portfolio (a province: 44 units) as XLSX and as CSV.

Run from the repository root: python tools/make_portfolio.py
The files go to src/zi_timeline/data/examples/portofolio.{xlsx,csv}; a test checks that
both load to the same schedules and findings, and that this script reproduces them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "zi_timeline" / "data" / "examples"
HEADERS = ("satker", "predikat", "tanggal_wbk", "dicabut", "tahap", "tanggal", "mulai", "selesai", "peserta", "catatan")
D = dt.date

# A healthy 2024 plan in the Kemenkumham rhythm: (stage, date or (start, end), participants).
HEALTHY: list[tuple[str, object, str]] = [
    ("perencanaan", "Oktober - Desember 2023", ""),
    ("pembentukan_tim", D(2024, 1, 8), ""),
    ("sosialisasi", D(2024, 1, 22), "seluruh pegawai"),
    ("pencanangan", D(2024, 1, 23), "kepala dan seluruh pegawai"),
    ("pembangunan", (D(2024, 1, 24), D(2024, 7, 31)), ""),
    ("analisis_kebutuhan", "Februari 2024", ""),
    ("inovasi", "April 2024", ""),
    ("survei", (D(2024, 5, 2), D(2024, 5, 8)), "pengguna layanan"),
    ("evaluasi_tpi", (D(2024, 5, 20), D(2024, 5, 31)), ""),
    ("pengusulan", D(2024, 7, 22), ""),
    ("penetapan", D(2024, 12, 11), ""),
    ("pemantauan", "Januari 2025", "seluruh pegawai"),
]


def _with(changes: dict[str, object], drop: tuple[str, ...] = ()) -> list[tuple[str, object, str]]:
    out = []
    for stage, when, who in HEALTHY:
        if stage in drop:
            continue
        out.append((stage, changes.get(stage, when), who))
    return out


VARIANTS: list[tuple[str, str, list[tuple[str, object, str]], dict[str, object]]] = [
    ("sehat", "ritme Kemenkumham", HEALTHY, {}),
    (
        "instan",
        "perencanaan Juni, pengusulan Agustus",
        _with(
            {
                "perencanaan": "Juni 2024",
                "pembentukan_tim": D(2024, 7, 1),
                "sosialisasi": D(2024, 7, 2),
                "pencanangan": D(2024, 7, 3),
                "pembangunan": (D(2024, 7, 4), D(2024, 8, 31)),
                "analisis_kebutuhan": "Juli 2024",
                "inovasi": "Agustus 2024",
                "survei": (D(2024, 7, 15), D(2024, 7, 19)),
                "evaluasi_tpi": (D(2024, 7, 22), D(2024, 7, 26)),
                "pengusulan": "Agustus 2024",
            }
        ),
        {},
    ),
    (
        "lima bulan",
        "perencanaan Februari",
        _with(
            {
                "perencanaan": "Februari 2024",
                "pencanangan": D(2024, 3, 4),
                "pembentukan_tim": D(2024, 2, 26),
                "sosialisasi": D(2024, 3, 1),
                "pembangunan": (D(2024, 3, 5), D(2024, 7, 31)),
                "analisis_kebutuhan": "Maret 2024",
                "survei": (D(2024, 6, 10), D(2024, 6, 14)),
                "evaluasi_tpi": (D(2024, 6, 17), D(2024, 6, 28)),
            }
        ),
        {},
    ),
    ("di luar jendela", "pengusulan Juni 2024", _with({"pengusulan": D(2024, 6, 14)}), {}),
    (
        "siklus 2025",
        "jendela 2025 belum diketahui",
        _with(
            {
                "perencanaan": "Oktober - Desember 2024",
                "pembentukan_tim": D(2025, 1, 6),
                "sosialisasi": D(2025, 1, 13),
                "pencanangan": D(2025, 1, 14),
                "pembangunan": (D(2025, 1, 15), D(2025, 7, 31)),
                "analisis_kebutuhan": "Februari 2025",
                "inovasi": "April 2025",
                "survei": (D(2025, 5, 5), D(2025, 5, 9)),
                "evaluasi_tpi": (D(2025, 5, 19), D(2025, 5, 28)),
                "pengusulan": D(2025, 6, 16),
                "penetapan": D(2026, 2, 11),
                "pemantauan": "Maret 2026",
            }
        ),
        {},
    ),
    ("WBBM", "WBK baru setahun", HEALTHY, {"predikat": "WBBM", "tanggal_wbk": D(2023, 12, 6)}),
    ("WBBM tanpa WBK", "tanggal WBK tidak diisi", HEALTHY, {"predikat": "WBBM"}),
    ("dicabut", "predikat dicabut 2023", HEALTHY, {"dicabut": "Maret 2023"}),
    ("tanda 1", "berhenti di penetapan", _with({}, drop=("pemantauan",)), {}),
    ("tanda 3", "tanpa survei", _with({}, drop=("survei",)), {}),
    (
        "tanda 4",
        "kegiatan menumpuk",
        [
            *_with(
                {
                    "analisis_kebutuhan": D(2024, 4, 29),
                    "inovasi": D(2024, 5, 6),
                    "survei": (D(2024, 5, 13), D(2024, 5, 16)),
                }
            ),
            ("pemantauan", D(2024, 5, 17), ""),
        ],
        {},
    ),
    (
        "tanda 5",
        "sosialisasi hanya pokja",
        [(s, w, "Tim Pokja ZI" if s == "sosialisasi" else p) for s, w, p in HEALTHY],
        {},
    ),
    ("tanda 6", "inovasi tanpa analisis", _with({"inovasi": "Maret 2024", "analisis_kebutuhan": "Juni 2024"}), {}),
    (
        "salah ketik",
        "tahap dan tanggal salah",
        [
            ("pencanagan" if s == "pencanangan" else s, "31 Februari 2024" if s == "inovasi" else w, p)
            for s, w, p in HEALTHY
        ],
        {},
    ),
]
KINDS = ("Lapas Kelas IIA", "Rutan Kelas IIB", "Kantor Imigrasi Kelas II", "Bapas Kelas II", "LPKA", "Lapas Perempuan")


def units() -> list[tuple[str, dict[str, object], list[tuple[str, object, str]], str]]:
    """44 units: the healthy plan for a third of them, the other variants spread over the rest."""
    out = []
    for i in range(44):
        variant = VARIANTS[0] if i % 3 == 0 else VARIANTS[1 + (i // 3 * 2 + i % 3 - 1) % (len(VARIANTS) - 1)]
        label, note, rows, extra = variant
        name = f"{KINDS[i % len(KINDS)]} Kota Contoh {i + 1:02d} ({label})"
        out.append((name, {"predikat": "WBK", **extra}, rows, note))
    return out


def _text(value: object) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")  # day-first, as Indonesian-locale Excel writes
    return "" if value is None else str(value)


def table_rows(*, for_csv: bool) -> list[list[object]]:
    rows: list[list[object]] = []
    for name, head, plan, note in units():
        for k, (stage, when, who) in enumerate(plan):
            start, end = when if isinstance(when, tuple) else (None, None)
            date = None if isinstance(when, tuple) else when
            first = k == 0
            row = [
                name,
                head["predikat"] if first else "",
                head.get("tanggal_wbk", "") if first else "",
                head.get("dicabut", "") if first else "",
                stage,
                date,
                start,
                end,
                who,
                note if first else "",
            ]
            rows.append([_text(v) if for_csv else (v if v is not None else "") for v in row])
    return rows


def write_csv(path: Path) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(table_rows(for_csv=True))
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def write_xlsx(path: Path) -> None:
    import openpyxl  # noqa: PLC0415 - a development script

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jadwal"
    sheet.append(["Portofolio contoh Kanwil: jadwal ZI satker (data rekaan untuk pelatihan)"])
    sheet.append(list(HEADERS))
    for row in table_rows(for_csv=False):
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=3):
        for cell in cells:
            if isinstance(cell.value, dt.datetime | dt.date):
                cell.number_format = "DD/MM/YYYY"
    book.properties.created = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # stable bytes from run to run
    book.save(path)


def main() -> int:
    write_csv(OUT / "portofolio.csv")
    write_xlsx(OUT / "portofolio.xlsx")
    print(f"{len(units())} units written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
