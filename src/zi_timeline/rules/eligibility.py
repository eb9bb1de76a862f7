"""ZI4xx: whether the unit may be proposed at all (WBK before WBBM, revocation bar)."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Text
from zi_timeline._messages import WBBM_FIX, WBBM_NO_WBK, WBBM_NO_WBK_LATE, WBBM_NO_WBK_NONE
from zi_timeline._schedule import Milestone
from zi_timeline._stages import Predicate, Stage
from zi_timeline.rules._gaps import Point, gap_finding
from zi_timeline.rules._registry import Check, Context, Reference, Rule

_WBK_REF = "PermenPANRB 90/2021 (kriteria pengusulan WBBM); pedoman ZI Polri dan BPS"
_WBK_SOURCE = Text(_WBK_REF, "PermenPANRB 90/2021 (criteria for a WBBM proposal); Polri and BPS ZI guidance")


def _wbbm_without_wbk(rule: Rule, ctx: Context) -> Iterator[Finding]:
    schedule, lang = ctx.schedule, ctx.lang
    if schedule.target is not Predicate.WBBM:
        return
    wbk, submission = schedule.wbk_awarded, schedule.first(Stage.PENGUSULAN)
    if wbk is None:
        detail = WBBM_NO_WBK_NONE.get(lang)
    elif submission is not None and wbk.start_bounds[0] > submission.span.start_bounds[1]:
        detail = ctx.text(WBBM_NO_WBK_LATE, wbk=wbk.format(lang), submission=submission.span.format(lang))
    else:
        return
    yield Finding(
        code=rule.code,
        rule=rule.name,
        severity=rule.severity,
        stages=(Stage.PENGUSULAN,),
        certain=True,
        message=ctx.text(WBBM_NO_WBK, detail=detail),
        observed=detail,
        required="WBK diraih sebelum pengusulan WBBM" if lang == "id" else "WBK held before the WBBM submission",
        strength="R",
        source=_WBK_SOURCE.get(lang),
        fix=WBBM_FIX.get(lang),
    )


def _since(field: str, *, only_wbbm: bool) -> Check:
    def check(rule: Rule, ctx: Context) -> Iterator[Finding]:
        schedule = ctx.schedule
        if only_wbbm and schedule.target is not Predicate.WBBM:
            return
        event = getattr(schedule, field)
        submission = schedule.first(Stage.PENGUSULAN)
        if event is None or submission is None:
            return
        if field == "wbk_awarded" and event.start_bounds[0] > submission.span.start_bounds[1]:
            return  # WBK after submission: ZI401's case, not a question of age
        # The award or revocation is measured like a milestone, under its own name.
        since = Point(Milestone(Stage.PENETAPAN, event), label=_EVENT[field])
        finding = gap_finding(rule, ctx, since, Point(submission))
        if finding is None:
            return
        if field == "wbk_awarded" and finding.certain and event.start_bounds[1] > submission.span.start_bounds[0]:
            # For some days the WBK comes after the submission: then it is ZI401's case and
            # this finding does not hold, so it is not certain.
            finding = attrs.evolve(finding, certain=False, severity=finding.severity.lower())
        yield finding

    return check


_EVENT = {
    "wbk_awarded": Text("penetapan WBK", "WBK award"),
    "revoked": Text("pencabutan predikat", "revocation of the predicate"),
}


RULES = (
    Rule(
        code="ZI401",
        name="wbbm-without-wbk",
        family="eligibility",
        severity=Severity.ERROR,
        summary=Text(
            "Target WBBM tanpa tanggal penetapan WBK, atau WBK baru ditetapkan sesudah pengusulan.",
            "A WBBM target with no WBK award date, or a WBK awarded only after the submission.",
        ),
        rationale=Text(
            "Hanya unit yang telah meraih WBK dapat diusulkan menjadi WBBM.",
            "Only a unit that already holds WBK can be proposed for WBBM.",
        ),
        fix_hint=Text(
            "Isi 'wbk_awarded', atau ubah target menjadi WBK.", "Fill in 'wbk_awarded', or change the target to WBK."
        ),
        references=(Reference("R", _WBK_REF),),
        example={"unit": "Kanwil Contoh", "target": "WBBM", "milestones": {"pengusulan": "Juni 2024"}},
        check=_wbbm_without_wbk,
    ),
    Rule(
        code="ZI402",
        name="wbk-too-recent",
        family="eligibility",
        severity=Severity.WARNING,
        summary=Text(
            "WBBM diusulkan kurang dari 2 tahun setelah WBK ditetapkan.",
            "WBBM is proposed less than 2 years after the WBK award.",
        ),
        rationale=Text(
            "Usulan WBBM 2020 dengan WBK berumur satu tahun gagal (Pemprov DKI, 4 Juni 2021); WBBM menuntut "
            "pelayanan yang sudah mapan.",
            "A 2020 WBBM proposal with a one-year-old WBK failed (DKI Jakarta, 4 June 2021); WBBM expects "
            "established service quality.",
        ),
        fix_hint=Text("Usulkan WBBM pada siklus berikutnya.", "Propose WBBM in a later cycle."),
        references=(Reference("P", "Pemprov DKI Jakarta, berita 4 Juni 2021"),),
        threshold="wbk_age",
        example={
            "unit": "Kanwil Contoh",
            "target": "WBBM",
            "wbk_awarded": "11 Desember 2023",
            "milestones": {"pengusulan": "Juni 2024"},
        },
        check=_since("wbk_awarded", only_wbbm=True),
    ),
    Rule(
        code="ZI403",
        name="revoked-too-recent",
        family="eligibility",
        severity=Severity.ERROR,
        summary=Text(
            "Unit diusulkan kurang dari 2 tahun setelah predikatnya dicabut.",
            "The unit is proposed less than 2 years after its predicate was revoked.",
        ),
        rationale=Text(
            "Unit yang predikatnya dicabut tidak dapat diusulkan kembali selama dua tahun sejak pencabutan.",
            "A unit whose predicate was revoked may not be proposed again for two years after the revocation.",
        ),
        fix_hint=Text(
            "Usulkan paling cepat dua tahun setelah tanggal pencabutan.",
            "Propose no earlier than two years after the revocation.",
        ),
        references=(Reference("R", "PermenPANRB 90/2021 Lampiran II Bab IV C (KemenPANRB, kompas.com 6 Juli 2022)"),),
        threshold="revocation_bar",
        example={
            "unit": "Kantor Pertanahan Contoh",
            "target": "WBK",
            "revoked": "Maret 2023",
            "milestones": {"pengusulan": "Juni 2024"},
        },
        check=_since("revoked", only_wbbm=False),
    ),
)
