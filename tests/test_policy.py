from __future__ import annotations

from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline import Severity
from zi_timeline.exceptions import PolicyError


def test_default_policy_thresholds_carry_strength_and_source() -> None:
    policy = zt.Policy.default()
    assert (policy.name, policy.version) == ("default", "1.0")
    t = policy.threshold("plan_to_submission")
    assert t.levels == ((Severity.ERROR, 4), (Severity.WARNING, 6))
    assert t.strength == "C"
    assert "Itjen" in t.source
    for threshold in policy.thresholds.values():
        assert threshold.strength in {"R", "P", "C"}
        assert threshold.source
        assert threshold.rationale


def test_ketat_extends_default_and_changes_only_the_plan_length() -> None:
    default, ketat = zt.Policy.default(), zt.Policy.named("ketat")
    assert ketat.threshold("plan_to_submission").levels == ((Severity.ERROR, 6), (Severity.WARNING, 12))
    assert ketat.threshold("declaration_to_submission").levels == ((Severity.ERROR, 4), (Severity.WARNING, 6))
    assert ketat.threshold("building_period") == default.threshold("building_period")


def test_single_values_can_be_overridden() -> None:
    policy = zt.Policy.default().with_values({"plan_to_submission.warning": 9})
    assert policy.threshold("plan_to_submission").levels == ((Severity.ERROR, 4), (Severity.WARNING, 9))


@pytest.mark.parametrize(
    ("values", "needle"),
    [
        ({"plan_to_submision.error": 5}, "mungkin 'plan_to_submission'"),
        ({"plan_to_submission.eror": 5}, "'plan_to_submission.eror'"),
        ({"plan_to_submission.error": 7}, "error <= warning"),
        ({"plan_to_submission.error": -1}, ">= 0"),
    ],
)
def test_bad_overrides_are_errors(values: dict[str, object], needle: str) -> None:
    with pytest.raises(PolicyError) as info:
        zt.Policy.default().with_values(values)
    assert needle in info.value.message("id") + info.value.message("en")


def test_user_file_extends_a_bundled_policy(tmp_path: Path) -> None:
    path = tmp_path / "kanwil.toml"
    path.write_text(
        'extends = "default"\nname = "kanwil-banten"\nversion = "2025.1"\n'
        "[thresholds.plan_to_submission]\nerror = 5\n"
        '[rules]\nignore = ["ZI205"]\nseverity = { ZI402 = "error" }\n',
        encoding="utf-8",
    )
    policy = zt.Policy.load(path)
    assert policy.name == "kanwil-banten"
    assert policy.threshold("plan_to_submission").minimum == 5
    assert not policy.is_enabled("ZI205")
    assert policy.severity["ZI402"] is Severity.ERROR


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('extends = "default"\nnama = "x"\n', "'nama'"),
        ('extends = "default"\n[thresholds.plan_to_submision]\nerror = 5\n', "plan_to_submission"),
        ('extends = "default"\n[thresholds.plan_to_submission]\neror = 5\n', "'eror'"),
        ('extends = "default"\n[rules]\nseverity = { ZI201 = "fatal" }\n', "fatal"),
        ('extends = "tidak-ada"\n', "tidak-ada"),
        ("this is = = not toml", "TOML"),
        (
            (
                'name = "x"\nversion = "1"\n[thresholds.a]\nrule = "ZI201"\n'
                'unit = "weeks"\nstrength = "C"\nsource = "s"\nerror = 1\n'
            ),
            "weeks",
        ),
        ('extends = "default"\n[planning]\nstrength = ["R"]\n', "'strength' harus R, P atau C"),  # was a TypeError
    ],
)
def test_bad_policy_files_name_the_problem(tmp_path: Path, text: str, needle: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        zt.Policy.load(path)
    assert needle in str(info.value)
    assert str(path) in str(info.value) or "policy" in str(info.value)


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="tidak dapat dibaca"):
        zt.Policy.load(tmp_path / "nope.toml")


@pytest.mark.parametrize("rules", ['ignore = ["ZI999"]', 'select = ["ZI2", "XX1"]', 'severity = { ZI999 = "error" }'])
def test_unknown_rule_codes_are_named_when_validation_starts(tmp_path: Path, rules: str) -> None:
    # The policy reads codes without the registry (which imports it); validate() checks them.
    path = tmp_path / "p.toml"
    path.write_text(f'extends = "default"\n[rules]\n{rules}\n', encoding="utf-8")
    policy = zt.Policy.load(path)
    plan = zt.Schedule.from_mapping({"unit": "x", "target": "WBK", "milestones": {"perencanaan": "Juni 2024"}})
    with pytest.raises(PolicyError) as info:
        zt.validate(plan, policy)
    assert str(path) in str(info.value)
    assert ("ZI999" in str(info.value)) or ("XX1" in str(info.value))
