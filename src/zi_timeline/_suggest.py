"""How `zi_timeline.planning.suggest_fix` moves later stages: candidates, followers, reasons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from zi_timeline._calendar import Calendar
from zi_timeline._dates import DateSpan, Precision, unit_bounds
from zi_timeline._findings import Finding
from zi_timeline._i18n import Lang, Text
from zi_timeline._planner import Earliest, limit, tpi_before
from zi_timeline._planner import earliest_submission as _earliest
from zi_timeline._policy import Policy
from zi_timeline._schedule import Schedule
from zi_timeline._stages import Stage

__all__ = ["Move", "candidate", "why_not"]


@attrs.frozen
class Move:
    """One stage moved by a suggested fix: where it was, where it goes, and why."""

    stage: Stage
    before: DateSpan
    after: DateSpan
    reason: str

    def to_dict(self, lang: Lang = "id") -> dict[str, object]:
        return {
            "stage": self.stage.value,
            "before": self.before.format(lang),
            "after": self.after.format(lang),
            "reason": self.reason,
        }


def why_not(missing: tuple[Stage, ...], blocking: Sequence[Finding], lang: Lang) -> str:
    """Why no move of later stages fixes the plan, and what to add or fix first (each finding's own fix)."""
    parts = []
    if missing:
        names = ", ".join(stage.label(lang) for stage in missing)
        parts.append(
            Text(f"tahap wajib belum ada; tambahkan dulu: {names}", f"required stages are missing; add first: {names}")
        )
    first = {f.code: f for f in blocking}
    if first:
        fixes = " ".join(f"{code}: {f.fix}" for code, f in sorted(first.items()))
        parts.append(Text(f"perbaiki dulu {fixes}", f"fix first {fixes}"))
    head = Text("tidak ada perbaikan dengan memindahkan tahap akhir saja", "no fix by moving later stages alone")
    return "; ".join([head.get(lang), *(p.get(lang) for p in parts)])


def candidate(
    schedule: Schedule, policy: Policy, lang: Lang, *, today: dt.date | None, move_tpi: bool
) -> tuple[Schedule, tuple[Move, ...], Earliest] | None:
    old, tpi = schedule.first(Stage.PENGUSULAN), schedule.first(Stage.EVALUASI_TPI)
    if old is None or tpi is None:
        return None  # a missing stage is ZI102's to fix, not a move
    earliest = _pick(schedule, policy, today=today, keep_tpi=not move_tpi)
    if earliest is None or (not move_tpi and tpi.span.end.year != earliest.cycle_year):
        return None  # a TPI from another year cannot support this cycle's proposal
    moves = [Move(Stage.PENGUSULAN, old.span, DateSpan.day(earliest.day), _why_submission(earliest, lang))]
    new_tpi = tpi_before(earliest.day, policy, earliest.tpi_start_min)
    if move_tpi and new_tpi != tpi.span:
        moves.append(Move(Stage.EVALUASI_TPI, tpi.span, new_tpi, _why_tpi(policy, lang)))
    moves += _followers(schedule, old.span.end, earliest, policy.calendar, lang)
    if today is not None and any(mv.before.end_bounds[1] < today for mv in moves):
        return None  # a stage already done cannot move
    return _apply(schedule, moves), tuple(moves), earliest


def _followers(schedule: Schedule, old_end: dt.date, earliest: Earliest, cal: Calendar, lang: Lang) -> list[Move]:
    """KemenPANRB's stages, and monitoring after the old submission, moved only where the order breaks.

    A stage that still comes after the new submission (and after the KemenPANRB stage
    before it) stays where it is; one that no longer does keeps its distance from the
    submission, on a working day, and a moved award goes to the cycle's known award day.
    """
    why = Text("mengikuti pengusulan yang dipindah", "follows the moved submission").get(lang)
    award = cal.award(earliest.cycle_year)
    moves = []
    floor = earliest.day
    later = sorted(
        (m for m in schedule if m.stage.order > Stage.PENGUSULAN.order), key=lambda m: (m.stage.order, m.start)
    )
    for m in later:
        if m.start > floor:
            continue  # the order holds (a stage left in place keeps its order with the next)
        after = _follow(m.span, old_end, earliest.day, cal)
        if m.stage is Stage.PENETAPAN and award is not None and award.day > floor:
            after = DateSpan.day(award.day)
        after = _past(after, floor, cal)
        moves.append(Move(m.stage, m.span, after, why))
        floor = max(floor, after.end)
    moves += [
        Move(m.stage, m.span, _past(_follow(m.span, old_end, earliest.day, cal), earliest.day, cal), why)
        for m in schedule
        if m.stage is Stage.PEMANTAUAN and old_end < m.start <= earliest.day
    ]
    return moves


def _past(span: DateSpan, floor: dt.date, cal: Calendar) -> DateSpan:
    """*span* moved on, whole, until it starts after *floor* on a working day (a day-precise span)."""
    start = max(span.start, floor + dt.timedelta(days=1))
    if span.precision is Precision.DAY:
        start = cal.next_working_day(start)
        return DateSpan(start, start + (span.end - span.start))
    if start == span.start:
        return span
    return _follow(span, span.start - dt.timedelta(days=1), start - dt.timedelta(days=1), cal)


def _apply(schedule: Schedule, moves: list[Move]) -> Schedule:
    pending = list(moves)
    milestones = []
    for m in schedule:
        move = next((mv for mv in pending if mv.stage is m.stage and mv.before == m.span), None)
        if move is not None:
            pending.remove(move)
            m = attrs.evolve(m, span=move.after)  # noqa: PLW2901 - the milestone, moved
        milestones.append(m)
    return attrs.evolve(schedule, milestones=milestones)


def _pick(schedule: Schedule, policy: Policy, *, today: dt.date | None, keep_tpi: bool) -> Earliest | None:
    """The recommended day when it falls in the same cycle as the merely feasible one."""
    feasible = _earliest(schedule, policy, today=today, keep_tpi=keep_tpi)
    best = _earliest(schedule, policy, recommended=True, today=today, keep_tpi=keep_tpi)
    if feasible is None:
        return None
    return best if best is not None and best.cycle_year == feasible.cycle_year else feasible


def _follow(span: DateSpan, old_end: dt.date, new_day: dt.date, cal: Calendar) -> DateSpan:
    """*span* kept as far after the new submission as it was after the old one (at least a
    day), at its own precision, starting on a whole unit that begins after the submission."""
    start = new_day + max(span.start - old_end, dt.timedelta(days=1))
    length = span.end - span.start
    if span.precision is Precision.DAY:
        start = cal.next_working_day(start)
        return DateSpan(start, start + length)
    first, last = unit_bounds(start, span.precision)
    if first < start:
        first, last = unit_bounds(last + dt.timedelta(days=1), span.precision)
    if unit_bounds(span.start, span.precision)[1] >= span.end:  # one whole month stays one month
        return DateSpan(first, last, span.precision)
    return DateSpan(first, max(last, unit_bounds(first + length, span.precision)[1]), span.precision)


def _why_submission(earliest: Earliest, lang: Lang) -> str:
    return Text("paling cepat {e}", "no earlier than {e}").get(lang).format(e=earliest.describe(lang))


def _why_tpi(policy: Policy, lang: Lang) -> str:
    gap = max(1, limit(policy, "tpi_to_submission", recommended=True) or 1)
    return Text(
        f"TPI menyusul pengusulan baru: selesai {gap} hari kerja sebelumnya (ZI204), dalam siklus yang sama",
        f"the TPI follows the new submission: ending {gap} working days before it (ZI204), in the same cycle",
    ).get(lang)
