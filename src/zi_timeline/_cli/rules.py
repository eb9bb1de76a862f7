"""``zi-timeline rules`` and ``zi-timeline explain CODE``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zi_timeline._cli._common import add_lang, add_policy, resolve_policy
from zi_timeline._docs import example_messages, rules_markdown
from zi_timeline._i18n import Text
from zi_timeline._messages import UNIT
from zi_timeline.rules import REGISTRY

# The rule families and the units of thresholds, in the user's language (the markdown
# reference keeps the English keys, which are identifiers).
FAMILIES = {
    "structure": Text("struktur", "structure"),
    "compression": Text("jadwal terlalu padat", "compression"),
    "calendar": Text("kalender", "calendar"),
    "eligibility": Text("kelayakan", "eligibility"),
    "pitfalls": Text("tanda peringatan", "warning signs"),
    "input": Text("masukan", "input"),
}


def add_parsers(sub: Any) -> None:
    listing = sub.add_parser("rules", help="daftar aturan / list the rules")
    listing.add_argument("--markdown", action="store_true", help="cetak docs/rules.md / print the rule reference")
    add_lang(listing)
    add_policy(listing)
    listing.set_defaults(run=run_rules)
    explain = sub.add_parser("explain", help="jelaskan satu aturan / explain one rule")
    explain.add_argument("code", metavar="CODE", help="mis. ZI201")
    add_lang(explain)
    add_policy(explain)
    explain.set_defaults(run=run_explain)


def run_rules(args: argparse.Namespace) -> int:
    policy = resolve_policy(args)
    if args.markdown:
        sys.stdout.write(rules_markdown(policy))
        return 0
    for rule in REGISTRY:
        severity = rule.severity.label(args.lang)
        sys.stdout.write(f"{rule.code}  {rule.name:<26} {severity:<10} {rule.summary.get(args.lang)}\n")
    return 0


def run_explain(args: argparse.Namespace) -> int:
    policy = resolve_policy(args)
    rule = REGISTRY.get(args.code)
    lang = args.lang
    id_ = lang == "id"
    out = [
        f"{rule.code} {rule.name} ({FAMILIES[rule.family].get(lang)}, {rule.severity.label(lang)})",
        "",
        rule.summary.get(lang),
        "",
        ("Mengapa: " if id_ else "Why: ") + rule.rationale.get(lang),
        ("Perbaikan: " if id_ else "Fix: ") + rule.fix_hint.get(lang),
    ]
    if rule.threshold:
        t = policy.threshold(rule.threshold)
        unit = UNIT[t.unit].get(lang) if t.unit in UNIT else t.unit
        levels = ", ".join(f"{s.label(lang)} {t.comparator} {v} {unit}" for s, v in t.levels)
        out.append(("Ambang" if id_ else "Threshold") + f" ({policy.name} {policy.version}): {levels} [{t.strength}]")
    out.append("Sumber:" if id_ else "Sources:")
    out.extend(f"  {ref.strength}: {ref.source}" for ref in rule.references)
    if rule.example is not None:
        out.append("Contoh:" if id_ else "Example:")
        out.extend(f"  {line}" for line in example_messages(rule, policy, lang))
    sys.stdout.write("\n".join(out) + "\n")
    return 0
