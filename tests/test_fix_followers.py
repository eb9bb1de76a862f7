"""The assistant's fix moves KemenPANRB's later stages only where the order breaks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import planning
from zi_timeline.strategies import ordered_schedules

CIANJUR = Path(__file__).parent / "fixtures" / "loop" / "cianjur.csv"


def _moves(suggestion: planning.Suggestion) -> dict[zt.Stage, tuple[dt.date, dt.date]]:
    return {m.stage: (m.before.start, m.after.start) for m in suggestion.moves}


def test_an_earlier_submission_leaves_the_known_award_and_later_monitoring_alone() -> None:
    (schedule,) = zt.load(CIANJUR)
    suggestion = planning.suggest_fix(schedule)
    assert suggestion.feasible
    assert _moves(suggestion) == {zt.Stage.PENGUSULAN: (dt.date(2024, 8, 1), dt.date(2024, 7, 31))}
    assert suggestion.schedule is not None
    (award,) = suggestion.schedule.of(zt.Stage.PENETAPAN)
    assert award.span == zt.DateSpan.day(dt.date(2024, 12, 11))


def _instant(**later: str) -> zt.Schedule:
    milestones = {
        "perencanaan": "Juni 2024",
        "pencanangan": "3 Juli 2024",
        "pembangunan": {"start": "4 Juli 2024", "end": "31 Agustus 2024"},
        "evaluasi_tpi": "22-26 Juli 2024",
        "pengusulan": "Agustus 2024",
        **later,
    }
    return zt.Schedule.from_mapping({"unit": "Lapas Contoh", "target": "WBK", "milestones": milestones})


def test_a_later_submission_moves_the_award_to_its_cycle_on_a_working_day() -> None:
    schedule = _instant(seleksi_administrasi="September 2024", penetapan="11 Desember 2024")
    suggestion = planning.suggest_fix(schedule)
    assert suggestion.earliest is not None
    new_day = suggestion.earliest.day
    calendar = zt.Calendar.default()
    for move in suggestion.moves:
        if move.stage in {zt.Stage.PENGUSULAN, zt.Stage.EVALUASI_TPI}:
            continue
        assert move.after.start > new_day, move
        assert move.before.start <= new_day, move  # it moved because the order broke
        if move.after.precision is zt.Precision.DAY:
            assert calendar.is_working_day(move.after.start), move
    penetapan = next(m for m in suggestion.moves if m.stage is zt.Stage.PENETAPAN)
    award = calendar.award(suggestion.earliest.cycle_year)
    if award is not None:
        assert penetapan.after == zt.DateSpan.day(award.day)


def test_a_stage_still_after_the_new_submission_stays() -> None:
    schedule = _instant(penetapan="11 Desember 2025")
    suggestion = planning.suggest_fix(schedule)
    assert suggestion.feasible
    assert zt.Stage.PENETAPAN not in _moves(suggestion)


_LATER = (zt.Stage.SELEKSI_ADMINISTRASI, zt.Stage.DESK_EVALUASI, zt.Stage.EVALUASI_LAPANGAN, zt.Stage.PENETAPAN)


@settings(max_examples=60, deadline=None)
@given(ordered_schedules(), st.integers(1, 200))
def test_later_stages_move_only_when_the_order_breaks_and_onto_working_days(schedule: zt.Schedule, days: int) -> None:
    submission = schedule.first(zt.Stage.PENGUSULAN)
    assert submission is not None
    screening = zt.Milestone(zt.Stage.SELEKSI_ADMINISTRASI, zt.DateSpan.day(submission.end + dt.timedelta(days=days)))
    schedule = attrs.evolve(schedule, milestones=[*schedule, screening])
    suggestion = planning.suggest_fix(schedule)
    if suggestion.earliest is None:
        return
    day, calendar = suggestion.earliest.day, zt.Calendar.default()
    moved = {(m.stage, m.before) for m in suggestion.moves}
    for milestone in schedule:
        if milestone.stage in _LATER and milestone.start > day and suggestion.moves:
            assert (milestone.stage, milestone.span) not in moved, milestone  # still after: it stays
    for move in suggestion.moves:
        if move.stage in _LATER:
            assert move.after.start > day, move
            if move.after.precision is zt.Precision.DAY:
                assert calendar.is_working_day(move.after.start), move
