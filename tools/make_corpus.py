"""Write the bad-input corpus under tests/corpus/ and its expectations (tests/corpus/expected.json).

Run from the repository root: python tools/make_corpus.py
Each file is something a planner or another tool might really hand us: empty, truncated,
in the wrong encoding or separator, with merged header cells, unknown stages, impossible
dates, far-off years, duplicate units, missing columns, huge cells, deep nesting, YAML
tags and alias bombs. The expectation says what the CLI must do: exit 2 with a one-line
message naming the file (and where known row and column), or report every unit.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus"
GOOD = {"unit": "Lapas A", "target": "WBK", "milestones": {"perencanaan": "Oktober 2023", "pengusulan": "22 Juli 2024"}}
HEADER = "satker;predikat;tahap;tanggal;mulai;selesai\n"

# name -> (content, expectation). Expectation: {"exit": 2, "contains": [...]} or
# {"exit": 0|1, "units": n, "codes": [codes that must appear]}.
CASES: dict[str, tuple[bytes, dict[str, object]]] = {}


def case(name: str, content: bytes | str, **expect: object) -> None:
    CASES[name] = (content.encode("utf-8") if isinstance(content, str) else content, expect)


def js(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def unit(**milestones: object) -> dict[str, object]:
    return {"unit": "Lapas A", "target": "WBK", "milestones": milestones}


# --- JSON -------------------------------------------------------------------------
case("json/empty.json", "", exit=2, contains=["JSON"])
case("json/truncated.json", js([GOOD])[:-20], exit=2, contains=["JSON", "baris 1"])
case("json/not-json.json", "jadwal ZI 2024", exit=2, contains=["JSON"])
case("json/deep.json", "[" * 200_000 + "]" * 200_000, exit=2, contains=["JSON"])
case("json/number.json", "42", exit=2, contains=["schedules"])
case("json/string.json", '"jadwal"', exit=2, contains=["schedules"])
case("json/null.json", "null", exit=2, contains=["schedules"])
case("json/schedules-not-list.json", js({"schedules": 5}), exit=2, contains=["schedules"])
case("json/invalid-utf8.json", b'[{"unit": "Lapas \xff"}]', exit=2, contains=["UTF-8"])
case("json/bom.json", "\ufeff" + js([GOOD]), exit=1, units=1, codes=["ZI102"])
case("json/unknown-stage.json", js([unit(rapat_koordinasi="Juni 2024")]), exit=1, units=1, codes=["ZI902"])
case("json/misspelled-stage.json", js([unit(pencanagan="Juni 2024")]), exit=1, units=1, codes=["ZI902"])
case("json/impossible-date.json", js([unit(pencanangan="31 Februari 2024")]), exit=1, units=1, codes=["ZI901"])
case("json/no-year.json", js([unit(pencanangan="Selasa (20/02)")]), exit=1, units=1, codes=["ZI901"])
case("json/ambiguous-date.json", js([unit(pencanangan="13/13/2024")]), exit=1, units=1, codes=["ZI901"])
case("json/two-digit-year.json", js([unit(pencanangan="26/8/25")]), exit=1, units=1, codes=["ZI102"])
case(
    "json/far-years.json",
    js([unit(perencanaan="Juni 1850", pencanangan="Juni 2999")]),
    exit=1,
    units=1,
    codes=["ZI901"],
)
case("json/duplicate-units.json", js([GOOD, GOOD]), exit=1, units=2, codes=["ZI102"])
case("json/missing-fields.json", js([{"unit": "Lapas A"}, {}]), exit=1, units=2, codes=["ZI903"])
case(
    "json/wrong-types.json",
    js([{"unit": 7, "target": 123, "milestones": "Juni 2024"}]),
    exit=1,
    units=1,
    codes=["ZI903"],
)
case(
    "json/huge-cell.json",
    js([{**GOOD, "milestones": {"perencanaan": {"date": "Oktober 2023", "note": "x" * 500_000}}}]),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case("json/huge-date.json", js([unit(pencanangan="1" * 100_000)]), exit=1, units=1, codes=["ZI901"])
case("json/nested-values.json", js([unit(pencanangan=[[[["Juni 2024"]]]] * 50)]), exit=1, units=1, codes=["ZI901"])
case("json/bad-waivers.json", js([{**GOOD, "waivers": [{"reason": "x"}, "ZI201"]}]), exit=1, units=1, codes=["ZI903"])

# --- CSV --------------------------------------------------------------------------
case("csv/empty.csv", "", exit=2, contains=["satker"])
case("csv/header-only.csv", HEADER, exit=0, units=0, codes=[])
case(
    "csv/wrong-separator.csv",
    "satker|predikat|tahap|tanggal\nLapas A|WBK|perencanaan|Juni 2024\n",
    exit=2,
    contains=["satker"],
)
case(
    "csv/cp1252.csv",
    (HEADER + "Lapas Pérak;WBK;perencanaan;Juni 2024;;\n").encode("cp1252"),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "csv/utf16.csv",
    ("satker\tpredikat\ttahap\ttanggal\nLapas A\tWBK\tperencanaan\tJuni 2024\n").encode("utf-16"),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case("csv/truncated.csv", HEADER + 'Lapas A;WBK;perencanaan;"Juni 20', exit=1, units=1, codes=["ZI901"])
case("csv/nul-bytes.csv", HEADER + "Lapas A;WBK;perencanaan;Juni\x00 2024;;\n", exit=1, units=1, codes=["ZI102"])
case("csv/missing-columns.csv", "satker;predikat\nLapas A;WBK\nRutan B;WBK\n", exit=1, units=2, codes=["ZI102"])
case("csv/unknown-stage.csv", HEADER + "Lapas A;WBK;rapat;Juni 2024;;\n", exit=1, units=1, codes=["ZI902"])
case("csv/impossible-date.csv", HEADER + "Lapas A;WBK;pencanangan;31/02/2024;;\n", exit=1, units=1, codes=["ZI901"])
case(
    "csv/end-before-start.csv",
    HEADER + "Lapas A;WBK;pembangunan;;01/07/2024;01/02/2024\n",
    exit=1,
    units=1,
    codes=["ZI904"],
)
case(
    "csv/non-contiguous.csv",
    HEADER + "A;WBK;perencanaan;Juni 2024;;\nB;WBK;perencanaan;Juni 2024;;\nA;;pengusulan;Juli 2024;;\n",
    exit=1,
    units=3,
    codes=["ZI903"],
)
case("csv/no-unit-first.csv", HEADER + ";;perencanaan;Juni 2024;;\n", exit=1, units=1, codes=["ZI102"])
case(
    "csv/huge-cell.csv",
    HEADER + "Lapas A;WBK;perencanaan;" + "x" * 500_000 + ";;\n",
    exit=2,
    contains=["CSV", "baris 2"],
)
case(
    "csv/many-columns.csv",
    "satker;predikat;" + ";".join(f"kolom{i}" for i in range(2000)) + "\nA;WBK\n",
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "csv/quoted-newlines.csv", HEADER + '"Lapas\nA";WBK;perencanaan;"Juni\n2024";;\n', exit=1, units=1, codes=["ZI102"]
)
case("csv/formula-unit.csv", HEADER + '=HYPERLINK("x");WBK;perencanaan;Juni 2024;;\n', exit=1, units=1, codes=["ZI102"])
case(
    "csv/wide-bad-dates.csv",
    "satker,predikat,perencanaan,pengusulan\nA,WBK,kemarin,Agustus 2024\nB,WBBM,Juni 2024,2024-13-01\n",
    exit=1,
    units=2,
    codes=["ZI901", "ZI401"],
)
case(
    "csv/blank-lines.csv",
    "\n\n" + HEADER + "\n\nLapas A;WBK;perencanaan;Juni 2024;;\n\n",
    exit=1,
    units=1,
    codes=["ZI102"],
)


# --- XLSX -------------------------------------------------------------------------
def xlsx(
    rows: list[list[object]], *, merge: str | None = None, title: str = "Jadwal", extra: str | None = None
) -> bytes:
    import openpyxl  # noqa: PLC0415 - a development script

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    if extra:
        book.create_sheet(extra).append(["Petunjuk pengisian"])
    book.properties.created = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XHEAD = ["satker", "predikat", "tahap", "tanggal", "mulai", "selesai"]
FEB, JUN, JUL = (dt.datetime(2024, m, d, tzinfo=None) for m, d in ((2, 1), (6, 1), (7, 22)))
valid = xlsx([XHEAD, ["Lapas A", "WBK", "perencanaan", "Juni 2024"]])
case("xlsx/empty.xlsx", xlsx([]), exit=2, contains=["satker"])
case("xlsx/not-zip.xlsx", "bukan berkas excel", exit=2, contains=["XLSX"])
case("xlsx/truncated.xlsx", valid[: len(valid) // 2], exit=2, contains=["XLSX"])
case("xlsx/zip-without-workbook.xlsx", b"", exit=2, contains=["XLSX"])
case(
    "xlsx/merged-title.xlsx",
    xlsx([["Jadwal ZI 2024"], XHEAD, ["Lapas A", "WBK", "perencanaan", "Juni 2024"]], merge="A1:F1"),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "xlsx/merged-header.xlsx",
    xlsx(
        [
            ["satker", "predikat", "tahap", "tanggal", None, "selesai"],
            ["Lapas A", "WBK", "pembangunan", None, dt.datetime(2024, 2, 1), dt.datetime(2024, 6, 1)],
        ],
        merge="D1:E1",
    ),
    exit=1,
    units=1,
    codes=["ZI903"],
)
case(
    "xlsx/serials.xlsx",
    xlsx([XHEAD, ["Lapas A", "WBK", "pencanangan", 45313], ["", "", "pengusulan", JUL]]),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "xlsx/bad-date.xlsx",
    xlsx([XHEAD, ["Lapas A", "WBK", "pencanangan", "31 Februari 2024"]]),
    exit=1,
    units=1,
    codes=["ZI901"],
)
case(
    "xlsx/two-sheets.xlsx",
    xlsx([XHEAD, ["Lapas A", "WBK", "perencanaan", "Juni 2024"]], extra="Petunjuk"),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "xlsx/formula-cell.xlsx",
    xlsx([XHEAD, ["Lapas A", "WBK", "pencanangan", "=DATE(2024,6,1)"]]),
    exit=2,
    contains=["rumus", "kolom D"],
)
case("xlsx/number-stage.xlsx", xlsx([XHEAD, ["Lapas A", "WBK", 123, "Juni 2024"]]), exit=1, units=1, codes=["ZI902"])
case("xlsx/no-header.xlsx", xlsx([["nama", "tanggal"], ["A", "Juni 2024"]]), exit=2, contains=["satker"])

# --- YAML -------------------------------------------------------------------------
case("yaml/empty.yaml", "", exit=2, contains=["schedules"])
case("yaml/invalid.yaml", "- unit: A\n  target: WBK\n   milestones: x\n", exit=2, contains=["YAML", "baris"])
case("yaml/tabs.yaml", "- unit: A\n\ttarget: WBK\n", exit=2, contains=["YAML"])
case("yaml/python-tag.yaml", "- !!python/object/apply:os.system ['echo hi']\n", exit=2, contains=["YAML"])
case("yaml/custom-tag.yaml", "- unit: !include lain.yaml\n", exit=2, contains=["YAML"])
case(
    "yaml/alias-bomb.yaml",
    "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8)
    )
    + "schedules:\n  - unit: Lapas A\n    target: WBK\n    milestones: *i\n",
    exit=2,
    contains=["alias"],
)
case("yaml/scalars.yaml", "- satu\n- dua\n", exit=1, units=2, codes=["ZI903"])
case(
    "yaml/duplicate-keys.yaml",
    "unit: A\nunit: B\ntarget: WBK\nmilestones: {perencanaan: Juni 2024}\n",
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "yaml/impossible-yaml-date.yaml",
    "unit: A\ntarget: WBK\nmilestones: {perencanaan: 2024-13-03}\n",
    exit=2,
    contains=["YAML"],
)
case(
    "yaml/dates-as-yaml-dates.yaml",
    "unit: A\ntarget: WBK\nmilestones: {perencanaan: 2024-06-03, pengusulan: 2024-07-22}\n",
    exit=1,
    units=1,
    codes=["ZI102"],
)


# --- Hostile input (issue 12): one case per cause the security review found ------------
case("json/awal-recursion.json", js([unit(pencanangan="awal " * 5000 + "Juni 2024")]), exit=1, units=1, codes=["ZI901"])
case("json/int-400-digits.json", js([unit(pencanangan=10**400)]), exit=1, units=1, codes=["ZI901"])
case(
    "json/int-5000-digits.json",
    js([unit(pencanangan=0)]).replace(": 0", ": 1" + "0" * 5000),  # past Python's int conversion limit
    exit=1,
    units=1,
    codes=["ZI901"],
)
case("json/serial-year-9999.json", js([unit(pencanangan=2958465)]), exit=1, units=1, codes=["ZI901"])
case("json/long-digits.json", js([unit(pencanangan="1" * 400_000)]), exit=1, units=1, codes=["ZI901"])
case(
    "json/math-text-unit.json",
    js([{**GOOD, "unit": "$" + "\\frac{" * 50 + "}" * 50 + "$ " * 300}]),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "json/control-unit.json", js([{**GOOD, "unit": "Lapas \x1b[2J\x07\x00 A\u202e"}]), exit=1, units=1, codes=["ZI102"]
)
case("json/surrogate-unit.json", '[{"unit": "Lapas \\udcff", "target": "WBK"}]', exit=1, units=1, codes=["ZI102"])
case(
    "csv/unbalanced-quote.csv",
    HEADER
    + 'Lapas A;WBK;perencanaan;"Juni 2024;;\nRutan B;WBK;perencanaan;Juni 2024;;\nRutan C;WBK;survei;Mei 2024;;\n',
    exit=2,
    contains=["kutip", "baris 2", "kolom D"],
)
case(
    "xlsx/formula-unit.xlsx",
    xlsx(
        [XHEAD, ["Lapas A", "WBK", "perencanaan", "Juni 2024"], ['=CONCAT("Rutan"," B")', "WBK", "survei", "Mei 2024"]]
    ),
    exit=2,
    contains=["rumus", "kolom A"],
)
case(
    "xlsx/year-9999.xlsx",
    xlsx([XHEAD, ["Lapas A", "WBK", "pencanangan", dt.datetime(9999, 12, 31)]]),
    exit=1,
    units=1,
    codes=["ZI901"],
)


def patched(book: bytes, parts: dict[str, bytes]) -> bytes:
    """*book* with some zip parts replaced or added (fixed timestamps: the corpus is reproducible)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(book)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = parts.pop(info.filename, None) or source.read(info.filename)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
        for name, data in parts.items():
            target.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def sheet_xml(rows: str, dimension: str = "A1:D2") -> bytes:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return f'<worksheet xmlns="{ns}"><dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'.encode()


def inline_row(number: int, values: list[str]) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values) if v
    )
    return f'<row r="{number}">{cells}</row>'


SHEET = "xl/worksheets/sheet1.xml"
GOOD_ROWS = inline_row(1, XHEAD[:4]) + inline_row(2, ["Lapas A", "WBK", "perencanaan", "Juni 2024"])
case(
    "xlsx/dimension-claim.xlsx",
    patched(valid, {SHEET: sheet_xml(GOOD_ROWS, "A1:XFD1048576")}),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "xlsx/far-rows.xlsx",
    patched(
        valid,
        {SHEET: sheet_xml(GOOD_ROWS + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', "A1:XFD1048576")},
    ),
    exit=1,
    units=1,
    codes=["ZI102"],
)
case(
    "xlsx/no-header-long.xlsx",
    patched(valid, {SHEET: sheet_xml("".join(inline_row(n, ["nama", "Juni 2024"]) for n in range(1, 60_001)))}),
    exit=2,
    contains=["satker"],
)
case(
    "xlsx/sheet-bomb.xlsx",
    patched(valid, {SHEET: sheet_xml(GOOD_ROWS + " " * (65 * 1024 * 1024))}),
    exit=2,
    contains=["XLSX", "sheet1.xml"],
)
case(
    "xlsx/shared-strings-bomb.xlsx",
    patched(valid, {"xl/sharedStrings.xml": b"<sst><si><t>" + b"A" * (17 * 1024 * 1024) + b"</t></si></sst>"}),
    exit=2,
    contains=["XLSX", "sharedStrings"],
)
CENTRAL = valid.index(b"PK\x01\x02")  # the first central directory entry; +6 is "version needed"
case(  # a zip entry needing a zip version Python does not know (found by bench/fuzz.py)
    "xlsx/zip-version.xlsx",
    valid[: CENTRAL + 6] + b"\xc8\x00" + valid[CENTRAL + 8 :],
    exit=2,
    contains=["XLSX"],
)
case(
    "yaml/year-9999.yaml",
    "unit: A\ntarget: WBK\nmilestones: {perencanaan: 9999-12-31, pengusulan: 2024-07-22}\n",
    exit=1,
    units=1,
    codes=["ZI901"],
)
case(
    "yaml/alias-note.yaml",
    "a: &a [xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]\n"
    + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 8)}]\n" for i in range(7))
    + "schedules:\n  - unit: Lapas A\n    target: WBK\n"
    + "    milestones: [{stage: perencanaan, date: Juni 2024, note: *h, participants: *h}]\n",
    exit=2,
    contains=["alias"],
)


def main() -> int:
    expected = {}
    for name, (content, expect) in sorted(CASES.items()):
        path = ROOT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        expected[name] = expect
    (ROOT / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(CASES)} corpus files written to {ROOT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
