"""The schedule model: a unit's milestones, its target predicate and its history."""

from __future__ import annotations

import datetime as dt
from collections.abc import ItemsView, Iterable, Iterator, KeysView
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from zi_timeline import _views
from zi_timeline._args import check_flag, check_type, check_year
from zi_timeline._dates import DateSpan
from zi_timeline._fieldnames import field_words
from zi_timeline._fields import instance
from zi_timeline._i18n import Lang, Text, check_lang, short_repr
from zi_timeline._people import Audience, Scope
from zi_timeline._schedule_fields import TEXT_OR_NONE, day_span, items_of, optional, year_field
from zi_timeline._stages import Predicate, Stage, parse_predicate
from zi_timeline._where import describe_location
from zi_timeline.exceptions import InvalidArgumentError

if TYPE_CHECKING:
    from zi_timeline._dicts import WaivedDict
    from zi_timeline._findings import Finding

__all__ = ["Milestone", "Origin", "Problem", "Schedule", "Waiver"]


class Origin(NamedTuple):  # one per row read: a NamedTuple is made (and imported) cheaper than attrs
    """Where a value came from, so that messages can point at it."""

    file: str | None = None
    row: int | None = None
    column: str | None = None
    field: str | None = None
    sheet: str | None = None

    def describe(self, lang: Lang = "id") -> str:
        field = self.field
        if lang == "id" and field is not None and self.column is None:  # a spreadsheet header stays as written
            field = field_words(field)
        return describe_location(lang, file=self.file, row=self.row, column=self.column, field=field, sheet=self.sheet)


@attrs.frozen
class Problem:
    """Input that could not be read, kept on the schedule so batch mode loses nothing.

    `validate` turns each problem into a ZI9xx finding on its unit.
    """

    # Checked when made (only on input that could not be read): a 5 for the text or the
    # origin would otherwise fail inside validate() with an AttributeError.
    code: str = attrs.field(
        validator=instance(str, Text("kode aturan (teks), mis. 'ZI901'", "a rule code (text), e.g. 'ZI901'"))
    )
    text: Text = attrs.field(
        validator=instance(Text, Text("Text (pesan dwibahasa)", "a Text (a message in both languages)"))
    )
    value: str = attrs.field(validator=instance(str, Text("teks", "text")))
    stage: Stage | None = attrs.field(
        default=None, validator=optional(Stage, Text("Stage atau None", "a Stage or None"))
    )
    origin: Origin = attrs.field(factory=Origin, validator=instance(Origin, Text("Origin", "an Origin")))


def _stage(value: object) -> Stage:
    """A `Stage` as is (one per spreadsheet row: the common case costs one test), a name read by `Stage.parse`."""
    return value if type(value) is Stage else Stage.parse(value)


def _span(value: object) -> DateSpan:
    """A `DateSpan` as is; a text or a date is an `ArgumentTypeError` here, not an AttributeError later."""
    if type(value) is not DateSpan:
        check_type(value, DateSpan, "span", "DateSpan")
    return value  # type: ignore[return-value]


def _target(value: object) -> Predicate | None:
    """A `Predicate` or None as is, a name (``"WBK"``) read by the loader's own reader."""
    return value if value is None or type(value) is Predicate else parse_predicate(value)


def _expires(value: DateSpan | dt.date | None) -> DateSpan | None:
    return day_span(value, "Waiver", "expires")


def _wbk_awarded(value: DateSpan | dt.date | None) -> DateSpan | None:
    return day_span(value, "Schedule", "wbk_awarded")


def _revoked(value: DateSpan | dt.date | None) -> DateSpan | None:
    return day_span(value, "Schedule", "revoked")


@attrs.frozen
class Milestone:
    """One stage of the plan at the date (or period) it was given.

    >>> from zi_timeline import parse_date
    >>> Milestone(Stage.PENGUSULAN, parse_date("Juni 2024")).describe("id")
    'pengusulan ke KemenPANRB (Juni 2024)'
    """

    stage: Stage = attrs.field(converter=_stage)
    span: DateSpan = attrs.field(converter=_span)
    # A note may be 100,000 characters long: its repr is cut, like every value a message quotes.
    note: str | None = attrs.field(default=None, kw_only=True, repr=short_repr)
    participants: str | None = attrs.field(default=None, kw_only=True, repr=short_repr)
    scope: Scope | None = attrs.field(
        default=None, kw_only=True, validator=optional(Scope, Text("Scope atau None", "a Scope or None"))
    )
    audience: Audience | None = attrs.field(
        default=None, kw_only=True, validator=optional(Audience, Text("Audience atau None", "an Audience or None"))
    )
    origin: Origin | None = attrs.field(default=None, kw_only=True, eq=False, repr=False)

    @property
    def start(self) -> dt.date:
        return self.span.start

    @property
    def end(self) -> dt.date:
        return self.span.end

    def describe(self, lang: Lang = "id") -> str:
        if type(lang) is not str or (lang != "id" and lang != "en"):  # noqa: PLR1714 - a pandas Series compares per row
            lang = check_lang(lang)
        return f"{self.stage.label(lang)} ({self.span.format(lang)})"

    @property
    def circle(self) -> Scope | None:
        """Who takes part: the explicit ``scope``, else what ``participants`` names."""
        if self.scope is not None:
            return self.scope
        return Scope.read(self.participants) if self.participants else None

    @property
    def reaches(self) -> Audience | None:
        """Whom a sosialisasi addresses: the explicit ``audience``, else its circle's."""
        return self.audience or Audience.from_scope(self.circle)


@attrs.frozen
class Waiver:
    """An accepted risk for one unit: rule *code* (and optionally one *stage*) until *expires*."""

    code: str = attrs.field(
        validator=instance(str, Text("kode aturan (teks), mis. 'ZI201'", "a rule code (text), e.g. 'ZI201'"))
    )
    reason: str | None = attrs.field(default=None, repr=short_repr, validator=TEXT_OR_NONE)
    accepted_by: str | None = attrs.field(default=None, repr=short_repr, validator=TEXT_OR_NONE)
    expires: DateSpan | None = attrs.field(default=None, converter=_expires)
    """The last day the waiver holds: a `DateSpan` (its end counts), or a plain date, kept as that day."""
    stage: Stage | None = attrs.field(
        default=None, validator=optional(Stage, Text("Stage atau None", "a Stage or None"))
    )
    origin: Origin | None = attrs.field(
        default=None,
        eq=False,
        repr=False,
        validator=instance((Origin, type(None)), Text("Origin atau None", "an Origin or None")),
    )

    def matches(self, finding: Finding) -> bool:
        """True for a finding of this code (and of this stage, when one is named)."""
        try:
            return finding.code == self.code and (self.stage is None or self.stage in finding.stages)
        except AttributeError:  # not a Finding (None): the library's error, the try costs nothing otherwise
            check_type(finding, (), "finding", "Finding")
            raise

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"code": self.code}
        if self.stage is not None:
            out["stage"] = self.stage.value
        out["reason"] = self.reason
        out["accepted_by"] = self.accepted_by
        out["expires"] = self.expires.format("id") if self.expires else None
        return out

    def summary(self) -> WaivedDict:
        """What a waived finding carries in JSON output (only complete waivers are applied)."""
        return {
            "reason": self.reason or "",
            "accepted_by": self.accepted_by or "",
            "expires": self.expires.end.isoformat() if self.expires else "",
            "stage": self.stage.value if self.stage else None,
        }


def _sorted_milestones(milestones: Iterable[Milestone]) -> tuple[Milestone, ...]:
    items = items_of(milestones, "milestones", Milestone)
    return tuple(sorted(items, key=lambda m: (m.span.start, m.stage.order, m.span.end)))


def _problems(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    return items_of(problems, "problems", Problem)


def _waivers(waivers: Iterable[Waiver]) -> tuple[Waiver, ...]:
    return items_of(waivers, "waivers", Waiver)


def _unit_text(_: Any, __: Any, value: Any) -> None:
    """A unit's name is text (JSON output and every table key on it); None, 5 or a blank is refused when made.

    A blank name would be a unit nobody can find in the output; the readers give a unit
    without a name a placeholder that says where it stands, with a ZI9xx finding.
    """
    if not isinstance(value, str):
        check_type(value, str, "unit", "str")
    if not value.strip():
        raise InvalidArgumentError(
            Text(
                f"argumen unit (nama satker) tidak boleh kosong, bukan {short_repr(value)}",
                f"argument unit (the unit's name) must not be blank, not {short_repr(value)}",
            ),
            value=value,
            field="unit",
            field_in_text=True,
        )


@attrs.frozen
class Schedule:
    """A unit's ZI plan. Milestones are kept sorted by start date, then stage order.

    >>> s = Schedule.from_mapping({
    ...     "unit": "Lapas Contoh", "target": "WBK",
    ...     "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"},
    ... })
    >>> [m.describe() for m in s.milestones]
    ['perencanaan (Juni 2024)', 'pengusulan ke KemenPANRB (Agustus 2024)']
    """

    unit: str = attrs.field(validator=_unit_text)
    target: Predicate | None = attrs.field(  # None: the input did not say (never guessed)
        default=Predicate.WBK, converter=_target
    )
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_sorted_milestones)
    wbk_awarded: DateSpan | None = attrs.field(default=None, kw_only=True, converter=_wbk_awarded)
    revoked: DateSpan | None = attrs.field(default=None, kw_only=True, converter=_revoked)
    year: int | None = attrs.field(default=None, kw_only=True, validator=year_field)
    problems: tuple[Problem, ...] = attrs.field(default=(), kw_only=True, converter=_problems)
    waivers: tuple[Waiver, ...] = attrs.field(default=(), kw_only=True, converter=_waivers)
    evaluator: str | None = attrs.field(default=None, kw_only=True, validator=TEXT_OR_NONE)
    """The evaluator (TPI) team that evaluates the unit; units naming none share one team."""
    _by_stage: dict[Stage, tuple[Milestone, ...]] = attrs.field(init=False, eq=False, repr=False, hash=False)

    @_by_stage.default
    def _index(self) -> dict[Stage, tuple[Milestone, ...]]:
        index: dict[Stage, list[Milestone]] = {}
        for milestone in self.milestones:
            index.setdefault(milestone.stage, []).append(milestone)
        return {stage: tuple(items) for stage, items in index.items()}

    @classmethod
    def from_mapping(
        cls, data: object, *, year: int | None = None, strict: bool = True, origin: Origin | None = None
    ) -> Schedule:
        """Build a schedule from plain data (JSON, YAML, a dict typed in a notebook).

        Milestones may be a list of ``{stage, date}`` or ``{stage, start, end}``, or a
        mapping ``{stage: date}`` (a list of dates for a stage that repeats). Keys may be
        given in Indonesian (``satker``, ``predikat``, ``tahapan``, ``tanggal``...).

        With ``strict=True`` (the default) the first bad value raises a `ZiTimelineError`
        naming its field path. With ``strict=False`` every bad value is kept as a
        `Problem` on the returned schedule and reported by `validate` as a ZI9xx finding.
        """
        check_flag(strict, "strict")
        check_type(origin, (Origin, type(None)), "origin", Text("Origin atau None", "Origin or None"))
        check_year(year)
        return _views.structure_schedule(data, year=year, strict=strict, origin=origin)

    def of(self, stage: Stage) -> tuple[Milestone, ...]:
        """Every milestone of *stage*, in date order (empty when absent)."""
        try:
            return self._by_stage.get(stage, ())
        except TypeError:  # unhashable ([...]): the library's error, the try costs nothing otherwise
            check_type(stage, Stage, "stage", "Stage")
            raise

    def stages(self) -> KeysView[Stage]:
        """The stages present."""
        return self._by_stage.keys()

    def by_stage(self) -> ItemsView[Stage, tuple[Milestone, ...]]:
        """Each stage present with its milestones in date order (stages in first-seen date order)."""
        return self._by_stage.items()

    def first(self, stage: Stage) -> Milestone | None:
        """The earliest milestone of *stage*, or None."""
        try:
            found = self._by_stage.get(stage)
        except TypeError:  # unhashable, as in `of`
            check_type(stage, Stage, "stage", "Stage")
            raise
        return found[0] if found else None

    def __contains__(self, stage: object) -> bool:
        return stage in self._by_stage

    def __iter__(self) -> Iterator[Milestone]:
        return iter(self.milestones)

    def __len__(self) -> int:
        return len(self.milestones)

    @property
    def cycle_year(self) -> int | None:
        """The national cycle this plan aims at: the year of pengusulan, else `year`."""
        submission = self.first(Stage.PENGUSULAN)
        if submission is not None:
            return submission.span.start.year
        return self.year

    def _repr_html_(self) -> str:
        return _views.schedule_html(self)

    def to_dict(self) -> dict[str, object]:
        """Plain data that `from_mapping` reads back to an equal schedule."""
        out: dict[str, object] = {"unit": self.unit, **({} if self.target is None else {"target": self.target.value})}
        if self.wbk_awarded is not None:
            out["wbk_awarded"] = self.wbk_awarded.format("id")
        if self.revoked is not None:
            out["revoked"] = self.revoked.format("id")
        optional = {"year": self.year, "evaluator": self.evaluator}
        out.update({key: value for key, value in optional.items() if value is not None})
        rows: list[dict[str, object]] = []
        for m in self.milestones:
            row: dict[str, object] = {"stage": m.stage.value, "date": m.span.format("id")}
            if m.note is not None:
                row["note"] = m.note
            if m.participants is not None:
                row["participants"] = m.participants
            if m.scope is not None:
                row["scope"] = m.scope.value
            if m.audience is not None:
                row["audience"] = m.audience.value
            rows.append(row)
        out["milestones"] = rows
        if self.waivers:
            out["waivers"] = [w.to_dict() for w in self.waivers]
        return out
