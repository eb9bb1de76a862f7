from __future__ import annotations

import json
from pathlib import Path

import pytest

from zi_timeline.cli import main
from zi_timeline.io import EXAMPLES

INSTANT = {
    "unit": "Lapas Kelas IIA Contoh",
    "target": "WBK",
    "milestones": {
        "perencanaan": "Juni 2024",
        "pencanangan": "3 Juli 2024",
        "pembangunan": {"start": "4 Juli 2024", "end": "31 Agustus 2024"},
        "evaluasi_tpi": "22-26 Juli 2024",
        "pengusulan": "Agustus 2024",
    },
}


def _write(tmp_path: Path, data: object, name: str = "jadwal.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_check_instant_case_exits_1_with_zi201_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, [INSTANT])
    assert main(["check", str(path), "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert list(document) == ["zi_timeline", "schema_version", "policy", "policy_version", "policy_digest", "reports"]
    assert document["policy"] == "default"
    (report,) = document["reports"]
    assert list(report)[:5] == ["unit", "target", "ok", "counts", "findings"]
    zi201 = next(f for f in report["findings"] if f["code"] == "ZI201")
    assert zi201["severity"] == "error"
    assert zi201["certain"] is True
    assert zi201["stages"] == ["perencanaan", "pengusulan"]
    assert "Juni 2024" in zi201["message"]
    assert "Agustus 2024" in zi201["message"]
    assert "4 bulan" in zi201["message"]


def test_lang_en_gives_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, {"schedules": [INSTANT]})
    assert main(["check", str(path), "--format", "json", "--lang", "en"]) == 1
    report = json.loads(capsys.readouterr().out)["reports"][0]
    zi201 = next(f for f in report["findings"] if f["code"] == "ZI201")
    assert "June 2024" in zi201["message"]
    assert "at least 4 months" in zi201["message"]


@pytest.mark.parametrize(
    ("args", "english"),
    [
        (["--lang", "en", "check"], True),  # before the command, as many tools write it
        (["--lang", "en", "check", "--lang", "id"], False),  # after the command wins
        (["check"], False),  # Indonesian by default
    ],
)
def test_lang_may_come_before_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], english: bool
) -> None:
    path = _write(tmp_path, {"schedules": [INSTANT]})
    assert main([*args, str(path), "--format", "json"]) == 1
    zi201 = next(f for f in json.loads(capsys.readouterr().out)["reports"][0]["findings"] if f["code"] == "ZI201")
    assert ("June 2024" in zi201["message"]) is english
    assert ("Juni 2024" in zi201["message"]) is not english


def test_an_unknown_lang_before_the_command_blames_lang(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "xx", "check", "x.csv"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "--lang" in err
    assert "'xx'" in err
    assert err.count("\n") == 1


def test_healthy_example_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    examples = json.loads(EXAMPLES.read_text(encoding="utf-8"))["schedules"]
    healthy = [s for s in examples if s["unit"].startswith("Rutan Kelas I Contoh")]
    path = _write(tmp_path, healthy)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "LOLOS" in out
    assert "1 jadwal: 1 lolos, 0 gagal" in out


def test_bundled_examples_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--examples"]) == 1
    out = capsys.readouterr().out
    assert out.count(": LOLOS - ") + out.count(": GAGAL - ") == 14
    assert "14 jadwal" in out


def test_yaml_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "jadwal.yaml"
    path.write_text(
        "- unit: Lapas Contoh\n  target: WBK\n  milestones:\n"
        "    perencanaan: Juni 2024\n    pengusulan: Agustus 2024\n",
        encoding="utf-8",
    )
    assert main(["check", str(path), "--select", "ZI201", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["reports"][0]["counts"]["error"] == 1


@pytest.mark.parametrize(
    ("content", "name", "needle"),
    [
        ('{"schedules": [', "rusak.json", "baris 1"),
        ("a: [b", "rusak.yaml", "YAML tidak sah"),
        ("x", "jadwal.txt", "tidak didukung"),
        ('"teks saja"', "teks.json", "daftar jadwal"),
    ],
)
def test_unreadable_input_is_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, name: str, needle: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err
    assert needle in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_missing_file_and_no_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "tidak-ada.json")]) == 2
    assert "tidak-ada.json" in capsys.readouterr().err
    assert main(["check"]) == 2
    assert "--examples" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["check", "--format", "pdf", "x.json"])
    assert info.value.code == 2
    assert "galat / error" in capsys.readouterr().err


def test_policy_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, [INSTANT])
    assert main(["check", str(path), "--policy", "ketat", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["policy"] == "ketat"
    assert main(["check", str(path), "--set", "plan_to_submission.eror=3"]) == 2
    assert "plan_to_submission.eror" in capsys.readouterr().err
    assert main(["check", str(path), "--policy", str(tmp_path / "nope.toml")]) == 2
    assert main(["check", str(path), "--select", "ZI999"]) == 2
    assert "ZI999" in capsys.readouterr().err


def test_select_and_ignore_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, [INSTANT])
    assert main(["check", str(path), "--ignore", "ZI2,ZI3,ZI101", "--format", "json"]) == 0
    codes = {f["code"] for f in json.loads(capsys.readouterr().out)["reports"][0]["findings"]}
    assert not any(c.startswith("ZI2") for c in codes)


def test_rules_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "ZI201  plan-to-submission" in capsys.readouterr().out
    assert main(["explain", "ZI201", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Threshold (default 1.0): error < 4 months, warning < 6 months" in out
    assert "June 2024" in out
    assert main(["explain", "ZI000"]) == 2
    assert "ZI000" in capsys.readouterr().err


def test_check_suggest_prints_the_fixed_schedule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, [INSTANT])
    assert main(["check", str(path), "--suggest"]) == 1
    out = capsys.readouterr().out
    assert "SARAN PERBAIKAN (2 perubahan; sesudahnya: 0 galat" in out
    assert "pengusulan ke KemenPANRB: Agustus 2024 -> Kamis, 2 Januari 2025" in out
    assert "Jadwal hasil perbaikan:" in out
    assert main(["check", str(path), "--suggest", "--format", "json", "--lang", "en"]) == 1
    suggestion = json.loads(capsys.readouterr().out)["reports"][0]["suggestion"]
    assert suggestion["feasible"] is True
    assert suggestion["earliest_submission"] == "2025-01-02"
    assert suggestion["cycle_year"] == 2025
    assert [m["stage"] for m in suggestion["moves"]] == ["pengusulan", "evaluasi_tpi"]
    assert suggestion["schedule"]["unit"] == INSTANT["unit"]


def test_plan_command_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "Jumat, 29 Mei 2026" in out
    assert "evaluasi TPI" in out
    assert "0 galat, 0 peringatan, 1 info (ZI305)" in out
    assert main(["plan", "--year", "2024", "--format", "json", "--lang", "en"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["plan"]["window"] == {
        "year": 2024,
        "opens": "2024-07-18",
        "closes": "2024-07-31",
        "assumed": False,
        "source": document["plan"]["window"]["source"],
    }
    assert document["plan"]["report"]["ok"] is True


def test_plan_command_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--year", "2025", "--target", "WBBM"]) == 2
    assert "--wbk-awarded" in capsys.readouterr().err
    assert main(["plan", "--year", "2025", "--target", "WBBM", "--wbk-awarded", "31 Februari 2022"]) == 2
    assert "'31 Februari 2022'" in capsys.readouterr().err
    assert main(["plan"]) == 2
    assert main(["plan", "--year", "2025", "--target", "WBBM", "--wbk-awarded", "6 Desember 2022"]) == 0


def test_windows_option_adds_a_years_window(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    windows = tmp_path / "jendela.toml"
    windows.write_text('[windows.2026]\nopens = 2026-06-01\ncloses = 2026-07-10\nsource = "Surat B/1/2026"\n')
    assert main(["plan", "--year", "2026", "--windows", str(windows)]) == 0
    out = capsys.readouterr().out
    assert "Jumat, 10 Juli 2026" in out
    assert "ZI305" not in out
    assert main(["plan", "--year", "2026", "--windows", str(tmp_path / "nope.toml")]) == 2
    assert "nope.toml" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from zi_timeline._cli import check  # noqa: PLC0415 - the module whose function is broken here

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(check, "validate", broken)
    monkeypatch.delenv("ZI_TIMELINE_DEBUG", raising=False)
    assert main(["check", "--examples"]) == 2
    err = capsys.readouterr().err
    assert "RuntimeError: boom" in err
    assert "Traceback" not in err
    monkeypatch.setenv("ZI_TIMELINE_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["check", "--examples"])
