"""Message templates for the portfolio rules (ZI6xx), in Indonesian and English."""

from __future__ import annotations

from zi_timeline._i18n import Text

SHARED_TEAM = Text("tim penilai bersama", "the shared evaluator team")
TEAM = Text("tim penilai {team}", "evaluator team {team}")
MORE = Text("{shown}, dan {rest} unit lainnya", "{shown}, and {rest} more units")

CAPACITY = Text(
    "Beban {stage} pada {team}: {observed} pada {days}; kapasitas tim {required} menurut {strength}. "
    "Unit yang dinilai pada hari itu: {units}.",
    "{stage} load on {team}: {observed} on {days}; the team's capacity is {required} under {strength}. "
    "Units evaluated on those days: {units}.",
)
CAPACITY_OBSERVED = Text(
    "{load} unit per hari kerja ({count} unit dalam TPI pada {peak})",
    "{load} units per working day ({count} units in TPI on {peak})",
)
CAPACITY_REQUIRED = Text("paling banyak {limit} unit per hari kerja", "at most {limit} units per working day")
CAPACITY_UNCERTAIN = Text(
    " Tanggal pastinya belum ditentukan: bila hari TPI unit-unit ini bertumpuk, temuan ini menjadi {worse}. "
    "Tentukan tanggal pasti {stage} untuk memastikan.",
    " The exact days are not given: if these units' TPI days coincide, this becomes {worse}. "
    "Give exact dates for the {stage} to settle it.",
)
CAPACITY_FIX = Text(
    "Sebar {stage} ke hari kerja lain sehingga beban tim paling banyak {limit} unit per hari "
    "(geser sedikitnya {excess} unit dari {peak}), atau bagi unit ke tim penilai lain (isian tim_penilai); "
    "zi_timeline.planning.plan_portfolio menyusun jadwal bertahap",
    "Spread the {stage} over other working days so the team takes at most {limit} units a day "
    "(move at least {excess} units away from {peak}), or give units to another evaluator team "
    "(field evaluator); zi_timeline.planning.plan_portfolio builds a staggered plan",
)

BUNCHING = Text(
    "{stage} menumpuk di akhir jendela {window}: {observed} jatuh pada {last_days} hari kerja terakhir "
    "({days}); yang diminta {required} menurut {strength}. KemenPANRB mengingatkan agar usulan tidak "
    "ditunda sampai hari-hari terakhir. Unit: {units}.",
    "{stage} bunched at the end of the window {window}: {observed} fall in its last {last_days} working days "
    "({days}); required: {required} under {strength}. KemenPANRB asks agencies not to leave proposals "
    "to the last days. Units: {units}.",
)
BUNCHING_OBSERVED = Text("{count} dari {total} usulan ({share}%)", "{count} of {total} proposals ({share}%)")
BUNCHING_REQUIRED = Text(
    "kurang dari {limit}% usulan dalam {last_days} hari kerja terakhir",
    "under {limit}% of proposals in the last {last_days} working days",
)
BUNCHING_UNCERTAIN = Text(
    " Tanggal pastinya belum ditentukan: bila usulan ini jatuh pada hari-hari terakhir, temuan ini menjadi "
    "{worse}. Tentukan tanggal pasti {stage} untuk memastikan.",
    " The exact days are not given: if these proposals fall on the last days, this becomes {worse}. "
    "Give exact dates for the {stage} to settle it.",
)
BUNCHING_FIX = Text(
    "Jadwalkan {stage} bertahap sejak jendela dibuka ({opens}): majukan sedikitnya {excess} unit ke sebelum {first}",
    "Stagger the {stage} from the window's opening ({opens}): bring at least {excess} units forward to before {first}",
)
