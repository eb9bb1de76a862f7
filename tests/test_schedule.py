from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import zi_timeline as zt
from zi_timeline import Predicate, Stage
from zi_timeline.exceptions import InvalidDateError, InvalidScheduleError, UnknownStageError

BASE = {"unit": "Lapas Contoh", "target": "WBK"}


@pytest.mark.parametrize(
    "milestones",
    [
        [{"stage": "perencanaan", "date": "Juni 2024"}, {"stage": "pengusulan", "date": "Agustus 2024"}],
        {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"},
        [{"tahap": "Perencanaan", "tanggal": "06/2024"}, {"stage": "submission", "start": "Agustus 2024"}],
        {
            "perencanaan": {"start": "Juni 2024"},
            "pengusulan": {"mulai": "1 Agustus 2024", "selesai": "31 Agustus 2024"},
        },
    ],
)
def test_every_milestone_shape_gives_the_same_stages(milestones: object) -> None:
    schedule = zt.Schedule.from_mapping({**BASE, "milestones": milestones})
    assert [m.stage for m in schedule] == [Stage.PERENCANAAN, Stage.PENGUSULAN]
    first = schedule.first(Stage.PERENCANAAN)
    assert first is not None
    assert first.span.start == dt.date(2024, 6, 1)


def test_indonesian_field_names() -> None:
    schedule = zt.Schedule.from_mapping(
        {
            "satker": "Rutan Contoh",
            "predikat": "WBBM",
            "tanggal_wbk": "11 Desember 2023",
            "tahun": 2024,
            "tahapan": {"pengusulan": "Selasa (18/06)"},
        }
    )
    assert schedule.unit == "Rutan Contoh"
    assert schedule.target is Predicate.WBBM
    assert schedule.wbk_awarded == zt.parse_date("11 Desember 2023")
    assert schedule.cycle_year == 2024
    assert schedule.milestones[0].span.start == dt.date(2024, 6, 18)


def test_repeated_stage_as_a_list_of_dates() -> None:
    schedule = zt.Schedule.from_mapping({**BASE, "milestones": {"survei": ["Maret 2024", "Mei 2024"]}})
    assert len(schedule.of(Stage.SURVEI)) == 2


@pytest.mark.parametrize(
    ("data", "error", "field"),
    [
        (
            {**BASE, "milestones": [{"stage": "pencanangan", "date": "31 Februari 2024"}]},
            InvalidDateError,
            "milestones[0].date",
        ),
        (
            {**BASE, "milestones": [{"stage": "pencanagan", "date": "Juni 2024"}]},
            UnknownStageError,
            "milestones[0].stage",
        ),
        ({**BASE, "milestones": {"pengusulan": "Juni 2024"}, "milestone": []}, InvalidScheduleError, "milestone"),
        ({"unit": "X", "milestones": []}, InvalidScheduleError, "target"),
        ({"target": "WBK", "milestones": []}, InvalidScheduleError, "unit"),
        ({**BASE}, InvalidScheduleError, "milestones"),
        ({**BASE, "milestones": "Juni 2024"}, InvalidScheduleError, "milestones"),
        ({**BASE, "milestones": [{"stage": "pengusulan"}]}, InvalidScheduleError, "milestones[0].date"),
        (
            {**BASE, "milestones": [{"stage": "pengusulan", "date": "Juni 2024", "start": "Juni 2024"}]},
            InvalidScheduleError,
            "milestones[0]",
        ),
        (
            {**BASE, "milestones": [{"stage": "pembangunan", "start": "Mei 2024", "end": "Februari 2024"}]},
            InvalidDateError,
            "milestones[0].end",
        ),
        ({**BASE, "year": "dua ribu", "milestones": []}, InvalidScheduleError, "year"),
    ],
)
def test_strict_mode_raises_naming_the_field_path(data: object, error: type[Exception], field: str) -> None:
    with pytest.raises(error) as info:
        zt.Schedule.from_mapping(data)
    assert getattr(info.value, "field", None) == field
    assert field in str(info.value)


def test_collect_mode_keeps_the_unit_and_every_problem() -> None:
    data = {
        **BASE,
        "milestones": [
            {"stage": "pencanagan", "date": "Januari 2024"},
            {"stage": "evaluasi_tpi", "date": "31 Februari 2024"},
            {"stage": "pengusulan", "date": "Juni 2024"},
        ],
    }
    schedule = zt.Schedule.from_mapping(data, strict=False)
    assert schedule.unit == "Lapas Contoh"
    assert [p.code for p in schedule.problems] == ["ZI902", "ZI901"]
    assert schedule.problems[1].stage is Stage.EVALUASI_TPI
    assert [m.stage for m in schedule] == [Stage.PENGUSULAN]


def test_collect_mode_accepts_anything() -> None:
    schedule = zt.Schedule.from_mapping(["not", "a", "mapping"], strict=False)
    assert schedule.unit == "(tanpa nama)"
    assert [p.code for p in schedule.problems] == ["ZI903"]


def test_to_dict_reads_back_to_an_equal_schedule(examples: dict[str, zt.Schedule]) -> None:
    for schedule in examples.values():
        clean = zt.Schedule(
            schedule.unit,
            schedule.target,
            schedule.milestones,
            wbk_awarded=schedule.wbk_awarded,
            revoked=schedule.revoked,
            year=schedule.year,
        )
        again = zt.Schedule.from_mapping(json.loads(json.dumps(clean.to_dict())))
        assert again == clean


def test_milestones_are_sorted_by_date() -> None:
    schedule = zt.Schedule.from_mapping(
        {**BASE, "milestones": {"pengusulan": "Juni 2024", "perencanaan": "Januari 2024"}}
    )
    assert [m.stage for m in schedule] == [Stage.PERENCANAAN, Stage.PENGUSULAN]
    assert Stage.PENGUSULAN in schedule
    assert Stage.SURVEI not in schedule


def test_a_target_and_a_stage_given_as_text_are_read_like_the_loader_reads_them() -> None:
    schedule = zt.Schedule(unit="A", target="wbbm", milestones=())
    assert schedule.target is Predicate.WBBM
    assert attrs.evolve(schedule, target="WBK").target is Predicate.WBK
    assert attrs.evolve(schedule, target=None).target is None
    plan = zt.Schedule.from_mapping({**BASE, "milestones": {"pengusulan": "Juni 2024"}})
    moved = attrs.evolve(plan.milestones[0], stage="TPI")
    assert moved.stage is Stage.EVALUASI_TPI
    assert zt.validate(attrs.evolve(plan, milestones=(moved,))).unit == "Lapas Contoh"


def test_a_bad_target_stage_or_span_is_the_library_error_when_made_not_when_validated() -> None:
    plan = zt.Schedule.from_mapping({**BASE, "milestones": {"pengusulan": "Juni 2024"}})
    with pytest.raises(InvalidScheduleError, match="WBX"):
        attrs.evolve(plan, target="WBX")
    with pytest.raises(UnknownStageError, match="nope"):
        attrs.evolve(plan.milestones[0], stage="nope")
    with pytest.raises(zt.ArgumentTypeError, match="span"):
        attrs.evolve(plan.milestones[0], span=dt.date(2024, 6, 1))
