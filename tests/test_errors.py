"""Every error the public API raises for a bad argument or bad data is a ZiTimelineError.

A tool that maps library errors to "400 Bad Request" catches one class; the builtin it
also inherits (ValueError, TypeError, KeyError, OSError) lets older code keep working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline import exceptions, planning
from zi_timeline.rules import REGISTRY

PLAN = zt.Schedule.from_mapping(
    {"unit": "Lapas Contoh", "target": "WBK", "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}}
)
D = dt.date(2024, 6, 3)

BAD_CALLS: dict[str, tuple[Callable[[], object], type[Exception]]] = {
    "validate lang upper case": (lambda: zt.validate(PLAN, lang="EN"), ValueError),
    "validate lang unknown": (lambda: zt.validate(PLAN, lang="fr"), ValueError),
    "validate lang not text": (lambda: zt.validate(PLAN, lang=None), TypeError),  # type: ignore[arg-type]
    "validate a dict": (lambda: zt.validate({"unit": "x"}), TypeError),  # type: ignore[arg-type]
    "validate a policy name": (lambda: zt.validate(PLAN, "default"), TypeError),  # type: ignore[arg-type]
    "validate unknown code": (lambda: zt.validate(PLAN, select=["ZI999"]), KeyError),
    "validate select a string": (lambda: zt.validate(PLAN, select="ZI2"), TypeError),
    "validate today not a date": (lambda: zt.validate(PLAN, today="2024-01-01"), TypeError),  # type: ignore[arg-type]
    "validate calendar wrong": (lambda: zt.validate(PLAN, calendar="x"), TypeError),  # type: ignore[arg-type]
    "validate_many lang": (lambda: zt.validate_many([PLAN], lang="ID"), ValueError),
    "validate_many one schedule": (lambda: zt.validate_many(PLAN), TypeError),  # type: ignore[arg-type]
    "validate_many not schedules": (lambda: zt.validate_many([1]), TypeError),  # type: ignore[list-item]
    "parse_date nonsense": (lambda: zt.parse_date("tanggal tiga puluh"), ValueError),
    "parse_date impossible": (lambda: zt.parse_date("31 Februari 2024"), ValueError),
    "parse_date a list": (lambda: zt.parse_date([2024]), ValueError),
    "DateSpan backwards": (lambda: zt.DateSpan(D, D - dt.timedelta(days=1)), ValueError),
    "from_mapping a list": (lambda: zt.Schedule.from_mapping([1, 2]), ValueError),
    "from_mapping no unit": (lambda: zt.Schedule.from_mapping({"milestones": {}}), ValueError),
    "from_mapping bad stage": (
        lambda: zt.Schedule.from_mapping({"unit": "x", "target": "WBK", "milestones": {"tahap_aneh": "Juni 2024"}}),
        ValueError,
    ),
    "Stage.parse": (lambda: zt.Stage.parse("tahap aneh"), ValueError),
    "Severity.parse": (lambda: zt.Severity.parse("fatal"), ValueError),
    "Policy.named": (lambda: zt.Policy.named("longgar"), ValueError),
    "Policy.load missing": (lambda: zt.Policy.load("/nonexistent/kebijakan.toml"), ValueError),
    "Policy.with_values key": (lambda: zt.Policy.default().with_values({"nope.error": 1}), ValueError),
    "Policy.with_values value": (
        lambda: zt.Policy.default().with_values({"plan_to_submission.error": "four"}),
        ValueError,
    ),
    "Policy.from_mapping": (lambda: zt.Policy.from_mapping({"name": "x"}), ValueError),
    "Calendar.load missing": (lambda: zt.Calendar.load("/nonexistent/windows.toml"), ValueError),
    "load missing file": (lambda: zt.load("/nonexistent/jadwal.csv"), OSError),
    "load unknown suffix": (lambda: zt.load(Path(__file__)), OSError),
    "compare lang": (lambda: zt.compare([PLAN], [PLAN], lang="english"), ValueError),
    "compare one schedule": (lambda: zt.compare(PLAN, PLAN), TypeError),  # type: ignore[arg-type]
    "compare dicts": (lambda: zt.compare([{"unit": "x"}], [PLAN]), TypeError),  # type: ignore[list-item]
    "parse_date year text": (lambda: zt.parse_date("Juni", year="2024"), TypeError),  # type: ignore[arg-type]
    "validate_portfolio lang": (lambda: zt.validate_portfolio([PLAN], lang="EN"), ValueError),
    "validate_portfolio one schedule": (lambda: zt.validate_portfolio(PLAN), TypeError),  # type: ignore[arg-type]
    "plan lang": (lambda: planning.plan(2026, lang="EN"), ValueError),
    "plan year text": (lambda: planning.plan("2026"), TypeError),  # type: ignore[arg-type]
    "suggest_fix lang": (lambda: planning.suggest_fix(PLAN, lang="EN"), ValueError),
    "registry unknown code": (lambda: REGISTRY.get("ZI000"), KeyError),
}


@pytest.mark.parametrize("name", sorted(BAD_CALLS))
def test_bad_arguments_raise_the_library_error_and_the_builtin(name: str) -> None:
    call, builtin = BAD_CALLS[name]
    with pytest.raises(exceptions.ZiTimelineError) as caught:
        call()
    assert isinstance(caught.value, builtin)
    # The message exists in both languages and neither is empty.
    assert caught.value.message("id")
    assert caught.value.message("en")


def test_the_base_class_and_the_argument_errors_are_exported_at_the_top() -> None:
    assert zt.ZiTimelineError is exceptions.ZiTimelineError
    assert issubclass(zt.InvalidArgumentError, zt.ZiTimelineError)
    assert issubclass(zt.InvalidArgumentError, ValueError)
    assert issubclass(zt.ArgumentTypeError, TypeError)


def test_every_exception_class_is_a_library_error_with_a_builtin() -> None:
    for name in exceptions.__all__:
        cls = getattr(exceptions, name)
        assert issubclass(cls, exceptions.ZiTimelineError)
        if cls not in {exceptions.ZiTimelineError, exceptions.ReportError}:
            builtins = [b for b in cls.__mro__ if b.__module__ == "builtins" and b not in {Exception, BaseException}]
            assert builtins, f"{name} inherits no fitting builtin"


def test_a_wrong_language_error_names_the_value_and_the_choices() -> None:
    with pytest.raises(zt.InvalidArgumentError) as caught:
        zt.validate(PLAN, lang="EN")
    assert caught.value.value == "EN"
    assert "'EN'" in caught.value.message("en")
    assert "'id' or 'en'" in caught.value.message("en")
