"""Turning plain data into a `Schedule`, naming the field path of anything wrong.

In strict mode the first problem raises; otherwise each problem is recorded on the
schedule (a ZI9xx finding later) and the rest of the schedule is still read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from zi_timeline._aliases import Aliases
from zi_timeline._dates import DateSpan
from zi_timeline._fieldnames import ID_NAMES
from zi_timeline._i18n import Text, short_repr
from zi_timeline._parse import parse_date, weekday_mismatch
from zi_timeline._people import Audience, Scope
from zi_timeline._schedule import Milestone, Origin, Problem, Schedule, Waiver
from zi_timeline._stages import Predicate, Stage, parse_predicate, parse_stage
from zi_timeline.exceptions import (
    InvalidDateError,
    InvalidScheduleError,
    UnknownStageError,
    ZiTimelineError,
)

__all__ = ["gives_none", "structure_schedule"]

_T = TypeVar("_T")

_SCHEDULE_KEYS = {
    "unit": ("unit", "satker", "unit_kerja", "nama_unit", "name"),
    "target": ("target", "predikat", "usulan_predikat"),
    "milestones": ("milestones", "tahapan", "jadwal", "stages"),
    "wbk_awarded": ("wbk_awarded", "wbk", "tanggal_wbk", "wbk_diraih", "predikat_wbk"),
    "revoked": ("revoked", "dicabut", "tanggal_pencabutan", "pencabutan"),
    "year": ("year", "tahun", "siklus"),
    "waivers": ("waivers", "pengecualian", "waiver"),
    "evaluator": ("evaluator", "tim_penilai", "tim_evaluator", "penilai", "tim_tpi", "evaluator_team"),
}
_WAIVER_KEYS = {
    "unit": ("unit", "satker", "unit_kerja", "nama_unit"),
    "code": ("code", "kode", "aturan", "rule"),
    "stage": ("stage", "tahap"),
    "reason": ("reason", "alasan"),
    "accepted_by": ("accepted_by", "disetujui_oleh", "diterima_oleh", "penanggung_jawab", "approved_by"),
    "expires": ("expires", "berlaku_sampai", "sampai", "kedaluwarsa", "until"),
}
_MILESTONE_KEYS = {
    "stage": ("stage", "tahap", "tahapan", "kegiatan"),
    "date": ("date", "tanggal", "waktu"),
    "start": ("start", "mulai", "tanggal_mulai", "dari"),
    "end": ("end", "selesai", "tanggal_selesai", "sampai"),
    "note": ("note", "catatan", "keterangan"),
    "participants": ("participants", "peserta"),
    "scope": ("scope", "cakupan", "cakupan_peserta"),
    "audience": ("audience", "sasaran", "sasaran_sosialisasi"),
}

_CODE = {
    InvalidDateError: "ZI901",
    UnknownStageError: "ZI902",
    InvalidScheduleError: "ZI903",
}


MAX_PROBLEMS = 1000
"""Problems kept per unit; more are counted in one last problem, so memory stays bounded."""


class _Reader:
    """Reads one schedule, either raising at the first problem or collecting them."""

    def __init__(
        self,
        *,
        strict: bool,
        origin: Origin | None,
        cells: Mapping[str, Origin] | None = None,
        aliases: Aliases | None = None,
    ) -> None:
        self.strict = strict
        self.aliases = aliases  # the user's stage words, tried before the bundled ones
        self.origin = origin or Origin()
        self.cells = cells or {}  # field path -> the spreadsheet cell it came from
        self.problems: list[Problem] = []
        self.dropped = 0  # problems past MAX_PROBLEMS: counted, not kept (a million bad cells cost a million findings)

    def locate(self, path: str) -> Origin:
        """Where the value at *path* came from: its cell when known, else the file and field path."""
        probe = path
        while probe:
            cell = self.cells.get(probe)
            if cell is not None:
                return cell
            probe = probe.rpartition(".")[0]
        field = path if self.origin.field is None else f"{self.origin.field}.{path}"
        return self.origin._replace(field=field)

    def fail(self, error: ZiTimelineError, path: str, stage: Stage | None = None, code: str | None = None) -> None:
        if len(self.problems) >= MAX_PROBLEMS and not self.strict:
            self.dropped += 1
            return
        where = self.locate(path)
        located = error.located(
            file=where.file, row=where.row, column=where.column, field=where.field, sheet=where.sheet
        )
        if self.strict:
            raise located
        code = code or _CODE.get(type(error), "ZI903")
        value = "" if error.value is None else short_repr(error.value)  # nothing written: no 'None' shown
        self.problems.append(Problem(code, error.text, value, stage, where))

    def all_problems(self) -> tuple[Problem, ...]:
        """The problems kept, and one that counts those past `MAX_PROBLEMS`."""
        if not self.dropped:
            return tuple(self.problems)
        more = Problem(
            "ZI903",
            Text(
                f"{self.dropped} masalah lain pada satker ini tidak dicantumkan (batas {MAX_PROBLEMS} per satker); "
                "perbaiki yang tercantum lalu periksa ulang",
                f"{self.dropped} more problems in this unit are not listed (the limit is {MAX_PROBLEMS} per unit); "
                "fix the ones listed and check again",
            ),
            str(self.dropped),
            origin=self.origin,
        )
        return (*self.problems, more)

    def keys(self, data: Mapping[object, object], known: dict[str, tuple[str, ...]], path: str) -> dict[str, object]:
        """Map the input's keys (any alias, any case) onto canonical names."""
        if data.keys() <= known.keys():  # already canonical (spreadsheet rows, to_dict output)
            return dict(data)  # type: ignore[arg-type]
        _TABLES.setdefault(id(known), known)
        lookup = _lookup(id(known))
        out: dict[str, object] = {}
        for key, value in data.items():
            name = key if isinstance(key, str) and key in lookup else _key_name(str(key))  # canonical: no work
            canon = lookup.get(name)
            if canon is None:
                import difflib  # noqa: PLC0415 - only for a message about an unknown field

                nearest = difflib.get_close_matches(name, list(lookup), n=1, cutoff=0.7)
                hint = f"; mungkin {_id_name(lookup[nearest[0]])!r}?" if nearest else "."
                hint_en = f"; did you mean {lookup[nearest[0]]!r}?" if nearest else "."
                names, names_id = ", ".join(known), ", ".join(_id_name(k) for k in known)
                self.fail(
                    InvalidScheduleError(
                        Text(
                            f"isian {short_repr(key)} tidak dikenal{hint} Isian yang dikenal: {names_id}",
                            f"unknown field {short_repr(key)}{hint_en} Known fields: {names}",
                        ),
                        value=key,
                    ),
                    f"{path}{key}",
                )
                continue
            if canon in out and out[canon] == value:  # "unit" and "satker" with one value: nothing to guess
                continue
            if canon in out:  # "unit" and "satker" in one object: which one is meant is not guessed
                first = next(k for k in data if k is not key and lookup.get(_key_name(str(k))) == canon)
                self.fail(
                    InvalidScheduleError(
                        Text(
                            f"isian {short_repr(first)} dan {short_repr(key)} sama-sama berarti "
                            f"{_id_name(canon)!r} ({short_repr(out[canon])} lalu {short_repr(value)}); yang pertama "
                            "dipakai, tetapi nilai mana yang dimaksud tidak dapat ditebak: hapus salah satunya",
                            f"the fields {short_repr(first)} and {short_repr(key)} both mean {canon!r} "
                            f"({short_repr(out[canon])}, then {short_repr(value)}); the first is used, but which "
                            "value is meant cannot be guessed: remove one of them",
                        ),
                        value=value,
                    ),
                    f"{path}{key}",
                )
                continue
            out[canon] = value
        return out


def _id_name(key: str) -> str:
    return ID_NAMES.get(key, key)


@functools.lru_cache(maxsize=1024)
def _key_name(key: str) -> str:
    return key.strip().casefold().replace(" ", "_").replace("-", "_")


def gives_none(data: Mapping[str, object], field: str) -> bool:
    """Whether a schedule mapping writes *field* (under any of its names) as None (``"target": None``).

    The reader takes that as "not given"; a caller for whom an explicit None is a mistake asks here.
    """
    names = _SCHEDULE_KEYS[field]
    return any(value is None and _key_name(str(key)) in names for key, value in data.items())


_TABLES: dict[int, dict[str, tuple[str, ...]]] = {}  # the key tables by identity, for _lookup's cache


@functools.cache
def _lookup(table_id: int) -> dict[str, str]:
    """Alias -> canonical name for one of the module's key tables (looked up by identity)."""
    known = _TABLES[table_id]
    return {alias: canon for canon, aliases in known.items() for alias in aliases}


def _shape_error(expected: Text, value: object) -> InvalidScheduleError:
    return InvalidScheduleError(
        Text(
            f"{expected.id} diharapkan, bukan {type(value).__name__} ({short_repr(value)})",
            f"expected {expected.en}, not {type(value).__name__} ({short_repr(value)})",
        ),
        value=value,
    )


def structure_schedule(
    data: object,
    *,
    year: int | None,
    strict: bool,
    origin: Origin | None,
    cells: Mapping[str, Origin] | None = None,
    problems: Sequence[Problem] = (),
    milestones: Sequence[Milestone] = (),
    aliases: Aliases | None = None,
) -> Schedule:
    """*data* read into a Schedule; *cells* maps field paths to spreadsheet cells for messages.

    *problems* found before reading (by a spreadsheet loader) are kept, or raised first when strict;
    *milestones* it already read are added to those in *data*.
    """
    reader = _Reader(strict=strict, origin=origin, cells=cells, aliases=aliases)
    for problem in problems:
        if strict:
            raise InvalidScheduleError(
                problem.text,
                value=problem.value,
                file=problem.origin.file,
                row=problem.origin.row,
                sheet=problem.origin.sheet,
            )
        reader.problems.append(problem)
    if not isinstance(data, Mapping):
        reader.fail(_shape_error(Text("sebuah jadwal (pemetaan)", "a schedule mapping"), data), "$")
        # No target was read: None (its ZI9xx problem says why), never the WBK default.
        return Schedule(unit=_fallback_unit(reader), target=None, problems=reader.all_problems())
    fields = reader.keys(data, _SCHEDULE_KEYS, "")
    year = _read_year(reader, fields.get("year"), year)
    unit = _read_unit(reader, fields.get("unit"))
    target = _read_target(reader, fields.get("target"))
    wbk = _read_optional_date(reader, fields.get("wbk_awarded"), "wbk_awarded", year)
    revoked = _read_optional_date(reader, fields.get("revoked"), "revoked", year)
    read = (
        _read_milestones(reader, fields.get("milestones"), year) if fields.get("milestones") or not milestones else []
    )
    waivers = read_waivers(reader, fields.get("waivers"), year, "waivers")
    return Schedule(
        unit=unit or _fallback_unit(reader),
        target=target,
        milestones=[*milestones, *read],
        wbk_awarded=wbk,
        revoked=revoked,
        year=year,
        problems=reader.all_problems(),
        waivers=tuple(w for _, w in waivers),
        evaluator=_optional_text(fields.get("evaluator")),
    )


def structure_waivers(data: object, *, file: str | None) -> dict[str, tuple[Waiver, ...]]:
    """Waivers from a separate file, by unit: ``{"waivers": [{"unit", "code", ...}]}`` or a list.

    Strict: the first bad value raises a `ZiTimelineError` naming the file and field.
    """
    reader = _Reader(strict=True, origin=Origin(file=file))
    items = data.get("waivers") if isinstance(data, Mapping) else data
    if items is None:
        reader.fail(_shape_error(Text("daftar pengecualian", "a list of waivers"), data), "waivers")
    out: dict[str, list[Waiver]] = {}
    for unit, waiver in read_waivers(reader, items, None, "waivers"):
        if unit is None:
            reader.fail(
                InvalidScheduleError(Text("isian 'unit' wajib diisi", "the field 'unit' is required"), value=None),
                f"{(waiver.origin.field if waiver.origin else None) or 'waivers'}.unit",
            )
            continue
        out.setdefault(unit, []).append(waiver)
    return {unit: tuple(ws) for unit, ws in out.items()}


def read_waivers(reader: _Reader, value: object, year: int | None, path: str) -> list[tuple[str | None, Waiver]]:
    """Waivers with the unit each names (for a separate waivers file), in input order."""
    if value is None:
        return []
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        reader.fail(_shape_error(Text("daftar pengecualian", "a list of waivers"), value), path)
        return []
    out = []
    for i, row in enumerate(value):
        where = f"{path}[{i}]"
        if not isinstance(row, Mapping):
            reader.fail(
                _shape_error(Text("pengecualian {code, reason, ...}", "a waiver {code, reason, ...}"), row), where
            )
            continue
        fields = reader.keys(row, _WAIVER_KEYS, f"{where}.")
        code = _optional_text(fields.get("code"))
        if code is None:
            reader.fail(
                InvalidScheduleError(Text("isian 'code' wajib diisi", "the field 'code' is required"), value=None),
                f"{where}.code",
            )
            continue
        stage = _read_stage(reader, fields["stage"], where) if fields.get("stage") is not None else None
        expires = _read_optional_date(reader, fields.get("expires"), f"{where}.expires", year)
        waiver = Waiver(
            code.strip().upper(),
            reason=_optional_text(fields.get("reason")),
            accepted_by=_optional_text(fields.get("accepted_by")),
            expires=expires,
            stage=stage,
            origin=reader.locate(where),
        )
        out.append((_optional_text(fields.get("unit")), waiver))
    return out


def _fallback_unit(reader: _Reader) -> str:
    origin = reader.origin
    if origin.row is not None:
        return f"(tanpa nama, baris {origin.row})"
    if origin.field is not None:
        return f"(tanpa nama, {origin.field})"
    return "(tanpa nama)"


def _read_year(reader: _Reader, value: object, default: int | None) -> int | None:
    if value is None:
        return default
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2200:
        return value
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}", value.strip()) and 1900 <= int(value) <= 2200:
        return int(value)  # four ASCII digits: "²" and 5,000-digit text are not years (int() would raise)
    reader.fail(_shape_error(Text("tahun 1900-2200", "a year 1900-2200"), value), "year")
    return default


def _read_unit(reader: _Reader, value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if value is None:
        reader.fail(
            InvalidScheduleError(
                Text("nama satker wajib diisi", "the field 'unit' (unit name) is required"),
                value=None,
            ),
            "unit",
        )
    else:
        reader.fail(_shape_error(Text("nama unit berupa teks", "the unit name as text"), value), "unit")
    return None


_TARGET_RULES = "ZI401 wbbm-without-wbk, ZI402 wbk-too-recent"


def _read_target(reader: _Reader, value: object) -> Predicate | None:
    """The predicate, or None: an absent or unreadable target is never taken to be WBK."""
    if value is None:
        reader.fail(
            InvalidScheduleError(
                Text(
                    "target (WBK atau WBBM) tidak diketahui karena isian 'predikat' kosong; "
                    f"pemeriksaan yang bergantung padanya ({_TARGET_RULES}) tidak dijalankan",
                    "the target (WBK or WBBM) is unknown because the field 'target' is empty; "
                    f"the checks that depend on it ({_TARGET_RULES}) were not run",
                ),
                value=None,
            ),
            "target",
        )
        return None
    try:
        return parse_predicate(value)
    except InvalidScheduleError as exc:
        reader.fail(exc, "target")
        return None


def _read_optional_date(reader: _Reader, value: object, path: str, year: int | None) -> DateSpan | None:
    if value is None or value == "":
        return None
    return _read_date(reader, value, path, year, None)


def _read_milestones(reader: _Reader, value: object, year: int | None) -> list[Milestone]:
    if value is None:
        reader.fail(
            InvalidScheduleError(
                Text("daftar tahapan wajib diisi", "the field 'milestones' is required"),
                value=None,
            ),
            "milestones",
        )
        return []
    rows: list[tuple[str, object]] = []
    if isinstance(value, Mapping):
        for stage, when in value.items():
            if isinstance(when, list | tuple):
                rows.extend((f"milestones.{stage}[{i}]", {"stage": stage, "date": w}) for i, w in enumerate(when))
            elif isinstance(when, Mapping):
                rows.append((f"milestones.{stage}", {"stage": stage, **when}))
            else:
                rows.append((f"milestones.{stage}", {"stage": stage, "date": when}))
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes):
        rows = [(f"milestones[{i}]", row) for i, row in enumerate(value)]
    else:
        reader.fail(_shape_error(Text("daftar tahapan", "a list of milestones"), value), "milestones")
        return []
    out = []
    for path, row in rows:
        milestone = _read_milestone(reader, row, path, year)
        if milestone is not None:
            out.append(milestone)
    return out


def _read_milestone(reader: _Reader, row: object, path: str, year: int | None) -> Milestone | None:
    if not isinstance(row, Mapping):
        reader.fail(_shape_error(Text("tahapan {stage, date}", "a milestone {stage, date}"), row), path)
        return None
    fields = reader.keys(row, _MILESTONE_KEYS, f"{path}.")
    stage = _read_stage(reader, fields.get("stage"), path)
    span = _read_span(reader, fields, path, year, stage)
    if stage is None or span is None:
        return None
    scope = audience = None
    if fields.get("scope") is not None:
        scope = _read_choice(reader, Scope.parse, fields["scope"], f"{path}.scope", stage)
    if fields.get("audience") is not None:
        audience = _read_choice(reader, Audience.parse, fields["audience"], f"{path}.audience", stage)
    note, participants = fields.get("note"), fields.get("participants")
    return Milestone(
        stage,
        span,
        note=None if note is None else _optional_text(note),
        participants=None if participants is None else _optional_text(participants),
        scope=scope,
        audience=audience,
        origin=reader.locate(path),
    )


def _read_choice(
    reader: _Reader, parse: Callable[[object], _T], value: object, path: str, stage: Stage | None
) -> _T | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse(value)
    except InvalidScheduleError as exc:
        reader.fail(exc, path, stage)
        return None


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    # A list or mapping given as text is quoted cut short: YAML aliases can make it a billion items;
    # so is an int beyond Python's 4300-digit conversion limit (0x and 4,000 f's in a YAML file).
    huge = isinstance(value, int) and value.bit_length() > _HUGE_INT_BITS
    text = (short_repr(value) if huge or isinstance(value, list | tuple | dict) else str(value)).strip()
    return text or None


_HUGE_INT_BITS = 14_000
"""Beyond about 4,200 decimal digits, where ``str(int)`` raises ValueError."""


def _read_stage(reader: _Reader, value: object, path: str) -> Stage | None:
    if value is None:
        reader.fail(
            InvalidScheduleError(Text("nama tahap wajib diisi", "the field 'stage' is required"), value=None),
            f"{path}.stage",
        )
        return None
    try:
        return parse_stage(value, reader.aliases)
    except UnknownStageError as exc:  # the stage it most likely meant: its ZI102 is this finding, not another
        reader.fail(exc, f"{path}.stage", Stage(exc.suggestion) if exc.suggestion else None)
        return None


def _read_span(
    reader: _Reader, fields: dict[str, object], path: str, year: int | None, stage: Stage | None
) -> DateSpan | None:
    date, start, end = fields.get("date"), fields.get("start"), fields.get("end")
    if date is not None and (start is not None or end is not None):
        reader.fail(
            InvalidScheduleError(
                Text(
                    "isi tanggal saja, atau tanggal mulai dan selesai, bukan keduanya",
                    "give 'date' or 'start'/'end', not both",
                ),
                value=date,
            ),
            path,
            stage,
        )
        return None
    if date is None and start is None:
        reader.fail(
            InvalidScheduleError(
                Text(
                    "tanggal tahapan wajib diisi (tanggal, atau tanggal mulai)",
                    "the milestone needs a 'date' or a 'start'",
                ),
                value=None,
            ),
            f"{path}.date",
            stage,
        )
        return None
    if date is not None:
        return _read_date(reader, date, f"{path}.date", year, stage)
    first = _read_date(reader, start, f"{path}.start", year, stage)
    if end is None or first is None:
        return first
    last = _read_date(reader, end, f"{path}.end", year, stage)
    if last is None:
        return None
    if last.end < first.start:
        reader.fail(
            InvalidDateError(
                Text(
                    f"selesai ({last.format('id')}) sebelum mulai ({first.format('id')})",
                    f"ends ({last.format('en')}) before it starts ({first.format('en')})",
                ),
                value=end,
            ),
            f"{path}.end",
            stage,
            code="ZI904",
        )
        return None
    precision = max(first.precision, last.precision, key=lambda p: p.rank)
    return DateSpan(first.start, last.end, precision)


def _read_date(reader: _Reader, value: object, path: str, year: int | None, stage: Stage | None) -> DateSpan | None:
    try:
        span = parse_date(value, year=year)
    except InvalidDateError as exc:
        reader.fail(exc, path, stage)
        return None
    mismatch = weekday_mismatch(value, span)
    if mismatch is not None:  # a warning, never raised: the date itself was read
        reader.problems.append(Problem("ZI908", mismatch, short_repr(value), stage, reader.locate(path)))
    return span
