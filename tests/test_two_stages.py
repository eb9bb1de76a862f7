"""A cell naming two stages is refused with that reason, never with a guess at one of them."""

from __future__ import annotations

import pytest

from zi_timeline._aliases import Vocabulary
from zi_timeline._stages import Stage, parse_stage
from zi_timeline.exceptions import UnknownStageError


@pytest.mark.parametrize(
    ("cell", "first", "second"),
    [
        ("Sosialisasi hasil survei IKM", Stage.SOSIALISASI, Stage.SURVEI),
        ("Survei IKM dan sosialisasi", Stage.SURVEI, Stage.SOSIALISASI),
    ],
)
def test_two_stages_in_one_cell_are_named_as_the_reason(cell: str, first: Stage, second: Stage) -> None:
    with pytest.raises(UnknownStageError) as caught:
        parse_stage(cell)
    text_id, text_en = caught.value.message("id"), caught.value.message("en")
    assert "dua tahap dalam satu sel" in text_id
    assert "mungkin maksudnya" not in text_id
    assert caught.value.suggestion is None
    named = text_id.partition("satu sel:")[2]
    assert named.index(first.label("id")) < named.index(second.label("id"))
    assert "two stages in one cell" in text_en
    assert first.label("en") in text_en
    assert second.label("en") in text_en


def test_a_misspelt_stage_still_gets_its_suggestion() -> None:
    with pytest.raises(UnknownStageError) as caught:
        parse_stage("Sosialiasi")
    assert caught.value.suggestion == "sosialisasi"
    assert "dua tahap" not in caught.value.message("id")


def test_rivals_is_none_when_the_longest_alias_covers_the_other() -> None:
    vocabulary = Vocabulary([("pencanangan pembangunan", "a"), ("pembangunan zi", "b")])
    assert vocabulary.match("Pencanangan Pembangunan ZI") == "a"
    assert vocabulary.rivals("Pencanangan Pembangunan ZI") is None
    assert vocabulary.rivals("Pencanangan") is None
