"""Policy files read into a `Policy`: every table and value checked, with the file and table named.

``extends = "default"`` gives a *base* policy whose values the file changes; what the
file leaves out is the base's. The `Policy` class is passed in (`build`'s *make*) rather
than imported: `zi_timeline._policy` calls this module, never the other way round.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from zi_timeline._aliases import Aliases
from zi_timeline._calendar import Calendar
from zi_timeline._findings import Severity
from zi_timeline._i18n import Text, short_repr
from zi_timeline._stages import Stage
from zi_timeline._threshold import (
    LEVELS,
    PARAMS,
    STRENGTHS,
    UNITS,
    Planning,
    Threshold,
    least_level,
    policy_problem,
    unknown_key,
)
from zi_timeline.exceptions import InvalidArgumentError, UnknownStageError

if TYPE_CHECKING:
    from zi_timeline._policy import Policy

__all__ = ["PLANNING_KEYS", "RULE_KEYS", "THRESHOLD_KEYS", "TOP_KEYS", "build", "read_policy"]

THRESHOLD_KEYS = frozenset({"rule", "unit", "strength", "source", "rationale", *LEVELS, *PARAMS})
TOP_KEYS = frozenset(
    {
        "extends",
        "name",
        "version",
        "description",
        "description_en",
        "required_stages",
        "thresholds",
        "rules",
        "planning",
        "windows",
        "calendar",
        "aliases",
    }
)
PLANNING_KEYS = frozenset({"tpi", "survei", "analisis_kebutuhan", "strength", "source"})
RULE_KEYS = frozenset({"select", "ignore", "severity"})


def read_policy(data: Mapping[str, object], source: str, make: type[Policy]) -> Policy:
    """A *make* (the `Policy` class) from a policy file's data; ``extends`` names a bundled base."""
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        raise unknown_key(source, unknown[0], TOP_KEYS)
    base_name = data.get("extends")
    base = make.named(str(base_name)) if base_name is not None else None
    return build(data, base, source, make)


def build(data: Mapping[str, object], base: Policy | None, source: str, make: type[Policy]) -> Policy:
    """A *make* (the `Policy` class, passed in so that this module need not import it) from
    plain data of the policy file's shape, over *base* (the policy it extends) when given."""
    name = str(data.get("name", base.name if base else ""))
    version = str(data.get("version", base.version if base else ""))
    if not name or not version:
        raise policy_problem(source, "'name' dan 'version' wajib diisi", "'name' and 'version' are required")
    description = Text(
        str(data.get("description", base.description.id if base else "")),
        str(data.get("description_en", base.description.en if base else "")),
    )
    thresholds = dict(base.thresholds) if base else {}
    raw_thresholds = data.get("thresholds", {})
    if not isinstance(raw_thresholds, Mapping):
        raise policy_problem(source, "'thresholds' harus berupa tabel", "'thresholds' must be a table")
    for key, raw in raw_thresholds.items():
        if not isinstance(raw, Mapping):
            raise policy_problem(f"{source}: thresholds.{key}", "harus berupa tabel", "must be a table")
        if base is not None and key not in base.thresholds:
            raise unknown_key(f"{source}: thresholds", key, set(base.thresholds))
        thresholds[key] = _threshold(key, raw, thresholds.get(key), f"{source}: thresholds.{key}")
    rules = data.get("rules", {})
    if not isinstance(rules, Mapping):
        raise policy_problem(source, "'rules' harus berupa tabel", "'rules' must be a table")
    calendar = base.calendar if base else Calendar.default()
    calendar_data = {k: data[k] for k in ("windows", "calendar") if k in data}
    if calendar_data:
        calendar = calendar.merged(calendar_data, source=source)
    return make(
        name=name,
        version=version,
        description=description,
        thresholds=thresholds,
        required_stages=_stages(data.get("required_stages"), base, source),
        select=_codes(rules.get("select"), base.select if base else None, f"{source}: rules.select"),
        ignore=_codes(rules.get("ignore"), base.ignore if base else frozenset(), f"{source}: rules.ignore")
        or frozenset(),
        severity=_severities(rules, base, source),
        planning=_planning(data.get("planning"), base.planning if base else Planning(), source),
        calendar=calendar,
        aliases=_aliases(data.get("aliases"), base.aliases if base else None, source),
        source=source,
    )


def _aliases(raw: object, base: Aliases | None, source: str) -> Aliases | None:
    """The policy's ``[aliases]`` (``stages`` and ``columns`` tables), over those of the policy it extends."""
    if raw is None:
        return base
    mine = Aliases.from_mapping(raw, source=f"{source}: aliases")
    return mine if base is None else base.merged(mine)


def _planning(raw: object, base: Planning, source: str) -> Planning:
    if raw is None:
        return base
    where = f"{source}: planning"
    if not isinstance(raw, Mapping):
        raise policy_problem(source, "'planning' harus berupa tabel", "'planning' must be a table")
    unknown = sorted(set(raw) - PLANNING_KEYS)
    if unknown:
        raise unknown_key(where, unknown[0], PLANNING_KEYS)
    values = base._asdict()
    for key in ("tpi", "survei", "analisis_kebutuhan"):
        value = raw.get(key, values[key])
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 120:
            raise policy_problem(
                f"{where}.{key}",
                f"harus bilangan bulat 1-120 (hari kerja), bukan {value!r}",
                f"must be a whole number 1-120 (working days), not {value!r}",
                value,
            )
        values[key] = value
    if "strength" in raw:
        if raw["strength"] not in STRENGTHS:
            raise policy_problem(where, "'strength' harus R, P atau C", "'strength' must be R, P or C", raw["strength"])
        values["strength"] = raw["strength"]
    values["source"] = str(raw.get("source", values["source"]))
    return Planning(**values)


def _threshold(key: str, raw: Mapping[str, object], base: Threshold | None, where: str) -> Threshold:
    unknown = sorted(set(raw) - THRESHOLD_KEYS)
    if unknown:
        raise unknown_key(where, unknown[0], THRESHOLD_KEYS)
    merged: dict[str, object] = {}
    if base is not None:
        merged = {"rule": base.rule, "unit": base.unit, "strength": base.strength}
        merged |= {"source": base.source, "rationale": base.rationale}
        merged |= {s.value: v for s, v in base.levels}
        merged |= dict(base.params)
    merged |= dict(raw)
    for field in ("rule", "unit", "strength", "source"):
        if not isinstance(merged.get(field), str) or not merged[field]:
            raise policy_problem(where, f"{field!r} wajib diisi dengan teks", f"{field!r} is required as text")
    if merged["unit"] not in UNITS:
        raise policy_problem(where, f"satuan {merged['unit']!r} tidak dikenal", f"unknown unit {merged['unit']!r}")
    if merged["strength"] not in STRENGTHS:
        raise policy_problem(where, "'strength' harus R, P atau C", "'strength' must be R, P or C", merged["strength"])
    levels = _levels(merged, where)
    params = {name: _whole(merged[name], f"{where}.{name}") for name in PARAMS if name in merged}
    return Threshold(
        key=key,
        rule=str(merged["rule"]),
        unit=merged["unit"],
        levels=levels,
        strength=merged["strength"],
        source=str(merged["source"]),
        rationale=str(merged.get("rationale", "")),
        params=params,
    )


def _whole(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise policy_problem(
            where, f"harus bilangan bulat >= 0, bukan {value!r}", f"must be a whole number >= 0, not {value!r}", value
        )
    return value


def _levels(merged: Mapping[str, object], where: str) -> tuple[tuple[Severity, int], ...]:
    levels: list[tuple[Severity, int]] = []
    for level in LEVELS:
        value = merged.get(level)
        if value is None:
            continue
        least = least_level(str(merged["unit"]))
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise policy_problem(
                where,
                f"{level} harus bilangan bulat >= {least}, bukan {short_repr(value)}",
                f"{level} must be a whole number >= {least}, not {short_repr(value)}",
                value,
            )
        levels.append((Severity(level), value))
    if not levels:
        raise policy_problem(
            where, "sedikitnya satu ambang (error/warning/info)", "at least one level (error/warning/info) is needed"
        )
    if any(a[1] > b[1] for a, b in itertools.pairwise(levels)):
        raise policy_problem(
            where, "ambang galat harus <= ambang peringatan <= ambang info", "error <= warning <= info is required"
        )
    return tuple(levels)


def _stages(raw: object, base: Policy | None, source: str) -> tuple[Stage, ...]:
    if raw is None:
        return base.required_stages if base else ()
    if not isinstance(raw, list):
        raise policy_problem(source, "'required_stages' harus berupa daftar", "'required_stages' must be a list")
    try:
        return tuple(Stage.parse(s) for s in raw)
    except UnknownStageError as exc:
        raise policy_problem(f"{source}: required_stages", exc.text.id, exc.text.en, exc.value) from exc


def _codes(raw: object, default: frozenset[str] | None, where: str) -> frozenset[str] | None:
    """Rule codes or prefixes, normalised; the registry checks that they name rules when
    validation starts (`zi_timeline._validate`), so this module need not import it."""
    if raw is None:
        return default
    if not isinstance(raw, list) or not all(isinstance(c, str) and c.strip() for c in raw):
        raise policy_problem(
            where, "harus berupa daftar kode, mis. ['ZI201']", "must be a list of codes, e.g. ['ZI201']"
        )
    return frozenset(c.strip().upper() for c in raw)


def _severities(rules: Mapping[str, object], base: Policy | None, source: str) -> dict[str, Severity]:
    unknown = sorted(set(rules) - RULE_KEYS)
    if unknown:
        raise unknown_key(f"{source}: rules", unknown[0], RULE_KEYS)
    merged = dict(base.severity) if base else {}
    raw = rules.get("severity", {})
    if not isinstance(raw, Mapping):
        raise policy_problem(source, "'rules.severity' harus berupa tabel", "'rules.severity' must be a table")
    for code, level in raw.items():
        try:
            merged[code.strip().upper()] = Severity.parse(level)
        except InvalidArgumentError as exc:
            raise policy_problem(f"{source}: rules.severity.{code}", exc.text.id, exc.text.en, level) from exc
    return merged
