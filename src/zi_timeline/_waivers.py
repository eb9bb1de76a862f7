"""Waivers: a known risk accepted on record, so the same warning does not return every week.

A waiver names a rule code (optionally one stage), the reason, who accepted it and until
when. A waived finding stays in the report, marked with its waiver, and does not make
the report fail. A waiver that is incomplete (ZI905) or expired (ZI906) waives nothing
and is itself reported; one that matches no finding is reported as unused (ZI907).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from zi_timeline._dates import DateSpan
from zi_timeline._findings import Finding, Severity
from zi_timeline._i18n import Lang, Text
from zi_timeline._schedule import Waiver

__all__ = ["apply_waivers"]


_MISSING = {
    "reason": Text("alasan (reason)", "a reason"),
    "accepted_by": Text("pihak yang menerima risiko (accepted_by)", "who accepted it (accepted_by)"),
    "expires": Text("tanggal berakhir (expires)", "an expiry date (expires)"),
}
_INVALID = Text(
    "Pengecualian {code}{stage} tidak berlaku: {problem}.",
    "The waiver of {code}{stage} does not apply: {problem}.",
)
_LACKS = Text("tidak memuat {fields}", "it lacks {fields}")
_UNKNOWN_CODE = Text("kode aturan {code!r} tidak dikenal", "the rule code {code!r} is unknown")
_EXPIRED = Text(
    "Pengecualian {code}{stage} ({reason}) sudah berakhir pada {expires}; temuannya kembali berlaku.",
    "The waiver of {code}{stage} ({reason}) expired on {expires}; its findings count again.",
)
_UNUSED = Text(
    "Pengecualian {code}{stage} tidak mengecualikan temuan apa pun; hapus bila risikonya sudah teratasi.",
    "The waiver of {code}{stage} waives no finding; remove it if the risk is gone.",
)
_FIX = {
    "ZI905": Text(
        "Lengkapi pengecualian dengan alasan, pihak yang menerima risiko dan tanggal berakhir.",
        "Complete the waiver with a reason, who accepted the risk and an expiry date.",
    ),
    "ZI906": Text(
        "Perbarui pengecualian (tanggal berakhir baru, dengan persetujuan) atau perbaiki temuannya.",
        "Renew the waiver (a new expiry, approved again) or fix the finding.",
    ),
    "ZI907": Text("Hapus pengecualian yang tidak terpakai.", "Remove the unused waiver."),
}
_REQUIRED = {
    "ZI905": Text("alasan, penerima risiko dan tanggal berakhir", "reason, accepted_by and expires"),
    "ZI906": Text("tanggal berakhir pada atau sesudah {today}", "an expiry on or after {today}"),
    "ZI907": Text("pengecualian yang mengecualikan temuan", "a waiver that waives a finding"),
}
_NAMES = {"ZI905": "waiver-invalid", "ZI906": "waiver-expired", "ZI907": "waiver-unused"}
_SOURCE = "zi_timeline: pengecualian dicatat dengan alasan, penerima risiko dan tanggal berakhir (docs/waivers.md)"


def apply_waivers(
    findings: Iterable[Finding],
    waivers: Iterable[Waiver],
    *,
    today: dt.date,
    known: frozenset[str],
    lang: Lang,
) -> list[Finding]:
    """The findings with valid waivers applied, plus ZI905-ZI907 findings about the waivers."""
    out = list(findings)
    extra: list[Finding] = []
    for waiver in waivers:
        problem = _problem(waiver, known, today, lang)
        if problem is not None:
            extra.append(problem)
            continue
        hits = [i for i, f in enumerate(out) if f.waived is None and waiver.matches(f)]
        for i in hits:
            out[i] = attrs.evolve(out[i], waived=waiver)
        if not hits:
            extra.append(_finding("ZI907", waiver, _UNUSED, lang, today))
    return out + extra


def _problem(waiver: Waiver, known: frozenset[str], today: dt.date, lang: Lang) -> Finding | None:
    missing = [name for name in ("reason", "accepted_by", "expires") if not getattr(waiver, name)]
    if waiver.code not in known:
        detail = _UNKNOWN_CODE.get(lang).format(code=waiver.code)
        return _finding("ZI905", waiver, _INVALID, lang, today, problem=detail)
    if missing:
        fields = ", ".join(_MISSING[name].get(lang) for name in missing)
        return _finding("ZI905", waiver, _INVALID, lang, today, problem=_LACKS.get(lang).format(fields=fields))
    assert waiver.expires is not None  # noqa: S101 - checked just above
    if waiver.expires.end < today:
        return _finding("ZI906", waiver, _EXPIRED, lang, today)
    return None


def _finding(code: str, waiver: Waiver, text: Text, lang: Lang, today: dt.date, **extra: str) -> Finding:
    stage = f" ({waiver.stage.label(lang)})" if waiver.stage else ""
    expires = waiver.expires.format(lang) if waiver.expires else "-"
    values = {"code": waiver.code, "stage": stage, "reason": waiver.reason or "-", "expires": expires, **extra}
    severity = Severity.INFO if code == "ZI907" else Severity.WARNING
    where = waiver.origin.describe(lang) if waiver.origin else ""
    message = text.get(lang).format(**values) + (f" [{where}]" if where else "")
    return Finding(
        code=code,
        rule=_NAMES[code],
        severity=severity,
        stages=(waiver.stage,) if waiver.stage else (),
        certain=True,
        message=message,
        observed=f"{waiver.code}{stage}: {waiver.reason or '-'}; {waiver.accepted_by or '-'}; {expires}",
        required=_REQUIRED[code].get(lang).format(today=DateSpan.day(today).format(lang)),
        strength="C",
        source=_SOURCE,
        fix=_FIX[code].get(lang),
    )
