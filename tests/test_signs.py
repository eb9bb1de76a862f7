"""Signs on evidence: a warning sign is present only when a supporting finding is a warning, an error, or certain."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import zi_timeline as zt
from test_pitfalls import _plan  # the complete healthy plan of the pitfalls tests
from zi_timeline._signs import Status, assess_signs, evidence
from zi_timeline.cli import main


def _finding(code: str, severity: zt.Severity, *, certain: bool) -> zt.Finding:
    return zt.Finding(
        code=code,
        rule="x",
        severity=severity,
        stages=(),
        certain=certain,
        message="m",
        observed="o",
        required="r",
        strength="C",
        source="s",
        fix="f",
    )


@pytest.mark.parametrize(
    ("severity", "certain", "present"),
    [
        (zt.Severity.ERROR, False, True),
        (zt.Severity.WARNING, False, True),
        (zt.Severity.INFO, True, True),
        (zt.Severity.INFO, False, False),
    ],
)
def test_evidence_is_a_warning_an_error_or_a_certain_finding(
    severity: zt.Severity, certain: bool, present: bool
) -> None:
    finding = _finding("ZI201", severity, certain=certain)
    assert evidence(finding) is present
    (sign2,) = (s for s in assess_signs(_plan(), [finding], lambda _: True, "id") if s.sign == 2)
    assert (sign2.status is Status.PRESENT) is present
    if not present:
        assert sign2.status is Status.UNKNOWN
        assert sign2.codes == ("ZI201",)
        assert "belum pasti" in sign2.reason


def test_one_strong_finding_outweighs_an_uncertain_one() -> None:
    weak = _finding("ZI201", zt.Severity.INFO, certain=False)
    strong = _finding("ZI203", zt.Severity.WARNING, certain=True)
    (sign2,) = (s for s in assess_signs(_plan(), [weak, strong], lambda _: True, "en") if s.sign == 2)
    assert (sign2.status, sign2.codes) == (Status.PRESENT, ("ZI203",))


def test_a_passing_unit_is_not_called_instant_on_one_uncertain_info() -> None:
    # Building from "Februari 2024" to a TPI on 20-31 May: 2.7 to 4 months, the warning
    # needs less than 3, so the finding is an uncertain info.
    plan = _plan(drop=("pembangunan",), add=({"stage": "pembangunan", "date": "Februari - Juli 2024"},))
    report = zt.validate(plan)
    assert report.ok
    zi203 = next(f for f in report.findings if f.code == "ZI203")
    assert (zi203.severity, zi203.certain) == (zt.Severity.INFO, False)
    signs = {s.sign: s for s in report.signs}
    assert signs[2].status is Status.UNKNOWN
    assert "ZI203" in signs[2].reason
    exact = attrs.evolve(
        plan,
        milestones=[
            attrs.evolve(m, span=zt.parse_date("1 Maret 2024 - 31 Juli 2024")) if m.stage is zt.Stage.PEMBANGUNAN else m
            for m in plan
        ],
    )
    assert {s.sign: s.status for s in zt.validate(exact).signs}[2] is Status.PRESENT  # now a certain warning


def test_the_table_says_why_a_sign_is_only_possible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(drop=("pembangunan",), add=({"stage": "pembangunan", "date": "Februari - Juli 2024"},))
    path = tmp_path / "jadwal.json"
    path.write_text(json.dumps(plan.to_dict()), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "] 2 membangun secara instan: hanya temuan info yang belum pasti (ZI203)" in out
