"""Message templates for findings, in Indonesian and English.

Rules fill these with stage labels, dates at their precision, observed and required
values; nothing here knows about rules' logic.
"""

from __future__ import annotations

from zi_timeline._i18n import Text

UNIT = {
    "months": Text("bulan", "months"),
    "years": Text("tahun", "years"),
    "days": Text("hari", "days"),
    "working_days": Text("hari kerja", "working days"),
    "percent": Text("persen", "percent"),
}

STRENGTH = {
    "R": Text("ketentuan regulasi", "regulation"),
    "P": Text("praktik terdokumentasi", "documented practice"),
    "C": Text("kebijakan zi_timeline", "zi_timeline policy"),
}

GAP = Text(
    "{title}: {later} ({later_date}) hanya {observed} setelah {earlier} ({earlier_date}); "
    "minimal {required} menurut {strength}.",
    "{title}: {later} ({later_date}) comes only {observed} after {earlier} ({earlier_date}); "
    "at least {required} is needed under {strength}.",
)
GAP_UNCERTAIN = Text(
    " Tanggal pastinya belum ditentukan: bila jaraknya ternyata kurang dari {limit} {unit}, "
    "temuan ini menjadi {worse}. Tentukan tanggal pasti {later} dan {earlier} untuk memastikan.",
    " The exact days are not given: if they turn out less than {limit} {unit} apart, this "
    "becomes {worse}. Give exact dates for {later} and {earlier} to settle it.",
)
GAP_FIX_LATER = Text("Jadwalkan {later} paling cepat {earliest}", "Schedule {later} no earlier than {earliest}")
GAP_FIX_RECOMMENDED = Text(" (disarankan {recommended} atau sesudahnya)", " (recommended: {recommended} or later)")
GAP_FIX_EARLIER = Text("; atau mulai {earlier} paling lambat {latest}", "; or start {earlier} no later than {latest}")

ORDER = Text(
    "Urutan tahapan keliru: {successor} ({successor_date}) dimulai sebelum {predecessor} {point} ({predecessor_date}).",
    "Stages out of order: {successor} ({successor_date}) starts before {predecessor} {point} ({predecessor_date}).",
)
ORDER_POINT = {"start": Text("dimulai", "starts"), "end": Text("selesai", "ends")}
ORDER_UNCERTAIN = Text(
    " Keduanya jatuh pada periode yang sama; tentukan tanggal pasti untuk memastikan urutannya.",
    " Both fall in the same period; give exact dates to settle the order.",
)
ORDER_FIX = Text("Jadwalkan {successor} paling cepat {earliest}", "Schedule {successor} no earlier than {earliest}")

MISSING = Text(
    "Tahap {stage} tidak ada dalam jadwal; tahap ini wajib ({strength}).",
    "The stage {stage} is missing from the schedule; it is required ({strength}).",
)
MISSING_FIX = Text("Tambahkan {stage} ke jadwal: {hint}", "Add {stage} to the schedule: {hint}")

REPEATED = Text(
    "Tahap {stage} tercantum {count} kali ({dates}); tahap ini hanya terjadi sekali.",
    "The stage {stage} appears {count} times ({dates}); it happens only once.",
)
REPEATED_FIX = Text(
    "Gabungkan menjadi satu baris {stage} (mis. rentang '{first} - {last}'), atau perbaiki tahap yang salah ketik.",
    "Merge them into one {stage} row (e.g. the range '{first} - {last}'), or correct the mistyped stage.",
)

WBBM_NO_WBK = Text(
    "Usulan WBBM tanpa predikat WBK: {detail}. Hanya unit yang telah meraih WBK dapat diusulkan WBBM.",
    "WBBM proposal without a WBK predicate: {detail}. Only a unit that holds WBK can be proposed for WBBM.",
)
WBBM_NO_WBK_NONE = Text("tanggal penetapan WBK tidak diisi", "no WBK award date is given")
WBBM_NO_WBK_LATE = Text(
    "WBK ({wbk}) baru ditetapkan sesudah pengusulan ({submission})",
    "WBK ({wbk}) is awarded only after the submission ({submission})",
)
WBBM_FIX = Text(
    "Isi 'wbk_awarded' dengan tanggal penetapan WBK, atau ubah target menjadi WBK.",
    "Fill in 'wbk_awarded' with the WBK award date, or change the target to WBK.",
)

TITLES = {
    "ZI201": Text("Jadwal instan", "Instant schedule"),
    "ZI202": Text("Pencanangan terlalu dekat dengan pengusulan", "Declaration too close to submission"),
    "ZI203": Text("Masa pembangunan terlalu singkat", "Building period too short"),
    "ZI205": Text("Survei terlalu awal", "Survey too early"),
    "ZI402": Text("WBK terlalu baru untuk WBBM", "WBK too recent for WBBM"),
    "ZI403": Text("Masih dalam masa larangan setelah pencabutan", "Still barred after revocation"),
}

INPUT = Text("Masukan tidak dapat dibaca ({where}): {detail}", "Input cannot be read ({where}): {detail}")
INPUT_FIX = {
    "ZI901": Text(
        "Tulis tanggal seperti '20 Februari 2024', '20/02/2024', 'Juni 2024' atau 'Triwulan II 2024'.",
        "Write the date like '20 Februari 2024', '20/02/2024', 'Juni 2024' or 'Triwulan II 2024'.",
    ),
    "ZI902": Text(
        "Gunakan salah satu nama tahap yang dikenal (lihat 'zi-timeline explain ZI902').",
        "Use one of the known stage names (see 'zi-timeline explain ZI902').",
    ),
    "ZI903": Text(
        "Perbaiki isian sesuai bentuk jadwal di docs/quickstart.md.", "Fix the field as shown in docs/quickstart.md."
    ),
    "ZI904": Text(
        "Tukar tanggal mulai dan selesai, atau perbaiki salah satunya.", "Swap start and end, or correct one of them."
    ),
}
INPUT_REQUIRED = {
    "ZI901": Text("tanggal yang ada di kalender, dalam bentuk yang dikenal", "a real date in a known form"),
    "ZI902": Text("nama tahap yang dikenal", "a known stage name"),
    "ZI903": Text("isian sesuai bentuk jadwal", "fields in the schedule's shape"),
    "ZI904": Text("selesai pada atau sesudah mulai", "an end on or after the start"),
}
