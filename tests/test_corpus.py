"""The bad-input corpus: every file gets a clear answer, never a traceback, and no unit is lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import zi_timeline as zt
from zi_timeline.cli import main
from zi_timeline.exceptions import ZiTimelineError

CORPUS = Path(__file__).parent / "corpus"
EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def test_the_corpus_is_big_and_covers_every_format() -> None:
    assert len(EXPECTED) >= 50
    assert {name.split("/")[0] for name in EXPECTED} == {"json", "csv", "xlsx", "yaml"}


@pytest.mark.filterwarnings("ignore::zi_timeline.exceptions.LoadWarning")
@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_corpus_file_gets_a_clear_answer(name: str, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    expected = EXPECTED[name]
    path = CORPUS / name
    code = main(["check", str(path), "--format", "json", "--lang", lang, "--today", "2025-01-01"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert code == expected["exit"], err
    if expected["exit"] == 2:
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1, err
        assert str(path) in lines[0]
        if lang == "id":
            for part in expected["contains"]:
                assert part in lines[0], lines[0]
        return
    document = json.loads(out)
    assert len(document["reports"]) == expected["units"]
    codes = {f["code"] for r in document["reports"] for f in r["findings"]}
    assert set(expected["codes"]) <= codes


@pytest.mark.filterwarnings("ignore::zi_timeline.exceptions.LoadWarning")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_library_raises_only_its_own_errors(name: str) -> None:
    if EXPECTED[name]["exit"] == 2:
        with pytest.raises(ZiTimelineError) as info:
            zt.load(CORPUS / name)
        assert info.value.message("en")
        return
    schedules = zt.load(CORPUS / name)
    assert len(schedules) == EXPECTED[name]["units"]
    for report in zt.validate_many(schedules):
        json.dumps(report.to_dict())
