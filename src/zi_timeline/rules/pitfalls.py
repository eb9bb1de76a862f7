"""ZI5xx: the Itjen's warning signs that a schedule can show (ZI502, instant building, is ZI2xx).

Each check asks whether something comes before something else. With spans that is
certain when it holds for every day they allow, possible when for some; a sign that is
only possible is reported one level lower with ``certain=False``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from zi_timeline._calendar import Calendar
from zi_timeline._dates import DateSpan, Precision, unit_bounds
from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._messages import (
    BUNCHED,
    BUNCHED_FIX,
    BUNCHED_OBSERVED,
    BUNCHED_REQUIRED,
    NO_INPUT,
    NO_INPUT_FIX,
    NO_INPUT_OBSERVED,
    NO_INPUT_REQUIRED,
    NO_NEEDS,
    NO_NEEDS_FIX,
    NO_NEEDS_OBSERVED,
    NO_NEEDS_REQUIRED,
    NO_SOCIALISATION,
    NO_SOCIALISATION_FIX,
    NO_SOCIALISATION_OBSERVED,
    NO_SOCIALISATION_REQUIRED,
    POKJA_ONLY,
    POKJA_ONLY_FIX,
    POKJA_ONLY_REQUIRED,
    REWARD,
    REWARD_FIX,
    REWARD_OBSERVED,
    REWARD_REQUIRED,
    SIGN,
    SIGN_UNCERTAIN,
    SIGNS,
)
from zi_timeline._people import Scope
from zi_timeline._planner import weekday_date
from zi_timeline._schedule import Milestone
from zi_timeline._stages import ACTIVITIES, Stage
from zi_timeline.rules._registry import Context, Reference, Rule

# The unit's own activities, whose spread over the building period ZI504 looks at.
_INVOLVING = (Stage.PENCANANGAN, Stage.SOSIALISASI, Stage.ANALISIS_KEBUTUHAN, Stage.INOVASI, Stage.PEMANTAUAN)
_INVOLVING_SET = frozenset(_INVOLVING)
_ITJEN = (
    "Itjen Kemenkumham, pembinaan ZI Kanwil Kemenkumham Banten: enam hal yang harus dihindari "
    "(orientasi penghargaan, instan, tanpa masukan pemangku kepentingan, dokumen saja, segelintir orang, "
    "inovasi tanpa kebutuhan)"
)
_ITJEN_EN = (
    "Itjen Kemenkumham, ZI coaching at Kanwil Kemenkumham Banten: six things to avoid "
    "(reward orientation, instant building, no stakeholder input, documents only, a few individuals, "
    "innovation not based on needs)"
)


def _earliest(earlier: Iterable[Milestone]) -> tuple[dt.date, dt.date] | None:
    """The earliest possible and the earliest certain start among *earlier* (None if there are none)."""
    starts = [m.span.start_bounds for m in earlier]
    if not starts:
        return None
    return min(lo for lo, _ in starts), min(hi for _, hi in starts)


def _before(earlier: Iterable[Milestone] | tuple[dt.date, dt.date] | None, later: DateSpan) -> tuple[bool, bool]:
    """(for every day, for some day): does one of *earlier* start before *later* starts?

    *earlier* may be given as its `_earliest` starts, so that a rule checking many later
    milestones against the same earlier ones stays linear.
    """
    first = earlier if earlier is None or isinstance(earlier, tuple) else _earliest(earlier)
    if first is None:
        return False, False
    lo, hi = later.start_bounds
    return first[1] < lo, first[0] < hi


def _finding(
    rule: Rule, ctx: Context, sign: int, body: str, *, certain: bool, stages: tuple[Stage, ...], **fields: str
) -> Finding:
    message = ctx.text(SIGN, sign=SIGNS[sign].get(ctx.lang)) + body
    if not certain:
        message += SIGN_UNCERTAIN.get(ctx.lang)
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=rule.severity if certain else rule.severity.lower(),
        stages=stages,
        certain=certain,
        message=message,
        observed=fields["observed"],
        required=fields["required"],
        strength=rule.references[0].strength,
        source=rule.references[0].text(ctx.lang),
        fix=fields["fix"],
    )


def _days(ctx: Context, last: dt.date, count: int) -> str:
    """A span of *count* working days ending on the last working day before *last*."""
    return _working_span(ctx.calendar, last, count, ctx.lang)


@functools.lru_cache(maxsize=8192)  # by value, bounded, thread-safe: units share their TPI and building days
def _working_span(cal: Calendar, last: dt.date, count: int, lang: Lang) -> str:
    end = cal.add_working_days(last, -1)
    return DateSpan(cal.add_working_days(end, 1 - count), end).format(lang)


def _reward_oriented(rule: Rule, ctx: Context) -> Iterator[Finding]:
    s, lang = ctx.schedule, ctx.lang
    anchor = (s.of(Stage.PENETAPAN) or s.of(Stage.PENGUSULAN) or (None,))[-1]
    if anchor is None:
        return
    end_lo, end_hi = anchor.span.end_bounds
    starts = [m.span.start_bounds for m in s.of(Stage.PEMANTAUAN)]
    if any(lo > end_hi for lo, _ in starts):
        return
    certain = not any(hi > end_lo for _, hi in starts)
    after = ctx.calendar.next_working_day(unit_bounds(end_hi, Precision.MONTH)[1] + dt.timedelta(days=1))
    last, date = anchor.stage.label(lang), anchor.span.format(lang)
    yield _finding(
        rule,
        ctx,
        1,
        ctx.text(REWARD, last=last, date=date),
        certain=certain,
        stages=(anchor.stage,),
        observed=ctx.text(REWARD_OBSERVED, date=date),
        required=ctx.text(REWARD_REQUIRED, last=last),
        fix=ctx.text(REWARD_FIX, last=last, day=weekday_date(after, lang)),
    )


def _no_stakeholder_input(rule: Rule, ctx: Context) -> Iterator[Finding]:
    s = ctx.schedule
    tpi = s.first(Stage.EVALUASI_TPI)
    if tpi is None:
        return
    inputs = [*s.of(Stage.SURVEI)]
    inputs += [m for m in (*s.of(Stage.ANALISIS_KEBUTUHAN), *s.of(Stage.SOSIALISASI)) if m.circle is Scope.EXTERNAL]
    every, some = _before(inputs, tpi.span)
    if every:
        return
    date = tpi.span.format(ctx.lang)
    yield _finding(
        rule,
        ctx,
        3,
        ctx.text(NO_INPUT, tpi=date),
        certain=not some,
        stages=(Stage.EVALUASI_TPI,),
        observed=ctx.text(NO_INPUT_OBSERVED, tpi=date),
        required=NO_INPUT_REQUIRED.get(ctx.lang),
        fix=ctx.text(NO_INPUT_FIX, span=_days(ctx, tpi.span.start_bounds[0], ctx.plan_policy.planning.survei)),
    )


def _documents_only(rule: Rule, ctx: Context) -> Iterator[Finding]:
    s, lang = ctx.schedule, ctx.lang
    tpi = s.first(Stage.EVALUASI_TPI)
    threshold = ctx.policy.for_rule(rule.code)
    if tpi is None or threshold is None:
        return
    limit, window = threshold.recommended, threshold.param("window_days")
    t_lo, t_hi = tpi.span.start_bounds
    surely_from, maybe_from = t_hi - dt.timedelta(days=window), t_lo - dt.timedelta(days=window)
    n = surely_before = surely_in = maybe_in = 0  # one pass: this runs on every schedule
    for stage, milestones in s.by_stage():
        if stage not in ACTIVITIES:
            continue
        for m in milestones:
            lo, hi = m.span.start_bounds
            n += lo < t_hi  # may start before the TPI
            surely_before += hi < t_lo
            surely_in += lo >= surely_from and hi < t_lo
            maybe_in += hi >= maybe_from and lo < t_hi
    least = threshold.param("min_activities")
    if n < least:
        return
    certain = surely_before >= least and surely_in * 100 >= limit * n
    if not certain and maybe_in * 100 < limit * max(maybe_in, surely_before, 1):
        return
    k = surely_in if certain else maybe_in
    share = round(100 * k / n)
    building = s.first(Stage.PEMBANGUNAN)
    where = f" ({building.span.format(lang)})" if building else ""
    start = DateSpan.day(t_lo - dt.timedelta(days=window)).format(lang)
    values = {"k": k, "n": n, "share": share, "window": window, "limit": limit}
    yield _finding(
        rule,
        ctx,
        4,
        ctx.text(BUNCHED, tpi=tpi.span.format(lang), **values),
        certain=certain,
        stages=(Stage.EVALUASI_TPI,),
        observed=ctx.text(BUNCHED_OBSERVED, **values),
        required=ctx.text(BUNCHED_REQUIRED, **values),
        fix=ctx.text(BUNCHED_FIX, building=where, start=start, end=tpi.span.format(lang)),
    )


def _few_people(rule: Rule, ctx: Context) -> Iterator[Finding]:
    s, lang = ctx.schedule, ctx.lang
    building = s.first(Stage.PEMBANGUNAN)
    if building is not None:
        # A sosialisasi for the pokja alone counts here: the check below names it.
        internal = [m for m in s.of(Stage.SOSIALISASI) if m.reaches is None or m.reaches.reaches_staff]
        every, some = _before(internal, building.span)
        if not every:
            date = building.span.format(lang)
            day = ctx.calendar.add_working_days(building.span.start_bounds[0], -1)
            yield _finding(
                rule,
                ctx,
                5,
                ctx.text(NO_SOCIALISATION, building=date),
                certain=not some,
                stages=(Stage.SOSIALISASI, Stage.PEMBANGUNAN),
                observed=ctx.text(NO_SOCIALISATION_OBSERVED, date=date),
                required=NO_SOCIALISATION_REQUIRED.get(lang),
                fix=ctx.text(NO_SOCIALISATION_FIX, day=weekday_date(day, lang)),
            )
    # By stage, each in date order: the report sorts findings by stage, so this is its order.
    for m in (m for stage, found in s.by_stage() if stage in _INVOLVING_SET for m in found):
        if m.circle is Scope.POKJA:
            stage = m.stage.label(lang)
            text = m.participants or m.circle.label(lang)
            yield _finding(
                rule,
                ctx,
                5,
                ctx.text(POKJA_ONLY, stage=stage, date=m.span.format(lang), participants=text),
                certain=True,
                stages=(m.stage,),
                observed=text,
                required=POKJA_ONLY_REQUIRED.get(lang),
                fix=ctx.text(POKJA_ONLY_FIX, stage=stage),
            )


def _innovation_without_needs(rule: Rule, ctx: Context) -> Iterator[Finding]:
    s, lang = ctx.schedule, ctx.lang
    bases = _earliest([*s.of(Stage.ANALISIS_KEBUTUHAN), *s.of(Stage.SURVEI)])  # once: linear in milestones
    for innovation in s.of(Stage.INOVASI):
        every, some = _before(bases, innovation.span)
        if every:
            continue
        date = innovation.span.format(lang)
        count = ctx.plan_policy.planning.analisis_kebutuhan
        yield _finding(
            rule,
            ctx,
            6,
            ctx.text(NO_NEEDS, date=date),
            certain=not some,
            stages=(Stage.INOVASI,),
            observed=ctx.text(NO_NEEDS_OBSERVED, date=date),
            required=NO_NEEDS_REQUIRED.get(lang),
            fix=ctx.text(NO_NEEDS_FIX, span=_days(ctx, innovation.span.start_bounds[0], count)),
        )


def _example(**milestones: object) -> dict[str, object]:
    return {"unit": "Lapas Kelas IIA Contoh", "target": "WBK", "milestones": milestones}


_SIGNS_REF = Reference("P", _ITJEN, _ITJEN_EN)
_CHOICE = Reference(
    "C",
    "zi_timeline: tanda yang dapat dibaca dari jadwal (DOMAIN.md, enam hal yang dihindari)",
    "zi_timeline: the signs a schedule can show (DOMAIN.md, the six things to avoid)",
)

RULES = (
    Rule(
        code="ZI501",
        name="reward-oriented",
        family="pitfalls",
        severity=Severity.INFO,
        summary=Text(
            "Tidak ada pemantauan sesudah penetapan (atau sesudah pengusulan bila penetapan tidak dijadwalkan).",
            "Nothing is planned after the award (or after the submission when no award date is planned).",
        ),
        rationale=Text(
            "Itjen memperingatkan ZI yang berorientasi pada penghargaan: rencana yang berakhir pada predikat "
            "menandakan perubahan yang berhenti setelah predikat diraih.",
            "The Itjen warns against ZI driven by the reward: a plan that ends at the predicate suggests change "
            "that stops once it is won.",
        ),
        fix_hint=Text(
            "Tambahkan pemantauan dan evaluasi berkala sesudah penetapan.",
            "Add regular monitoring and evaluation after the award.",
        ),
        references=(_SIGNS_REF, _CHOICE),
        example=_example(pengusulan="22 Juli 2024", penetapan="11 Desember 2024"),
        check=_reward_oriented,
    ),
    Rule(
        code="ZI503",
        name="no-stakeholder-input",
        family="pitfalls",
        severity=Severity.WARNING,
        summary=Text(
            "Tidak ada survei atau konsultasi pemangku kepentingan sebelum evaluasi TPI.",
            "No survey or stakeholder consultation before the TPI evaluation.",
        ),
        rationale=Text(
            "Perubahan yang tidak mendengar pengguna layanan tidak dapat dinilai dari sisi hasil; survei persepsi "
            "(SPAK, SPKP, IKM) adalah komponen hasil dalam PermenPANRB 90/2021.",
            "Change that does not listen to service users cannot be judged by its results; perception surveys "
            "(SPAK, SPKP, IKM) are a result component under PermenPANRB 90/2021.",
        ),
        fix_hint=Text(
            "Jadwalkan survei persepsi atau konsultasi publik sebelum TPI.",
            "Schedule a perception survey or a public consultation before the TPI.",
        ),
        references=(_SIGNS_REF, Reference("R", "PermenPANRB 90/2021: survei persepsi sebagai komponen hasil")),
        example=_example(evaluasi_tpi="20-31 Mei 2024"),
        check=_no_stakeholder_input,
    ),
    Rule(
        code="ZI504",
        name="documents-only",
        family="pitfalls",
        severity=Severity.WARNING,
        summary=Text(
            "Sebagian besar kegiatan menumpuk menjelang TPI (bawaan: >= 60% dalam 30 hari sebelum TPI).",
            "Most activities bunch up just before the TPI (default: >= 60% in the 30 days before it).",
        ),
        rationale=Text(
            "Kegiatan yang menumpuk tepat sebelum penilaian menandakan penyusunan bukti, bukan pembangunan yang "
            "tersebar sepanjang masa pembangunan.",
            "Activities bunched just before the assessment suggest evidence being assembled, not change built "
            "over the building period.",
        ),
        fix_hint=Text(
            "Sebar sosialisasi, analisis kebutuhan, inovasi, survei dan pemantauan sepanjang masa pembangunan.",
            "Spread socialisation, needs analysis, innovation, surveys and monitoring over the building period.",
        ),
        references=(_SIGNS_REF, Reference("C", "ambang documents_only dalam kebijakan bawaan")),
        threshold="documents_only",
        example=_example(
            sosialisasi="2 Mei 2024",
            analisis_kebutuhan="6 Mei 2024",
            inovasi="13 Mei 2024",
            survei="14-16 Mei 2024",
            evaluasi_tpi="20-31 Mei 2024",
        ),
        check=_documents_only,
    ),
    Rule(
        code="ZI505",
        name="few-people",
        family="pitfalls",
        severity=Severity.WARNING,
        summary=Text(
            "Tidak ada sosialisasi kepada seluruh pegawai sebelum pembangunan, atau peserta hanya pokja.",
            "No socialisation to all staff before building, or participants that are the pokja alone.",
        ),
        rationale=Text(
            "ZI dibangun oleh seluruh unit; bila hanya pokja yang bergerak, perubahan tidak sampai ke layanan.",
            "ZI is built by the whole unit; when only the pokja moves, change never reaches the service.",
        ),
        fix_hint=Text(
            "Sosialisasikan ZI kepada seluruh pegawai sebelum pembangunan dan libatkan mereka dalam kegiatan.",
            "Socialise ZI to all staff before building and involve them in the activities.",
        ),
        references=(_SIGNS_REF, _CHOICE),
        example=_example(
            sosialisasi={"date": "10 Januari 2024", "participants": "Tim Pokja ZI"},
            pembangunan="Februari - Juli 2024",
        ),
        check=_few_people,
    ),
    Rule(
        code="ZI506",
        name="innovation-without-needs",
        family="pitfalls",
        severity=Severity.WARNING,
        summary=Text(
            "Inovasi tanpa analisis kebutuhan, analisis pengaduan atau survei sebelumnya.",
            "An innovation with no needs analysis, complaint analysis or survey before it.",
        ),
        rationale=Text(
            "Inovasi harus menjawab kebutuhan dan pengaduan pengguna layanan; inovasi yang mendahului analisisnya "
            "adalah inovasi demi penilaian.",
            "An innovation must answer users' needs and complaints; one that precedes its analysis is innovation "
            "for the assessment's sake.",
        ),
        fix_hint=Text(
            "Jadwalkan analisis kebutuhan atau survei sebelum peluncuran inovasi.",
            "Schedule a needs analysis or a survey before the innovation launch.",
        ),
        references=(_SIGNS_REF, _CHOICE),
        example=_example(inovasi="Maret 2024", analisis_kebutuhan="April 2024"),
        check=_innovation_without_needs,
    ),
)
