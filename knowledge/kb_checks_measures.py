"""The checks of the support measures (references, targets, plan types, duplicates), mixed into `kb_checks.Checker`.

They use the checker's `kb`, `add`, `_unknown`, `_check_basis` and `_check_fact`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from chiiki_mirai.knowledge.schema import Measure, line_up

# words of a cited passage saying that the ministries give the support together, none leading (000 第3章 2.B.(3)
# 対応方針: 「必要な支援を関係府省庁が連携して行う」): a measure citing one has the council (関係府省) as its window
JOINT_GIVERS = ("関係府省庁が連携して",)


def _all_sections(sections: list[Any]) -> list[Any]:
    """A plan type's sections and their sub-sections, depth first."""
    out = []
    for sec in sections:
        out.append(sec)
        out += _all_sections(getattr(sec, "items", []))
    return out


def family(kb: Any, mid: str) -> set[str]:
    """A body with the bodies above it (経済産業局 → 経済産業省)."""
    return set(line_up({b.id: b.parent for b in kb.ministries.values()}, mid))


def routes(body: Any) -> bool:
    """A body that routes a planner rather than runs a measure: a council (関係府省) or the one-stop desk of the
    regional offices (a regional office of no ministry)."""
    return body.kind == "council" or (body.kind == "regional_office" and not body.parent)


def first_body(kb: Any, text: str) -> str:
    """The id of the first body a contact text names (by name, short name or office word), passing over the bodies
    that route a planner (`routes`); "" if none."""
    words = {}
    for b in kb.ministries.values():
        for word in () if routes(b) else (b.name, b.short_name, *b.offices):
            if word:
                words.setdefault(word, b.id)
    routing = [w for b in kb.ministries.values() if routes(b) for w in (b.name, b.short_name) if w]
    for word in routing:  # a routing body's name may hold a body's word (関係府省庁の地方支分部局等)
        text = text.replace(word, "　" * len(word))
    hits = [(text.find(word), -len(word), bid) for word, bid in words.items() if word in text]
    return min(hits)[2] if hits else ""


class MeasureChecks:
    kb: Any
    loaded: dict[str, list[tuple[str, Any]]]

    # --- measures ------------------------------------------------------------
    def _check_measures(self) -> None:
        kb = self.kb
        if not self.loaded.get("measures"):
            self.add("measures", "file", "支援施策が1件もありません（measures/*.yaml）")
        requirement_types = {r.id: {r.plan_type} for r in kb.all_requirements()}
        check_types = {c.id: set(c.plan_types) for c in kb.checks}
        helpable = {**check_types, **requirement_types}
        for file, m in self.loaded.get("measures", []):
            self._check_measure(file, m, helpable)

    def _check_measure(self, file: str, m: Measure, helpable: dict[str, set[str]]) -> None:
        kb = self.kb
        w = m.id
        if not m.plan_types:
            self.add(file, f"{w} plan_types", "支援施策に対象の計画類型（plan_types）が1つもありません")
        if not m.ministry.strip():
            self.add(file, f"{w} ministry", "支援施策に所管の府省庁（ministry）がありません")
        elif m.ministry not in kb.ministries:
            self.add(file, f"{w} ministry", self._unknown("府省庁", m.ministry, kb.ministries))
        self._check_basis(file, f"{w} ministry_basis", m.ministry_basis)
        for c in m.co_ministries:
            if c not in kb.ministries:
                self.add(file, f"{w} co_ministries", self._unknown("府省庁", c, kb.ministries))
            elif c == m.ministry:
                self.add(
                    file, f"{w} co_ministries", f"co_ministries に所管の府省庁 {c!r} が重ねて書かれています"
                )
        if m.contact is not None and m.contact not in kb.contacts:
            self.add(file, f"{w} contact", self._unknown("問い合わせ先", m.contact, kb.contacts))
        self._check_where_to_ask(file, m)
        self._check_joint_givers(file, m)
        self._check_measure_targets(file, m, helpable)
        for pat in m.name_patterns:
            try:
                re.compile(pat)
            except re.error as e:
                self.add(file, f"{w} name_patterns", f"name_patterns の正規表現 {pat!r} が誤っています（{e}）")
        for c in m.conditions:
            if c.fact is not None:
                self._check_fact(file, f"{w} conditions[{c.id}].fact", c.fact)
        for attr in ("plan_types", "menu_for", "plan_benefit_for", "fields", "sectors", "products", "helps", "related", "co_ministries", "themes"):
            dup = sorted({str(v) for v, n in Counter(getattr(m, attr)).items() if n > 1})
            if dup:
                self.add(file, f"{w} {attr}", f"{attr} に同じ値が重複しています: {', '.join(dup)}")

    def _check_where_to_ask(self, file: str, m: Measure) -> None:
        """The body a measure's contact text sends a planner to first is one that runs it: its ministry (or a body
        above or under it), or a window the knowledge names for it (by institution, sector or object). A measure
        whose owner the sources leave open (関係府省) may list any."""
        kb = self.kb
        if kb.ministries.get(m.ministry) is None or routes(kb.ministries[m.ministry]):
            return
        first = first_body(kb, m.where_to_ask)
        runs = {m.ministry, *(w.ministry for w in m.windows), *(e.ministry for e in m.ministry_by_sector),
                *(e.ministry for e in m.ministry_by_object)}
        if first and not family(kb, first) & set().union(*(family(kb, r) for r in runs)):
            self.add(file, f"{m.id} where_to_ask",
                     f"where_to_ask が最初に挙げる窓口（{kb.ministries[first].name}）が所管の府省庁"
                     f"（{kb.ministries[m.ministry].name}）とも施策の窓口（windows・ministry_by_sector・"
                     f"ministry_by_object）とも合いません")

    def _check_joint_givers(self, file: str, m: Measure) -> None:
        """A measure whose ministry is grounded on a passage saying the ministries give it together (JOINT_GIVERS) does
        not name one of them as its ministry: the sources name no lead (a window by sector or object may still choose
        one). Only the ministry's own basis counts: a passage cited for the content says who cooperates, not who leads."""
        body = self.kb.ministries.get(m.ministry)
        ref = m.ministry_basis.source
        said = next((w for w in JOINT_GIVERS if ref is not None and w in ref.excerpt), "")
        if said and body is not None and not routes(body):
            self.add(file, f"{m.id} ministry", f"出典が「{said}」支援すると書く施策の所管が一つの府省庁"
                                               f"（{body.name}）です。関係府省（related_ministries）にしてください")

    def _check_measure_targets(self, file: str, m: Measure, helpable: dict[str, set[str]]) -> None:
        """What a measure points at: related measures, fields, products, sectors, gaps it helps, plan types."""
        kb = self.kb
        w = m.id
        for attr in ("related", "yields_to"):
            for r in getattr(m, attr):
                if r == m.id:
                    self.add(file, f"{w} {attr}", f"{attr} が自分自身を指しています")
                elif r not in kb.measures:
                    self.add(file, f"{w} {attr}", self._unknown("支援施策", r, kb.measures))
        for rf in m.route_for:
            if rf.measure == m.id or rf.measure not in kb.measures:
                self.add(file, f"{w} route_for", self._unknown("支援施策", rf.measure, kb.measures))
        for n in m.fields:
            if n not in kb.field_by_number:
                self.add(file, f"{w} fields", f"存在しない戦略分野の番号 {n} を参照しています")
        for p in m.products:
            if p not in kb.products:
                self.add(file, f"{w} products", self._unknown("製品・技術", p, kb.products))
            elif m.fields and kb.product_field[p] not in m.fields:
                self.add(
                    file,
                    f"{w} products",
                    f"製品・技術 {p} は分野 {kb.product_field[p]} のものですが、fields にその番号がありません",
                )
        outside = {o.id for o in kb.outside_examples}
        for sec in m.sectors:
            if sec not in outside:
                self.add(file, f"{w} sectors", self._unknown("17分野外の分野（outside_examples）", sec, outside))
        sections = {sec.id: t for t, pt in kb.plan_types.items() for sec in _all_sections(pt.sections)}
        for sid in m.plan_sections:
            if sid not in sections:
                self.add(file, f"{w} plan_sections", self._unknown("計画の記載項目", sid, sections))
            elif sections[sid] not in m.plan_types:
                self.add(file, f"{w} plan_sections", f"記載項目 {sid} は {sections[sid]} 計画のものですが、施策の "
                                                     f"plan_types は {'/'.join(m.plan_types)} です")
            elif not m.objects:
                self.add(file, f"{w} plan_sections", "plan_sections には、その記載項目で探す objects が必要です")
        if m.open_to and not m.objects:
            self.add(file, f"{w} open_to", "open_to には、他の類型の計画が書くべきもの（objects）が必要です")
        if m.for_firms and not set(m.for_firms.implied_for) <= set(m.plan_types):
            self.add(file, f"{w} for_firms", "for_firms の implied_for は施策の plan_types の中の類型です")
        if m.open_to and not set(m.open_to.objects) <= set(m.objects):
            self.add(file, f"{w} open_to", "open_to の objects は施策の objects のうちのものです")
        if m.open_to and set(m.open_to.plan_types) & set(m.plan_types):
            self.add(file, f"{w} open_to", "open_to の plan_types は施策の plan_types 以外の類型です")
        for h in m.helps:
            if h not in helpable:
                self.add(file, f"{w} helps", self._unknown("要件・チェック", h, helpable))
            elif not helpable[h] & set(m.plan_types):
                self.add(
                    file,
                    f"{w} helps",
                    f"{h} は計画類型 {'/'.join(sorted(helpable[h]))} のものですが、施策の plan_types は "
                    f"{'/'.join(m.plan_types)} です",
                )
        for link in m.helps_how:
            if link.requirement not in m.helps:
                self.add(file, f"{w} helps_how", f"helps_how の {link.requirement!r} が helps にありません")
        for attr in ("menu_for", "plan_benefit_for"):
            outside_types = sorted(set(getattr(m, attr)) - set(m.plan_types))
            if outside_types:
                self.add(
                    file,
                    f"{w} {attr}",
                    f"{attr} の計画類型 {'/'.join(outside_types)} が施策の plan_types "
                    f"{'/'.join(m.plan_types)} に含まれていません",
                )

