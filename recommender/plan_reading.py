"""What a plan asks for, read from its statements: the measures it names, its needs, what it is about.

`read_plan_needs` is the one entry point: it cuts the plan into statements (sentences with the section they
stand in, their modality and kind, `modality.py`) and reads from them
- the measures the plan names itself, in any of their names (`Measure.name`, `proper_names`, `name_patterns`), anywhere in the
  plan, with the quote; a name inside a longer name of another measure counts for the longer one only
  (地域未来交付金 inside 地域未来交付金等による地域基盤の再構築), and a name several measures share goes to the one
  listed for the plan's type (地域未来交付金 → 関連インフラ for an A plan, 優先採択 for B and C); not in a heading nor
  where the plan says how it counts a figure (the 定員拡充 whose places its 人材育成数 sums); a measure every naming
  statement of which reports it already obtained (既採択, 採択済, 交付決定済) is `adopted`: named, not asked for;
- needs: the themes of the problems, shortages and requests it states as its own (課題・政策手段 sections, and
  a shortage stated anywhere), each with the statement that says so; never from the plan's own set-up
  (伴走支援体制, its desk) nor from a negated or blank statement;
- directions: how much of what the plan stands behind is about each theme (export, tourism, talent ...);
- the objects present (museums, ES providers, green steel ...: `Measure.objects`) in what it stands behind: not
  its own set-up, not the basis of its figures (the 大学 whose course graduates its 人材育成数 counts), not a word at
  the end of a longer name of another thing (the 専門学校 of a 高等専門学校);
- its business (`business_text`): what its firms make, as a measure's `industries` are checked against.
The parts live in modules named for what they hold: `plan_words` (a word in the sense a measure means it),
`plan_statements` (the statements, their kind and strength; `read_statements` is the function to switch when the
reader produces typed statements), `plan_names` (the names a measure is named by) and `plan_evidence` (what the
reading holds and the statements that back a claim).
"""

from __future__ import annotations

import re
from dataclasses import replace

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.lexicon import occurring
from chiiki_mirai.recommender.modality import reports_adoption
from chiiki_mirai.recommender.plan_evidence import (
    QUOTE_CHARS,
    Evidence,
    PlanReading,
    best_object_statements,
    business_text,
    investment_evidence,
    quote_around,
)
from chiiki_mirai.recommender.plan_names import NameIndex, as_written, name_index, named_by_pattern, named_in
from chiiki_mirai.recommender.plan_statements import Statement, need_strength, need_themes, read_statements
from chiiki_mirai.recommender.plan_text import W_NEEDS
from chiiki_mirai.recommender.plan_words import (
    CLAUSE,
    COURSE,
    INSIDE_OTHER,
    RESKILL,
    SCHOOL,
    SITE_OF_WORKS,
    SIZE,
    TALENT_SENSE,
    WRITTEN_AS,
    bare_of,
    end_use_only,
    norm,
    object_present,
)
from chiiki_mirai.recommender.themes import theme_strengths


def read_plan_needs(plan: Plan, kb: KnowledgeBase, plan_type: str | None) -> PlanReading:
    """The plan's named measures, needs, directions and objects (see the module docstring)."""
    statements = read_statements(plan, kb, plan_type)
    idx = name_index(kb)
    r = PlanReading(statements)
    stands = [s for s in statements if s.counts]
    joined = "\n".join(s.norm for s in stands)
    names = occurring(joined, idx.name_buckets)
    said: set[str] = set()  # the names the plan writes the measures it names by
    for st in stands:
        # a heading says what the plan writes about; the basis of a figure (「人材育成数は、…講座の定員拡充分の合計」)
        # how it counts: neither names a measure the plan asks for
        naming = not st.heading and st.kind != "basis"
        adopted = naming and reports_adoption(st.norm)
        for mid, name in (named_in(st, idx, plan_type, names) + named_by_pattern(st, idx)) if naming else []:
            said.add(name)
            # the first statement naming it, unless that one reports it obtained and a later one does not
            if mid not in r.named or (mid in r.adopted and not adopted):
                r.named[mid] = Evidence(quote_around(st.text, name), st.label)
                r.adopted.discard(mid)
                if adopted:
                    r.adopted.add(mid)
        if st.kind == "own":
            continue
        strength = need_strength(st)
        if strength:
            for theme in need_themes(st.text):
                if strength > r.needs.get(theme, Evidence("", "", 0.0)).strength:
                    r.needs[theme] = Evidence(st.text[:QUOTE_CHARS], st.label, strength)
    invest = investment_evidence(plan)
    if invest and r.needs.get("capex", Evidence("", "", 0.0)).strength < invest.strength:
        r.needs["capex"] = invest
    r.directions = theme_strengths([(s.text, s.weight, s.label) for s in stands if s.about_plan])
    # what the measures' objects, sections and windows are read from: the statements as the plan wrote them, without
    # the names of the programmes it names (the 特区 of 「国家戦略特区制度」 is that programme's, no object of another
    # special-zone measure; the uses written beside a name stay: 「交付金（岸壁整備）」)
    r.statements = [without_names(as_written(st, idx), said) for st in statements]
    _read_objects(r, r.statements, idx)
    ind = plan.industry
    # (its products first: the product a plan names first is its main one, and decides its window by sector)
    r.subject_lines = [x for x in [*ind.products, ind.domain or "", plan.title or ""] if x]
    # (normalised line by line, the lines kept: the end use written on one product's line is not the next product's)
    r.subject = "\n".join(n for x in r.subject_lines for line in x.splitlines() if (n := norm(line)))
    r.text = "\n".join([r.subject, *(st.norm for st in statements)])
    r.has_industry = bool(ind.domain or ind.products)
    r.business = business_text(plan, r.subject, r.has_industry, r.text)
    return r


def without_names(st: Statement, names: set[str]) -> Statement:
    """The statement without the names of measures it holds: every character any name's occurrence covers, each run
    of them replaced by a space. Names that overlap (「次世代再生可能エネルギー等GX製品」 and 「GX製品の製造に対する設備
    投資支援」) are both taken out whatever the order of the set (taking one out first broke the other, and which one
    went first changed from run to run)."""
    spans = sorted((m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), st.norm))
    if not spans:
        return st
    merged = [list(spans[0])]
    for a, b in spans[1:]:
        if a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    cuts = [0, *(x for ab in merged for x in ab), len(st.norm)]
    kept = " ".join(st.norm[cuts[i]:cuts[i + 1]] for i in range(0, len(cuts), 2))
    return replace(st, norm=kept)


def _read_objects(r: PlanReading, statements: list[Statement], idx: NameIndex) -> None:
    """The objects present, their best statements, those in a need, those about people, and the end uses, read from
    the statements as the plan wrote them (`as_written`: a heading without the form's words)."""
    stands = [s for s in statements if s.counts]
    # objects: in what the plan stands behind, its own set-up aside (the 商工会 on its council, its 市単独 subsidy)
    # and the basis of its figures (the 大学 whose course graduates its 人材育成数 counts)
    joined = bare_of("\n".join(s.norm for s in stands if s.about_plan))
    r.present = {o for o in occurring(joined, idx.object_buckets) if o not in INSIDE_OTHER or object_present(o, joined)}
    r.present |= {o for o in idx.objects if (o.isascii() or len(o) == 1 or o in WRITTEN_AS) and object_present(o, joined)}
    r.object_best = best_object_statements(statements, r.present)
    # a need: a shortage or problem stated anywhere, or what the 課題・政策手段 sections ask for
    asked = [st.norm for st in statements if st.counts and st.about_plan and (need_strength(st) or st.weight >= W_NEEDS)]
    needs_text = SITE_OF_WORKS.sub(" ", bare_of("\n".join(asked)))
    r.object_needs = {o for o in r.present if object_present(o, needs_text)}
    clauses = [c for s in stands if s.about_plan for c in CLAUSE.split(s.norm) if TALENT_SENSE.search(c)]
    talk = bare_of("\n".join(clauses))
    students = bare_of("\n".join(c for c in clauses if not RESKILL.search(c)))
    r.talent_objects = {o for o in r.present if object_present(o, students if SCHOOL.search(o) else talk)}
    enrolled = bare_of("\n".join(c for c in clauses if SIZE.search(c) and not RESKILL.search(c) and not COURSE.search(c)))
    r.student_objects = {o for o in r.talent_objects if not SCHOOL.search(o) or object_present(o, enrolled)}
    r.end_use = {o for o in r.present if end_use_only(o, joined)}
