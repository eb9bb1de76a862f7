"""Bad arguments to every public entry point: the library's error, the builtin, the value quoted.

The cases are an outside tester's: each one once escaped as a plain TypeError, ValueError,
OverflowError or AttributeError, or was accepted although it means nothing (a capacity of
NaN or 0, one text where a list of units is needed).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import planning, strategies
from zi_timeline._args import MAX_CAPACITY
from zi_timeline._i18n import Lang, Text, short_repr
from zi_timeline._people import Scope
from zi_timeline._schedule import Problem
from zi_timeline.cli import main

pd_frames = pytest.importorskip("zi_timeline.pandas")
charts = pytest.importorskip("zi_timeline.plot")

PLAN = zt.Schedule.from_mapping(
    {
        "unit": "Lapas A",
        "target": "WBK",
        "milestones": {"perencanaan": "Oktober 2023", "pengusulan": "22 Juli 2024"},
    }
)
BIG = 10**400
NAN = float("nan")
NOON = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
ERROR = zt.InvalidArgumentError(Text("nilai salah", "a bad value"), value=1, field="x")


class Shown(str):
    """The text a message shows for a value too long to quote whole."""

    __slots__ = ()


# name -> (call, the builtin it must also be, the bad value its message quotes)
Case = tuple[Callable[[], object], type[Exception], object]
CAL = zt.Calendar.default()
DAY = dt.date(2025, 6, 2)
MONDAY_9AM = dt.datetime(2025, 6, 9, 9, tzinfo=dt.UTC)  # a datetime is not a day: its time would be dropped

BAD_CALLS: dict[str, Case] = {
    "DateSpan datetime": (
        lambda: zt.DateSpan(dt.datetime(2024, 1, 10, 10), dt.datetime(2024, 1, 10, 12)),  # noqa: DTZ001 - naive on purpose
        TypeError,
        dt.datetime(2024, 1, 10, 10),  # noqa: DTZ001
    ),
    "award year huge": (lambda: zt.Calendar.default().award(10**30), ValueError, 10**30),
    "policy planning None": (lambda: attrs.evolve(zt.Policy.default(), planning=None), TypeError, None),  # type: ignore[arg-type]
    "policy description None": (lambda: attrs.evolve(zt.Policy.default(), description=None), TypeError, None),  # type: ignore[arg-type]
    "policy required stage int": (lambda: attrs.evolve(zt.Policy.default(), required_stages=[1]), TypeError, 1),
    "window year float": (lambda: zt.Calendar.default().window(2024.0), TypeError, 2024.0),  # type: ignore[arg-type]
    "window year None": (lambda: zt.Calendar.default().window(None), TypeError, None),  # type: ignore[arg-type]
    "award year float": (lambda: zt.Calendar.default().award(2024.0), TypeError, 2024.0),  # type: ignore[arg-type]
    "DateSpan text": (lambda: zt.DateSpan("a", "b"), TypeError, "a"),  # type: ignore[arg-type]
    "DateSpan end None": (lambda: zt.DateSpan(PLAN.milestones[0].span.start, None), TypeError, None),  # type: ignore[arg-type]
    "DateSpan precision text": (
        lambda: zt.DateSpan(PLAN.milestones[0].span.start, PLAN.milestones[0].span.start, "x"),  # type: ignore[arg-type]
        TypeError,
        "x",
    ),
    "Schedule unit None": (lambda: zt.Schedule(unit=None), TypeError, None),  # type: ignore[arg-type]
    "Schedule unit int": (lambda: zt.Schedule(unit=5), TypeError, 5),  # type: ignore[arg-type]
    "to_json indent negative": (lambda: zt.validate(PLAN).to_json(indent=-1), ValueError, -1),
    "to_json indent text": (lambda: zt.validate(PLAN).to_json(indent="x"), TypeError, "x"),  # type: ignore[arg-type]
    "window year too large": (lambda: zt.Calendar.default().window(10**30), ValueError, 10**30),
    "window year text": (lambda: zt.Calendar.default().window("2024"), TypeError, "2024"),  # type: ignore[arg-type]
    "with_values None": (lambda: zt.Policy.default().with_values(None), TypeError, None),  # type: ignore[arg-type]
    "with_values pairs": (
        lambda: zt.Policy.default().with_values((("a", 1),)),  # type: ignore[arg-type]
        TypeError,
        (("a", 1),),
    ),
    "with_values int key": (lambda: zt.Policy.default().with_values({5: 1}), TypeError, 5),  # type: ignore[dict-item]
    "policy from_mapping None": (lambda: zt.Policy.from_mapping(None), TypeError, None),  # type: ignore[arg-type]
    # "no" is a true value: strict="no" would have meant strict reading.
    "load strict text": (lambda: zt.load("rencana.json", strict="x"), TypeError, "x"),  # type: ignore[arg-type]
    "iter_load strict int": (
        lambda: next(zt.io.iter_load("rencana.json", strict=1)),  # type: ignore[arg-type]
        TypeError,
        1,
    ),
    "load_data strict None": (lambda: zt.io.load_data([], strict=None), TypeError, None),  # type: ignore[arg-type]
    "from_mapping strict text": (
        lambda: zt.Schedule.from_mapping({"unit": "A"}, strict="no"),  # type: ignore[arg-type]
        TypeError,
        "no",
    ),
    "from_frame strict text": (
        lambda: pd_frames.from_frame(pd_frames.pd.DataFrame({"satker": ["A"]}), strict="yes"),
        TypeError,
        "yes",
    ),
    "earliest_submission recommended text": (
        lambda: planning.earliest_submission(PLAN, recommended="ya"),  # type: ignore[arg-type]
        TypeError,
        "ya",
    ),
    "validate_many one schedule": (lambda: zt.validate_many(PLAN), TypeError, PLAN),  # type: ignore[arg-type]
    "validate policy int": (lambda: zt.validate(PLAN, 5), TypeError, 5),  # type: ignore[arg-type]
    "validate_portfolio policy int": (lambda: zt.validate_portfolio([PLAN], 5), TypeError, 5),  # type: ignore[arg-type]
    "validate select one text": (lambda: zt.validate(PLAN, select="ZI2"), TypeError, "ZI2"),
    "validate_portfolio None": (lambda: zt.validate_portfolio(None), TypeError, None),  # type: ignore[arg-type]
    "validate_portfolio one schedule": (lambda: zt.validate_portfolio(PLAN), TypeError, PLAN),  # type: ignore[arg-type]
    "validate_portfolio evaluators int": (
        lambda: zt.validate_portfolio([PLAN], evaluators=5),  # type: ignore[arg-type]
        TypeError,
        5,
    ),
    "validate_portfolio evaluators answer int": (
        lambda: zt.validate_portfolio([PLAN], evaluators={"Lapas A": 5}),  # type: ignore[dict-item]
        TypeError,
        5,
    ),
    "validate_portfolio capacity huge": (lambda: zt.validate_portfolio([PLAN], capacity=BIG), ValueError, BIG),
    "validate_portfolio capacity 0": (lambda: zt.validate_portfolio([PLAN], capacity=0), ValueError, 0),
    "validate_portfolio capacity -1": (lambda: zt.validate_portfolio([PLAN], capacity=-1), ValueError, -1),
    "validate_portfolio capacity nan": (
        lambda: zt.validate_portfolio([PLAN], capacity=NAN),  # type: ignore[arg-type]
        TypeError,
        NAN,
    ),
    "validate_portfolio capacity inf": (
        lambda: zt.validate_portfolio([PLAN], capacity=math.inf),  # type: ignore[arg-type]
        TypeError,
        math.inf,
    ),
    "validate_portfolio capacity text": (
        lambda: zt.validate_portfolio([PLAN], capacity="5"),  # type: ignore[arg-type]
        TypeError,
        "5",
    ),
    "validate_portfolio capacity bool": (lambda: zt.validate_portfolio([PLAN], capacity=True), TypeError, True),
    "validate_portfolio capacity team None": (
        lambda: zt.validate_portfolio([PLAN], capacity={"Tim": None}),  # type: ignore[dict-item]
        TypeError,
        None,
    ),
    "validate_portfolio capacity team 0": (
        lambda: zt.validate_portfolio([PLAN], capacity={"Tim": 0}),
        ValueError,
        0,
    ),
    "parse_date huge number": (lambda: zt.parse_date(BIG), ValueError, Shown("100000000000000000...000")),
    "parse_date year text": (lambda: zt.parse_date("Selasa (20/02)", year="x"), TypeError, "x"),  # type: ignore[arg-type]
    "parse_date year float": (
        lambda: zt.parse_date("Selasa (20/02)", year=2024.0),  # type: ignore[arg-type]
        TypeError,
        2024.0,
    ),
    "parse_date year nan": (lambda: zt.parse_date("Selasa (20/02)", year=NAN), TypeError, NAN),  # type: ignore[arg-type]
    "parse_date year beyond str()": (
        lambda: zt.parse_date("Selasa (20/02)", year=10**5000),
        ValueError,
        10**5000,
    ),
    "from_mapping huge milestone date": (
        lambda: zt.Schedule.from_mapping(
            {"unit": "x", "target": "WBK", "milestones": [{"stage": "pengusulan", "date": BIG}]}
        ),
        ValueError,
        Shown("100000000000000000...000"),
    ),
    "from_mapping huge wbk_awarded": (
        lambda: zt.Schedule.from_mapping({"unit": "x", "target": "WBBM", "wbk_awarded": BIG, "milestones": {}}),
        ValueError,
        Shown("100000000000000000...000"),
    ),
    "load None": (lambda: zt.load(None), TypeError, None),  # type: ignore[arg-type]
    "load int": (lambda: zt.load(5), TypeError, 5),  # type: ignore[arg-type]
    "load bytes": (lambda: zt.load(b"x.xlsx"), TypeError, b"x.xlsx"),  # type: ignore[arg-type]
    "iter_load None": (lambda: list(zt.io.iter_load(None)), TypeError, None),  # type: ignore[arg-type]
    "plan year 9999": (lambda: planning.plan(9999), ValueError, 9999),
    "plan year -1": (lambda: planning.plan(-1), ValueError, -1),
    "plan year huge": (lambda: planning.plan(BIG), ValueError, BIG),
    "plan year bool": (lambda: planning.plan(True), TypeError, True),  # noqa: FBT003
    "plan year float": (lambda: planning.plan(2026.0), TypeError, 2026.0),  # type: ignore[arg-type]
    "earliest_submission None": (lambda: planning.earliest_submission(None), TypeError, None),  # type: ignore[arg-type]
    "apply None": (lambda: planning.apply(None), TypeError, None),  # type: ignore[arg-type]
    "to_rows None": (lambda: planning.to_rows(None), TypeError, None),  # type: ignore[arg-type]
    "to_rows a list with None": (lambda: planning.to_rows([PLAN, None]), TypeError, None),  # type: ignore[list-item]
    "plan_portfolio None": (lambda: planning.plan_portfolio(None, 2024), TypeError, None),  # type: ignore[arg-type]
    "plan_portfolio one text": (lambda: planning.plan_portfolio("AB", 2024), TypeError, "AB"),
    "plan_portfolio None unit": (lambda: planning.plan_portfolio(["A", None], 2024), TypeError, None),  # type: ignore[list-item]
    "plan_portfolio year 9999": (lambda: planning.plan_portfolio(["A"], 9999), ValueError, 9999),
    "plan_portfolio year -1": (lambda: planning.plan_portfolio(["A"], -1), ValueError, -1),
    "plan_portfolio year huge": (lambda: planning.plan_portfolio(["A"], 10**5000), ValueError, 10**5000),
    "plan_portfolio capacity 0": (lambda: planning.plan_portfolio(["A"], 2024, capacity=0), ValueError, 0),
    "plan_portfolio capacity nan": (
        lambda: planning.plan_portfolio(["A"], 2024, capacity=NAN),  # type: ignore[arg-type]
        TypeError,
        NAN,
    ),
    "plan_portfolio capacity fraction": (
        lambda: planning.plan_portfolio(["A"], 2024, capacity=0.001),  # type: ignore[arg-type]
        TypeError,
        0.001,
    ),
    "compare None": (lambda: zt.compare(None, None), TypeError, None),  # type: ignore[arg-type]
    "compare None in list": (lambda: zt.compare([PLAN], [None]), TypeError, None),  # type: ignore[list-item]
    "validate_frame None": (lambda: pd_frames.validate_frame(None), TypeError, None),
    "validate_frame text": (lambda: pd_frames.validate_frame("abc"), TypeError, "abc"),
    "from_frame None": (lambda: pd_frames.from_frame(None), TypeError, None),
    "validate select int code": (lambda: zt.validate(PLAN, select=[1]), TypeError, 1),  # type: ignore[list-item]
    "validate ignore int code": (lambda: zt.validate(PLAN, ignore=["ZI2", 7]), TypeError, 7),  # type: ignore[list-item]
    "validate_many select int code": (lambda: zt.validate_many([PLAN], select=[1]), TypeError, 1),  # type: ignore[list-item]
    "validate_portfolio select int code": (
        lambda: zt.validate_portfolio([PLAN], select=[None]),  # type: ignore[list-item]
        TypeError,
        None,
    ),
    "from_mapping origin text": (
        lambda: zt.Schedule.from_mapping({"unit": "A"}, origin="x"),  # type: ignore[arg-type]
        TypeError,
        "x",
    ),
    "Schedule target unknown text": (lambda: zt.Schedule(unit="A", target="WBX"), ValueError, "WBX"),
    "Schedule target int": (lambda: attrs.evolve(PLAN, target=5), ValueError, 5),
    "Milestone stage unknown text": (lambda: attrs.evolve(PLAN.milestones[0], stage="nope"), ValueError, "nope"),
    "Milestone stage huge int": (lambda: attrs.evolve(PLAN.milestones[0], stage=10**5000), ValueError, 10**5000),
    "Schedule target huge int": (lambda: attrs.evolve(PLAN, target=10**5000), ValueError, 10**5000),
    "Milestone span text": (lambda: attrs.evolve(PLAN.milestones[0], span="Juni 2024"), TypeError, "Juni 2024"),
    "message fr": (lambda: ERROR.message("fr"), ValueError, "fr"),  # type: ignore[arg-type]
    "message EN": (lambda: ERROR.message("EN"), ValueError, "EN"),  # type: ignore[arg-type]
    "message None": (lambda: ERROR.message(None), TypeError, None),  # type: ignore[arg-type]
    "where fr": (lambda: ERROR.where("fr"), ValueError, "fr"),  # type: ignore[arg-type]
    "from_mapping year -5": (lambda: zt.Schedule.from_mapping({"unit": "A"}, year=-5), ValueError, -5),
    "from_mapping year huge": (lambda: zt.Schedule.from_mapping({"unit": "A"}, year=10**30), ValueError, 10**30),
    "from_mapping year text": (
        lambda: zt.Schedule.from_mapping({"unit": "A"}, year="2024"),  # type: ignore[arg-type]
        TypeError,
        "2024",
    ),
    "load year -5": (lambda: zt.load("rencana.json", year=-5), ValueError, -5),
    "iter_load year huge": (lambda: next(zt.io.iter_load("rencana.json", year=10**30)), ValueError, 10**30),
    "load_data year 2201": (lambda: zt.io.load_data([], year=2201), ValueError, 2201),
    "from_frame year 1899": (
        lambda: pd_frames.from_frame(pd_frames.pd.DataFrame({"satker": ["A"]}), year=1899),
        ValueError,
        1899,
    ),
    "parse_date year -5": (lambda: zt.parse_date("Juni 2024", year=-5), ValueError, -5),
    "suggest_fix today text": (lambda: planning.suggest_fix(PLAN, today="x"), TypeError, "x"),  # type: ignore[arg-type]
    "suggest_fix today int": (lambda: planning.suggest_fix(PLAN, today=5), TypeError, 5),  # type: ignore[arg-type]
    "suggest_fix today datetime": (
        lambda: planning.suggest_fix(PLAN, today=NOON),
        TypeError,
        NOON,
    ),
    "Policy tpi_capacity 0": (
        lambda: zt.Policy.default().with_values({"tpi_capacity.warning": 0}),
        ValueError,
        0,
    ),
    # A threshold changed with attrs.evolve is checked as it is made (`_threshold_with` is below).
    "Threshold levels text": (lambda: _threshold_with(levels="x"), TypeError, "x"),
    "Threshold levels empty": (lambda: _threshold_with(levels=()), ValueError, ()),
    "Threshold levels mildest first": (
        lambda: _threshold_with(levels=((zt.Severity.WARNING, 6), (zt.Severity.ERROR, 4))),
        ValueError,
        ((zt.Severity.WARNING, 6), (zt.Severity.ERROR, 4)),
    ),
    "Threshold levels falling": (
        lambda: _threshold_with(levels=((zt.Severity.ERROR, 6), (zt.Severity.WARNING, 4))),
        ValueError,
        ((zt.Severity.ERROR, 6), (zt.Severity.WARNING, 4)),
    ),
    "Threshold levels twice": (
        lambda: _threshold_with(levels=((zt.Severity.ERROR, 4), (zt.Severity.ERROR, 6))),
        ValueError,
        ((zt.Severity.ERROR, 4), (zt.Severity.ERROR, 6)),
    ),
    "Threshold levels negative": (
        lambda: _threshold_with(levels=((zt.Severity.ERROR, -1),)),
        ValueError,
        (zt.Severity.ERROR, -1),
    ),
    "Threshold levels severity text": (lambda: _threshold_with(levels=(("error", 4),)), TypeError, ("error", 4)),
    "Threshold levels fraction": (
        lambda: _threshold_with(levels=((zt.Severity.ERROR, 4.5),)),
        TypeError,
        (zt.Severity.ERROR, 4.5),
    ),
    "Threshold capacity level 0": (
        lambda: attrs.evolve(zt.Policy.default().threshold("tpi_capacity"), levels=((zt.Severity.WARNING, 0),)),
        ValueError,
        (zt.Severity.WARNING, 0),
    ),
    "Threshold unit unknown": (lambda: _threshold_with(unit="weeks"), ValueError, "weeks"),
    "Threshold unit int": (lambda: _threshold_with(unit=5), TypeError, 5),
    "Threshold strength unknown": (lambda: _threshold_with(strength="Q"), ValueError, "Q"),
    "Threshold strength None": (lambda: _threshold_with(strength=None), TypeError, None),
    "Threshold params None": (lambda: _threshold_with(params=None), TypeError, None),
    "Threshold params unknown name": (lambda: _threshold_with(params={"days": 3}), ValueError, "days"),
    "Threshold params negative": (lambda: _threshold_with(params={"window_days": -1}), ValueError, -1),
    "Threshold params text": (lambda: _threshold_with(params={"window_days": "30"}), TypeError, "30"),
    "Threshold key int": (lambda: _threshold_with(key=5), TypeError, 5),
    "Threshold rule None": (lambda: _threshold_with(rule=None), TypeError, None),
    "Threshold source int": (lambda: _threshold_with(source=5), TypeError, 5),
    # Calendar's day methods and fields (the rules' hot path: checked with one type test)
    "is_working_day datetime": (lambda: CAL.is_working_day(MONDAY_9AM), TypeError, MONDAY_9AM),
    "is_working_day text": (lambda: CAL.is_working_day("2025-06-02"), TypeError, "2025-06-02"),  # type: ignore[arg-type]
    "working_days end None": (lambda: CAL.working_days(DAY, None), TypeError, None),  # type: ignore[arg-type]
    "working_days_after text": (lambda: CAL.working_days_after("x", DAY), TypeError, "x"),  # type: ignore[arg-type]
    "add_working_days float": (lambda: CAL.add_working_days(DAY, 1.5), TypeError, 1.5),  # type: ignore[arg-type]
    "add_working_days bool": (lambda: CAL.add_working_days(DAY, True), TypeError, True),  # noqa: FBT003
    "add_working_days huge": (lambda: CAL.add_working_days(DAY, 10**30), ValueError, 10**30),
    "add_working_days past the calendar": (
        lambda: CAL.add_working_days(dt.date(2200, 12, 1), 60_000),
        ValueError,
        2301,
    ),
    "working_days before the calendar": (lambda: CAL.working_days(dt.date(1000, 1, 1), DAY), ValueError, 1000),
    "next_working_day text": (lambda: CAL.next_working_day("Senin"), TypeError, "Senin"),  # type: ignore[arg-type]
    "non_working_reason datetime": (lambda: CAL.non_working_reason(MONDAY_9AM), TypeError, MONDAY_9AM),
    "non_working_reason lang": (lambda: CAL.non_working_reason(DAY, "fr"), ValueError, "fr"),  # type: ignore[arg-type]
    "has_leave_data text": (lambda: CAL.has_leave_data("2025"), TypeError, "2025"),  # type: ignore[arg-type]
    "merged None": (lambda: CAL.merged(None), TypeError, None),  # type: ignore[arg-type]
    "Calendar.load int": (lambda: zt.Calendar.load(5), TypeError, 5),  # type: ignore[arg-type]
    "Calendar.load base": (lambda: zt.Calendar.load("x.toml", base="y"), TypeError, "y"),  # type: ignore[arg-type]
    "Calendar entries None": (lambda: attrs.evolve(CAL, entries=None), TypeError, None),
    "Calendar entries year text": (lambda: attrs.evolve(CAL, entries={"2024": CAL.entries[2024]}), TypeError, "2024"),
    "Calendar default_closes 30 Feb": (lambda: attrs.evolve(CAL, default_closes=(2, 30)), ValueError, (2, 30)),
    "Calendar default_closes text": (lambda: attrs.evolve(CAL, default_closes="05-31"), TypeError, "05-31"),  # type: ignore[arg-type]
    "Calendar default_strength": (lambda: attrs.evolve(CAL, default_strength="Q"), ValueError, "Q"),  # type: ignore[arg-type]
    "Calendar version int": (lambda: attrs.evolve(CAL, version=5), TypeError, 5),  # type: ignore[arg-type]
    "Calendar working days text": (lambda: attrs.evolve(CAL, extra_working_days="2025-01-01"), TypeError, "2025-01-01"),
    "Calendar holiday datetime": (
        lambda: attrs.evolve(CAL, extra_holidays={MONDAY_9AM: "Libur"}),
        TypeError,
        MONDAY_9AM,
    ),
    "Schedule unit blank": (lambda: zt.Schedule(unit="  "), ValueError, "  "),
    "Schedule unit empty by evolve": (lambda: attrs.evolve(PLAN, unit=""), ValueError, ""),
    "Waiver expires text": (lambda: zt.Waiver("ZI201", expires="besok"), TypeError, "besok"),  # type: ignore[arg-type]
    "Waiver expires datetime": (lambda: zt.Waiver("ZI201", expires=MONDAY_9AM), TypeError, MONDAY_9AM),
    "Waiver code None": (lambda: zt.Waiver(None), TypeError, None),  # type: ignore[arg-type]
    "Waiver code tuple": (lambda: zt.Waiver(("ZI201",)), TypeError, ("ZI201",)),  # type: ignore[arg-type]
    "Waiver reason int": (lambda: zt.Waiver("ZI201", reason=5), TypeError, 5),  # type: ignore[arg-type]
    "Waiver stage text": (lambda: zt.Waiver("ZI201", stage="survei"), TypeError, "survei"),  # type: ignore[arg-type]
    "Waiver matches None": (lambda: zt.Waiver("ZI201").matches(None), TypeError, None),  # type: ignore[arg-type]
    "Schedule wbk_awarded True": (lambda: attrs.evolve(PLAN, wbk_awarded=True), TypeError, True),  # type: ignore[arg-type]
    "Schedule revoked text": (lambda: attrs.evolve(PLAN, revoked="2024"), TypeError, "2024"),  # type: ignore[arg-type]
    "Schedule year text": (lambda: attrs.evolve(PLAN, year="2024"), TypeError, "2024"),  # type: ignore[arg-type]
    "Schedule year huge": (lambda: attrs.evolve(PLAN, year=10**30), ValueError, 10**30),
    "Milestone scope True": (lambda: attrs.evolve(PLAN.milestones[0], scope=True), TypeError, True),  # type: ignore[arg-type]
    "Milestone audience True": (lambda: attrs.evolve(PLAN.milestones[0], audience=True), TypeError, True),  # type: ignore[arg-type]
    "Schedule milestones text item": (lambda: zt.Schedule(unit="A", milestones=["x"]), TypeError, "x"),  # type: ignore[list-item]
    "Schedule milestones None": (lambda: zt.Schedule(unit="A", milestones=None), TypeError, None),  # type: ignore[arg-type]
    "Schedule problems text item": (lambda: zt.Schedule(unit="A", problems=["x"]), TypeError, "x"),  # type: ignore[list-item]
    "Schedule waivers text item": (lambda: zt.Schedule(unit="A", waivers=["x"]), TypeError, "x"),  # type: ignore[list-item]
    "Schedule evaluator tuple": (lambda: zt.Schedule(unit="A", evaluator=(1,)), TypeError, (1,)),  # type: ignore[arg-type]
    "Schedule.of dict": (lambda: PLAN.of({}), TypeError, {}),  # type: ignore[arg-type]
    "Schedule.first set": (lambda: PLAN.first(set()), TypeError, set()),  # type: ignore[arg-type]
    "Policy.threshold None": (lambda: zt.Policy.default().threshold(None), TypeError, None),  # type: ignore[arg-type]
    "Policy.for_rule dict": (lambda: zt.Policy.default().for_rule({}), TypeError, {}),  # type: ignore[arg-type]
    "Policy.is_enabled set": (lambda: zt.Policy.default().is_enabled(set()), TypeError, set()),  # type: ignore[arg-type]
    "Policy.is_enabled int": (lambda: zt.Policy.default().is_enabled(201), TypeError, 201),  # type: ignore[arg-type]
    "Threshold.param dict": (lambda: _threshold_with().param({}), TypeError, {}),  # type: ignore[arg-type]
    "plan submission datetime": (lambda: planning.plan(submission=NOON), TypeError, NOON),
    "plan submission Timestamp": (
        lambda: planning.plan(submission=pd_frames.pd.Timestamp(2026, 8, 3)),
        TypeError,
        pd_frames.pd.Timestamp(2026, 8, 3),
    ),
    "plan wbk_awarded NaT": (
        lambda: planning.plan(2025, target="WBBM", wbk_awarded=pd_frames.pd.NaT),
        TypeError,
        pd_frames.pd.NaT,
    ),
    "plan wbk_awarded datetime": (
        lambda: planning.plan(2025, target="WBBM", wbk_awarded=NOON),
        TypeError,
        NOON,
    ),
    "plan policy True": (lambda: planning.plan(2026, policy=True), TypeError, True),  # type: ignore[arg-type]
    "plan calendar text": (lambda: planning.plan(2026, calendar="x"), TypeError, "x"),  # type: ignore[arg-type]
    "earliest_submission today datetime": (lambda: planning.earliest_submission(PLAN, today=NOON), TypeError, NOON),
    "earliest_submission today True": (lambda: planning.earliest_submission(PLAN, today=True), TypeError, True),  # type: ignore[arg-type]
    "earliest_submission today empty": (lambda: planning.earliest_submission(PLAN, today=""), TypeError, ""),  # type: ignore[arg-type]
    "earliest_submission policy True": (
        lambda: planning.earliest_submission(PLAN, policy=True),  # type: ignore[arg-type]
        TypeError,
        True,
    ),
    "save path None": (lambda: planning.save(PLAN, None), TypeError, None),  # type: ignore[arg-type]
    "plan_portfolio target WBX": (
        lambda: planning.plan_portfolio([{"unit": "Lapas B", "target": "WBX"}], 2024),
        ValueError,
        "WBX",
    ),
    "plan_portfolio target int": (
        lambda: planning.plan_portfolio([{"unit": "Lapas B", "target": 5}], 2024),
        ValueError,
        5,
    ),
    "plan_portfolio target empty": (
        lambda: planning.plan_portfolio([{"unit": "B", "target": ""}], 2024),
        ValueError,
        "",
    ),
    "plan_portfolio target words": (
        lambda: planning.plan_portfolio([{"unit": "B", "target": "Menuju WBK"}], 2024),
        ValueError,
        "Menuju WBK",
    ),
    "plan_portfolio target None": (
        lambda: planning.plan_portfolio([{"unit": "B", "predikat": None}], 2024),
        ValueError,
        None,
    ),
    "plan_portfolio unknown key": (
        lambda: planning.plan_portfolio([{"unit": "B", "bogus": 1}], 2024),
        ValueError,
        "bogus",
    ),
    "load_waivers None": (lambda: zt.io.load_waivers(None), TypeError, None),  # type: ignore[arg-type]
    "add_waivers waivers None": (lambda: zt.io.add_waivers([PLAN], None), TypeError, None),  # type: ignore[arg-type]
    "add_waivers schedules None": (lambda: zt.io.add_waivers(None, {}), TypeError, None),  # type: ignore[arg-type]
    "add_waivers schedule int": (lambda: zt.io.add_waivers([5], {}), TypeError, 5),  # type: ignore[list-item]
    "with_waivers None": (lambda: zt.io.with_waivers(None, {}), TypeError, None),  # type: ignore[arg-type]
    "load aliases True": (lambda: zt.load("rencana.json", aliases=True), TypeError, True),  # type: ignore[arg-type]
    "load_data aliases int": (lambda: zt.io.load_data([], aliases=5), TypeError, 5),  # type: ignore[arg-type]
    "findings_frame None": (lambda: pd_frames.findings_frame(None), TypeError, None),
    "findings_frame item None": (lambda: pd_frames.findings_frame([None]), TypeError, None),
    "summary_frame None": (lambda: pd_frames.summary_frame(None), TypeError, None),
    "summary_frame item None": (lambda: pd_frames.summary_frame([None]), TypeError, None),
    "summary_frame one report": (lambda: pd_frames.summary_frame(zt.validate(PLAN)), TypeError, Shown("Report(")),
    "load_frame None": (lambda: pd_frames.load_frame(None), TypeError, None),
    "validate_frame policy True": (
        lambda: pd_frames.validate_frame(pd_frames.pd.DataFrame({"satker": ["A"]}), policy=True),
        TypeError,
        True,
    ),
    "validate_frame aliases True": (
        lambda: pd_frames.validate_frame(pd_frames.pd.DataFrame({"satker": ["A"]}), aliases=True),
        TypeError,
        True,
    ),
    "gantt None": (lambda: charts.gantt(None), TypeError, None),
    "gantt report True": (lambda: charts.gantt(PLAN, True), TypeError, True),  # noqa: FBT003 - the bad value on purpose
    "gantt calendar True": (lambda: charts.gantt(PLAN, calendar=True), TypeError, True),
    "gantt width negative": (lambda: charts.gantt(PLAN, width=-1), ValueError, -1),
    "gantt width nan": (lambda: charts.gantt(PLAN, width=NAN), ValueError, NAN),
    "gantt width inf": (lambda: charts.gantt(PLAN, width=math.inf), ValueError, math.inf),
    "gantt width zero": (lambda: charts.gantt(PLAN, width=0), ValueError, 0),
    "gantt width text": (lambda: charts.gantt(PLAN, width=""), TypeError, ""),
    "portfolio_chart None": (lambda: charts.portfolio_chart(None), TypeError, None),
    "portfolio_chart item": (lambda: charts.portfolio_chart([PLAN]), TypeError, PLAN),
    "load_chart None": (lambda: charts.load_chart(None), TypeError, None),
    "load_chart width huge": (lambda: charts.load_chart(zt.validate_portfolio([PLAN]), width=10**6), ValueError, 10**6),
    "figure_svg None": (lambda: charts.figure_svg(None), TypeError, None),
    "violating portfolio code": (lambda: strategies.violating("ZI601"), ValueError, "ZI601"),
    "violating None": (lambda: strategies.violating(None), TypeError, None),  # type: ignore[arg-type]
    "violating_portfolio unit code": (lambda: strategies.violating_portfolio("ZI201"), ValueError, "ZI201"),
    "violating_portfolio int": (lambda: strategies.violating_portfolio(601), TypeError, 601),  # type: ignore[arg-type]
    "plan_portfolio policy True": (lambda: planning.plan_portfolio(["A"], 2024, policy=True), TypeError, True),  # type: ignore[arg-type]
    "plan_portfolio calendar int": (lambda: planning.plan_portfolio(["A"], 2024, calendar=5), TypeError, 5),  # type: ignore[arg-type]
    "Waiver origin int": (lambda: zt.Waiver("ZI201", origin=5), TypeError, 5),  # type: ignore[arg-type]
    "Policy.load None": (lambda: zt.Policy.load(None), TypeError, None),  # type: ignore[arg-type]
    "Policy.derived dict": (lambda: zt.Policy.default().derived({}, lambda: 1), TypeError, {}),  # type: ignore[arg-type]
    "Problem text int": (lambda: Problem("ZI901", 5, "x"), TypeError, 5),  # type: ignore[arg-type]
    "Problem origin None": (lambda: Problem("ZI901", Text("a", "b"), "x", origin=None), TypeError, None),  # type: ignore[arg-type]
    "Problem stage True": (lambda: Problem("ZI901", Text("a", "b"), "x", stage=True), TypeError, True),  # type: ignore[arg-type]
    "DateSpan.unit None": (lambda: zt.DateSpan.unit(None, zt.Precision.MONTH), TypeError, None),  # type: ignore[arg-type]
    "DateSpan.unit precision text": (lambda: zt.DateSpan.unit(DAY, "month"), TypeError, "month"),  # type: ignore[arg-type]
    "DateSpan.format list": (lambda: zt.DateSpan.day(DAY).format(["id"]), TypeError, ["id"]),  # type: ignore[arg-type]
    "DateSpan.format None": (lambda: zt.DateSpan.day(DAY).format(None), TypeError, None),  # type: ignore[arg-type]
    "DateSpan.format EN": (lambda: zt.DateSpan.day(DAY).format("EN"), ValueError, "EN"),  # type: ignore[arg-type]
    "Milestone.describe EN": (lambda: PLAN.milestones[0].describe("EN"), ValueError, "EN"),  # type: ignore[arg-type]
    "Milestone.describe None": (lambda: PLAN.milestones[0].describe(None), TypeError, None),  # type: ignore[arg-type]
    # tester round 5: far years, a pandas Series for lang, a huge int for a policy name
    "DateSpan in 9999": (lambda: zt.DateSpan.day(dt.date(9999, 12, 1)), ValueError, 9999),
    "DateSpan in year 1": (lambda: zt.DateSpan.day(dt.date(1, 1, 1)), ValueError, 1800),
    "non_working_reason date.max": (lambda: CAL.non_working_reason(dt.date.max), ValueError, 9999),
    "Policy.named huge int": (lambda: zt.Policy.named(10**5000), TypeError, 10**5000),  # type: ignore[arg-type]
    "validate lang list": (lambda: zt.validate(PLAN, lang=["id"]), TypeError, ["id"]),  # type: ignore[arg-type]
    "from_frame aliases True": (lambda: _from_frame(aliases=True), TypeError, True),
}


def _threshold_with(**changes: object) -> zt.Threshold:
    """The default policy's plan_to_submission threshold, changed with `attrs.evolve`."""
    return attrs.evolve(zt.Policy.default().threshold("plan_to_submission"), **changes)  # type: ignore[arg-type]


def _shown(value: object) -> str:
    return value if isinstance(value, Shown) else short_repr(value)


def _raised(call: Callable[[], object]) -> zt.ZiTimelineError:
    with pytest.raises(zt.ZiTimelineError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_a_bad_argument_raises_the_library_error_and_the_builtin_quoting_the_value(name: str) -> None:
    call, builtin, value = BAD_CALLS[name]
    error = _raised(call)
    assert isinstance(error, builtin), type(error).__mro__
    quoted = _shown(value)
    for lang in ("id", "en"):
        assert quoted in error.message(lang), (lang, error.message(lang))


# English words that must not appear in an Indonesian message (outside the quoted value).
_ENGLISH = {"must", "not", "list", "of", "or", "use", "the", "one", "mapping", "team", "between", "and", "number"}


@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_the_indonesian_message_has_no_english_words(name: str) -> None:
    call, _, value = BAD_CALLS[name]
    error = _raised(call)
    text = error.message("id").replace(_shown(value), " ")
    assert "e.g." not in text
    words = set(re.findall(r"[a-z]+", text.lower()))
    assert not words & _ENGLISH, (words & _ENGLISH, text)


def test_a_directory_or_a_nul_in_the_name_is_a_load_error(tmp_path: Path) -> None:
    (tmp_path / "d.json").mkdir()
    for path in (str(tmp_path / "d.json"), "a\x00.json"):
        error = _raised(lambda p=path: zt.load(p))  # type: ignore[misc]
        assert isinstance(error, zt.exceptions.LoadError)
        assert isinstance(error, OSError)


def test_the_collecting_mode_keeps_a_huge_date_as_a_zi901_problem() -> None:
    schedule = zt.Schedule.from_mapping(
        {
            "unit": "x",
            "target": "WBBM",
            "wbk_awarded": BIG,
            "milestones": [{"stage": "pengusulan", "date": BIG}],
        },
        strict=False,
    )
    assert [(p.code, p.origin.field) for p in schedule.problems] == [
        ("ZI901", "wbk_awarded"),
        ("ZI901", "milestones[0].date"),
    ]


def test_the_capacity_error_names_the_argument() -> None:
    error = _raised(lambda: zt.validate_portfolio([PLAN], capacity=0))
    assert isinstance(error, zt.InvalidArgumentError)
    assert error.field == "capacity"
    assert error.value == 0
    assert "capacity" in error.message("en")


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_a_capacity_outside_1_to_the_maximum_is_refused_inside_it_taken(capacity: int) -> None:
    if 1 <= capacity <= MAX_CAPACITY:
        assert zt.validate_portfolio([PLAN], capacity=capacity).capacity[None] == capacity
    else:
        error = _raised(lambda: zt.validate_portfolio([PLAN], capacity=capacity))
        assert isinstance(error, zt.InvalidArgumentError)


@given(st.floats() | st.text(max_size=5) | st.booleans() | st.none().map(lambda _: {"Tim": None}))
def test_a_capacity_that_is_no_whole_number_is_a_type_error(capacity: object) -> None:
    error = _raised(lambda: zt.validate_portfolio([PLAN], capacity=capacity))  # type: ignore[arg-type]
    assert isinstance(error, zt.ArgumentTypeError)


@pytest.mark.parametrize(
    ("argv", "quoted"),
    [
        (["plan", "--year", "2024", "--capacity", "0"], "0"),
        (["plan", "--year", "2024", "--capacity", "-3"], "-3"),
        (["plan", "--year", "2024", "--set", "tpi_capacity.warning=0"], "0"),
        (["plan", "--year", "2024", "--capacity", "0", "--lang", "en"], "0"),
    ],
)
def test_a_capacity_below_1_is_a_cli_usage_error_of_one_line(
    argv: list[str], quoted: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "capacity" in lines[0]
    assert lines[0].endswith(quoted)
    if "--lang" in argv:
        assert "must be" in lines[0]
    else:
        assert "harus" in lines[0]


def test_a_good_capacity_still_plans(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--year", "2024", "--capacity", "2"]) == 0
    assert "2024" in capsys.readouterr().out


def test_validate_portfolio_takes_ignore_none_as_nothing_more_ignored() -> None:
    none = zt.validate_portfolio([PLAN], ignore=None)  # type: ignore[arg-type]
    empty = zt.validate_portfolio([PLAN])
    assert none.to_dict() == empty.to_dict()


@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_the_message_names_the_argument_once(name: str) -> None:
    """Not "field capacity: argument capacity must be ...": the location leaves out a field the text names."""
    call, _, value = BAD_CALLS[name]
    error = _raised(call)
    words_of: dict[Lang, tuple[str, str]] = {"id": ("isian", "argumen"), "en": ("field", "argument")}
    for lang, words in words_of.items():
        text = error.message(lang).replace(_shown(value), " ")
        said = re.findall(rf"\b(?:{'|'.join(words)})\b", text)
        assert len(said) <= 1, (lang, text)


def test_a_numpy_whole_number_of_working_days_counts_like_an_int() -> None:
    numpy = pytest.importorskip("numpy")
    for n in (-40, -1, 0, 1, 3, 250):
        assert CAL.add_working_days(DAY, numpy.int64(n)) == CAL.add_working_days(DAY, n)


def test_a_checked_calendar_copy_still_takes_good_values() -> None:
    saturday = dt.date(2025, 6, 7)
    assert not CAL.is_working_day(saturday)
    changed = attrs.evolve(CAL, extra_working_days=[saturday], default_closes=(2, 29), default_strength="P")
    assert changed.is_working_day(saturday)
    assert changed.extra_working_days == frozenset({saturday})
    assert changed.window(2032).closes == dt.date(2032, 2, 29)
    assert changed.window(2031).closes == dt.date(2031, 2, 28)  # a 29 February deadline, in a common year


def test_a_waiver_takes_a_plain_date_as_that_day_and_applies_it() -> None:
    day = dt.date(2030, 1, 1)
    waiver = zt.Waiver("ZI201", reason="r", accepted_by="a", expires=day)
    assert waiver.expires == zt.DateSpan.day(day)
    assert waiver == zt.Waiver("ZI201", reason="r", accepted_by="a", expires=zt.DateSpan.day(day))
    report = zt.validate(attrs.evolve(PLAN, waivers=(waiver,)), today=dt.date(2024, 1, 1))
    assert all(f.code not in {"ZI905", "ZI906"} for f in report.findings)


def test_checked_schedule_and_milestone_fields_still_take_good_values() -> None:
    first = PLAN.milestones[0]
    milestone = attrs.evolve(first, scope=Scope.UNIT, audience=None)
    assert milestone.scope is Scope.UNIT
    schedule = attrs.evolve(
        PLAN,
        milestones=[milestone, *PLAN.milestones[1:]],
        wbk_awarded=dt.date(2023, 12, 1),
        revoked=None,
        year=2024,
        evaluator="Tim 1",
        waivers=[zt.Waiver("ZI201", stage=zt.Stage.SURVEI)],
    )
    assert schedule.wbk_awarded == zt.DateSpan.day(dt.date(2023, 12, 1))
    assert schedule.year == 2024
    assert schedule.evaluator == "Tim 1"
    assert schedule.of(zt.Stage.PERENCANAAN) == (milestone,)
    assert zt.Schedule.from_mapping(schedule.to_dict()) == schedule


def test_checked_policy_lookups_still_answer_good_values() -> None:
    policy = zt.Policy.default()
    threshold = policy.threshold("plan_to_submission")
    assert policy.for_rule(threshold.rule) is threshold
    assert policy.is_enabled("ZI201")
    assert not attrs.evolve(policy, ignore=frozenset({"ZI2"})).is_enabled("ZI201")
    # The policy answers from its own select/ignore: it does not hold the rule registry.
    assert policy.is_enabled("ZI999")
    with pytest.raises(zt.exceptions.PolicyError, match="window_days"):
        threshold.param("window_days")


def test_a_bad_target_in_a_units_file_names_the_unit_the_file_and_the_row(tmp_path: Path) -> None:
    units = tmp_path / "satker.csv"
    units.write_text("satker,predikat\nLapas A,WBK\nLapas B,WBX\nLapas C,\n", encoding="utf-8")
    error = _raised(lambda: planning.plan_portfolio(zt.load(units, strict=False), 2024))
    assert isinstance(error, zt.exceptions.PlanningError)
    assert (error.file, error.row, error.value) == (str(units), 3, "'WBX'")
    assert "'Lapas B'" in error.message("en")


def test_a_unit_that_gives_no_target_takes_the_portfolios_and_good_days_still_plan() -> None:
    result = planning.plan_portfolio(
        ["Lapas A", {"unit": "Lapas B"}, {"satker": "Lapas C", "predikat": "wbbm", "tanggal_wbk": "1 Desember 2022"}],
        2024,
        target="WBK",
        policy=zt.Policy.default(),
    )
    assert [s.target for s in result.schedules] == [zt.Predicate.WBK, zt.Predicate.WBK, zt.Predicate.WBBM]
    awarded = dt.date(2022, 12, 6)
    by_date = planning.plan(2025, target="WBBM", wbk_awarded=awarded, calendar=CAL)
    by_text = planning.plan(2025, target="WBBM", wbk_awarded="6 Desember 2022", submission=by_date.submission)
    assert by_date.schedule.wbk_awarded == by_text.schedule.wbk_awarded == zt.DateSpan.day(awarded)
    assert planning.earliest_submission(PLAN, today=dt.date(2024, 1, 2)) is not None


def test_checked_io_and_frame_arguments_still_take_good_values(tmp_path: Path) -> None:
    waiver = zt.Waiver("ZI201", reason="r", accepted_by="a", expires=dt.date(2030, 1, 1))
    added, orphans = zt.io.add_waivers([PLAN], {"Lapas A": [waiver], "Lapas Z": []})
    assert added[0].waivers == (waiver,)
    assert orphans == ["Lapas Z"]
    reports = zt.validate_many(added)
    assert len(pd_frames.summary_frame(iter(reports))) == 1
    assert set(pd_frames.findings_frame(reports)["unit"]) == {"Lapas A"}
    aliases = tmp_path / "alias.toml"
    aliases.write_text('[columns]\nunit = ["kantor"]\n', encoding="utf-8")
    frame = pd_frames.pd.DataFrame({"kantor": ["Lapas A"], "predikat": ["WBK"]})
    for words in (aliases, str(aliases), {"columns": {"unit": ["kantor"]}}):
        assert [r.unit for r in pd_frames.validate_frame(frame, zt.Policy.default(), aliases=words)] == ["Lapas A"]
    portfolio = zt.validate_portfolio(added)
    assert list(pd_frames.load_frame(portfolio).columns) == list(pd_frames.LOAD_COLUMNS)


def test_charts_still_take_good_arguments() -> None:
    report = zt.validate(PLAN)
    fig = charts.gantt(PLAN, report, calendar=CAL, width=12)
    assert fig.get_size_inches()[0] == 12
    assert charts.figure_svg(fig).startswith("<svg")
    assert charts.portfolio_chart(iter([report]), width=1.0).get_size_inches()[0] == 1
    assert len(charts.load_chart(zt.validate_portfolio([PLAN]), width=50).axes) == 2


@given(strategies.valid_schedules(target="WBBM", year=2024))
def test_valid_schedules_takes_a_target_by_name(schedule: zt.Schedule) -> None:
    assert schedule.target is zt.Predicate.WBBM
    assert schedule.wbk_awarded is not None
    assert zt.validate(schedule).counts["error"] == 0


def test_an_unknown_code_is_still_an_unknown_rule_for_both_strategies() -> None:
    for make in (strategies.violating, strategies.violating_portfolio):
        error = _raised(lambda make=make: make("ZI999"))  # type: ignore[misc]
        assert isinstance(error, zt.exceptions.UnknownRuleError)


def test_plan_units_refuses_an_unreadable_target_in_one_line_naming_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = tmp_path / "satker.csv"
    units.write_text("satker,predikat\nLapas A,WBK\nLapas B,Menuju WBK\n", encoding="utf-8")
    out = tmp_path / "rencana.json"
    assert main(["plan", "--year", "2024", "--units", str(units), "-o", str(out)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "baris 3" in lines[0]
    assert "'Menuju WBK'" in lines[0]
    assert "'Lapas B'" in lines[0]
    assert not out.exists()


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_a_plain_date_is_kept_as_that_one_day_wherever_a_day_span_is_taken(day: dt.date) -> None:
    span = zt.DateSpan.day(day)
    assert zt.Waiver("ZI201", expires=day).expires == span
    schedule = attrs.evolve(PLAN, wbk_awarded=day, revoked=day)
    assert (schedule.wbk_awarded, schedule.revoked) == (span, span)
    assert zt.Schedule.from_mapping(schedule.to_dict()) == schedule


def test_a_pandas_series_for_lang_is_the_library_s_type_error_on_one_line() -> None:
    pandas = pytest.importorskip("pandas")
    series = pandas.Series(["id", "en"])
    for call in (
        lambda: zt.validate(PLAN, lang=series),
        lambda: planning.plan(2026, lang=series),
        lambda: CAL.non_working_reason(DAY, series),
        lambda: zt.parse_date("Juni 2024").format(series),
        lambda: ERROR.message(series),
    ):
        error = _raised(call)
        assert isinstance(error, TypeError)
        assert "\n" not in error.message("en")


def test_a_huge_int_in_a_text_field_of_a_mapping_loses_nothing() -> None:
    schedule = zt.Schedule.from_mapping(
        {"unit": "A", "target": "WBK", "evaluator": 10**5000, "milestones": {}}, strict=False
    )
    assert schedule.unit == "A"
    assert schedule.evaluator is not None
    assert "bits" in schedule.evaluator  # quoted short, never str() of 5,000 digits (a ValueError)


def _from_frame(**options: object) -> object:
    pandas = pytest.importorskip("pandas")
    from zi_timeline.pandas import from_frame  # noqa: PLC0415 - the pandas extra, only when pandas is there

    frame = pandas.DataFrame({"satker": ["A"], "tahap": ["perencanaan"], "tanggal": ["Oktober 2023"]})
    return from_frame(frame, **options)  # type: ignore[arg-type]
