"""check --format json: compact for programs (files, pipes), indented with --indent for people."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zi_timeline.cli import main


def _check(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    main(["check", "--examples", "--format", "json", *extra])
    return capsys.readouterr().out


def test_a_pipe_gets_compact_json_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    out = _check(capsys)
    document = json.loads(out)
    assert out == json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    assert out.count("\n") == 1


@pytest.mark.parametrize("indent", [1, 2, 4])
def test_indent_writes_what_json_dumps_would(capsys: pytest.CaptureFixture[str], indent: int) -> None:
    out = _check(capsys, "--indent", str(indent))
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=indent) + "\n"


def test_a_file_is_compact_and_indent_zero_means_compact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "hasil.json"
    main(["check", "--examples", "--format", "json", "-o", str(target)])
    compact = target.read_text(encoding="utf-8")
    assert compact.count("\n") == 1
    assert _check(capsys, "--indent", "0") == compact
    assert "Lapas Kelas IIA Contoh" in compact  # not escaped to \\u sequences


def test_an_empty_portfolio_is_still_a_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "kosong.json"
    source.write_text('{"schedules": []}', encoding="utf-8")
    for extra in ([], ["--indent", "2"]):
        main(["check", str(source), "--format", "json", *extra])
        assert json.loads(capsys.readouterr().out)["reports"] == []
