"""The Inspectorate's view of a report: the six warning signs, present, absent or not judged.

Rules find problems; this view answers the Itjen's question about a plan: which of the
six things to avoid does it show? A sign is *present* only on evidence: a supporting
finding that is a warning or an error, or that is certain. It is *unknown* ("cannot
tell") when its only support is an uncertain info (the exact days would settle it), when
the plan lacks what the rules need to judge it, or when the policy turns them off; and
*absent* when its rules ran and found nothing.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Container, Iterable
from typing import TYPE_CHECKING, NamedTuple

from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._messages import SIGNS
from zi_timeline._schedule import Schedule
from zi_timeline._stages import ACTIVITIES, Stage

if TYPE_CHECKING:
    from zi_timeline._dicts import SignDict

__all__ = ["SIGN_CODES", "SignStatus", "Status", "assess_signs", "evidence"]


class Status(enum.StrEnum):

    # Hashed as its text in C (Enum hashes its name in Python, on every dict lookup),
    # which also agrees with equality: a member equals its text.
    __hash__ = str.__hash__
    PRESENT = "present"
    ABSENT = "absent"
    UNKNOWN = "unknown"

    def label(self, lang: Lang = "id") -> str:
        return _STATUS[self].get(lang)


_STATUS = {
    Status.PRESENT: Text("ADA", "PRESENT"),
    Status.ABSENT: Text("TIDAK", "ABSENT"),
    Status.UNKNOWN: Text("?", "?"),
}

# Which rule codes support each sign (ZI502, instant building, is the ZI2xx family).
SIGN_CODES: dict[int, tuple[str, ...]] = {
    1: ("ZI501",),
    2: ("ZI201", "ZI202", "ZI203"),
    3: ("ZI503",),
    4: ("ZI504",),
    5: ("ZI505",),
    6: ("ZI506",),
}
_KEYS = {
    1: "reward-orientation",
    2: "instant-building",
    3: "no-stakeholder-input",
    4: "documents-only",
    5: "few-people",
    6: "innovation-without-needs",
}


class SignStatus(NamedTuple):  # a plain value: a NamedTuple costs a fifth of an attrs class at import
    """One warning sign for one plan."""

    sign: int
    status: Status
    codes: tuple[str, ...]
    name: str
    reason: str = ""

    @property
    def key(self) -> str:
        return _KEYS[self.sign]

    def to_dict(self) -> SignDict:
        return {
            "sign": self.sign,
            "key": self.key,
            "name": self.name,
            "status": self.status.value,
            "findings": list(self.codes),
            "reason": self.reason,
        }


def _has(*stages: Stage) -> Callable[[Container[Stage]], bool]:
    return lambda s: all(stage in s for stage in stages)


def _any_pair(*pairs: tuple[Stage, Stage]) -> Callable[[Container[Stage]], bool]:
    return lambda s: any(a in s and b in s for a, b in pairs)


_JUDGEABLE: dict[int, tuple[Callable[[Container[Stage]], bool], Text]] = {
    1: (
        lambda s: Stage.PENGUSULAN in s or Stage.PENETAPAN in s,
        Text("rencana belum sampai pengusulan atau penetapan", "the plan does not reach submission or award"),
    ),
    2: (
        _any_pair(
            (Stage.PERENCANAAN, Stage.PENGUSULAN),
            (Stage.PENCANANGAN, Stage.PENGUSULAN),
            (Stage.PEMBANGUNAN, Stage.EVALUASI_TPI),
        ),
        Text("jarak antartahap tidak dapat diukur", "no gap between stages can be measured"),
    ),
    3: (_has(Stage.EVALUASI_TPI), Text("tidak ada evaluasi TPI dalam rencana", "no TPI evaluation in the plan")),
    4: (_has(Stage.EVALUASI_TPI), Text("tidak ada evaluasi TPI dalam rencana", "no TPI evaluation in the plan")),
    5: (
        lambda s: Stage.PEMBANGUNAN in s or Stage.SOSIALISASI in s,
        Text("tidak ada pembangunan atau sosialisasi dalam rencana", "no building period or socialisation"),
    ),
    6: (_has(Stage.INOVASI), Text("tidak ada inovasi dalam rencana", "no innovation in the plan")),
}
_WEAK = Text(
    "hanya temuan info yang belum pasti ({codes}); tentukan tanggal pasti untuk memastikan",
    "only an uncertain info finding ({codes}); exact dates would settle it",
)
_DISABLED = Text("aturan {codes} tidak dijalankan oleh kebijakan", "rules {codes} are turned off by the policy")
_TOO_FEW = Text("terlalu sedikit kegiatan untuk menilai sebarannya", "too few activities to judge how they are spread")


def assess_signs(
    schedule: Schedule,
    findings: Iterable[Finding],
    enabled: Callable[[str], bool],
    lang: Lang,
    *,
    min_activities: int | None = None,
) -> tuple[SignStatus, ...]:
    """The six signs for *schedule*, given its findings and which rule codes ran."""
    found: dict[str, bool] = {}  # code -> whether some finding of it is evidence
    for finding in findings:
        if finding.code in _SIGN_CODE_SET:
            found[finding.code] = found.get(finding.code, False) or evidence(finding)
    activities = _activities(schedule) if min_activities is not None else 0
    switched = tuple(enabled(c) for c in _SIGN_CODE_ORDER)
    return _assess(frozenset(found.items()), switched, frozenset(schedule.stages()), activities, lang, min_activities)


@functools.lru_cache(maxsize=4096)  # by value, bounded, thread-safe: plans share a few patterns
def _assess(  # noqa: PLR0917 - the whole key of the cache
    found: frozenset[tuple[str, bool]],
    switched: tuple[bool, ...],
    stages: frozenset[Stage],
    activities: int,
    lang: Lang,
    min_activities: int | None,
) -> tuple[SignStatus, ...]:
    evidence_of = dict(found)
    on = dict(zip(_SIGN_CODE_ORDER, switched, strict=True))
    few = min_activities is not None and activities < min_activities
    return tuple(_sign(sign, codes, evidence_of, stages, on=on, lang=lang, few=few) for sign, codes in _SIGNS)


def _sign(
    sign: int,
    codes: tuple[str, ...],
    found: dict[str, bool],
    stages: frozenset[Stage],
    *,
    on: dict[str, bool],
    lang: Lang,
    few: bool,
) -> SignStatus:
    if found and any(c in found for c in codes):
        present = tuple(c for c in codes if found.get(c))
        if present:
            return _status(sign, Status.PRESENT, present, lang, None)
        weak = tuple(c for c in codes if c in found)
        return _status(sign, Status.UNKNOWN, weak, lang, _WEAK.format(codes=", ".join(weak)))
    judgeable, missing = _JUDGEABLE[sign]
    if not any(on[c] for c in codes):
        return _status(sign, Status.UNKNOWN, (), lang, _DISABLED.format(codes=", ".join(codes)))
    if not judgeable(stages):
        return _status(sign, Status.UNKNOWN, (), lang, missing)
    if sign == 4 and few:
        return _status(sign, Status.UNKNOWN, (), lang, _TOO_FEW)
    return _status(sign, Status.ABSENT, (), lang, None)


_SIGNS = tuple(SIGN_CODES.items())
_SIGN_CODE_ORDER = tuple(c for codes in SIGN_CODES.values() for c in codes)
_SIGN_CODE_SET = frozenset(_SIGN_CODE_ORDER)


def evidence(finding: Finding) -> bool:
    """True when *finding* is enough to call its sign present: a warning or error, or certain."""
    return finding.certain or finding.severity is not Severity.INFO


@functools.cache
def _status(sign: int, status: Status, codes: tuple[str, ...], lang: Lang, reason: Text | None) -> SignStatus:
    """Statuses are values: the same few are shared by every report (a portfolio makes many)."""
    return SignStatus(sign, status, codes, SIGNS[sign].get(lang), reason.get(lang) if reason else "")


def _activities(schedule: Schedule) -> int:
    return sum(len(found) for stage, found in schedule.by_stage() if stage in ACTIVITIES)
