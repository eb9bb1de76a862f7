"""A broken JSON, YAML or TOML file is explained in the user's language, not the parser's English."""

from __future__ import annotations

from pathlib import Path

import pytest

import zi_timeline as zt
from zi_timeline._syntax import parser_says
from zi_timeline.exceptions import ZiTimelineError

# English words the parsers use that must not stand alone in an Indonesian message.
_PARSER_ENGLISH = ("Expecting", "delimiter", "Invalid", "did not find", "expected", "Unclosed")


def _message(call: object, lang: str) -> str:
    with pytest.raises(ZiTimelineError) as caught:
        call()  # type: ignore[operator]
    return caught.value.message(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "text", "english"),
    [
        ("koma.json", '[{"unit": "A" "target": "WBK"}]', "a ',' is missing"),
        ("kunci.json", "[{unit: 1}]", "double quotes"),
        ("titikdua.yaml", "- unit: A\n  target: [WBK\n", "expected mark"),
    ],
)
def test_a_broken_data_file_is_explained_in_indonesian_with_its_place(
    tmp_path: Path, name: str, text: str, english: str
) -> None:
    if name.endswith(".yaml"):
        pytest.importorskip("yaml")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    indonesian = _message(lambda: zt.load(path), "id")
    assert name in indonesian
    assert "baris" in indonesian
    assert not any(word in indonesian for word in _PARSER_ENGLISH), indonesian
    assert english in _message(lambda: zt.load(path), "en")


def test_a_broken_policy_file_says_where_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "kebijakan.toml"
    path.write_text('name = "x"\nversion = = 2\n', encoding="utf-8")
    indonesian = _message(lambda: zt.Policy.load(path), "id")
    assert "baris 2" in indonesian
    assert not any(word in indonesian for word in _PARSER_ENGLISH), indonesian
    assert "line 2" in _message(lambda: zt.Policy.load(path), "en")


def test_a_toml_file_cut_short_is_said_to_end_too_early() -> None:
    said = parser_says("Unclosed array (at end of document)")
    assert said.id == "daftar [...] tidak ditutup (di akhir berkas)"
    assert said.en == "an array [...] is not closed (at the end of the file)"


def test_an_unknown_complaint_keeps_the_parser_s_words_marked_as_theirs() -> None:
    said = parser_says("Something new (at line 3, column 7)")
    assert said.id == "menurut pembaca berkas: Something new (baris 3, kolom 7)"
    assert said.en == "Something new (line 3, column 7)"
