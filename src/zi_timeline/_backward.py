"""The backward plan: every stage on the latest working day the policy still allows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from zi_timeline._calendar import Calendar, Window, shift_back
from zi_timeline._dates import DateSpan, Precision, unit_bounds
from zi_timeline._i18n import Text
from zi_timeline._planner import limit, tpi_before
from zi_timeline._policy import Policy
from zi_timeline._schedule import Milestone
from zi_timeline._stages import Stage

__all__ = ["backward"]


def _months(policy: Policy, key: str) -> int:
    return limit(policy, key, recommended=True) or 0


def backward(day: dt.date, window: Window, policy: Policy) -> Iterator[tuple[Milestone, Text]]:
    """The plan's milestones, latest first in the arithmetic, each with the reason for its date."""
    cal, dur = policy.calendar, policy.planning
    m201, m202 = _months(policy, "plan_to_submission"), _months(policy, "declaration_to_submission")
    m203, m205 = _months(policy, "building_period"), _months(policy, "survey_after_building_start")
    gap = max(1, limit(policy, "tpi_to_submission", recommended=True) or 1)
    tpi = tpi_before(day, policy)
    survey_end = cal.add_working_days(tpi.start, -1)
    survey_start = cal.add_working_days(survey_end, 1 - dur.survei)
    building = cal.previous_working_day(
        min(shift_back(tpi.start, m203, "months"), shift_back(survey_start, m205, "months"))
    )
    declaration = cal.previous_working_day(min(cal.add_working_days(building, -1), shift_back(day, m202, "months")))
    socialisation = cal.add_working_days(declaration, -1)
    team = cal.add_working_days(socialisation, -1)
    plan_end = cal.add_working_days(team, -1)
    plan_start = cal.previous_working_day(min(shift_back(day, m201, "months"), plan_end))
    needs_end = cal.add_working_days(building, dur.analisis_kebutuhan - 1)
    launch = cal.next_working_day(needs_end + (survey_start - needs_end) / 2)
    review = cal.next_working_day(launch + (survey_start - launch) / 2)
    yield (
        _ms(Stage.PERENCANAAN, DateSpan(plan_start, plan_end)),
        Text(
            f"mulai paling lambat {m201} bulan sebelum pengusulan (ZI201), selesai sebelum tim dibentuk",
            f"starts at least {m201} months before submission (ZI201), ends before the team is formed",
        ),
    )
    yield (
        _ms(Stage.PEMBENTUKAN_TIM, team),
        Text("SK tim/pokja dari seluruh bagian unit, sebelum sosialisasi", "team decree, from every part of the unit"),
    )
    yield (
        _ms(Stage.SOSIALISASI, socialisation),
        Text(
            "sosialisasi kepada seluruh pegawai sebelum pembangunan dimulai",
            "socialisation to all staff before building",
        ),
    )
    yield (
        _ms(Stage.PENCANANGAN, declaration),
        Text(
            f"paling lambat {m202} bulan sebelum pengusulan (ZI202) dan sebelum pembangunan dimulai",
            f"at least {m202} months before submission (ZI202) and before building starts",
        ),
    )
    yield (
        _ms(Stage.PEMBANGUNAN, DateSpan(building, tpi.end)),
        Text(
            f"mulai paling lambat {m203} bulan sebelum TPI (ZI203) dan {m205} bulan sebelum survei (ZI205), sampai TPI",
            f"starts at least {m203} months before the TPI (ZI203) and {m205} before the survey (ZI205), until the TPI",
        ),
    )
    yield (
        _ms(Stage.ANALISIS_KEBUTUHAN, DateSpan(building, needs_end)),
        Text(
            f"{dur.analisis_kebutuhan} hari kerja di awal pembangunan: dasar bagi inovasi",
            f"{dur.analisis_kebutuhan} working days as building starts: the basis for innovation",
        ),
    )
    yield (
        _ms(Stage.INOVASI, launch),
        Text("peluncuran inovasi setelah analisis kebutuhan", "innovation launch after the needs analysis"),
    )
    yield (
        _ms(Stage.PEMANTAUAN, review),
        Text("pemantauan dan evaluasi rencana kerja di tengah pembangunan", "monitoring of the work plan mid-building"),
    )
    yield (
        _ms(Stage.SURVEI, DateSpan(survey_start, survey_end)),
        Text(
            f"{dur.survei} hari kerja menjelang TPI (SPAK/SPKP)",
            f"{dur.survei} working days before the TPI (SPAK/SPKP)",
        ),
    )
    yield (
        _ms(Stage.PENILAIAN_MANDIRI, DateSpan(survey_start, survey_end)),
        Text(
            "unit mengisi LKE di PMPZI dengan data dukung menjelang TPI, yang menilai LKE itu",
            "the unit fills the LKE in PMPZI with its evidence before the TPI, which evaluates that LKE",
        ),
    )
    yield (
        _ms(Stage.EVALUASI_TPI, tpi),
        Text(
            f"{dur.tpi} hari kerja, selesai {gap} hari kerja sebelum pengusulan (ZI204)",
            f"{dur.tpi} working days, ending {gap} working days before submission (ZI204)",
        ),
    )
    yield (
        _ms(Stage.PENGUSULAN, day),
        Text(
            f"hari kerja terakhir dalam jendela {window.format('id')} (ZI301)",
            f"last working day inside the window {window.format('en')} (ZI301)",
        ),
    )
    yield from _after_award(window, day, cal)


def _after_award(window: Window, day: dt.date, cal: Calendar) -> Iterator[tuple[Milestone, Text]]:
    award = cal.award(window.year)
    if award is not None and award.day > day:
        span = DateSpan.day(award.day)
        why = Text(f"penetapan siklus {window.year} ({award.source})", f"{window.year} award ({award.source})")
    else:
        span = DateSpan.unit(dt.date(window.year, 12, 1), Precision.MONTH)
        why = Text("penetapan biasanya Desember (praktik 2018-2024)", "awards usually come in December (2018-2024)")
    yield Milestone(Stage.PENETAPAN, span), why
    after = cal.next_working_day(unit_bounds(span.end, Precision.MONTH)[1] + dt.timedelta(days=1))
    yield (
        _ms(Stage.PEMANTAUAN, after),
        Text("pemantauan setelah penetapan: menjaga dan meningkatkan predikat", "monitoring after the award"),
    )


def _ms(stage: Stage, when: dt.date | DateSpan) -> Milestone:
    return Milestone(stage, when if isinstance(when, DateSpan) else DateSpan.day(when))
