"""What validation says: findings, and the report that collects them."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, SupportsIndex, cast, overload

import attrs

from zi_timeline import _views
from zi_timeline._args import check_indent
from zi_timeline._i18n import Lang, Text
from zi_timeline._stages import Predicate, Stage
from zi_timeline.exceptions import InvalidArgumentError, ReportError

if TYPE_CHECKING:
    import pandas as pd

    from zi_timeline._dicts import FindingDict, OriginDict, ReportDict, StrengthName
    from zi_timeline._schedule import Origin, Waiver
    from zi_timeline._signs import SignStatus

__all__ = ["Finding", "Report", "Reports", "Severity"]


class Severity(enum.Enum):
    """How bad a finding is. ``ERROR`` makes a report fail."""

    # Members are singletons compared by identity: hash them in C (Enum hashes the
    # name in Python, on every dict lookup keyed by a member).
    __hash__ = object.__hash__

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for ERROR (worst) up to 2 for INFO."""
        return _RANK[self]

    def lower(self) -> Severity:
        """One level milder; INFO stays INFO."""
        return _ORDERED[min(self.rank + 1, len(_ORDERED) - 1)]

    def label(self, lang: Lang = "id") -> str:
        return _LABELS[self].get(lang)

    def count(self, n: int, lang: Lang = "id") -> str:
        """``2 galat``; in English ``1 error``, ``0 errors``, ``2 warnings``, ``3 info``.

        >>> Severity.ERROR.count(0, "en"), Severity.WARNING.count(1, "en"), Severity.ERROR.count(2)
        ('0 errors', '1 warning', '2 galat')
        """
        word = self.label(lang)
        if lang == "en" and n != 1 and self is not Severity.INFO:
            word += "s"
        return f"{n} {word}"

    @classmethod
    def parse(cls, value: object) -> Severity:
        if isinstance(value, Severity):
            return value
        if isinstance(value, str):
            folded = value.strip().casefold()
            for severity in cls:
                if folded in {severity.value, _LABELS[severity].id.casefold()}:
                    return severity
        raise InvalidArgumentError(
            Text(
                f"tingkat {value!r} tidak dikenal; gunakan error, warning atau info",
                f"unknown severity {value!r}; use error, warning or info",
            ),
            value=value,
        )


_ORDERED = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_RANK = {s: i for i, s in enumerate(_ORDERED)}
_LABELS = {
    Severity.ERROR: Text("galat", "error"),
    Severity.WARNING: Text("peringatan", "warning"),
    Severity.INFO: Text("info", "info"),
}


LazyText = str | Callable[[], str]
"""A text, or a function that makes it: rules hand over the costly texts (message, observed,
fix) unmade, and a finding makes each one the first time it is read, then keeps it."""


def _text(value: LazyText) -> str:
    return value if isinstance(value, str) else value()


@attrs.frozen
class Finding:
    """One thing a rule found in one schedule, ready to show a person and to store.

    ``certain`` is False when the verdict depends on exact days the plan does not give
    (a month is a span); such a finding is one level milder than it could turn out.

    ``message``, ``observed`` and ``fix`` may be given as functions that make the text:
    it is made when first read (a caller that only looks at codes and severities never
    pays for it) and then kept. Made twice by two threads at once, it is the same text.
    """

    code: str
    rule: str
    severity: Severity
    stages: tuple[Stage, ...]
    certain: bool
    _message: LazyText = attrs.field(alias="message", eq=_text, repr=False)
    _observed: LazyText = attrs.field(alias="observed", eq=_text, repr=False)
    required: str
    strength: str
    source: str
    _fix: LazyText = attrs.field(alias="fix", eq=_text, repr=False)
    waived: Waiver | None = attrs.field(default=None, kw_only=True)
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False, repr=False)

    @property
    def message(self) -> str:
        """What is wrong, in the report's language, naming the stages, dates and rule."""
        value = self._message
        if not isinstance(value, str):
            value = value()
            object.__setattr__(self, "_message", value)
        return value

    @property
    def observed(self) -> str:
        """What the schedule shows (``1-2 bulan, 24-63 hari kerja (32-91 hari)``)."""
        value = self._observed
        if not isinstance(value, str):
            value = value()
            object.__setattr__(self, "_observed", value)
        return value

    @property
    def fix(self) -> str:
        """What to change, with the planning assistant's dates where it has them."""
        value = self._fix
        if not isinstance(value, str):
            value = value()
            object.__setattr__(self, "_fix", value)
        return value

    def __getstate__(self) -> dict[str, object]:
        """The fields, with the texts made: a text not yet made is a function over the rule's
        context (its policy, memos and locks), which neither pickles nor belongs in a copy."""
        state = {name: getattr(self, name) for name in _FINDING_STATE}
        state["_message"], state["_observed"], state["_fix"] = self.message, self.observed, self.fix
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        return (
            f"Finding(code={self.code!r}, rule={self.rule!r}, severity={self.severity!r}, stages={self.stages!r}, "
            f"certain={self.certain!r}, message={self.message!r}, observed={self.observed!r}, "
            f"required={self.required!r}, strength={self.strength!r}, source={self.source!r}, fix={self.fix!r}, "
            f"waived={self.waived!r})"
        )

    @property
    def sort_key(self) -> tuple[int, str, tuple[int, ...]]:
        return (self.severity.rank, self.code, tuple(s.order for s in self.stages))

    def to_dict(self) -> FindingDict:
        """JSON-ready; key order is part of the output contract."""
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "stages": [s.value for s in self.stages],
            "certain": self.certain,
            "message": self.message,
            "observed": self.observed,
            "required": self.required,
            "strength": cast("StrengthName", self.strength),
            "source": self.source,
            "fix": self.fix,
            "waived": self.waived.summary() if self.waived is not None else None,
            "origin": _origin_dict(self.origin),
        }


def _origin_dict(origin: Origin | None) -> OriginDict | None:
    if origin is None:
        return None
    file, row, column, field, sheet = origin
    return {"file": file, "sheet": sheet, "row": row, "column": column, "field": field}


_FINDING_STATE = tuple(field.name for field in attrs.fields(Finding))


def _sorted(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=lambda f: f.sort_key))


class Reports(list["Report"]):
    """The reports of a portfolio, in input order; a list that shows itself in notebooks."""

    @overload
    def __getitem__(self, index: SupportsIndex) -> Report: ...
    @overload
    def __getitem__(self, index: slice) -> Reports: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Report | Reports:
        """One report, or a slice that is still `Reports` (and keeps its notebook view)."""
        if isinstance(index, slice):
            return Reports(super().__getitem__(index))
        return super().__getitem__(index)

    def _repr_html_(self) -> str:
        return _views.reports_html(self)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self)

    def to_frame(self) -> pd.DataFrame:
        """All findings as one pandas DataFrame (extra ``pandas``)."""
        return _views.findings_frame(self)


@attrs.frozen
class Report:
    """All findings for one schedule, sorted by severity, code and stage."""

    unit: str
    target: Predicate | None
    findings: tuple[Finding, ...] = attrs.field(converter=_sorted)
    policy: str = attrs.field(kw_only=True)
    policy_version: str = attrs.field(kw_only=True)
    policy_digest: str = attrs.field(default="", kw_only=True)
    """The content fingerprint of the policy applied (`Policy.digest`): which thresholds made this report."""
    lang: Lang = attrs.field(default="id", kw_only=True)
    signs: tuple[SignStatus, ...] = attrs.field(default=(), kw_only=True)

    @property
    def ok(self) -> bool:
        """False when any finding that is not waived is an ERROR."""
        return not self.errors

    @property
    def counts(self) -> dict[str, int]:
        """Findings per severity, not counting waived ones, which are counted as ``waived``."""
        counts = {s.value: 0 for s in Severity}
        counts["waived"] = 0
        for finding in self.findings:
            counts["waived" if finding.waived is not None else finding.severity.value] += 1
        return counts

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The ERROR findings that are not waived."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR and f.waived is None)

    def codes(self) -> tuple[str, ...]:
        """The codes found, in report order (a code may repeat)."""
        return tuple(f.code for f in self.findings)

    def to_dict(self) -> ReportDict:
        """JSON-ready; key order is part of the output contract."""
        counts = self.counts
        return {
            "unit": self.unit,
            "target": None if self.target is None else self.target.value,
            "ok": self.ok,
            "counts": {
                "error": counts["error"],
                "warning": counts["warning"],
                "info": counts["info"],
                "waived": counts["waived"],
            },
            "findings": [f.to_dict() for f in self.findings],
            "signs": [s.to_dict() for s in self.signs],
            "policy": self.policy,
            "policy_version": self.policy_version,
            "policy_digest": self.policy_digest,
        }

    def _repr_html_(self) -> str:
        return _views.report_html(self)

    def to_frame(self) -> pd.DataFrame:
        """The findings as a pandas DataFrame (extra ``pandas``), columns as `zi_timeline.pandas`."""
        return _views.findings_frame([self])

    def to_json(self, *, indent: int | None = 2) -> str:
        check_indent(indent)
        import json  # noqa: PLC0415 - only for this view

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def raise_for_errors(self) -> None:
        """Raise one `ReportError` listing every ERROR finding; do nothing when `ok`."""
        errors = self.errors
        if not errors:
            return
        lines_id = "\n".join(f"  {f.code} {f.message}" for f in errors)
        raise ReportError(
            Text(
                f"{self.unit}: {len(errors)} galat\n{lines_id}",
                f"{self.unit}: {len(errors)} error(s)\n{lines_id}",
            ),
            findings=errors,
        )
