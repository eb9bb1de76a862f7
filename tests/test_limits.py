"""Only regular files are read, and limits hold on what is read, not on what a file claims (issue 12)."""

from __future__ import annotations

import io
import json
import os
import shutil
import threading
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline import _limits
from zi_timeline.cli import main
from zi_timeline.exceptions import LoadError
from zi_timeline.io import EXAMPLES


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".csv", ".xlsx"])
def test_a_device_behind_a_symlink_is_refused(tmp_path: Path, suffix: str) -> None:
    link = tmp_path / f"jadwal{suffix}"
    link.symlink_to("/dev/zero")
    with pytest.raises(LoadError, match="bukan berkas biasa"):
        zt.load(link)


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, suffix: str) -> None:
    fifo = tmp_path / f"jadwal{suffix}"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def load() -> None:
        try:
            zt.load(fifo)
        except LoadError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(timeout=10)
    if thread.is_alive():  # unblock the reader so the test run can end
        with fifo.open("wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert outcome
    assert "bukan berkas biasa" in str(outcome[0])


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null", "folder", "folder.d"])
def test_a_device_or_a_directory_without_a_schedule_suffix_is_not_a_regular_file(
    tmp_path: Path, path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if path.startswith("folder"):
        (tmp_path / path).mkdir()
        path = str(tmp_path / path)
    assert main(["check", path]) == 2
    err = capsys.readouterr().err
    assert "bukan berkas biasa" in err, err
    assert "akhiran" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_directory_named_like_a_schedule_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "jadwal.json"
    folder.mkdir()
    assert main(["check", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "direktori" in err
    assert len(err.strip().splitlines()) == 1


def test_the_size_limit_holds_on_what_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "jadwal.csv"
    path.write_text("satker;tahap;tanggal\n" + "Lapas A;perencanaan;Juni 2024\n" * 100, encoding="utf-8")
    monkeypatch.setattr("zi_timeline.io.MAX_CSV_BYTES", 1000)
    with pytest.raises(LoadError, match="terlalu besar"):
        zt.load(path)


def test_a_limited_stream_stops_past_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"x" * 5000)
    with _limits.open_limited(path, 4096) as handle, pytest.raises(LoadError):
        handle.read()
    with _limits.open_limited(path, 5000) as handle:
        assert len(handle.read()) == 5000


def _book(parts: dict[str, int]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, size in parts.items():
            archive.writestr(name, b" " * size)
    return out.getvalue()


def test_a_workbook_is_refused_on_its_inflated_total(tmp_path: Path) -> None:
    part = _limits.MAX_XLSX_ENTRY_BYTES - 1
    parts = {f"xl/worksheets/sheet{i}.xml": part for i in range(3)}
    with pytest.raises(LoadError, match="sheet2"):
        _limits.check_zip(_book(parts), tmp_path / "x.xlsx")
    _limits.check_zip(_book({"xl/worksheets/sheet1.xml": part}), tmp_path / "x.xlsx")


def test_yaml_values_are_counted_through_aliases(tmp_path: Path) -> None:
    shared = list(range(1000))
    _limits.check_tree({"a": [shared] * 900}, tmp_path / "x.yaml")
    with pytest.raises(LoadError, match="alias"):
        _limits.check_tree({"a": [shared] * 1000}, tmp_path / "x.yaml")


def test_a_yaml_file_over_its_own_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "jadwal.yaml"
    path.write_text("schedules:\n" + "  - {unit: A, target: WBK}\n" * 100_000, encoding="utf-8")
    assert path.stat().st_size > _limits.MAX_YAML_BYTES
    with pytest.raises(LoadError, match="terlalu besar"):
        zt.load(path)


def test_the_examples_still_load_through_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "contoh.json"
    shutil.copy(EXAMPLES, path)
    assert zt.load(path)


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_a_file_with_more_units_than_the_limit_is_refused(
    tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("zi_timeline.io.MAX_UNITS", 5)
    path = tmp_path / f"jadwal{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps([{"unit": f"U{i}"} for i in range(6)]), encoding="utf-8")
    else:
        path.write_text(
            "satker;tahap;tanggal\n" + "".join(f"U{i};survei;Mei 2024\n" for i in range(6)), encoding="utf-8"
        )
    with pytest.raises(LoadError, match="lebih dari 5 satker"):
        zt.load(path)
    path.write_text(path.read_text(encoding="utf-8").replace("U5", "U4"), encoding="utf-8")
    if suffix == ".csv":
        assert len(zt.load(path)) == 5


@pytest.mark.parametrize("option", ["--policy", "--windows", "--waivers"])
def test_settings_files_that_are_devices_are_refused(
    tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / ("x.json" if option == "--waivers" else "x.toml")
    link.symlink_to("/dev/zero")
    assert main(["check", "--examples", option, str(link)]) == 2
    assert "bukan berkas biasa" in capsys.readouterr().err


def test_a_sheet_without_a_header_is_left_after_its_first_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from zi_timeline import _xlsx  # noqa: PLC0415 - needs openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for i in range(3000):
        sheet.append(["nama", f"baris {i}"])
    path = tmp_path / "tanpa-judul.xlsx"
    book.save(path)
    read: list[int] = []
    original = _xlsx.sheet_rows

    def counting(sheet: object, file: str) -> Iterator[tuple[int, Sequence[object]]]:
        for number, values in original(sheet, file):
            read.append(number)
            yield number, values

    monkeypatch.setattr(_xlsx, "sheet_rows", counting)
    with pytest.raises(LoadError, match="satker"):
        zt.load(path)
    assert 0 < len(read) <= 10


def test_a_file_with_more_milestones_than_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("zi_timeline.io.MAX_MILESTONES", 10)
    path = tmp_path / "jadwal.csv"
    rows = "".join(f"U{i // 4};survei;Mei 2024\n" for i in range(12))
    path.write_text("satker;tahap;tanggal\n" + rows, encoding="utf-8")
    with pytest.raises(LoadError, match="10 tahapan"):
        zt.load(path)


@pytest.mark.parametrize("option", ["--policy", "--aliases", "--waivers", "--windows"])
def test_a_device_given_as_a_settings_file_is_refused_in_one_line(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from zi_timeline.cli import main  # noqa: PLC0415

    assert main(["check", "--examples", option, "/dev/zero"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "bukan berkas biasa" in err


def test_the_python_settings_loaders_refuse_a_device_and_a_directory(tmp_path: Path) -> None:
    import zi_timeline as zt  # noqa: PLC0415
    from zi_timeline._aliases import Aliases  # noqa: PLC0415

    for load in (zt.Policy.load, zt.Calendar.load, Aliases.load):
        for path in ("/dev/zero", str(tmp_path)):
            with pytest.raises(zt.ZiTimelineError, match="bukan berkas biasa"):
                load(path)


@pytest.mark.parametrize("option", ["--policy", "--windows"])
def test_a_settings_file_over_1_mib_is_refused_in_one_line(
    option: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from zi_timeline.cli import main  # noqa: PLC0415

    big = tmp_path / "besar.toml"
    big.write_text('version = "1"\n# ' + "x" * (1 << 20) + "\n", encoding="utf-8")
    assert main(["check", "--examples", option, str(big)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "terlalu besar" in err
