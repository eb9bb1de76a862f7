"""One problem, one finding, in the user's language: Indonesian messages read as Indonesian."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import zi_timeline as zt

BAD: dict[str, object] = {
    "unit": "Lapas Contoh",
    "milestones": [
        {"stage": "pencanagan", "date": "Januari 2024"},
        {"stage": "pengusulan"},
        {"stage": "survei", "date": "31 Februari 2024"},
        {"date": "Mei 2024"},
        {"stage": "pemantauan", "start": "Juni 2024", "end": "Mei 2024", "lokasi": "aula"},
        {"stage": "sosialisasi", "date": "Mei 2024", "start": "Mei 2024"},
        {"stage": "inovasi", "date": "05/13/2024"},
        {"stage": "xyzzy", "date": "Juni 2024"},
    ],
}
SHEET = """No;Nama Satker;Predikat;Tahapan;Waktu Pelaksanaan;Keterangan
1;Lapas A;;pencanagan;13/13/2024;
;;;Evaluasi TPI;;
;;;Sosialisasi hasil survei IKM;Mei 2024;
"""
_ENGLISH_KEYS = re.compile(r"'(?:stage|date|start|end|unit|target|milestones)'|milestones\[|\.date\b|\.stage\b")
_BROKEN = re.compile(r"\.\.(?!\.)|\s[,.;:]|;\.|\?\.|,\.|\s{2}|\(\s|\s\)|\bNone\b")


def _texts(reports: list[zt.Report]) -> list[str]:
    return [text for r in reports for f in r.findings for text in (f.message, f.observed, f.required, f.fix) if text]


def _check(texts: list[str]) -> None:
    assert texts
    for text in texts:
        assert not _ENGLISH_KEYS.search(text), text
        assert not _BROKEN.search(text.replace("docs/quickstart.md", "docs")), text


def test_indonesian_messages_for_bad_plain_data_show_no_english_keys_none_or_broken_punctuation() -> None:
    schedule = zt.Schedule.from_mapping(BAD, strict=False)
    _check(_texts([zt.validate(schedule)]))


def test_indonesian_messages_for_a_bad_sheet_read_as_indonesian(tmp_path: Path) -> None:
    sheet = tmp_path / "jadwal.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    _check(_texts(zt.validate_many(zt.load(sheet))))


def test_a_misspelt_stage_is_one_finding_with_its_suggestion_at_its_row(tmp_path: Path) -> None:
    sheet = tmp_path / "jadwal.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    (report,) = zt.validate_many(zt.load(sheet))
    about = [f for f in report.findings if zt.Stage.PENCANANGAN in f.stages]
    assert [f.code for f in about] == ["ZI902"]
    (typo,) = about
    assert "mungkin maksudnya 'pencanangan'" in typo.message
    assert typo.origin is not None
    assert (typo.origin.row, typo.origin.column) == (2, "D")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_value_is_observed_as_empty_not_none(lang: str) -> None:
    schedule = zt.Schedule.from_mapping({"unit": "Lapas", "milestones": [{"stage": "pengusulan"}]}, strict=False)
    observed = {f.observed for f in zt.validate(schedule, lang=lang).findings if f.code == "ZI903"}
    assert observed == {"(kosong)" if lang == "id" else "(empty)"}
