"""The ZI stages, their names in Indonesian and English, and their order."""

from __future__ import annotations

import enum
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from zi_timeline._aliases import Vocabulary, actors, bundled, qualifiers, use_stage_parser
from zi_timeline._i18n import Lang, Text, short_repr
from zi_timeline.exceptions import InvalidScheduleError, UnknownStageError

if TYPE_CHECKING:
    from zi_timeline._aliases import Aliases, Refusal

__all__ = [
    "ACTIVITIES",
    "PRECEDENCE",
    "REPEATABLE",
    "Precedence",
    "Predicate",
    "Stage",
    "parse_predicate",
    "parse_stage",
    "stage_vocabulary",
]


class Stage(enum.StrEnum):
    """A stage of the ZI programme, keyed by its Indonesian name.

    >>> Stage.parse("Pencanangan ZI")
    <Stage.PENCANANGAN: 'pencanangan'>
    >>> Stage.parse("TPI").label("en")
    'internal evaluation (TPI)'
    """

    # Hashed as its text in C (Enum hashes its name in Python, on every dict lookup),
    # which also agrees with equality: a member equals its text.
    __hash__ = str.__hash__

    PERENCANAAN = "perencanaan"
    PEMBENTUKAN_TIM = "pembentukan_tim"
    PENCANANGAN = "pencanangan"
    SOSIALISASI = "sosialisasi"
    PEMBANGUNAN = "pembangunan"
    ANALISIS_KEBUTUHAN = "analisis_kebutuhan"
    INOVASI = "inovasi"
    SURVEI = "survei"
    PEMANTAUAN = "pemantauan"
    PENILAIAN_MANDIRI = "penilaian_mandiri"
    EVALUASI_TPI = "evaluasi_tpi"
    PENGUSULAN = "pengusulan"
    SELEKSI_ADMINISTRASI = "seleksi_administrasi"
    DESK_EVALUASI = "desk_evaluasi"
    EVALUASI_LAPANGAN = "evaluasi_lapangan"
    PENETAPAN = "penetapan"

    def label(self, lang: Lang = "id") -> str:
        """The stage as planners name it in *lang*."""
        return _LABELS[self].get(lang)

    @property
    def order(self) -> int:
        """Position in the programme, for sorting (perencanaan is 0)."""
        return _ORDER[self]

    @classmethod
    def parse(cls, value: object) -> Stage:
        """Read a stage from a key, an Indonesian or English name, or an alias.

        Case, spaces, hyphens and a trailing "ZI" do not matter. An unknown name
        raises `UnknownStageError` suggesting the nearest key.
        """
        if isinstance(value, Stage):
            return value
        if not isinstance(value, str):
            raise UnknownStageError(
                Text(
                    f"tahap harus berupa teks, bukan {type(value).__name__} ({short_repr(value)})",
                    f"a stage must be text, not {type(value).__name__} ({short_repr(value)})",
                ),
                value=value,
            )
        found = _known(value)
        if found is not None:
            return found
        refusal = stage_vocabulary(None).refusal(value)
        if refusal is not None:
            raise _refused(value, refusal)
        suggestion = _suggest(value)
        hint_id = f"; mungkin maksudnya {suggestion!r}?" if suggestion else "."
        hint_en = f"; did you mean {suggestion!r}?" if suggestion else "."
        keys = ", ".join(s.value for s in cls)
        raise UnknownStageError(
            Text(
                f"tahap {value!r} tidak dikenal{hint_id} Tahap yang dikenal: {keys}",
                f"unknown stage {value!r}{hint_en} Known stages: {keys}",
            ),
            value=value,
            suggestion=suggestion,
        )


def _two_stages(value: str, rivals: tuple[tuple[str, Stage], tuple[str, Stage]]) -> UnknownStageError:
    """``Sosialisasi hasil survei IKM``: two stages named in one cell, refused rather than guessed."""
    (one, first), (other, second) = rivals
    return UnknownStageError(
        Text(
            f"tahap {value!r} menyebut dua tahap dalam satu sel: {first.label('id')} ({one!r}) dan "
            f"{second.label('id')} ({other!r}), sehingga tidak ditebak; tulis satu tahap per baris, atau "
            "tambahkan kata kantor Anda sebagai alias dengan --aliases",
            f"the stage {value!r} names two stages in one cell: {first.label('en')} ({one!r}) and "
            f"{second.label('en')} ({other!r}), so it is not guessed; write one stage per row, or add your "
            "office's word as an alias with --aliases",
        ),
        value=value,
    )


def _refused(value: str, refusal: Refusal[Stage]) -> UnknownStageError:
    """A stage name with words beside it that make it another activity, or a second stage."""
    if refusal.other is not None:
        return _two_stages(value, (refusal.found, refusal.other))
    phrase, stage = refusal.found
    aliases_id = "tambahkan kata kantor Anda sebagai alias dengan --aliases"
    aliases_en = "add your office's word as an alias with --aliases"
    if refusal.qualifier is not None:
        means = refusal.qualifier.means
        said = means[0] if means[0] == refusal.word else f"{means[0]} ({refusal.word!r})"
        return UnknownStageError(
            Text(
                f"tahap {value!r} menyebut {said}, bukan {stage.label('id')} ({phrase!r}) "
                f"itu sendiri, sehingga tidak ditebak; tulis tahap yang dimaksud, atau {aliases_id}",
                f"the stage {value!r} names {means[1]} ({refusal.word!r}), not {stage.label('en')} ({phrase!r}) "
                f"itself, so it is not guessed; write the stage meant, or {aliases_en}",
            ),
            value=value,
        )
    example, write = (refusal.bare.example, refusal.bare.write) if refusal.bare else (("", ""), stage.label("id"))
    several = " " in refusal.word
    said_en = f"the {'words' if several else 'word'} {refusal.word!r}"
    are_en = "are not ZI words" if several else "is not a ZI word"
    return UnknownStageError(
        Text(
            f"tahap {value!r}: kata {refusal.word!r} sesudah {phrase!r} bukan kata ZI untuk {stage.label('id')}, "
            f"jadi menyebut hal lain (misalnya {example[0]}), bukan pasti {stage.label('id')}; tulis {write!r} "
            f"bila itu maksudnya, atau {aliases_id}",
            f"the stage {value!r}: {said_en} after {phrase!r} {are_en} for the "
            f"{stage.label('en')}, so the cell names something else ({example[1]}, say), not surely the "
            f"{stage.label('en')}; write {write!r} if that is meant, or {aliases_en}",
        ),
        value=value,
    )


_ORDER = {stage: i for i, stage in enumerate(Stage)}

_LABELS: dict[Stage, Text] = {
    Stage.PERENCANAAN: Text("perencanaan", "planning"),
    Stage.PEMBENTUKAN_TIM: Text("pembentukan tim ZI", "forming the ZI team"),
    Stage.PENCANANGAN: Text("pencanangan", "declaration (pencanangan)"),
    Stage.SOSIALISASI: Text("sosialisasi", "socialisation"),
    Stage.PEMBANGUNAN: Text("pembangunan ZI", "building period"),
    Stage.ANALISIS_KEBUTUHAN: Text("analisis kebutuhan", "needs analysis"),
    Stage.INOVASI: Text("inovasi", "innovation launch"),
    Stage.SURVEI: Text("survei", "stakeholder survey"),
    Stage.PEMANTAUAN: Text("pemantauan dan evaluasi", "monitoring and evaluation"),
    Stage.PENILAIAN_MANDIRI: Text("penilaian mandiri (LKE)", "self-assessment (LKE)"),
    Stage.EVALUASI_TPI: Text("evaluasi TPI", "internal evaluation (TPI)"),
    Stage.PENGUSULAN: Text("pengusulan ke KemenPANRB", "submission to KemenPANRB"),
    Stage.SELEKSI_ADMINISTRASI: Text("seleksi administrasi", "administrative screening"),
    Stage.DESK_EVALUASI: Text("desk evaluasi TPN", "TPN desk evaluation"),
    Stage.EVALUASI_LAPANGAN: Text("evaluasi lapangan TPN", "TPN field evaluation"),
    Stage.PENETAPAN: Text("penetapan predikat", "award of the predicate"),
}

# Extra names planners and other tools use; keys and labels are added automatically.
_ALIASES: dict[Stage, tuple[str, ...]] = {
    Stage.PERENCANAAN: ("rencana kerja", "renja zi", "rencana", "plan", "work plan"),
    Stage.PEMBENTUKAN_TIM: (
        "pembentukan pokja",
        "sk tim",
        "sk pokja",
        "tim",
        "pokja",
        "team",
        "team formation",
    ),
    Stage.PENCANANGAN: (
        "canang",
        "deklarasi",
        "penandatanganan pakta integritas",
        "declaration",
    ),
    Stage.SOSIALISASI: ("socialization", "socialisation", "sosialisasi internal"),
    Stage.PEMBANGUNAN: ("pembangunan", "building", "implementation", "pelaksanaan"),
    Stage.ANALISIS_KEBUTUHAN: (
        "analisis pengaduan",
        "needs analysis",
        "needs assessment",
        "analisa kebutuhan",
    ),
    Stage.INOVASI: ("innovation", "peluncuran inovasi", "launching inovasi"),
    Stage.SURVEI: ("survey", "spak", "spkp", "ikm", "survei persepsi", "skm"),
    Stage.PEMANTAUAN: ("monev", "monitoring", "monitoring dan evaluasi", "pemantauan"),
    Stage.PENILAIAN_MANDIRI: ("self-assessment", "lke"),
    Stage.EVALUASI_TPI: (
        "tpi",
        "evaluasi internal",
        "internal evaluation",
        "penilaian internal",
        "evaluasi tim penilai internal",
    ),
    Stage.PENGUSULAN: (
        "usulan",
        "pengusulan",
        "submission",
        "pengajuan",
        "usulan ke kemenpanrb",
        "submit",
    ),
    Stage.SELEKSI_ADMINISTRASI: ("administrative screening", "seleksi adm", "screening"),
    Stage.DESK_EVALUASI: ("desk evaluation", "evaluasi dokumen", "de"),
    Stage.EVALUASI_LAPANGAN: ("field evaluation", "evaluasi lapangan", "el", "survei lapangan"),
    Stage.PENETAPAN: ("award", "penganugerahan", "penetapan", "pemberian predikat"),
}

_STRIP = re.compile(r"[\s_\-./]+")
_TRAILING_ZI = re.compile(r"(zona ?integritas|zi)$")


def _normalise(text: str) -> str:
    folded = _STRIP.sub(" ", text.strip().casefold()).strip()
    without_zi = _TRAILING_ZI.sub("", folded).strip()
    return (without_zi or folded).replace(" ", "")


@cache
def _alias_table() -> dict[str, Stage]:
    table: dict[str, Stage] = {}
    for stage in Stage:
        names = (stage.value, _LABELS[stage].id, _LABELS[stage].en, *_ALIASES[stage])
        for name in names:
            table.setdefault(_normalise(name), stage)
    return table


@lru_cache(maxsize=4096)
def _known(value: str) -> Stage | None:
    """The stage a text names, or None (cached: a portfolio repeats the same few names)."""
    return _alias_table().get(_normalise(value)) or stage_vocabulary(None).match(value)


@lru_cache(maxsize=16)
def stage_vocabulary(user: Aliases | None) -> Vocabulary[Stage]:
    """Every stage name: keys, labels, the aliases here and in data/aliases.toml, and *user*'s on top."""
    names = [(n, s) for s in Stage for n in (s.value, _LABELS[s].id, _LABELS[s].en, *_ALIASES[s])]
    extra = bundled().merged(user).stages
    found, bares = qualifiers()
    by_actor = ((alias, Stage(key)) for alias, key in actors())
    pairs = [*names, *by_actor, *((alias, Stage(key)) for alias, key in extra.items())]
    return Vocabulary(pairs, found, bares, ellipsis=True)


def parse_stage(value: object, aliases: Aliases | None = None) -> Stage:
    """`Stage.parse`, with *aliases* (a user's words) tried first."""
    if aliases is not None and isinstance(value, str):
        found = stage_vocabulary(aliases).match(value)
        if found is not None:
            return found
    return Stage.parse(value)


_MAX_SUGGEST = 120


def _suggest(value: str) -> str | None:
    """The stage whose key, label or alias is nearest to *value* (a misspelling), or None."""
    if len(value) > _MAX_SUGGEST:  # difflib's cost grows with the text: a pasted page gets no suggestion
        return None
    import difflib  # noqa: PLC0415 - only for a message about an unknown stage

    candidates = {_normalise(s.value): s.value for s in Stage}
    names = {"".join(k): s.value for k, s in stage_vocabulary(None).exact.items()}
    for table, cutoff in ((candidates, 0.6), (names, 0.8)):
        match = difflib.get_close_matches(_normalise(value), list(table), n=1, cutoff=cutoff)
        if match:
            return table[match[0]]
    return None


# The unit's own activities, whose spread over the building period ZI504 looks at.
ACTIVITIES: frozenset[Stage] = frozenset(
    {Stage.SOSIALISASI, Stage.ANALISIS_KEBUTUHAN, Stage.INOVASI, Stage.SURVEI, Stage.PEMANTAUAN}
)

# Stages that may occur more than once in one schedule; every other stage is once-only.
REPEATABLE: frozenset[Stage] = frozenset(
    {
        Stage.SOSIALISASI,
        Stage.ANALISIS_KEBUTUHAN,
        Stage.INOVASI,
        Stage.SURVEI,
        Stage.PEMANTAUAN,
    }
)


class Precedence(NamedTuple):  # a plain value of this module: a NamedTuple costs a fifth of an attrs class at import
    """``successor`` may not start before ``predecessor`` starts (mode "start") or ends ("end")."""

    predecessor: Stage
    successor: Stage
    mode: Literal["start", "end"]
    strength: Literal["R", "P", "C"]
    source: str


_PERMEN = "PermenPANRB 90/2021, Lampiran II"
_DOMAIN = "urutan tahapan ZI, PermenPANRB 90/2021 Lampiran II"

# The direct orders of DOMAIN.md. The first three stages have no order among themselves
# but all come before pembangunan starts; from evaluasi_tpi on the order is strict.
PRECEDENCE: tuple[Precedence, ...] = (
    Precedence(Stage.PERENCANAAN, Stage.PEMBANGUNAN, "start", "P", _DOMAIN),
    Precedence(Stage.PEMBENTUKAN_TIM, Stage.PEMBANGUNAN, "start", "P", _DOMAIN),
    Precedence(Stage.PENCANANGAN, Stage.PEMBANGUNAN, "start", "P", _DOMAIN),
    Precedence(Stage.PEMBENTUKAN_TIM, Stage.SOSIALISASI, "start", "P", _DOMAIN),
    Precedence(Stage.PEMBANGUNAN, Stage.EVALUASI_TPI, "start", "P", _DOMAIN),
    # The unit fills the LKE in PMPZI once building is under way; the TPI evaluates that LKE.
    Precedence(Stage.PEMBANGUNAN, Stage.PENILAIAN_MANDIRI, "start", "P", _DOMAIN),
    Precedence(Stage.PENILAIAN_MANDIRI, Stage.EVALUASI_TPI, "start", "P", _DOMAIN),
    Precedence(Stage.PENCANANGAN, Stage.EVALUASI_TPI, "start", "P", _DOMAIN),
    Precedence(Stage.EVALUASI_TPI, Stage.PENGUSULAN, "end", "R", _PERMEN + " (hal. 50)"),
    Precedence(Stage.PENGUSULAN, Stage.SELEKSI_ADMINISTRASI, "end", "R", _PERMEN),
    Precedence(Stage.SELEKSI_ADMINISTRASI, Stage.DESK_EVALUASI, "end", "R", _PERMEN),
    Precedence(Stage.DESK_EVALUASI, Stage.EVALUASI_LAPANGAN, "end", "R", _PERMEN),
    Precedence(Stage.EVALUASI_LAPANGAN, Stage.PENETAPAN, "end", "R", _PERMEN),
)


class Predicate(enum.StrEnum):
    """The predicate a unit is proposed for."""

    WBK = "WBK"
    WBBM = "WBBM"

    def label(self, lang: Lang = "id") -> str:
        if self is Predicate.WBK:
            return "WBK" if lang == "en" else "WBK (Wilayah Bebas dari Korupsi)"
        return "WBBM" if lang == "en" else "WBBM (Wilayah Birokrasi Bersih dan Melayani)"


def parse_predicate(value: object) -> Predicate:
    """Read ``"WBK"`` / ``"wbbm"`` / the long Indonesian names into a `Predicate`."""
    if isinstance(value, Predicate):
        return value
    if isinstance(value, str):
        folded = value.strip().casefold()
        if folded in {"wbk", "wilayah bebas dari korupsi"}:
            return Predicate.WBK
        if folded in {"wbbm", "wilayah birokrasi bersih dan melayani"}:
            return Predicate.WBBM
    raise InvalidScheduleError(
        Text(
            f"predikat {short_repr(value)} tidak dikenal; gunakan 'WBK' atau 'WBBM'. Pemeriksaan yang bergantung "
            "pada target (ZI401, ZI402) tidak dijalankan",
            f"unknown predicate {short_repr(value)}; use 'WBK' or 'WBBM'. The checks that depend on the target "
            "(ZI401, ZI402) were not run",
        ),
        value=value,
    )


use_stage_parser(lambda key: Stage.parse(key).value)  # lets _aliases check stage keys
