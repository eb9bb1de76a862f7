"""ZI1xx: the shape of a schedule (order, required stages, repeats)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Literal

from zi_timeline._dates import DateSpan
from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Text
from zi_timeline._messages import (
    MISSING,
    MISSING_FIX,
    ORDER,
    ORDER_FIX,
    ORDER_POINT,
    ORDER_UNCERTAIN,
    REPEATED,
    REPEATED_FIX,
    STRENGTH,
)
from zi_timeline._stages import PRECEDENCE, REPEATABLE, Precedence, Stage
from zi_timeline.rules._gaps import earliest_unit
from zi_timeline.rules._registry import Context, Reference, Rule

Mode = Literal["start", "end"]


@cache
def _closure() -> dict[tuple[Stage, Stage], tuple[Mode, Precedence]]:
    """Every implied order; a chain is "end" only when each of its links is."""
    edges: dict[tuple[Stage, Stage], tuple[Mode, Precedence]] = {
        (p.predecessor, p.successor): (p.mode, p) for p in PRECEDENCE
    }
    changed = True
    while changed:
        changed = False
        for (a, b), (mode_ab, _) in list(edges.items()):
            for (c, d), (mode_cd, link) in list(edges.items()):
                if b is c and (a, d) not in edges:
                    mode: Mode = "end" if mode_ab == mode_cd == "end" else "start"
                    edges[(a, d)] = (mode, link)
                    changed = True
    return edges


@cache
def _pairs() -> tuple[tuple[Stage, Stage, Mode, Precedence, tuple[Stage, ...]], ...]:
    """Each implied order with the stages that lie between its two ends."""
    closure = _closure()
    return tuple(
        (a, c, mode, link, tuple(b for b in Stage if (a, b) in closure and (b, c) in closure))
        for (a, c), (mode, link) in closure.items()
    )


@cache
def _nearest_pairs(present: frozenset[Stage]) -> tuple[tuple[Stage, Stage, Mode, Precedence], ...]:
    """The implied orders among *present* stages with no present stage between them.

    Only the nearest pair is checked, so one misplaced stage gives one finding; the
    answer depends only on which stages are present, so it is cached per stage set.
    """
    return tuple(
        (pred, succ, mode, link)
        for pred, succ, mode, link, between in _pairs()
        if pred in present and succ in present and not any(mid in present for mid in between)
    )


def _stage_order(rule: Rule, ctx: Context) -> Iterator[Finding]:
    schedule, lang = ctx.schedule, ctx.lang
    for pred, succ, mode, link in _nearest_pairs(frozenset(schedule.stages())):
        p_ms, s_ms = schedule.of(pred), schedule.first(succ)
        assert s_ms is not None  # noqa: S101 - succ is in schedule
        p_span = p_ms[-1].span if mode == "end" else p_ms[0].span
        p_lo, p_hi = p_span.end_bounds if mode == "end" else p_span.start_bounds
        s_lo, s_hi = s_ms.span.start_bounds
        if not s_lo < p_hi:
            continue
        certain = s_hi < p_lo
        message = ctx.text(
            ORDER,
            successor=succ.label(lang),
            successor_date=s_ms.span.format(lang),
            predecessor=pred.label(lang),
            point=ORDER_POINT[mode].get(lang),
            predecessor_date=p_span.format(lang),
        )
        if not certain:
            message += ORDER_UNCERTAIN.get(lang)
        point = ORDER_POINT[mode].get(lang)
        earliest = earliest_unit(p_hi, s_ms.span.precision)
        yield Finding(
            code=rule.code,
            rule=rule.name,
            severity=rule.severity if certain else rule.severity.lower(),
            stages=(pred, succ),
            certain=certain,
            message=message,
            observed=f"{succ.label(lang)} {s_ms.span.format(lang)}, {pred.label(lang)} {point} {p_span.format(lang)}",
            required=f"{succ.label(lang)} >= {pred.label(lang)} {point}",
            strength=link.strength,
            source=link.source,
            fix=ctx.text(ORDER_FIX, successor=succ.label(lang), earliest=earliest.format(lang)) + ".",
        )


_MISSING_HINT = {
    Stage.PERENCANAAN: Text(
        "petakan masalah dan susun rencana kerja ZI, sebaiknya pada triwulan IV tahun sebelum pengusulan",
        "map the problems and write the ZI work plan, ideally in the last quarter of the year before submission",
    ),
    Stage.PENCANANGAN: Text(
        "canangkan ZI dan tandatangani pakta integritas bersama seluruh pegawai (ritme Kemenkumham: Januari-Februari)",
        "declare ZI and sign the integrity pact with all staff (Kemenkumham rhythm: January-February)",
    ),
    Stage.PEMBANGUNAN: Text(
        "cantumkan masa pembangunan enam area perubahan sebagai rentang, mis. 'Februari - Mei 2024'",
        "give the building period across the six change areas as a range, e.g. 'Februari - Mei 2024'",
    ),
    Stage.EVALUASI_TPI: Text(
        "jadwalkan evaluasi TPI (Itjen) sebelum pengusulan (ritme Kemenkumham: pertengahan/akhir Mei)",
        "schedule the internal TPI evaluation before submission (Kemenkumham rhythm: mid/late May)",
    ),
    Stage.PENGUSULAN: Text(
        "tentukan tanggal pengusulan melalui aplikasi PMPZI dalam jendela nasional",
        "set the submission date through the PMPZI application inside the national window",
    ),
}
_GENERIC_HINT = Text("tambahkan baris untuk tahap ini beserta tanggalnya", "add a row for this stage with its date")
_MISSING_STRENGTH = {Stage.EVALUASI_TPI: "R", Stage.PENGUSULAN: "R", Stage.PENCANANGAN: "R"}
_REQUIRED_SOURCE = Text(
    "PermenPANRB 90/2021 Lampiran II; kebijakan {policy} (required_stages)",
    "PermenPANRB 90/2021 Lampiran II; policy {policy} (required_stages)",
)
_STAGE_MODEL = Text(
    "model tahapan ZI zi_timeline (DOMAIN.md), PermenPANRB 90/2021 Lampiran II",
    "zi_timeline's model of the ZI stages (DOMAIN.md), PermenPANRB 90/2021 Lampiran II",
)


def _stage_missing(rule: Rule, ctx: Context) -> Iterator[Finding]:
    schedule, lang = ctx.schedule, ctx.lang
    unreadable = {p.stage for p in schedule.problems}
    for stage in ctx.policy.required_stages:
        if stage in schedule or stage in unreadable:
            continue
        strength = _MISSING_STRENGTH.get(stage, "P")
        label = stage.label(lang)
        yield Finding(
            code=rule.code,
            rule=rule.name,
            severity=rule.severity,
            stages=(stage,),
            certain=True,
            message=ctx.text(MISSING, stage=label, strength=STRENGTH[strength].get(lang)),
            observed="tidak ada" if lang == "id" else "absent",
            required="ada" if lang == "id" else "present",
            strength=strength,
            source=_REQUIRED_SOURCE.get(lang).format(policy=ctx.policy.name),
            fix=ctx.text(MISSING_FIX, stage=label, hint=_MISSING_HINT.get(stage, _GENERIC_HINT).get(lang)) + ".",
        )


def _stage_repeated(rule: Rule, ctx: Context) -> Iterator[Finding]:
    lang = ctx.lang
    for stage, found in ctx.schedule.by_stage():
        if len(found) < 2 or stage in REPEATABLE:
            continue
        dates = ", ".join(m.span.format(lang) for m in found)
        first, last = found[0].span, found[-1].span
        yield Finding(
            code=rule.code,
            rule=rule.name,
            severity=rule.severity,
            stages=(stage,),
            certain=True,
            message=ctx.text(REPEATED, stage=stage.label(lang), count=len(found), dates=dates),
            observed=f"{len(found)}x",
            required="1x",
            strength="C",
            source=_STAGE_MODEL.get(lang),
            fix=ctx.text(
                REPEATED_FIX,
                stage=stage.label(lang),
                first=first.format(lang),
                last=DateSpan.unit(last.end, last.precision).format(lang),
            ),
        )


_DOMAIN_REF = Reference("P", "urutan tahapan ZI: PermenPANRB 90/2021 Lampiran II; ritme Kanwil Kemenkumham 2020-2023")

RULES = (
    Rule(
        code="ZI101",
        name="stage-order",
        family="structure",
        severity=Severity.ERROR,
        summary=Text(
            "Sebuah tahap dimulai sebelum tahap yang harus mendahuluinya "
            "(mis. pengusulan sebelum evaluasi TPI selesai).",
            "A stage starts before a stage that must precede it (e.g. submission before the TPI evaluation ends).",
        ),
        rationale=Text(
            "Hanya unit yang lolos evaluasi TPI yang dapat diusulkan; tahapan nasional (seleksi administrasi, "
            "desk evaluasi, evaluasi lapangan, penetapan) berurutan ketat. Perencanaan, pembentukan tim dan "
            "pencanangan mendahului pembangunan.",
            "Only units that pass the TPI may be proposed; the national stages (screening, desk and field "
            "evaluation, award) are strictly ordered. Planning, team formation and declaration precede the "
            "building period.",
        ),
        fix_hint=Text(
            "Undur tahap penerus, atau majukan tahap pendahulunya.",
            "Move the successor later, or its predecessor earlier.",
        ),
        references=(
            Reference("R", "PermenPANRB 90/2021, Lampiran II (hal. 50): TPI mendahului pengusulan"),
            _DOMAIN_REF,
        ),
        example={
            "unit": "Rutan Contoh",
            "target": "WBK",
            "milestones": {
                "perencanaan": "Oktober 2023",
                "pencanangan": "15 Januari 2024",
                "pembangunan": "Februari - Mei 2024",
                "evaluasi_tpi": "20-31 Mei 2024",
                "pengusulan": "27 Mei 2024",
            },
        },
        check=_stage_order,
    ),
    Rule(
        code="ZI102",
        name="stage-missing",
        family="structure",
        severity=Severity.ERROR,
        summary=Text(
            "Tahap wajib tidak ada: perencanaan, pencanangan, pembangunan, evaluasi TPI atau pengusulan.",
            "A required stage is absent: planning, declaration, building, TPI evaluation or submission.",
        ),
        rationale=Text(
            "Tanpa tahap-tahap ini jadwal tidak dapat dinilai; TPI dan pengusulan diwajibkan PermenPANRB 90/2021. "
            "Daftar tahap wajib diatur kebijakan (required_stages).",
            "Without these stages a schedule cannot be judged; TPI and submission are required by PermenPANRB 90/2021. "
            "The list is set by the policy (required_stages).",
        ),
        fix_hint=Text("Tambahkan tahap yang hilang beserta tanggalnya.", "Add the missing stage with its date."),
        references=(Reference("R", "PermenPANRB 90/2021, Lampiran II"), _DOMAIN_REF),
        example={
            "unit": "Kantor Imigrasi Contoh",
            "target": "WBK",
            "milestones": {"perencanaan": "Oktober 2023", "pengusulan": "Juni 2024"},
        },
        check=_stage_missing,
    ),
    Rule(
        code="ZI103",
        name="stage-repeated",
        family="structure",
        severity=Severity.ERROR,
        summary=Text(
            "Tahap yang hanya terjadi sekali tercantum lebih dari sekali (sosialisasi, analisis kebutuhan, inovasi, "
            "survei dan pemantauan boleh berulang).",
            "A once-only stage is given more than once (socialisation, needs analysis, innovation, survey and "
            "monitoring may repeat).",
        ),
        rationale=Text(
            "Dua tanggal pengusulan atau dua pencanangan biasanya salah ketik atau dua versi rencana yang tercampur; "
            "semua aturan jarak menjadi tidak pasti.",
            "Two submissions or two declarations are usually a typo or two plan versions mixed; every gap rule "
            "becomes ambiguous.",
        ),
        fix_hint=Text(
            "Gabungkan menjadi satu rentang atau perbaiki tahapnya.", "Merge into one range or correct the stage."
        ),
        references=(Reference("C", "model tahapan ZI zi_timeline, dari PermenPANRB 90/2021 Lampiran II"),),
        example={
            "unit": "Lapas Contoh",
            "target": "WBK",
            "milestones": [
                {"stage": "pencanangan", "date": "Januari 2024"},
                {"stage": "pencanangan", "date": "Maret 2024"},
            ],
        },
        check=_stage_repeated,
    ),
)
