"""Numbers in words: no message, observed or required text shows a negative number or a double minus."""

from __future__ import annotations

import re

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import planning
from zi_timeline.strategies import ordered_schedules, schedules

# A minus sign right before a digit, not inside a range like "3-16" (a digit before it).
_NEGATIVE = re.compile(r"(?<![\w/.])[-\u2212]\d")


# A fix may name a command-line option (``--windows``); nothing else has a double minus.
_OPTION = re.compile(r"--[a-z]")


def _bad(text: str, *, options: bool = False) -> str | None:
    if "--" in (_OPTION.sub("", text) if options else text):
        return "--"
    found = _NEGATIVE.search(text)
    return found.group() if found else None


def _texts(report: zt.Report) -> list[tuple[str, bool]]:
    return [
        (text, options)
        for f in report.findings
        for text, options in ((f.message, False), (f.observed, False), (f.required, False), (f.fix, True))
    ]


@settings(max_examples=150, deadline=None)
@given(st.one_of(schedules(), ordered_schedules()), st.sampled_from(["id", "en"]))
def test_no_negative_number_or_double_minus_in_any_finding(schedule: zt.Schedule, lang: str) -> None:
    report = zt.validate(attrs.evolve(schedule, unit="Satker"), lang=lang)  # the name is the user's own text
    for text, options in _texts(report):
        assert _bad(text, options=options) is None, text


def _plan(**milestones: str) -> zt.Schedule:
    return zt.Schedule.from_mapping({"unit": "Lapas Contoh", "target": "WBK", "milestones": milestones})


def test_a_submission_before_planning_is_said_in_words() -> None:
    schedule = _plan(perencanaan="Juni 2024", pengusulan="Maret 2024")
    (finding,) = (f for f in zt.validate(schedule).findings if f.code == "ZI201")
    assert finding.observed == "2-3 bulan, 34-69 hari kerja (62-121 hari) sebelum perencanaan"
    assert "sebelum perencanaan (Juni 2024)" in finding.message
    assert "hanya" not in finding.message
    (english,) = (f for f in zt.validate(schedule, lang="en").findings if f.code == "ZI201")
    assert "before planning (June 2024)" in english.message


def test_a_stage_in_the_same_month_may_fall_on_either_side() -> None:
    schedule = _plan(perencanaan="Juni 2024", pengusulan="Juni 2024")
    (finding,) = (f for f in zt.validate(schedule).findings if f.code == "ZI201")
    assert finding.observed == "antara 29 hari sebelum dan 29 hari sesudah perencanaan"


def test_only_when_the_gap_is_surely_below_the_minimum() -> None:
    # Declaration in February, submission in May: 2 to 4 months apart, the error needs < 3.
    schedule = _plan(pencanangan="Februari 2024", pengusulan="Mei 2024")
    (finding,) = (f for f in zt.validate(schedule).findings if f.code == "ZI202")
    assert not finding.certain
    assert "hanya" not in finding.message
    assert "minimal 3 bulan" in finding.message
    certain = _plan(pencanangan="Februari 2024", pengusulan="Maret 2024")
    (finding,) = (f for f in zt.validate(certain).findings if f.code == "ZI202")
    assert finding.certain
    assert " hanya " in finding.message


@settings(max_examples=30, deadline=None)
@given(ordered_schedules(), st.sampled_from(["id", "en"]))
def test_the_assistants_reasons_have_no_negative_number(schedule: zt.Schedule, lang: str) -> None:
    suggestion = planning.suggest_fix(attrs.evolve(schedule, unit="Satker"), lang=lang)
    texts = [suggestion.reason, *(m.reason for m in suggestion.moves)]
    for text in texts:
        assert _bad(text, options=True) is None, text
