"""Policies: every number a rule applies, with its strength (R/P/C) and source."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeVar, cast

import attrs

from zi_timeline._aliases import Aliases
from zi_timeline._args import check_type
from zi_timeline._calendar import Calendar
from zi_timeline._fields import field_error, instance
from zi_timeline._files import read_settings
from zi_timeline._findings import Severity
from zi_timeline._frozen import frozen
from zi_timeline._i18n import Text, short_repr
from zi_timeline._memo import Memo
from zi_timeline._stages import Stage
from zi_timeline.exceptions import (
    ArgumentTypeError,
    InvalidArgumentError,
    LoadError,
    PolicyError,
    UnknownStageError,
)

if TYPE_CHECKING:
    from pathlib import Path

T = TypeVar("T")

__all__ = ["BUNDLED_POLICIES", "Planning", "Policy", "Threshold", "policy_digest"]

Strength = Literal["R", "P", "C"]
Unit = Literal["months", "years", "days", "working_days", "percent", "units_per_day"]
_UNITS: tuple[Unit, ...] = ("months", "years", "days", "working_days", "percent", "units_per_day")
_LEVELS = ("error", "warning", "info")
# extra whole-number settings some rules need
_PARAMS = ("window_days", "min_activities", "last_days", "min_units")
_THRESHOLD_KEYS = frozenset({"rule", "unit", "strength", "source", "rationale", *_LEVELS, *_PARAMS})
_TOP_KEYS = frozenset(
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
_PLANNING_KEYS = frozenset({"tpi", "survei", "analisis_kebutuhan", "strength", "source"})
_RULE_KEYS = frozenset({"select", "ignore", "severity"})
BUNDLED_POLICIES = ("default", "ketat")
MEMO_SIZE = 16384
"""Answers a policy keeps (earliest submissions and their parts): bounded, so a service cannot grow it."""


def _problem(where: str, id_text: str, en_text: str, value: object = None) -> PolicyError:
    return PolicyError(Text(f"{where}: {id_text}", f"{where}: {en_text}"), value=value)


@attrs.frozen
class Threshold:
    """A limit below which a gap earns a finding, one value per severity level.

    ``levels`` runs from the worst severity to the mildest, e.g. ((ERROR, 4),
    (WARNING, 6)) for "error under 4 months, warning under 6".
    """

    key: str
    rule: str
    unit: Unit
    levels: tuple[tuple[Severity, int], ...]
    strength: Strength
    source: str
    rationale: str
    params: Mapping[str, int] = attrs.field(factory=dict, converter=frozen, hash=False)

    def param(self, name: str) -> int:
        """An extra setting of the threshold (``window_days``...); PolicyError if absent."""
        try:
            return self.params[name]
        except KeyError:
            raise _problem(
                f"thresholds.{self.key}",
                f"{name!r} wajib diisi untuk aturan {self.rule}",
                f"{name!r} is required for rule {self.rule}",
            ) from None

    @property
    def comparator(self) -> str:
        """How a value meets a level: a gap under it (``<``), a load over it, a share at or over it."""
        return {"units_per_day": ">", "percent": ">="}.get(self.unit, "<")

    @property
    def recommended(self) -> int:
        """The value at which no finding is left (the mildest level's limit)."""
        return self.levels[-1][1]

    @property
    def minimum(self) -> int:
        """The value under which the worst finding is given."""
        return self.levels[0][1]


class Planning(NamedTuple):  # a plain value: a NamedTuple costs a fifth of an attrs class at import
    """How long the planning assistant lets activities last, in working days, with a source.

    These are not limits a schedule is checked against; they shape the plans that
    `zi_timeline.planning` proposes (a TPI of 10 working days, a survey of 10...).
    """

    tpi: int = 10
    survei: int = 10
    analisis_kebutuhan: int = 10
    strength: Strength = "C"
    source: str = ""


def _field_error(name: str, expected: Text, value: object) -> ArgumentTypeError | InvalidArgumentError:
    return field_error("Policy", name, expected, value)


_CODES = Text("kumpulan kode aturan (teks), mis. {'ZI2'}", "a set of rule codes (text), e.g. {'ZI2'}")


def _field_codes(value: object) -> frozenset[str]:
    if isinstance(value, str) or not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise _field_error("select/ignore", _CODES, value)
    codes = frozenset(value)
    for code in codes:
        if not isinstance(code, str):
            raise _field_error("select/ignore", _CODES, code)
    return codes


def _field_optional_codes(value: object) -> frozenset[str] | None:
    return None if value is None else _field_codes(value)


def _field_stages(value: object) -> tuple[Stage, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise _field_error("required_stages", Text("daftar tahap", "a list of stages"), value)
    stages = list(value)
    for stage in stages:
        if not isinstance(stage, str):
            raise _field_error("required_stages", Text("nama tahap (teks)", "a stage name (text)"), stage)
    return tuple(Stage.parse(stage) for stage in stages)


def _field_severities(value: object) -> Mapping[str, Severity]:
    if not isinstance(value, Mapping):
        raise _field_error("severity", Text("pemetaan kode -> tingkat", "a mapping code -> level"), value)
    out: dict[str, Severity] = {}
    for code, level in value.items():
        if not isinstance(code, str):
            raise _field_error("severity", Text("kode aturan (teks)", "a rule code (text)"), code)
        out[code.strip().upper()] = _severity(level)
    return frozen(out)


def _severity(level: object) -> Severity:
    if isinstance(level, Severity):
        return level
    if isinstance(level, str) and level.strip().lower() in _LEVELS:
        return Severity(level.strip().lower())
    raise _field_error("severity", Text(f"salah satu dari {', '.join(_LEVELS)}", f"one of {', '.join(_LEVELS)}"), level)


def _thresholds(value: object) -> Mapping[str, Threshold]:
    if not isinstance(value, Mapping):
        raise _field_error("thresholds", Text("pemetaan nama -> Threshold", "a mapping name -> Threshold"), value)
    for threshold in value.values():
        if not isinstance(threshold, Threshold):
            raise _field_error("thresholds", Text("Threshold", "a Threshold"), threshold)
    return frozen(value)


@attrs.frozen
class Policy:
    """A named, versioned set of thresholds and rule choices.

    >>> p = Policy.default().with_values({"plan_to_submission.error": 5})
    >>> p.threshold("plan_to_submission").minimum
    5
    """

    # Checked and converted as a copy is made (`attrs.evolve(policy, severity={"ZI201": "info"})`
    # reads like the file's `severity = { ZI201 = "info" }`), never later inside validate().
    name: str = attrs.field(validator=instance(str, Text("teks", "text")))
    version: str = attrs.field(validator=instance(str, Text("teks", "text")))
    description: Text = attrs.field(validator=instance(Text, Text("Text (id, en)", "a Text (id, en)")))
    thresholds: Mapping[str, Threshold] = attrs.field(converter=_thresholds, hash=False)
    required_stages: tuple[Stage, ...] = attrs.field(converter=_field_stages)
    select: frozenset[str] | None = attrs.field(default=None, converter=_field_optional_codes)
    ignore: frozenset[str] = attrs.field(default=frozenset(), converter=_field_codes)
    severity: Mapping[str, Severity] = attrs.field(factory=dict, converter=_field_severities, hash=False)
    planning: Planning = attrs.field(factory=Planning, validator=instance(Planning, Text("Planning", "a Planning")))
    calendar: Calendar = attrs.field(
        factory=Calendar.default,
        eq=False,
        hash=False,
        repr=False,
        validator=instance(Calendar, Text("Calendar", "a Calendar")),
    )
    aliases: Aliases | None = attrs.field(  # [aliases] of the file
        default=None,
        eq=False,
        hash=False,
        repr=False,
        validator=instance((Aliases, type(None)), Text("Aliases atau None", "Aliases or None")),
    )
    source: str = attrs.field(
        default="policy", kw_only=True, eq=False, hash=False, repr=False, validator=instance(str, Text("teks", "text"))
    )
    """Where the policy was read from (a file, ``default.toml``), for messages about it."""
    _enabled: dict[str, bool] = attrs.field(factory=dict, init=False, eq=False, hash=False, repr=False)
    memo: Memo[Hashable, object] = attrs.field(
        factory=lambda: Memo(MEMO_SIZE), init=False, eq=False, hash=False, repr=False
    )
    """Answers computed under this policy (earliest submissions), shared by the schedules it
    checks and by the threads that check them: bounded, and locked (see `zi_timeline._memo`)."""
    _digest: list[str] = attrs.field(factory=list, init=False, eq=False, hash=False, repr=False)
    _derived: dict[str, object] = attrs.field(factory=dict, init=False, eq=False, hash=False, repr=False)

    def __getstate__(self) -> dict[str, object]:
        """The fields a policy is made of, without its caches (memo, derived values, digest):
        those hold locks and rule functions that cannot be pickled, and are rebuilt on use."""
        return {field.name: getattr(self, field.name) for field in attrs.fields(Policy) if field.init}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        for name, empty in (("_enabled", dict), ("_digest", list), ("_derived", dict)):
            object.__setattr__(self, name, empty())
        object.__setattr__(self, "memo", Memo(MEMO_SIZE))

    @property
    def digest(self) -> str:
        """A fingerprint of everything this policy applies: ``sha256:`` and 16 hex digits.

        Two policies with the same digest give the same findings for the same schedule on
        the same ``holidays`` data. Any changed threshold, level, source, rule choice,
        severity, planning duration, window or calendar correction changes it, whatever
        the policy's name; it is the same on every run and every machine.

        >>> p = Policy.default()
        >>> p.digest == Policy.default().with_values({}).digest
        True
        >>> p.digest == p.with_values({"plan_to_submission.error": 5}).digest
        False
        """
        if not self._digest:
            # Pure and deterministic: threads that race here append the same text.
            self._digest.append(policy_digest(self))
        return self._digest[0]

    @classmethod
    def default(cls) -> Policy:
        """The bundled ``default`` policy."""
        return cls.named("default")

    @classmethod
    def named(cls, name: str) -> Policy:
        """A bundled policy by name (``default``, ``ketat``)."""
        if name not in BUNDLED_POLICIES:
            raise _problem(
                "policy",
                f"kebijakan {name!r} tidak ada; pilihan: {', '.join(BUNDLED_POLICIES)}",
                f"no policy named {name!r}; choose from {', '.join(BUNDLED_POLICIES)}",
                name,
            )
        return _bundled(name)

    @classmethod
    def load(cls, path: str | Path) -> Policy:
        """Read a policy TOML file; ``extends = "default"`` lets it change only some values."""
        import tomllib  # noqa: PLC0415 - only when a file is read: keeps `import zi_timeline` light
        from pathlib import Path  # noqa: PLC0415 - only when a file is read

        path = Path(path)
        try:
            data = tomllib.loads(read_settings(path))
        except LoadError as exc:  # missing, not a regular file, too large: a policy error, as before
            raise _problem(str(path), exc.text.id, exc.text.en) from exc
        except OSError as exc:
            raise _problem(
                str(path), f"tidak dapat dibaca ({exc.strerror})", f"cannot be read ({exc.strerror})"
            ) from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise _problem(str(path), f"bukan TOML yang sah ({exc})", f"is not valid TOML ({exc})") from exc
        return cls.from_mapping(data, source=str(path))

    @classmethod
    def from_mapping(cls, data: Mapping[str, object], *, source: str = "policy") -> Policy:
        """Build a policy from plain data of the policy file's shape."""
        check_type(
            data,
            Mapping,
            "data",
            Text("pemetaan (dict) berbentuk berkas kebijakan", "a mapping of the policy file's shape"),
        )
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            raise _unknown(source, unknown[0], _TOP_KEYS)
        base_name = data.get("extends")
        base = cls.named(str(base_name)) if base_name is not None else None
        return _build(data, base, source)

    def threshold(self, key: str) -> Threshold:
        try:
            return self.thresholds[key]
        except KeyError:
            raise _unknown(f"policy {self.name}", key, set(self.thresholds)) from None

    def for_rule(self, code: str) -> Threshold | None:
        """The threshold a rule applies, if it has one."""
        by_rule = self.derived("thresholds_by_rule", self._thresholds_by_rule)
        return by_rule.get(code)

    def _thresholds_by_rule(self) -> dict[str, Threshold]:
        out: dict[str, Threshold] = {}
        for threshold in self.thresholds.values():
            out.setdefault(threshold.rule, threshold)  # the first one a rule names, as before
        return out

    def with_values(self, values: Mapping[str, object]) -> Policy:
        """A copy with single values changed: ``{"plan_to_submission.error": 5}``.

        Keys are ``THRESHOLD.LEVEL`` (levels: error, warning, info); an unknown key or a
        value that breaks the order of the levels raises `PolicyError`.
        """
        check_type(
            values,
            Mapping,
            "values",
            Text("pemetaan, mis. {'plan_to_submission.error': 5}", "a mapping, e.g. {'plan_to_submission.error': 5}"),
        )
        thresholds: dict[str, dict[str, object]] = {}
        for dotted, value in values.items():
            check_type(dotted, str, "values (kunci / key)", Text("teks 'AMBANG.TINGKAT'", "a 'THRESHOLD.LEVEL' text"))
            key, _, level = dotted.partition(".")
            self.threshold(key)
            if level not in _LEVELS:
                raise _unknown(f"policy {self.name}", dotted, {f"{key}.{lv}" for lv in _LEVELS})
            thresholds.setdefault(key, {})[level] = value
        return attrs.evolve(_build({"thresholds": thresholds}, self, f"policy {self.name}"), source=self.source)

    def derived(self, key: str, compute: Callable[[], T]) -> T:
        """A value a later step computes from this policy alone (the rules it runs), made once.

        Pure answers only: threads that race here store equal values, and one dict store is
        atomic, so no lock is needed. A changed policy (`attrs.evolve`) starts empty.
        """
        try:
            return cast("T", self._derived[key])
        except KeyError:
            return cast("T", self._derived.setdefault(key, compute()))

    def is_enabled(self, code: str) -> bool:
        """Whether rule *code* runs: selected (or no selection) and not ignored (prefixes count)."""
        known = self._enabled.get(code)
        if known is None:
            known = not any(code.startswith(s) for s in self.ignore) and (
                self.select is None or any(code.startswith(s) for s in self.select)
            )
            # A pure answer per code: threads that race here store the same bool, and one
            # dict store is atomic, so no lock is needed.
            self._enabled.setdefault(code, known)
        return known


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


def _unknown(where: str, key: str, known: set[str] | frozenset[str]) -> PolicyError:
    import difflib  # noqa: PLC0415 - only for a message about a mistyped key

    nearest = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    hint_id = f"; mungkin {nearest[0]!r}?" if nearest else ""
    hint_en = f"; did you mean {nearest[0]!r}?" if nearest else ""
    return _problem(where, f"kunci {key!r} tidak dikenal{hint_id}", f"unknown key {key!r}{hint_en}", key)


def _bundled(name: str) -> Policy:
    """One shared `Policy` per bundled name, built once even when threads ask together."""
    cached = _CACHE.get(name)
    if cached is None:
        with _CACHE_LOCK:
            cached = _CACHE.get(name)
            if cached is None:
                import tomllib  # noqa: PLC0415
                from importlib import resources  # noqa: PLC0415 - only when bundled data is read

                text = resources.files("zi_timeline").joinpath(f"data/policies/{name}.toml").read_text("utf-8")
                cached = _CACHE[name] = Policy.from_mapping(tomllib.loads(text), source=f"{name}.toml")
    return cached


_CACHE: dict[str, Policy] = {}
_CACHE_LOCK = threading.RLock()  # re-entrant: building "ketat" builds the "default" it extends


def _build(data: Mapping[str, object], base: Policy | None, source: str) -> Policy:
    name = str(data.get("name", base.name if base else ""))
    version = str(data.get("version", base.version if base else ""))
    if not name or not version:
        raise _problem(source, "'name' dan 'version' wajib diisi", "'name' and 'version' are required")
    description = Text(
        str(data.get("description", base.description.id if base else "")),
        str(data.get("description_en", base.description.en if base else "")),
    )
    thresholds = dict(base.thresholds) if base else {}
    raw_thresholds = data.get("thresholds", {})
    if not isinstance(raw_thresholds, Mapping):
        raise _problem(source, "'thresholds' harus berupa tabel", "'thresholds' must be a table")
    for key, raw in raw_thresholds.items():
        if not isinstance(raw, Mapping):
            raise _problem(f"{source}: thresholds.{key}", "harus berupa tabel", "must be a table")
        if base is not None and key not in base.thresholds:
            raise _unknown(f"{source}: thresholds", key, set(base.thresholds))
        thresholds[key] = _threshold(key, raw, thresholds.get(key), f"{source}: thresholds.{key}")
    rules = data.get("rules", {})
    if not isinstance(rules, Mapping):
        raise _problem(source, "'rules' harus berupa tabel", "'rules' must be a table")
    calendar = base.calendar if base else Calendar.default()
    calendar_data = {k: data[k] for k in ("windows", "calendar") if k in data}
    if calendar_data:
        calendar = calendar.merged(calendar_data, source=source)
    return Policy(
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
        raise _problem(source, "'planning' harus berupa tabel", "'planning' must be a table")
    unknown = sorted(set(raw) - _PLANNING_KEYS)
    if unknown:
        raise _unknown(where, unknown[0], _PLANNING_KEYS)
    values = base._asdict()
    for key in ("tpi", "survei", "analisis_kebutuhan"):
        value = raw.get(key, values[key])
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 120:
            raise _problem(
                f"{where}.{key}",
                f"harus bilangan bulat 1-120 (hari kerja), bukan {value!r}",
                f"must be a whole number 1-120 (working days), not {value!r}",
                value,
            )
        values[key] = value
    if "strength" in raw:
        if raw["strength"] not in {"R", "P", "C"}:
            raise _problem(where, "'strength' harus R, P atau C", "'strength' must be R, P or C", raw["strength"])
        values["strength"] = raw["strength"]
    values["source"] = str(raw.get("source", values["source"]))
    return Planning(**values)


def _threshold(key: str, raw: Mapping[str, object], base: Threshold | None, where: str) -> Threshold:
    unknown = sorted(set(raw) - _THRESHOLD_KEYS)
    if unknown:
        raise _unknown(where, unknown[0], _THRESHOLD_KEYS)
    merged: dict[str, object] = {}
    if base is not None:
        merged = {"rule": base.rule, "unit": base.unit, "strength": base.strength}
        merged |= {"source": base.source, "rationale": base.rationale}
        merged |= {s.value: v for s, v in base.levels}
        merged |= dict(base.params)
    merged |= dict(raw)
    for field in ("rule", "unit", "strength", "source"):
        if not isinstance(merged.get(field), str) or not merged[field]:
            raise _problem(where, f"{field!r} wajib diisi dengan teks", f"{field!r} is required as text")
    if merged["unit"] not in _UNITS:
        raise _problem(where, f"satuan {merged['unit']!r} tidak dikenal", f"unknown unit {merged['unit']!r}")
    if merged["strength"] not in {"R", "P", "C"}:
        raise _problem(where, "'strength' harus R, P atau C", "'strength' must be R, P or C", merged["strength"])
    levels = _levels(merged, where)
    params = {name: _whole(merged[name], f"{where}.{name}") for name in _PARAMS if name in merged}
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
        raise _problem(
            where, f"harus bilangan bulat >= 0, bukan {value!r}", f"must be a whole number >= 0, not {value!r}", value
        )
    return value


def _levels(merged: Mapping[str, object], where: str) -> tuple[tuple[Severity, int], ...]:
    levels: list[tuple[Severity, int]] = []
    for level in _LEVELS:
        value = merged.get(level)
        if value is None:
            continue
        least = 1 if merged["unit"] == "units_per_day" else 0  # a capacity of 0 units a day is no capacity
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise _problem(
                where,
                f"{level} harus bilangan bulat >= {least}, bukan {short_repr(value)}",
                f"{level} must be a whole number >= {least}, not {short_repr(value)}",
                value,
            )
        levels.append((Severity(level), value))
    if not levels:
        raise _problem(
            where, "sedikitnya satu ambang (error/warning/info)", "at least one level (error/warning/info) is needed"
        )
    if any(a[1] > b[1] for a, b in itertools.pairwise(levels)):
        raise _problem(
            where, "ambang galat harus <= ambang peringatan <= ambang info", "error <= warning <= info is required"
        )
    return tuple(levels)


def _stages(raw: object, base: Policy | None, source: str) -> tuple[Stage, ...]:
    if raw is None:
        return base.required_stages if base else ()
    if not isinstance(raw, list):
        raise _problem(source, "'required_stages' harus berupa daftar", "'required_stages' must be a list")
    try:
        return tuple(Stage.parse(s) for s in raw)
    except UnknownStageError as exc:
        raise _problem(f"{source}: required_stages", exc.text.id, exc.text.en, exc.value) from exc


def _codes(raw: object, default: frozenset[str] | None, where: str) -> frozenset[str] | None:
    """Rule codes or prefixes, normalised; the registry checks that they name rules when
    validation starts (`zi_timeline._validate`), so this module need not import it."""
    if raw is None:
        return default
    if not isinstance(raw, list) or not all(isinstance(c, str) and c.strip() for c in raw):
        raise _problem(where, "harus berupa daftar kode, mis. ['ZI201']", "must be a list of codes, e.g. ['ZI201']")
    return frozenset(c.strip().upper() for c in raw)


def _severities(rules: Mapping[str, object], base: Policy | None, source: str) -> dict[str, Severity]:
    unknown = sorted(set(rules) - _RULE_KEYS)
    if unknown:
        raise _unknown(f"{source}: rules", unknown[0], _RULE_KEYS)
    merged = dict(base.severity) if base else {}
    raw = rules.get("severity", {})
    if not isinstance(raw, Mapping):
        raise _problem(source, "'rules.severity' harus berupa tabel", "'rules.severity' must be a table")
    for code, level in raw.items():
        try:
            merged[code.strip().upper()] = Severity.parse(level)
        except InvalidArgumentError as exc:
            raise _problem(f"{source}: rules.severity.{code}", exc.text.id, exc.text.en, level) from exc
    return merged
