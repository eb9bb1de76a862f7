"""A threshold's fields are checked as it is made: good values still make one, and mean the same.

The bad values are in tests/test_errors_arguments.py's BAD_CALLS table.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import Severity
from zi_timeline._threshold import PARAMS, STRENGTHS, UNITS, Strength, Unit

PLAN_LENGTH = zt.Policy.default().threshold("plan_to_submission")


@pytest.mark.parametrize("name", ["default", "ketat"])
def test_every_bundled_threshold_passes_its_own_checks(name: str) -> None:
    for threshold in zt.Policy.named(name).thresholds.values():
        assert attrs.evolve(threshold) == threshold


def test_a_good_value_still_makes_a_changed_threshold() -> None:
    changed = attrs.evolve(
        PLAN_LENGTH,
        key="plan_length",
        unit="working_days",
        strength="R",
        levels=[(Severity.ERROR, 2), (Severity.WARNING, 5), (Severity.INFO, 5)],
        params={"window_days": 30},
        source="PermenPANRB 90/2021",
    )
    # A list is taken, and kept as a tuple (a threshold is hashable).
    assert changed.levels == ((Severity.ERROR, 2), (Severity.WARNING, 5), (Severity.INFO, 5))
    assert (changed.key, changed.unit, changed.strength) == ("plan_length", "working_days", "R")
    assert (changed.minimum, changed.recommended, changed.param("window_days")) == (2, 5, 30)
    assert changed.rule == PLAN_LENGTH.rule
    assert len({changed, PLAN_LENGTH}) == 2  # hashable, and not equal


def test_an_evolved_threshold_in_a_policy_is_applied() -> None:
    policy = zt.Policy.default()
    stricter = attrs.evolve(PLAN_LENGTH, levels=((Severity.ERROR, 6), (Severity.WARNING, 12)))
    changed = attrs.evolve(policy, thresholds={**policy.thresholds, "plan_to_submission": stricter})
    assert changed.threshold("plan_to_submission").minimum == 6
    assert changed == policy.with_values({"plan_to_submission.error": 6, "plan_to_submission.warning": 12})


def test_the_params_of_a_threshold_stay_read_only() -> None:
    changed = attrs.evolve(PLAN_LENGTH, params={"min_units": 3})
    with pytest.raises(zt.ArgumentTypeError):
        changed.params["min_units"] = 4  # type: ignore[index]


@st.composite
def _levels(draw: st.DrawFn) -> list[tuple[Severity, int]]:
    """Some of error, warning, info (at least one), worst first, limits not falling."""
    chosen = draw(st.lists(st.sampled_from(list(Severity)), min_size=1, max_size=3, unique=True))
    severities = sorted(chosen, key=lambda s: s.rank)
    limits = sorted(draw(st.lists(st.integers(1, 10**6), min_size=len(severities), max_size=len(severities))))
    return list(zip(severities, limits, strict=True))


@given(
    levels=_levels(),
    unit=st.sampled_from(UNITS),
    strength=st.sampled_from(STRENGTHS),
    params=st.dictionaries(st.sampled_from(PARAMS), st.integers(0, 10**6)),
)
def test_any_level_order_the_policy_file_takes_is_taken(
    levels: list[tuple[Severity, int]], unit: Unit, strength: Strength, params: dict[str, int]
) -> None:
    changed = attrs.evolve(PLAN_LENGTH, levels=levels, unit=unit, strength=strength, params=params)
    assert changed.levels == tuple(levels)
    assert changed.params == params
    assert attrs.evolve(changed) == changed
