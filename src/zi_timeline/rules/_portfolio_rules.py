"""ZI601 and ZI602 as the registry lists them: codes, texts, references and examples.

The rules' checks live in `zi_timeline.rules.portfolio`, which `validate_portfolio` imports;
`validate` never runs them, so the registry takes the rules from here without loading the
portfolio's load table and checks.
"""

from __future__ import annotations

from collections.abc import Mapping

from zi_timeline._findings import Severity
from zi_timeline._i18n import Text
from zi_timeline.rules._registry import Reference, Rule

__all__ = ["RULES"]


def _units(milestones: Mapping[str, str], count: int) -> dict[str, object]:
    return {
        "units": [
            {"unit": f"Lapas Kelas IIA Contoh {i}", "target": "WBK", "milestones": dict(milestones)}
            for i in range(1, count + 1)
        ]
    }


_SUMUT = Reference(
    "P",
    "sumut.kemenkumham.go.id, 'exit meeting desk evaluasi TPI': satu tim Itjen menilai 22 satker "
    "Kanwil Kemenkumham Sumut dalam 5 hari kerja (13-17 Mei 2024)",
)
_MENPAN = Reference(
    "P",
    "menpan.go.id, Juni 2022, 'sepuluh hari jelang batas pengusulan zona integritas': "
    "KemenPANRB mengingatkan agar usulan tidak ditunda hingga hari-hari terakhir",
)
_POLICY = Reference("C", "ambang dalam kebijakan bawaan (default/ketat); diubah dengan --set atau --policy BERKAS")

RULES = (
    Rule(
        code="ZI601",
        name="tpi-capacity",
        family="portfolio",
        severity=Severity.WARNING,
        summary=Text(
            "Pada suatu hari kerja tim penilai (TPI) menilai lebih banyak unit daripada kapasitasnya "
            "(bawaan: > 5 unit per hari kerja per tim).",
            "On some working day an evaluator (TPI) team has more units to evaluate than it can take "
            "(default: > 5 units per working day per team).",
        ),
        rationale=Text(
            "Satu tim Itjen menilai 22 satker dalam 5 hari kerja, sekitar 4-5 unit per hari. Bila TPI seluruh "
            "satker sebuah Kanwil ditumpuk pada hari yang sama, penilaian menjadi pemeriksaan dokumen yang "
            "tergesa-gesa, walaupun jadwal tiap unit sendiri wajar. TPI satu unit sepanjang N hari kerja "
            "dihitung 1/N unit pada tiap hari itu.",
            "One Itjen team evaluated 22 satker in 5 working days, about 4-5 units a day. A Kanwil that puts "
            "all its satker's TPIs on the same days turns the evaluation into a rushed paper check, even when "
            "each unit's own plan is sound. A unit's TPI of N working days counts 1/N of a unit on each of them.",
        ),
        fix_hint=Text(
            "Sebar TPI ke hari kerja lain, atau bagi unit ke beberapa tim penilai (isian tim_penilai).",
            "Spread the TPIs over other working days, or split the units between evaluator teams (field evaluator).",
        ),
        references=(_SUMUT, _POLICY),
        threshold="tpi_capacity",
        example=_units({"evaluasi_tpi": "14 Mei 2024"}, 6),
        added="0.2.0",
    ),
    Rule(
        code="ZI602",
        name="submission-bunching",
        family="portfolio",
        severity=Severity.WARNING,
        summary=Text(
            "Sebagian besar usulan portofolio jatuh pada hari-hari kerja terakhir jendela nasional "
            "(bawaan: >= 50% pada 3 hari kerja terakhir, bila ada sedikitnya 5 usulan).",
            "A large share of the portfolio's proposals falls in the last working days of the national window "
            "(default: >= 50% in the last 3 working days, with at least 5 proposals).",
        ),
        rationale=Text(
            "KemenPANRB mengingatkan instansi sepuluh hari sebelum batas pengusulan 2022 agar tidak menunda "
            "usulan sampai hari-hari terakhir: satu kendala di akhir jendela membuat banyak unit sekaligus "
            "lewat batas.",
            "Ten days before the 2022 deadline KemenPANRB reminded agencies not to leave proposals to the last "
            "days: one problem at the end of the window makes many units miss it at once.",
        ),
        fix_hint=Text(
            "Jadwalkan pengusulan bertahap sejak jendela dibuka.",
            "Stagger the proposals from the day the window opens.",
        ),
        references=(_MENPAN, _POLICY),
        threshold="submission_bunching",
        example=_units({"pengusulan": "31 Juli 2024"}, 5),
        added="0.2.0",
    ),
)
