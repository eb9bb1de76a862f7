"""ZI3xx: the national calendar: submission windows, working days, holidays and cuti bersama."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

from zi_timeline._calendar import Calendar, Window
from zi_timeline._dates import Precision, format_date
from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._messages import (
    HOLIDAYS_UNKNOWN,
    HOLIDAYS_UNKNOWN_FIX,
    HOLIDAYS_UNKNOWN_REQUIRED,
    NON_WORKING,
    NON_WORKING_FIX,
    NON_WORKING_REQUIRED,
    TPI_LATE,
    TPI_LATE_REQUIRED,
    WINDOW_AFTER,
    WINDOW_ASSUMED,
    WINDOW_BEFORE,
    WINDOW_REQUIRED,
    WINDOW_UNCERTAIN,
    WINDOW_UNKNOWN,
    WINDOW_UNKNOWN_FIX,
    WINDOW_UNKNOWN_REQUIRED,
)
from zi_timeline._planner import weekday_date
from zi_timeline._schedule import Milestone, Schedule
from zi_timeline._stages import Stage
from zi_timeline.rules._gaps import submission_fix
from zi_timeline.rules._registry import Context, Reference, Rule

_SKB = (
    "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB tentang hari libur nasional dan cuti bersama "
    "(ditetapkan tiap tahun); data paket holidays"
)
_SKB_SOURCE = Text(
    _SKB,
    "SKB of the Ministers of Religious Affairs, Manpower and PANRB on national holidays and cuti bersama "
    "(decreed each year); data of the holidays package",
)
_REGULATION = "PermenPANRB 90/2021, Lampiran II (hal. 50)"


def _day(day: dt.date, lang: str) -> str:
    return format_date(day, Precision.DAY, "en" if lang == "en" else "id")


def _level(rule: Rule, *, certain: bool, window: Window) -> tuple[Severity, bool]:
    """One level lower when the verdict holds only for some days or rests on an assumed window."""
    if certain and not window.assumed:
        return rule.severity, True
    return rule.severity.lower(), False


def _outside_window(rule: Rule, ctx: Context) -> Iterator[Finding]:
    submission = ctx.schedule.first(Stage.PENGUSULAN)
    if submission is None:
        return
    span, lang = submission.span, ctx.lang
    window = ctx.calendar.window(span.start.year)
    (s_lo, s_hi), (e_lo, e_hi) = span.start_bounds, span.end_bounds
    opens, closes = window.first_day, window.closes
    if s_lo >= opens and e_hi <= closes:
        return
    start, end = max(s_lo, opens), min(e_hi, closes)
    inside_possible = start <= min(s_hi, closes) and max(e_lo, opens) <= end and start <= end
    severity, certain = _level(rule, certain=not inside_possible, window=window)
    early = s_hi < opens or e_hi <= closes
    observed = span.format(lang)
    names = {"date": observed, "year": window.year, "window": window.format(lang)}
    message = ctx.text(WINDOW_BEFORE if early else WINDOW_AFTER, **names)
    if inside_possible:
        message += ctx.text(WINDOW_UNCERTAIN, **names)
    if window.assumed:
        message += ctx.text(WINDOW_ASSUMED, year=window.year, closes=_day(closes, lang))
    yield Finding(
        code=rule.code,
        rule=rule.name,
        severity=severity,
        stages=(Stage.PENGUSULAN,),
        certain=certain,
        message=message,
        observed=observed,
        required=ctx.text(WINDOW_REQUIRED, window=window.format(lang)),
        strength=window.strength,
        source=window.source,
        fix=functools.partial(submission_fix, ctx, worst=rule.severity),
    )


def _tpi_after_deadline(rule: Rule, ctx: Context) -> Iterator[Finding]:
    tpi, year = ctx.schedule.first(Stage.EVALUASI_TPI), ctx.schedule.cycle_year
    if tpi is None or year is None:
        return
    window, lang = ctx.calendar.window(year), ctx.lang
    end_lo, end_hi = tpi.span.end_bounds
    if end_hi <= window.closes:
        return
    severity, certain = _level(rule, certain=end_lo > window.closes, window=window)
    closes = _day(window.closes, lang)
    message = ctx.text(TPI_LATE, date=tpi.span.format(lang), year=year, closes=closes)
    if window.assumed:
        message += ctx.text(WINDOW_ASSUMED, year=year, closes=closes)
    yield Finding(
        code=rule.code,
        rule=rule.name,
        severity=severity,
        stages=(Stage.EVALUASI_TPI,),
        certain=certain,
        message=message,
        observed=tpi.span.format(lang),
        required=ctx.text(TPI_LATE_REQUIRED, closes=closes),
        strength=window.strength,
        source=window.source,
        fix=functools.partial(submission_fix, ctx, worst=rule.severity),
    )


def _non_working_day(rule: Rule, ctx: Context) -> Iterator[Finding]:
    cal, lang = ctx.calendar, ctx.lang
    for milestone in _own(ctx.schedule):  # KemenPANRB's dates are not the unit's to move
        span = milestone.span
        if span.precision is not Precision.DAY or span.start != span.end or cal.is_working_day(span.start):
            continue
        reason = _reason(cal, span.start, lang)
        if reason is None:
            continue
        if reason in _DAY_NAMES:  # "Minggu, 1 Oktober 2023 (Minggu)" says the day twice
            reason = _WEEKEND.get(lang)
        day = weekday_date(span.start, lang)
        yield Finding(
            code=rule.code,
            rule=rule.name,
            severity=rule.severity,
            stages=(milestone.stage,),
            certain=True,
            message=ctx.text(NON_WORKING, stage=_sentence_start(milestone.stage.label(lang)), day=day, reason=reason),
            observed=f"{day} ({reason})",
            required=NON_WORKING_REQUIRED.get(lang),
            strength="C",
            source=_SKB_SOURCE.get(lang),
            fix=functools.partial(_non_working_fix, ctx, span.start),
        )


def _own(schedule: Schedule) -> list[Milestone]:
    """The milestones the unit itself schedules: every stage up to pengusulan."""
    return [m for stage, found in schedule.by_stage() if stage in _UNIT_STAGES for m in found]


def _sentence_start(label: str) -> str:
    """The label opening a sentence: its first letter up, the rest as written ("KemenPANRB" stays)."""
    return label[:1].upper() + label[1:]


_DAY_NAMES = frozenset({"Sabtu", "Minggu", "Saturday", "Sunday"})
_WEEKEND = Text("akhir pekan", "weekend")
_UNIT_STAGES = frozenset(s for s in Stage if s.order <= Stage.PENGUSULAN.order)


@functools.lru_cache(maxsize=4096)  # by value, bounded, thread-safe: a portfolio meets the same holidays
def _reason(cal: Calendar, day: dt.date, lang: Lang) -> str | None:
    return cal.non_working_reason(day, lang)


def _non_working_fix(ctx: Context, day: dt.date) -> str:
    return _nearest_working(ctx.calendar, day, ctx.lang)


@functools.lru_cache(maxsize=4096)
def _nearest_working(cal: Calendar, day: dt.date, lang: Lang) -> str:
    return NON_WORKING_FIX.get(lang).format(
        before=weekday_date(cal.add_working_days(day, -1), lang),
        after=weekday_date(cal.add_working_days(day, 1), lang),
    )


def _holidays_unknown(rule: Rule, ctx: Context) -> Iterator[Finding]:
    own = _own(ctx.schedule)
    if not own:
        return
    # Working days are counted up to the submission; monitoring after it is not counted.
    submission = ctx.schedule.first(Stage.PENGUSULAN)
    first = min(m.span.start for m in own).year
    last = submission.span.end.year if submission else max(m.span.end for m in own).year
    missing = [y for y in range(first, last + 1) if not ctx.calendar.has_leave_data(y)]
    if not missing:
        return
    years = ", ".join(str(y) for y in missing)
    yield Finding(
        code=rule.code,
        rule=rule.name,
        severity=rule.severity,
        stages=(),
        certain=True,
        message=ctx.text(HOLIDAYS_UNKNOWN, years=years),
        observed=years,
        required=HOLIDAYS_UNKNOWN_REQUIRED.get(ctx.lang),
        strength="R",
        source=_SKB_SOURCE.get(ctx.lang),
        fix=ctx.text(HOLIDAYS_UNKNOWN_FIX, years=years),
    )


def _window_unknown(rule: Rule, ctx: Context) -> Iterator[Finding]:
    year = ctx.schedule.cycle_year
    if year is None:
        return
    window, lang = ctx.calendar.window(year), ctx.lang
    if not window.assumed:
        return
    known = "; ".join(f"{w.year}: {w.format(lang)}" for w in ctx.calendar.known_windows()) or "-"
    closes = _day(window.closes, lang)
    yield Finding(
        code=rule.code,
        rule=rule.name,
        severity=rule.severity,
        stages=(Stage.PENGUSULAN,) if Stage.PENGUSULAN in ctx.schedule else (),
        certain=True,
        message=ctx.text(WINDOW_UNKNOWN, year=year, closes=closes, known=known),
        observed=str(year),
        required=WINDOW_UNKNOWN_REQUIRED.get(lang),
        strength=window.strength,
        source=window.source,
        fix=ctx.text(WINDOW_UNKNOWN_FIX, year=year),
    )


def _example(**milestones: str) -> dict[str, object]:
    return {"unit": "Lapas Kelas IIA Contoh", "target": "WBK", "milestones": milestones}


_WINDOWS = Reference("P", "jendela per tahun dalam data/windows.toml (surat dan berita KemenPANRB 2022, 2024)")
_DEFAULT = Reference("R", _REGULATION + ": pengusulan paling lambat 31 Mei kecuali ditentukan lain melalui surat")

RULES = (
    Rule(
        code="ZI301",
        name="outside-window",
        family="calendar",
        severity=Severity.ERROR,
        summary=Text(
            "Pengusulan di luar jendela pengusulan nasional tahun itu.",
            "Submission outside that year's national submission window.",
        ),
        rationale=Text(
            "KemenPANRB hanya menerima usulan melalui PMPZI selama jendela yang diumumkan tiap tahun (2022: "
            "31 Mei-30 Juni; 2024: 18-31 Juli); bila tidak diumumkan, berlaku batas 31 Mei. Usulan di luar "
            "jendela tidak dapat diunggah.",
            "KemenPANRB accepts proposals through PMPZI only during the window announced each year (2022: "
            "31 May-30 June; 2024: 18-31 July); without an announcement the 31 May deadline applies. A proposal "
            "outside the window cannot be uploaded.",
        ),
        fix_hint=Text(
            "Jadwalkan pengusulan di dalam jendela tahun itu, atau pada jendela siklus berikutnya.",
            "Schedule the submission inside that year's window, or in the next cycle's window.",
        ),
        references=(_WINDOWS, _DEFAULT),
        example=_example(pengusulan="Juni 2024"),
        check=_outside_window,
    ),
    Rule(
        code="ZI302",
        name="tpi-after-deadline",
        family="calendar",
        severity=Severity.ERROR,
        summary=Text(
            "Evaluasi TPI selesai sesudah jendela pengusulan ditutup.",
            "The TPI evaluation ends after the submission window closes.",
        ),
        rationale=Text(
            "Hanya unit yang lolos TPI yang dapat diusulkan; TPI yang selesai sesudah jendela ditutup tidak dapat "
            "menjadi dasar usulan pada siklus itu.",
            "Only units that pass the TPI may be proposed; a TPI ending after the window closes cannot support a "
            "proposal in that cycle.",
        ),
        fix_hint=Text(
            "Selesaikan TPI sebelum jendela ditutup, atau usulkan pada siklus berikutnya.",
            "Finish the TPI before the window closes, or propose in the next cycle.",
        ),
        references=(Reference("R", _REGULATION + ": TPI mendahului pengusulan"), _WINDOWS, _DEFAULT),
        example=_example(evaluasi_tpi="5-9 Agustus 2024", pengusulan="31 Juli 2024"),
        check=_tpi_after_deadline,
    ),
    Rule(
        code="ZI303",
        name="non-working-day",
        family="calendar",
        severity=Severity.INFO,
        summary=Text(
            "Kegiatan satu hari dijadwalkan pada akhir pekan, libur nasional atau cuti bersama.",
            "A one-day milestone falls on a weekend, national holiday or joint leave day.",
        ),
        rationale=Text(
            "Pencanangan, sosialisasi dan pengusulan membutuhkan pegawai dan pimpinan hadir; hari libur dan cuti "
            "bersama (mis. sekitar Idul Fitri) membuat kegiatan itu tidak terlaksana.",
            "The declaration, socialisation and submission need staff and leaders present; holidays and joint "
            "leave (e.g. around Idul Fitri) make them fall through.",
        ),
        fix_hint=Text("Geser ke hari kerja terdekat.", "Move it to the nearest working day."),
        references=(Reference("R", _SKB, _SKB_SOURCE.en),),
        example=_example(pencanangan="31 Maret 2025"),
        check=_non_working_day,
    ),
    Rule(
        code="ZI304",
        name="holidays-unknown",
        family="calendar",
        severity=Severity.INFO,
        summary=Text(
            "Tahun tanpa data cuti bersama; hitungan hari kerja menganggap tidak ada cuti bersama.",
            "A year without joint leave data; working days assume none.",
        ),
        rationale=Text(
            "Cuti bersama ditetapkan SKB tiga menteri sekitar setahun sebelumnya; untuk tahun sesudahnya hitungan "
            "hari kerja bisa terlalu banyak.",
            "Joint leave is set by a three-minister decree about a year ahead; for later years working-day counts "
            "may be too high.",
        ),
        fix_hint=Text(
            "Tambahkan cuti bersama dari SKB terbaru ke [calendar] extra_holidays.",
            "Add the joint leave days of the latest decree to [calendar] extra_holidays.",
        ),
        references=(Reference("R", _SKB, _SKB_SOURCE.en),),
        example=_example(pencanangan="14 Januari 2030", pengusulan="28 Mei 2030"),
        check=_holidays_unknown,
    ),
    Rule(
        code="ZI305",
        name="window-unknown",
        family="calendar",
        severity=Severity.INFO,
        summary=Text(
            "Jendela pengusulan tahun itu belum diketahui; batas ketentuan 31 Mei dipakai.",
            "No window is known for the year; the regulation's 31 May deadline is applied.",
        ),
        rationale=Text(
            "KemenPANRB mengumumkan jendela tiap tahun melalui surat; sampai jendela itu dimasukkan, zi_timeline "
            "memakai ketentuan regulasi dan menurunkan tingkat temuan ZI301/ZI302 satu tingkat.",
            "KemenPANRB announces each year's window by letter; until it is entered, zi_timeline applies the "
            "regulation's default and lowers ZI301/ZI302 findings by one level.",
        ),
        fix_hint=Text(
            "Tulis jendela tahun itu dari surat KemenPANRB ke berkas TOML ([windows.TAHUN] dengan opens, closes, "
            "source) lalu jalankan dengan --windows BERKAS, atau di Python Calendar.load(BERKAS).",
            "Write that year's window from KemenPANRB's letter to a TOML file ([windows.YEAR] with opens, closes, "
            "source), then run with --windows FILE, or in Python Calendar.load(FILE).",
        ),
        references=(_DEFAULT,),
        example=_example(pengusulan="26 Mei 2025"),
        check=_window_unknown,
    ),
)
