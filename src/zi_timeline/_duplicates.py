"""A key written twice in one JSON object or YAML mapping: refused, never the last one kept.

Both parsers keep the last value of a repeated key without a word, so a plan with
``"date": "Juni 2024"`` and, two lines later, ``"date": "Juli 2024"`` would be read as
July. Which of the two the planner meant is not ours to guess: the file is refused with
both values and the place of the object.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from zi_timeline._i18n import Text, short_repr
from zi_timeline.exceptions import LoadError

__all__ = ["DuplicateKeyError", "json_pairs", "refuse_json_duplicate", "refuse_yaml_duplicate", "yaml_loader"]


class DuplicateKeyError(Exception):
    """Raised inside a parser; turned into a `LoadError` with the file and the place."""

    def __init__(self, key: object, first: object, second: object) -> None:
        super().__init__(key)
        self.key, self.first, self.second = key, first, second
        self.position: int | None = None  # JSON: where the object opens
        self.line: int | None = None  # YAML: the second key's line and column (1-based)
        self.column: int | None = None


def json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``: the object, or `DuplicateKeyError` at its first repeated key."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKeyError(key, out[key], value)
        out[key] = value
    return out


def refuse_json_duplicate(
    text: str, path: Path, found: DuplicateKeyError, parse_int: Callable[[str], Any]
) -> LoadError:
    """The error for *found*, placed at the object that repeats the key (read again, slowly, to find it)."""
    row = column = None
    decoder = json.JSONDecoder(object_pairs_hook=json_pairs, parse_int=parse_int)
    plain = json.decoder.JSONObject  # type: ignore[attr-defined]  # the pure-Python object reader

    def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[dict[str, Any], int]:
        try:
            return plain(s_and_end, *args)  # type: ignore[no-any-return]
        except DuplicateKeyError as exc:
            if exc.position is None:  # the innermost object that repeats a key
                exc.position = s_and_end[1] - 1
            raise

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        decoder.decode(text)
    except DuplicateKeyError as exc:
        if exc.position is not None:
            row = text.count("\n", 0, exc.position) + 1
            column = exc.position - text.rfind("\n", 0, exc.position)
    except (ValueError, RecursionError):  # pragma: no cover - the first read succeeded up to the duplicate
        pass
    return _error(found, path, row, column)


def _error(found: DuplicateKeyError, path: Path, row: int | None, column: int | None) -> LoadError:
    key, first, second = short_repr(found.key), short_repr(found.first), short_repr(found.second)
    return LoadError(
        Text(
            f"kunci {key} ditulis dua kali dalam satu objek ({first} lalu {second}); nilai mana yang dimaksud "
            "tidak dapat ditebak: hapus salah satunya",
            f"the key {key} is written twice in one object ({first}, then {second}); which value is meant "
            "cannot be guessed: remove one of them",
        ),
        file=str(path),
        row=row,
        column=None if column is None else str(column),
    )


def refuse_yaml_duplicate(path: Path, found: DuplicateKeyError) -> LoadError:
    return _error(found, path, found.line, found.column)


def yaml_loader(yaml: Any, base: Any) -> type:
    """*base* (a PyYAML safe loader) that refuses a mapping with a key written twice.

    Keys merged in with ``<<`` may be overridden, as YAML allows; only keys written in the
    mapping itself are compared, by their text.
    """

    def construct_mapping(self: Any, node: Any, deep: bool = False) -> Any:  # noqa: FBT001, FBT002 - PyYAML's signature
        seen: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(key_node, yaml.ScalarNode):
                continue
            if key_node.value in seen:
                first = getattr(seen[key_node.value], "value", "...")
                found = DuplicateKeyError(key_node.value, first, getattr(value_node, "value", "..."))
                found.line, found.column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                raise found
            seen[key_node.value] = value_node
        return base.construct_mapping(self, node, deep=deep)

    loader: Any = type("StrictKeysLoader", (base,), {"construct_mapping": construct_mapping})
    # A date is kept as the text written: `2024-02-30` becomes a ZI901 finding on its own
    # unit (read by the library's date reader, like the same text in JSON or CSV) instead
    # of PyYAML's ValueError refusing the whole file and every other unit in it.
    loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)
    # An integer beyond Python's digit limit (0x and 4,000 f's) stays the text written, and
    # the field it stands in is refused on its own unit, like the same text in JSON.
    loader.add_constructor("tag:yaml.org,2002:int", _int_or_text)
    return cast("type", loader)


def _timestamp_as_text(loader: Any, node: Any) -> str:
    return str(loader.construct_scalar(node))


def _int_or_text(loader: Any, node: Any) -> object:
    written = str(loader.construct_scalar(node))
    if len(written) > _LONGEST_INT:  # no count, day or serial is that long: keep the text as written
        return written
    try:
        return loader.construct_yaml_int(node)
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        return written


_LONGEST_INT = 1000
