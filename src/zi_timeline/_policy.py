"""Policies: every number a rule applies, with its strength (R/P/C) and source.

The values a policy holds are in `zi_timeline._threshold` (`Threshold` and `Planning` are
importable from here too), and the reading of a policy file's data in
`zi_timeline._policy_read`, loaded when a policy is first made: `import zi_timeline` stays
light.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar, cast

import attrs

from zi_timeline._aliases import Aliases
from zi_timeline._args import check_path, check_type
from zi_timeline._calendar import Calendar
from zi_timeline._fields import field_error, instance
from zi_timeline._files import read_settings
from zi_timeline._findings import Severity
from zi_timeline._frozen import frozen
from zi_timeline._i18n import Text, short_repr
from zi_timeline._memo import Memo
from zi_timeline._stages import Stage
from zi_timeline._syntax import parser_says
from zi_timeline._threshold import LEVELS, Planning, Threshold, policy_problem, unknown_key
from zi_timeline.exceptions import ArgumentTypeError, InvalidArgumentError, LoadError

if TYPE_CHECKING:
    from pathlib import Path

T = TypeVar("T")

__all__ = ["BUNDLED_POLICIES", "Planning", "Policy", "Threshold", "policy_digest"]

BUNDLED_POLICIES = ("default", "ketat")
MEMO_SIZE = 16384
"""Answers a policy keeps (earliest submissions and their parts): bounded, so a service cannot grow it."""


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
    if isinstance(level, str) and level.strip().lower() in LEVELS:
        return Severity(level.strip().lower())
    raise _field_error("severity", Text(f"salah satu dari {', '.join(LEVELS)}", f"one of {', '.join(LEVELS)}"), level)


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
        check_type(name, str, "name", Text("nama kebijakan (teks)", "a policy name (text)"))
        if name not in BUNDLED_POLICIES:
            raise policy_problem(
                "policy",
                f"kebijakan {short_repr(name)} tidak ada; pilihan: {', '.join(BUNDLED_POLICIES)}",
                f"no policy named {short_repr(name)}; choose from {', '.join(BUNDLED_POLICIES)}",
                name,
            )
        return _bundled(name)

    @classmethod
    def load(cls, path: str | Path) -> Policy:
        """Read a policy TOML file; ``extends = "default"`` lets it change only some values."""
        import tomllib  # noqa: PLC0415 - only when a file is read: keeps `import zi_timeline` light
        from pathlib import Path  # noqa: PLC0415 - only when a file is read

        check_path(path, "path")
        path = Path(path)
        try:
            data = tomllib.loads(read_settings(path))
        except LoadError as exc:  # missing, not a regular file, too large: a policy error, as before
            raise policy_problem(str(path), exc.text.id, exc.text.en) from exc
        except OSError as exc:
            raise policy_problem(
                str(path), f"tidak dapat dibaca ({exc.strerror})", f"cannot be read ({exc.strerror})"
            ) from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            said = parser_says(str(exc))
            raise policy_problem(
                str(path), f"bukan TOML yang sah ({said.id})", f"is not valid TOML ({said.en})"
            ) from exc
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
        from zi_timeline._policy_read import read_policy  # noqa: PLC0415 - when a policy is first made

        return read_policy(data, source, cls)

    def threshold(self, key: str) -> Threshold:
        """The threshold named *key* (``"plan_to_submission"``); `PolicyError` naming the nearest key if none."""
        try:
            return self.thresholds[key]
        except (KeyError, TypeError):  # TypeError: an unhashable key ([...])
            check_type(key, str, "key", Text("nama ambang (teks)", "a threshold name (text)"))
            raise unknown_key(f"policy {self.name}", key, set(self.thresholds)) from None

    def for_rule(self, code: str) -> Threshold | None:
        """The threshold a rule applies, if it has one."""
        by_rule = self.derived("thresholds_by_rule", self._thresholds_by_rule)
        try:
            return by_rule.get(code)
        except TypeError:  # unhashable: the library's error, the try costs nothing otherwise
            check_type(code, str, "code", _CODE)
            raise

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
            if level not in LEVELS:
                raise unknown_key(f"policy {self.name}", dotted, {f"{key}.{lv}" for lv in LEVELS})
            thresholds.setdefault(key, {})[level] = value
        from zi_timeline._policy_read import build  # noqa: PLC0415 - when a policy is first made

        changed = build({"thresholds": thresholds}, self, f"policy {self.name}", type(self))
        return attrs.evolve(changed, source=self.source)

    def derived(self, key: str, compute: Callable[[], T]) -> T:
        """A value a later step computes from this policy alone (the rules it runs), made once.

        Pure answers only: threads that race here store equal values, and one dict store is
        atomic, so no lock is needed. A changed policy (`attrs.evolve`) starts empty.
        """
        try:
            return cast("T", self._derived[key])
        except (KeyError, TypeError):  # TypeError: an unhashable key, the library's error below
            check_type(key, Hashable, "key", Text("kunci (teks)", "a key (text)"))
            return cast("T", self._derived.setdefault(key, compute()))

    def is_enabled(self, code: str) -> bool:
        """Whether rule *code* runs: selected (or no selection) and not ignored (prefixes count).

        The answer is the policy's own (its ``select`` and ``ignore``) for any code text: the
        policy does not hold the rule registry (which imports it), so ``"ZI999"`` is enabled
        by the default policy although no rule has that code. `validate` checks a policy's
        codes against the registry when it starts; look a code up in
        ``zi_timeline.rules.REGISTRY`` to know whether it exists.
        """
        try:
            known = self._enabled.get(code)
        except TypeError:  # unhashable ([...]): the library's error, the try costs nothing otherwise
            check_type(code, str, "code", _CODE)
            raise
        if known is None:
            check_type(code, str, "code", _CODE)  # once per code: the answer is kept below
            known = not any(code.startswith(s) for s in self.ignore) and (
                self.select is None or any(code.startswith(s) for s in self.select)
            )
            # A pure answer per code: threads that race here store the same bool, and one
            # dict store is atomic, so no lock is needed.
            self._enabled.setdefault(code, known)
        return known


_CODE = Text("kode aturan (teks), mis. 'ZI201'", "a rule code (text), e.g. 'ZI201'")


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
