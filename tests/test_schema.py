"""The JSON Schemas: shipped, current, and satisfied by every example and every CLI output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from jsonschema import Draft202012Validator

from conftest import read_fixture, rule_fixtures
from zi_timeline._cli.schema import render
from zi_timeline._schema import SCHEMA_VERSION
from zi_timeline._schema_loop import schemas
from zi_timeline.cli import main
from zi_timeline.io import EXAMPLES

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "src" / "zi_timeline" / "data" / "schema"
INVALID_SHAPE = {"ZI903"}  # its fixture holds an unknown field on purpose


def _validator(which: str) -> Draft202012Validator:
    return Draft202012Validator(schemas()[which], format_checker=Draft202012Validator.FORMAT_CHECKER)


def _errors(which: str, document: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in _validator(which).iter_errors(document)]


@pytest.mark.parametrize("which", ["input", "output", "plan", "diff"])
def test_shipped_schemas_are_current_and_valid(which: str) -> None:
    text = render(which)
    for folder in (PACKAGE, ROOT / "docs" / "schema"):
        shipped = (folder / f"{which}.schema.json").read_text(encoding="utf-8")
        assert shipped == text, f"stale: zi-timeline schema {which} > {folder}/{which}.schema.json"
    Draft202012Validator.check_schema(schemas()[which])
    assert schemas()[which]["$id"].endswith(SCHEMA_VERSION)


def test_bundled_examples_match_the_input_schema() -> None:
    assert _errors("input", json.loads(EXAMPLES.read_text(encoding="utf-8"))) == []


def _fixture_schedules() -> Iterator[tuple[str, Any]]:
    for path in rule_fixtures():
        data = read_fixture(path)
        yield path.stem, data["schedule"] if "schedule" in data else data["portfolio"]  # ZI6xx: a list of units


@pytest.mark.parametrize(
    ("code", "schedule"), list(_fixture_schedules()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_rule_fixtures_match_the_input_schema(code: str, schedule: Any) -> None:
    errors = _errors("input", schedule)
    assert bool(errors) == (code in INVALID_SHAPE), errors


def test_the_schema_catches_what_the_library_rejects() -> None:
    assert _errors("input", {"unit": "U", "target": "WBK", "milestone": {}}) != []
    assert _errors("input", {"unit": "U", "target": "WBK", "milestones": [{"stage": "survei", "tanggal": 3.5}]}) != []
    assert _errors("input", [{"satker": "U", "predikat": "WBK", "tahapan": {"survei": ["Mei 2024", 45420]}}]) == []


@pytest.mark.parametrize(
    "args",
    [
        ["--examples"],
        ["--examples", "--lang", "en"],
        ["--examples", "--suggest"],
        ["--examples", "--policy", "ketat", "--select", "ZI2,ZI3"],
    ],
    ids=["id", "en", "suggest", "ketat"],
)
def test_cli_json_output_matches_the_output_schema(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "--format", "json", "--today", "1 Januari 2025", *args])
    document = json.loads(capsys.readouterr().out)
    assert document["schema_version"] == SCHEMA_VERSION
    assert _errors("output", document) == []


def test_waived_findings_match_the_output_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jadwal.json"
    waiver = {"code": "ZI201", "reason": "r", "accepted_by": "a", "expires": "31 Desember 2025"}
    schedule = {"unit": "U", "target": "WBK", "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}}
    path.write_text(json.dumps([{**schedule, "waivers": [waiver, {"code": "ZI403"}]}]), encoding="utf-8")
    main(["check", str(path), "--format", "json", "--today", "1 Januari 2025"])
    document = json.loads(capsys.readouterr().out)
    assert document["reports"][0]["counts"]["waived"] == 1
    assert _errors("output", document) == []
    document["reports"][0]["findings"][0]["severity"] = "fatal"
    assert _errors("output", document) != []


def test_schema_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "output"]) == 0
    assert json.loads(capsys.readouterr().out)["$id"] == "urn:zi-timeline:schema:output:" + SCHEMA_VERSION
