"""A settings file nested hundreds deep is the reader's error naming the file, never a bare RecursionError.

tomllib reads arrays and inline tables by recursion: 500 ``[`` (1 KB) used to escape
`Calendar.load`, `Policy.load` and ``load(..., aliases=file)`` as a RecursionError, and the
CLI said "internal error" without the file's name.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline._files import MAX_SETTINGS_DEPTH, check_depth
from zi_timeline.cli import main
from zi_timeline.exceptions import CalendarError, LoadError, PolicyError

DEEP_ARRAY = "a = " + "[" * 500 + "]" * 500 + "\n"
DEEP_TABLE = "a = " + "{b = " * 500 + "1" + "}" * 500 + "\n"


def _load_with_aliases(path: Path) -> object:
    plan = path.with_name("rencana.json")
    plan.write_text('{"unit": "Lapas A", "target": "WBK", "milestones": []}', encoding="utf-8")
    return zt.load(plan, aliases=path)


READERS: dict[str, tuple[Callable[[Path], object], type[zt.ZiTimelineError]]] = {
    "calendar": (zt.Calendar.load, CalendarError),
    "policy": (zt.Policy.load, PolicyError),
    "aliases": (_load_with_aliases, LoadError),
}


@pytest.mark.parametrize("text", [DEEP_ARRAY, DEEP_TABLE], ids=["array", "table"])
@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_deep_nest_is_the_readers_error_naming_the_file(tmp_path: Path, reader: str, text: str) -> None:
    path = tmp_path / "dalam.toml"
    path.write_text(text, encoding="utf-8")
    read, kind = READERS[reader]
    with pytest.raises(kind) as caught:
        read(path)
    error = caught.value
    assert str(path) in error.message("id")
    assert "terlalu dalam" in error.message("id")
    assert "nested too deeply" in error.message("en")
    assert "baris 1" in error.message("id")


def test_the_cli_says_it_in_one_line_with_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kebijakan.toml"
    path.write_text(DEEP_TABLE, encoding="utf-8")
    assert main(["plan", "--year", "2026", "--policy", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert str(path) in err[0]
    assert "terlalu dalam" in err[0]
    assert "RecursionError" not in err[0]


def test_brackets_in_strings_and_comments_do_not_count() -> None:
    deep = "[" * (MAX_SETTINGS_DEPTH + 5)
    text = (
        f'a = "{deep}"\n'
        f"b = '{deep}'\n"
        f'c = """\n{deep} \\""" {deep}\n"""\n'
        f"d = '''\n{deep}\n'''\n"
        f"# {deep}\n"
        "[tabel]\n[[daftar]]\n"
    )
    check_depth("x.toml", text)
    assert tomllib.loads(text)["a"] == deep


@given(st.integers(min_value=1, max_value=MAX_SETTINGS_DEPTH + 20), st.booleans())
def test_a_nest_up_to_the_limit_is_read_and_one_past_it_refused(depth: int, tables: bool) -> None:
    text = "a = " + ("{b = " * depth + "1" + "}" * depth if tables else "[" * depth + "]" * depth)
    if depth <= MAX_SETTINGS_DEPTH:
        check_depth("x.toml", text)
        assert "a" in tomllib.loads(text)
    else:
        with pytest.raises(LoadError, match=r"x\.toml"):
            check_depth("x.toml", text)
