"""Statement extractors, one module per part of the plan, and the table that runs them.

Each family reads the units (readers/units.py) with their places and returns typed statements
(core/statement.py), and assembles the plan fields it owns from its statements. A family is one row of
FAMILIES; a new part of the plan is a new row, not a branch in the pipeline.
"""

from __future__ import annotations

from chiiki_mirai.readers.statements.base import Family, ReadContext
from chiiki_mirai.readers.statements.claims_family import CLAIMS
from chiiki_mirai.readers.statements.commitment import COMMITMENT
from chiiki_mirai.readers.statements.entities import INVESTMENTS, OPERATORS
from chiiki_mirai.readers.statements.indicators import INDICATORS
from chiiki_mirai.readers.statements.meta import META
from chiiki_mirai.readers.statements.sections import SECTIONS
from chiiki_mirai.readers.statements.submission import SUBMISSION

FAMILIES: tuple[Family, ...] = (
    META, INDICATORS, OPERATORS, INVESTMENTS, COMMITMENT, SUBMISSION, CLAIMS, SECTIONS
)

__all__ = ["FAMILIES", "Family", "ReadContext"]
