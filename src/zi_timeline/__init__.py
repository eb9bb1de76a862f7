"""zi_timeline: Zona Integritas schedules, Indonesian dates, and checks for plans that cannot work.

>>> import zi_timeline as zt
>>> plan = zt.Schedule.from_mapping({
...     "unit": "Lapas Kelas IIA Contoh", "target": "WBK",
...     "milestones": {"perencanaan": "Juni 2024", "pengusulan": "Agustus 2024"},
... })
>>> report = zt.validate(plan)
>>> report.ok
False
"""

import importlib as _importlib
from typing import TYPE_CHECKING

from zi_timeline._calendar import Award, Calendar, Window
from zi_timeline._dates import DateSpan, Precision
from zi_timeline._findings import Finding, Report, Reports, Severity
from zi_timeline._i18n import Lang
from zi_timeline._parse import parse_date
from zi_timeline._policy import Policy, Threshold
from zi_timeline._schedule import Milestone, Origin, Problem, Schedule, Waiver
from zi_timeline._signs import SignStatus, Status
from zi_timeline._stages import Predicate, Stage
from zi_timeline._version import __version__
from zi_timeline.exceptions import ArgumentTypeError, InvalidArgumentError, ZiTimelineError

if TYPE_CHECKING:  # imported on first use, see _LAZY below; type checkers see them here
    from zi_timeline._dicts import FindingDict, ReportDict, SignDict
    from zi_timeline._diff import FindingChange, MilestoneChange, UnitDiff, compare
    from zi_timeline._portfolio import PortfolioReport, validate_portfolio
    from zi_timeline._portfolio_load import LoadDay, PortfolioFinding
    from zi_timeline._validate import validate, validate_many
    from zi_timeline.io import load

__all__ = [
    "ArgumentTypeError",
    "Award",
    "Calendar",
    "DateSpan",
    "Finding",
    "FindingChange",
    "FindingDict",
    "InvalidArgumentError",
    "Lang",
    "LoadDay",
    "Milestone",
    "MilestoneChange",
    "Origin",
    "Policy",
    "PortfolioFinding",
    "PortfolioReport",
    "Precision",
    "Predicate",
    "Problem",
    "Report",
    "ReportDict",
    "Reports",
    "Schedule",
    "Severity",
    "SignDict",
    "SignStatus",
    "Stage",
    "Status",
    "Threshold",
    "UnitDiff",
    "Waiver",
    "Window",
    "ZiTimelineError",
    "__version__",
    "compare",
    "load",
    "parse_date",
    "validate",
    "validate_many",
    "validate_portfolio",
]

# Public names whose modules a tool calling validate() does not need, imported on first
# access (PEP 562): ``import zi_timeline`` does not load the readers (zipfile, csv, the
# spreadsheet layout), the diff, the portfolio check or the TypedDicts of ``to_dict()``.
# Python's import lock makes a first access from several threads at once safe; the name
# is then kept in the module's globals, so later accesses do not come here.
_LAZY = {
    "FindingChange": "zi_timeline._diff",
    "FindingDict": "zi_timeline._dicts",
    "LoadDay": "zi_timeline._portfolio_load",
    "MilestoneChange": "zi_timeline._diff",
    "PortfolioFinding": "zi_timeline._portfolio_load",
    "PortfolioReport": "zi_timeline._portfolio",
    "ReportDict": "zi_timeline._dicts",
    "SignDict": "zi_timeline._dicts",
    "UnitDiff": "zi_timeline._diff",
    "compare": "zi_timeline._diff",
    "load": "zi_timeline.io",
    "validate_portfolio": "zi_timeline._portfolio",
    # The rules and their registry load with the first check: a tool that reads dates,
    # builds schedules or policies pays for them only when it validates.
    "validate": "zi_timeline._validate",
    "validate_many": "zi_timeline._validate",
}


# The public submodules, reached as attributes after ``import zi_timeline as zt`` (the docs
# write ``zt.io.load_waivers(...)``, ``zt.planning.plan(...)``), imported on first access.
_SUBMODULES = frozenset({"cli", "exceptions", "io", "pandas", "planning", "plot", "rules", "strategies"})


def _lazy(name: str) -> object:
    """The public name *name* of a module imported on first use (the module's ``__getattr__``)."""
    if name in _SUBMODULES:
        return _importlib.import_module(f"{__name__}.{name}")  # the import sets it on this package too
    module = _LAZY.get(name)
    if module is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | _SUBMODULES)


if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute
    __getattr__ = _lazy
