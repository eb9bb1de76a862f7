"""ZI9xx: input that could not be read. Produced while reading, reported by `validate`."""

from __future__ import annotations

from zi_timeline._findings import Severity
from zi_timeline._i18n import Text
from zi_timeline.rules._registry import Reference, Rule

_WAIVERS = Reference(
    "C", "zi_timeline: pengecualian tercatat (docs/waivers.md)", "zi_timeline: waivers on record (docs/waivers.md)"
)
_WAIVER_RATIONALE = Text(
    "Risiko yang diterima harus tercatat: apa, mengapa, siapa yang menerimanya, dan sampai kapan. Pengecualian "
    "yang tidak lengkap atau kedaluwarsa tidak berlaku; yang tidak terpakai menandakan catatan yang basi.",
    "An accepted risk must be on record: what, why, who accepted it and until when. An incomplete or expired "
    "waiver does not apply; an unused one is a stale record.",
)
_WAIVER = {"code": "ZI201", "reason": "rencana disusun ulang", "accepted_by": "Kakanwil", "expires": "31 Desember 2099"}
_WAIVER_EXAMPLE: dict[str, object] = {
    "unit": "Lapas Contoh",
    "target": "WBK",
    "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"},
}
_READ = Reference(
    "C",
    "zi_timeline: dalam mode batch setiap unit tetap muncul; masukan rusak menjadi temuan",
    "zi_timeline: in batch mode every unit still appears; broken input becomes a finding",
)


def _input_rule(code: str, name: str, summary: Text, fix: Text, example: dict[str, object]) -> Rule:
    return Rule(
        code=code,
        name=name,
        family="input",
        severity=Severity.ERROR,
        summary=summary,
        rationale=Text(
            "Nilai yang tidak terbaca tidak boleh diam-diam dibuang atau ditebak; unit tetap dilaporkan "
            "dengan letak nilai yang salah.",
            "A value that cannot be read is never silently dropped or guessed; the unit is still reported, with "
            "the place of the bad value.",
        ),
        fix_hint=fix,
        references=(_READ,),
        example=example,
    )


RULES = (
    _input_rule(
        "ZI901",
        "invalid-date",
        Text(
            "Tanggal tidak dapat dibaca atau tidak ada di kalender (mis. '31 Februari 2024').",
            "A date cannot be read or does not exist (e.g. '31 Februari 2024').",
        ),
        Text("Tulis tanggal dalam bentuk yang dikenal.", "Write the date in a known form."),
        {"unit": "Lapas Contoh", "target": "WBK", "milestones": {"pencanangan": "31 Februari 2024"}},
    ),
    _input_rule(
        "ZI902",
        "unknown-stage",
        Text(
            "Nama tahap tidak dikenal; pesan menyarankan tahap terdekat.",
            "Unknown stage name; the message suggests the nearest stage.",
        ),
        Text("Gunakan nama tahap yang dikenal.", "Use a known stage name."),
        {"unit": "Lapas Contoh", "target": "WBK", "milestones": {"pencanagan": "Januari 2024"}},
    ),
    _input_rule(
        "ZI903",
        "invalid-field",
        Text(
            "Isian wajib tidak ada, isian tidak dikenal, atau bentuknya salah.",
            "A required field is missing, a field is unknown, or its shape is wrong.",
        ),
        Text("Perbaiki isian sesuai bentuk jadwal.", "Fix the field to the schedule's shape."),
        {"unit": "Lapas Contoh", "milestones": {"pencanangan": "Januari 2024"}},
    ),
    _input_rule(
        "ZI904",
        "end-before-start",
        Text("Tanggal selesai sebuah tahap sebelum tanggal mulainya.", "A stage ends before it starts."),
        Text("Tukar atau perbaiki tanggal mulai dan selesai.", "Swap or correct the start and end dates."),
        {
            "unit": "Lapas Contoh",
            "target": "WBK",
            "milestones": [{"stage": "pembangunan", "start": "Mei 2024", "end": "Februari 2024"}],
        },
    ),
    Rule(
        code="ZI908",
        name="weekday-mismatch",
        family="input",
        severity=Severity.WARNING,
        summary=Text(
            "Nama hari yang tertulis tidak cocok dengan tanggalnya (mis. 'Selasa (23/11/2025)' jatuh pada Minggu).",
            "A written weekday disagrees with its date (e.g. 'Selasa (23/11/2025)' is a Sunday).",
        ),
        rationale=Text(
            "Surat dan berita menulis hari dan tanggal; bila keduanya tidak cocok, salah satunya salah ketik. "
            "Tanggal tetap dibaca, tetapi perencana harus memastikan mana yang benar.",
            "Letters and news write the weekday with the date; when they disagree one of them is a typo. The date "
            "is still read, but the planner must confirm which one is right.",
        ),
        fix_hint=Text("Perbaiki tanggal atau nama harinya.", "Correct the date or the weekday."),
        references=(_READ,),
        added="0.2.0",
        example={
            "unit": "Lapas Contoh",
            "target": "WBK",
            "milestones": {"pemantauan": "Selasa (23/11/2025)"},
        },
    ),
    Rule(
        code="ZI905",
        name="waiver-invalid",
        family="input",
        severity=Severity.WARNING,
        summary=Text(
            "Pengecualian tanpa alasan, penerima risiko atau tanggal berakhir, atau dengan kode yang tidak dikenal.",
            "A waiver without a reason, who accepted it or an expiry date, or with an unknown code.",
        ),
        rationale=_WAIVER_RATIONALE,
        fix_hint=Text("Lengkapi pengecualian.", "Complete the waiver."),
        references=(_WAIVERS,),
        added="0.2.0",
        example={**_WAIVER_EXAMPLE, "waivers": [{"code": "ZI201", "accepted_by": "Kakanwil"}]},
    ),
    Rule(
        code="ZI906",
        name="waiver-expired",
        family="input",
        severity=Severity.WARNING,
        summary=Text(
            "Pengecualian yang sudah berakhir; temuannya kembali berlaku.",
            "An expired waiver; its findings count again.",
        ),
        rationale=_WAIVER_RATIONALE,
        fix_hint=Text("Perbarui pengecualian atau perbaiki temuannya.", "Renew the waiver or fix the finding."),
        references=(_WAIVERS,),
        added="0.2.0",
        example={**_WAIVER_EXAMPLE, "waivers": [{**_WAIVER, "expires": "31 Desember 2024"}]},
    ),
    Rule(
        code="ZI907",
        name="waiver-unused",
        family="input",
        severity=Severity.INFO,
        summary=Text("Pengecualian yang tidak mengecualikan temuan apa pun.", "A waiver that waives no finding."),
        rationale=_WAIVER_RATIONALE,
        fix_hint=Text("Hapus pengecualian yang tidak terpakai.", "Remove the unused waiver."),
        references=(_WAIVERS,),
        added="0.2.0",
        example={**_WAIVER_EXAMPLE, "waivers": [{**_WAIVER, "code": "ZI403"}]},
    ),
)
