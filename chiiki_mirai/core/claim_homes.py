"""Where in a plan each kind of claim belongs (its home 記載項目): the reader weighs a claim by whether it sits
at home (readers/statements/claim_places.py), and a fact that finds no claim at all looks there for text a
person should read (rules/facts/claim_select.unread). Item ids are the knowledge base's.
"""

from __future__ import annotations

_MARKET = ("B.3.1", "B.4.1", "B.1.2", "C.3.1", "C.4.1", "C.1.2", "A.1.1", "A.1.2", "A.4.1")
_STRATEGY = ("B.4.1", "B.1.2", "B.2.3", "C.4.1", "C.1.2", "C.2.3", "A.1.4", "A.1.1", "A.1.2")
_PROCURE = ("B.6.1", "B.5.1", "B.5.2", "B.3.1", "B.4.1", "B.4.2", "C.6.1", "C.5.1", "C.5.3", "C.3.1")
_IMPACT = ("B.4.3", "B.3.2", "B.3.3", "C.4.3", "C.3.2", "C.3.3", "A.3.2", "A.5.1", "A.1.2")
_CLUSTER = ("B.1.1", "B.1.2", "B.2.3", "B.4.1")
_COMMIT = ("B.commitment", "C.commitment", "C.5.3", "C.5.2", "B.5.2")

HOME: dict[str, tuple[str, ...]] = {
    "market_need": _MARKET,
    "competitive_advantage": _STRATEGY,
    "export_or_top_share": (*_STRATEGY, "B.3.1", "B.3.2", "B.4.3"),
    "value_up": ("C.4.1", "C.4.2", "C.3.2", "C.1.2", "C.3.1", "C.4.3", "B.4.1"),
    "comparison": ("B.3.3", "B.3.1", "B.4.3", "B.3.2", "C.3.3", "C.3.1", "C.3.2"),
    "value_added_basis": ("B.3.3", "C.3.3", "A.5.1"),
    "scale_capability": ("B.2.2", "B.2.3", "C.2.2", "C.2.3", "A.3.1"),
    "procurement_local": _PROCURE,
    "procurement_roadmap": _PROCURE,
    "over_dependence": ("C.2.2", "C.2.3", "C.4.1", "C.4.2", "C.5.1", "C.5.3", "B.2.2", "B.2.3", "B.5.1"),
    "jobs": _IMPACT,
    "wages": _IMPACT,
    "different_cluster": _CLUSTER,
    "same_cluster": _CLUSTER,
    "subsidy_adopted": ("A.3.5", "A.3.1", "A.3.4", "A.3.3"),
    "international_competitiveness": ("A.1.4", "A.1.2", "A.1.1"),
    "infrastructure": ("A.4.3", "A.4.1", "A.4.2", "A.4.4"),
    "support_system": _COMMIT,
    "consultation_desk": _COMMIT,
}
