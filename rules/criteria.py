"""What every criterion `op` means, written down once in plain Python.

A criterion's test (`knowledge/schema.py:Test`) names a fact, an `op` and sometimes a `value`:

| op | holds when |
|---|---|
| `present` | the fact is present (a value the plan states; False and empty lists are not present) |
| `absent` | the fact is not present |
| `stated` | the fact has any value, False included (the plan says something about it) |
| `true` / `false` | the value is exactly True / False |
| `eq` / `ne` | the value is stated and equal / not equal to `value` |
| `gt` `gte` `lt` `lte` | the value is a stated number (not a bool) and compares so with `value` |

The value compared is the fact's engine value: numbers and bools as they are, text and lists as whether they are
non-empty (True/False). A fact that was not derived counts as not stated (value None). durable-rules (`compile.py`, `engine.py`) is the
product's engine; `fired` here is the reference it is tested against (tests/test_criteria.py runs every rule case
through both) and the plain-Python side of `benchmarks/bench_engine_vs_python.py`.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping

from chiiki_mirai.knowledge.schema import Test
from chiiki_mirai.rules.compile import CompiledRuleset
from chiiki_mirai.rules.facts import Fact

_COMPARE = {"gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le}


def holds(test: Test, facts: Mapping[str, Fact]) -> bool:
    """Whether one test holds for these facts (the table above)."""
    f = facts.get(test.fact) or Fact(test.fact)
    present, value = f.present, f.engine_value()
    op = test.op
    if op == "present":
        return present
    if op == "absent":
        return not present
    if op == "stated":
        return value is not None
    if op == "true":
        return value is True
    if op == "false":
        return value is False
    if op == "eq":
        return value is not None and value == test.value
    if op == "ne":
        return value is not None and value != test.value
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    return is_number and _COMPARE[op](value, test.value)


def fired(ruleset: CompiledRuleset, facts: Mapping[str, Fact]) -> set[str]:
    """The keys of the compiled rules whose tests all hold: what the engine must fire for these facts."""
    out: set[str] = set()
    for criteria in ruleset.criteria.values():
        for cc in criteria:
            c = cc.criterion
            alternatives = ([list(c.all_of)] if c.all_of else []) + [list(g) for g in c.any_of if g]
            for key, tests in zip(cc.rule_keys, alternatives, strict=True):
                if all(holds(t, facts) for t in tests):
                    out.add(key)
            if cc.guard_key is not None and all(holds(t, facts) for t in c.applies_if):
                out.add(cc.guard_key)
    return out
