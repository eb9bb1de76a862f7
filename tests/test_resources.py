"""Every hostile file finishes within a minute and 1 GiB of memory, with a clear answer (issue 12).

Each run is a subprocess whose address space is capped with ``resource.setrlimit``; the
time cap is the subprocess timeout. The worst figures are quoted in docs/performance.md.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
MEMORY = 1 << 30  # 1 GiB of address space
SECONDS = 60
STAGES = ("pemantauan", "inovasi", "survei", "sosialisasi", "analisis_kebutuhan", "pencanangan", "evaluasi_tpi")

# Runs the CLI on each file in turn, in one process under the caps, printing the seconds each took.
DRIVER = """
import sys, time, warnings
from zi_timeline.cli import main
warnings.simplefilter("ignore")
for path in sys.argv[2:]:
    start = time.perf_counter()
    code = main(["check", path, "--format", sys.argv[1], "-o", "/dev/null"])
    print(path, code, round(time.perf_counter() - start, 2), flush=True)
"""


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _run(fmt: str, *paths: Path) -> list[tuple[str, int, float]]:
    done = subprocess.run(  # noqa: S603 - our own interpreter and driver
        [sys.executable, "-c", DRIVER, fmt, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=SECONDS * max(1, len(paths) // 10),
        preexec_fn=_cap,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for word in ("Traceback", "MemoryError", "internal error"):
        assert word not in done.stderr, done.stderr[-2000:]
    results: list[tuple[str, int, float]] = []
    for line in done.stdout.splitlines():
        name, status, took = line.rsplit(" ", 2)
        results.append((name, int(status), float(took)))
    assert len(results) == len(paths), done.stdout
    for file, exit_code, seconds in results:
        assert exit_code in {0, 1, 2}, file
        assert seconds < SECONDS, (file, seconds)
    return results


def _milestones(n: int) -> list[dict[str, str]]:
    return [{"stage": STAGES[i % len(STAGES)], "date": f"{1 + i % 28}/{1 + i // 28 % 12}/2024"} for i in range(n)]


def test_every_corpus_file_within_the_caps() -> None:
    _run("json", *sorted(p for p in CORPUS.rglob("*.*") if p.name != "expected.json"))


def test_a_unit_with_100k_milestones_within_the_caps(tmp_path: Path) -> None:
    milestones = [
        {"stage": STAGES[i % len(STAGES)], "date": f"{1 + i % 28}/{1 + i // 28 % 12}/2024"} for i in range(100_000)
    ]
    path = tmp_path / "seratus-ribu.json"
    path.write_text(json.dumps({"unit": "Lapas A", "target": "WBK", "milestones": milestones}), encoding="utf-8")
    ((_, code, _),) = _run("json", path)
    assert code == 1


def test_an_html_report_of_a_long_schedule_with_a_math_text_name_within_the_caps(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    milestones = [
        {"stage": STAGES[i % len(STAGES)], "date": f"{1 + i % 28}/{1 + i // 28 % 12}/2024"} for i in range(5000)
    ]
    unit = "$" + "\\frac{" * 50 + "}" * 50 + "$ " * 300
    far = {"unit": "Rutan B", "target": "WBK", "milestones": {"perencanaan": "1900", "pengusulan": "Desember 2200"}}
    path = tmp_path / "panjang.json"
    path.write_text(json.dumps([{"unit": unit, "target": "WBK", "milestones": milestones}, far]), encoding="utf-8")
    ((_, code, _),) = _run("html", path)
    assert code == 1


def test_yaml_at_its_size_limit_within_the_caps(tmp_path: Path) -> None:
    from zi_timeline._limits import MAX_YAML_BYTES  # noqa: PLC0415

    head = "schedules:\n  - unit: A\n    target: WBK\n    milestones: ["
    path = tmp_path / "penuh.yaml"
    path.write_text(head + "a, " * ((MAX_YAML_BYTES - len(head) - 2) // 3) + "]\n", encoding="utf-8")
    ((_, code, _),) = _run("json", path)
    assert code in {1, 2}


def test_json_of_a_million_bad_milestones_within_the_caps(tmp_path: Path) -> None:
    path = tmp_path / "sejuta.json"
    path.write_text(json.dumps({"unit": "Lapas A", "target": "WBK", "milestones": ["a"] * 990_000}), encoding="utf-8")
    ((_, code, _),) = _run("json", path)
    assert code == 1


def test_json_of_many_values_is_refused_within_the_caps(tmp_path: Path) -> None:
    path = tmp_path / "besar.json"
    path.write_text(
        json.dumps({"unit": "Lapas A", "milestones": ["a"] * 12_000_000}, separators=(",", ":")), encoding="utf-8"
    )
    assert path.stat().st_size < 50 * 1024 * 1024
    ((_, code, _),) = _run("json", path)
    assert code == 2
