"""An uncertain info says which exact day settles it, instead of moving the submission a year."""

from __future__ import annotations

from typing import Any

import zi_timeline as zt

_MILESTONES: dict[str, Any] = {
    "perencanaan": "Triwulan IV 2025",
    "pencanangan": "5 Januari 2026",
    "pembangunan": {"start": "6 Januari 2026", "end": "30 April 2026"},
    "evaluasi_tpi": "4-15 Mei 2026",
    "pengusulan": "29 Mei 2026",
}


def _zi201(lang: str = "id", **changes: object) -> zt.Finding | None:
    milestones = {**_MILESTONES, **changes}
    schedule = zt.Schedule.from_mapping({"unit": "Lapas", "target": "WBK", "milestones": milestones})
    return next((f for f in zt.validate(schedule, lang=lang).findings if f.code == "ZI201"), None)


def test_an_uncertain_info_names_the_exact_days_that_settle_it() -> None:
    finding = _zi201()
    assert finding is not None
    assert (finding.severity, finding.certain) == (zt.Severity.INFO, False)
    assert "2027" not in finding.fix
    assert "perencanaan paling lambat Sabtu, 29 November 2025" in finding.fix
    assert "pengusulan ke KemenPANRB paling cepat Selasa, 30 Juni 2026" in finding.fix
    english = _zi201("en")
    assert english is not None
    assert "planning no later than Saturday, 29 November 2025" in english.fix


def test_the_days_it_names_do_settle_it() -> None:
    assert _zi201(perencanaan="29 November 2025") is None
    assert _zi201(pengusulan="30 Juni 2026") is None
    late = _zi201(perencanaan="30 November 2025")
    assert late is not None
    assert late.certain
