"""The pandas front: DataFrames in (long or wide) and out (findings, summaries)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

import zi_timeline as zt
from zi_timeline import pandas as ztp
from zi_timeline.io import EXAMPLES

TODAY = dt.date(2025, 1, 1)


def test_a_long_frame_validates_like_the_file() -> None:
    frame = pd.read_excel(EXAMPLES.parent / "portofolio.xlsx", header=1)
    reports = ztp.validate_frame(frame, today=TODAY)
    from_file = zt.validate_many(zt.load(EXAMPLES.parent / "portofolio.xlsx"), today=TODAY)
    assert [r.codes() for r in reports] == [r.codes() for r in from_file]


def test_a_wide_frame_with_missing_cells() -> None:
    frame = pd.DataFrame(
        {
            "Satker": ["Lapas A", "Rutan B"],
            "Predikat": ["WBK", "WBK"],
            "Perencanaan": ["Juni 2024", "Oktober 2023"],
            "Pengusulan": ["Agustus 2024", None],
        }
    )
    a, b = ztp.from_frame(frame)
    assert "ZI201" in zt.validate(a).codes()
    assert zt.Stage.PENGUSULAN not in b
    origin = a.milestones[0].origin
    assert origin is not None
    assert (origin.file, origin.row, origin.column) == ("DataFrame", 1, "C")


def test_findings_and_summary_frames_have_fixed_columns() -> None:
    reports = zt.validate_many(zt.load(EXAMPLES), today=TODAY)
    findings = ztp.findings_frame(reports)
    assert tuple(findings.columns) == ztp.FINDING_COLUMNS
    assert set(findings["unit"]) == {r.unit for r in reports}  # units without findings keep a row
    summary = ztp.summary_frame(reports)
    assert tuple(summary.columns) == ztp.SUMMARY_COLUMNS
    assert len(summary) == len(reports)
    assert int(summary["error"].sum()) == sum(r.counts["error"] for r in reports)
    assert reports.to_frame().shape == findings.shape
    assert reports[0].to_frame()["code"].iloc[0] == reports[0].findings[0].code
