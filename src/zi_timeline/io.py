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
from zi_timeline._i18n import Text
from zi_timeline._schedule import Origin, Schedule, Waiver
from zi_timeline._structure import structure_schedule, structure_waivers
from zi_timeline._tables import iter_schedules, read_csv, read_xlsx
from zi_timeline.exceptions import LoadError

AliasesLike = Aliases | str | Path | Mapping[str, Any] | None

__all__ = [
    "EXAMPLES",
    "MAX_CSV_BYTES",
    "MAX_FILE_BYTES",
    "add_waivers",
    "iter_load",
    "load",
    "load_data",
    "load_waivers",
    "with_waivers",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest JSON, YAML or XLSX file read (they are read whole): 50 MiB."""
MAX_CSV_BYTES = 1024 * 1024 * 1024
"""Largest CSV file read (it is streamed, so memory stays small): 1 GiB."""
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
    return list(iter_load(path, year=year, strict=strict, aliases=aliases))


def iter_load(
    path: str | Path, *, year: int | None = None, strict: bool = False, aliases: AliasesLike = None
) -> Iterator[Schedule]:
    """Like `load`, one schedule at a time: a CSV is read as it goes, never whole.

    In a CSV or XLSX in long shape a unit's rows run together; a unit named again after
    other units is reported apart with a ZI903 problem, so no row is lost.
    """
    path = Path(path)
    words = as_aliases(aliases)
    kind = _kind(path)
    _check_size(path, MAX_CSV_BYTES if kind == "csv" else MAX_FILE_BYTES)
    if kind == "csv":
        yield from iter_schedules(read_csv(path, words), year=year, strict=strict)
    elif kind == "xlsx":
        for table in read_xlsx(path, words):
            yield from iter_schedules(table, year=year, strict=strict)
    else:
        yield from load_data(_read_file(path), file=str(path), year=year, strict=strict, aliases=words)


def load_waivers(path: str | Path) -> dict[str, tuple[Waiver, ...]]:
    """Waivers kept apart from the schedules, by unit name (JSON or YAML).

    The file holds ``{"waivers": [...]}`` or a list; each waiver names its ``unit``,
    ``code``, optional ``stage``, ``reason``, ``accepted_by`` and ``expires``. A bad
    value raises a `ZiTimelineError` naming the file and field.
    """
    path = Path(path)
    return structure_waivers(_read_file(path), file=str(path))


def add_waivers(
    schedules: Sequence[Schedule], waivers: Mapping[str, Sequence[Waiver]]
) -> tuple[list[Schedule], list[str]]:
    """The schedules with the waivers of their unit added, and the units no schedule has."""
    units = {s.unit for s in schedules}
    return [with_waivers(s, waivers) for s in schedules], [unit for unit in waivers if unit not in units]


def with_waivers(schedule: Schedule, waivers: Mapping[str, Sequence[Waiver]]) -> Schedule:
    """*schedule* with the waivers kept for its unit added (itself when there are none)."""
    extra = waivers.get(schedule.unit)
    return attrs.evolve(schedule, waivers=(*schedule.waivers, *extra)) if extra else schedule


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
    out = []
    words = as_aliases(aliases)
    for i, item in enumerate(items):
        origin = Origin(file=file, field=None if prefix is None else f"{prefix}[{i}]")
        out.append(structure_schedule(item, year=year, strict=strict, origin=origin, aliases=words))
    return out


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


def _check_size(path: Path, limit: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError(
            Text(f"tidak dapat dibaca ({exc.strerror})", f"cannot be read ({exc.strerror})"), file=str(path)
        ) from exc
    if size > limit:  # outside the try: LoadError is itself an OSError
        raise LoadError(
            Text(
                f"berkas terlalu besar ({size} bita; batas {limit} bita)",
                f"file too large ({size} bytes; the limit is {limit} bytes)",
            ),
            file=str(path),
        )


def _read_bytes(path: Path) -> bytes:
    _check_size(path, MAX_FILE_BYTES)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise LoadError(
            Text(f"tidak dapat dibaca ({exc.strerror})", f"cannot be read ({exc.strerror})"), file=str(path)
        ) from exc


def _parse_json(text: str, path: Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(
            Text(f"JSON tidak sah: {exc.msg}", f"invalid JSON: {exc.msg}"),
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
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise LoadError(
            Text(f"YAML tidak sah: {exc.problem}", f"invalid YAML: {exc.problem}"),
            file=str(path),
            row=mark.line + 1 if mark else None,
            column=str(mark.column + 1) if mark else None,
        ) from exc
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError) as exc:  # bad implicit dates too
        raise LoadError(Text(f"YAML tidak sah: {exc}", f"invalid YAML: {exc}"), file=str(path)) from exc
