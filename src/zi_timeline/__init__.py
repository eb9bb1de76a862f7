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

from zi_timeline._calendar import Award, Calendar, Window
from zi_timeline._dates import DateSpan, Precision
from zi_timeline._dicts import FindingDict, ReportDict, SignDict
from zi_timeline._diff import FindingChange, MilestoneChange, UnitDiff, compare
from zi_timeline._findings import Finding, Report, Reports, Severity
from zi_timeline._i18n import Lang
from zi_timeline._parse import parse_date
from zi_timeline._policy import Policy, Threshold
from zi_timeline._portfolio import PortfolioReport, validate_portfolio
from zi_timeline._portfolio_load import LoadDay, PortfolioFinding
from zi_timeline._schedule import Milestone, Origin, Problem, Schedule, Waiver
from zi_timeline._signs import SignStatus, Status
from zi_timeline._stages import Predicate, Stage
from zi_timeline._validate import validate, validate_many
from zi_timeline._version import __version__
from zi_timeline.exceptions import ArgumentTypeError, InvalidArgumentError, ZiTimelineError
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
