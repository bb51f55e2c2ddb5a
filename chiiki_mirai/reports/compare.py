"""Two versions of one plan: which requirements and checks the new version closed, opened or changed, and
what was added to or removed from each 記載項目.

    comparison = compare_results(old_result, new_result, old_plan, new_plan)
    comparison_json(comparison)  → {"old", "new", "closed", "opened", "changed", "unchanged", "sections"}

`closed` is a gap (partial / missing) that became met, `opened` met that became a gap, `changed` any other
move (partial → missing, met → review, an item only one version has…), `unchanged` the rest. Pure: results and
plans in, a comparison out (the CLI and the app read and check the files).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import GAP_STATUSES, CheckResult, Item
from chiiki_mirai.core.text.normalize import normalize_text, sentences
from chiiki_mirai.reports.common import all_items, evidence_location, plan_name

KINDS = ("closed", "opened", "changed", "unchanged")
KIND_JA = {"closed": "解消", "opened": "新たな不足", "changed": "判定の変化", "unchanged": "変化なし"}


@dataclass(frozen=True)
class ItemChange:
    id: str
    label: str
    group: str  # 要件 / 構造チェック
    kind: str  # one of KINDS
    old: str | None  # status in the old version (None: the item is not in it)
    new: str | None
    old_evidence: tuple[str, ...] = ()
    new_evidence: tuple[str, ...] = ()
    old_reasons: tuple[str, ...] = ()
    new_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionChange:
    id: str
    heading: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass
class Comparison:
    old: str
    new: str
    old_type: str | None
    new_type: str | None
    items: list[ItemChange] = field(default_factory=list)
    sections: list[SectionChange] = field(default_factory=list)

    def of(self, kind: str) -> list[ItemChange]:
        return [c for c in self.items if c.kind == kind]

    @property
    def anything_opened(self) -> bool:
        return any(c.kind == "opened" for c in self.items)

    @property
    def nothing_changed(self) -> bool:
        return all(c.kind == "unchanged" for c in self.items) and not self.sections


def change_kind(old: str | None, new: str | None) -> str:
    if old == new:
        return "unchanged"
    if old in GAP_STATUSES and new == "met":
        return "closed"
    if old == "met" and new in GAP_STATUSES:
        return "opened"
    return "changed"


def evidence_lines(item: Item | None) -> tuple[str, ...]:
    """An item's evidence as 「quote」（section / line）, once each."""
    if item is None:
        return ()
    out = []
    for ev in item.evidence:
        where = evidence_location(ev.section, ev.line)
        out.append(f"「{ev.text}」" + (f"（{where}）" if where else ""))
    return tuple(dict.fromkeys(out))


def _items(r: CheckResult) -> dict[str, tuple[str, Item]]:
    return {item.id: (group, item) for group, item in all_items(r)}


def item_changes(old: CheckResult, new: CheckResult) -> list[ItemChange]:
    """Every requirement and check of either version, in the new version's order (then the old's)."""
    a, b = _items(old), _items(new)
    out = []
    for iid in list(dict.fromkeys([*b, *a])):
        group, ref = b.get(iid) or a[iid]
        o, n = (a.get(iid) or (None, None))[1], (b.get(iid) or (None, None))[1]
        out.append(
            ItemChange(
                id=iid,
                label=ref.label,
                group=group,
                kind=change_kind(o.status if o else None, n.status if n else None),
                old=o.status if o else None,
                new=n.status if n else None,
                old_evidence=evidence_lines(o),
                new_evidence=evidence_lines(n),
                old_reasons=tuple(o.reasons) if o else (),
                new_reasons=tuple(n.reasons) if n else (),
            )
        )
    return out


def _pieces(text: str) -> list[str]:
    return sentences(text)


def _diff(old: list[str], new: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Sentences in `new` and not in `old` (added) and the other way round (removed); spacing and width
    differences do not count, and a repeated sentence counts as often as it is written."""
    old_left = Counter(normalize_text(s) for s in old)
    new_left = Counter(normalize_text(s) for s in new)
    added, removed = [], []
    for s in new:
        k = normalize_text(s)
        if old_left[k] > 0:
            old_left[k] -= 1
        else:
            added.append(s)
    for s in old:
        k = normalize_text(s)
        if new_left[k] > 0:
            new_left[k] -= 1
        else:
            removed.append(s)
    return tuple(added), tuple(removed)


def section_changes(old: Plan | None, new: Plan | None) -> list[SectionChange]:
    """Per 記載項目 (the plan's section ids): the sentences added and removed; unchanged sections left out."""
    if old is None or new is None:
        return []
    out = []
    for sid in list(dict.fromkeys([*new.sections, *old.sections])):
        o, n = old.sections.get(sid), new.sections.get(sid)
        o_text = f"{o.heading}\n{o.text}" if o and not n else (o.text if o else "")
        n_text = f"{n.heading}\n{n.text}" if n and not o else (n.text if n else "")
        added, removed = _diff(_pieces(o_text), _pieces(n_text))
        if added or removed:
            out.append(SectionChange(sid, (n or o).heading, added, removed))
    return out


def compare_results(
    old: CheckResult, new: CheckResult, old_plan: Plan | None = None, new_plan: Plan | None = None
) -> Comparison:
    return Comparison(
        old=plan_name(old),
        new=plan_name(new),
        old_type=old.plan_type,
        new_type=new.plan_type,
        items=item_changes(old, new),
        sections=section_changes(old_plan, new_plan),
    )


def comparison_json(c: Comparison) -> dict:
    """The JSON contract of `compare`."""
    return {
        "old": c.old,
        "new": c.new,
        "closed": [x.id for x in c.of("closed")],
        "opened": [x.id for x in c.of("opened")],
        "changed": [{"id": x.id, "old": x.old, "new": x.new} for x in c.of("changed")],
        "unchanged": [x.id for x in c.of("unchanged")],
        "sections": [
            {"id": s.id, "heading": s.heading, "added": list(s.added), "removed": list(s.removed)}
            for s in c.sections
        ],
    }
