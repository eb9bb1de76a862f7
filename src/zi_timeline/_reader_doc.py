"""docs/reader.md, "what the reader understands": generated from the alias and date tables.

`DATE_FORMS` is the table of date forms with the reading of each; a test parses every
example and checks it gives the span written here, and another checks the page has not
drifted from this module (``zi-timeline aliases --markdown > docs/reader.md``).
"""

from __future__ import annotations

from collections import defaultdict

from zi_timeline._aliases import Aliases, _data, bundled, qualifiers
from zi_timeline._i18n import Lang, Text
from zi_timeline._parse import parse_date
from zi_timeline._stages import Stage
from zi_timeline._unit_blocks import PERIOD_STAGES

__all__ = ["DATE_FORMS", "reader_markdown"]

_EXACT = Text("hari itu", "that day")
# (example, year for forms without one, strength of the reading, reading)
# Strength: "-" = plain reading of what is written; "C" = a convention of this library.
DATE_FORMS: tuple[tuple[str, int | None, str, Text], ...] = (
    ("20 Februari 2024", None, "-", _EXACT),
    ("20/02/2024", None, "-", Text("hari/bulan/tahun", "day/month/year")),
    (
        "17/2/21",
        None,
        "C",
        Text(
            "tahun dua angka = 20xx (juga '1 Juni 99', 'Jun-99', \"Mei '24\"; tidak pernah 19xx)",
            "a two-digit year is 20xx (also '1 Juni 99', 'Jun-99', \"Mei '24\"; never 19xx)",
        ),
    ),
    ("2024-05-01", None, "-", Text("tahun-bulan-hari (keluaran perangkat lunak)", "year-month-day (software)")),
    ("2024-05-01 00:00:00", None, "-", Text("tanggal dan jam dari pandas; jam diabaikan", "pandas date and time")),
    ("2024/5/1", None, "-", Text("empat angka di depan selalu tahun", "four digits first is always the year")),
    ("2024-07-22T08:30:00+07:00", None, "-", Text("ISO 8601 dengan zona", "ISO 8601 with a zone")),
    ("Selasa (20/02)", 2024, "-", Text("gaya berita; tahun dari jadwal", "news style; year from the schedule")),
    ("Senin, (22/04/2024)", None, "-", Text("hari dengan koma dan kurung", "weekday with comma and bracket")),
    ("Jumat (17/05/ 2024)", None, "-", Text("spasi di sekitar '/' diabaikan", "spaces around '/' ignored")),
    ("04/07/2023, 21:40 WIB", None, "-", Text("jam dan zona waktu diabaikan", "clock time and zone ignored")),
    ("3 Juni 2024 pukul 09.00 WITA", None, "-", Text("'pukul' dan jam diabaikan", "'pukul' and the time ignored")),
    ("Jumat (12/5) siang", 2024, "-", Text("kata waktu (pagi/siang/sore/malam) diabaikan", "time-of-day word ignored")),
    ("Juni 2024", None, "-", Text("seluruh bulan, bukan tanggal tebakan", "the whole month, never a guessed day")),
    ("06/2024", None, "-", Text("bulan/tahun", "month/year")),
    ("awal Juli 2024", None, "C", Text("tanggal 1-10", "days 1-10")),
    ("pertengahan Juni 2024", None, "C", Text("tanggal 11-20", "days 11-20")),
    ("akhir Juli 2024", None, "C", Text("tanggal 21 sampai akhir bulan", "day 21 to the month's end")),
    ("minggu ke-2 Juni 2024", None, "C", Text("tanggal 8-14; minggu ke-5 = 29-akhir", "days 8-14; week 5 = 29-end")),
    ("pekan kedua Juni 2024", None, "C", Text("sama dengan minggu ke-2", "same as minggu ke-2")),
    (
        "paling lambat 15 Juni 2024",
        None,
        "C",
        Text("suatu hari di bulan itu sampai tanggal 15", "a day of that month up to the 15th"),
    ),
    ("s.d. 30 Juni 2024", None, "C", Text("batas akhir: Juni sampai tanggal 30", "deadline: June up to the 30th")),
    ("Triwulan II 2024", None, "-", Text("April-Juni", "April-June")),
    ("Semester 1 2024", None, "-", Text("Januari-Juni", "January-June")),
    ("TA. 2021", None, "-", Text("tahun anggaran = tahun kalender", "budget year = calendar year")),
    ("19-30 Mei 2022", None, "-", Text("rentang hari", "a range of days")),
    ("14 s.d. 21 Mei 2023", None, "-", Text("rentang dengan s.d.", "a range with s.d.")),
    ("30 Agustus 2024 hingga 4 September 2024", None, "-", Text("rentang dengan hingga", "a range with hingga")),
    (
        "Desember - Januari 2025",
        None,
        "C",
        Text(
            "melewati tahun baru: awal tanpa tahun di Oktober-Desember, akhir di Januari-Maret",
            "across the new year: a start without its year in October-December, the end in January-March",
        ),
    ),
    ("45463", None, "-", Text("nomor seri tanggal Excel", "an Excel date serial")),
    (
        "Jul-24",
        2024,
        "C",
        Text(
            "format Excel mmm-yy: bulan dan tahun 20xx; ditolak bila tahun jadwal lain (Des-23 pada 2024)",
            "Excel's mmm-yy: month and year 20xx; refused when the schedule's year differs (Des-23 in 2024)",
        ),
    ),
    ("Mei '24", None, "-", Text("apostrof selalu menandai tahun", "an apostrophe always marks the year")),
    (
        "pertengahan Juni - Juli 2024",
        None,
        "-",
        Text(
            "awal rentang di tengah bulan, ditulis dengan tanggalnya",
            "a range starting mid-month, written with its day",
        ),
    ),
    ("15 Juni - Juli 2024", None, "-", Text("awal pada hari itu", "starting on that day")),
)

_REFUSED = (
    ("Selasa (23/11/2025)", Text("dibaca, dengan peringatan ZI908 (hari Minggu)", "read, with warning ZI908")),
    ("05/13/2024", Text("bulan 13 tidak ada: urutan bulan/hari tidak pernah ditebak", "no month 13: never swapped")),
    ("Sosialisasi hasil survei IKM", Text("dua tahap dalam satu sel: ditolak", "two stages in one cell: refused")),
    ("12, 15 Juli 2024", Text("daftar hari, bukan satu tanggal: ditolak", "a list of days, not one date: refused")),
    (
        "12/15 Juli 2024",
        Text(
            "dua angka hari (juga '12 15 Juli', '12.15 Juli', '24 Juli 2024 12'): ditolak",
            "two day numbers (also '12 15 Juli', '12.15 Juli', '24 Juli 2024 12'): refused",
        ),
    ),
    (
        "Juni - Mei 2024",
        Text(
            "akhir sebelum awal (juga '3 - 2 Juni 2024'): ditolak, tidak dijadikan rentang setahun",
            "ends before it starts (also '3 - 2 Juni 2024'): refused, never made a year-long span",
        ),
    ),
    (
        "Mei 24",
        Text(
            "tanggal, tahun dua angka, atau tahun terpotong? ditolak; tulis 'Mei 2024' atau '24 Mei 2024'",
            "a day, a two-digit year or a cut-off year? refused",
        ),
    ),
    ("minggu 2 Juli 2024", Text("minggu ke-2 atau hari Minggu? ditolak", "week 2 or Sunday? refused")),
    ("Des-23", Text("dengan tahun 2024: Desember 2023 atau 23 Desember 2024? ditolak", "with year 2024: refused")),
    (
        "Senin-Selasa (8-9/5)",
        Text("dibaca; tiap hari yang ditulis diperiksa (ZI908)", "read; each weekday written is checked (ZI908)"),
    ),
    ("Evaluasi TPI dan TPN", Text("dua tahap (evaluasi TPI, evaluasi TPN): ditolak", "two stages: refused")),
    ("Persiapan Pengusulan", Text("persiapan, bukan pengusulan itu sendiri: ditolak", "a preparation: refused")),
    ("Pembangunan gedung", Text("'gedung' bukan kata ZI: ditolak", "'gedung' is not a ZI word: refused")),
    (
        "Penetapan Standar Pelayanan",
        Text("menetapkan standar pelayanan, bukan predikat: ditolak", "setting a service standard: refused"),
    ),
    ("Pengusulan ke Itjen", Text("usulan internal kepada TPI: ditolak", "an internal proposal to the TPI: refused")),
    ("Desk Evaluasi oleh Itjen", Text("dibaca sebagai evaluasi TPI", "read as the internal evaluation (TPI)")),
)


def _open_periods() -> Text:
    periods = sorted(PERIOD_STAGES, key=lambda stage: stage.order)
    events = sorted(set(Stage) - PERIOD_STAGES, key=lambda stage: stage.order)

    def names(stages: list[Stage], lang: Lang) -> str:
        return ", ".join(stage.label(lang) for stage in stages)

    return Text(
        "dengan kolom `Mulai | Selesai`, tahap yang berupa masa (" + names(periods, "id") + ") yang diberi tanggal "
        "mulai dan `Selesai` kosong adalah ZI903 yang menyebut sel kosongnya, bukan satu hari; tahap yang berupa "
        "peristiwa (" + names(events, "id") + ") boleh mengosongkan `Selesai` dan dibaca pada hari itu; tanggal "
        "mulai yang sudah berupa masa (`Oktober 2023`, `Triwulan IV 2023`) dibaca seperti tertulis",
        "with `Mulai | Selesai` columns, a stage that is a period (" + names(periods, "en") + ") given a start day "
        "and an empty `Selesai` is a ZI903 naming the empty cell, never one day; a stage that is an event ("
        + names(events, "en")
        + ") may leave `Selesai` empty and is read on that day; a start that is a period itself (`Oktober 2023`, "
        "`Triwulan IV 2023`) is read as written",
    )


_LAYOUT = (
    Text(
        "judul dua baris (`Waktu Pelaksanaan` digabung di atas `Mulai | Selesai`) dibaca sebagai satu judul: "
        "`Waktu Pelaksanaan (Mulai)`, `Waktu Pelaksanaan (Selesai)`",
        "a two-row header (`Waktu Pelaksanaan` merged over `Mulai | Selesai`) is read as one header",
    ),
    Text(
        "kolom tanpa judul yang berisi nilai, dan kolom yang tidak dikenal, disebut dalam peringatan",
        "a column without a header that holds values, and an unknown column, are named in a warning",
    ),
    Text(
        "lembar tanpa kolom tahapan atau tanggal (rekap: `Jumlah Kegiatan`, `Status`) dilewati dengan satu "
        "peringatan; satker yang muncul di dua lembar jadwal mendapat ZI903",
        "a sheet without a stage or date column (a recap) is skipped with one warning; a unit in two schedule "
        "sheets gets a ZI903",
    ),
    Text(
        "alias pengguna (`--aliases`) menang atas kata bawaan, dengan satu peringatan; satu kata untuk dua tahap "
        "dalam berkas pengguna ditolak",
        "a user's alias (`--aliases`) wins over a built-in word, with one warning; one word for two stages in "
        "the user's file is refused",
    ),
    Text(
        "baris nomor kolom tepat di bawah judul (`1 | 2 | 3 ...` atau `(1) | (2) | (3) ...`, boleh kosong di bawah "
        "judul yang digabung) dilewati dengan satu peringatan, bukan dibaca sebagai satker",
        "a row of column numbers right under the header (`1 | 2 | 3 ...` or `(1) | (2) | (3) ...`, blanks under "
        "a merged header allowed) is skipped with one warning, never read as a unit",
    ),
    Text(
        "isian satker (Predikat, Tim Penilai, Tanggal WBK, Dicabut, Tahun) boleh diulang sama atau dikosongkan di "
        "baris berikutnya; dua nilai berbeda dalam baris satu satker adalah ZI903 yang menyebut keduanya, dan "
        "isiannya tidak diketahui (bukan nilai pertama)",
        "a unit field (Predikat, Tim Penilai, Tanggal WBK, Dicabut, Tahun) may be repeated equal or left empty on "
        "later rows; two different values in one unit's rows are a ZI903 quoting both, and the field is unknown "
        "(never the first value)",
    ),
    _open_periods(),
)


def _row(*cells: str) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def reader_markdown(user: Aliases | None = None) -> str:
    """The page: date forms with their reading, then every column and stage alias with its source."""
    aliases = bundled().merged(user)
    lines = [
        "# Yang dipahami pembaca / What the reader understands",
        "",
        "<!-- Generated by `zi-timeline aliases --markdown`; do not edit by hand. -->",
        "",
        "A value the reader is not sure of is an error or a ZI9xx finding that quotes it, never a guess.",
        "Strength `C` marks a reading that is a convention of this library.",
        "",
        "## Tanggal / Dates",
        "",
        _row("ditulis / written", "dibaca / read as", "presisi / precision", "kekuatan / strength", "catatan / note"),
        _row("---", "---", "---", "---", "---"),
    ]
    for example, year, strength, note in DATE_FORMS:
        span = parse_date(example, year=year)
        lines.append(
            _row(f"`{example}`", span.format("id"), span.precision.value, strength, f"{note.id} / {note.en}")
        )
    lines += ["", "Ditolak atau diperingatkan / Refused or warned:", ""]
    lines += [f"- `{value}`: {why.id} / {why.en}" for value, why in _REFUSED]
    lines += ["", "## Tata letak / Layout", "", *(f"- {text.id} / {text.en}" for text in _LAYOUT)]
    for kind, title in (("column", "Kolom / Columns"), ("stage", "Tahap / Stages")):
        lines += ["", f"## {title}", "", _row("arti / meaning", "alias", "sumber / source"), _row("---", "---", "---")]
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for entry in aliases.entries:
            if entry.kind == kind:
                groups[entry.meaning, entry.source].append(entry.alias)
        for (meaning, source), names in groups.items():
            lines.append(_row(f"`{meaning}`", ", ".join(names), source))
    return "\n".join([*lines, *_meaning_words()]) + "\n"


def _meaning_words() -> list[str]:
    """The words that make a stage name refused (ZI902), the bare stage words, and the evaluators."""
    found, bares = qualifiers()
    lines = [
        "",
        "## Kata yang mengubah arti tahap / Words that change a stage's meaning",
        "",
        (
            "Sel yang memuat nama tahap dan salah satu kata ini di luar nama itu ditolak (ZI902), tidak dibaca "
            "sebagai tahap itu. / A cell holding a stage name and one of these words outside it is refused (ZI902)."
        ),
        "",
        _row("kata / words", "posisi / position", "tahap / stages", "artinya / names", "sumber / source"),
        _row("---", "---", "---", "---", "---"),
    ]
    groups: dict[tuple[bool, tuple[str, ...], tuple[str, str], str], list[str]] = defaultdict(list)
    for q in found:
        groups[q.before_only, q.stages, q.means, q.source].append(" ".join(q.words))
    for (before, stages, means, source), names in groups.items():
        where = "sebelum / before" if before else "di mana saja / anywhere"
        which = ", ".join(f"`{s}`" for s in stages) or "semua / all"
        lines.append(_row(", ".join(names), where, which, f"{means[0]} / {means[1]}", source))
    lines += [
        "",
        "## Kata tahap yang perlu kata ZI sesudahnya / Stage words that need the stage's own words after them",
        "",
        (
            "Dalam sel yang lebih panjang, kata ini (atau alias tahap itu yang memuatnya) hanya diikuti kata di "
            "bawah ini atau angka; selain itu ditolak (ZI902). / In a longer cell these words (or an alias of the "
            "stage containing them) are followed only by the words below or numbers; else refused (ZI902)."
        ),
        "",
        _row("tahap / stage", "kata / words", "boleh diikuti / may be followed by", "contoh lain / else", "sumber"),
        _row("---", "---", "---", "---", "---"),
    ]
    for b in bares:
        followers = ", ".join(" ".join(c) for c in sorted(b.complements))
        if b.places:
            followers += "; " + ", ".join(sorted(b.places)) + " + tempat / place"
        aliases = ", ".join(" ".join(a) for a in b.aliases)
        lines.append(_row(f"`{b.stage}`", aliases, followers, f"{b.example[0]} / {b.example[1]}", b.source))
    return [*lines, *_evaluators()]


def _evaluators() -> list[str]:
    """The ``[[actor]]`` tables: an evaluation named with who does it."""
    data = _data()
    sources: dict[str, str] = data["sources"]
    lines = [
        "",
        "## Evaluasi dengan pelaksananya / An evaluation named with its evaluator",
        "",
        _row("tahap / stage", "kata / words", "oleh / by", "pelaksana / evaluator", "sumber / source"),
        _row("---", "---", "---", "---", "---"),
    ]
    for a in data.get("actor", ()):
        cells = (", ".join(a["heads"]), ", ".join(a["by"]), ", ".join(a["actors"]), sources[a["source"]])
        lines.append(_row(f"`{a['stage']}`", *cells))
    return lines
