"""Who takes part: a normalised scope for participants, and the audience of a sosialisasi.

Plans name participants in free text ("seluruh pegawai", "tim pokja ZI", "masyarakat
pengguna layanan"). The Itjen's fifth warning sign is a ZI built by "only a few
people": the pokja alone. `Scope.read` turns the free text into the widest circle it
names, or None when it names none the library knows.
"""

from __future__ import annotations

import enum
import re

from zi_timeline._i18n import Lang, Text
from zi_timeline.exceptions import InvalidScheduleError

__all__ = ["Audience", "Scope"]


class Scope(enum.StrEnum):
    """How wide the circle of participants is, narrowest first."""

    # Hashed as its text in C (Enum hashes its name in Python, on every dict lookup),
    # which also agrees with equality: a member equals its text.
    __hash__ = str.__hash__

    POKJA = "pokja"
    UNIT = "unit"
    EXTERNAL = "eksternal"

    def label(self, lang: Lang = "id") -> str:
        return _SCOPE_LABELS[self].get(lang)

    @property
    def rank(self) -> int:
        return list(Scope).index(self)

    @classmethod
    def parse(cls, value: object) -> Scope:
        """An explicit scope value: ``pokja``, ``unit`` (``seluruh_pegawai``), ``eksternal``."""
        found = cls.read(str(value)) if isinstance(value, str) else None
        if found is None:
            raise InvalidScheduleError(
                Text(
                    f"cakupan peserta {value!r} tidak dikenal; gunakan 'pokja', 'unit' (seluruh pegawai) atau "
                    "'eksternal' (pemangku kepentingan)",
                    f"unknown participant scope {value!r}; use 'pokja', 'unit' (all staff) or 'eksternal' "
                    "(external stakeholders)",
                ),
                value=value,
            )
        return found

    @classmethod
    def read(cls, text: str) -> Scope | None:
        """The widest circle *text* names, or None.

        >>> Scope.read("Kepala, pokja dan seluruh pegawai"), Scope.read("Tim Pokja ZI")
        (<Scope.UNIT: 'unit'>, <Scope.POKJA: 'pokja'>)
        >>> Scope.read("pegawai dan masyarakat pengguna layanan"), Scope.read("rapat")
        (<Scope.EXTERNAL: 'eksternal'>, None)
        """
        folded = " " + re.sub(r"[^a-z0-9]+", " ", text.casefold()) + " "
        for scope in (Scope.EXTERNAL, Scope.UNIT, Scope.POKJA):
            if any(f" {word} " in folded for word in _WORDS[scope]):
                return scope
        return None


class Audience(enum.StrEnum):
    """Whom a sosialisasi addresses: staff (internal), stakeholders (eksternal), or both."""

    INTERNAL = "internal"
    EXTERNAL = "eksternal"
    BOTH = "keduanya"

    @property
    def reaches_staff(self) -> bool:
        return self is not Audience.EXTERNAL

    def label(self, lang: Lang = "id") -> str:
        return _AUDIENCE_LABELS[self].get(lang)

    @classmethod
    def parse(cls, value: object) -> Audience:
        folded = str(value).strip().casefold() if isinstance(value, str) else ""
        for audience, names in _AUDIENCE_NAMES.items():
            if folded in names:
                return audience
        raise InvalidScheduleError(
            Text(
                f"sasaran sosialisasi {value!r} tidak dikenal; gunakan 'internal', 'eksternal' atau 'keduanya'",
                f"unknown socialisation audience {value!r}; use 'internal', 'eksternal' or 'keduanya' (both)",
            ),
            value=value,
        )

    @classmethod
    def from_scope(cls, scope: Scope | None) -> Audience | None:
        if scope is None:
            return None
        return Audience.EXTERNAL if scope is Scope.EXTERNAL else Audience.INTERNAL


_SCOPE_LABELS = {
    Scope.POKJA: Text("hanya pokja/tim ZI", "the pokja (ZI team) only"),
    Scope.UNIT: Text("seluruh pegawai unit", "all staff of the unit"),
    Scope.EXTERNAL: Text("pemangku kepentingan eksternal", "external stakeholders"),
}
_AUDIENCE_LABELS = {
    Audience.INTERNAL: Text("internal (pegawai)", "internal (staff)"),
    Audience.EXTERNAL: Text("eksternal (pemangku kepentingan)", "external (stakeholders)"),
    Audience.BOTH: Text("internal dan eksternal", "internal and external"),
}
_AUDIENCE_NAMES = {
    Audience.INTERNAL: ("internal", "intern", "pegawai", "staff", "staf"),
    Audience.EXTERNAL: ("eksternal", "external", "ekstern", "masyarakat", "stakeholder", "pemangku kepentingan"),
    Audience.BOTH: ("keduanya", "both", "internal dan eksternal", "internal & eksternal", "internal/eksternal"),
}
# Words (already folded to lower-case ASCII, matched as whole words) naming each circle.
_WORDS = {
    Scope.EXTERNAL: (
        "eksternal",
        "external",
        "masyarakat",
        "pemangku kepentingan",
        "stakeholder",
        "stakeholders",
        "pengguna layanan",
        "mitra",
        "publik",
        "public",
        "warga binaan",
        "keluarga",
        "tokoh",
        "media",
        "instansi",
    ),
    Scope.UNIT: (
        "seluruh pegawai",
        "semua pegawai",
        "seluruh jajaran",
        "seluruh staf",
        "semua staf",
        "seluruh asn",
        "all staff",
        "whole unit",
        "pegawai",
        "jajaran",
        "unit",
        "seluruh",
        "staf",
        "staff",
    ),
    Scope.POKJA: ("pokja", "tim zi", "tim kerja", "tim", "team", "agen perubahan", "panitia", "zi team"),
}
