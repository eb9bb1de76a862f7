"""The rule registry and the rules' public types.

>>> from zi_timeline.rules import REGISTRY
>>> REGISTRY.get("ZI201").name
'plan-to-submission'
"""

from zi_timeline.rules import _portfolio_rules, calendar, compression, eligibility, inputs, pitfalls, structure
from zi_timeline.rules._registry import Context, Reference, Rule, RuleRegistry

REGISTRY = RuleRegistry()
# ZI6xx's checks (rules.portfolio) load with validate_portfolio; the registry needs only the rules.
for _family in (structure, compression, calendar, eligibility, pitfalls, _portfolio_rules, inputs):
    for _rule in _family.RULES:
        REGISTRY.add(_rule)

__all__ = ["REGISTRY", "Context", "Reference", "Rule", "RuleRegistry"]
