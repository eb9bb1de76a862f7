"""JSON Schemas (draft 2020-12) for the input files and the ``check --format json`` output.

Built from the same tables the code reads with (field aliases, stage keys, severities),
so they cannot drift from it. ``zi-timeline schema input|output`` prints them; the copies
in ``data/schema/`` and ``docs/schema/`` are its output, and a test fails when they differ.
"""

from __future__ import annotations

from typing import Any

from zi_timeline._findings import Severity
from zi_timeline._people import Audience, Scope
from zi_timeline._stages import Predicate, Stage
from zi_timeline._structure import _MILESTONE_KEYS, _SCHEDULE_KEYS, _WAIVER_KEYS

__all__ = ["SCHEMA_VERSION", "input_schema", "output_schema"]

SCHEMA_VERSION = "1.2"
"""Version of the JSON output contract; see docs/stability.md."""

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_TEXT = {"type": "string"}
_OPTIONAL_TEXT = {"oneOf": [{"type": "null"}, {"type": "string"}]}
_DIGEST = {
    "type": "string",
    "pattern": "^sha256:[0-9a-f]{16}$",
    "description": "Content fingerprint of the policy applied: changes with any threshold, rule choice, "
    "window or calendar correction, whatever the policy's name; the same on every run and machine.",
}
_NULLABLE_TEXT = {"type": ["string", "null"]}
_DATE = {"$ref": "#/$defs/date"}
_DATE_DEF = {
    "description": (
        "A date as planners write it: ISO '2024-06-15', '15/06/2024', '15 Juni 2024', 'Juni 2024', "
        "'Triwulan II 2024', '19-30 Mei 2022'...; a number is an Excel serial (>= 20000) or a year."
    ),
    "type": ["string", "integer"],
}


def _aliased(fields: dict[str, tuple[str, ...]], schemas: dict[str, Any]) -> dict[str, Any]:
    """Properties for every accepted name of each field (keys are matched case-insensitively)."""
    return {alias: schemas[canon] for canon, aliases in fields.items() for alias in aliases}


def _waiver(*, with_unit: bool) -> dict[str, Any]:
    fields = {k: v for k, v in _WAIVER_KEYS.items() if with_unit or k != "unit"}
    props = _aliased(
        fields,
        {
            "unit": _TEXT,
            "code": {"type": "string", "pattern": "^[Zz][Ii][0-9]{3}$"},
            "stage": _TEXT,
            "reason": _TEXT,
            "accepted_by": _TEXT,
            "expires": _DATE,
        },
    )
    return {"type": "object", "properties": props, "additionalProperties": False}


def input_schema() -> dict[str, Any]:
    """A schedule, a list of schedules, or ``{"schedules": [...]}``."""
    milestone_fields = _aliased(
        _MILESTONE_KEYS,
        {
            "stage": {"type": "string", "description": "A stage key or alias: " + ", ".join(s.value for s in Stage)},
            "date": _DATE,
            "start": _DATE,
            "end": _DATE,
            "note": _NULLABLE_TEXT,
            "participants": _NULLABLE_TEXT,
            "scope": {"type": ["string", "null"], "examples": [s.value for s in Scope]},
            "audience": {"type": ["string", "null"], "examples": [a.value for a in Audience]},
        },
    )
    milestone = {"type": "object", "properties": milestone_fields, "additionalProperties": False}
    in_mapping = {
        "description": "Under a stage key: a date, a list of dates (stages that repeat), or {start, end, ...}.",
        "anyOf": [
            _DATE,
            {"type": "array", "items": _DATE},
            {"type": "object", "properties": milestone_fields, "additionalProperties": False},
        ],
    }
    schedule_fields = _aliased(
        _SCHEDULE_KEYS,
        {
            "unit": {"type": "string", "minLength": 1},
            "target": {"type": "string", "examples": [p.value for p in Predicate]},
            "milestones": {
                "anyOf": [
                    {"type": "array", "items": {"$ref": "#/$defs/milestone"}},
                    {"type": "object", "additionalProperties": {"$ref": "#/$defs/inMapping"}},
                ]
            },
            "wbk_awarded": _DATE,
            "revoked": _DATE,
            "year": {"type": "integer", "minimum": 1900, "maximum": 2200},
            "waivers": {"type": "array", "items": {"$ref": "#/$defs/waiver"}},
            "evaluator": {"type": ["string", "null"], "description": "The evaluator (TPI) team; none: shared."},
        },
    )
    return {
        "$schema": _DRAFT,
        "$id": "urn:zi-timeline:schema:input:" + SCHEMA_VERSION,
        "title": "zi_timeline input: ZI schedules",
        "description": (
            "One schedule, a list of schedules, or {'schedules': [...]}. Field names may be given in English "
            "or Indonesian (the names below); the library matches them case-insensitively."
        ),
        "anyOf": [
            {"$ref": "#/$defs/schedule"},
            {"type": "array", "items": {"$ref": "#/$defs/schedule"}},
            {
                "type": "object",
                "properties": {"schedules": {"type": "array", "items": {"$ref": "#/$defs/schedule"}}},
                "required": ["schedules"],
                "additionalProperties": False,
            },
        ],
        "$defs": {
            "schedule": {
                "type": "object",
                "properties": schedule_fields,
                "additionalProperties": False,
                "anyOf": [{"required": [alias]} for alias in _SCHEDULE_KEYS["milestones"]],
            },
            "date": _DATE_DEF,
            "milestone": milestone,
            "inMapping": in_mapping,
            "waiver": _waiver(with_unit=False),
            "waiverFileEntry": _waiver(with_unit=True),
        },
    }


def output_schema() -> dict[str, Any]:
    """The document ``zi-timeline check --format json`` prints."""
    stage = {"enum": [s.value for s in Stage]}
    severity = {"enum": [s.value for s in Severity]}
    finding = {
        "type": "object",
        "required": [
            "code",
            "rule",
            "severity",
            "stages",
            "certain",
            "message",
            "observed",
            "required",
            "strength",
            "source",
            "fix",
            "waived",
            "origin",
        ],
        "additionalProperties": False,
        "properties": {
            "code": {"type": "string", "pattern": "^ZI[0-9]{3}$"},
            "rule": {"type": "string", "pattern": "^[a-z0-9-]+$"},
            "severity": severity,
            "stages": {"type": "array", "items": stage},
            "certain": {"type": "boolean"},
            "message": _TEXT,
            "observed": _TEXT,
            "required": _TEXT,
            "strength": {"enum": ["R", "P", "C"]},
            "source": _TEXT,
            "fix": _TEXT,
            "waived": {
                "oneOf": [
                    {"type": "null"},
                    {
                        "type": "object",
                        "required": ["reason", "accepted_by", "expires", "stage"],
                        "additionalProperties": False,
                        "properties": {
                            "reason": _TEXT,
                            "accepted_by": _TEXT,
                            "expires": {"type": "string", "format": "date"},
                            "stage": {"oneOf": [{"type": "null"}, stage]},
                        },
                    },
                ]
            },
            "origin": {
                "oneOf": [
                    {"type": "null"},
                    {
                        "type": "object",
                        "required": ["file", "sheet", "row", "column", "field"],
                        "additionalProperties": False,
                        "properties": {
                            "file": _OPTIONAL_TEXT,
                            "sheet": _OPTIONAL_TEXT,
                            "row": {"oneOf": [{"type": "null"}, {"type": "integer", "minimum": 1}]},
                            "column": _OPTIONAL_TEXT,
                            "field": _OPTIONAL_TEXT,
                        },
                    },
                ]
            },
        },
    }
    sign = {
        "type": "object",
        "required": ["sign", "key", "name", "status", "findings", "reason"],
        "additionalProperties": False,
        "properties": {
            "sign": {"type": "integer", "minimum": 1, "maximum": 6},
            "key": _TEXT,
            "name": _TEXT,
            "status": {"enum": ["present", "absent", "unknown"]},
            "findings": {"type": "array", "items": {"type": "string", "pattern": "^ZI[0-9]{3}$"}},
            "reason": _TEXT,
        },
    }
    count = {"type": "integer", "minimum": 0}
    report = {
        "type": "object",
        "required": [
            "unit",
            "target",
            "ok",
            "counts",
            "findings",
            "signs",
            "policy",
            "policy_version",
            "policy_digest",
        ],
        "additionalProperties": False,
        "properties": {
            "unit": _TEXT,
            "target": {"enum": [*(p.value for p in Predicate), None]},
            "ok": {"type": "boolean"},
            "counts": {
                "type": "object",
                "required": ["error", "warning", "info", "waived"],
                "additionalProperties": False,
                "properties": {"error": count, "warning": count, "info": count, "waived": count},
            },
            "findings": {"type": "array", "items": {"$ref": "#/$defs/finding"}},
            "signs": {"type": "array", "items": {"$ref": "#/$defs/sign"}},
            "policy": _TEXT,
            "policy_version": _TEXT,
            "policy_digest": _DIGEST,
            "suggestion": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/suggestion"}]},
        },
    }
    move = {
        "type": "object",
        "required": ["stage", "before", "after", "reason"],
        "additionalProperties": False,
        "properties": {"stage": stage, "before": _TEXT, "after": _TEXT, "reason": _TEXT},
    }
    suggestion = {
        "description": "Present with --suggest: the planning assistant's fix for a failing unit.",
        "type": "object",
        "required": ["unit", "feasible", "earliest_submission", "cycle_year", "decided_by", "moves", "reason"],
        "additionalProperties": False,
        "properties": {
            "unit": _TEXT,
            "feasible": {"type": "boolean"},
            "earliest_submission": {"type": ["string", "null"], "format": "date"},
            "cycle_year": {"type": ["integer", "null"]},
            "decided_by": _NULLABLE_TEXT,
            "moves": {"type": "array", "items": move},
            "reason": _TEXT,
            "schedule": {"type": ["object", "null"]},
            "errors_before": count,
            "errors_after": {"type": ["integer", "null"]},
            "missing": {"type": "array", "items": stage, "description": "Required stages to add before any move."},
        },
    }
    return {
        "$schema": _DRAFT,
        "$id": "urn:zi-timeline:schema:output:" + SCHEMA_VERSION,
        "title": "zi_timeline output: zi-timeline check --format json",
        "type": "object",
        "required": ["zi_timeline", "schema_version", "policy", "policy_version", "policy_digest", "reports"],
        "additionalProperties": False,
        "properties": {
            "zi_timeline": {"type": "string", "description": "The library version that wrote the document."},
            "schema_version": {"const": SCHEMA_VERSION},
            "policy": _TEXT,
            "policy_version": _TEXT,
            "policy_digest": _DIGEST,
            "reports": {"type": "array", "items": {"$ref": "#/$defs/report"}},
            "portfolio": {"$ref": "#/$defs/portfolio"},
        },
        "$defs": {
            "report": report,
            "finding": finding,
            "sign": sign,
            "suggestion": suggestion,
            **portfolio_schema(finding),
        },
    }


def portfolio_schema(finding: dict[str, Any]) -> dict[str, Any]:
    """``portfolio`` (present with ``check --portfolio``): ZI6xx findings and the load table."""
    count = {"type": "integer", "minimum": 0}
    day = {"type": "string", "format": "date"}
    team = {"type": ["string", "null"]}
    portfolio_finding = {
        "type": "object",
        "required": [*finding["required"], "team", "days", "units"],
        "additionalProperties": False,
        "properties": {
            **finding["properties"],
            "team": team,
            "days": {"type": "array", "items": day},
            "units": {"type": "array", "items": _TEXT},
        },
    }
    load_fields = {
        "day": day,
        "team": team,
        "working": {"type": "boolean"},
        "in_tpi": count,
        "in_tpi_certain": count,
        "load": {"type": "number", "minimum": 0},
        "load_max": {"type": "number", "minimum": 0},
        "capacity": count,
        "proposals": count,
        "proposals_possible": count,
        "in_window": {"type": "boolean"},
        "closing": {"type": "boolean"},
        "units": {"type": "array", "items": _TEXT},
    }
    load_day = {
        "type": "object",
        "required": list(load_fields),
        "additionalProperties": False,
        "properties": load_fields,
    }
    window = {
        "type": "object",
        "required": ["year", "opens", "closes", "closing_from"],
        "additionalProperties": False,
        "properties": {
            "year": {"type": "integer"},
            "opens": {"type": ["string", "null"], "format": "date"},
            "closes": day,
            "closing_from": {**day, "description": "The first of the last working days ZI602 counts."},
        },
    }
    portfolio = {
        "description": "Present with --portfolio: what the units ask of their evaluator teams and window together.",
        "type": "object",
        "required": ["units", "teams", "capacity", "counts", "findings", "windows", "load"],
        "additionalProperties": False,
        "properties": {
            "units": count,
            "teams": {"type": "array", "items": _TEXT},
            "capacity": {"type": "object", "additionalProperties": count},
            "counts": {
                "type": "object",
                "required": ["error", "warning", "info"],
                "additionalProperties": False,
                "properties": {"error": count, "warning": count, "info": count},
            },
            "findings": {"type": "array", "items": {"$ref": "#/$defs/portfolioFinding"}},
            "windows": {"type": "array", "items": window},
            "load": {"type": "array", "items": {"$ref": "#/$defs/loadDay"}},
        },
    }
    return {"portfolio": portfolio, "portfolioFinding": portfolio_finding, "loadDay": load_day}
