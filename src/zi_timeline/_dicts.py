"""The shapes of ``to_dict()`` results, as TypedDicts that match the output JSON Schema.

A typed client reads ``report.to_dict()["signs"][0]["status"]`` without casts; a test
(`tests/test_dicts.py`) keeps these and ``zi-timeline schema output`` in agreement.
"""

from typing import Literal, NotRequired, TypedDict

__all__ = [
    "CountsDict",
    "FindingDict",
    "ReportDict",
    "SeverityName",
    "SignDict",
    "StageKey",
    "StatusName",
    "WaivedDict",
]

SeverityName = Literal["error", "warning", "info"]
StatusName = Literal["present", "absent", "unknown"]
StrengthName = Literal["R", "P", "C"]
PredicateName = Literal["WBK", "WBBM"]
StageKey = Literal[
    "perencanaan",
    "pembentukan_tim",
    "pencanangan",
    "sosialisasi",
    "pembangunan",
    "analisis_kebutuhan",
    "inovasi",
    "survei",
    "pemantauan",
    "penilaian_mandiri",
    "evaluasi_tpi",
    "pengusulan",
    "seleksi_administrasi",
    "desk_evaluasi",
    "evaluasi_lapangan",
    "penetapan",
]


class WaivedDict(TypedDict):
    """Why a finding is waived, by whom, until when (``expires``: an ISO date)."""

    reason: str
    accepted_by: str
    expires: str
    stage: StageKey | None


class OriginDict(TypedDict):
    """Where a finding's value was read: the file, sheet, row (1-based) and column of a
    spreadsheet, or the field of a mapping (``milestones[3].date``); None where unknown."""

    file: str | None
    sheet: str | None
    row: int | None
    column: str | None
    field: str | None


class FindingDict(TypedDict):
    code: str
    rule: str
    severity: SeverityName
    stages: list[StageKey]
    certain: bool
    message: str
    observed: str
    required: str
    strength: StrengthName
    source: str
    fix: str
    waived: WaivedDict | None
    origin: OriginDict | None


class SignDict(TypedDict):
    sign: int
    key: str
    name: str
    status: StatusName
    findings: list[str]
    reason: str


class CountsDict(TypedDict):
    error: int
    warning: int
    info: int
    waived: int


class ReportDict(TypedDict):
    unit: str
    target: PredicateName | None
    ok: bool
    counts: CountsDict
    findings: list[FindingDict]
    signs: list[SignDict]
    policy: str
    policy_version: str
    policy_digest: str
    suggestion: NotRequired[dict[str, object] | None]  # only with ``check --suggest``
