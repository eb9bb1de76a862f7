"""JSON Schemas for the planner's loop: ``plan --format json`` and ``diff --format json``.

Built like `zi_timeline._schema` from the code's own tables; the reports inside a plan
are the ``check`` output's reports, so their definitions are shared.
"""

from __future__ import annotations

from typing import Any

from zi_timeline._findings import Severity
from zi_timeline._people import Audience, Scope
from zi_timeline._schema import _DIGEST, SCHEMA_VERSION, input_schema, output_schema
from zi_timeline._stages import Predicate, Stage

__all__ = ["diff_schema", "plan_schema", "schemas"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_TEXT = {"type": "string"}
_STAGE = {"enum": [s.value for s in Stage]}
_SEVERITY_OR_NULL = {"enum": [*(s.value for s in Severity), None]}
_HEAD = {
    "zi_timeline": {"type": "string", "description": "The library version that wrote the document."},
    "schema_version": {"const": SCHEMA_VERSION},
    "policy": _TEXT,
    "policy_version": _TEXT,
    "policy_digest": _DIGEST,
}


def _milestone() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["stage", "date"],
        "additionalProperties": False,
        "properties": {
            "stage": _STAGE,
            "date": {"type": "string", "description": "The date as planners write it, e.g. '29 Mei 2026'."},
            "note": _TEXT,
            "participants": _TEXT,
            "scope": {"enum": [s.value for s in Scope]},
            "audience": {"enum": [a.value for a in Audience]},
        },
    }


def plan_schema() -> dict[str, Any]:
    """The document ``zi-timeline plan --format json`` prints (and ``check`` reads as it stands)."""
    window = {
        "type": "object",
        "required": ["year", "opens", "closes", "assumed", "source"],
        "additionalProperties": False,
        "properties": {
            "year": {"type": "integer"},
            "opens": {"type": ["string", "null"], "format": "date"},
            "closes": {"type": "string", "format": "date"},
            "assumed": {"type": "boolean"},
            "source": _TEXT,
        },
    }
    plan = {
        "description": "The planned schedule (the input shape), its submission window and its own check.",
        "type": "object",
        "required": ["unit", "target", "milestones", "window", "report"],
        "additionalProperties": False,
        "properties": {
            "unit": {"type": "string", "minLength": 1},
            "target": {"enum": [p.value for p in Predicate]},
            "wbk_awarded": _TEXT,
            "revoked": _TEXT,
            "year": {"type": "integer"},
            "milestones": {"type": "array", "items": {"$ref": "#/$defs/milestone"}},
            "window": window,
            "report": {"$ref": "#/$defs/report"},
        },
    }
    return {
        "$schema": _DRAFT,
        "$id": "urn:zi-timeline:schema:plan:" + SCHEMA_VERSION,
        "title": "zi_timeline plan: zi-timeline plan --format json",
        "type": "object",
        "required": ["zi_timeline", "schema_version", "policy", "policy_version", "policy_digest", "plan"],
        "additionalProperties": False,
        "properties": {**_HEAD, "plan": {"$ref": "#/$defs/plan"}},
        "$defs": {"plan": plan, "milestone": _milestone(), **output_schema()["$defs"]},
    }


def diff_schema() -> dict[str, Any]:
    """The document ``zi-timeline diff --format json`` prints."""
    finding = {
        "type": "object",
        "required": ["kind", "code", "stages", "before", "after", "message"],
        "additionalProperties": False,
        "properties": {
            "kind": {"enum": ["added", "resolved", "changed"]},
            "code": {"type": "string", "pattern": "^ZI[0-9]{3}$"},
            "stages": {"type": "array", "items": _STAGE},
            "before": _SEVERITY_OR_NULL,
            "after": _SEVERITY_OR_NULL,
            "message": _TEXT,
        },
    }
    milestone = {
        "type": "object",
        "required": ["kind", "stage", "before", "after", "days"],
        "additionalProperties": False,
        "properties": {
            "kind": {"enum": ["moved", "added", "removed"]},
            "stage": _STAGE,
            "before": {"type": ["string", "null"]},
            "after": {"type": ["string", "null"]},
            "days": {"type": ["integer", "null"], "description": "How far the start moved; later is positive."},
        },
    }
    unit = {
        "type": "object",
        "required": ["unit", "status", "ok_before", "ok_after", "findings", "milestones"],
        "additionalProperties": False,
        "properties": {
            "unit": _TEXT,
            "status": {"enum": ["changed", "unchanged", "added", "removed"]},
            "ok_before": {"type": ["boolean", "null"]},
            "ok_after": {"type": ["boolean", "null"]},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/findingChange"}},
            "milestones": {"type": "array", "items": {"$ref": "#/$defs/milestoneChange"}},
        },
    }
    return {
        "$schema": _DRAFT,
        "$id": "urn:zi-timeline:schema:diff:" + SCHEMA_VERSION,
        "title": "zi_timeline diff: zi-timeline diff --format json",
        "type": "object",
        "required": ["zi_timeline", "schema_version", "policy", "policy_version", "policy_digest", "units"],
        "additionalProperties": False,
        "properties": {**_HEAD, "units": {"type": "array", "items": {"$ref": "#/$defs/unit"}}},
        "$defs": {"unit": unit, "findingChange": finding, "milestoneChange": milestone},
    }


def schemas() -> dict[str, dict[str, Any]]:
    """Every shipped schema by name: check's input and output, plan and diff output."""
    return {"input": input_schema(), "output": output_schema(), "plan": plan_schema(), "diff": diff_schema()}
