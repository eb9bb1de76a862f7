"""A policy changed with attrs.evolve is checked as the copy is made, like a policy file."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import zi_timeline as zt
from zi_timeline._aliases import Aliases

INSTANT = zt.Schedule.from_mapping(
    {"unit": "Lapas A", "target": "WBK", "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}}
)


def test_a_severity_given_as_text_reads_like_the_policy_file() -> None:
    changed = attrs.evolve(zt.Policy.default(), severity={"zi201": "Info"})
    assert changed.severity == {"ZI201": zt.Severity.INFO}
    (finding,) = (f for f in zt.validate(INSTANT, changed).findings if f.code == "ZI201")
    assert finding.severity is zt.Severity.INFO


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("severity", {"ZI201": 5}),
        ("severity", None),
        ("thresholds", {"plan_to_submission": 5}),
        ("select", "ZI2"),
        ("ignore", [5]),
        ("name", 5),
        ("version", None),
        ("calendar", "x"),
        ("aliases", "x"),
    ],
)
def test_a_bad_field_is_refused_when_the_copy_is_made(field: str, value: Any) -> None:
    with pytest.raises(zt.ArgumentTypeError) as caught:
        attrs.evolve(zt.Policy.default(), **{field: value})
    assert caught.value.field == ("select/ignore" if field in {"select", "ignore"} else field)


def test_an_unknown_required_stage_is_the_stage_error() -> None:
    with pytest.raises(zt.ZiTimelineError, match="zzz"):
        attrs.evolve(zt.Policy.default(), required_stages=("zzz",))


def test_codes_given_as_a_list_become_a_set() -> None:
    changed = attrs.evolve(zt.Policy.default(), select=["ZI2"], ignore=["ZI201"])
    assert changed.select == frozenset({"ZI2"})
    assert {f.code for f in zt.validate(INSTANT, changed).findings} <= {"ZI202", "ZI203", "ZI204", "ZI205"}


def test_the_digest_tells_policies_with_different_words_apart() -> None:
    base = zt.Policy.default()
    one = attrs.evolve(base, aliases=Aliases(stages={"apel komitmen": "pencanangan"}))
    other = attrs.evolve(base, aliases=Aliases(stages={"xyzzy": "pencanangan"}))
    assert len({base.digest, one.digest, other.digest}) == 3
    assert attrs.evolve(base, aliases=Aliases(stages={"xyzzy": "pencanangan"})).digest == other.digest
