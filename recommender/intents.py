"""Desk intents: everyday phrasing → the need behind it → the measures that serve that need.

The needs and their phrasings come from resources/phrases/p*_needs.yaml (32 needs, written by four independent
writers p1-p4 and frozen before use: 「店をたたもうか迷っている」 is 事業承継, 「銀行が貸してくれない」 is 融資) and
e1_needs.yaml (two needs the writers' brief left out — what being in a plan brings, a town hall's staff — written
by the engineer from the sources' wording). A question
is compared with every phrasing as sets of SudachiPy content words (normalised forms, so たたもう meets 畳む):
a phrasing's score is the share of its words' weight the question contains, a word weighing its IDF over the
needs (a word every need uses says nothing); a word is matched in any inflection (its dictionary form) and a
country's name is 海外. A need's score counts its writers, not its phrasings: its best phrasing's share blended
with the next writer's best (AGREEMENT), so that one writer's phrasing that happens to fit says less than several
writers' phrasings that fit, and a need with more writers (hence more phrasings) does not win by their number. A
need is expressed when that reaches NEED_MIN.

The measures of a need are the writers' lists *checked against the measures' own words* (`_check`): a measure is
used for a need when at least two writers list it, or when one does and its themes or its own words (name, aliases,
keywords, summary) fit the need; it weighs by the share of the need's writers who list it (`listed_weight`: one of
them ONE_WRITER, all of them 1.0). The others are reported by `mismatches()` and not used.
An A-scale question (工場を誘致, 大規模投資) brings the whole family the policy package lists for large
investments (000 第3章 1.A: 投資補助金, 産業用地, インフラ, 特区, 税制): LARGE_FAMILY.
Needs no measure of the strategy serves (電気代そのもの, 鳥獣被害, 取引条件, 個人の住まい…) are read the same way
from resources/outside_needs.yaml (`outside_needs`): when one is the question's strongest need, the desk says that
nothing applies and offers the general desks rather than ranking measures by the question's incidental nouns; a
need the measures serve wins over it by how far its writers agree (`NeedMatch.consensus`, their median), since
the needs no measure serves have one writer each.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.desk_words import measure_words
from chiiki_mirai.recommender.intent_words import (
    ASKING,
    compound_heads,
    compound_inner,
    compound_modifiers,
    modified_only,
    other_destination,
    other_head,
    other_object,
    token_forms,
    units,
    words,
)
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.tokenize import fold, tokens

PHRASES = Path(__file__).with_name("resources") / "phrases"
OUTSIDE = Path(__file__).with_name("resources") / "outside_needs.yaml"
OTHER_OBJECT = 0.5
AGREEMENT = 0.25  # the share of a need's score that is its second writer's best phrasing
ONE_WRITER = 0.7  # a measure only one of a need's writers lists (and whose own words fit the need)
OUTSIDE_WRITER = "outside"  # the writer of outside_needs.yaml
LOST_WORD = "\0"  # stands for a content word of a phrasing that gives no form  # the question asks about the same thing of another object (申告書の書き方, not 計画の書き方)
NEED_MIN = 0.5
# the need → the themes (knowledge.schema ThemeId) its measures serve
NEED_THEMES: dict[str, tuple[str, ...]] = {
    "succession": ("management",), "closing": ("management",), "finance_loan": ("finance",),
    "investment_subsidy": ("capex",), "tax": ("tax",), "land": ("land",), "infrastructure": ("infrastructure",),
    "labour_shortage": ("talent",), "skills": ("talent",), "management_talent": ("talent", "management"),
    "export": ("export",), "inbound": ("tourism",), "sales_channel": ("management",), "energy_cost": (),
    "automation": ("capex", "ax"), "ai": ("ax",), "regulation": ("regulation",), "startup": ("startup",),
    "research": ("research",), "large_investment": ("capex", "land", "infrastructure"),
    "plan_making": ("consultation",), "consultation": ("consultation",), "local_transport": ("local_transport",),
    "public_facilities": ("public_facilities",), "women": ("women",), "essential_services": (),
    "tourism_area": ("tourism",), "food_export": ("export", "food", "agriculture"), "sports": ("sports",),
    "culture": ("culture",), "circular": ("circular_economy",), "disaster": (),
    "plan_benefit": (), "municipal_staff": ("consultation",), "supplier_entry": ("management", "capex"),
    "field_trial": (), "youth_local": ("talent",),
}
NEED_LABELS: dict[str, str] = {
    "succession": "事業承継", "closing": "廃業・事業の整理", "finance_loan": "融資・資金繰り",
    "investment_subsidy": "設備投資の補助", "tax": "税の優遇", "land": "工場用地・用地", "infrastructure": "道路・用水・電力・港湾",
    "labour_shortage": "人手不足・採用", "skills": "技能者・人材育成", "management_talent": "経営人材・幹部", "export": "輸出・海外販路",
    "inbound": "訪日客・観光需要", "sales_channel": "国内販路・売上拡大", "energy_cost": "電気代・燃料費",
    "automation": "省力化・自動化・DX", "ai": "AIの活用", "regulation": "規制・許認可の壁", "startup": "スタートアップとの連携",
    "research": "研究開発・産学連携", "large_investment": "大規模な工場・誘致", "plan_making": "計画の作り方・提出",
    "consultation": "相談先", "local_transport": "地域交通", "public_facilities": "公共施設の再編", "women": "女性の活躍",
    "essential_services": "生活サービスの維持", "tourism_area": "観光地づくり", "food_export": "農林水産物・食品の輸出",
    "sports": "スポーツ", "culture": "文化資源・伝統工芸", "circular": "リサイクル・循環経済", "disaster": "防災",
    "plan_benefit": "計画に載ることの利点", "municipal_staff": "自治体の人手・専門人材",
    "supplier_entry": "新しい取引・分野への参入", "field_trial": "新しい技術・やり方の現場での実証",
    "youth_local": "若者の地元での進学・就職",
}
# a need that makes another only the context of the question: a supplier entering a large plant's supply chain is
# not the one investing in it (the plant it names brings no A-scale family)
CONTEXT_OF: dict[str, tuple[str, ...]] = {"supplier_entry": ("large_investment",)}
LARGE_NEED = "large_investment"
GENERIC_NEEDS = frozenset({"consultation"})
LARGE_FAMILY = ("chuken_large_growth_investment_subsidy", "industrial_land_development_support",
                "related_infra_hub_development", "regional_industry_structure_infra_kofukin",
                "national_strategic_special_zones_reform", "regional_future_investment_tax")
@dataclass(frozen=True)
class NeedMatch:
    need: str
    score: float  # 0-1: the share of the best phrasing's words the question contains
    phrase: str  # that phrasing
    consensus: float = 0.0  # the median over the need's writers of their best phrasing's score (absent: 0)


def writer_of(path: Path) -> str:
    """The writer of a phrase file: its name's prefix (p1_needs.yaml → p1; e* are the engineer's)."""
    return path.name.split("_", 1)[0]


@functools.lru_cache(maxsize=2)
def written_needs(path: Path = PHRASES) -> dict[str, dict]:
    """need → {phrases: [...], by: {phrasing: its writers}, measures: {measure id: how many independent writers
    list it}, writers: how many independent writers wrote the need}."""
    out: dict[str, dict] = {}
    for p in sorted(path.glob("*_needs.yaml")):
        w = writer_of(p)
        for need, body in (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).items():
            entry = out.setdefault(str(need), {"phrases": [], "by": {}, "measures": {}, "writers": 0})
            entry["phrases"].extend(str(x) for x in body.get("phrases") or [])
            for x in body.get("phrases") or []:
                entry["by"].setdefault(str(x), set()).add(w)
            entry["writers"] += bool(body.get("measures"))
            for m in body.get("measures") or []:
                entry["measures"][m] = entry["measures"].get(m, 0) + 1
    return out


@dataclass(frozen=True)
class OutsideNeed:
    label: str
    where: str  # the usual counter for it (general knowledge)
    shadows: tuple[str, ...] = ()  # served needs whose phrasings overlap it: read about as strongly, it wins
    refer: tuple[str, ...] = ()  # measures offered beside the general desks (a loan for the machine that saves the bill)
    # words of a served need's request that leave the question to the served needs when it says one (a hiring question
    # names the residence regimes too: 実習生が足りないので特定技能の人を雇いたい is the labour need)
    unless: tuple[str, ...] = ()


@functools.lru_cache(maxsize=2)
def outside_needs(path: Path = OUTSIDE) -> tuple[dict[str, OutsideNeed], dict[str, list[str]]]:
    """(need → label, counter and shadowed needs; need → phrasings) of the needs no measure serves."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    info: dict[str, OutsideNeed] = {}
    phrases: dict[str, list[str]] = {}
    for need, body in (raw.get("needs") or {}).items():
        info[str(need)] = OutsideNeed(str(body["label"]), str(body["where"]), tuple(body.get("shadows") or ()),
                                      tuple(body.get("refer") or ()), tuple(body.get("unless") or ()))
        phrases[str(need)] = [str(x) for x in body.get("phrases") or []]
    return info, phrases


class IntentIndex:
    def __init__(self, kb: KnowledgeBase):
        self.outside, extra = outside_needs()
        self.needs = {**written_needs()}
        for need, phrases in extra.items():
            self.needs[need] = {"phrases": phrases, "measures": {}}
        # (need, phrasing, its words: one set of forms per token)
        self.phrases: list[tuple[str, str, tuple[frozenset[str], ...]]] = []
        vocab: dict[str, set[str]] = {}
        self.by: list[frozenset[str]] = []  # per phrasing: its writers (file prefixes)
        self.writers: dict[str, set[str]] = {}  # per need: every writer of its phrasings
        self.of_need: dict[str, list[int]] = {}
        for need, body in self.needs.items():
            for ph in dict.fromkeys(body["phrases"]):
                us = units(ph)
                if us:
                    self.phrases.append((need, ph, us))
                    self.by.append(frozenset(body.get("by", {}).get(ph, {OUTSIDE_WRITER})))
                    self.writers.setdefault(need, set()).update(self.by[-1])
                    self.of_need.setdefault(need, []).append(len(self.phrases) - 1)
                    for w in frozenset().union(*us):
                        vocab.setdefault(w, set()).add(need)
        # rarity among the needs measures serve: the needs no measure serves do not change it (a word only they use
        # counts as used by one need)
        served = {w: {x for x in ns if x not in self.outside} for w, ns in vocab.items()}
        n = max(len(self.needs) - len(extra), 1)
        self.idf = {w: math.log(1 + n / max(len(ns), 1)) for w, ns in served.items()}
        self.by_word: dict[str, list[int]] = {}
        for i, (_, _, us) in enumerate(self.phrases):
            for w in frozenset().union(*us):
                self.by_word.setdefault(w, []).append(i)
        self.measures, self.rejected = _check(kb, self.needs)
        self.mods = [compound_modifiers(ph) for _, ph, _ in self.phrases]
        self.inner = [compound_inner(ph) for _, ph, _ in self.phrases]
        self.heads = [compound_heads(ph) for _, ph, _ in self.phrases]
        # per phrasing: whether a content word of it gives no form (成り手 → 手, 大きい): the need may rest on it
        self.lost = [any(t.content and not token_forms(t) and fold(t.surface) not in ASKING for t in tokens(ph))
                     for _, ph, _ in self.phrases]

    def _weight(self, unit: frozenset[str]) -> float:
        return max(self.idf.get(w, 0.0) for w in unit)

    def score(self, i: int, q: frozenset[str], modified: frozenset[str] = frozenset()) -> float:
        """The share of phrasing i's words (each token once, by its most telling form) the question contains."""
        us = self.phrases[i][2]
        weights = [self._weight(u) for u in us]
        if self.lost[i] and len(us) == 1:
            # 職人の成り手がいない keeps only 職人, 冷凍庫を大きいのにしたい only 冷凍庫: the word the need rests on is
            # lost, and the one left alone does not say the need — it counts as a word of the phrasing not shared
            us = (*us, frozenset({LOST_WORD}))
            weights.append(weights[0])
        # a token counts by the form the question shares: 単価 covers 客単価 only as much as 単価 tells; a noun the
        # phrasing names with a modifier and the question only with another (観光|拠点 / 建設|拠点) is another thing of
        # that kind, not shared (a bare 柵 is still the 防護柵's kind)
        mods = (*self.mods[i], frozenset())[: len(us)]  # LOST_WORD has no modifier
        # two compounds that share only a part qualifying each one's head name different things (市街化調整区域 /
        # 漁業調整規則, 雇用調整助成金 / 企画調整課): the part the phrasing's compound has before its head, named by the
        # question only right after another noun, is not shared
        inner = (*self.inner[i], frozenset())[: len(us)]
        # and a one-word compound the question names only by its head, after another noun of its own, is another
        # thing of that kind (影響|調査 is no 税務調査)
        heads = (*self.heads[i], frozenset())[: len(us)]
        got = [0.0 if (m and not m & q or n and u & q <= n or h and u & q <= h) and u & q and u & q <= modified
               else max((self.idf[w] for w in u & q), default=0.0)
               for u, m, n, h in zip(us, mods, inner, heads, strict=True)]
        covered = [g > 0 for g in got]
        total = sum(weights)
        s = sum(got) / total if total else 0.0
        if not any(covered):
            return 0.0
        if max(got) < max(weights):
            s *= 0.6  # the phrasing's most telling word is missing (拠点をつくる is not 研究拠点をつくる)
            if sum(covered) < 2:
                s *= 0.5  # and only one lesser word of it is shared
        return s

    def _agreed(self, m: NeedMatch, per_writer: dict[str, float]) -> NeedMatch:
        """A need's score from its writers' best phrasings: one writer's phrasing that happens to fit counts less than
        one several writers' phrasings fit — the best blended with the next writer's best (AGREEMENT); and the median
        over all the need's writers (absent: 0), how far they agree, for the contest with a need no measure serves."""
        writers = self.writers.get(m.need, set())
        if len(writers) < 2:
            return replace(m, consensus=m.score)
        v = sorted(per_writer.values(), reverse=True)
        second = v[1] if len(v) > 1 else 0.0
        score = (1 - AGREEMENT) * m.score + AGREEMENT * second
        return replace(m, score=round(score, 4), consensus=round(_median([per_writer.get(w, 0.0) for w in writers]), 4))

    def clear(self, need: str, question: str, min_words: int) -> NeedMatch | None:
        """The need's best phrasing among those that share at least min_words of their words with the question (a
        compound of the phrasing by more than its head)."""
        q = words(question)
        modified = modified_only(question)
        best: NeedMatch | None = None
        for i in self.of_need.get(need, ()):
            _, ph, us = self.phrases[i]
            # a compound met only by its head says another thing of that kind (倉庫を改修 is no 耐震改修)
            if sum(1 for u, head in zip(us, compound_heads(ph), strict=True) if (u & q) - head) < min_words:
                continue
            s = self.score(i, q, modified)
            if best is None or s > best.score:
                best = NeedMatch(need, round(s, 4), ph)
        return best if best and best.score >= NEED_MIN else None

    def match(self, question: str) -> list[NeedMatch]:
        """The needs the question expresses, strongest first."""
        q = words(question)
        modified = modified_only(question)
        candidates = {i for w in q for i in self.by_word.get(w, ())}
        best: dict[str, NeedMatch] = {}
        per: dict[str, dict[str, float]] = {}
        for i in sorted(candidates):
            need, ph, _ = self.phrases[i]
            s = self.score(i, q, modified)
            if s >= NEED_MIN and (other_object(ph, question) or other_destination(ph, question)
                                  or other_head(ph, question)):
                s *= OTHER_OBJECT
            for w in self.by[i]:
                d = per.setdefault(need, {})
                d[w] = max(d.get(w, 0.0), s)
            if need not in best or s > best[need].score:
                best[need] = NeedMatch(need, round(s, 4), ph)
        best = {n: self._agreed(m, per.get(n, {})) for n, m in best.items()}
        found = sorted((m for m in best.values() if m.score >= NEED_MIN), key=lambda m: (-m.score, m.need))
        # 「誰に聞けばいい」 asks where to go about the need the question names: that need comes first
        return [m for m in found if m.need not in GENERIC_NEEDS] + [m for m in found if m.need in GENERIC_NEEDS]


def _median(values: list[float]) -> float:
    v = sorted(values)
    return 0.0 if not v else (v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2)


def _check(kb: KnowledgeBase, needs: dict[str, dict]) -> tuple[dict[str, dict[str, float]], list[str]]:
    """need → {measure: weight} of the measures that fit the need; and the listed ones that do not."""
    mw = measure_words(kb)
    out: dict[str, dict[str, float]] = {}
    rejected: list[str] = []
    for need, body in needs.items():
        vocab = set().union(*(words(p) for p in body["phrases"])) if body["phrases"] else set()
        themes = set(NEED_THEMES.get(need, ()))
        for mid, writers in sorted(body["measures"].items()):
            m = kb.measures.get(mid)
            if m is None:
                rejected.append(f"{need}: {mid} (not a measure of the knowledge base)")
                continue
            own = {w for w in mw.words.get(mid, {}) if w in mw.idf}
            fits = bool(themes & set(m.themes)) or bool(own & vocab)
            if writers >= 2 or fits:
                out.setdefault(need, {})[mid] = listed_weight(writers, body.get("writers", 1))
            else:
                rejected.append(f"{need}: {mid} (listed by one writer; neither its themes nor its words fit the need)")
    return out, rejected


def listed_weight(k: int, n: int) -> float:
    """How much a measure counts for a need when k of the n writers who list measures for the need list it: from
    ONE_WRITER (one of them) to 1.0 (every one of them); a need only one writer wrote counts ONE_WRITER."""
    if n <= 1:
        return ONE_WRITER
    return ONE_WRITER + (1.0 - ONE_WRITER) * (min(k, n) - 1) / (n - 1)


def intent_index(kb: KnowledgeBase) -> IntentIndex:
    return built_once(kb, "_intent_index", lambda: IntentIndex(kb))


def mismatches(kb: KnowledgeBase) -> list[str]:
    """The writers' need → measure pairs that the measures' own words do not support (not used)."""
    return list(intent_index(kb).rejected)


def need_measures(kb: KnowledgeBase, need: str) -> dict[str, float]:
    """The checked measures of a need (measure id → weight); an A-scale need brings its whole family."""
    idx = intent_index(kb)
    if need in idx.outside:
        return {}
    out = dict(idx.measures.get(need, {}))
    if need == LARGE_NEED:
        for mid in LARGE_FAMILY:
            if mid in kb.measures:
                out[mid] = max(out.get(mid, 0.0), 1.0)
    return out
