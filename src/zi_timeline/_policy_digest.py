"""A policy's content fingerprint: what every report and JSON output names beside the policy's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zi_timeline._policy import Policy

__all__ = ["policy_digest"]


def policy_digest(policy: Policy) -> str:
    """The content fingerprint of *policy* (see `Policy.digest`): SHA-256 of its canonical JSON."""
    cal = policy.calendar
    content = {
        "name": policy.name,
        "version": policy.version,
        "description": [policy.description.id, policy.description.en],
        "thresholds": {
            key: {
                "rule": t.rule,
                "unit": t.unit,
                "levels": [[severity.value, value] for severity, value in t.levels],
                "strength": t.strength,
                "source": t.source,
                "rationale": t.rationale,
                "params": dict(sorted(t.params.items())),
            }
            for key, t in sorted(policy.thresholds.items())
        },
        "required_stages": [s.value for s in policy.required_stages],
        "select": sorted(policy.select) if policy.select is not None else None,
        "ignore": sorted(policy.ignore),
        "severity": {code: level.value for code, level in sorted(policy.severity.items())},
        "planning": policy.planning._asdict(),
        "aliases": None  # a policy's own words change what its checks read
        if policy.aliases is None
        else {
            "columns": dict(sorted(policy.aliases.columns.items())),
            "stages": dict(sorted(policy.aliases.stages.items())),
        },
        "calendar": {
            "version": cal.version,
            "default": [list(cal.default_closes), cal.default_strength, cal.default_source],
            "windows": {str(year): entry._asdict() for year, entry in sorted(cal.entries.items())},
            "extra_holidays": {day.isoformat(): name for day, name in sorted(cal.extra_holidays.items())},
            "extra_working_days": sorted(day.isoformat() for day in cal.extra_working_days),
        },
    }
    import hashlib  # noqa: PLC0415 - once per policy, not at import
    import json  # noqa: PLC0415 - once per policy, when its digest is first read

    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
