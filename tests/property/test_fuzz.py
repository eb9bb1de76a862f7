"""Bounded fuzzing in the suite: readers answer with a result or their own documented error."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline.exceptions import InvalidDateError, ZiTimelineError

CORPUS = Path(__file__).parent.parent / "corpus"
DATE_WORDS = st.sampled_from(
    ["Juni", "Mei", "2024", "20", "/", "-", " s.d. ", "Triwulan", "II", "akhir", "(", ")", "Selasa", "9" * 25, " "]
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=30,
)
KEYS = st.sampled_from(["unit", "target", "milestones", "stage", "date", "start", "end", "waivers", "year", "x"])
SCHEDULE_LIKE = st.recursive(
    JSON, lambda children: st.dictionaries(KEYS, children, max_size=6) | st.lists(children, max_size=4), max_leaves=25
)


@given(st.text() | st.lists(DATE_WORDS, max_size=8).map("".join))
def test_parse_date_gives_a_span_or_an_invalid_date_error(text: str) -> None:
    try:
        span = zt.parse_date(text, year=2024)
    except InvalidDateError as exc:
        message = exc.message("en")
        assert message
        return
    assert span.start <= span.end


@given(JSON)
def test_parse_date_on_any_value(value: object) -> None:
    with contextlib.suppress(InvalidDateError):
        assert zt.parse_date(value).start.year >= 1


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(SCHEDULE_LIKE)
def test_from_mapping_in_batch_mode_never_raises(data: object) -> None:
    schedule = zt.Schedule.from_mapping(data, strict=False)
    report = zt.validate(schedule)
    json.dumps(report.to_dict())
    with pytest.raises(ZiTimelineError) if schedule.problems else _nothing():
        zt.Schedule.from_mapping(data, strict=True)


class _nothing:  # noqa: N801 - reads like pytest.raises
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


SEEDS = sorted(p for p in CORPUS.rglob("*.*") if p.suffix in {".csv", ".json", ".yaml", ".xlsx"})


@pytest.mark.filterwarnings("ignore::zi_timeline.exceptions.LoadWarning")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.binary(max_size=64), st.integers(0, 10_000), st.booleans())
def test_loaders_on_mutated_files(seed: Path, noise: bytes, at: int, cut: bool) -> None:
    data = seed.read_bytes()[:20_000]
    at %= len(data) + 1
    mutated = data[:at] if cut else data[:at] + noise + data[at:]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{seed.suffix}"
        path.write_bytes(mutated)
        refusal: str | None = None
        try:
            schedules = zt.load(path)
        except ZiTimelineError as exc:
            refusal = exc.message("en")
        if refusal is not None:
            assert str(path) in refusal  # a refusal names the file
            return
        reports = zt.validate_many(schedules)
        assert [r.unit for r in reports] == [s.unit for s in schedules]  # no unit lost
        for report in reports:
            record = report.to_dict()
            assert json.loads(json.dumps(record)) == record


def test_output_is_byte_identical_whatever_the_hash_seed() -> None:
    outputs = []
    for seed in ("0", "1", "12345"):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "zi_timeline.cli",
                "check",
                "--examples",
                "--format",
                "json",
                "--today",
                "2025-01-01",
            ],
            capture_output=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            check=False,
        )
        assert done.returncode == 1, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) > 10_000


def test_a_file_over_the_size_limit_gets_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zi_timeline.io as zio  # noqa: PLC0415 - the limits live there

    path = tmp_path / "besar.csv"
    path.write_text("satker;tahap;tanggal\n" + "A;perencanaan;Juni 2024\n" * 100, encoding="utf-8")
    monkeypatch.setattr(zio, "MAX_CSV_BYTES", 100)
    with pytest.raises(ZiTimelineError) as info:
        zt.load(path)
    assert "terlalu besar" in info.value.message("id")
    assert "the limit is 100 bytes" in info.value.message("en")
