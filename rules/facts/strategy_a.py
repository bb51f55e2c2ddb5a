"""Facts of the A plan: strategy alignment, investment and infrastructure.

The claim parts (官民投資ロードマップ, 国際的な競争優位性, 計画の素案, インフラ) are computed from statements only
(000 政策パッケージ 第2章 2. A.(2) ①②⑤⑦); the field match and the investments read the plan's fields.
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.claim_rules import strength
from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.statement import HELD, Statement
from chiiki_mirai.core.text.cues import DECIDED_LATER
from chiiki_mirai.core.text.modality import modality
from chiiki_mirai.core.text.normalize import normalize_text
from chiiki_mirai.core.text.numbers import find_fiscal_years
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.rules.facts.claim_select import claim_fact, evidence_at, stated_claims, uncertain_of
from chiiki_mirai.rules.facts.entity_view import evidence, statements
from chiiki_mirai.rules.facts.helpers import (
    evidence_of,
    kgi_with_value,
    section_text,
    yen_display,
)
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain, fact


def _term_in(term: str, text: str) -> bool:
    t = normalize_text(term)
    # short Latin terms ("AI", "MW") match inside other words: require three characters for them
    return len(t) >= (3 if t.isascii() else 2) and t in text


def strategic_field_hits(kb: KnowledgeBase, text: str) -> list[str]:
    """Products of the 17 fields named in `text`: by product name or synonym, else by keyword."""
    text = normalize_text(text)
    hits: list[str] = []
    for f in kb.fields:
        for p in f.products:
            if any(_term_in(n, text) for n in [p.name, *p.synonyms]):
                hits.append(f"{f.number}.{f.name}／{p.name}")
    if hits:
        return hits
    for f in kb.fields:
        for p in f.products:
            if any(_term_in(k, text) for k in p.keywords):
                hits.append(f"{f.number}.{f.name}／{p.name}")
        if not any(h.startswith(f"{f.number}.") for h in hits) and any(
            _term_in(n, text) for n in [f.name, *f.synonyms]
        ):
            hits.append(f"{f.number}.{f.name}")
    return hits


@fact("strategic_field_matched", "17の戦略分野の製品・技術に該当する")
def strategic_field_matched(ctx: FactContext) -> Any:
    ind = ctx.plan.industry
    # what the plan is about: the industry item (B/C), the title, the core investments and, for A
    # (whose sections have no 業種 item), the first section's 産業分野を特定した理由
    parts = [ind.domain or "", *ind.products, ctx.plan.title or ""]
    parts += [i.description for i in ctx.plan.investments]
    if ctx.plan_type == "A":
        parts.append(section_text(ctx, "A.1"))
    text = " ".join(parts)
    if not normalize_text(text):
        return None
    return (strategic_field_hits(ctx.kb, text) or False), evidence_of(ind)


INTERNATIONAL_ITEM = "A.1.4"  # 国際的な競争優位性


def _advantage_at_item(x: Statement) -> bool:
    return x.topic == "competitive_advantage" and x.place.item == INTERNATIONAL_ITEM


@fact("roadmap_alignment_stated", "17の戦略分野の「官民投資ロードマップ」との関係性が記載されている")
def roadmap_alignment_stated(ctx: FactContext) -> Any:
    """000 A.(2)① 「日本成長戦略本部における、17の戦略分野の「官民投資ロードマップ」等と整合していること」: what the
    plan holds under its own item (A.1.3), else a held statement naming the roadmap elsewhere."""
    found = statements(ctx, "alignment", "roadmap")
    held = [x for x in found if x.modality in HELD]
    own = [x for x in held if x.attrs.get("own_item")] or held
    if own:
        return "\n".join(x.place.quote for x in own), [evidence_at(own[0].place)]
    return uncertain_of([x for x in found if x.modality == "none" and x.attrs.get("own_item")])


@fact("international_competitiveness_stated", "国際的な競争優位性（世界をリードし得ること）が記載されている")
def international_competitiveness_stated(ctx: FactContext) -> Any:
    """000 A.(2)② 「世界をリードし得ること又は世界水準での競争優位性を持つこと」, in any words: the claim, or an
    advantage claimed under the item that asks for it (国際的な競争優位性, A.1.4)."""
    return claim_fact(ctx, "international_competitiveness", also=_advantage_at_item)


@fact("international_competitiveness_strong", "国際的な競争優位性が世界シェア・海外競合との比較など具体的な根拠で示されている")
def international_competitiveness_strong(ctx: FactContext) -> Any:
    """000 A.(2)②: stated with a world share or rank, or a figure set against named foreign rivals; a bare
    assertion is left to the reviewer."""
    claimed = stated_claims(ctx, "international_competitiveness") + [
        x for x in stated_claims(ctx, "competitive_advantage") if x.place.item == INTERNATIONAL_ITEM
    ]
    # a present strength (「世界シェア3割を占める」), not a goal (「世界シェア2割を目指す」)
    strong = [x for x in claimed if x.modality == "affirmed" and strength(x.place.quote) == "strong"]
    return (strong[0].place.quote, [evidence_at(strong[0].place)]) if strong else None


@fact("investments_count", "核となる投資案件の数")
def investments_count(ctx: FactContext) -> Any:
    """政策パッケージ 第2章 2. A. (2) ③: 計画の核となる投資案件 — the projects the draft describes."""
    projects = statements(ctx, "investment", "project")
    return len(projects) or None, evidence(*projects[:3])


@fact("investment_total", "投資総額（核となる投資案件の合計）")
def investment_total(ctx: FactContext) -> Any:
    """A. (2) ④ 一定の大規模投資の見込み: the total the draft states (投資総額 / 計), else the sum of the
    projects' amounts, else the core project's own total, else the cumulative investment KGI. A total is
    never computed from amounts when one is written."""
    totals = [s for s in statements(ctx, "investment", "total") if s.value is not None]
    plan_total = [s for s in totals if s.attrs.get("scope") == "plan" and s.modality != "placeholder"]
    if plan_total:
        t = plan_total[0]
        return _total_fact(t.value, [t], t.modality)
    projects = [s for s in statements(ctx, "investment", "project") if s.value is not None]
    core_total = [s for s in totals if s.attrs.get("scope") == "core" and s.modality != "placeholder"]
    if projects or core_total:
        amount = sum(s.value for s in projects if s.value is not None)
        if core_total and core_total[0].value > sum(s.value for s in projects if s.attrs.get("core") and s.value):
            amount = core_total[0].value + sum(s.value for s in projects if s.attrs.get("core") is False and s.value)
        return _total_fact(amount, (core_total + projects)[:3], "affirmed")
    k = kgi_with_value(ctx, "investment")
    if k is not None:
        total = k.cumulative_value or k.value
        return total, evidence_of(k), yen_display(total)
    return None


def _total_fact(amount: float, used: list, modality: str) -> Any:
    if modality == "considering":
        return Uncertain(amount, tuple(evidence(*used)), f"{yen_display(amount)}（精査中・見込み）")
    return amount, evidence(*used), yen_display(amount)


def _subsidies(ctx: FactContext) -> tuple[list[Statement], list[Statement]]:
    """(awards of the core project, awards not given or only sought for it). When the draft marks a core
    project, a related project's award says nothing of the core's certainty; when it marks none (a plan
    from YAML), every project's award counts."""
    projects = statements(ctx, "investment", "project")
    subs = statements(ctx, "investment", "subsidy")
    marked = any(p.attrs.get("core") for p in projects)
    mine = [s for s in subs if not marked or s.attrs.get("core") is True or
            (s.attrs.get("core") is None and s.subject in (None, *[p.subject for p in projects if p.attrs.get("core")]))]
    done = [s for s in mine if s.modality == "affirmed"]
    pending = [s for s in mine if s.modality in ("considering", "negated", "placeholder")]
    if marked:
        done = [s for s in done if s.attrs.get("core") is True or s.subject is not None or not pending]
        # the first core project's own award only sought (「新居浜精錬(株)：国の支援への申請は令和9年度の公募を予定」):
        # an award of another project (「(株)四国ブラックマス 第1工場：…採択済み」) does not assure it
        lead = next((p.subject for p in projects if p.attrs.get("core") and p.subject), None)
        if lead and any(s.subject == lead for s in pending) and not any(s.subject == lead for s in done):
            done = []
    return done, pending


@fact("investment_subsidy_adopted", "核となる投資案件が補助金等に採択されている（投資実現の確度）")
def investment_subsidy_adopted(ctx: FactContext) -> Any:
    """A. (2) ③ 「補助金等の採択が行われている等により投資実現の確度が保証されている」: the core project's award
    written as done (採択済み・交付決定・認定済み)."""
    done, _ = _subsidies(ctx)
    if not done:
        return None
    return "、".join(dict.fromkeys((s.attrs.get("text") or "")[:120] for s in done)), evidence(*done)


@fact("investment_subsidy_pending", "補助金等の採択が未了・予定として書かれている（採択済みではない）")
def investment_subsidy_pending(ctx: FactContext) -> Any:
    """A. (2) ③: the core project's award written as sought (申請中・申請予定・公募に応募) or as not given
    (「採択済みの案件はない」) — the plan itself says the certainty is not there yet."""
    done, pending = _subsidies(ctx)
    if done or not pending:
        return None
    return (pending[0].attrs.get("text") or pending[0].place.quote)[:200], evidence(*pending[:2])


# the draft's naming said not to be settled: absent, sought, or still being arranged (「位置付けは現在調整中であり、素案の
# 確定後に本項を更新する」)
_NOT_YET = re.compile(
    r"(?:記載|明記|位置付け|掲載|盛り込)(?:され|まれ|られ)?(?:てい)?(?:ない|ず|ません)|要望|働きかけ|要請|求めて|目指|"
    r"(?:調整|協議|検討)中|未定|確定(?:後|次第)"
)


def _block_draft(ctx: FactContext) -> tuple[Statement | None, Statement | None]:
    """(statement that the block's draft names the cluster, statement naming it only as sought or future).

    Named = affirmed and saying so (候補・位置付け・明記 …), or affirmed under its own item (A.1.5) with nothing
    there sought or future; sought = planned, considering or negated (「素案への反映を目指す」「今後、働きかける」)."""
    found = [x for x in statements(ctx, "alignment", "block_draft") if x.modality not in ("placeholder", "none")]
    # what the plan says under the item that asks for it (A.1.5) decides; a mention elsewhere (a cover note
    # 「本素案は…有識者検討会の議論を踏まえ…取りまとめた候補プロジェクト提案の素案である」) counts when that item says nothing
    found = [x for x in found if x.attrs.get("own_item")] or found
    pending = next((x for x in found if x.modality in ("planned", "considering", "negated")), None)
    # the sentence must say it — its predicate or a cue of absence or lobbying (「記載されていないが…要望している」),
    # not only the classifier's stance: 「本提案は当該素案の記載内容を具体化するものである」 takes nothing away
    if (
        pending is not None
        and pending.modality in ("considering", "negated")
        and pending.attrs.get("named")
        and (modality(pending.place.quote) in ("considering", "negated") or _NOT_YET.search(pending.place.quote))
    ):
        # 「同素案に現時点で記載されていないが、候補に加えるよう要望している」: whatever else the draft names, not this
        return None, pending
    done = next((x for x in found if x.modality == "affirmed" and x.attrs.get("named")), None)
    if done is None and pending is None:
        done = next((x for x in found if x.modality == "affirmed" and x.attrs.get("own_item")), None)
    return done, pending


@fact("block_draft_alignment_stated", "地方ブロックの計画の素案に産業クラスターの候補として明記されている")
def block_draft_alignment_stated(ctx: FactContext) -> Any:
    """000 A.(2)⑤ 「計画の素案…において、産業クラスターの候補として明記されていること」."""
    done, _ = _block_draft(ctx)
    return (done.place.quote, [evidence_at(done.place)]) if done else None


@fact("block_draft_alignment_pending", "計画の素案への位置付けが今後の予定・働きかけとしてのみ書かれている")
def block_draft_alignment_pending(ctx: FactContext) -> Any:
    done, pending = _block_draft(ctx)
    return (pending.place.quote, [evidence_at(pending.place)]) if pending and not done else None


def _infra(ctx: FactContext, *topics: str) -> Statement | None:
    found = [x for x in statements(ctx, "infrastructure") if x.topic in topics]
    own = [x for x in found if x.attrs.get("own_item")]
    return (own or found or [None])[0]


@fact("infrastructure_stated", "インフラ・分野特有の拠点整備が記載されている")
def infrastructure_stated(ctx: FactContext) -> Any:
    """000 A.(2)⑦ インフラ・分野特有の拠点整備: a project stated (or why none is needed, or that it is kept apart);
    one only being considered (「今後、用水の確保策を検討する」) is a candidate for the reviewer."""
    got = _infra(ctx, "stated", "unneeded", "declined")
    if got is not None:
        return got.place.quote, [evidence_at(got.place)]
    return uncertain_of([x for x in statements(ctx, "infrastructure", "considering")])


# the piece's timing is said to be open: 「整備時期：未定」「完成時期は（調整中）」「整備時期について…協議を継続」
_TIMING_OPEN = re.compile(
    r"(?:時期|期間|工期|スケジュール|完成|供用|着手)[^。]{0,25}(?:未定|調整中|協議|検討|決まっていない|確定していない)|未定|"
    + DECIDED_LATER  # a year given only for deciding how (「令和9年度に方針を決定する」) is no date for the piece
)


@fact("infrastructure_undecided", "投資案件に必要なインフラ・拠点整備の時期が決まっていない（検討・調整中）")
def infrastructure_undecided(ctx: FactContext) -> Any:
    """000 A.(2)⑦ 「それらの整備と計画の核となる投資案件が一体となっていること」: a piece of infrastructure the plan
    itself names, written only as being considered (「今後検討する」「（調整中）」) with no date set for it or with its
    timing said to be open, cannot yet be one with the investment's schedule. A piece under consideration that
    already has its own year (「2031年度までに（事業主体は国と協議）」) is not this."""
    # (without a year, the sentence's own predicate must leave it open: 「…揃わなければ…できないため、両者は一体の事業と
    # して進める」 is a commitment, whatever stance the classifier read in its condition)
    open_ = [
        x for x in statements(ctx, "infrastructure", "considering")
        if _TIMING_OPEN.search(normalize_text(x.place.quote))
        or (not find_fiscal_years(x.place.quote) and modality(x.place.quote) not in ("affirmed", "planned"))
    ]
    if not open_:
        return None
    return "、".join(x.place.quote[:80] for x in open_[:2]), [evidence_at(x.place) for x in open_[:2]]


@fact("infrastructure_relevant", "インフラ・拠点整備が密接不可分な分野か、計画自身がインフラ・拠点整備に触れている")
def infrastructure_relevant(ctx: FactContext) -> Any:
    """000 A.(2)⑦ 「インフラ・分野特有の拠点整備が密接かつ不可分な分野においては」: the plan names them, or its
    field is flagged `infrastructure_intensive` in fields.yaml (a general-knowledge flag)."""
    own = statements(ctx, "infrastructure")
    if own:
        return True, [evidence_at(own[0].place)]
    matched = strategic_field_matched(ctx)
    hits = matched[0] if isinstance(matched, tuple) and matched[0] else []
    numbers = {int(h.split(".", 1)[0]) for h in hits}
    intensive = [f.name for f in ctx.kb.fields if f.number in numbers and f.infrastructure_intensive]
    return (True, [Evidence(section=None, text="、".join(intensive))]) if intensive else False


@fact("infrastructure_declined", "インフラ・拠点整備を投資案件と一体で進めないと記載されている（不要とはしていない）")
def infrastructure_declined(ctx: FactContext) -> Any:
    got = _infra(ctx, "declined")
    return (got.place.quote, [evidence_at(got.place)]) if got else None


@fact("infrastructure_unneeded", "インフラ・拠点整備が不要である旨（理由）が記載されている")
def infrastructure_unneeded(ctx: FactContext) -> Any:
    got = _infra(ctx, "unneeded")
    return (got.place.quote, [evidence_at(got.place)]) if got else None
