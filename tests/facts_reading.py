"""Reading facts from a short draft written as text, for the tests of facts (issue 20: the mutation run over
rules/facts showed that the value a fact takes, the line it cites as evidence and how it is shown were barely
checked). Each case is a short draft read by the real reader (`read_bytes`), its facts derived as `chiiki check`
derives them. Line 1 of every draft is its title, line 2 blank, so the case's first line is line 3."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.facts import Fact, derive_facts

TODAY = dt.date(2026, 5, 20)
FIRST_LINE = 3


def read_facts(lines: tuple[str, ...], plan_type: str = "B") -> dict[str, Fact]:
    text = "\n".join(["# 地域未来戦略", "", *lines]) + "\n"
    plan, _ = read_bytes("draft.md", text.encode())
    return derive_facts(plan, load_kb(), plan_type, TODAY)


class Expect(NamedTuple):
    """What a fact must be: its value, the lines its evidence cites (in order), how it is shown (None: not
    checked) and whether it goes to a reviewer (uncertain)."""

    value: Any
    lines: tuple[int | None, ...] = ()
    shown: str | None = None
    uncertain: bool = False


class Case(NamedTuple):
    id: str
    plan_type: str
    lines: tuple[str, ...]
    facts: dict[str, Expect]



def assert_facts(got: dict[str, Fact], lines: tuple[str, ...], facts: dict[str, Expect]) -> None:
    """Each fact's value and uncertainty, the lines its evidence cites, that each quote is its line's own text (a cover
    field's line is not kept), and its display where given."""
    for name, want in facts.items():
        f = got[name]
        assert (f.value, f.uncertain) == (want.value, want.uncertain), name
        assert tuple(e.line for e in f.evidence) == want.lines, name
        for e in f.evidence:
            assert e.text and e.text in (lines[e.line - FIRST_LINE] if e.line else "\n".join(lines)), name
        if want.shown is not None:
            assert f.shown() == want.shown, name
