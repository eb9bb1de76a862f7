"""The public strategies keep their promises (they are what downstream tools test with)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zi_timeline as zt
from zi_timeline import strategies as zs
from zi_timeline.exceptions import UnknownRuleError
from zi_timeline.rules import REGISTRY

TODAY = dt.date(2025, 1, 1)  # waivers in the generated plans expire in 2000 or 2099


@settings(deadline=None)
@given(zs.valid_schedules())
def test_valid_schedules_have_no_error_and_no_warning(schedule: zt.Schedule) -> None:
    report = zt.validate(schedule, today=TODAY)
    assert report.ok
    assert {f.code for f in report.findings} <= {"ZI304", "ZI305"}, report.codes()


@settings(deadline=None, max_examples=30)
@given(st.data())
@pytest.mark.parametrize("code", sorted(r.code for r in REGISTRY if r.family != "portfolio"))
def test_violating_triggers_exactly_that_code(code: str, data: st.DataObject) -> None:
    schedule = data.draw(zs.violating(code))
    codes = set(zt.validate(schedule, today=TODAY).codes())
    assert codes == {code} | zs.COMPANIONS.get(code, set())


@settings(deadline=None, max_examples=15)
@given(st.data())
@pytest.mark.parametrize("code", sorted(zs.PORTFOLIO_VIOLABLE))
def test_violating_portfolio_triggers_that_code_while_every_unit_passes(code: str, data: st.DataObject) -> None:
    # ZI6xx rules look across units: the contract is that every unit passes on its own
    # and the portfolio breaks the code (and nothing but its companions).
    units = data.draw(zs.violating_portfolio(code))
    portfolio = zt.validate_portfolio(units, today=TODAY)
    assert all(set(r.codes()) <= {"ZI304", "ZI305"} for r in portfolio.reports)
    assert {code} <= set(portfolio.codes()) <= {code} | zs.PORTFOLIO_COMPANIONS.get(code, frozenset())


def test_every_registered_code_can_be_violated() -> None:
    assert {r.code for r in REGISTRY if r.family != "portfolio"} == zs.VIOLABLE
    assert {r.code for r in REGISTRY if r.family == "portfolio"} == zs.PORTFOLIO_VIOLABLE
    with pytest.raises(UnknownRuleError):
        zs.violating("ZI999")
