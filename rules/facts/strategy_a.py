"""Facts of the A plan: strategy alignment, investment and infrastructure."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chiiki_mirai.core.plan import Evidence
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.cues import (
    NOT_DONE,
)
from chiiki_mirai.core.text.normalize import maru_sentences, normalize_text
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.rules.facts.entity_view import evidence, statements
from chiiki_mirai.rules.facts.helpers import (
    affirmed_sentence,
    cue_fact,
    evidence_of,
    has_text,
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


def _stated_or_cue(ctx: FactContext, value: str | None, min_len: int, pattern: str) -> Any:
    """The plan's own field when filled, else the first sentence of the plan matching the cue."""
    return value if has_text(value, min_len) else cue_fact(ctx, pattern)


@fact("roadmap_alignment_stated", "17の戦略分野の「官民投資ロードマップ」との関係性が記載されている")
def roadmap_alignment_stated(ctx: FactContext) -> Any:
    return _stated_or_cue(ctx, ctx.plan.roadmap_alignment, 6, r"(官民投資ロードマップ|日本成長戦略)")


@fact("international_competitiveness_stated", "国際的な競争優位性（世界をリードし得ること）が記載されている")
def international_competitiveness_stated(ctx: FactContext) -> Any:
    return _stated_or_cue(
        ctx,
        ctx.plan.international_competitiveness,
        6,
        r"(世界(を|で)?(リード|トップ|有数|最高|水準)|世界シェア|国際競争力|国際的な競争)",
    )


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


_BLOCK = r"(計画の素案|素案|有識者検討会|ブロック[^。]{0,20}候補)"


_NAMED_IN_DRAFT = r"候補|位置付|明記|記載|盛り込|掲げ|挙げ|含まれ|掲載"


def _block_draft(ctx: FactContext) -> tuple[str | None, str | None, list[Evidence]]:
    """(sentence stating the block draft names the cluster, sentence naming it only as future, evidence)."""
    own = ctx.plan.block_draft_alignment
    if has_text(own, 6):
        done, pending = affirmed_sentence(own, _BLOCK)
        own_n = unicodedata.normalize("NFKC", own)
        if done and not re.search(_NAMED_IN_DRAFT, done) and (pending or re.search(NOT_DONE, own_n)):
            # "素案の検討が進められている" is about the draft, not the cluster in it; the sentence that is
            # about the cluster says it is only being asked for
            done = None
            pending = pending or next((x for x in maru_sentences(own_n) if re.search(NOT_DONE, x)), None)
        if done:
            return done, None, []
        if pending is None and not re.search(NOT_DONE, unicodedata.normalize("NFKC", own)):
            return own, None, []  # written under its heading without the cue words
        if pending is None:
            pending = maru_sentences(unicodedata.normalize("NFKC", own))[0]
    else:
        done, pending = affirmed_sentence(ctx.text, _BLOCK)
        if done:
            return done, None, [Evidence(section=None, text=done[:200])]
    return None, pending, ([Evidence(section=None, text=pending[:200])] if pending else [])


@fact("block_draft_alignment_stated", "地方ブロックの計画の素案に産業クラスターの候補として明記されている")
def block_draft_alignment_stated(ctx: FactContext) -> Any:
    done, _, evidence = _block_draft(ctx)
    return done, evidence


@fact("block_draft_alignment_pending", "計画の素案への位置付けが今後の予定・働きかけとしてのみ書かれている")
def block_draft_alignment_pending(ctx: FactContext) -> Any:
    done, pending, evidence = _block_draft(ctx)
    return (pending, evidence) if pending and not done else None


@fact("infrastructure_stated", "インフラ・分野特有の拠点整備が記載されている")
def infrastructure_stated(ctx: FactContext) -> Any:
    return _stated_or_cue(
        ctx, ctx.plan.infrastructure, 4, r"(工業用水|道路|港湾|鉄道|送電|電力系統|インフラ|拠点整備|産業用地)"
    )


@fact("infrastructure_relevant", "インフラ・拠点整備が密接不可分な分野か、計画自身がインフラ・拠点整備に触れている")
def infrastructure_relevant(ctx: FactContext) -> Any:
    """000 A.(2)⑦ 「インフラ・分野特有の拠点整備が密接かつ不可分な分野においては」: the plan names them, or its
    field is flagged `infrastructure_intensive` in fields.yaml (a general-knowledge flag)."""
    if has_text(ctx.plan.infrastructure, 4):
        return True, [Evidence(section=None, text=ctx.plan.infrastructure[:200])]
    matched = strategic_field_matched(ctx)
    hits = matched[0] if isinstance(matched, tuple) and matched[0] else []
    numbers = {int(h.split(".", 1)[0]) for h in hits}
    intensive = [f.name for f in ctx.kb.fields if f.number in numbers and f.infrastructure_intensive]
    return (True, [Evidence(section=None, text="、".join(intensive))]) if intensive else False


_INFRA_WORD = r"インフラ|拠点整備|工業用水|受電|送電|電力系統|変電|道路|港湾|岸壁|鉄道|産業用地|用水"


# the plan leaves infrastructure out although it is part of the project: "案件を含めていない", "一体で進めることはしない"
_INFRA_DECLINED = (
    r"含めていない|含めない|含まない|一体(?:的に|で)?(?:進める|整備する|行う)ことはしない|"
    r"個別に(?:協議|対応|調整)|整備は行わない|整備しない|予定はない|予定していない"
)


_INFRA_UNNEEDED = r"不要|必要(?:としない|がない|はない|ない)|要しない|求められない|既存の[^。]{0,20}(?:で足り|で賄え|で対応でき)"


@fact("infrastructure_declined", "インフラ・拠点整備を投資案件と一体で進めないと記載されている（不要とはしていない）")
def infrastructure_declined(ctx: FactContext) -> Any:
    own = ctx.plan.infrastructure
    if not has_text(own, 4):
        return None
    for sent in maru_sentences(unicodedata.normalize("NFKC", own)):
        if re.search(_INFRA_DECLINED, sent) and not re.search(_INFRA_UNNEEDED, sent):
            return sent, [Evidence(section=None, text=sent[:200])]
    return None


@fact("infrastructure_unneeded", "インフラ・拠点整備が不要である旨（理由）が記載されている")
def infrastructure_unneeded(ctx: FactContext) -> Any:
    own = ctx.plan.infrastructure
    if not has_text(own, 4):
        return None
    for sent in maru_sentences(unicodedata.normalize("NFKC", own)):
        if re.search(_INFRA_UNNEEDED, sent) and re.search(_INFRA_WORD + r"|整備|案件", sent):
            return sent, [Evidence(section=None, text=sent[:200])]
    return None
