"""What-if for one plan: inputs made from the gaps the check lists, and the plan with the additions.

Each gap criterion (failed, making a gap) that has a fix in the knowledge gets an input: a sentence to add under
the 記載項目 it belongs to (whatif_hints.yaml says where and gives an example), or, for the criteria on every
KPI (撤退基準・担当部署・期限), one box per KPI that lacks that attribute — a KPI that has it gets no box, so
its own text is never replaced. Criteria that test the same fact share one input.

The sentences are read by the same reader as a draft (a small Markdown document with the plan type and the
headings of the 記載項目), and what it finds is laid over a copy of the plan (plan_overlay). Every value read
from an added sentence carries 「【書き足し】」 in its evidence, so the reports say which lines are edits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from app_support.plan_overlay import mark_evidence, overlay
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import GAP_STATUSES, CheckResult, CriterionOut, Item
from chiiki_mirai.core.statement import HELD
from chiiki_mirai.core.text.modality import modality
from chiiki_mirai.knowledge.loader import KnowledgeBase

HINTS_FILE = Path(__file__).with_name("whatif_hints.yaml")
MARK = "【書き足し】"
COVER = "表紙"
COVER_LABEL = "表紙（最初の見出しの前）"
KPI_ATTRIBUTES = {"withdrawal_criterion": "撤退基準", "owner": "担当部署", "deadline": "期限"}
KPI_HEADER = "| KPI | 目標 | 期限 | 担当部署 | 撤退基準 |\n|---|---|---|---|---|"
WITHDRAWAL_EXAMPLE = "目標値の5割に満たない状態が2年続いた場合は、事業を見直し又は撤退する"


@cache
def hints() -> dict[str, dict]:
    return yaml.safe_load(HINTS_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Place:
    """Where an added sentence goes: a 記載項目 of the plan type, or the cover (section_id None)."""

    section_id: str | None
    label: str


@dataclass(frozen=True)
class SentenceInput:
    key: str  # part of the widget key, stable for the same gap
    group: str  # the requirement or check it first answers (the inputs are shown under it)
    criteria: tuple[str, ...]  # 「項目：基準」 the sentence answers
    fix: str
    example: str
    place: Place


@dataclass(frozen=True)
class KpiInput:
    key: str
    index: int  # the KPI's position in plan.kpis
    kpi_name: str
    attribute: str  # a key of KPI_ATTRIBUTES
    criteria: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{KPI_ATTRIBUTES[self.attribute]}：{self.kpi_name}"


@dataclass
class WhatIfInputs:
    plan_type: str
    sentences: list[SentenceInput] = field(default_factory=list)
    kpis: list[KpiInput] = field(default_factory=list)
    kpis_having: dict[str, list[str]] = field(default_factory=dict)  # attribute → KPIs that already have it

    def withdrawal_inputs(self) -> list[KpiInput]:
        return [k for k in self.kpis if k.attribute == "withdrawal_criterion"]


def first_fact(c: CriterionOut) -> str:
    return next(iter(c.facts), "") if c.facts else ""


def gap_criteria(item: Item) -> list[CriterionOut]:
    """The criteria that make this item a gap: they apply, failed, and are not advice or review."""
    if item.status not in GAP_STATUSES:
        return []
    return [c for c in item.criteria if c.applies and not c.passed and c.on_fail == "gap"]


def _kb_criterion(kb: KnowledgeBase, item_id: str, criterion_id: str):
    entry = kb.item_by_id(item_id)
    criteria = getattr(entry, "criteria", None) or []
    found = next((c for c in criteria if c.id == criterion_id), None)
    if found is None and len(criteria) == 1 and "{heading}" in criteria[0].fix:
        return criteria[0]  # the 記載項目 check: one criterion per 記載項目, written once
    return found


def criterion_fix(kb: KnowledgeBase, item: Item, c: CriterionOut) -> str:
    """The fix for one criterion, in the words the check uses in the item's fix (with its values)."""
    kc = _kb_criterion(kb, item.id, c.id)
    if kc is None or not kc.fix:
        return ""
    template = kc.fix.replace("{heading}", c.label)
    if "{" not in template:
        return template
    head = template.split("{", 1)[0]
    return next((line for line in item.fix.splitlines() if head and line.startswith(head)), "")


def _criterion_fact(kb: KnowledgeBase, item: Item, c: CriterionOut) -> str:
    kc = _kb_criterion(kb, item.id, c.id)
    tests = (kc.all_of or (kc.any_of[0] if kc.any_of else [])) if kc is not None else []
    return tests[0].fact if tests else first_fact(c)


def place_for(kb: KnowledgeBase, plan_type: str, words: list[str]) -> Place:
    """The first 記載項目 of the type whose heading (or an alternative heading) contains a word, in order."""
    sections = kb.plan_types[plan_type].sections
    for word in words:
        if word == COVER:
            return Place(None, COVER_LABEL)
        for s in sections:
            if word in s.heading or word in s.alt_headings:
                return Place(s.id, section_label(s))
            for n, it in enumerate(s.items, 1):
                if word in it.heading or word in it.alt_headings:
                    return Place(it.id, f"{section_label(s)} ({n}) {it.heading}")
    return Place(None, COVER_LABEL)


def section_label(s) -> str:  # noqa: ANN001 - knowledge.schema.Section
    return f"{s.number}. {s.heading}" if s.required else s.heading


def section_place(kb: KnowledgeBase, plan_type: str, section_id: str) -> Place:
    for s in kb.plan_types[plan_type].sections:
        if s.id == section_id:
            return Place(s.id, section_label(s))
        for n, it in enumerate(s.items, 1):
            if it.id == section_id:
                return Place(it.id, f"{section_label(s)} ({n}) {it.heading}")
    return Place(None, COVER_LABEL)


def _key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z_.-]", "_", text)


def _stated(value: str | None) -> bool:
    """Whether a KPI attribute is set: written, and not a placeholder or still undecided (「（調整中）」「検討中」)."""
    return bool(value and value.strip()) and modality(value) in HELD


def inputs_for(result: CheckResult, plan: Plan, kb: KnowledgeBase) -> WhatIfInputs:
    """The what-if inputs for the gaps `result` lists (see the module docstring)."""
    t = result.plan_type or result.plan_type_suggestion.type or "C"
    out = WhatIfInputs(t)
    by_fact: dict[str, SentenceInput] = {}
    kpi_attrs: dict[str, list[str]] = {}
    for item in result.requirements + result.checks:
        for c in gap_criteria(item):
            fix = criterion_fix(kb, item, c)
            if not fix:
                continue
            fact = _criterion_fact(kb, item, c)
            hint = {} if fact.startswith("section:") else hints().get(fact, {})
            name = f"{item.label}：{c.label}"
            if hint.get("kpi") and plan.kpis:  # no KPI read: a sentence that writes one
                kpi_attrs.setdefault(hint["kpi"], []).append(name)
                continue
            key = c.id if fact.startswith("section:") else fact
            if key in by_fact:
                old = by_fact[key]
                by_fact[key] = SentenceInput(
                    old.key, old.group, (*old.criteria, name), old.fix, old.example, old.place
                )
                continue
            place = (
                section_place(kb, t, c.id)
                if fact.startswith("section:")
                else place_for(kb, t, list(hint.get("place") or [COVER]))
            )
            by_fact[key] = SentenceInput(_key(key), item.label, (name,), fix, hint.get("example", ""), place)
    out.sentences = list(by_fact.values())
    for attr, names in kpi_attrs.items():
        out.kpis_having[attr] = [k.name for k in plan.kpis if _stated(getattr(k, attr))]
        out.kpis += [
            KpiInput(f"kpi.{attr}.{i}", i, k.name, attr, tuple(names))
            for i, k in enumerate(plan.kpis)
            if not _stated(getattr(k, attr))
        ]
    return out


# ---- applying the edits -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """One what-if edit as the reports list it."""

    where: str
    text: str
    answers: tuple[str, ...]


def edits_made(inputs: WhatIfInputs, values: dict[str, str]) -> list[Edit]:
    out = [
        Edit(f"KPI「{k.kpi_name}」の{KPI_ATTRIBUTES[k.attribute]}", values[k.key].strip(), k.criteria)
        for k in inputs.kpis
        if (values.get(k.key) or "").strip()
    ]
    out += [
        Edit(s.place.label, values[s.key].strip(), s.criteria)
        for s in inputs.sentences
        if (values.get(s.key) or "").strip()
    ]
    return out


def _block(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    if lines and lines[0].lstrip().startswith("|") and not any(re.match(r"^\|?\s*:?-{3,}", x) for x in lines):
        lines = [*KPI_HEADER.splitlines(), *lines]  # a KPI row typed alone: give it the table's header
    return [*lines, ""]


def sentence_document(kb: KnowledgeBase, plan_type: str, additions: list[tuple[Place, str]]) -> str:
    """Markdown with the plan type, the cover sentences, then each 記載項目 heading with its sentences."""
    def texts(section_id: str | None) -> list[str]:
        return [line for place, text in additions if place.section_id == section_id for line in _block(text)]

    lines = [f"計画の類型: {plan_type}", "", *texts(None)]
    for s in kb.plan_types[plan_type].sections:
        own = texts(s.id)
        items = [(n, it, texts(it.id)) for n, it in enumerate(s.items, 1)]
        if not own and not any(t for _, _, t in items):
            continue
        lines += [f"## {section_label(s)}", "", *own]
        for n, it, t in items:
            if t:
                lines += [f"### ({n}) {it.heading}", "", *t]
    return "\n".join(lines) + "\n"


def apply_edits(
    plan: Plan,
    inputs: WhatIfInputs,
    values: dict[str, str],
    kb: KnowledgeBase,
    read: Callable[[str, bytes], Plan],
) -> Plan:
    """A copy of `plan` with the what-if values: KPI attributes set, sentences read and laid over."""
    edited = plan.model_copy(deep=True)
    kpis_edited = False
    for k in inputs.kpis:
        text = (values.get(k.key) or "").strip()
        if text and k.index < len(edited.kpis):
            setattr(edited.kpis[k.index], k.attribute, text)
            kpis_edited = True
    if kpis_edited:
        # a read plan's KPI statements no longer say what its edited KPIs say: drop them, so the facts read the
        # KPIs from the edited fields (rules/facts/indicator_statements derives statements from fields)
        edited.statements = [s for s in edited.statements if s.kind != "kpi"]
    additions = [(s.place, values[s.key]) for s in inputs.sentences if (values.get(s.key) or "").strip()]
    if additions:
        added = read("書き足し.md", sentence_document(kb, inputs.plan_type, additions).encode("utf-8"))
        mark_evidence(added, MARK)
        edited = overlay(edited, added)
    return Plan.model_validate(edited.model_dump())


def mark_result(result: CheckResult, edits: list[Edit]) -> CheckResult:
    """A copy of a what-if result: evidence quoting an added sentence is marked 【書き足し】, and the title and
    source say the report is of the plan with the edits, not of the draft."""
    out = result.model_copy(deep=True)
    added = [line.strip() for e in edits for line in e.text.splitlines() if line.strip()]
    for item in out.requirements + out.checks:
        for ev in item.evidence:
            text = ev.text.strip()
            marked = (ev.section or "").startswith(MARK)
            if text and not marked and any(text in a or (len(a) >= 8 and a in text) for a in added):
                ev.section = MARK + (ev.section or "")
                ev.line = None
    out.title = f"{result.title or result.source}（書き足し後・what-if）"
    out.source = f"{result.source}（書き足し後）"
    return out
