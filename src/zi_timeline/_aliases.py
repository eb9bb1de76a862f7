"""The words offices write for columns and stages: the bundled vocabulary and the user's own.

A text names what an alias names when it *is* the alias (case, spaces and punctuation
aside) or *contains* it as consecutive words. When several aliases are contained, the
longest wins, then the earliest (``Pencanangan Pembangunan ZI`` is pencanangan:
``pencanangan pembangunan`` beats ``pembangunan zi``); an alias of another meaning in
words of its own (``Sosialisasi hasil survei IKM``) makes the text refused, never guessed.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import attrs

from zi_timeline._files import read_settings
from zi_timeline._frozen import frozen
from zi_timeline._i18n import Text
from zi_timeline._word_guards import Bare, actor_pairs, bare_groups, covering, leftover
from zi_timeline.exceptions import LoadError, LoadWarning, ZiTimelineError

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "FIELDS",
    "AliasEntry",
    "Aliases",
    "Qualifier",
    "Refusal",
    "Vocabulary",
    "as_aliases",
    "bundled",
    "qualifiers",
    "words",
]

_T = TypeVar("_T")
_WORD = re.compile(r"[^\w#]+")
# Short or everyday aliases that name a stage only when they are the whole cell.
_EXACT_ONLY = frozenset(
    {"de", "el", "tim", "team", "rencana", "plan", "pelaksanaan", "usulan", "submit", "building", "implementation"}
)
_MAX_WORDS = 24  # no stage or column name is longer; bounds the work on a huge cell


@functools.lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """*text* as lower-case words: ``"Evaluasi TPI (Itjen)"`` -> ``('evaluasi', 'tpi', 'itjen')``."""
    return tuple(w for w in _WORD.split(text.casefold().replace("_", " ")) if w)


class AliasEntry(NamedTuple):  # a plain value of this module: a NamedTuple costs a fifth of an attrs class at import
    """One alias, what it names (a column field or a stage key), and where it was seen."""

    kind: str  # "column" or "stage"
    alias: str
    meaning: str
    source: str


class Qualifier(NamedTuple):
    """Words that make a stage name mean something else: "Persiapan Pengusulan" is not the submission."""

    words: tuple[str, ...]
    before_only: bool  # "Evaluasi pembangunan" qualifies; "Pemantauan & evaluasi" does not
    means: tuple[str, str]  # what the cell names instead, in Indonesian and English
    source: str
    stages: tuple[str, ...] = ()  # the stages whose names it changes; empty: every stage


class Refusal(NamedTuple, Generic[_T]):
    """Why a text that contains an alias names no meaning: the alias, and what stands beside it.

    *kind* is "two" (another meaning in words of its own, or by ellipsis: "Evaluasi TPI dan TPN"),
    "qualified" (*word* changes the meaning: "Persiapan Pengusulan") or "not_zi" (*word* after a
    bare alias that needs ZI words: "Pembangunan gedung").
    """

    kind: str
    found: tuple[str, _T]
    other: tuple[str, _T] | None = None
    word: str = ""
    qualifier: Qualifier | None = None
    bare: Bare | None = None


class Vocabulary(Generic[_T]):
    """Aliases of one kind (columns or stages) with the matching rule of this module.

    *qualifiers* are words that change what a contained alias means; an alias of one of *bares* names
    its meaning in a longer text only when the words after it are that group's complements; with *ellipsis*, the
    first alias's head words joined to the words after a conjunction that make another alias are a
    second meaning. All three are for stages: column headers keep the plain rule.
    """

    def __init__(
        self,
        pairs: Iterable[tuple[str, _T]],
        qualifiers: Iterable[Qualifier] = (),
        bares: Iterable[Bare] = (),
        *,
        ellipsis: bool = False,
    ) -> None:
        self.exact: dict[tuple[str, ...], _T] = {}
        for alias, meaning in pairs:
            key = words(alias)
            if key:
                self.exact[key] = meaning
        self._phrases = sorted(
            ((k, m) for k, m in self.exact.items() if " ".join(k) not in _EXACT_ONLY), key=lambda p: -len(p[0])
        )
        self._qualifiers = tuple(qualifiers)
        self._bares = tuple(bares)
        self._ellipsis_too = ellipsis
        self.match = functools.lru_cache(maxsize=4096)(self._match)

    def _match(self, text: str, max_words: int | None = None) -> _T | None:
        key = words(text)
        if key in self.exact:
            return self.exact[key]
        squeezed = "".join(key)
        if not key or len(key) > (max_words or _MAX_WORDS):  # a sentence or a pasted page names nothing
            return None
        found = [(i, i + len(p), m) for p, m in self._phrases for i in _positions(key, p)]
        if not found:
            return self.exact.get((squeezed,))
        return None if self._refusal(key, found) is not None else min(found, key=_longest_first)[2]

    def _refusal(self, key: tuple[str, ...], found: list[tuple[int, int, _T]]) -> Refusal[_T] | None:
        # the longest, then the earliest (Indonesian names the head first: "Monev pembangunan")
        start, end, best = min(found, key=_longest_first)
        start, end = covering(found, start, end, best)
        for s, e, meaning in found:  # another meaning in words of its own: refuse, never guess
            if meaning != best and (e <= start or s >= end):
                first, second = sorted([(start, end, best), (s, e, meaning)], key=lambda f: f[0])
                return Refusal("two", _said(key, first), _said(key, second))
        return self._ellipsis(key, start, end, best) or self._qualified(key, start, end, best)

    def _ellipsis(self, key: tuple[str, ...], start: int, end: int, best: _T) -> Refusal[_T] | None:
        """ "Evaluasi TPI dan TPN" is evaluasi TPI and evaluasi TPN: the head words shared, two stages."""
        if not self._ellipsis_too:
            return None
        rest = key[end + 1 :] if key[end : end + 1] and key[end] in _CONJUNCTIONS else key[end:]
        for k in range(1, end - start):
            for j in range(len(rest), 0, -1):
                other = self.exact.get(key[start : start + k] + rest[:j])
                if other is not None and other != best:
                    return Refusal(
                        "two", _said(key, (start, end, best)), (" ".join(key[start : start + k] + rest[:j]), other)
                    )
        return None

    def _qualified(self, key: tuple[str, ...], start: int, end: int, best: _T) -> Refusal[_T] | None:
        """A word beside the alias that makes it another activity, or a bare alias followed by other words."""
        phrase = _said(key, (start, end, best))
        for q in self._qualifiers:
            if q.stages and best not in q.stages:
                continue
            for i in _positions(key, q.words):
                if i + len(q.words) <= start or (not q.before_only and i >= end):
                    return Refusal("qualified", phrase, word=" ".join(q.words), qualifier=q)
        for bare in self._bares:
            extra = leftover(key, start, end, bare) if best == bare.stage else None
            if extra:
                return Refusal("not_zi", phrase, word=" ".join(extra), bare=bare)
        return None

    def refusal(self, text: str) -> Refusal[_T] | None:
        """Why *text*, which contains an alias, names nothing; None when it names one or none is contained.

        >>> v = Vocabulary([("sosialisasi", "a"), ("survei ikm", "b")])
        >>> v.refusal("Sosialisasi hasil survei IKM")[:3]
        ('two', ('sosialisasi', 'a'), ('survei ikm', 'b'))
        """
        key = words(text)
        if not key or key in self.exact or len(key) > _MAX_WORDS:
            return None
        found = [(i, i + len(p), m) for p, m in self._phrases for i in _positions(key, p)]
        return self._refusal(key, found) if found else None

    def rivals(self, text: str) -> tuple[tuple[str, _T], tuple[str, _T]] | None:
        """The two aliases, each in words of its own, that make *text* refused: ``(words, meaning)`` each.

        >>> v = Vocabulary([("sosialisasi", "a"), ("survei ikm", "b")])
        >>> v.rivals("Sosialisasi hasil survei IKM")
        (('sosialisasi', 'a'), ('survei ikm', 'b'))
        """
        found = self.refusal(text)
        return None if found is None or found.other is None else (found.found, found.other)


_CONJUNCTIONS = frozenset({"dan", "serta", "atau", "and", "or"})


def _longest_first(found: tuple[int, int, object]) -> tuple[int, int]:
    return found[0] - found[1], found[0]


def _said(key: tuple[str, ...], found: tuple[int, int, _T]) -> tuple[str, _T]:
    """The words of *key* an alias was found in, with its meaning."""
    return " ".join(key[found[0] : found[1]]), found[2]


def _positions(text: tuple[str, ...], phrase: tuple[str, ...]) -> Iterable[int]:
    n = len(phrase)
    return (i for i in range(len(text) - n + 1) if text[i : i + n] == phrase)


_STAGE_PARSE: list[Callable[[object], str]] = []
"""`Stage.parse` (giving the key), handed over by `zi_timeline._stages` when it loads: that
module reads the vocabulary here, so this one cannot import it back (no import circle)."""


def use_stage_parser(parse: Callable[[object], str]) -> None:
    _STAGE_PARSE[:] = [parse]


def _stage_key(key: object) -> str:
    return _STAGE_PARSE[0](key)


@attrs.frozen(eq=False)
class Aliases:
    """Column and stage aliases: the bundled ones, with a user's file or mapping on top.

    Compared and hashed by identity, so that the matchers built from one set are cached.
    """

    columns: Mapping[str, str] = attrs.field(factory=dict, converter=frozen)  # alias -> field
    stages: Mapping[str, str] = attrs.field(factory=dict, converter=frozen)  # alias -> stage key
    entries: tuple[AliasEntry, ...] = ()

    @classmethod
    def load(cls, path: str | Path) -> Aliases:
        """A user's aliases file: ``[stages] pencanangan = ["deklarasi janji kinerja"]``, ``[columns] unit = [...]``."""
        import tomllib  # noqa: PLC0415 - only when a file is read: keeps `import zi_timeline` light
        from pathlib import Path  # noqa: PLC0415

        file = str(path)
        try:
            data = tomllib.loads(read_settings(Path(path)))
        except LoadError:  # not a regular file, too large: said with the file's name
            raise
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise LoadError(
                Text(f"berkas alias tidak dapat dibaca ({exc})", f"cannot read the aliases file ({exc})"), file=file
            ) from exc
        return cls.from_mapping(data, source=file)

    @classmethod
    def from_mapping(cls, data: object, *, source: str = "pengguna") -> Aliases:
        """Aliases from ``{"stages": {key: [alias, ...]}, "columns": {field: [alias, ...]}}``."""
        if not isinstance(data, Mapping):
            raise _bad(source, data, "tabel [stages] dan [columns]", "[stages] and [columns] tables")
        unknown_keys = sorted(set(data) - {"stages", "columns"}, key=str)
        if unknown_keys:
            raise _unknown(source, unknown_keys[0])
        stages = _pairs(data.get("stages", {}), source, _stage_key, ("tahap", "stages"))
        _warn_remapped(stages, source)
        columns = _pairs(data.get("columns", {}), source, str, ("kolom", "columns"))
        unknown = sorted(set(columns.values()) - FIELDS)
        if unknown:
            raise _bad(source, unknown[0], f"salah satu dari {sorted(FIELDS)}", f"one of {sorted(FIELDS)}")
        entries = (
            *(AliasEntry("column", a, m, source) for a, m in columns.items()),
            *(AliasEntry("stage", a, m, source) for a, m in stages.items()),
        )
        return cls(columns, stages, entries)

    def merged(self, other: Aliases | None) -> Aliases:
        """These aliases with *other*'s on top (the user's word wins over the bundled one)."""
        if other is None:
            return self
        return Aliases(
            {**self.columns, **other.columns}, {**self.stages, **other.stages}, (*self.entries, *other.entries)
        )


FIELDS = frozenset(
    {"unit", "target", "stage", "date", "start", "end", "note", "participants", "wbk_awarded", "revoked", "year"}
    | {"evaluator", "ignore"}
)


def _bad(source: str, value: object, expected_id: str, expected_en: str) -> LoadError:
    return LoadError(
        Text(
            f"alias tidak sah: {value!r}; yang diharapkan {expected_id}",
            f"invalid aliases: {value!r}; expected {expected_en}",
        ),
        file=source,
        value=value,
    )


def _unknown(source: str, key: object) -> LoadError:
    """A table the file may not have (``[stage]``, a stage key at the top): named, never silently ignored."""
    import difflib  # noqa: PLC0415 - only for a message about a mistyped table

    near = difflib.get_close_matches(str(key), ["columns", "stages"], n=1, cutoff=0.6)
    hint = (f"; mungkin [{near[0]}]?", f"; did you mean [{near[0]}]?") if near else ("", "")
    return LoadError(
        Text(
            f"kunci {key!r} tidak dikenal dalam berkas alias{hint[0]} Yang dikenal: columns, stages "
            f"(tulis alias tahap di bawah [stages], misalnya [stages] pencanangan = [...])",
            f"unknown key {key!r} in the aliases file{hint[1]} Known keys: columns, stages "
            f"(put stage aliases under [stages], e.g. [stages] pencanangan = [...])",
        ),
        file=source,
        value=key,
    )


def _pairs(table: object, source: str, meaning_of: Callable[[object], str], kind: tuple[str, str]) -> dict[str, str]:
    """alias -> meaning; one word (case and punctuation aside) given two meanings is refused."""
    if not isinstance(table, Mapping):
        raise _bad(source, table, "tabel nama = [alias, ...]", "a table name = [alias, ...]")
    out: dict[str, str] = {}
    seen: dict[tuple[str, ...], str] = {}
    for meaning, aliases in table.items():
        items = [aliases] if isinstance(aliases, str) else aliases
        if not isinstance(items, list) or not all(isinstance(a, str) for a in items):
            raise _bad(source, aliases, "daftar teks", "a list of texts")
        key = meaning_of(meaning)
        for alias in items:
            before = seen.setdefault(words(alias), key)
            if before != key:
                raise LoadError(
                    Text(
                        f"alias {alias!r} menamai dua {kind[0]}: {before} dan {key}; satu kata hanya boleh menamai "
                        f"satu {kind[0]}, hapus salah satunya",
                        f"the alias {alias!r} names two {kind[1]}: {before} and {key}; a word may name one only, "
                        "delete one of them",
                    ),
                    file=source,
                    value=alias,
                )
            out[alias] = key
    return out


def _warn_remapped(stages: Mapping[str, str], source: str) -> None:
    """A user's word that the library reads as another stage: allowed (their office), said once."""
    changed = []
    for alias, key in stages.items():
        try:
            before = _stage_key(alias)
        except ZiTimelineError:  # a word of the user's own, or one the library refuses
            continue
        if before != key:
            changed.append((alias, before, key))
    if changed:
        warnings.warn(
            LoadWarning(
                Text(
                    "alias pengguna mengubah arti kata bawaan: "
                    + "; ".join(f"{a!r} dibaca sebagai {k}, bukan {b}" for a, b, k in changed),
                    "user aliases change built-in words: "
                    + "; ".join(f"{a!r} is read as {k}, not {b}" for a, b, k in changed),
                ),
                file=source,
            ),
            stacklevel=4,
        )


def as_aliases(value: Aliases | str | Path | Mapping[str, object] | None) -> Aliases | None:
    """*value* as `Aliases`: an instance, a TOML file's path, or its mapping (None stays None)."""
    if value is None or isinstance(value, Aliases):
        return value
    if isinstance(value, Mapping):
        return Aliases.from_mapping(value)
    return Aliases.load(value)


@functools.cache
def _data() -> dict[str, Any]:
    import tomllib  # noqa: PLC0415
    from importlib import resources  # noqa: PLC0415 - only when bundled data is read

    return tomllib.loads(resources.files("zi_timeline").joinpath("data/aliases.toml").read_text("utf-8"))


@functools.cache
def qualifiers() -> tuple[tuple[Qualifier, ...], tuple[Bare, ...]]:
    """The words that change a stage name's meaning, and the bare stage words with the words that may follow."""
    data = _data()
    sources: dict[str, str] = data["sources"]
    found = tuple(
        Qualifier(
            words(w),
            q["position"] == "before",
            (q["means_id"], q["means_en"]),
            sources[q["source"]],
            tuple(q.get("stages", ())),
        )
        for q in data["qualifier"]
        for w in q["words"]
    )
    return found, bare_groups(data, words)


@functools.cache
def actors() -> tuple[tuple[str, str], ...]:
    """``Desk Evaluasi oleh Itjen``-like names (evaluation words, by, the evaluator) with the stage they name."""
    return tuple(actor_pairs(_data()))


@functools.cache
def bundled() -> Aliases:
    """The vocabulary of ``data/aliases.toml``, each alias with its source."""
    data = _data()
    sources: dict[str, str] = data["sources"]
    columns = [AliasEntry("column", w, g["field"], sources[g["source"]]) for g in data["column"] for w in g["words"]]
    stages = [AliasEntry("stage", w, g["stage"], sources[g["source"]]) for g in data["stage"] for w in g["words"]]
    return Aliases({e.alias: e.meaning for e in columns}, {e.alias: e.meaning for e in stages}, (*columns, *stages))
