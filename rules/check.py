"""Evaluate a plan: facts → compiled rules → statuses with reasons, evidence, source and fix.

Status of an item from its criteria (criteria whose guard did not fire do not apply):
- no criterion applies → n/a;
- only `gap` criteria decide met / partial / missing: every applicable one passed → met, or review when a
  passed criterion is marked `review` or a failed criterion's `on_fail` is `review`; some passed → partial;
  none passed → missing when the plan states nothing the criteria look at (and nothing else of the item
  passed), else partial ("missing" means not stated, never "stated but insufficient");
- a failed `advice` criterion (its passage is permissive: 「可能」「程度」「努めてください」…) adds a note to
  `advice` and never changes the status; an item with only advice/review criteria is met or review.
"""

from __future__ import annotations

import datetime as _dt
import string
from dataclasses import dataclass
from typing import Any

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import CheckResult, CriterionOut, EvidenceOut, Item, SourceOut
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Check, Requirement
from chiiki_mirai.rules.compile import CompiledCriterion
from chiiki_mirai.rules.criteria import holds
from chiiki_mirai.rules.engine import get_engine
from chiiki_mirai.rules.facts import CONTEXT_FACTS, Fact, derive_facts
from chiiki_mirai.rules.suggest import suggest_type


class _Fmt(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, facts: dict[str, Fact]) -> str:
    names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    values = _Fmt({n: facts[n].shown() for n in names if n in facts})
    try:
        return template.format_map(values)
    except (ValueError, IndexError):
        return template


def _criterion_facts(cc: CompiledCriterion) -> list[str]:
    c = cc.criterion
    names = [t.fact for t in c.all_of] + [t.fact for g in c.any_of for t in g] + list(c.evidence_facts)
    return list(dict.fromkeys(names))


def _status(outs: list[CriterionOut], anything_stated: bool) -> str:
    applicable = [c for c in outs if c.applies]
    if not applicable:
        return "n/a"
    deciding = [c for c in applicable if c.on_fail == "gap"]
    passed = [c for c in deciding if c.passed]
    if len(passed) == len(deciding):
        to_review = any(c.review for c in applicable if c.passed) or any(
            c.on_fail == "review" and not c.passed for c in applicable
        )
        return "review" if to_review else "met"
    if passed:
        return "partial"
    # nothing decisive passed: "missing" only when the plan states nothing the criteria look at
    return "partial" if anything_stated or any(c.passed for c in applicable) else "missing"


def _uncertain(cc: CompiledCriterion, facts: dict[str, Fact]) -> Fact | None:
    """The first fact the criterion tests that the reader could not vouch for. Either way it goes to a person:
    a failure that rests on an unconfirmed candidate is no gap, and a pass on a value read without confidence
    (or on the absence of an unconfirmed candidate of what must not be there) is not yet met. An alternative
    that holds on facts all vouched for decides the criterion: another alternative's candidate changes nothing
    (「県内の精錬業者から調達し」 is met whatever a weak roadmap reading of the same sentence says)."""
    c = cc.criterion
    alternatives = ([list(c.all_of)] if c.all_of else []) + [list(g) for g in c.any_of if g]

    def unsure(tests: list) -> Fact | None:
        return next((f for t in tests if (f := facts.get(t.fact)) is not None and f.uncertain), None)

    if any(all(holds(t, facts) for t in g) and unsure(g) is None for g in alternatives):
        return None
    return unsure([t for g in alternatives for t in g])


def _criterion_out(cc: CompiledCriterion, fired: set[str], facts: dict[str, Fact]) -> CriterionOut:
    c = cc.criterion
    applies = cc.guard_key is None or cc.guard_key in fired
    passed = applies and any(k in fired for k in cc.rule_keys)
    reason = _format(c.met_reason if passed else c.gap_reason, facts) if applies else "対象外（適用条件を満たさない）"
    on_fail, review = c.on_fail, c.review and passed
    unsure = _uncertain(cc, facts) if applies and c.on_fail != "advice" else None
    if unsure is not None:
        # a candidate the reader could not confirm: a person reads it, the item never becomes a gap for it
        on_fail, review = "review", review or passed
        quote = unsure.evidence[0].text if unsure.evidence else ""
        reason += (f"（要確認：記載の候補「{quote[:80]}」を読み取りで確定できないため審査者が確認）" if quote
                   else "（読み取りに確信がないため、記載内容を審査者が確認）")
    return CriterionOut(
        id=c.id,
        label=c.label,
        passed=passed,
        applies=applies,
        review=review,
        on_fail=on_fail,
        reason=reason,
        facts={n: facts[n].engine_value() for n in _criterion_facts(cc) if n in facts},
        rule=cc.rule,
    )


def _evidence(names: list[str], facts: dict[str, Fact], seen: set[tuple]) -> list[EvidenceOut]:
    """The evidence of these facts not already listed (by section, line and text)."""
    out = []
    for n in names:
        f = facts.get(n)
        for e in f.evidence if f is not None else []:
            key = (e.section, e.line, e.text)
            if key not in seen:
                seen.add(key)
                out.append(EvidenceOut(fact=n, section=e.section, line=e.line, text=e.text))
    return out


def _reasons(status: str, applicable: list[CriterionOut]) -> list[str]:
    if status == "n/a":
        return ["この計画には該当しない（適用条件を満たさない）"]
    if status in ("met", "review"):
        return [o.reason for o in applicable if o.passed or o.on_fail == "review"] or ["不足はない（助言のみ）"]
    # gaps first, then what is already there
    return [o.reason for o in applicable if not o.passed and o.on_fail != "advice"] + [
        "（記載あり）" + o.reason for o in applicable if o.passed
    ]


def _advice(crits: list[CompiledCriterion], outs: list[CriterionOut], facts: dict[str, Fact]) -> list[str]:
    """Notes from failed advice criteria: their reason and what the author may do, never a gap."""
    return [
        f"{o.reason}（{_format(cc.criterion.fix, facts)}）"
        for cc, o in zip(crits, outs, strict=True)
        if cc.criterion.on_fail == "advice" and o.applies and not o.passed
    ]


def _item(
    kb: KnowledgeBase,
    item: Requirement | Check,
    crits: list[CompiledCriterion],
    fired: set[str],
    facts: dict[str, Fact],
    rules_name: str,
) -> Item:
    outs: list[CriterionOut] = []
    evidence: list[EvidenceOut] = []
    seen_ev: set[tuple] = set()
    fixes: list[str] = []
    anything_stated = False
    for cc in crits:
        out = _criterion_out(cc, fired, facts)
        outs.append(out)
        if out.applies and not out.passed and cc.criterion.on_fail != "advice":
            fixes.append(_format(cc.criterion.fix, facts))
        if not out.applies:
            continue
        used = _criterion_facts(cc)
        anything_stated = anything_stated or any(
            facts[n].present for n in used if n in facts and n not in CONTEXT_FACTS
        )
        evidence += _evidence(used, facts, seen_ev)
    status = _status(outs, anything_stated)
    applicable = [o for o in outs if o.applies]
    if status == "review":
        to_check = [o.label for o in applicable if o.review or (o.on_fail == "review" and not o.passed)]
        fixes = ["審査者が内容を確認する：" + "、".join(to_check)]
    return Item(
        id=item.id,
        label=item.label,
        status=status,  # type: ignore[arg-type]
        reasons=_reasons(status, applicable),
        evidence=evidence,
        source=SourceOut(**kb.source_out(item.source)),
        fix="\n".join(dict.fromkeys(fixes)),
        advice=_advice(crits, outs, facts),
        criteria=outs,
        rule=rules_name,
    )


@dataclass(frozen=True)
class Evaluation:
    """A check result with the facts it was decided on (the recommender reuses them for the same plan type)."""

    result: CheckResult
    facts: dict[str, Fact]


def evaluate(
    plan: Plan,
    kb: KnowledgeBase,
    source: str = "",
    plan_type: str | None = None,
    today: _dt.date | None = None,
    context: dict[str, Any] | None = None,
) -> CheckResult:
    """Check a plan. `plan_type` overrides the plan's own; without either, the suggestion is used."""
    return evaluate_with_facts(plan, kb, source, plan_type, today, context).result


def evaluate_with_facts(
    plan: Plan,
    kb: KnowledgeBase,
    source: str = "",
    plan_type: str | None = None,
    today: _dt.date | None = None,
    context: dict[str, Any] | None = None,
) -> Evaluation:
    """`evaluate`, also returning the derived facts."""
    today = today or _dt.date.today()
    given = plan_type or plan.plan_type
    if given:
        facts = derive_facts(plan, kb, given, today, context)
        suggestion = suggest_type(plan, kb, facts)
        effective = given
    else:
        suggestion = suggest_type(plan, kb)
        effective = suggestion.type or "C"
        facts = derive_facts(plan, kb, effective, today, context)
    engine = get_engine(kb)
    fired = engine.fired(effective, facts)
    rs = engine.rulesets[effective]
    requirements: list[Item] = []
    checks: list[Item] = []
    for item in rs.items:
        out = _item(kb, item, rs.criteria[item.id], fired, facts, rs.name)
        (requirements if isinstance(item, Requirement) else checks).append(out)
    if not given:
        suggestion.reasons.append(f"類型の記載がないため、{effective}（推定）として要件を確認しました")
    result = CheckResult(
        source=source,
        # the type the requirements were checked against; plan_type_given tells whether the plan stated it
        plan_type=effective,  # type: ignore[arg-type]
        plan_type_given=bool(given),
        title=plan.title,
        plan_type_suggestion=suggestion,
        requirements=requirements,
        checks=checks,
        checked_on=today.isoformat(),
    )
    return Evaluation(result, facts)
