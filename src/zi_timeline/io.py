"""Reading schedules from files.

`load` never drops a unit: a schedule with a bad value is returned with the problem
recorded on it (reported by `validate` as a ZI9xx finding). A file that cannot be read
or decoded at all raises `LoadError` naming the file, line and column.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from zi_timeline._aliases import Aliases, as_aliases
from zi_timeline._args import SCHEDULES, check_flag, check_many, check_path, check_type, check_year
from zi_timeline._duplicates import (
    DuplicateKeyError,
    json_pairs,
    refuse_json_duplicate,
    refuse_yaml_duplicate,
    yaml_loader,
)
from zi_timeline._i18n import Text
from zi_timeline._limits import (
    MAX_YAML_BYTES,
    check_json_values,
    check_regular,
    check_tree,
    check_yaml_events,
    check_zip,
    read_limited,
)
from zi_timeline._schedule import Origin, Problem, Schedule, Waiver
from zi_timeline._structure import structure_schedule, structure_waivers
from zi_timeline._syntax import parser_says
from zi_timeline._tables import iter_schedules, read_csv, read_xlsx
from zi_timeline.exceptions import LoadError

AliasesLike = Aliases | str | Path | Mapping[str, Any] | None

_ALIASES = Text(
    "Aliases, nama berkas TOML (str atau pathlib.Path), pemetaan atau None",
    "an Aliases, a TOML file's name (str or pathlib.Path), a mapping or None",
)


def aliases_argument(value: object, name: str = "aliases") -> Aliases | None:
    """An ``aliases=`` argument as `Aliases`; True or 5 is an `ArgumentTypeError` naming it, not a TypeError."""
    if not isinstance(value, Aliases | Mapping | str | Path | type(None)):
        check_type(value, (), name, _ALIASES)
    return as_aliases(value)  # type: ignore[arg-type]


__all__ = [
    "EXAMPLES",
    "MAX_CSV_BYTES",
    "MAX_FILE_BYTES",
    "MAX_MILESTONES",
    "MAX_UNITS",
    "MAX_YAML_BYTES",
    "add_waivers",
    "iter_load",
    "load",
    "load_data",
    "load_waivers",
    "with_waivers",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest JSON or XLSX file read (they are read whole): 50 MiB. YAML: `MAX_YAML_BYTES`."""
MAX_CSV_BYTES = 1024 * 1024 * 1024
"""Largest CSV file read (it is streamed, so memory stays small): 1 GiB."""
MAX_UNITS = 100_000
"""Most units read from one file: checking a unit costs up to a millisecond, so a file stays
within a couple of minutes however its units are written (the design's largest portfolio)."""
MAX_MILESTONES = 1_500_000
"""Most milestones read from one file (the design's largest portfolio: 100,000 units of 15)."""
EXAMPLES = Path(__file__).parent / "data" / "examples" / "contoh.json"
"""The bundled example schedules (healthy and failing units, one per warning sign)."""
_SUFFIXES = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}


def load(
    path: str | Path, *, year: int | None = None, strict: bool = False, aliases: AliasesLike = None
) -> list[Schedule]:
    """Every schedule in a JSON, YAML, CSV or XLSX file, in file order.

    JSON/YAML hold one schedule, a list, or ``{"schedules": [...]}``; CSV and XLSX hold
    a table in long shape (a row per milestone) or wide shape (a row per unit, a column
    per stage). *year* completes dates written without a year. A bad value is kept as a
    ZI9xx problem on its unit (naming file, sheet, row and column), or, with
    ``strict=True``, raised at once. A file that cannot be read raises `LoadError`.
    *aliases* (an `Aliases`, a TOML file's path or its mapping: ``{"stages": {"pencanangan":
    ["apel komitmen"]}, "columns": {"unit": ["kode upt"]}}``) adds the office's own words.
    """
    check_path(path, "path")
    check_flag(strict, "strict")
    check_year(year)
    return list(iter_load(path, year=year, strict=strict, aliases=aliases))


def iter_load(
    path: str | Path, *, year: int | None = None, strict: bool = False, aliases: AliasesLike = None
) -> Iterator[Schedule]:
    """Like `load`, one schedule at a time: a CSV is read as it goes, never whole.

    In a CSV or XLSX in long shape a unit's rows run together; a unit named again after
    other units is reported apart with a ZI903 problem, so no row is lost.
    """
    check_path(path, "path")
    check_flag(strict, "strict")
    check_year(year)
    path = Path(path)
    words = aliases_argument(aliases)
    milestones = 0
    for count, schedule in enumerate(_iter_file(path, year=year, strict=strict, words=words), start=1):
        milestones += len(schedule.milestones)
        if count > MAX_UNITS or milestones > MAX_MILESTONES:  # before this unit is checked
            raise _too_many_units(str(path))
        yield schedule


def _iter_file(path: Path, *, year: int | None, strict: bool, words: Aliases | None) -> Iterator[Schedule]:
    check_regular(path)  # a FIFO would block and /dev/zero never end: refused before opening
    kind = _kind(path)  # after: /dev/zero is "not a regular file", not "no suffix"
    if kind == "csv":
        yield from iter_schedules(read_csv(path, words, limit=MAX_CSV_BYTES), year=year, strict=strict)
    elif kind == "xlsx":
        data = read_limited(path, MAX_FILE_BYTES)
        check_zip(data, path)
        sheets: dict[str, str | None] = {}  # a unit in two sheets is reported, not doubled
        for table in read_xlsx(path, words, data):
            yield from iter_schedules(table, year=year, strict=strict, sheets=sheets)
    else:
        yield from load_data(_read_file(path), file=str(path), year=year, strict=strict, aliases=words)


def _too_many_units(file: str | None) -> LoadError:
    return LoadError(
        Text(
            f"lebih dari {MAX_UNITS} satker atau {MAX_MILESTONES} tahapan dalam satu berkas; "
            "pecah menjadi beberapa berkas",
            f"more than {MAX_UNITS} units or {MAX_MILESTONES} milestones in one file; split it into several files",
        ),
        file=file,
    )


def load_waivers(path: str | Path) -> dict[str, tuple[Waiver, ...]]:
    """Waivers kept apart from the schedules, by unit name (JSON or YAML).

    The file holds ``{"waivers": [...]}`` or a list; each waiver names its ``unit``,
    ``code``, optional ``stage``, ``reason``, ``accepted_by`` and ``expires``. A bad
    value raises a `ZiTimelineError` naming the file and field.
    """
    check_path(path, "path")
    path = Path(path)
    return structure_waivers(_read_file(path), file=str(path))


def add_waivers(
    schedules: Sequence[Schedule], waivers: Mapping[str, Sequence[Waiver]]
) -> tuple[list[Schedule], list[str]]:
    """The schedules with the waivers of their unit added, and the units no schedule has."""
    check_many(schedules, "schedules", SCHEDULES, Schedule)
    schedules = list(schedules)
    for i, schedule in enumerate(schedules):
        check_type(schedule, Schedule, f"schedules[{i}]", "Schedule")
    _check_waivers(waivers)
    units = {s.unit for s in schedules}
    return [with_waivers(s, waivers) for s in schedules], [unit for unit in waivers if unit not in units]


def with_waivers(schedule: Schedule, waivers: Mapping[str, Sequence[Waiver]]) -> Schedule:
    """*schedule* with the waivers kept for its unit added (itself when there are none)."""
    check_type(schedule, Schedule, "schedule", "Schedule")
    _check_waivers(waivers)
    extra = waivers.get(schedule.unit)
    return attrs.evolve(schedule, waivers=(*schedule.waivers, *extra)) if extra else schedule


_WAIVERS = Text(
    "pemetaan nama satker -> daftar Waiver (hasil load_waivers)",
    "a mapping unit name -> list of Waiver (what load_waivers returns)",
)


def _check_waivers(waivers: object) -> None:
    check_type(waivers, Mapping, "waivers", _WAIVERS)


def _kind(path: Path) -> str:
    kind = _SUFFIXES.get(path.suffix.casefold())
    if kind is None:
        known = ", ".join(sorted(_SUFFIXES))
        raise LoadError(
            Text(
                f"jenis berkas {path.suffix or '(tanpa akhiran)'!r} tidak didukung; gunakan {known}",
                f"unsupported file type {path.suffix or '(no suffix)'!r}; use {known}",
            ),
            file=str(path),
        )
    return kind


def _read_file(path: Path) -> Any:
    check_regular(path)  # the kind of file before its suffix: "/dev/zero" is a device, not an unknown type
    kind = _kind(path)
    if kind not in {"json", "yaml"}:
        raise LoadError(
            Text("pengecualian dibaca dari JSON atau YAML", "waivers are read from JSON or YAML"), file=str(path)
        )
    text = _read_text(path)
    return _parse_json(text, path) if kind == "json" else _parse_yaml(text, path)


def load_data(
    data: Any, *, file: str | None = None, year: int | None = None, strict: bool = False, aliases: AliasesLike = None
) -> list[Schedule]:
    """Schedules from already-parsed data of the file shape (see `load`)."""
    check_flag(strict, "strict")
    check_year(year)
    if isinstance(data, Mapping) and "zi_timeline" in data and isinstance(data.get("plan"), Mapping):
        # The `zi-timeline plan --format json` document as it stands: its plan, without window and check.
        data = {k: v for k, v in data["plan"].items() if k not in {"window", "report"}}
    if isinstance(data, Mapping) and "schedules" in data:
        items, prefix = data["schedules"], "schedules"
    elif isinstance(data, Mapping):
        items, prefix = [data], None
    else:
        items, prefix = data, ""
    if not isinstance(items, Sequence) or isinstance(items, str | bytes):
        raise LoadError(
            Text(
                "isi berkas harus satu jadwal, daftar jadwal, atau {'schedules': [...]}",
                "the file must hold one schedule, a list of schedules, or {'schedules': [...]}",
            ),
            file=file,
        )
    if len(items) > MAX_UNITS:  # before any is read: each costs up to a millisecond to check
        raise _too_many_units(file)
    out = []
    words = aliases_argument(aliases)
    first_at: dict[str, int] = {}
    for i, item in enumerate(items):
        origin = Origin(file=file, field=None if prefix is None else f"{prefix}[{i}]")
        schedule = structure_schedule(item, year=year, strict=strict, origin=origin, aliases=words)
        first = first_at.setdefault(schedule.unit, i)
        if first != i and isinstance(item, Mapping):  # kept apart, never merged: and said, as for a sheet
            schedule = attrs.evolve(schedule, problems=(*schedule.problems, _again(schedule.unit, first, i, origin)))
        out.append(schedule)
    return out


def _again(unit: str, first: int, again: int, origin: Origin) -> Problem:
    return Problem(
        "ZI903",
        Text(
            f"satker {unit!r} muncul lagi (entri ke-{again + 1}, pertama di entri ke-{first + 1}); jadwalnya "
            "dilaporkan terpisah. Gabungkan tahapan satu satker dalam satu entri",
            f"unit {unit!r} appears again (entry {again + 1}, first at entry {first + 1}); its schedules are "
            "reported apart. Keep each unit's milestones in one entry",
        ),
        repr(unit),
        origin=origin,
    )


def _read_text(path: Path) -> str:
    raw = _read_bytes(path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(
            Text(
                f"bukan teks UTF-8 (bita ke-{exc.start}); simpan ulang sebagai UTF-8",
                f"not UTF-8 text (byte {exc.start}); save it again as UTF-8",
            ),
            file=str(path),
        ) from exc


def _read_bytes(path: Path) -> bytes:
    return read_limited(path, MAX_YAML_BYTES if _kind(path) == "yaml" else MAX_FILE_BYTES)


def _json_int(text: str) -> int | str:
    """An integer, or its digits as text past Python's conversion limit (read later as a bad value)."""
    return int(text) if len(text) <= _MAX_INT_DIGITS else text


_MAX_INT_DIGITS = 4000


def _parse_json(text: str, path: Path) -> Any:
    check_json_values(text, path)
    try:
        return json.loads(text, parse_int=_json_int, object_pairs_hook=json_pairs)
    except DuplicateKeyError as exc:
        raise refuse_json_duplicate(text, path, exc, _json_int) from None
    except json.JSONDecodeError as exc:
        raise LoadError(
            Text(f"JSON tidak sah: {parser_says(exc.msg).id}", f"invalid JSON: {parser_says(exc.msg).en}"),
            file=str(path),
            row=exc.lineno,
            column=str(exc.colno),
        ) from exc
    except RecursionError as exc:
        raise LoadError(Text("JSON terlalu dalam bersarang", "JSON nested too deeply"), file=str(path)) from exc


def _parse_yaml(text: str, path: Path) -> Any:
    try:
        import yaml  # noqa: PLC0415 - optional extra, imported only for YAML files
    except ImportError as exc:
        raise LoadError(
            Text(
                "membaca YAML memerlukan PyYAML: pip install 'zi-timeline[yaml]'",
                "reading YAML needs PyYAML: pip install 'zi-timeline[yaml]'",
            ),
            file=str(path),
        ) from exc
    try:
        # libyaml's safe loader when present: the same documents, ten times faster than pure Python
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        check_yaml_events(yaml, text, loader, path)
        data = yaml.load(text, Loader=yaml_loader(yaml, loader))  # noqa: S506 - a safe loader
    except DuplicateKeyError as exc:
        raise refuse_yaml_duplicate(path, exc) from None
    except yaml.MarkedYAMLError as exc:
        mark, said = exc.problem_mark, parser_says(str(exc.problem))
        raise LoadError(
            Text(f"YAML tidak sah: {said.id}", f"invalid YAML: {said.en}"),
            file=str(path),
            row=mark.line + 1 if mark else None,
            column=str(mark.column + 1) if mark else None,
        ) from exc
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError) as exc:  # bad implicit dates too
        reason = str(exc)[:200]
        said = parser_says(reason)
        raise LoadError(Text(f"YAML tidak sah: {said.id}", f"invalid YAML: {said.en}"), file=str(path)) from exc
    check_tree(data, path)
    return data
