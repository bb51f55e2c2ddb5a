"""Reader cases as data: a draft's text and the plan fields it must give (tests/cases/readers/<field>.yaml).

    - name: what the case shows
      file: draft.md          # optional: the file name the draft is read as (its extension picks the reader)
      draft: |                # the draft's text (UTF-8)
        ...
      expect:                 # dotted paths into the plan as JSON; `[*]` maps over a list, `[k=v&k2=v2]` over
                            # the items whose k is v (and k2 is v2); null = not read
        period.start_fy: 2027
        authors[*].name: [岐阜県]
      statements:             # optional: statements that must be among those read (the keys given must match)
        - {kind: operator, topic: entity, subject: 白鷺酒造, modality: affirmed}
      facts:                  # optional: fact → present / absent / uncertain (a candidate left to review)
        market_needs_stated: present
      status:                 # optional: item → verdict of the whole check
        B.promise: met

Read through the public `read_bytes`, as a user's file is, and checked through `service.check_plan`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from chiiki_mirai import service
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.facts import Fact, derive_facts

CASES_DIR = Path(__file__).parent / "cases" / "readers"
CASE_KEYS = {"name", "file", "draft", "expect", "statements", "facts", "status"}
TODAY = dt.date(2026, 11, 22)


def _cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            assert set(case) <= CASE_KEYS and {"name", "draft"} <= set(case), (path.name, i, set(case))
            assert set(case) & {"expect", "statements", "facts", "status"}, (path.name, i, "nothing expected")
            out.append((f"{path.stem}#{i}", case))
    return out


def value_at(data: Any, path: str) -> Any:
    """`a.b[*].c` of JSON-like data: `[*]` maps the rest of the path over a list; `[k=v]` over the items whose
    `k` is `v` (`statements[kind=kpi].attrs.withdrawal_modality`)."""
    head, _, rest = path.partition(".")
    if head.endswith("]") and "[" in head:
        name, _, sel = head[:-1].partition("[")
        items = data.get(name) or []
        if sel != "*":
            for cond in sel.split("&"):
                k, _, v = cond.partition("=")
                items = [x for x in items if str(x.get(k)) == v]
        return [value_at(x, rest) if rest else x for x in items]
    value = data.get(head) if isinstance(data, dict) else None
    return value_at(value, rest) if rest and value is not None else (None if rest else value)


CASES = _cases()


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[i for i, _ in CASES])
def test_draft_gives_these_fields(case: dict[str, Any]) -> None:
    plan, _ = read_bytes(case.get("file", "draft.md"), case["draft"].encode("utf-8"))
    data = plan.model_dump(mode="json")
    got = {path: value_at(data, path) for path in case.get("expect") or {}}
    assert got == (case.get("expect") or {}), case["name"]
    read = [s.model_dump(mode="json") for s in plan.statements]
    for want in case.get("statements") or []:
        assert any(all(s.get(k) == v for k, v in want.items()) for s in read), (case["name"], want)
    if case.get("facts"):
        facts = derive_facts(plan, load_kb(), plan.plan_type, TODAY)
        seen = {n: _fact_state(facts[n]) for n in case["facts"]}
        assert seen == case["facts"], (case["name"], {n: facts[n].shown() for n in case["facts"]})
    if case.get("status"):
        result = service.check_plan(plan, "draft", today=TODAY, with_recommendations=False)
        items = {i.id: i for i in result.requirements + result.checks}
        seen = {k: items[k].status for k in case["status"]}
        assert seen == case["status"], (case["name"], {k: items[k].reasons for k in case["status"]})


def _fact_state(f: Fact) -> str:
    return "uncertain" if f.uncertain else "present" if f.present else "absent"
