"""Output is complete or absent, never over an input, and usage errors are one line (issue 12)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from zi_timeline.cli import main
from zi_timeline.io import EXAMPLES


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "jadwal.json"
    shutil.copy(EXAMPLES, path)
    return path


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("fmt", ["json", "csv", "table", "html", "xlsx"])
def test_output_over_its_own_input_is_refused_and_the_input_kept(
    example: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = example.read_bytes()
    assert main(["check", str(example), "--format", fmt, "-o", str(example)]) == 2
    assert "masukan" in _one_line(capsys.readouterr().err)
    assert example.read_bytes() == before


@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
def test_output_reaching_an_input_through_a_link_is_refused(
    example: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    link = example.with_name("lain.json")
    if kind == "symlink":
        link.symlink_to(example.name)
    else:
        os.link(example, link)
    before = example.read_bytes()
    assert main(["check", str(example), "--format", "json", "-o", str(link)]) == 2
    _one_line(capsys.readouterr().err)
    assert example.read_bytes() == before


def test_output_over_the_waivers_file_is_refused(example: Path, tmp_path: Path) -> None:
    waivers = tmp_path / "waivers.json"
    waivers.write_text('{"waivers": []}', encoding="utf-8")
    assert main(["check", str(example), "--waivers", str(waivers), "--format", "json", "-o", str(waivers)]) == 2
    assert waivers.read_text(encoding="utf-8") == '{"waivers": []}'


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
@pytest.mark.parametrize("link", [False, True])
def test_output_over_the_aliases_file_is_refused(example: Path, tmp_path: Path, fmt: str, link: bool) -> None:
    aliases = tmp_path / "alias.toml"
    aliases.write_text('[stages]\npencanangan = ["apel"]\n', encoding="utf-8")
    target = aliases
    if link:
        target = tmp_path / "tautan.toml"
        target.symlink_to(aliases.name)
    before = aliases.read_bytes()
    assert main(["check", str(example), "--aliases", str(aliases), "--format", fmt, "-o", str(target)]) == 2
    assert aliases.read_bytes() == before


def test_a_failed_run_keeps_the_previous_output_and_leaves_no_fragment(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hasil.json"
    assert main(["check", str(example), "--format", "json", "-o", str(out)]) == 1
    good = out.read_bytes()
    bad = tmp_path / "rusak.json"
    bad.write_text('[{"unit": ', encoding="utf-8")
    assert main(["check", str(example), str(bad), "--format", "json", "-o", str(out)]) == 2
    assert "rusak.json" in _one_line(capsys.readouterr().err)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.json", "jadwal.json", "rusak.json"]


def test_a_failed_first_run_leaves_no_file(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "hasil.csv"
    bad = tmp_path / "rusak.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["check", str(example), str(bad), "--format", "csv", "-o", str(out)]) == 2
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jadwal.json", "rusak.json"]


def test_output_keeps_the_mode_of_the_file_it_replaces(example: Path, tmp_path: Path) -> None:
    out = tmp_path / "hasil.json"
    out.write_text("lama", encoding="utf-8")
    out.chmod(0o640)
    main(["check", str(example), "--format", "json", "-o", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["reports"]
    assert out.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("fmt", ["json", "xlsx", "html"])
def test_output_to_a_directory_is_a_usage_error(example: Path, tmp_path: Path, fmt: str) -> None:
    assert main(["check", str(example), "--format", fmt, "-o", str(tmp_path)]) == 2


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["json", "table", "xlsx"])
def test_output_to_a_full_device_is_one_line(example: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(example), "--format", fmt, "-o", "/dev/full"]) == 2
    assert "/dev/full" in _one_line(capsys.readouterr().err)


def test_output_into_a_missing_directory_is_one_line(example: Path, tmp_path: Path) -> None:
    assert main(["check", str(example), "-o", str(tmp_path / "tidak-ada" / "x.json")]) == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "--year", "99999"],
        ["plan", "--year", "0"],
        ["plan", "--year", "2026", "--set", "plan_to_submission.error=\u00b2"],
        ["check", "--examples", "--set", "plan_to_submission.error=\u0661"],
    ],
)
def test_usage_errors_are_one_line_and_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    line = _one_line(capsys.readouterr().err)
    assert "internal" not in line


def test_a_cp1252_stdout_never_fails(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="cp1252", newline="")
    monkeypatch.setattr(sys, "stdout", stdout)
    data = json.loads(example.read_text(encoding="utf-8"))
    data["schedules"][0]["unit"] = "Lapas \u0e01 \U0001f4a5 \udcff"
    example.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(example), "--format", "json"]) in {0, 1}
    stdout.flush()
    assert b"\\U0001f4a5" in raw.getvalue()


def test_a_lone_surrogate_in_a_file_name_reaches_the_json_file(example: Path, tmp_path: Path) -> None:
    odd = tmp_path / "jadwal-\udcff.json"
    example.rename(odd)
    out = tmp_path / "hasil.json"
    assert main(["check", str(odd), "--format", "json", "-o", str(out)]) in {0, 1}
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["reports"]


def test_control_characters_reach_the_terminal_escaped(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(example.read_text(encoding="utf-8"))
    data["schedules"][0]["unit"] = "Lapas \x1b[2J\x1b]0;pwned\x07 A\u202e"
    example.write_text(json.dumps(data), encoding="utf-8")
    main(["check", str(example)])
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\u202e" not in out
    assert "Lapas \\x1b[2J\\x1b]0;pwned\\x07 A\\u202e" in out


def test_control_characters_in_a_unit_name_still_give_an_xlsx(example: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = json.loads(example.read_text(encoding="utf-8"))
    data["schedules"][0]["unit"] = "Lapas\x07 A\x00"
    example.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "temuan.xlsx"
    assert main(["check", str(example), "--format", "xlsx", "-o", str(out)]) in {0, 1}
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A2"].value == "Lapas\ufffd A\ufffd"


def test_two_runs_writing_one_file_leave_one_whole_document(example: Path, tmp_path: Path) -> None:
    small = tmp_path / "kecil.json"
    small.write_text('{"unit": "Lapas A", "target": "WBK"}', encoding="utf-8")
    out = tmp_path / "hasil.json"
    runs = [
        subprocess.Popen(  # noqa: S603 - our own interpreter
            [sys.executable, "-m", "zi_timeline.cli", "check", str(source), "--format", "json", "-o", str(out)],
            stderr=subprocess.PIPE,
        )
        for source in (example, small, example, small)
    ]
    for run in runs:
        run.communicate(timeout=120)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["reports"]) in {1, len(json.loads(example.read_text(encoding="utf-8"))["schedules"])}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.json", "jadwal.json", "kecil.json"]


def test_a_math_text_unit_name_is_drawn_as_text() -> None:
    pytest.importorskip("matplotlib")
    import zi_timeline as zt  # noqa: PLC0415
    from zi_timeline.plot import figure_svg, gantt  # noqa: PLC0415

    name = "$" + "\\frac{" * 40 + "}" * 40 + "$ " + "$x^2$ " * 300
    schedule = zt.Schedule.from_mapping(
        {"unit": name, "target": "WBK", "milestones": {"perencanaan": "Oktober 2023", "pengusulan": "22 Juli 2024"}}
    )
    svg = figure_svg(gantt(schedule))
    assert "$\\frac{\\frac{" in svg


def test_a_long_schedule_is_charted_capped_and_says_so() -> None:
    pytest.importorskip("matplotlib")
    import zi_timeline as zt  # noqa: PLC0415
    from zi_timeline.plot import MAX_CHART_ROWS, gantt  # noqa: PLC0415

    milestones = [{"stage": "pemantauan", "date": f"{1 + i % 28}/{1 + i // 28 % 12}/2024"} for i in range(1000)]
    schedule = zt.Schedule.from_mapping({"unit": "Lapas A", "target": "WBK", "milestones": milestones})
    title = gantt(schedule, lang="en").axes[0].get_title(loc="left")
    assert f"showing {MAX_CHART_ROWS} of 1000 milestones" in title


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_machine_format_on_stdout_is_whole_or_absent(
    example: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    unreadable = tmp_path / "kosong.json"
    unreadable.write_text("", encoding="utf-8")
    assert main(["check", str(example), str(unreadable), "--format", fmt]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no cut-off document a program would take for the result
    assert "kosong.json" in _one_line(captured.err)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_good_run_on_stdout_writes_what_the_file_holds(
    example: Path, tmp_path: Path, fmt: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    target = tmp_path / f"out.{fmt}"
    assert main(["check", str(example), "--format", fmt, "-o", str(target)]) == 1
    assert main(["check", str(example), "--format", fmt]) == 1
    written = target.read_bytes()
    assert capsysbinary.readouterr().out == written  # the same bytes, the CSV's BOM included
    if fmt == "json":
        assert json.loads(written)["reports"]


def test_a_spooled_document_larger_than_memory_reaches_stdout_whole(
    example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from zi_timeline._cli import _output  # noqa: PLC0415 - its spool size is lowered here

    assert main(["check", str(example), "--format", "json"]) == 1
    whole = capsys.readouterr().out
    monkeypatch.setattr(_output, "SPOOL_CHARS", 100)  # spills to a temporary file at once
    assert main(["check", str(example), "--format", "json"]) == 1
    assert capsys.readouterr().out == whole


@pytest.mark.parametrize("indent", ["-1", "17", "100000000", "x"])
def test_an_indent_outside_0_to_16_is_a_usage_error_naming_it(
    example: Path, indent: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", str(example), "--format", "json", "--indent", indent])
    assert caught.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    last = captured.err.strip().splitlines()[-1]
    assert "--indent" in last
    assert repr(indent) in last
    assert "harus" in last
    assert "must be" in last


@pytest.mark.parametrize(("indent", "width"), [("0", None), ("16", 16)])
def test_an_indent_from_0_to_16_is_taken(
    example: Path, indent: str, width: int | None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(example), "--format", "json", "--indent", indent]) == 1
    out = capsys.readouterr().out
    if width is None:
        assert "\n" not in out.strip()
    else:
        assert "\n" + " " * width + '"zi_timeline"' in out


def test_argparse_usage_errors_are_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    from zi_timeline.cli import main  # noqa: PLC0415

    for argv in (["check", "--examples", "--indent", "+3"], ["check", "--examples", "--format", "bogus"], ["nope"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert "--help" in err



def test_an_empty_name_is_refused_as_empty_not_as_the_current_folder(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", ""]) == 2
    assert "kosong" in _one_line(capsys.readouterr().err)
    assert main(["check", str(example), "--format", "json", "-o", ""]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "kosong" in err
    assert "direktori" not in err


def test_a_missing_file_is_said_in_indonesian_and_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "tidak-ada.csv")
    assert main(["check", missing]) == 2
    assert "berkas atau folder tidak ada" in _one_line(capsys.readouterr().err)
    assert main(["check", missing, "--lang", "en"]) == 2
    assert "no such file or folder" in _one_line(capsys.readouterr().err)
