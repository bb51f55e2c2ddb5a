"""What a plan asks for, read from its statements: the measures it names, its needs, what it is about.

`read_plan_needs` is the one entry point: it cuts the plan into statements (sentences with the section they
stand in, their modality and kind, `modality.py`) and reads from them
- the measures the plan names itself, in any of their names (`Measure.name`, `proper_names`, `name_patterns`), anywhere in the
  plan, with the quote; a name inside a longer name of another measure counts for the longer one only
  (地域未来交付金 inside 地域未来交付金等による地域基盤の再構築), and a name several measures share goes to the one
  listed for the plan's type (地域未来交付金 → 関連インフラ for an A plan, 優先採択 for B and C);
- needs: the themes of the problems, shortages and requests it states as its own (課題・政策手段 sections, and
  a shortage stated anywhere), each with the statement that says so; never from the plan's own set-up
  (伴走支援体制, its desk) nor from a negated or blank statement;
- directions: how much of what the plan stands behind is about each theme (export, tourism, talent ...);
- the objects present (museums, ES providers, green steel ...: `Measure.objects`) in what it stands behind: not
  its own set-up, not the basis of its figures (the 大学 whose course graduates its 人材育成数 counts), not a word at
  the end of a longer name of another thing (the 専門学校 of a 高等専門学校);
- its business (`business_text`): what its firms make, as a measure's `industries` are checked against.
When the reader produces typed statements, `read_statements` is the function to switch.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.text.normalize import sentences
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import SharedNameUses
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.lexicon import bucket_by_prefix, occurring
from chiiki_mirai.recommender.modality import Kind, Modality, counts, kind, modality
from chiiki_mirai.recommender.plan_text import (
    W_NEEDS,
    W_STRATEGY,
    section_tags,
    section_weight,
    weighted_segments,
)
from chiiki_mirai.recommender.themes import THEME_CUES, ThemeStrength, detect_themes, theme_strengths

COMMITMENT_LABEL = "自治体のコミットメント"
NEED_IN_SECTION = 1.0  # a problem, shortage or request stated in the 課題・政策手段 sections
NEED_ELSEWHERE = 0.6  # a shortage stated in another section
QUOTE_CHARS = 90
PROBLEM_HEADING = re.compile(r"課題")
# a department, office, cooperative or association name (商工観光労働部, 銚子市漁業協同組合, ○○観光連盟, ○○観光協会) names
# who acts, not what the plan is about: not an object (the 漁業 of a 漁業協同組合 is no call for fisheries technology, the
# 観光 of a tourism association the plan exhibits with is no call for tourism measures)
ORG_NAME = re.compile(r"[\u4e00-\u9fffァ-ヶー]+(?:課|部|局|室|係|協同組合|協会|連盟|連合会)(?![\u4e00-\u9fff])")
# a bus, a route or a ferry the municipality runs (町営バス, 村営の路線) is transport, not one of its facilities: the
# 町営 of it is no object of the public-facility measures (the bus stays an object of the transport ones)
RUN_SERVICE = re.compile(r"[市町村]営の?(?=バス|路線|航路|フェリー|渡船|乗合|デマンド|スクールバス|コミュニティバス)")
# the suppliers a business buys from (「宿泊施設が地域の農家・ワイナリー・食品事業者から仕入れる」) and what it buys in
# (「食材・土産品の仕入れ」): its inputs, not what the plan is about (the wineries a hotel buys from are no call for a
# food-hub measure). The clause up to から仕入れる, or a list ending in の仕入れ (仕入 only: goods bought in; 資金の調達
# is finance the plan seeks)
SUPPLIERS = re.compile(r"[^、。，,\n]{0,30}?から(?:の)?仕入|[^、。，,\n（(]{0,20}?の仕入(?!先)")
# an object word inside a longer name of another thing: the 専門学校 of a college of technology written in full
# (一関工業高等専門学校) is no vocational school (the object of the vocational-school measure); the 料理 of a 料理店 or a
# 料理人 names a customer (charcoal or shiitake sold to Chinese restaurants), and 食材 bought in (食材の仕入れ) an input
# of a tourism business: neither is the region's cuisine a food-hub measure is for; the 大学 of a 大学校 (農業大学校,
# ものづくり大学校, 職業能力開発大学校) names a training college run by a prefecture or a ministry, not a university; the
# コンテンツ of a 体験コンテンツ or 観光コンテンツ is what a tourist books, not the content industry (anime, games); the
# 公共施設 the plan sells to (「中小工務店と公共施設に分けて販売する」, 「公共施設の内装に売る」) are its customers, not the
# facilities it manages (general knowledge of the words)
INSIDE_OTHER = {"専門学校": re.compile(r"(?<!高等)専門学校"), "料理": re.compile(r"料理(?![店屋人長家])"),
                "食材": re.compile(r"食材(?!の?(?:仕入|調達)|を仕入)"), "大学": re.compile(r"大学(?!校)"),
                "コンテンツ": re.compile(r"(?<!体験)(?<!観光)(?<!旅行)(?<!ツアー)コンテンツ"),
                "公共施設": re.compile(r"公共施設(?!向け|(?:の(?:内装|木造化|木質化))?(?:へ|に)(?:分けて)?の?(?:販売|納入|出荷|売))")}
# a vessel or a tool named after what it holds (茶筒, 茶碗, 酒器, ワイングラス) is a craft's product, not tea, sake or wine:
# the 茶 of a paulownia 茶筒 is no farm product a measure's `industries` ask for (general knowledge of the words)
VESSEL = re.compile(r"茶(?:碗|器|筒|道具|托|釜|杓|室|道|の湯)|酒(?:器|杯|盃)|ワイン(?:グラス|クーラー)")
POLICY_HEADING = re.compile(r"政策|施策|取組|パッケージ")
# a line of a problems section labelled as what is done about them (「ステークホルダーの取組：市は市有地を工場用地として
# 売却し…」, 「対策：…」, 「県の考え方：…」) or as an indicator (「＜KPI②＞ 指標名：…」): a commitment or a figure written
# beside the problems, a need only by what it says. A label naming requests (「国の政策的対応のニーズ：…」, 「国への要望：…」)
# is no such label: a request is a need
ACTION_LABEL = re.compile(r"(?![^：:。]{0,26}?(?:ニーズ|要望|要請))"
                          r"[^：:。]{0,20}?(?:取組|取り組み|対策|対応|考え方|方針|解決策|KPI|ＫＰＩ|指標)[^：:。]{0,6}[：:]")
# the rest of a noun phrase up to 向け: the phrase names what the product is for (its customers' industry)
END_USE = re.compile(r"[^\s、。，,（）()「」\n]{0,12}?向け")
# a clause about training or securing people: where a talent measure's object (大学, 高校, 社会人) asks for it.
# A plan names a university as a member of its council, a research partner or a place as often as a school to
# train its people (the theme cues of talent, and the words of education)
TALENT_SENSE = re.compile(THEME_CUES["talent"] + r"|教育|研修|講座|コース|学科|学部|定員|養成|カリキュラム|実習|"
                          r"インターン|就職|雇用|人手")
CLAUSE = re.compile(r"[、，,。；;\n]")  # a talent word and a school in one clause (not 「研修センターを整備、大学と共同評価」)
# a clause about reskilling people in work (「群馬大学：社会人講座の開設」): the school there is where workers relearn, not
# the school whose students or capacity a school measure is for (its reskilling words stay objects)
RESKILL = re.compile(r"社会人|リ・?スキリング|学び直し|リカレント|在職者")
# a clause about a course or training a school gives (「○○大学・○○高専との共同講座」, 「大学と連携した設計者向け講座」,
# 「大学・高専・企業の研修を一本化」): the school there gives a course, it is not asked to change its own size or faculties
# (`Measure.schools_for_students`)
COURSE = re.compile(r"講座|研修|セミナー")
SCHOOL = re.compile(r"大学|高専|高等専門学校|高校|高等学校|専門学校|専修学校|短大")
# what may stand before a heading written inline: numbering and brackets (（３）, 5-3, ③, ア)
LABEL_BEFORE = re.compile(r"[\s\d０-９一二三四五六七八九十()（）\[\]【】①-⑳.．、・\-－ーアイウエオ]*")


def problems_heading(heading: str) -> bool:
    """Whether a section heading names a list of problems: 課題 is its head noun, after any word for what is done
    (「取組に向けた課題」 lists problems; 「課題解決に向けたステークホルダーの取組」 and 「課題と〇〇町が行う取組」 do not)."""
    found = [m.start() for m in PROBLEM_HEADING.finditer(heading)]
    return bool(found) and all(m.start() < found[-1] for m in POLICY_HEADING.finditer(heading))


def bare_of(text: str) -> str:
    """The text as the objects are looked for in it: without department names (商工観光労働部 names who acts), without
    the 町営 of a bus the municipality runs (RUN_SERVICE) and without the suppliers a business buys from (SUPPLIERS)."""
    return SUPPLIERS.sub(" ", RUN_SERVICE.sub("", ORG_NAME.sub(" ", text)))


def norm(text: str) -> str:
    """NFKC without whitespace, case kept (object words such as AI are matched with their case)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@dataclass(frozen=True)
class Statement:
    text: str  # as written
    norm: str
    label: str  # the kind of section it stands in (課題・政策手段, 戦略・ターゲット市場, ...)
    weight: float
    modality: Modality
    kind: Kind
    heading: bool = False  # a section heading: says what the plan writes about, never names a measure
    section: str = ""  # the id of the plan section it stands in (C.5.3), where the reader placed it

    @property
    def counts(self) -> bool:
        return counts(self.modality)

    @property
    def about_plan(self) -> bool:
        """Whether it says what the plan does or asks: not its own set-up, not how it counts a figure (`basis`)."""
        return self.kind not in ("own", "basis")


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
    subject: str = ""  # the plan's industry (title, 業種, products), normalised
    text: str = ""  # all of the plan's statements and its subject, normalised (to check that a quote is the plan's)
    has_industry: bool = False  # the reader found the plan's 業種 or products (else its subject is the title alone)
    # what the plan's firms make, as the industries of a measure are checked against (`business_text`)
    business: str = ""


def read_statements(plan: Plan, kb: KnowledgeBase, plan_type: str | None) -> list[Statement]:
    """The plan's sentences with their section, weight, modality and kind (the reader's statements, later)."""
    out = []
    # a section that lists the plan's problems (課題, not 政策): each of its lines states a need
    problems = {sec.text for sec in plan.sections.values() if problems_heading(sec.heading)}
    section_of = {sec.text.strip(): sid for sid, sec in plan.sections.items()}
    for text, weight, label in weighted_segments(plan, kb, plan_type):
        in_commitment = label == COMMITMENT_LABEL
        for s in sentences(text):
            k = kind(s, in_commitment)
            by_place = text in problems and k == "other" and not ACTION_LABEL.match(s)
            out.append(Statement(s, norm(s), label, weight, modality(s), "need" if by_place else k,
                                 section=section_of.get(text, "")))
    tags = section_tags(kb, plan_type)
    for sid, sec in plan.sections.items():
        if sec.text.strip() and sec.heading.strip():  # a heading with something written under it
            weight, label = section_weight(sid, sec.heading, tags)
            h = sec.heading.strip()
            out.append(Statement(h, norm(h), label, weight, "affirmed", kind(h, label == COMMITMENT_LABEL), True,
                                 section=sid))
    return out


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


class NameIndex:
    """Per knowledge base: every name a measure can be named by (normalised), and every object word."""

    def __init__(self, kb: KnowledgeBase):
        self.names: dict[str, list[tuple[str, bool]]] = {}  # name → [(measure id, proper name?)]
        for m in kb.measures.values():
            official = [m.name, re.sub(r"[（(].*?[）)]", "", m.name)]
            for n, proper in [(x, False) for x in official] + [(x, True) for x in m.proper_names]:
                key = norm(n)
                if len(key) >= 3 and (m.id, proper) not in self.names.get(key, []):
                    self.names.setdefault(key, []).append((m.id, proper))
        # names written as patterns (Measure.name_patterns): the plan's own wording of a programme
        self.patterns = [(m.id, re.compile(p)) for m in kb.measures.values() for p in m.name_patterns]
        self.types = {m.id: set(m.plan_types) for m in kb.measures.values()}
        self.shared_uses = {m.id: m.shared_name_uses for m in kb.measures.values() if m.shared_name_uses}
        self.objects = {norm(o) for m in kb.measures.values() for o in m.objects}
        self.measure_objects = {m.id: frozenset(norm(o) for o in m.objects) for m in kb.measures.values()}
        self.measure_industries = {m.id: frozenset(norm(o) for o in m.industries) for m in kb.measures.values()}
        self.name_buckets = bucket_by_prefix(self.names)
        # the section headings the plan types prescribe: a name that is one of them, written as a label, is the
        # heading (地場産業を支える仕組みづくり), not the measure of that name
        self.headings = {norm(h) for pt in kb.plan_types.values() for sec in pt.sections for item in [sec, *sec.items]
                         for h in [item.heading, *item.alt_headings]} & set(self.names)
        # ASCII words (AI, DX) need word boundaries and one-character words escape the two-character buckets
        self.object_buckets = bucket_by_prefix(o for o in self.objects if not o.isascii() and len(o) > 1)


def name_index(kb: KnowledgeBase) -> NameIndex:
    return built_once(kb, "_plan_name_index", lambda: NameIndex(kb))


def named_in(st: Statement, idx: NameIndex, plan_type: str | None, names: list[str]) -> list[tuple[str, str]]:
    """(measure id, matched name) for each measure the statement names; longest names win, type breaks ties.

    names: the names that occur somewhere in the plan (only those are searched for)."""
    spans: dict[tuple[int, int], dict[str, str]] = {}  # (start, end) → measure id → the name matched there
    for name in names:
        if name not in st.norm:
            continue
        owners = [mid for mid, proper in idx.names[name] if st.kind != "own" or proper]  # the plan's own desk
        start = st.norm.find(name)                                                       # is not the national one
        while start >= 0 and owners:
            if not (name in idx.headings and as_label(st.norm, start, start + len(name))):
                spans.setdefault((start, start + len(name)), {}).update(dict.fromkeys(owners, name))
            start = st.norm.find(name, start + 1)
    out: dict[str, str] = {}
    for (s, e), mids in sorted(spans.items()):
        longer = [m for (s2, e2), m in spans.items() if s2 <= s and e <= e2 and e2 - s2 > e - s]
        kept = {mid: name for mid, name in mids.items() if not any(set(m) - {mid} for m in longer)}
        if len(kept) > 1:
            kept = {mid: name for mid, name in kept.items() if not used_otherwise(idx.shared_uses.get(mid), st.norm)}
        if len(kept) > 1 and plan_type:
            fitting = {mid for mid in kept if plan_type in idx.types.get(mid, set())}
            kept = {mid: name for mid, name in kept.items() if mid in fitting} if fitting else kept
        for mid, name in kept.items():
            out.setdefault(mid, name)
    return list(out.items())


def used_otherwise(uses: SharedNameUses | None, text: str) -> bool:
    """Whether a statement naming a shared name says it is for another owner's uses only (none of this measure's)."""
    return bool(uses) and any(w in text for w in uses.other_uses) and not any(w in text for w in uses.uses)


def named_by_pattern(st: Statement, idx: NameIndex) -> list[tuple[str, str]]:
    """(measure id, the words matched) for each measure the statement names in the plan's own wording
    (`Measure.name_patterns`: 「小山工業高等専門学校の実装系コース新設に係る体制・機能強化」)."""
    return [(mid, m.group(0)) for mid, pat in idx.patterns if (m := pat.search(st.norm))]


def as_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands as a label: only numbering before it, a colon or nothing after it
    (「（３）地場産業を支える仕組みづくり：…」 is the section's heading written inline, not a measure named)."""
    return bool(LABEL_BEFORE.fullmatch(text[:start])) and (end == len(text) or text[end] in ":：")


def end_use_only(term: str, text: str) -> bool:
    """Whether every occurrence of the term is an end use: the thing the plan's product is for (「洋上風力発電・
    データセンター向けの受変電設備」, 「半導体製造装置向けの部品」), written before 向け."""
    found = [m.end() for m in re.finditer(re.escape(term), text)]
    return bool(found) and all(END_USE.match(text, at) for at in found)


def object_present(term: str, text: str) -> bool:
    """Whether the object word occurs in the text as itself: an ASCII word (AI) on word boundaries, not at the end of
    a longer name of another thing (INSIDE_OTHER: the 専門学校 of a 高等専門学校, the 料理 of a 料理店)."""
    if term.isascii():
        return re.search(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", text) is not None
    if term in INSIDE_OTHER:
        return INSIDE_OTHER[term].search(text) is not None
    return term in text


def need_strength(st: Statement) -> float:
    """How strongly a statement (not the plan's own set-up) states a need of the plan."""
    if st.kind != "need":
        return 0.0
    return NEED_IN_SECTION if st.weight >= W_NEEDS else NEED_ELSEWHERE


def object_strength(st: Statement) -> float:
    """How much a statement holding a measure's object says the plan asks about it: a need most, then what the
    課題・政策手段 sections plan, then the strategy, then what it plans elsewhere (its 仕組みづくり section);
    never the plan's own set-up."""
    if not st.counts or not st.about_plan:
        return 0.0
    if need_strength(st):
        return need_strength(st)
    if st.weight >= W_NEEDS:
        return 0.8
    if st.weight >= W_STRATEGY:
        return 0.6
    return 0.5 if st.modality in ("planned", "considering") and st.weight >= 1.0 else 0.0


def object_evidence(reading: PlanReading, objects: frozenset[str]) -> Evidence | None:
    """The strongest statement holding one of the (normalised) objects: the plan asks about what the measure is for."""
    found = [reading.object_best[o] for o in sorted(objects) if o in reading.object_best]  # same order every run
    return max(found, key=lambda e: e.strength, default=None)


def _object_best(statements: list[Statement], present: set[str]) -> dict[str, Evidence]:
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


def industry_fits(reading: PlanReading, words: frozenset[str], sectors: frozenset[str],
                  plan_sectors: frozenset[str]) -> bool:
    """Whether the plan's business is one the measure is for (`Measure.industries`): one of the words in what its
    firms make (`business_text`), not only as the end use of its products (データセンター向けの受変電設備) nor as the
    first part of a vessel's name (VESSEL: 茶筒 is no tea), or one of the sectors the plan was classified into."""
    if not words or sectors & plan_sectors:
        return True
    text = VESSEL.sub(" ", reading.business)
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


def read_plan_needs(plan: Plan, kb: KnowledgeBase, plan_type: str | None) -> PlanReading:
    """The plan's named measures, needs, directions and objects (see the module docstring)."""
    statements = read_statements(plan, kb, plan_type)
    idx = name_index(kb)
    r = PlanReading(statements)
    stands = [s for s in statements if s.counts]
    joined = "\n".join(s.norm for s in stands)
    names = occurring(joined, idx.name_buckets)
    for st in stands:
        for mid, name in ([] if st.heading else named_in(st, idx, plan_type, names) + named_by_pattern(st, idx)):
            if mid not in r.named:
                r.named[mid] = Evidence(quote_around(st.text, name), st.label)
        if st.kind == "own":
            continue
        strength = need_strength(st)
        if strength:
            for theme in detect_themes(st.text):
                if strength > r.needs.get(theme, Evidence("", "", 0.0)).strength:
                    r.needs[theme] = Evidence(st.text[:QUOTE_CHARS], st.label, strength)
    invest = investment_evidence(plan)
    if invest and r.needs.get("capex", Evidence("", "", 0.0)).strength < invest.strength:
        r.needs["capex"] = invest
    r.directions = theme_strengths([(s.text, s.weight, s.label) for s in stands if s.about_plan])
    # objects: in what the plan stands behind, its own set-up aside (the 商工会 on its council, its 市単独 subsidy)
    # and the basis of its figures (the 大学 whose course graduates its 人材育成数 counts)
    joined = bare_of("\n".join(s.norm for s in stands if s.about_plan))
    r.present = {o for o in occurring(joined, idx.object_buckets) if o not in INSIDE_OTHER or object_present(o, joined)}
    r.present |= {o for o in idx.objects if (o.isascii() or len(o) == 1) and object_present(o, joined)}
    r.object_best = _object_best(statements, r.present)
    # a need: a shortage or problem stated anywhere, or what the 課題・政策手段 sections ask for
    asked = [st.norm for st in statements if st.counts and st.about_plan and (need_strength(st) or st.weight >= W_NEEDS)]
    needs_text = bare_of("\n".join(asked))
    r.object_needs = {o for o in r.present if object_present(o, needs_text)}
    clauses = [c for s in stands if s.about_plan for c in CLAUSE.split(s.norm) if TALENT_SENSE.search(c)]
    talk = bare_of("\n".join(clauses))
    students = bare_of("\n".join(c for c in clauses if not RESKILL.search(c)))
    r.talent_objects = {o for o in r.present if object_present(o, students if SCHOOL.search(o) else talk)}
    enrolled = bare_of("\n".join(c for c in clauses if not RESKILL.search(c) and not COURSE.search(c)))
    r.student_objects = {o for o in r.talent_objects if not SCHOOL.search(o) or object_present(o, enrolled)}
    r.end_use = {o for o in r.present if end_use_only(o, joined)}
    ind = plan.industry
    r.subject = norm("\n".join(x for x in [plan.title or "", ind.domain or "", *ind.products] if x))
    r.text = "\n".join([r.subject, *(st.norm for st in statements)])
    r.has_industry = bool(ind.domain or ind.products)
    r.business = business_text(plan, r.subject, r.has_industry, r.text)
    return r
