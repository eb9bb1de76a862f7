"""The shared bundled policies, calendar and aliases cannot be changed by one caller for all.

`Policy.default()`, `Policy.named()` and `Calendar.default()` return one object per process;
their tables are read-only (`zi_timeline._frozen.FrozenDict`), and a changed copy is made
with `Policy.with_values` or `attrs.evolve`.
"""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import _aliases
from zi_timeline._frozen import FrozenDict, frozen
from zi_timeline.exceptions import ArgumentTypeError

Mutation = Callable[[dict[object, object]], object]
MUTATIONS: dict[str, Mutation] = {
    "setitem": lambda d: d.__setitem__(next(iter(d), "x"), next(iter(d.values()), 0)),
    "setitem-new": lambda d: d.__setitem__("ZI201", zt.Severity.INFO),
    "delitem": lambda d: d.__delitem__(next(iter(d), "x")),
    "clear": lambda d: d.clear(),
    "pop": lambda d: d.pop(next(iter(d), "x")),
    "pop-default": lambda d: d.pop("no such key", None),
    "popitem": lambda d: d.popitem(),
    "setdefault": lambda d: d.setdefault("ZI201", zt.Severity.INFO),
    "update": lambda d: d.update({"ZI201": zt.Severity.INFO}),
    "update-empty": lambda d: d.update(),
    "ior": lambda d: d.__ior__({"ZI201": zt.Severity.INFO}),
}
REFILLS: dict[str, Mutation] = {
    "init-again": lambda d: d.__init__({"ZI201": zt.Severity.INFO}),  # type: ignore[misc]
}


def _schedule() -> zt.Schedule:
    return zt.Schedule.from_mapping(
        {"unit": "A", "target": "WBK", "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}}
    )


def _shared_tables() -> dict[str, Mapping[Any, Any]]:
    default, ketat, calendar = zt.Policy.default(), zt.Policy.named("ketat"), zt.Calendar.default()
    with_params = next(t for t in default.thresholds.values() if t.params)
    bundled = _aliases.bundled()
    tables: dict[str, Mapping[Any, Any]] = {
        "default.thresholds": default.thresholds,
        "default.severity": default.severity,
        "ketat.thresholds": ketat.thresholds,
        "ketat.severity": ketat.severity,
        "threshold.params": with_params.params,
        "calendar.entries": calendar.entries,
        "calendar.extra_holidays": calendar.extra_holidays,
        "aliases.columns": bundled.columns,
        "aliases.stages": bundled.stages,
    }
    return tables


@pytest.mark.parametrize("mutation", MUTATIONS)
@pytest.mark.parametrize("table", _shared_tables())
def test_shared_tables_refuse_every_change(table: str, mutation: str) -> None:
    expected = zt.validate(_schedule()).to_dict()
    expected_ketat = zt.validate(_schedule(), zt.Policy.named("ketat")).to_dict()
    digest = zt.Policy.default().digest
    target = _shared_tables()[table]
    before = dict(target)
    assert isinstance(target, FrozenDict)
    for refill in REFILLS.values():
        refill(target)
        assert dict(target) == before
    with pytest.raises(ArgumentTypeError, match="with_values") as raised:
        MUTATIONS[mutation](target)
    assert isinstance(raised.value, TypeError)
    assert isinstance(raised.value, zt.ZiTimelineError)
    assert "attrs.evolve" in raised.value.message("en")
    assert "Policy.with_values" in raised.value.message("id")
    assert dict(_shared_tables()[table]) == before
    assert zt.validate(_schedule()).to_dict() == expected
    assert zt.validate(_schedule(), zt.Policy.named("ketat")).to_dict() == expected_ketat
    assert zt.Policy.default().digest == digest


def test_the_testers_two_changes_are_refused() -> None:
    with pytest.raises(TypeError):
        zt.Policy.named("ketat").severity["ZI201"] = zt.Severity.INFO  # type: ignore[index]
    with pytest.raises(TypeError):
        zt.Policy.default().thresholds.pop("plan_to_submission")  # type: ignore[attr-defined]
    assert "plan_to_submission" in zt.Policy.default().thresholds
    assert "ZI201" not in zt.Policy.named("ketat").severity
    assert zt.validate(_schedule()).codes()


def test_with_values_and_evolve_still_make_changed_copies() -> None:
    default = zt.Policy.default()
    changed = default.with_values({"plan_to_submission.error": 5})
    assert changed.threshold("plan_to_submission").minimum == 5
    assert default.threshold("plan_to_submission").minimum != 5
    assert isinstance(changed.thresholds, FrozenDict)

    milder = attrs.evolve(default, severity={**default.severity, "ZI201": zt.Severity.INFO})
    assert isinstance(milder.severity, FrozenDict)
    assert milder.severity["ZI201"] is zt.Severity.INFO
    assert "ZI201" not in default.severity
    assert milder.digest != default.digest

    last = list(default.thresholds)[-1]
    fewer = attrs.evolve(default, thresholds={k: v for k, v in default.thresholds.items() if k != last})
    assert isinstance(fewer.thresholds, FrozenDict)
    assert last not in fewer.thresholds
    assert last in default.thresholds

    calendar = zt.Calendar.default()
    moved = attrs.evolve(calendar, extra_holidays={**calendar.extra_holidays})
    assert isinstance(moved.extra_holidays, FrozenDict)
    assert moved == calendar


def test_digest_is_that_of_the_same_policy_built_from_plain_dicts() -> None:
    for policy in (zt.Policy.default(), zt.Policy.named("ketat")):
        plain = attrs.evolve(
            policy,
            thresholds={k: attrs.evolve(t, params=dict(t.params)) for k, t in policy.thresholds.items()},
            severity=dict(policy.severity),
        )
        assert plain == policy
        assert plain.digest == policy.digest


def test_loaded_policy_tables_are_read_only_too(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('extends = "default"\nname = "kanwil"\n[rules.severity]\nZI201 = "info"\n', "utf-8")
    policy = zt.Policy.load(path)
    assert policy.severity == {"ZI201": zt.Severity.INFO}
    with pytest.raises(ArgumentTypeError):
        policy.severity["ZI301"] = zt.Severity.INFO  # type: ignore[index]


keys = st.one_of(st.text(max_size=5), st.integers())
values = st.one_of(st.none(), st.integers(), st.text(max_size=5))


@given(st.dictionaries(keys, values, max_size=8))
def test_a_frozen_dict_is_the_dict_it_was_made_from(items: dict[object, object]) -> None:
    table = frozen(items)
    assert frozen(table) is table
    assert isinstance(table, Mapping)
    assert table == items
    assert list(table.items()) == list(items.items())
    if all(isinstance(k, str) for k in items):
        assert json.dumps(table) == json.dumps(items)
    for again in (pickle.loads(pickle.dumps(table)), copy.deepcopy(table), copy.copy(table)):  # noqa: S301
        assert type(again) is FrozenDict
        assert again == items
    for mutation in MUTATIONS.values():
        with pytest.raises(ArgumentTypeError):
            mutation(table)
    assert table == items


def test_a_rule_example_in_the_shared_registry_is_read_only() -> None:
    from zi_timeline.rules import REGISTRY  # noqa: PLC0415

    example = REGISTRY.get("ZI201").example
    assert example is not None
    with pytest.raises(zt.ZiTimelineError):
        example["unit"] = "HACK"  # type: ignore[index]
    milestones = example["milestones"]
    assert isinstance(milestones, Mapping)
    with pytest.raises(zt.ZiTimelineError):
        milestones["pengusulan"] = "HACK"  # type: ignore[index]
