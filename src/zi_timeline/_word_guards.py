"""Guards on stage words that need more than the words themselves: what may follow them, who does them.

A *bare* stage word (``penetapan``, ``pengusulan``, ``pembangunan``) names its stage only when the
words after it are that stage's own words: ``Penetapan WBK`` is the award, ``Penetapan Standar
Pelayanan`` is not. An *actor* phrase (``Desk Evaluasi oleh Itjen``) names the stage that actor's
work is: the internal evaluation, not the national team's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

__all__ = ["Bare", "actor_pairs", "bare_groups", "covering", "leftover"]


class Bare(NamedTuple):
    """Words that name *stage* in a longer cell only when the words after the stage's name are in *complements*."""

    aliases: tuple[tuple[str, ...], ...]
    stage: str
    complements: tuple[tuple[str, ...], ...]  # longest first: a phrase is consumed whole
    example: tuple[str, str]  # what the other words may name instead, in Indonesian and English
    write: str  # what to write when the stage is meant
    source: str
    places: frozenset[str] = frozenset()  # words after which the rest names a place ("di Lapas ..."), not a thing


def bare_groups(data: Mapping[str, Any], words: Callable[[str], tuple[str, ...]]) -> tuple[Bare, ...]:
    """The ``[[bare]]`` tables of the bundled alias data."""
    sources: dict[str, str] = data["sources"]
    return tuple(
        Bare(
            tuple(words(a) for a in b["aliases"]),
            b["stage"],
            tuple(sorted((words(c) for c in b["complements"]), key=lambda c: -len(c))),
            (b["example_id"], b["example_en"]),
            b["write"],
            sources[b["source"]],
            frozenset(b.get("places", ())),
        )
        for b in data["bare"]
    )


def actor_pairs(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``head by actor`` -> stage for every ``[[actor]]`` table: ``desk evaluasi oleh itjen`` is evaluasi_tpi."""
    return [
        (f"{head} {by} {actor}", a["stage"])
        for a in data.get("actor", ())
        for head in a["heads"]
        for by in a["by"]
        for actor in a["actors"]
    ]


def covering(found: Iterable[tuple[int, int, object]], start: int, end: int, meaning: object) -> tuple[int, int]:
    """The words that aliases of *meaning* cover together with ``start:end``, chained through overlaps.

    ``Penetapan SK Tim Pembangunan ZI``: ``penetapan sk tim`` and ``tim pembangunan zi`` overlap and both
    name the team decree, so ``pembangunan zi`` inside them is no second stage.
    """
    same = [(s, e) for s, e, m in found if m == meaning]
    grown = True
    while grown:
        grown = False
        for s, e in same:
            if s < end and e > start and (s < start or e > end):
                start, end, grown = min(s, start), max(e, end), True
    return start, end


def leftover(key: tuple[str, ...], start: int, end: int, bare: Bare) -> tuple[str, ...] | None:
    """The words after ``start:end`` that are not *bare*'s complements (None when *bare* does not apply)."""
    if not any(_contains(key[start:end], a) for a in bare.aliases):
        return None
    rest, extra, i = key[end:], [], 0
    while i < len(rest):
        size = next((len(c) for c in bare.complements if rest[i : i + len(c)] == c), 0)
        if size:
            i += size
            continue
        if rest[i] in bare.places:  # "Pembangunan ZI di Lapas Kelas IIA": where, not what
            break
        if not rest[i].isdigit():
            extra.append(rest[i])
        i += 1
    return tuple(extra)


def _contains(text: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(text[i : i + n] == phrase for i in range(len(text) - n + 1))
