"""Facts read from a plan written as text: the value each fact takes, the line it cites as evidence and the quote
(issue 20: the mutation run over rules/facts showed these were barely checked). Each case is a short draft, read by
the real reader (`read_bytes`), its facts derived as `chiiki check` derives them."""

from __future__ import annotations

import datetime as dt

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.facts import Fact, derive_facts

TODAY = dt.date(2026, 5, 20)


def read_facts(body: str, plan_type: str = "B") -> dict[str, Fact]:
    """The facts of a draft whose body (lines from line 5 on) sits under one heading."""
    plan, _ = read_bytes("draft.md", f"# 計画\n\n## 本文\n\n{body}\n".encode())
    return derive_facts(plan, load_kb(), plan_type, TODAY)


def lines_of(f: Fact) -> list[int | None]:
    return [e.line for e in f.evidence]


# procurement: home words and a confident 「全量を海外から」 line are for a person to weigh, citing the first line
# that names where at home and the line on imports
HOME_AND_ABROAD = (
    "主要部品は県内の協力企業から調達している。\n"
    "加工工程も地元の事業者に委託している。\n"
    "一方、基幹となる制御チップは全量を海外から輸入している。"
)


def test_home_procurement_with_key_parts_imported_is_for_review_citing_both_lines() -> None:
    f = read_facts(HOME_AND_ABROAD)["procurement_local_or_domestic"]
    assert f.value is None and f.uncertain
    assert lines_of(f) == [5, 7]
    assert f.shown() == "要確認：主要部品は県内の協力企業から調達している。／一方、基幹となる制御チップは全量を海外から輸入している。"
