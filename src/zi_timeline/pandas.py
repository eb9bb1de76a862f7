"""pandas front (extra ``pandas``): schedules from a DataFrame, findings and summaries as DataFrames.

The findings frame has the fixed columns of `FINDING_COLUMNS` (unit, code, rule,
severity, certain, stages, message, observed, required, strength, source, fix, waived,
file, sheet, row, column); a unit without findings keeps one row with empty finding columns, so
no unit disappears from a table.

>>> import zi_timeline as zt
>>> from zi_timeline import pandas as ztp
>>> reports = zt.validate_many(zt.load(zt.io.EXAMPLES))
>>> list(ztp.summary_frame(reports).columns)[:4]
['unit', 'target', 'ok', 'error']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from zi_timeline._args import check_flag, check_many, check_type, check_year
from zi_timeline._export import FINDING_COLUMNS, finding_rows
from zi_timeline._findings import Report, Reports
from zi_timeline._i18n import Lang, Text
from zi_timeline._policy import Policy
from zi_timeline._portfolio import PortfolioReport
from zi_timeline._schedule import Schedule
from zi_timeline._table_files import find_table
from zi_timeline._tables import schedules_from_table
from zi_timeline._validate import validate_many
from zi_timeline.io import AliasesLike, aliases_argument

try:
    import pandas as pd
except ImportError as exc:  # pragma: no cover - depends on the environment
    msg = "zi_timeline.pandas needs pandas: pip install 'zi-timeline[pandas]'"
    raise ImportError(msg) from exc

if TYPE_CHECKING:
    import datetime as dt

__all__ = [
    "FINDING_COLUMNS",
    "LOAD_COLUMNS",
    "SUMMARY_COLUMNS",
    "findings_frame",
    "from_frame",
    "load_frame",
    "summary_frame",
    "validate_frame",
]

SUMMARY_COLUMNS = ("unit", "target", "ok", "error", "warning", "info", "waived", "signs", "codes")
"""The columns of `summary_frame`, one row per unit."""


def from_frame(
    frame: pd.DataFrame,
    *,
    year: int | None = None,
    strict: bool = False,
    name: str = "DataFrame",
    aliases: AliasesLike = None,
) -> list[Schedule]:
    """Schedules from a DataFrame in long shape (a row per milestone) or wide shape (a row per unit).

    The frame is read like a sheet by `zi_timeline.load`: the same header detection (the
    column names, or a header row among the first rows when a sheet was read with its
    titles), the same aliases (*aliases* adds the office's own), the same end of the
    table at a signature block. A frame with no unit column raises the `LoadError` that
    `load` raises. Messages name the frame's row (1 = the first data row) and column.
    """
    check_type(frame, pd.DataFrame, "frame", "pandas.DataFrame")
    check_flag(strict, "strict")
    check_year(year)
    rows = (
        (number, tuple(None if _missing(v) else v for v in values))
        for number, values in enumerate(frame.itertuples(index=False, name=None), start=1)
    )
    header = (0, tuple(None if str(c).startswith("Unnamed:") else str(c) for c in frame.columns))
    table = find_table(name, None, itertools.chain([header], rows), aliases_argument(aliases))
    return schedules_from_table(table, year=year, strict=strict)


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def validate_frame(
    frame: pd.DataFrame,
    policy: Policy | None = None,
    *,
    lang: Lang | str = "id",
    year: int | None = None,
    today: dt.date | None = None,
    aliases: AliasesLike = None,
) -> Reports:
    """`validate_many` over the schedules of a DataFrame, read as `from_frame` reads it.

    The policy's ``[aliases]`` are used too, with *aliases* on top.
    """
    check_type(frame, pd.DataFrame, "frame", "pandas.DataFrame")
    if policy is not None:
        check_type(policy, Policy, "policy", Text("Policy atau None", "a Policy or None"))
    words = aliases_argument(aliases)
    if policy is not None and policy.aliases is not None:
        words = policy.aliases.merged(words)
    return validate_many(from_frame(frame, year=year, aliases=words), policy, lang=lang, today=today)


def findings_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per finding, columns `FINDING_COLUMNS`.

    ``row`` is a nullable ``Int64`` (empty where a finding has no spreadsheet row) and
    ``certain`` a nullable ``boolean`` (empty on the row of a unit without findings).
    """
    frame = pd.DataFrame(finding_rows(_reports(reports)), columns=list(FINDING_COLUMNS))
    return frame.astype({"row": "Int64", "certain": "boolean"})


_REPORTS = Text(
    "daftar Report (hasil validate_many; satu Report pun ditulis dalam daftar: [r])",
    "a list of Report (what validate_many returns; even one Report goes in a list: [r])",
)


def _reports(reports: object) -> list[Report]:
    """*reports* as a list of `Report`: None, one Report alone or a foreign item is the library's error."""
    check_many(reports, "reports", _REPORTS, Report)
    listed: list[Report] = list(cast("Iterable[Report]", reports))
    for i, report in enumerate(listed):
        check_type(report, Report, f"reports[{i}]", "Report")
    return listed


def summary_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per unit: verdict, counts per severity, the warning signs present, the codes found."""
    rows = []
    for r in _reports(reports):
        counts = r.counts
        signs = ", ".join(str(s.sign) for s in r.signs if s.status.value == "present")
        rows.append(
            {
                "unit": r.unit,
                "target": None if r.target is None else r.target.value,
                "ok": r.ok,
                "error": counts["error"],
                "warning": counts["warning"],
                "info": counts["info"],
                "waived": counts["waived"],
                "signs": signs,
                "codes": ", ".join(sorted(set(r.codes()))),
            }
        )
    frame = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    return frame.astype(dict.fromkeys(("error", "warning", "info", "waived"), "Int64"))


LOAD_COLUMNS = (
    "day",
    "team",
    "working",
    "in_tpi",
    "in_tpi_certain",
    "load",
    "load_max",
    "capacity",
    "proposals",
    "proposals_possible",
    "in_window",
    "closing",
    "units",
)
"""The columns of `load_frame`: one row per day and evaluator team (see `PortfolioReport`)."""


def load_frame(portfolio: PortfolioReport) -> pd.DataFrame:
    """A portfolio's day-by-day load table: units in TPI and proposals, per evaluator team.

    ``day`` is a datetime column; ``units`` joins the names of the units that may be in TPI.
    """
    check_type(portfolio, PortfolioReport, "portfolio", "PortfolioReport (validate_portfolio)")
    names = [r.unit for r in portfolio.reports]
    rows = []
    for row in portfolio.load:
        data = row.to_dict(names)
        data["units"] = ", ".join(names[i] for i in row.in_tpi)
        rows.append(data)
    frame = pd.DataFrame(rows, columns=list(LOAD_COLUMNS))
    frame["day"] = pd.to_datetime(frame["day"])
    return frame
