"""Counts of findings read as words: English plurals, Indonesian without them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

import zi_timeline as zt
from zi_timeline.cli import main

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("severity", "n", "lang", "text"),
    [
        (zt.Severity.ERROR, 1, "en", "1 error"),
        (zt.Severity.ERROR, 0, "en", "0 errors"),
        (zt.Severity.WARNING, 2, "en", "2 warnings"),
        (zt.Severity.INFO, 2, "en", "2 info"),
        (zt.Severity.WARNING, 2, "id", "2 peringatan"),
    ],
)
def test_a_count_agrees_with_its_number(severity: zt.Severity, n: int, lang: str, text: str) -> None:
    assert severity.count(n, lang) == text  # type: ignore[arg-type]


def test_check_in_english_pluralises_the_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jadwal.json"
    path.write_text(
        json.dumps({"unit": "Lapas", "target": "WBK", "milestones": {"perencanaan": "Juni 2024"}}), encoding="utf-8"
    )
    main(["check", str(path), "--lang", "en"])
    out = capsys.readouterr().out
    assert " errors, " in out or " 1 error, " in out
    assert " error, " not in out.replace(" 1 error, ", "")
    assert " warning, " not in out.replace(" 1 warning, ", "")


def test_a_month_range_is_plural_in_english_and_a_weekend_is_named_once() -> None:
    from zi_timeline.rules._gaps import _months_range  # noqa: PLC0415

    assert _months_range(0, 1, "en") == "0-1 months"
    assert _months_range(0, 1, "id") == "0-1 bulan"
    s = zt.Schedule.from_mapping(
        {"unit": "A", "target": "WBK", "milestones": {"pencanangan": "1 Oktober 2023", "pengusulan": "1 Januari 2024"}}
    )
    found = {f.stages[0].value: f for f in zt.validate(s, lang="en").findings if f.code == "ZI303"}
    assert found["pencanangan"].observed == "Sunday, 1 October 2023 (weekend)"
    assert found["pengusulan"].message.startswith("Submission to KemenPANRB is scheduled on Monday, 1 January 2024")
