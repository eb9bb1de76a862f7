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
    "units_per_day": Text("unit per hari kerja", "units per working day"),
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
GAP_MAYBE = Text(
    "{title}: {later} ({later_date}) {observed} setelah {earlier} ({earlier_date}); "
    "minimal {required} menurut {strength}.",
    "{title}: {later} ({later_date}) comes {observed} after {earlier} ({earlier_date}); "
    "at least {required} is needed under {strength}.",
)
GAP_BEFORE = Text(
    "{title}: {later} ({later_date}) justru jatuh {observed} ({earlier_date}); seharusnya minimal {required} "
    "sesudahnya menurut {strength}.",
    "{title}: {later} ({later_date}) comes {observed} ({earlier_date}); it should come at least {required} "
    "after it under {strength}.",
)
GAP_AROUND = Text(
    "{title}: {later} ({later_date}) bisa jatuh {observed} ({earlier_date}); seharusnya minimal {required} "
    "sesudahnya menurut {strength}.",
    "{title}: {later} ({later_date}) may fall {observed} ({earlier_date}); it should come at least {required} "
    "after it under {strength}.",
)
# A later stage placed first is said in words: never a negative number, never a double minus.
GAP_BEFORE_OBSERVED = Text("{gap} sebelum {earlier}", "{gap} before {earlier}")
GAP_AROUND_OBSERVED = Text(
    "antara {before} sebelum dan {after} sesudah {earlier}", "between {before} before and {after} after {earlier}"
)
GAP_UNCERTAIN = Text(
    " Tanggal pastinya belum ditentukan: bila jaraknya ternyata kurang dari {limit} {unit}, "
    "temuan ini menjadi {worse}. Tentukan tanggal pasti {later} dan {earlier} untuk memastikan.",
    " The exact days are not given: if they turn out less than {limit} {unit} apart, this "
    "becomes {worse}. Give exact dates for {later} and {earlier} to settle it.",
)
GAP_FIX_SETTLE = Text(
    "Tentukan tanggal pastinya: dengan {later} paling cepat {earliest}",
    "Give the exact dates: with {later} no earlier than {earliest}",
)
GAP_FIX_SETTLE_EARLIER = Text(", atau {earlier} paling lambat {latest}", ", or {earlier} no later than {latest}")
GAP_FIX_SETTLE_END = Text(
    ", jaraknya tidak kurang dari {limit} {unit} dan temuan ini hilang.",
    ", they are at least {limit} {unit} apart and this finding goes away.",
)
GAP_FIX_LATER = Text("Jadwalkan {later} paling cepat {earliest}", "Schedule {later} no earlier than {earliest}")
GAP_FIX_RECOMMENDED = Text(" (disarankan {recommended} atau sesudahnya)", " (recommended: {recommended} or later)")
SUBMISSION_FIX = Text(
    "Jadwalkan pengusulan paling cepat {earliest}, dengan evaluasi TPI pada {tpi}",
    "Schedule the submission no earlier than {earliest}, with the TPI evaluation on {tpi}",
)
SUBMISSION_FIX_RECOMMENDED = Text(
    "; tanpa peringatan sama sekali: paling cepat {day}", "; with no warning at all: no earlier than {day}"
)
SUBMISSION_FIX_NONE = Text(
    "Tidak ada jendela pengusulan dalam enam siklus ke depan yang memenuhi semua ketentuan; periksa tanggal "
    "penetapan WBK atau pencabutan predikat.",
    "No submission window in the next six cycles meets every requirement; check the WBK award or revocation date.",
)
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
    "ZI204": Text("Pengusulan terlalu dekat dengan TPI", "Submission too close to the TPI"),
    "ZI205": Text("Survei terlalu awal", "Survey too early"),
    "ZI402": Text("WBK terlalu baru untuk WBBM", "WBK too recent for WBBM"),
    "ZI403": Text("Masih dalam masa larangan setelah pencabutan", "Still barred after revocation"),
}

INPUT = Text("Masukan tidak dapat dibaca ({where}): {detail}", "Input cannot be read ({where}): {detail}")
INPUT_DOUBT = Text("Masukan dibaca tetapi meragukan ({where}): {detail}", "Input read but doubtful ({where}): {detail}")
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
        "Perbaiki isian sesuai bentuk jadwal (lihat 'zi-timeline explain ZI903' dan 'zi-timeline schema input').",
        "Fix the field to the schedule's shape (see 'zi-timeline explain ZI903' and 'zi-timeline schema input').",
    ),
    "ZI904": Text(
        "Tukar tanggal mulai dan selesai, atau perbaiki salah satunya.", "Swap start and end, or correct one of them."
    ),
    "ZI908": Text(
        "Periksa surat atau undangannya: perbaiki tanggal atau nama harinya.",
        "Check the letter or invitation: correct the date or the weekday.",
    ),
}
INPUT_REQUIRED = {
    "ZI901": Text("tanggal yang ada di kalender, dalam bentuk yang dikenal", "a real date in a known form"),
    "ZI902": Text("nama tahap yang dikenal", "a known stage name"),
    "ZI903": Text("isian sesuai bentuk jadwal", "fields in the schedule's shape"),
    "ZI904": Text("selesai pada atau sesudah mulai", "an end on or after the start"),
    "ZI908": Text("nama hari yang sesuai dengan tanggalnya", "a weekday that matches the date"),
}

WINDOW_BEFORE = Text(
    "Pengusulan ke KemenPANRB ({date}) jatuh sebelum jendela pengusulan {year} dibuka ({window}).",
    "The submission to KemenPANRB ({date}) falls before the {year} submission window opens ({window}).",
)
WINDOW_AFTER = Text(
    "Pengusulan ke KemenPANRB ({date}) jatuh sesudah jendela pengusulan {year} ditutup ({window}).",
    "The submission to KemenPANRB ({date}) falls after the {year} submission window closes ({window}).",
)
WINDOW_REQUIRED = Text("dalam jendela {window}", "within the window {window}")
WINDOW_ASSUMED = Text(
    " Jendela {year} belum diketahui; yang dipakai adalah ketentuan regulasi (paling lambat {closes}), "
    "karena itu temuan ini diturunkan satu tingkat.",
    " The {year} window is not known; the regulation's default (no later than {closes}) is used, so this "
    "finding is lowered by one level.",
)
WINDOW_UNCERTAIN = Text(
    " Sebagian dari {date} berada di dalam jendela; tentukan tanggal pasti untuk memastikan.",
    " Part of {date} lies inside the window; give an exact date to settle it.",
)
TPI_LATE = Text(
    "Evaluasi TPI ({date}) selesai sesudah jendela pengusulan {year} ditutup ({closes}); tanpa hasil TPI "
    "unit tidak dapat diusulkan pada siklus itu.",
    "The TPI evaluation ({date}) ends after the {year} submission window closes ({closes}); without the TPI "
    "result the unit cannot be proposed in that cycle.",
)
TPI_LATE_REQUIRED = Text("selesai paling lambat {closes}", "ends no later than {closes}")
NON_WORKING = Text(
    "{stage} dijadwalkan pada {day}, yang bukan hari kerja ({reason}).",
    "{stage} is scheduled on {day}, which is not a working day ({reason}).",
)
NON_WORKING_REQUIRED = Text("hari kerja", "a working day")
NON_WORKING_FIX = Text(
    "Geser ke hari kerja terdekat: {before} atau {after}.", "Move it to the nearest working day: {before} or {after}."
)
HOLIDAYS_UNKNOWN = Text(
    "Data cuti bersama tahun {years} belum tersedia; hari kerja pada tahun itu dihitung tanpa cuti bersama "
    "(hanya akhir pekan dan libur nasional).",
    "No cuti bersama (joint leave) data for {years} yet; working days in that year count no joint leave "
    "(only weekends and national holidays).",
)
HOLIDAYS_UNKNOWN_REQUIRED = Text("cuti bersama yang ditetapkan SKB", "joint leave days set by the joint decree")
HOLIDAYS_UNKNOWN_FIX = Text(
    "Bila SKB cuti bersama tahun {years} sudah terbit, tambahkan tanggalnya ke tabel [calendar] "
    "extra_holidays pada berkas jendela dan jalankan dengan --windows (lihat 'zi-timeline explain ZI304').",
    "Once the joint decree for {years} is out, add its days to the [calendar] extra_holidays table of a "
    "windows file and run with --windows (see 'zi-timeline explain ZI304').",
)
WINDOW_UNKNOWN = Text(
    "Jendela pengusulan {year} belum diketahui; zi_timeline memakai ketentuan regulasi: pengusulan paling "
    "lambat {closes}. Jendela yang diketahui: {known}.",
    "The {year} submission window is not known; zi_timeline applies the regulation's default: submission no "
    "later than {closes}. Known windows: {known}.",
)
WINDOW_UNKNOWN_REQUIRED = Text("jendela dari surat KemenPANRB", "the window from KemenPANRB's letter")
WINDOW_UNKNOWN_FIX = Text(
    "Tambahkan jendela {year} dari surat KemenPANRB ke berkas jendela ([windows.{year}] opens, closes, "
    "source) dan jalankan dengan --windows (lihat 'zi-timeline explain ZI305').",
    "Add the {year} window from KemenPANRB's letter to a windows file ([windows.{year}] opens, closes, "
    "source) and run with --windows (see 'zi-timeline explain ZI305').",
)

# The Itjen's six warning signs, in the words this library uses for them (DOMAIN.md).
SIGNS = {
    1: Text(
        "berorientasi pada penghargaan (mengejar predikat atau tunjangan kinerja)",
        "reward orientation (chasing the predicate or a higher performance allowance)",
    ),
    2: Text("membangun secara instan", "instant building"),
    3: Text("tanpa masukan pemangku kepentingan", "no stakeholder input"),
    4: Text("hanya berorientasi pada dokumen", "documents only"),
    5: Text("hanya melibatkan segelintir orang (pokja saja)", "only a few people (the pokja alone)"),
    6: Text("inovasi tidak berbasis kebutuhan", "innovation not based on needs"),
}
SIGN = Text("Tanda peringatan Itjen '{sign}': ", "Itjen warning sign '{sign}': ")
SIGN_UNCERTAIN = Text(
    " Sebagian tanggal belum pasti; tentukan tanggal pasti untuk memastikan.",
    " Some dates are not exact; give exact dates to settle it.",
)
REWARD = Text(
    "rencana berhenti pada {last} ({date}); tidak ada pemantauan dan evaluasi sesudahnya.",
    "the plan stops at {last} ({date}); no monitoring and evaluation follows.",
)
REWARD_OBSERVED = Text("tidak ada pemantauan sesudah {date}", "no monitoring after {date}")
REWARD_REQUIRED = Text("pemantauan sesudah {last}", "monitoring after {last}")
REWARD_FIX = Text(
    "Tambahkan pemantauan dan evaluasi sesudah {last}, mis. {day}, untuk menjaga predikat dan perbaikan layanan.",
    "Add monitoring and evaluation after {last}, e.g. {day}, to keep the predicate and the service improvements.",
)
NO_INPUT = Text(
    "tidak ada survei atau konsultasi pemangku kepentingan sebelum evaluasi TPI ({tpi}).",
    "no survey or stakeholder consultation before the TPI evaluation ({tpi}).",
)
NO_INPUT_OBSERVED = Text("tidak ada survei sebelum {tpi}", "no survey before {tpi}")
NO_INPUT_REQUIRED = Text("survei atau konsultasi sebelum TPI", "a survey or consultation before the TPI")
NO_INPUT_FIX = Text(
    "Tambahkan survei persepsi (SPAK/SPKP/IKM) atau konsultasi publik sebelum TPI, mis. {span}.",
    "Add a perception survey (SPAK/SPKP/IKM) or a public consultation before the TPI, e.g. {span}.",
)
BUNCHED = Text(
    "{k} dari {n} kegiatan ({share}%) jatuh dalam {window} hari sebelum evaluasi TPI ({tpi}); batas kebijakan: "
    "kurang dari {limit}%.",
    "{k} of {n} activities ({share}%) fall in the {window} days before the TPI evaluation ({tpi}); the policy "
    "allows less than {limit}%.",
)
BUNCHED_OBSERVED = Text("{k} dari {n} kegiatan ({share}%)", "{k} of {n} activities ({share}%)")
BUNCHED_REQUIRED = Text("< {limit}% dalam {window} hari sebelum TPI", "< {limit}% in the {window} days before the TPI")
BUNCHED_FIX = Text(
    "Sebar kegiatan sepanjang masa pembangunan{building}: analisis kebutuhan di awal, inovasi di tengah, "
    "pemantauan berkala; pindahkan sebagian kegiatan dari {start} - {end}.",
    "Spread the activities over the building period{building}: needs analysis first, innovation midway, regular "
    "monitoring; move some activities out of {start} - {end}.",
)
NO_SOCIALISATION = Text(
    "tidak ada sosialisasi kepada seluruh pegawai sebelum pembangunan dimulai ({building}).",
    "no socialisation to all staff before building starts ({building}).",
)
NO_SOCIALISATION_OBSERVED = Text(
    "tidak ada sosialisasi internal sebelum {date}", "no internal socialisation before {date}"
)
NO_SOCIALISATION_REQUIRED = Text("sosialisasi internal sebelum pembangunan", "internal socialisation before building")
NO_SOCIALISATION_FIX = Text(
    "Tambahkan sosialisasi internal kepada seluruh pegawai sebelum pembangunan dimulai, mis. {day}.",
    "Add an internal socialisation to all staff before building starts, e.g. {day}.",
)
POKJA_ONLY = Text(
    "peserta {stage} ({date}) hanya pokja/tim ZI ('{participants}').",
    "the participants of {stage} ({date}) are the pokja/ZI team only ('{participants}').",
)
POKJA_ONLY_REQUIRED = Text("seluruh pegawai terlibat", "all staff involved")
POKJA_ONLY_FIX = Text(
    "Libatkan seluruh pegawai pada {stage}: pokja menggerakkan perubahan, bukan menggantikan unit.",
    "Involve all staff in {stage}: the pokja drives the change, it does not replace the unit.",
)
NO_NEEDS = Text(
    "inovasi ({date}) diluncurkan tanpa analisis kebutuhan, analisis pengaduan atau survei sebelumnya.",
    "the innovation ({date}) launches with no needs analysis, complaint analysis or survey before it.",
)
NO_NEEDS_OBSERVED = Text("tidak ada analisis kebutuhan sebelum {date}", "no needs analysis before {date}")
NO_NEEDS_REQUIRED = Text("analisis kebutuhan atau survei sebelum inovasi", "a needs analysis or survey first")
NO_NEEDS_FIX = Text(
    "Tambahkan analisis kebutuhan/pengaduan (atau survei) sebelum inovasi, mis. {span}.",
    "Add a needs or complaint analysis (or a survey) before the innovation, e.g. {span}.",
)
