"""Every report says which thresholds made it: the policy's name and a content fingerprint."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline.cli import main

PLAN = zt.Schedule.from_mapping(
    {"unit": "Lapas Contoh", "target": "WBK", "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}}
)
POLICY_FILE = """
extends = "default"
name = "kanwil"
version = "1"
[thresholds.plan_to_submission]
error = {error}
"""


def test_the_digest_is_a_short_sha256_and_the_same_for_the_same_content() -> None:
    digest = zt.Policy.default().digest
    assert digest.startswith("sha256:")
    assert len(digest) == len("sha256:") + 16
    assert zt.Policy.default().with_values({}).digest == digest
    assert zt.validate(PLAN).policy_digest == digest
    assert zt.validate(PLAN).to_dict()["policy_digest"] == digest


def test_the_digest_is_the_same_in_another_interpreter() -> None:
    # Hash randomisation, dict order and object ids must not leak into it.
    code = "import zi_timeline as zt; print(zt.Policy.named('ketat').digest)"
    other = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)  # noqa: S603
    assert other.stdout.strip() == zt.Policy.named("ketat").digest


@pytest.mark.parametrize(
    "values",
    [
        {"plan_to_submission.error": 5},
        {"plan_to_submission.warning": 7},
        {"tpi_to_submission.warning": 11},
    ],
)
def test_any_changed_threshold_changes_the_digest_but_not_the_name(values: dict[str, object]) -> None:
    base = zt.Policy.default()
    changed = base.with_values(values)
    assert (changed.name, changed.version) == (base.name, base.version)
    assert changed.digest != base.digest
    assert zt.validate(PLAN, changed).policy_digest == changed.digest


def test_the_bundled_policies_differ() -> None:
    assert zt.Policy.default().digest != zt.Policy.named("ketat").digest


def test_a_changed_file_with_the_same_name_changes_the_digest(tmp_path: Path) -> None:
    path = tmp_path / "kanwil.toml"
    path.write_text(POLICY_FILE.format(error=5), encoding="utf-8")
    first = zt.Policy.load(path)
    path.write_text(POLICY_FILE.format(error=4), encoding="utf-8")
    second = zt.Policy.load(path)
    assert first.name == second.name == "kanwil"
    assert first.digest != second.digest
    path.write_text(POLICY_FILE.format(error=5), encoding="utf-8")
    assert zt.Policy.load(path).digest == first.digest


def test_rule_choices_and_calendar_corrections_change_the_digest() -> None:
    base = zt.Policy.default()
    ignoring = zt.Policy.from_mapping({"extends": "default", "rules": {"ignore": ["ZI303"]}})
    holiday = zt.Policy.from_mapping({"extends": "default", "calendar": {"extra_holidays": {"2024-07-19": "Libur"}}})
    assert len({base.digest, ignoring.digest, holiday.digest}) == 3


def _json_check(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    source = tmp_path / "jadwal.json"
    source.write_text(json.dumps({"schedules": [PLAN.to_dict()]}, default=str), encoding="utf-8")
    main(["check", str(source), "--format", "json", *extra])
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    return document


def test_the_cli_names_the_digest_and_set_changes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = _json_check(tmp_path, capsys)
    changed = _json_check(tmp_path, capsys, "--set", "plan_to_submission.error=5")
    assert plain["policy"] == changed["policy"] == "default"
    assert plain["policy_digest"] == zt.Policy.default().digest
    assert changed["policy_digest"] == zt.Policy.default().with_values({"plan_to_submission.error": 5}).digest
    reports = changed["reports"]
    assert isinstance(reports, list)
    assert reports[0]["policy_digest"] == changed["policy_digest"]
