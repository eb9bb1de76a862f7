"""Errors raised for misuse and unreadable input.

A schedule that breaks a ZI rule is never an exception: it is a `Finding` in a
`Report`. These errors are for values that cannot be understood at all (a date
that does not exist, a stage nobody knows, a broken file). Each one carries its
message in Indonesian and English and, where known, the place it came from.
"""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING

from zi_timeline._where import describe_location

if TYPE_CHECKING:
    from zi_timeline._i18n import Lang, Text

__all__ = [
    "ArgumentTypeError",
    "CalendarError",
    "InvalidArgumentError",
    "InvalidDateError",
    "InvalidScheduleError",
    "LoadError",
    "LoadWarning",
    "MissingExtraError",
    "PlanningError",
    "PolicyError",
    "ReportError",
    "UnknownRuleError",
    "UnknownStageError",
    "ZiTimelineError",
]


class ZiTimelineError(Exception):
    """Base of every error this library raises on purpose.

    ``str(error)`` is the Indonesian message with its location; use
    ``error.message("en")`` for English.
    """

    def __init__(
        self,
        text: Text,
        *,
        value: object = None,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        field: str | None = None,
        sheet: str | None = None,
        field_in_text: bool = False,
    ) -> None:
        self.text = text
        self.field_in_text = field_in_text
        self.sheet = sheet
        self.value = value
        self.file = file
        self.row = row
        self.column = column
        self.field = field
        super().__init__(self.message("id"))

    def where(self, lang: Lang = "id") -> str:
        """Location as a short phrase (file, row, column, field), or ``""``.

        The field is left out when the message names it already (``field_in_text``):
        "argument capacity must be ...", not "field capacity: argument capacity must be ...".
        """
        self._check_lang(lang)
        field = None if self.field_in_text else self.field
        return describe_location(lang, file=self.file, row=self.row, column=self.column, field=field, sheet=self.sheet)

    def message(self, lang: Lang = "id") -> str:
        """The whole message in *lang* (``"id"`` or ``"en"``), prefixed by its location when known."""
        self._check_lang(lang)
        where = self.where(lang)
        body = self.text.get(lang)
        return f"{where}: {body}" if where else body

    def _check_lang(self, lang: object) -> None:
        """``"fr"`` or ``"EN"`` is the library's `InvalidArgumentError`, None its `ArgumentTypeError`."""
        if type(lang) is not str or lang not in ("id", "en"):  # a Series or a list is refused, not compared
            # The text is made with the type of this error's own: importing `_i18n.Text` here
            # would close an import circle (`_i18n` raises this module's errors).
            shown = reprlib.repr(lang).replace("\n", " ")  # a pandas Series' repr runs over lines
            kind = InvalidArgumentError if isinstance(lang, str) else ArgumentTypeError
            raise kind(
                type(self.text)(
                    f"bahasa {shown} tidak dikenal; gunakan 'id' atau 'en'",
                    f"unknown language {shown}; use 'id' or 'en'",
                ),
                value=lang,
                field="lang",
            )

    def located(
        self,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        field: str | None = None,
        sheet: str | None = None,
    ) -> ZiTimelineError:
        """Fill in location details that are not known yet; returns self."""
        self.sheet = self.sheet if self.sheet is not None else sheet
        self.file = self.file if self.file is not None else file
        self.row = self.row if self.row is not None else row
        self.column = self.column if self.column is not None else column
        self.field = self.field if self.field is not None else field
        self.args = (self.message("id"),)
        return self

    def __str__(self) -> str:
        return self.message("id")


class InvalidArgumentError(ZiTimelineError, ValueError):
    """An argument with a value the function cannot take (``lang="EN"``, an unknown severity)."""


class ArgumentTypeError(ZiTimelineError, TypeError):
    """An argument of the wrong type (a dict where a `Schedule` is needed)."""


class InvalidDateError(ZiTimelineError, ValueError):
    """A date that cannot be read, or does not exist (``31 Februari 2024``)."""


class UnknownStageError(ZiTimelineError, ValueError):
    """A stage name that matches no ZI stage; ``suggestion`` holds the nearest key."""

    def __init__(self, text: Text, *, value: object = None, suggestion: str | None = None) -> None:
        self.suggestion = suggestion
        super().__init__(text, value=value)


class InvalidScheduleError(ZiTimelineError, ValueError):
    """A schedule mapping of the wrong shape (missing or unknown field, wrong type)."""


class PolicyError(ZiTimelineError, ValueError):
    """A policy file or override that cannot be applied (unknown key, bad value)."""


class CalendarError(ZiTimelineError, ValueError):
    """A windows or calendar file (or value) that cannot be applied."""


class PlanningError(ZiTimelineError, ValueError):
    """A plan that cannot be made from the given inputs (e.g. WBBM without a WBK date)."""


class UnknownRuleError(ZiTimelineError, KeyError):
    """A rule code that is not in the registry."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.message("id")


class LoadError(ZiTimelineError, OSError):
    """A file that cannot be read or decoded."""


class MissingExtraError(ZiTimelineError, ImportError):
    """An optional extra (matplotlib, openpyxl, pandas, pyyaml) is needed but not installed."""


class LoadWarning(ZiTimelineError, UserWarning):  # noqa: N818 - a warning, not an error
    """Input read with a guess the user should know of (a cp1252 file, an ignored column)."""


class ReportError(ZiTimelineError):
    """Raised by `Report.raise_for_errors` when a report holds ERROR findings.

    ``findings`` holds every ERROR finding, so callers see all of them at once.
    """

    def __init__(self, text: Text, *, findings: tuple[object, ...]) -> None:
        self.findings = findings
        super().__init__(text)
