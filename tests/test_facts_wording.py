"""Wording classes the facts must tell apart (QA set 3): negated / future statements, competitive-advantage
wording (read by the statement classifier), rate-only value added, qualitative domestic procurement, submission
form numbers and the name of an attracted company. Wording here differs on purpose from the QA drafts."""

from __future__ import annotations

import datetime as dt

import pytest

from chiiki_mirai.core.plan import KGI, Plan, SectionText
from chiiki_mirai.core.text.cues import affirmed
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.claims import THRESHOLD, classify
from chiiki_mirai.readers.statements.from_fields import with_statements
from chiiki_mirai.rules.check import evaluate
from chiiki_mirai.rules.facts import derive_facts

TODAY = dt.date(2026, 5, 20)
BLOCK = r"(計画の素案|素案|有識者検討会)"
ADOPTED = r"(採択(済|され|を受け)|交付決定)"


@pytest.mark.parametrize(
    "sentence, pattern, done",
    [
        ("中国ブロックの計画の素案（2026年2月）で、本クラスターが候補として掲げられている。", BLOCK, True),
        ("九州ブロックの有識者検討会がまとめた素案に、候補の一つとして記載された。", BLOCK, True),
        ("有識者検討会での審議は来年度に行われる見込みである。", BLOCK, False),
        ("素案への反映を目指し、経済産業局に資料を提出する。", BLOCK, False),
        ("現段階で計画の素案には本分野の記載はない。", BLOCK, False),
        ("今後、素案に位置付けられるよう関係機関と協議する。", BLOCK, False),
        ("新工場は令和6年度に国の補助金の交付決定を受けた。", ADOPTED, True),
        ("量産設備は補助事業に採択されており、2027年度に着工する予定である。", ADOPTED, True),
        ("補助事業には採択されていない。", ADOPTED, False),
        ("採択済みのものはなく、来年度の公募に応募する。", ADOPTED, False),
        ("第2次公募で採択される見通しである。", ADOPTED, False),
    ],
)
def test_affirmed_tells_done_from_negated_or_future(sentence: str, pattern: str, done: bool) -> None:
    assert affirmed(sentence, pattern) is done


@pytest.mark.parametrize(
    "sentence, advantage",
    [
        ("この接合技術は他社にはまねできない。", True),
        ("国内唯一の量産ラインであり、短納期に対応できる。", True),
        ("独自の発酵技術で香りを長く保つ。", True),
        ("製法は特許を取得しており、模倣が難しい。", True),
        ("世界初の常温輸送に対応した冷凍食品である。", True),
        ("品質で他社の追随を許さない。", True),
        ("主力製品は産業用ポンプで、国内外に販売している。", False),
        ("（独自）輸出額", False),
        ("特許相談の窓口を設ける。", False),
    ],
)
def test_competitive_advantage_is_read(sentence: str, advantage: bool) -> None:
    # read by the statement classifier (readers/claims), the word list being one of its features
    assert (classify(sentence)["competitive_advantage"] >= THRESHOLD) is advantage


@pytest.mark.parametrize(
    "sentence, home",
    [
        ("主原料の大豆は県内の農家からほぼすべてを仕入れている。", True),
        ("基幹部品の大部分を国内のメーカーから購入している。", True),
        ("樹脂材料は地元の商社を通じて調達している。", True),
        ("原料の一部を県内から調達している。", False),
        ("県内調達率を2030年度までに6割へ高める。", False),
        ("半導体は県内では調達できない。", False),
        ("金融機関と連携し、設備投資の資金調達を支援する。", False),
    ],
)
def test_domestic_procurement_in_words(sentence: str, home: bool) -> None:
    assert _text_facts(sentence, "B")["procurement_local_or_domestic"].present is home


def _kgi_facts(unit: str, value: float, plan_type: str = "B"):
    plan = Plan(kgis=[KGI(kind="value_added", name="付加価値額", value=value, unit=unit, year=2035)])
    return derive_facts(plan, load_kb(), plan_type, TODAY)


@pytest.mark.parametrize("unit, value", [("%", 25.0), ("倍", 1.8), ("割", 3.0)])
def test_value_added_rate_is_not_an_amount(unit: str, value: float) -> None:
    f = _kgi_facts(unit, value)
    assert f["kgi_value_added_value"].value is None
    assert f["kgi_value_added_rate_only"].present


def test_value_added_amount_is_kept() -> None:
    f = _kgi_facts("円", 3.2e9)
    assert f["kgi_value_added_value"].value == 3.2e9
    assert f["kgi_value_added_rate_only"].value is None


DRAFT = """# 北浜県 {title}

| 項目 | 内容 |
|---|---|
| 計画類型 | {type} |
| 策定主体 | 北浜県 |
| 計画期間 | 2026年度～2030年度 |

## 伴走支援体制

知事を本部長とする推進本部を設け、県商工部に専任職員4名を置く。
国の事前確認が終わった後に知事が本計画を発表し、{forms}を用いて提出する。

## 現地化の取組

{localization}
"""


def _check(**kw: str):
    text = DRAFT.format(**kw)
    plan, _ = read_bytes("draft.md", text.encode("utf-8"))
    return plan, {i.id: i for i in evaluate(plan, load_kb(), today=TODAY).checks}


@pytest.mark.parametrize(
    "forms, expected",
    [
        ("様式２－１から２－４", ["様式2-1", "様式2-2", "様式2-3", "様式2-4"]),
        ("様式1‐2及び様式1‐3", ["様式1-2", "様式1-3"]),
        ("様式第2-1～第2-3", ["様式2-1", "様式2-2", "様式2-3"]),
    ],
)
def test_form_numbers_are_read(forms: str, expected: list[str]) -> None:
    plan, _ = _check(title="計画", type="B", forms=forms, localization="県外企業の誘致は行わない。")
    assert plan.submission.forms == expected


def test_forms_of_another_type_are_a_gap_with_the_right_forms() -> None:
    _, checks = _check(title="計画", type="B", forms="様式２－１から２－４", localization="誘致は行わない。")
    sub = checks["submission"]
    assert sub.status == "partial"
    assert any("様式2-1" in r and "C" in r for r in sub.reasons)
    assert "様式1-1" in sub.fix


def test_own_forms_pass() -> None:
    _, checks = _check(title="計画", type="B", forms="様式１－１～１－４", localization="誘致は行わない。")
    assert checks["submission"].status == "met"


def test_attracted_company_is_named_in_the_reason() -> None:
    _, checks = _check(
        title="計画",
        type="B",
        forms="様式1-1から1-4",
        localization="大阪府の精密加工メーカーである西宮プレシジョン株式会社を誘致し、新工場を建設する。",
    )
    loc = checks["localization"]
    # a note to write the company's localisation policy if it has one (000 ⑥※), never a gap
    assert loc.status == "met"
    assert any("西宮プレシジョン" in a for a in loc.advice)


def _text_facts(text: str, plan_type: str = "C"):
    # a plan given as text only: its statements are read from that text (readers/statements/from_fields)
    plan = with_statements(Plan(other_text=[SectionText(heading="本文", text=text)]))
    return derive_facts(plan, load_kb(), plan_type, TODAY)


@pytest.mark.parametrize(
    "text",
    ["宿泊と体験を組み合わせ、来訪者1人あたりの消費額を3倍に高める。", "観光客の客単価を2割引き上げる。"],
)
def test_spend_per_customer_is_a_value_up(text: str) -> None:
    assert _text_facts(text)["value_up_or_sales_expansion"].present


@pytest.mark.parametrize(
    "text, dependent",
    [
        ("複数の地元事業者が分担しており、特定の大手企業には依存していない。", False),
        ("特定の大手商社に頼らず、組合の共同出荷で販売する。", False),
        ("売上の8割を大手チェーン1社向けとしており、同社に依存している。", True),
    ],
)
def test_franchise_dependency_negation(text: str, dependent: bool) -> None:
    assert _text_facts(text)["franchise_dependency"].present is dependent
