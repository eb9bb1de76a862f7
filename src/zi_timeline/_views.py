"""How the value objects reach their views: one small place, each view loaded on first use.

`Schedule`, `Report` and `Reports` sit at the bottom of the data flow (load -> Schedule ->
validate -> Report -> render): the modules that read plain data into a schedule
(`_structure`), draw HTML (`_html`) and build DataFrames (`zi_timeline.pandas`) import
them. A value object that imported those modules back would close an import circle
(and would load pandas or matplotlib with the library). So the few conveniences the
value objects offer (``Schedule.from_mapping``, ``_repr_html_``, ``to_frame``) come
through here: this module names each view's module and imports it when the view is
first used. It is the only place in the package where a module reaches one above it,
and `tests/test_import_graph.py` holds it to the table below.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from zi_timeline._i18n import Text
from zi_timeline.exceptions import MissingExtraError

if TYPE_CHECKING:
    import pandas as pd

    from zi_timeline._findings import Report
    from zi_timeline._portfolio import PortfolioReport
    from zi_timeline._schedule import Origin, Schedule

__all__ = [
    "VIEWS",
    "findings_frame",
    "load_frame",
    "portfolio_html",
    "report_html",
    "reports_html",
    "schedule_html",
    "structure_schedule",
]

VIEWS: dict[str, str] = {
    "structure_schedule": "zi_timeline._structure",
    "schedule_html": "zi_timeline._html",
    "report_html": "zi_timeline._html",
    "reports_html": "zi_timeline._html",
    "findings_frame": "zi_timeline.pandas",
    "load_frame": "zi_timeline.pandas",
    "portfolio_html": "zi_timeline._portfolio_html",
}
"""Each view's function name and the module that defines it."""

_EXTRAS = {"zi_timeline.pandas": ("pandas", "pandas")}


def _view(name: str) -> Any:
    module = VIEWS[name]
    try:
        return getattr(importlib.import_module(module), name)
    except ImportError as exc:
        if module not in _EXTRAS or isinstance(exc, MissingExtraError):
            raise
        package, extra = _EXTRAS[module]
        raise MissingExtraError(
            Text(
                f"fitur ini memerlukan {package}: pip install 'zi-timeline[{extra}]'",
                f"this needs {package}: pip install 'zi-timeline[{extra}]'",
            ),
            value=package,
        ) from exc


def structure_schedule(data: object, *, year: int | None, strict: bool, origin: Origin | None) -> Schedule:
    """`zi_timeline._structure.structure_schedule`: plain data read into a `Schedule`."""
    found: Schedule = _view("structure_schedule")(data, year=year, strict=strict, origin=origin)
    return found


def schedule_html(schedule: Schedule) -> str:
    found: str = _view("schedule_html")(schedule)
    return found


def report_html(report: Report) -> str:
    found: str = _view("report_html")(report)
    return found


def reports_html(reports: Sequence[Report]) -> str:
    found: str = _view("reports_html")(reports)
    return found


def findings_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """`zi_timeline.pandas.findings_frame`; `MissingExtraError` when pandas is not installed."""
    found: pd.DataFrame = _view("findings_frame")(reports)
    return found


def load_frame(portfolio: PortfolioReport) -> pd.DataFrame:
    """`zi_timeline.pandas.load_frame`; `MissingExtraError` when pandas is not installed."""
    found: pd.DataFrame = _view("load_frame")(portfolio)
    return found


def portfolio_html(portfolio: PortfolioReport) -> str:
    found: str = _view("portfolio_html")(portfolio)
    return found
