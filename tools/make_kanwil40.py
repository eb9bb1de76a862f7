"""Write the 40-unit portfolio of docs/portofolio-kanwil.md (long CSV, as a Kanwil keeps it).

Run from the repository root: python tools/make_kanwil40.py
Each satker's own plan is sound; together they put every TPI of a team in the same three
days and every proposal on the window's last two days. A test checks the file is current.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "examples"
HEADERS = ("satker", "predikat", "tim_penilai", "tahap", "tanggal", "peserta")
KINDS = ("Lapas Kelas IIA", "Lapas Kelas III", "Rutan Kelas IIB", "Kantor Imigrasi Kelas II", "Bapas Kelas II")
CITIES = ("Medan", "Binjai", "Pematangsiantar", "Tebing Tinggi", "Sibolga", "Kisaran", "Rantauprapat", "Tanjungbalai")
PLAN = (
    ("perencanaan", "Oktober - Desember 2023", ""),
    ("pembentukan_tim", "08/01/2024", ""),
    ("sosialisasi", "22/01/2024", "seluruh pegawai"),
    ("pencanangan", "23/01/2024", "kepala dan seluruh pegawai"),
    ("pembangunan", "24 Januari - 31 Juli 2024", ""),
    ("analisis_kebutuhan", "Februari 2024", ""),
    ("inovasi", "Maret 2024", ""),
    ("survei", "29 April - 3 Mei 2024", "pengguna layanan"),
    ("evaluasi_tpi", "{tpi}", ""),
    ("pengusulan", "{proposal}", ""),
    ("penetapan", "11/12/2024", ""),
    ("pemantauan", "Januari 2025", ""),
)
TPI = {"Tim 1": "13-15 Mei 2024", "Tim 2": "20-22 Mei 2024"}


def units() -> list[tuple[str, str]]:
    """(satker, team): forty units, the first twenty for team 1."""
    names = [f"{KINDS[i % len(KINDS)]} {CITIES[i % len(CITIES)]}" for i in range(40)]
    return [(name, "Tim 1" if i < 20 else "Tim 2") for i, name in enumerate(names)]


def rows() -> list[list[str]]:
    out = []
    for i, (name, team) in enumerate(units()):
        proposal = "30/07/2024" if i % 2 else "31/07/2024"
        for n, (stage, date, people) in enumerate(PLAN):
            first = [name, "WBK", team] if n == 0 else ["", "", ""]
            out.append([*first, stage, date.format(tpi=TPI[team], proposal=proposal), people])
    return out


def render() -> dict[str, str]:
    plans = io.StringIO()
    csv.writer(plans, delimiter=";", lineterminator="\n").writerows([HEADERS, *rows()])
    names = io.StringIO()
    csv.writer(names, delimiter=";", lineterminator="\n").writerows(
        [("satker", "predikat", "tim_penilai"), *((name, "WBK", team) for name, team in units())]
    )
    return {"kanwil-40.csv": plans.getvalue(), "satker-40.csv": names.getvalue()}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in render().items():
        (OUT / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
