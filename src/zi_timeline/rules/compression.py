"""ZI2xx: schedules too compressed to build anything ("instant" ZI, the Itjen's pitfall 2)."""

from __future__ import annotations

from collections.abc import Iterator

from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Text
from zi_timeline._stages import Stage
from zi_timeline.rules._gaps import Point, gap_finding
from zi_timeline.rules._registry import Check, Context, Reference, Rule


def _first_to_first(earlier: Stage, later: Stage) -> Check:
    def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
        a, b = ctx.schedule.first(earlier), ctx.schedule.first(later)
        if a is None or b is None:
            return
        finding = gap_finding(rule, ctx, Point(a), Point(b))
        if finding is not None:
            yield finding

    return check


def _tpi_to_submission(rule: Rule, ctx: Context) -> Iterator[Finding]:
    tpi, submission = ctx.schedule.first(Stage.EVALUASI_TPI), ctx.schedule.first(Stage.PENGUSULAN)
    if tpi is None or submission is None:
        return
    finding = gap_finding(rule, ctx, Point(tpi, at_end=True), Point(submission))
    if finding is not None:
        yield finding


def _survey_too_early(rule: Rule, ctx: Context) -> Iterator[Finding]:
    building = ctx.schedule.first(Stage.PEMBANGUNAN)
    surveys = ctx.schedule.of(Stage.SURVEI)
    if building is None or not surveys:
        return
    # An early baseline survey is good practice; what counts is the latest one.
    last = max(surveys, key=lambda m: m.span.start_bounds[1])
    finding = gap_finding(rule, ctx, Point(building), Point(last, latest_of=surveys))
    if finding is not None:
        yield finding


_ITJEN = Reference(
    "P",
    "Itjen Kemenkumham, pembinaan ZI Kanwil Kemenkumham Banten: "
    "'perencanaan Juni, pengusulan Agustus' adalah pembangunan instan",
)
_RHYTHM = Reference(
    "P",
    "ritme Kanwil Kemenkumham 2020-2023: pencanangan Januari-Februari, pembinaan Maret-April, "
    "TPI Mei, pengusulan Juni-Juli",
)
_POLICY = Reference("C", "ambang dalam kebijakan bawaan (default/ketat); diubah dengan --set atau --policy BERKAS")


def _example(**milestones: str) -> dict[str, object]:
    return {"unit": "Lapas Kelas IIA Contoh", "target": "WBK", "milestones": milestones}


RULES = (
    Rule(
        code="ZI201",
        name="plan-to-submission",
        family="compression",
        severity=Severity.ERROR,
        summary=Text(
            "Jarak dari awal perencanaan ke pengusulan terlalu singkat (bawaan: galat < 4 bulan, peringatan < 6).",
            "Planning starts too shortly before submission (default: error < 4 months, warning < 6).",
        ),
        rationale=Text(
            "Itjen Kemenkumham menyebut 'perencanaan Juni, pengusulan Agustus' sebagai pembangunan instan: "
            "unit hanya menyusun dokumen, tidak membangun perubahan.",
            "The Itjen calls 'June planning, August submission' instant building: the unit only assembles documents "
            "and changes nothing.",
        ),
        fix_hint=Text(
            "Undur pengusulan ke siklus berikutnya, atau mulai perencanaan lebih awal (triwulan IV tahun sebelumnya).",
            "Move submission to a later cycle, or start planning earlier (the last quarter of the year before).",
        ),
        references=(_ITJEN, _RHYTHM, _POLICY),
        threshold="plan_to_submission",
        example=_example(perencanaan="Juni 2024", pengusulan="Agustus 2024"),
        check=_first_to_first(Stage.PERENCANAAN, Stage.PENGUSULAN),
    ),
    Rule(
        code="ZI202",
        name="declaration-to-submission",
        family="compression",
        severity=Severity.ERROR,
        summary=Text(
            "Pencanangan terlalu dekat dengan pengusulan (bawaan: galat < 3 bulan, peringatan < 4).",
            "The declaration is too close to submission (default: error < 3 months, warning < 4).",
        ),
        rationale=Text(
            "Pencanangan membuka masa pembangunan; hasilnya harus dapat dinilai TPI sebelum pengusulan.",
            "The declaration opens the building period; its results must be visible to the TPI before submission.",
        ),
        fix_hint=Text(
            "Canangkan pada Januari-Februari tahun pengusulan atau lebih awal.",
            "Declare in January-February of the submission year or earlier.",
        ),
        references=(_RHYTHM, _POLICY),
        threshold="declaration_to_submission",
        example=_example(pencanangan="April 2024", pengusulan="Juni 2024"),
        check=_first_to_first(Stage.PENCANANGAN, Stage.PENGUSULAN),
    ),
    Rule(
        code="ZI203",
        name="building-period",
        family="compression",
        severity=Severity.ERROR,
        summary=Text(
            "Masa pembangunan sebelum evaluasi TPI terlalu singkat (bawaan: galat < 2 bulan, peringatan < 3).",
            "The building period before the TPI evaluation is too short (default: error < 2 months, warning < 3).",
        ),
        rationale=Text(
            "TPI menilai perubahan pada enam area pengungkit; perubahan butuh waktu untuk terjadi dan terukur.",
            "The TPI assesses change across the six change areas; change needs time to happen and to be measured.",
        ),
        fix_hint=Text(
            "Mulai pembangunan lebih awal atau jadwalkan TPI lebih lambat.",
            "Start building earlier or schedule the TPI later.",
        ),
        references=(_RHYTHM, _POLICY),
        threshold="building_period",
        example=_example(pembangunan="April - Mei 2024", evaluasi_tpi="Mei 2024"),
        check=_first_to_first(Stage.PEMBANGUNAN, Stage.EVALUASI_TPI),
    ),
    Rule(
        code="ZI204",
        name="tpi-to-submission",
        family="compression",
        severity=Severity.WARNING,
        summary=Text(
            "Pengusulan terlalu dekat dengan selesainya evaluasi TPI (bawaan: peringatan < 10 hari kerja).",
            "Submission comes too soon after the TPI evaluation ends (default: warning < 10 working days).",
        ),
        rationale=Text(
            "Hanya unit yang lolos TPI dapat diusulkan; catatan dan rekomendasi TPI perlu ditindaklanjuti dan "
            "surat usulan pimpinan disiapkan sebelum unggah ke PMPZI. Hari kerja dihitung tanpa akhir pekan, "
            "libur nasional dan cuti bersama.",
            "Only units that pass the TPI may be proposed; the TPI's notes need follow-up and the head's proposal "
            "letter must be ready before upload to PMPZI. Working days exclude weekends, national holidays and "
            "cuti bersama.",
        ),
        fix_hint=Text(
            "Selesaikan TPI lebih awal atau undur pengusulan (tetap di dalam jendela nasional).",
            "Finish the TPI earlier or submit later (still inside the national window).",
        ),
        references=(Reference("R", "PermenPANRB 90/2021, Lampiran II (hal. 50): TPI mendahului pengusulan"), _POLICY),
        threshold="tpi_to_submission",
        example=_example(evaluasi_tpi="15-19 Juli 2024", pengusulan="24 Juli 2024"),
        check=_tpi_to_submission,
    ),
    Rule(
        code="ZI205",
        name="survey-too-early",
        family="compression",
        severity=Severity.WARNING,
        summary=Text(
            "Survei terakhir dilakukan terlalu dekat dengan awal pembangunan (bawaan: < 3 bulan).",
            "The latest survey comes too soon after building starts (default: < 3 months).",
        ),
        rationale=Text(
            "Survei persepsi antikorupsi (SPAK) dan kualitas pelayanan (SPKP/IKM) mengukur hasil pembangunan; "
            "survei di awal berguna sebagai data dasar, tetapi harus ada survei lagi menjelang TPI.",
            "Anti-corruption (SPAK) and service-quality (SPKP/IKM) surveys measure the result of building; an early "
            "survey is a useful baseline, but another must follow before the TPI.",
        ),
        fix_hint=Text(
            "Tambahkan survei kedua beberapa bulan setelah pembangunan dimulai.",
            "Add a second survey some months into the building period.",
        ),
        references=(Reference("R", "PermenPANRB 90/2021: survei persepsi sebagai komponen hasil"), _POLICY),
        threshold="survey_after_building_start",
        example=_example(pembangunan="Februari - Mei 2024", survei="Maret 2024", evaluasi_tpi="Mei 2024"),
        check=_survey_too_early,
    ),
)
