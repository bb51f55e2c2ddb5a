"""How the KGIs were set and will be checked: basis and verification statements, and the figures of the simple
value-added formula (「売上増加額（9.0億円）×既存の付加価値率（40％）＝3.6億円」).

Each line of the 設定の根拠 zone is a `kgi` statement of topic `basis` (its subject the KGI kind it names,
「官民設備投資額は…積み上げた」 → investment), each line of the 効果検証 zone one of topic `verification`. A sentence
that says how a figure was set, in the paragraph where a KGI was read, is the basis wherever the chapter is
(「必須KGIとして…640億円とする。これは…を積み上げたものである。」 under a chapter of the core companies). In the
basis zone and the KGI zone, the sales increase (「売上増加額」「売上の増加見込み」) and the existing value-added
rate (「付加価値率」) are statements of topics `sales_increase` (yen) and `value_added_rate` (a share), each bound
to the figure that follows its own words.
"""

from __future__ import annotations

from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.formula import formula_figures
from chiiki_mirai.readers.statements.base import place_of
from chiiki_mirai.readers.statements.indicators.names import kgi_kind
from chiiki_mirai.readers.statements.indicators.zones import Zoned, states_basis


def formula_statements(z: Zoned) -> list[Statement]:
    """The sales increase and the value-added rate a line states, each with its own figure."""
    return [
        Statement(kind="kgi", topic=topic, value=value, unit="share" if topic == "value_added_rate" else "円",
                  attrs={"raw": raw}, place=place_of(z.unit))
        for topic, value, raw in formula_figures(z.text)
    ]


def extract_basis(zoned: list[Zoned]) -> list[Statement]:
    out: list[Statement] = []
    for z in zoned:
        if z.unit.kind == "heading":
            continue
        text = z.text.strip()
        if "basis" in z.zones and text:
            kind = kgi_kind(text[:40])
            out.append(Statement(kind="kgi", topic="basis", subject=None if kind == "custom" else kind,
                                 attrs={"text": text[:300]}, place=place_of(z.unit)))
        elif "verify" in z.zones and text:
            out.append(Statement(kind="kgi", topic="verification", attrs={"text": text[:300]}, place=place_of(z.unit)))
        if z.zones & {"basis", "kgi"}:
            out += formula_statements(z)
    return out


def basis_beside_kgis(zoned: list[Zoned], kgis: list[Statement]) -> list[Statement]:
    """The sentences outside the zones of the basis and the KPIs that say how a figure was set, in a paragraph where a
    KGI with its figure was read: the basis of that KGI (a narrative chapter holds the goals and their basis)."""
    lines = {s.place.line for s in kgis if s.kind == "kgi" and s.value is not None
             and s.topic not in ("basis", "verification", "sales_increase", "value_added_rate")}
    out: list[Statement] = []
    for z in zoned:
        if z.unit.kind not in ("sentence", "item") or z.unit.line not in lines or z.zones & {"basis", "kpi"}:
            continue
        if states_basis(z.text):
            kind = kgi_kind(z.text.strip()[:40])
            out.append(Statement(kind="kgi", topic="basis", subject=None if kind == "custom" else kind,
                                 attrs={"text": z.text.strip()[:300]}, place=place_of(z.unit)))
    return out
