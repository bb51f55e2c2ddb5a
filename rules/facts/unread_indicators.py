"""A KGI or the KPIs the readers did not read, though the plan writes them: a person reads them, never a gap.

Unknown is never a negative. The indicator readers know many layouts, not every one: a draft in a layout they
have not met (the KGIs across a table whose corner is blank, KPIs set in sentences of setting) must not come
out as 「KGIが設定されていない」. So when no statement of a mandatory KGI was read at all, but a line of the plan
names that KGI beside a figure of its unit (億円 for the amounts, 人 for the people trained), or on its own line
over a line with that figure (「ア　KGI　…付加価値額」 over 「(イ)　目標値　…720万円」), the fact is
Uncertain with that line as the candidate (a line of the KGI item, 「目指すべき目標」, not a KPI's); and when no KPI was read, but the plan's KPI item (the 記載項目 whose
heading names KPI) holds lines with figures, the KPI facts are Uncertain with its text.

What stays a gap: a KGI the readers read without a value (a placeholder 「●●人」, a blank cell, 「別途設定」), a
KGI named nowhere with a figure, and a KPI item that is empty or has no figure at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chiiki_mirai.core.text.kgi_names import KGI_KINDS
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import arabic_numerals, find_quantities
from chiiki_mirai.rules.facts.claim_select import evidence_at
from chiiki_mirai.rules.facts.helpers import section_evidence, section_lines
from chiiki_mirai.rules.facts.indicator_statements import of
from chiiki_mirai.rules.facts.registry import FactContext, Uncertain

KIND_UNIT = {"investment": "円", "value_added": "円", "productivity": "円", "talent": "人"}
_KIND_RX = dict(KGI_KINDS)
_SLOT = re.compile(r"[〇○●◯×＊*]{2,}")  # a figure left to fill in is no figure
_FIGURE = re.compile(r"[0-9]")
CANDIDATE_CHARS = 80  # characters of a line a candidate shows


def unread_kgi(ctx: FactContext, kind: str) -> Uncertain | None:
    """A line naming the KGI `kind` with a figure of its unit, where no statement of it was read."""
    rx, unit = _KIND_RX.get(kind), KIND_UNIT.get(kind)
    if rx is None or unit is None:
        return None
    lines = list(section_lines(ctx, _items(ctx, names_the_goals)))
    for i, (sec, line) in enumerate(lines):
        if not rx.search(line) or _SLOT.search(line):
            continue
        if _has_unit(line, unit):
            return Uncertain(None, (section_evidence(sec, line),), candidate=line[:CANDIDATE_CHARS])
        nxt = lines[i + 1][1] if i + 1 < len(lines) and lines[i + 1][0] is sec else ""
        if _bare(line) and _has_unit(nxt, unit) and _targets(nxt) and not _SLOT.search(nxt) and not _names_a_kgi(nxt) and not _labelled(nxt):
            # the KGI's name on its own line, its figure on the line under it (「ア　KGI　…付加価値額の増加額」 over
            # 「(イ)　目標値　令和13年度に720万円」)
            both = f"{line} {nxt}"
            return Uncertain(None, (section_evidence(sec, both),), candidate=both[:CANDIDATE_CHARS])
    return _cut_name(ctx, kind) or _set_elsewhere(ctx, kind, unit)


# a sentence that sets its figure as the plan's aim (「…付加価値増加額を令和十二年度までに二億九千万円とすることを目指す」)
_SETS = re.compile(r"とする|を目指|目標")


def _set_elsewhere(ctx: FactContext, kind: str, unit: str) -> Uncertain | None:
    """A sentence outside the KGI item that sets the KGI `kind` with a figure of its unit (in the text of a measure:
    「この取組により、…の付加価値増加額を令和12年度までに…とする」): the KGI is stated there, though not read — a
    person reads it (a KGI a reader did read there is a statement already, see kgi.named_target). The KPI item's
    lines come last: a KGI set there is as present (review, never a gap), but a measure's line is likelier the KGI.
    A KPI-item line a KPI statement holds is that KPI (「技能講習の修了者数 2030年度までに累計600人」 is a KPI, not the
    人材育成数 KGI: 000 第2章3 asks the KGI for itself)."""
    rx = _KIND_RX[kind]
    goals, kpis = set(_items(ctx, names_the_goals)), _items(ctx, lambda h: "KPI" in h)
    rest = [k for k in ctx.plan.sections if k not in goals and k not in kpis]
    held = _kpi_quotes(ctx)
    for sec, line in [*section_lines(ctx, rest), *((s, x) for s, x in section_lines(ctx, kpis) if not _held(x, held))]:
        if rx.search(line) and _SETS.search(line) and not _SLOT.search(line) and _has_unit(line, unit):
            return Uncertain(None, (section_evidence(sec, line),), candidate=line[:CANDIDATE_CHARS])
    return None


def _kpi_quotes(ctx: FactContext) -> tuple[str, ...]:
    """What the KPIs read hold, in one form (`_one_form`): each one's quote and its target (a record's target sits on
    its own line under the KPI's name: 「④ …修了者数」 over 「目標：2030年度までに累計600人」)."""
    texts = (t for s in of(ctx, "kpi") for t in (s.place.quote, str(s.attrs.get("target") or "")))
    return tuple(q for t in texts if (q := _one_form(t)))


def _one_form(text: str) -> str:
    """NFKC with kanji numerals in digits: a KPI's target is kept as the reader read it (「累計600人」), the item's line
    as the draft writes it (「累計六百人」)."""
    return arabic_numerals(nfkc(text)).strip()


def _held(line: str, quotes: tuple[str, ...]) -> bool:
    line = _one_form(line)
    return any(q in line or line in q for q in quotes)


def names_the_goals(heading: str) -> bool:
    """The KGI item's heading (「目指すべき目標」「KGI（2040年目標）」), not the KPI item's. Each plan type has one such item
    (tests/test_plan_type_goal_items.py), so the lines unread_kgi walks all come from one section."""
    return ("KGI" in heading or "目標" in heading) and "KPI" not in heading


def _has_unit(line: str, unit: str) -> bool:
    return any(q.unit == unit for q in find_quantities(line))


def _names_a_kgi(line: str) -> bool:
    return any(rx.search(line) for rx in _KIND_RX.values())


# a line's own label before a colon, unless it only says which value follows (「目標値：…」「目標（令和13年度）：…」)
_OWN_LABEL = re.compile(r"^(?![^:]*(?:現状|目標|基準|実績|見込み?)値?\s*(?:[(][^)]*[)])?\s*:)[^:]{1,24}:")


# a sentence or a clause: a full stop, or a verb form at the end (「…を高めることを目指す」「…を見込む」)
_CLAUSE = re.compile(r"[。.]|[るたすいうくぐむぶぬつだずん]\s*$")
# a line that gives a target (its label or its year), not only today's level (「(ア)　現状値　約4億円」)
_TARGET = re.compile(r"目標|令和\s*[0-9元]|R\s*[0-9]|20[0-9]{2}\s*年")
_NOW = re.compile(r"現状|基準値|実績")


def _bare(line: str) -> bool:
    """A KGI's name and nothing else: no figure, no text after a colon (「…付加価値増加額：算定中」 says it is not set),
    not a sentence (「本計画では、参加企業の付加価値額を高めることを目指す。」)."""
    return not find_quantities(line) and ":" not in line and not _CLAUSE.search(line.strip())


def _targets(line: str) -> bool:
    """The line under a name gives a target (a target label or a year), not only today's level."""
    return bool(_TARGET.search(line)) and not _NOW.search(line)


def _labelled(line: str) -> bool:
    """A line under its own label (「乾しいたけの販売額：1.9億円→2.8億円」): another indicator's, not the figure of the
    name above it."""
    return bool(_OWN_LABEL.match(line))


# the plan's own prefix of a mandatory KGI's name, however a type or a draft words it (A 「当該計画による」, B/C
# 「計画での」, a draft's 「本計画における」): names are compared without it
_OWN_PLAN = re.compile(r"^(?:当該|本|この)?計画(?:による|での|における|に基づく|の)")
CUT_MIN = 4  # characters of a mandatory KGI's name a cut name must keep


def _cut_name(ctx: FactContext, kind: str) -> Uncertain | None:
    """A KGI read under a name the mandatory KGI's name begins with but that stops short (「当該計画による官民設備投」: a
    table wrapped at a fixed width broke 「投資額」 over two lines): that KGI, its name cut — for a person to read."""
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    full = next((m.name for m in pt.mandatory_kgis if m.id == kind), None) if pt else None
    if not full:
        return None
    full = _OWN_PLAN.sub("", nfkc(full))
    for s in of(ctx, "kgi", "custom"):
        name = _OWN_PLAN.sub("", re.sub(r"[\s\-－ー―:：]+$", "", nfkc(s.subject or "")))
        if CUT_MIN <= len(name) < len(full) and full.startswith(name):
            return Uncertain(None, (evidence_at(s.place),), candidate=s.place.quote[:CANDIDATE_CHARS])
    return None


def _items(ctx: FactContext, heading: Callable[[str], bool]) -> list[str]:
    """The 記載項目 of the plan's type whose heading passes `heading` (KGI: 「目指すべき目標」「KGI（2040年目標）」;
    KPI: 「KPI及びKPI未達時の撤退基準の設定」)."""
    pt = ctx.kb.plan_types.get(ctx.plan_type or "")
    if pt is None:
        return []
    return [i.id for s in pt.sections for i in s.items if heading(nfkc(i.heading))]


def unread_kpis(ctx: FactContext) -> Uncertain | None:
    """The KPI item's text with figures in it, where no KPI was read."""
    for item in _items(ctx, lambda h: "KPI" in h):
        sec = ctx.plan.sections.get(item)
        text = nfkc(sec.text or "").strip() if sec is not None else ""
        if text and _FIGURE.search(text):
            return Uncertain(None, (section_evidence(sec, text),), candidate=text[:CANDIDATE_CHARS])
    return None
