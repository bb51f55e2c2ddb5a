"""A plan recommendation's reasons as checked claims, and the window to approach for this plan.

Each reason line carries its evidence: 「計画に記載」 with the plan's own words naming the measure; a need or a
direction with the statement or the words it was read from; a field or product with the plan's word; "helps
requirement X" only for a requirement unmet in this check with the knowledge's rationale and source
(plan_rank._gap_links); what the sources say about the plan type (the menu, 「政策パッケージではB計画向けに掲載」).

The window: where the knowledge has a window by sector or by the plan's words (`ministry_by_sector`: 清酒 →
財務省（国税庁）, 水産 → 農林水産省) it is chosen from the plan's industry and its fields and sectors; where a
measure covers things different bodies run (`ministry_by_object`: 関連インフラ's 道路・港湾 → 国土交通省, 工業用水 →
経済産業省), from what the plan asks it for; where a measure is run by several institutions (`windows`), the one the
plan names, else the one for its type.
"""

from __future__ import annotations

import re
from collections import Counter

from chiiki_mirai.core.result import ReasonLine, SourceOut
from chiiki_mirai.knowledge.labels import theme_label
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Measure
from chiiki_mirai.recommender.plan_evidence import PlanReading
from chiiki_mirai.recommender.plan_words import end_use_only, first_made, norm
from chiiki_mirai.recommender.ranking_model import Link, Scored, Signals
from chiiki_mirai.recommender.themes import PROBLEM

TYPE_SHORT = {"A": "A計画（戦略産業クラスター計画）", "B": "B計画（地域産業クラスター計画）", "C": "C計画（地場産業成長プラン）"}
MIN_LINE = 0.05


def _type_names(types: str) -> str:
    return "・".join(t for t in types.split("・"))


def _line(kb: KnowledgeBase, m: Measure, lk: Link, reading: PlanReading | None = None) -> ReasonLine | None:
    where = lk.detail.get("where", "")
    if lk.kind == "named":
        said = "計画に記載（採択済み）" if lk.detail.get("adopted") else "計画に記載"
        return ReasonLine(kind="named", text=f"{said}: 「{lk.origin}」（{where}）", quote=lk.origin, where=where)
    if lk.kind == "need":
        label = theme_label(lk.ref)
        return ReasonLine(kind="need", text=f"計画の{where}に「{lk.origin}」とあり、{label}の支援が求められています",
                          quote=lk.origin, where=where, ref=lk.ref)
    if lk.kind == "object":
        return ReasonLine(kind="object", text=f"計画の{where}に「{lk.origin}」とあり、この施策の対象に当たります",
                          quote=lk.origin, where=where)
    if lk.kind == "market":
        return ReasonLine(kind="object", text=f"計画の{where}に「{lk.origin}」とあり、この施策が支える顧客に売る計画です",
                          quote=lk.origin, where=where)
    if lk.kind == "route":
        other = kb.measures[lk.ref].name if lk.ref in kb.measures else lk.ref
        return ReasonLine(kind="object", text=f"計画の{where}に「{lk.origin}」とあり、この施策は「{other}」を活用する"
                          "取組を進める手続です", quote=lk.origin, where=where, ref=lk.ref)
    if lk.kind == "section":
        heading = _section_heading(kb, lk.detail.get("section", ""))
        return ReasonLine(kind="object", text=f"計画の「{heading}」に「{lk.origin}」とあり、この施策はその取組を支えるものです",
                          quote=lk.origin, where=where, ref=lk.detail.get("section", ""))
    if lk.kind == "direction":
        label = theme_label(lk.ref)
        cue = (lk.detail.get("cues") or [""])[0]
        return ReasonLine(kind="direction", text=f"計画は{label}に取り組みます（計画の{where}に「{cue}」）",
                          quote=cue, where=where, ref=lk.ref)
    if lk.kind in ("field", "product"):
        if lk.kind == "field":
            f = kb.field_by_number.get(int(lk.ref))
            label = f"戦略分野「{f.number}. {f.name}」" if f else lk.ref
        else:
            p = kb.products.get(lk.ref)
            label = f"製品・技術「{p.name if p else lk.ref}」"
        if reading is not None and norm(lk.origin) not in reading.text:
            # the classifier's word for the plan's industry, not the plan's own: no quote to show
            return ReasonLine(kind=lk.kind, text=f"計画の産業・製品は{label}に当たり、この施策の対象です", ref=lk.ref)
        return ReasonLine(kind=lk.kind, text=f"計画の「{lk.origin}」は{label}に当たり、この施策の対象です",
                          quote=lk.origin, ref=lk.ref)
    if lk.kind == "sector":
        return ReasonLine(kind="sector", text=f"計画は17の戦略分野以外の「{lk.origin}」に当たり、この施策はその分野を支援します",
                          ref=lk.ref)
    if lk.kind == "gap":
        item = kb.item_by_id(lk.ref)
        label = getattr(item, "label", lk.ref)
        src = lk.detail["source"]
        return ReasonLine(kind="gap", text=f"要件「{label}」がこのチェックで未充足です: {lk.detail['rationale']}",
                          ref=lk.ref, rationale=lk.detail["rationale"], source=SourceOut(**kb.source_out(src)))
    return _kb_line(m, lk)


def _section_heading(kb: KnowledgeBase, section_id: str) -> str:
    for pt in kb.plan_types.values():
        for sec in pt.sections:
            for item in [sec, *sec.items]:
                if item.id == section_id:
                    return item.heading
    return section_id


def _kb_line(m: Measure, lk: Link) -> ReasonLine | None:
    if lk.kind == "menu":
        where = "策定の留意事項の③支援メニュー例" if lk.ref in ("B", "C") else "3つのクラスター計画の概要の支援策(例)"
        return ReasonLine(kind="kb", text=f"{TYPE_SHORT.get(lk.ref, lk.ref)}の{where}に掲載された施策です", ref=lk.ref)
    if lk.kind == "benefit":
        when = ("策定主体を見直して（策定できる団体による策定又は共同策定）計画が公表されれば" if lk.detail.get("author_first")
                else "計画が公表されると")
        return ReasonLine(kind="kb", text=f"{when}{TYPE_SHORT.get(lk.ref, lk.ref)}の取組として受けられる支援です"
                          "（留意事項「計画策定後の支援メニューの活用プロセス」）", ref=lk.ref)
    if lk.kind == "other_type":
        types = "・".join(f"{t}計画" for t in m.plan_types)
        return ReasonLine(kind="kb", text=f"政策パッケージでは{types}向けに掲載（この計画の類型では対象か所管に確認してください）",
                          ref=lk.ref)
    if lk.kind == "open" and m.open_to:  # the sources say whom the programme is for (Measure.open_to)
        return ReasonLine(kind="kb", text=m.open_to.says, ref=lk.ref)
    return None


def plan_reason_lines(kb: KnowledgeBase, s: Scored, reading: PlanReading | None = None) -> list[ReasonLine]:
    """The reason lines of a plan recommendation, strongest first; the type's listing always shown. With the
    plan's reading, a line quotes only words that are in the plan."""
    out: list[ReasonLine] = []
    for lk in s.links:
        if lk.contribution < MIN_LINE and lk.kind not in ("other_type", "menu", "open"):
            continue
        line = _line(kb, s.measure, lk, reading)
        if line is not None and line.kind in ("need", "object") and any(
                x.kind in ("need", "object") and x.quote == line.quote for x in out):
            continue  # one statement, quoted once
        if line is not None and line.text not in {x.text for x in out}:
            out.append(line)
    if s.measure.status != "available":
        out.append(ReasonLine(kind="kb", text="資料では検討中の措置です（申請できる制度はまだありません）"))
    return out


def choose_window(m: Measure, reading: PlanReading | None, sig: Signals | None) -> tuple[str, str]:
    """(ministry id, window name) to approach for this plan; ("", "") where the knowledge has no choice."""
    subject = reading.subject if reading else ""
    named_text = reading.named[m.id].quote if reading and m.id in reading.named else ""
    # the institution the plan names, the first it names where it names several (「政府系金融機関（DBJ、日本政策金融公庫）」)
    said = norm(named_text)
    named = [(min(at), i, w) for i, w in enumerate(m.windows)
             if (at := [said.find(k) for k in map(norm, w.keywords) if k in said])]
    if named:
        w = min(named, key=lambda x: x[:2])[2]
        return w.ministry, w.name
    # whom the plan has it finance: where it names it (関連中小企業の設備投資), else whose lack of funds it states
    # (「協力企業の多くは従業員50人未満で、設備更新の資金が足りない」; not a lender's offer to them)
    for text in (named_text, *funds_lacking(reading)):
        for w in m.windows:
            if any(norm(k) in norm(text) for k in w.borrowers):
                return w.ministry, w.name
    by_sector = sector_window(m, subject)
    if by_sector:
        return by_sector, ""
    by_object = object_window(m, reading)
    if by_object:
        return by_object, ""
    if sig is not None:
        for e in m.ministry_by_sector:
            if set(e.sectors) & set(sig.sectors) or set(e.fields) & set(sig.fields):
                return e.ministry, ""
        for w in m.windows:
            if sig.plan_type in w.plan_types:
                return w.ministry, w.name
    return "", ""


def sector_window(m: Measure, subject: str) -> str:
    """The window by sector (`Measure.ministry_by_sector`) for what the plan makes: the entry whose word the plan's
    subject (`PlanReading.subject`: its products first, then its 業種 and title, one a line) writes first as a product,
    so that its main product decides, not a by-product or a material named after it (梨の生果・加工品（果汁、シードル）
    → 農林水産省; 桐たんす・小物家具と、その材料の桐材（製材） → 経済産業省), nor the material a product is made of
    (りんご加工品（シードル・果汁） → 国税庁: `plan_words.first_made`); ties in the table's order. A word of the plan's
    customers (旅館向けの家具) does not make the plan's industry theirs, and the end use written on one line is not the
    product on the line before it; "" where no entry's word is written."""
    hits = [(min(at), i, e.ministry) for i, e in enumerate(m.ministry_by_sector)
            if (at := [w for k in map(norm, e.keywords) if not end_use_only(k, subject)
                       and (w := first_made(k, subject)) is not None])]
    return min(hits)[2] if hits else ""


SEVERAL_BODIES = "related_ministries"
# what the plan asks of one body outweighs the rest (statements per body): that body is the window, the others to confirm.
# Why a ratio and why 4 (round 38, dev reviewers' windows for 関連インフラ, 69 plans): the rules without a ratio send a
# port plan that mentions the industrial water the prefecture supplies once to 関係府省 (any two bodies → 関係府省: 42
# right; only the bodies of need statements: 43; only those of the 課題・政策手段 sections: 43); a ratio of 3 to 6 gives
# 46–48, so 4 sits inside a plateau, not on a fitted edge (a fifth or less of the statements is a mention in passing)
DOMINANT = 4
_FUNDS = re.compile(r"資金|融資|投資余力")  # the money itself (not the lenders, funds or investors of themes' finance cues)


def funds_lacking(reading: PlanReading | None) -> list[str]:
    """The plan's statements of need that say funds are lacking (a shortage, not a lender's offer), normalised."""
    if reading is None:
        return []
    return [st.norm for st in reading.statements
            if st.kind == "need" and st.counts and _FUNDS.search(st.norm) and PROBLEM.search(st.norm)]


def object_window(m: Measure, reading: PlanReading | None) -> str:
    """The window for what the plan asks the measure for (`Measure.ministry_by_object`): the entry whose words the plan
    writes in its statements of its own that count (not its set-up, not a negated or blank one); where several entries'
    words are written, the one the plan writes of in DOMINANT times as many statements as any other (a port plan's
    quays, channels and port roads beside one line on the industrial water the prefecture supplies: the port's window),
    else the related ministries; "" where none is."""
    if reading is None or not m.ministry_by_object:
        return ""
    said = {st.norm for st in reading.statements if st.counts and st.about_plan and not st.heading}
    hits = Counter(e.ministry for t in said for e in m.ministry_by_object if any(norm(k) in t for k in e.keywords))
    if len(hits) > 1:
        (first, n), (_, second) = hits.most_common(2)
        return first if n >= DOMINANT * second else SEVERAL_BODIES
    return next(iter(hits), "")
