"""Evidence from a plan reading: what the reading holds (`PlanReading`) and the statements that back a claim.

Each look-up returns the plan's own words as an `Evidence` (a quote with where it stands): the strongest statement
holding a measure's object (`object_evidence`), the statement of a plan section the measure supports
(`section_evidence`), the target-market statement naming a measure's customers (`market_evidence`), the largest planned investment (`investment_evidence`); `industry_fits` checks a measure's
industries against what the plan's firms make (`business_text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.text.modality import modality as clause_modality
from chiiki_mirai.recommender.modality import states_lack
from chiiki_mirai.recommender.plan_statements import NEED_IN_SECTION, Statement, object_strength
from chiiki_mirai.recommender.plan_text import STRATEGY_LABEL
from chiiki_mirai.recommender.plan_words import (
    CLAUSE,
    FOOD_MACHINE,
    VESSEL,
    bare_of,
    end_use_only,
    industrial_only,
    norm,
    object_present,
)
from chiiki_mirai.recommender.themes import ThemeStrength

QUOTE_CHARS = 90
MADE_STRENGTH = 1.0  # the plan's own product holds the measure's object (made_evidence): as a stated need
# what a clause says after a customer word when it turns away from those customers: 「観光客ではなく」「訪日客以外」,
# 「訪日客頼みから脱却」「インバウンドから国内の百貨店へ切り替える」 — whom the plan no longer sells to — or finds them
# few (「観光客の土産需要は小さく」「訪日客の来訪は伸び悩み」: a decline or lack in other words is `states_lack`'s)
TURNED_AWAY = re.compile(r"[^、。]{0,12}?(?:ではなく|でなく|ではな|以外|(?:依存|頼み|頼り)?から(?:の)?(?:脱却|転換|撤退|離れ)|"
                         r"少な|小さ|落ち込|伸び悩|頭打ち|鈍化|"
                         r"から[^、。]{0,24}?(?:へ|に)(?:の)?(?:切り?替|転換|移行|シフト))")
# a negative form that adds to the customers before it rather than turning from them (「訪日客だけでなく」「訪日客に限らず」
# 「訪日客以外にも」「訪日客のみならず」): taken out before the clause is read for a turn-away or a negation
ADDING_TO = re.compile(r"(?:だけ|のみ|ばかり)で(?:は)?なく|に限らず|のみならず|以外に?も")
# a target market's clauses: CLAUSE, and the cells of a row written on one line (「市場：個人（国内・訪日客） / 相手：
# 贈答品として購入する人 / 求められているもの：…」 — the request in the third cell is not about the second's customers)
MARKET_CLAUSE = re.compile(f"{CLAUSE.pattern}|[/／|｜]")


@dataclass(frozen=True)
class Evidence:
    """A statement that supports a claim, as a quote with where it stands."""

    quote: str
    where: str
    strength: float = 1.0
    section: str = ""  # the plan section's id, where it matters (section_evidence)


@dataclass
class PlanReading:
    statements: list[Statement]
    named: dict[str, Evidence] = field(default_factory=dict)  # measure id → the plan's words naming it
    # the named measures every naming statement of which reports them as already obtained for a project
    # (`modality.reports_adoption`: 「関連する投資案件（既採択）：…補助金 採択」): named, not asked for
    adopted: set[str] = field(default_factory=set)
    needs: dict[str, Evidence] = field(default_factory=dict)  # theme → the strongest need statement
    directions: dict[str, ThemeStrength] = field(default_factory=dict)  # theme → share of what the plan says
    present: set[str] = field(default_factory=set)  # object words (normalised) in what the plan stands behind
    # object words the plan writes only as an end use of its products (データセンター向けの受変電設備): what its
    # customers make, not what it makes (`end_use_only`)
    end_use: set[str] = field(default_factory=set)
    object_best: dict[str, Evidence] = field(default_factory=dict)  # object word → its strongest statement
    object_needs: set[str] = field(default_factory=set)  # object words in a statement of need or request
    talent_objects: set[str] = field(default_factory=set)  # object words in a statement about people (TALENT_SENSE)
    # the same, a school counted only where the plan speaks of its students or programmes, not of a course or
    # training it gives (COURSE): the objects of a measure for schools' size and faculties (`schools_for_students`)
    student_objects: set[str] = field(default_factory=set)
    subject: str = ""  # the plan's industry (its products, 業種 and title, in that order), normalised, one a line
    text: str = ""  # all of the plan's statements and its subject, normalised (to check that a quote is the plan's)
    has_industry: bool = False  # the reader found the plan's 業種 or products (else its subject is the title alone)
    # what the plan's firms make, as the industries of a measure are checked against (`business_text`)
    business: str = ""
    subject_lines: list[str] = field(default_factory=list)  # the subject as written (products, 業種, title)


def quote_around(text: str, term_norm: str) -> str:
    """The statement, or a window of it around the term when it is long (verbatim, as written)."""
    if len(text) <= QUOTE_CHARS:
        return text
    at = norm(text).find(term_norm)
    if at < 0:
        return text[:QUOTE_CHARS]
    # map the position in the normalised text back roughly: whitespace is rare inside a sentence
    start = max(0, at - QUOTE_CHARS // 3)
    return text[start : start + QUOTE_CHARS]


def object_evidence(reading: PlanReading, objects: frozenset[str]) -> Evidence | None:
    """The strongest statement holding one of the (normalised) objects: the plan asks about what the measure is for."""
    found = [reading.object_best[o] for o in sorted(objects) if o in reading.object_best]  # same order every run
    return max(found, key=lambda e: e.strength, default=None)


def best_object_statements(statements: list[Statement], present: set[str]) -> dict[str, Evidence]:
    """For each object word present, the strongest statement holding it (first of equals): computed once a plan."""
    out: dict[str, Evidence] = {}
    for st in statements:
        strength = object_strength(st)
        if not strength:
            continue
        bare = bare_of(st.norm)
        for o in present:
            if (o not in out or strength > out[o].strength) and object_present(o, bare):
                out[o] = Evidence(st.text[:QUOTE_CHARS], st.label, strength)
    return out


def section_evidence(reading: PlanReading, sections: frozenset[str], objects: frozenset[str]) -> Evidence | None:
    """The first statement of one of the plan's `sections` (a heading aside) holding one of the measure's objects:
    the plan writes there what the measure supports (公共施設の集約 in 地場産業を支える仕組みづくり)."""
    for st in reading.statements:
        if st.section in sections and not st.heading and st.counts and st.about_plan:
            bare = bare_of(st.norm)
            if any(object_present(o, bare) for o in objects):
                return Evidence(st.text[:QUOTE_CHARS], st.label, 1.0, st.section)
    return None


def market_evidence(reading: PlanReading, customers: frozenset[str]) -> Evidence | None:
    """The first statement of the plan's target market (戦略・ターゲット市場: whom it sells to, as it stands behind it)
    with a clause selling to one of the (normalised) customers a measure serves (`Measure.customers`, `sold_to`):
    「ターゲット市場：訪日外国人」 for inbound tourism consumption, not 「…観光客ではなく、…」. Its own ground, as
    strong as a stated need of the measure's object."""
    for st in reading.statements:
        if st.label == STRATEGY_LABEL and not st.heading and st.counts and st.about_plan:
            bare = bare_of(st.norm)
            for c in sorted(customers):
                if any(sold_to(c, clause) for clause in MARKET_CLAUSE.split(bare)):
                    return Evidence(quote_around(st.text, c), st.label, 1.0)
    return None


def sold_to(customer: str, clause: str) -> bool:
    """Whether a clause of a target-market statement names the customer as whom the plan sells to: it holds the word,
    and does not turn away from it (TURNED_AWAY: 「ターゲット市場は観光客ではなく、…」), state its decline or another
    lack (`states_lack`: 「訪日外国人の減少を受け、…に切り替える」) or deny what it says (a clause read as negated:
    「訪日客は対象としない」) — a form that adds to them (ADDING_TO: 「訪日客だけでなく」) is no turn-away."""
    clause = ADDING_TO.sub("", clause)
    if not object_present(customer, clause) or states_lack(clause) or clause_modality(clause) == "negated":
        return False
    at = clause.find(customer)
    return at < 0 or not TURNED_AWAY.match(clause, at + len(customer))


def made_evidence(reading: PlanReading, objects: frozenset[str]) -> Evidence | None:
    """The plan's own product holds one of the (normalised) objects: what its firms make (`PlanReading.business`, where
    the reader found its products or 業種) names it, not only as an end use (〜向け, 〜用) nor as a generic word
    for industrial goods (金属加工品: `industrial_only`). A measure for such things
    (地域産品 for a plan making cider or lacquerware) is then for what the plan is about, as strong a ground as a
    need it states; the quote is the product line as written."""
    if not reading.has_industry:
        return None
    for o in sorted(objects & reading.present):
        b = reading.business
        if object_present(o, b) and not end_use_only(o, b) and not industrial_only(o, b):
            line = next((x for x in reading.subject_lines if object_present(o, norm(x))), None)
            if line:
                return Evidence(quote_around(line, o), "製品・業種", MADE_STRENGTH)
    return None


def industry_fits(reading: PlanReading, words: frozenset[str], sectors: frozenset[str],
                  plan_sectors: frozenset[str]) -> bool:
    """Whether the plan's business is one the measure is for (`Measure.industries`): one of the words in what its
    firms make (`business_text`), not only as the end use of its products (データセンター向けの受変電設備) nor as the
    first part of a vessel's name (VESSEL: 茶筒 is no tea) nor of a machine's for its customers (FOOD_MACHINE: 食品機械
    is no food), or one of the sectors the plan was classified into — unless its words are there only in the names of
    the machines it makes for that industry (the classifier reads 食品 in 食品加工機械 as food)."""
    if not words:
        return True
    vessels_out = VESSEL.sub(" ", reading.business)
    text = FOOD_MACHINE.sub(" ", vessels_out)
    if any(w in vessels_out for w in words) and not any(w in text for w in words):
        return False  # a maker of machines for food plants or farms: its customers' industry, not its own
    if sectors & plan_sectors:
        return True
    return any(w in text and not end_use_only(w, text) for w in words)


def business_text(plan: Plan, subject: str, has_industry: bool, everything: str) -> str:
    """What the plan's firms make (normalised): its subject (title, 業種, products) where the reader found its 業種 or
    products; else its title and its investments (an A plan names no 業種: the firms of its core and related
    investment projects and what they build say what is made — 「電池材料リサイクル湿式製錬プラント新設」 — where the
    reasons for the region and its other sections name the industries around it, 造船 or 鉄鋼 near a port); else the
    whole plan."""
    if has_industry:
        return subject
    made = [f"{i.company or ''} {i.description}" for i in plan.investments if i.description]
    return norm("\n".join([plan.title or "", *made])) if made else everything


def investment_evidence(plan: Plan) -> Evidence | None:
    """The largest investment the plan's core firms plan (its 投資の具体像): a capital-investment need."""
    planned = [i for i in plan.investments if i.amount and i.evidence and i.evidence.text.strip()]
    if not planned:
        return None
    top = max(planned, key=lambda i: i.amount or 0)
    return Evidence(top.evidence.text.strip()[:QUOTE_CHARS], "投資の具体像", NEED_IN_SECTION)
