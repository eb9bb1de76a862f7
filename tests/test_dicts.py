"""The TypedDicts of to_dict() and the output JSON Schema describe the same document."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, NotRequired, get_args, get_origin, get_type_hints, is_typeddict

import pytest

import zi_timeline as zt
from zi_timeline import _dicts
from zi_timeline._schema import output_schema

SCHEMA = output_schema()
DEFS = SCHEMA["$defs"]
REPORT = DEFS["report"]
PAIRS: dict[str, tuple[Any, dict[str, Any]]] = {
    "report": (_dicts.ReportDict, REPORT),
    "finding": (_dicts.FindingDict, DEFS["finding"]),
    "sign": (_dicts.SignDict, DEFS["sign"]),
    "counts": (_dicts.CountsDict, REPORT["properties"]["counts"]),
    "waived": (_dicts.WaivedDict, DEFS["finding"]["properties"]["waived"]["oneOf"][1]),
    "origin": (_dicts.OriginDict, DEFS["finding"]["properties"]["origin"]["oneOf"][1]),
}
_JSON_TYPES = {str: "string", int: "integer", bool: "boolean", type(None): "null"}


def _json_types(schema: dict[str, Any]) -> set[object]:
    """The JSON types (or enum values) a schema admits, flattening oneOf/$ref one level."""
    if "$ref" in schema:
        return {("ref", schema["$ref"].rsplit("/", 1)[-1])}
    if "oneOf" in schema:
        return set().union(*(_json_types(s) for s in schema["oneOf"]))
    if "enum" in schema:
        return {("enum", tuple(v for v in schema["enum"] if v is not None))} | (
            {"null"} if None in schema["enum"] else set()
        )
    if "const" in schema:
        return {("enum", (schema["const"],))}
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "array" in kinds:
        return {("array", frozenset(_json_types(schema["items"])))} | {k for k in kinds if k != "array"}
    return set(kinds)


def _python_types(hint: object) -> set[object]:
    """The same description, read from a type annotation."""
    origin = get_origin(hint)
    if origin is NotRequired:
        return _python_types(get_args(hint)[0])
    if origin in {typing.Union, types.UnionType}:
        return set().union(*(_python_types(a) for a in get_args(hint)))
    if origin is Literal:
        return {("enum", get_args(hint))}
    if origin is list:
        return {("array", frozenset(_python_types(get_args(hint)[0])))}
    if origin is dict or hint is dict:
        return {"object"}
    if is_typeddict(hint):
        name = next(k for k, (cls, _) in PAIRS.items() if cls is hint)
        return {("ref", name)} if name in DEFS else {"object"}
    return {_JSON_TYPES[hint]}  # type: ignore[index]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_typeddict_keys_and_required_keys_match_the_schema(name: str) -> None:
    cls, schema = PAIRS[name]
    assert list(get_type_hints(cls)) == list(schema["properties"])  # same keys, same order
    assert set(cls.__required_keys__) == set(schema["required"])


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_typeddict_value_types_match_the_schema(name: str) -> None:
    cls, schema = PAIRS[name]
    hints = get_type_hints(cls, include_extras=True)
    for key, subschema in schema["properties"].items():
        got = _python_types(hints[key])
        if key in {"waived", "origin"} and name == "finding":
            assert got == {"object", "null"}  # its own properties are checked under its own name
            continue
        if key == "suggestion":
            assert got == {"object", "null"}
            continue
        if key == "counts":
            assert got == {"object"}
            continue
        assert got == _json_types(subschema), key


def test_literals_name_every_stage_severity_status_and_target() -> None:
    assert get_args(_dicts.StageKey) == tuple(s.value for s in zt.Stage)
    assert get_args(_dicts.SeverityName) == tuple(s.value for s in zt.Severity)
    assert get_args(_dicts.StatusName) == tuple(s.value for s in zt.Status)
    assert get_args(_dicts.PredicateName) == tuple(p.value for p in zt.Predicate)


def test_a_real_report_has_exactly_the_typed_keys() -> None:
    milestones = {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"}
    plan = zt.Schedule.from_mapping({"unit": "Lapas Contoh", "target": "WBK", "milestones": milestones})
    data = zt.validate(plan).to_dict()
    assert set(data) == set(_dicts.ReportDict.__required_keys__)
    assert set(data["findings"][0]) == set(get_type_hints(_dicts.FindingDict))
    assert set(data["signs"][0]) == set(get_type_hints(_dicts.SignDict))
    assert data["signs"][0]["status"] in get_args(_dicts.StatusName)


def test_a_finding_read_from_a_mapping_names_its_field_in_the_dict() -> None:
    plan = zt.Schedule.from_mapping(
        {"unit": "Lapas Contoh", "milestones": [{"stage": "perencanaan", "date": "31 Februari 2024"}]}, strict=False
    )
    found = [f.to_dict() for f in zt.validate(plan).findings if f.code == "ZI901"]
    assert found
    expected = {"file": None, "sheet": None, "row": None, "column": None, "field": "milestones[0].date"}
    assert found[0]["origin"] == expected
