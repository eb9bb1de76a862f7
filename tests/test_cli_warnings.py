"""Every command writes a LoadWarning as ``zi-timeline: peringatan: ...``, once, never Python's raw form."""

from __future__ import annotations

from pathlib import Path

import pytest

from zi_timeline.cli import main

_CSV = """No;Satker;Predikat;Tahapan;Tanggal
1;Lapas Kelas IIA Bandung;WBK;perencanaan;Oktober 2023
;;;pencanangan;15/01/2024
;;;pembangunan;Februari - Juni 2024
;;;evaluasi TPI;Mei 2024
;;;pengusulan;Juli 2024
;;;;
;;;Bandung, 5 Februari 2024;
;;;NIP 19700101 199503 1 001;
"""

_SKIPPED = "di bawah tabel dilewati"


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "jadwal.csv"
    path.write_text(_CSV, encoding="utf-8")
    return path


def _commands(sheet: Path, out: Path) -> dict[str, list[str]]:
    return {
        "check": ["check", str(sheet)],
        "fix": ["fix", str(sheet), "-o", str(out / "diperbaiki.csv")],
        "diff": ["diff", str(sheet), str(sheet)],
        "plan --units": ["plan", "--year", "2024", "--units", str(sheet), "-o", str(out / "rencana.json")],
    }


@pytest.mark.parametrize("command", ["check", "fix", "diff", "plan --units"])
def test_every_command_formats_a_load_warning_once(
    command: str, sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(_commands(sheet, tmp_path)[command])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if _SKIPPED in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("zi-timeline: peringatan: ")
    assert "LoadWarning" not in err
    assert ".py:" not in err


def test_the_warning_is_in_the_users_language(sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["fix", str(sheet), "-o", str(tmp_path / "fixed.csv"), "--lang", "en"])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "under the table skipped" in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("zi-timeline: warning: ")
