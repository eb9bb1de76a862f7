"""A user's aliases file: one word for two stages is refused; re-mapping a built-in word is said once."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from zi_timeline._aliases import Aliases
from zi_timeline._stages import Stage, parse_stage
from zi_timeline.exceptions import LoadError, LoadWarning


def _read(tmp_path: Path, text: str) -> tuple[Aliases, list[LoadWarning]]:
    path = tmp_path / "alias.toml"
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        aliases = Aliases.load(path)
    return aliases, [w.message for w in caught if isinstance(w.message, LoadWarning)]


def test_one_word_for_two_stages_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        _read(tmp_path, '[stages]\nevaluasi_tpi = ["Desk TPI"]\npengusulan = ["desk  tpi"]\n')
    text = caught.value.message("id")
    assert "\n" not in text
    assert "'desk  tpi'" in text
    assert "evaluasi_tpi" in text
    assert "pengusulan" in text
    assert "two stages" in caught.value.message("en")


def test_one_word_for_two_columns_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="kode upt"):
        _read(tmp_path, '[columns]\nunit = ["Kode UPT"]\nnote = ["kode upt"]\n')


def test_a_remapped_built_in_word_wins_and_is_reported_once(tmp_path: Path) -> None:
    aliases, caught = _read(tmp_path, '[stages]\nperencanaan = ["Survei IKM"]\n')
    assert parse_stage("Survei IKM", aliases) is Stage.PERENCANAAN
    assert parse_stage("Survei IKM") is Stage.SURVEI
    assert len(caught) == 1
    text = str(caught[0])
    assert "'Survei IKM'" in text
    assert "perencanaan" in text
    assert "survei" in text
    assert "is read as perencanaan, not survei" in caught[0].message("en")


def test_a_word_of_the_users_own_is_no_warning(tmp_path: Path) -> None:
    aliases, caught = _read(tmp_path, '[stages]\npencanangan = ["apel komitmen", "Pencanangan ZI"]\n')
    assert parse_stage("Apel Komitmen", aliases) is Stage.PENCANANGAN
    assert caught == []


@pytest.mark.parametrize(
    ("text", "key", "hint"),
    [
        ('[stage]\npencanangan = ["Apel Akbar ZI"]\n', "stage", "[stages]"),
        ('[stagez]\npencanangan = ["Apel Akbar ZI"]\n', "stagez", "[stages]"),
        ('pencanangan = ["Apel Akbar ZI"]\n', "pencanangan", None),
        ('[column]\nunit = ["kode upt"]\n', "column", "[columns]"),
    ],
)
def test_an_unknown_table_is_refused_naming_the_file_the_key_and_the_known_ones(
    tmp_path: Path, text: str, key: str, hint: str | None
) -> None:
    with pytest.raises(LoadError) as caught:
        _read(tmp_path, text)
    error = caught.value
    assert error.file == str(tmp_path / "alias.toml")
    assert error.value == key
    for lang in ("id", "en"):
        message = error.message(lang)
        assert repr(key) in message
        assert "columns, stages" in message
        assert str(tmp_path / "alias.toml") in str(error)
        assert hint is None or hint in message
