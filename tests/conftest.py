"""Shared fixtures: the bundled examples and the rule fixture files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import zi_timeline as zt
from zi_timeline.io import EXAMPLES

FIXTURES = Path(__file__).parent / "fixtures"

# HYPOTHESIS_PROFILE=thorough python -m pytest tests/property  runs each property 3000 times.
settings.register_profile("thorough", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def rule_fixtures() -> list[Path]:
    return sorted((FIXTURES / "rules").glob("ZI*.json"))


def read_fixture(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def examples() -> dict[str, zt.Schedule]:
    """The bundled examples by the first words of their unit name."""
    return {s.unit.split(" (")[0]: s for s in zt.load(EXAMPLES)}
