"""Field paths said in the reader's language: ``milestones[2].date`` is "tahapan ke-3, tanggal".

Messages in Indonesian never show the English keys of the data shape; English messages
keep the path as it is written in the input.
"""

from __future__ import annotations

import functools
import re

__all__ = ["ID_NAMES", "field_words"]

# The Indonesian name of each key; every one is also an accepted alias of that key.
ID_NAMES = {
    "unit": "satker",
    "target": "predikat",
    "milestones": "tahapan",
    "wbk_awarded": "tanggal_wbk",
    "revoked": "dicabut",
    "year": "tahun",
    "waivers": "pengecualian",
    "stage": "tahap",
    "date": "tanggal",
    "start": "mulai",
    "end": "selesai",
    "note": "keterangan",
    "participants": "peserta",
    "scope": "cakupan",
    "audience": "sasaran",
    "code": "kode",
    "reason": "alasan",
    "accepted_by": "disetujui_oleh",
    "expires": "berlaku_sampai",
    "schedules": "jadwal",
}
_PART = re.compile(r"([^.\[\]]+)(?:\[(\d+)\])?")


@functools.lru_cache(maxsize=1024)
def field_words(path: str) -> str:
    """*path* in Indonesian words: ``schedules[0].milestones[2].date`` -> ``jadwal ke-1, tahapan ke-3, tanggal``.

    >>> field_words("milestones.pencanangan.date")
    'tahapan pencanangan, tanggal'
    """
    out: list[str] = []
    for name, index in _PART.findall(path):
        word = ID_NAMES.get(name)
        if word is None and out and out[-1] == "tahapan":  # milestones.{stage}: the stage's own name
            out[-1] = f"tahapan {name}"
            continue
        word = (word or name).replace("_", " ")
        out.append(f"{word} ke-{int(index) + 1}" if index else word)
    return ", ".join(out) if out else path
