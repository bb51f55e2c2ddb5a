"""Facts derived from a plan: the only input of the compiled rules.

Each fact has a name (referenced by criteria in knowledge/data/requirements/*.yaml and checks.yaml),
a value (bool, number, text or None = not stated) and the evidence in the plan it rests on.
Amounts are in yen, years are Western fiscal years. A value that is not stated is None, never 0.

One module per requirement family (author, period, promise, companies, procurement, ripple, commitment,
indicators, strategy_a, reference_list, submission); each fact function carries its fact's name. `registry`
holds `Fact`, `FactContext` and `@fact`; `compute` derives them all.
"""

from chiiki_mirai.rules.facts.compute import (
    CONTEXT_FACTS,
    FACT_NAMES,
    PARAMETERS_USED,
    derive_facts,
    section_facts,
)
from chiiki_mirai.rules.facts.helpers import yen_display
from chiiki_mirai.rules.facts.reference_list import connector_hub_degrees
from chiiki_mirai.rules.facts.registry import FACT_PREFIXES, Fact, FactContext, Uncertain, fact

__all__ = [
    "CONTEXT_FACTS",
    "FACT_NAMES",
    "FACT_PREFIXES",
    "PARAMETERS_USED",
    "Fact",
    "FactContext",
    "Uncertain",
    "connector_hub_degrees",
    "derive_facts",
    "fact",
    "section_facts",
    "yen_display",
]
