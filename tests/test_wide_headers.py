"""A very wide header costs a set lookup per column and gives a one-line message.

An outside tester's CSV of 20,000 columns took 44 s (every header scanned against every
alias, and a stage-name suggestion searched for each) and its warning listed every name;
an XLSX of 16,384 columns was refused in a 149 KB line.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import _aliases
from zi_timeline._aliases import words
from zi_timeline._headers import Kind, column_kind, columns
from zi_timeline._stages import parse_stage, stage_vocabulary
from zi_timeline.exceptions import LoadError, LoadWarning, UnknownStageError

_COLUMNS = 3000


def _wide_csv(path: Path, extra: int = _COLUMNS) -> Path:
    names = ["Satker", "Predikat", "Tahapan", "Tanggal", *(f"kolom {i}" for i in range(extra))]
    path.write_text(";".join(names) + "\nLapas A;WBK;Perencanaan;Oktober 2023\n", encoding="utf-8")
    return path


def test_junk_columns_are_classified_without_scanning_every_alias(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    column_kind.cache_clear()
    calls = 0
    scan = _aliases._positions

    def counted(text: tuple[str, ...], phrase: tuple[str, ...]) -> object:
        nonlocal calls
        calls += 1
        return scan(text, phrase)

    monkeypatch.setattr(_aliases, "_positions", counted)
    with pytest.warns(LoadWarning):
        (schedule,) = zt.load(_wide_csv(tmp_path / "wide.csv"))
    assert schedule.unit == "Lapas A"
    assert calls < 10 * _COLUMNS  # was about 270 aliases x 3,000 columns x 3 passes


def test_the_warning_for_thousands_of_ignored_columns_is_one_line(tmp_path: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        zt.load(_wide_csv(tmp_path / "wide.csv"))
    (ignored,) = [w.message for w in caught if isinstance(w.message, LoadWarning)]
    assert len(str(ignored)) < 400
    assert "kolom 0, kolom 1" in str(ignored)
    assert f"... dan {_COLUMNS - 8} lainnya" in str(ignored)
    assert f"... and {_COLUMNS - 8} more" in ignored.text.en


def test_a_recap_sheet_of_thousands_of_columns_is_refused_in_one_line(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["satker", "predikat", *(f"c{i}" for i in range(_COLUMNS))])
    book.active.append(["Lapas A", "WBK", *(["x"] * _COLUMNS)])
    book.save(tmp_path / "wide.xlsx")
    with pytest.raises(LoadError) as caught:
        zt.load(tmp_path / "wide.xlsx")
    assert len(str(caught.value)) < 1000
    assert "'c5', ... dan" in str(caught.value)


def _reference(header: str) -> Kind:
    """What `column_kind` answered before it learnt to skip the scan (parse_stage and every alias)."""
    key = words(header)
    if not key:
        return "ignore", None, None
    vocabulary = columns(None)
    field = vocabulary.exact.get(key)
    if field is None and key[0] in {"jumlah", "total", "banyaknya", "persentase", "persen", "count", "number"}:
        return "unknown", None, None
    if field is None and key[0] == "percentage":
        return "unknown", None, None
    if field is None:
        name, part = " ".join(key), "date"
        for suffix, which in (("mulai", "start"), ("start", "start"), ("selesai", "end"), ("end", "end")):
            if len(key) > 1 and key[-1] == suffix:
                if vocabulary.match(" ".join(key[:-1]), 6) == "date":
                    return "field", None, which
                name, part = " ".join(key[:-1]), which
                break
        try:
            return "stage", parse_stage(name), part
        except UnknownStageError:
            field = vocabulary.match(header, 6)
    if field == "ignore":
        return "ignore", None, None
    return ("field", None, field) if field is not None else ("unknown", None, None)


_WORDS = sorted({w for v in (columns(None), stage_vocabulary(None)) for key in v.exact for w in key})


@given(st.lists(st.sampled_from([*_WORDS, "xyz", "lain", "2024", "(", "-"]), min_size=1, max_size=5))
def test_the_quick_answer_is_the_scanned_one(parts: list[str]) -> None:
    header = " ".join(parts)
    assert column_kind(header) == _reference(header)


@pytest.mark.parametrize("header", ["PembentukanTim", "Pencanangan ZI", "Pembangunan (mulai)", "c17", "No.", "Tahap"])
def test_the_quick_answer_is_the_scanned_one_for_office_headers(header: str) -> None:
    assert column_kind(header) == _reference(header)
