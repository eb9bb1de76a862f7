from __future__ import annotations

from pathlib import Path

from zi_timeline._docs import rules_markdown
from zi_timeline.rules import REGISTRY

DOCS = Path(__file__).parent.parent / "docs"


def test_rules_md_is_generated_from_the_registry() -> None:
    text = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert text == rules_markdown(), "docs/rules.md is stale: run zi-timeline rules --markdown > docs/rules.md"


def test_every_rule_has_a_section() -> None:
    text = (DOCS / "rules.md").read_text(encoding="utf-8")
    for rule in REGISTRY:
        assert f"## {rule.code}\n" in text
