"""The rule registry and the rules' public types.

>>> from zi_timeline.rules import REGISTRY
>>> REGISTRY.get("ZI201").name
'plan-to-submission'
"""

from zi_timeline.rules import calendar, compression, eligibility, inputs, pitfalls, portfolio, structure
from zi_timeline.rules._registry import Context, Reference, Rule, RuleRegistry

REGISTRY = RuleRegistry()
for _family in (structure, compression, calendar, eligibility, pitfalls, portfolio, inputs):
    for _rule in _family.RULES:
        REGISTRY.add(_rule)

__all__ = ["REGISTRY", "Context", "Reference", "Rule", "RuleRegistry"]
