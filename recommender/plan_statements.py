"""Statement reading: the plan cut into statements, each with its section, weight, modality and kind.

A statement is a sentence of the plan (or a section heading) with the kind of section it stands in (課題・政策手段,
戦略・ターゲット市場, ...), its weight (`plan_text`), its modality and its kind (a need, the plan's own set-up, the
basis of a figure: `modality.py`). A line of a section that lists the plan's problems (課題 as the heading's head noun)
states a need, unless it is labelled as what is done about them (ACTION_LABEL). `read_statements` is the one
function to switch when the reader produces typed statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.text.normalize import sentences
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.modality import Kind, Modality, counts, kind, modality, states_lack
from chiiki_mirai.recommender.plan_text import (
    W_NEEDS,
    W_STRATEGY,
    section_tags,
    section_weight,
    weighted_segments,
)
from chiiki_mirai.recommender.plan_words import norm
from chiiki_mirai.recommender.themes import detect_themes

COMMITMENT_LABEL = "自治体のコミットメント"
NEED_IN_SECTION = 1.0  # a problem, shortage or request stated in the 課題・政策手段 sections
NEED_ELSEWHERE = 0.6  # a shortage stated in another section
PROBLEM_HEADING = re.compile(r"課題")
POLICY_HEADING = re.compile(r"政策|施策|取組|パッケージ")
# a line of a problems section labelled as what is done about them (「ステークホルダーの取組：市は市有地を工場用地として
# 売却し…」, 「対策：…」, 「県の考え方：…」) or as an indicator (「＜KPI②＞ 指標名：…」): a commitment or a figure written
# beside the problems, a need only by what it says. A label naming requests (「国の政策的対応のニーズ：…」, 「国への要望：…」)
# is no such label: a request is a need
ACTION_LABEL = re.compile(r"(?![^：:。]{0,26}?(?:ニーズ|要望|要請))"
                          r"[^：:。]{0,20}?(?:取組|取り組み|対策|対応|考え方|方針|解決策|KPI|ＫＰＩ|指標)[^：:。]{0,6}[：:]")

# the occasion a need comes with, written before it (「アンモニア分解設備の増設に伴い、工業用水の需要が…増加する」,
# 「前工程新工場の稼働で工業用水の需要が…増え」, 「成形設備の稼働に伴い、受電容量の増強が必要」): what happens that
# makes the need, not what is lacking — unless it states a lack itself (「人手不足により、受注を断っている」)
OCCASION = re.compile(r"[^、。，,\n]*?(?:に伴い|に伴って|に伴う|を受けて|"
                      r"の(?:稼働|操業|増設|新設|立地|進出|拡張|増産)(?:で|により|によって|に当たり|にあたり))、?")
# a short label naming what a line of needs is about (「人材：DC運用・電気設備保守の技術者が…不足する」: the lack is of
# people, the 設備 is what they maintain)
NEED_LABEL = re.compile(r"[^：:、。\n]{1,8}[：:]")


def problems_heading(heading: str) -> bool:
    """Whether a section heading names a list of problems: 課題 is its head noun, after any word for what is done
    (「取組に向けた課題」 lists problems; 「課題解決に向けたステークホルダーの取組」 and 「課題と〇〇町が行う取組」 do not)."""
    found = [m.start() for m in PROBLEM_HEADING.finditer(heading)]
    return bool(found) and all(m.start() < found[-1] for m in POLICY_HEADING.finditer(heading))


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


def basis_sections(plan: Plan, kb: KnowledgeBase) -> set[str]:
    """The texts of the sections that say how the plan's figures are counted: a heading of kind `basis` as written
    (「（３）設定の根拠」) or as the plan type prescribes it for the section the reader placed it at (a B plan's 3-3
    written 「3-3 根拠」 is the prescribed 設定の根拠). Every line there is the basis of a figure (「高専の紙・繊維コース
    （年10人）」 counts graduates towards the 人材育成数), not what the plan asks for."""
    prescribed = {item.id: item.heading for pt in kb.plan_types.values() for sec in pt.sections for item in sec.items}
    placed = [(sec.heading, sec.text) for sec in plan.sections.values()] + [(s.heading, s.text) for s in plan.other_text]
    by_id = [(prescribed.get(sid, ""), sec.text) for sid, sec in plan.sections.items()]
    return {text for heading, text in placed + by_id if text.strip() and kind(heading) == "basis"}


def read_statements(plan: Plan, kb: KnowledgeBase, plan_type: str | None) -> list[Statement]:
    """The plan's sentences with their section, weight, modality and kind (the reader's statements, later)."""
    out = []
    # a section that lists the plan's problems (課題, not 政策): each of its lines states a need
    problems = {sec.text for sec in plan.sections.values() if problems_heading(sec.heading)}
    basis = basis_sections(plan, kb)
    section_of = {sec.text.strip(): sid for sid, sec in plan.sections.items()}
    for text, weight, label in weighted_segments(plan, kb, plan_type):
        in_commitment = label == COMMITMENT_LABEL
        for s in sentences(text):
            k = kind(s, in_commitment)
            by_place = text in problems and k == "other" and not ACTION_LABEL.match(s)
            k = "need" if by_place else "basis" if text in basis and k != "own" else k
            out.append(Statement(s, norm(s), label, weight, modality(s), k, section=section_of.get(text, "")))
    tags = section_tags(kb, plan_type)
    for sid, sec in plan.sections.items():
        if sec.text.strip() and sec.heading.strip():  # a heading with something written under it
            weight, label = section_weight(sid, sec.heading, tags)
            h = sec.heading.strip()
            out.append(Statement(h, norm(h), label, weight, "affirmed", kind(h, label == COMMITMENT_LABEL), True,
                                 section=sid))
    return out


# a lack of people (「量産立ち上げ期の技能者不足」, 「新工場の稼働には三倍の人数が必要となる」, 「約四百人の確保が必要」): what is
# lacking is people, whatever the plant, the ramp-up or the work they are for
PEOPLE_LACK = re.compile(r"(?:人材|技能者|技術者|技能工|熟練工|職人|担い手|後継者|人手|人数|人員|作業員|運転員|オペレーター|"
                         r"有資格者|[0-9０-９一二三四五六七八九十百千]人)）?の?(?:が|を|は)?(?:不足|足りな|確保が(?:必要|課題|難し)|"
                         r"必要(?:と(?:なる|なります)|である|です)?)")


# the plant named as whose land, road or surroundings are lacking (「工場用地の不足」, 「工場へのアクセス道路の渋滞」, 工場立地法):
# the lack is of land or a road, not of plant (no capex need)
PLANT_AS_PLACE = re.compile(r"工場(?=用地|へのアクセス|周辺|立地法)")


def need_themes(text: str) -> dict[str, tuple[float, str]]:
    """The themes of what a need statement says is lacking: those of its label where the label names one (「人材：…」),
    else of the statement without the occasion the need comes with (OCCASION, unless that states a lack itself); where
    the only lack it states is of people (PEOPLE_LACK), talent and not capex; a plant named as where land or a road is
    lacking (PLANT_AS_PLACE) is no lack of plant."""
    label = NEED_LABEL.match(text)
    if label and (themes := detect_themes(label.group(0))):
        return themes
    themes = detect_themes(PLANT_AS_PLACE.sub("", OCCASION.sub(lambda m: m.group(0) if states_lack(m.group(0)) else " ",
                                                                  text)))
    people = PEOPLE_LACK.search(text)
    if people and not states_lack(PEOPLE_LACK.sub(" ", text)):
        # the plant or the line the people are for is no lack of plant: no capex need (the sentence's other themes,
        # the export or sales work they would do, stay)
        themes.pop("capex", None)
        themes.setdefault("talent", (1.0, people.group(0)))
    return themes


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
