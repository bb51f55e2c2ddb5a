"""The statement classifier's public API (readers.claims): labels, modality, determinism, needs.

Sentences are written for these tests (tests/cases/claims/sentences.yaml), not taken from the training set.
Quality on the labelled sentences, leave-one-writer-out, is a benchmark (`python -m benchmarks.bench_claims`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chiiki_mirai.core.plan import Plan, SectionText
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.claims import (
    LABELS,
    MODALITIES,
    THRESHOLD,
    classify,
    modality,
    needs,
    read,
    store,
    train,
)
from chiiki_mirai.readers.statements.claims import corroborated
from chiiki_mirai.readers.statements.claims_dependence import CANDIDATE, concentration

SENTENCES = yaml.safe_load((Path(__file__).parent / "cases" / "claims" / "sentences.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", SENTENCES, ids=[c["text"][:20] for c in SENTENCES])
def test_sentence_is_read_as_labelled(case: dict) -> None:
    got = [k for k, p in classify(case["text"]).items() if p >= THRESHOLD]
    if case["labels"]:
        assert set(case["labels"]) <= set(got), (case["text"], got)
    else:
        assert got == [], (case["text"], got)
    assert modality(case["text"]) == case["modality"]


def test_every_label_has_a_probability_and_empty_text_claims_nothing() -> None:
    probs = classify("補助金は申請予定である。")
    assert set(probs) == set(LABELS) and all(0.0 <= p <= 1.0 for p in probs.values())
    empty = read("  ")
    assert empty.modality == "none" and max(empty.labels.values()) == 0.0
    assert set(read("テスト").modality_proba) == set(MODALITIES)


def test_long_input_is_bounded() -> None:
    # a unit is cut before reading: a megabyte of text costs what a thousand characters do
    assert set(classify("需要が伸びている。" * 100_000)) == set(LABELS)


def test_training_data_is_read_in_a_fixed_order_and_the_model_is_keyed_by_its_inputs() -> None:
    data = train.load_sentences()
    assert [s.id for s in data] == sorted(s.id for s in data)
    assert len(data) == 2684 and {s.writer for s in data} == {"s1", "s2", "s3", "s4", "s5"}
    held = train.load_sentences("heldout")  # measured, never trained on
    assert {s.writer for s in held} == {"s6", "s7", "s8"} and not {s.id for s in held} & {s.id for s in data}
    assert store.model_key() == store.model_key()
    assert store.model_dir().name == f"claims-{store.model_key()}"


def test_needs_a_plan_states_with_their_modality() -> None:
    draft = (
        "# 試作 クラスター計画\n\n類型：B\n策定主体：北浜県\n\n"
        "## 5 投資促進に向けた課題と事業環境整備の取組\n\n### (1) 投資促進に向けた課題\n\n"
        "- 溶接の技能者が足りない。\n- 工業用水の確保が難しい。\n\n"
        "## 伴走支援体制\n\n知事を本部長とする推進本部を設け、職員4名が企業を訪問する。\n"
    )
    plan, _ = read_bytes("draft.md", draft.encode("utf-8"))
    got = needs(plan)
    assert [n.text for n in got] == ["溶接の技能者が足りない。", "工業用水の確保が難しい。"]
    assert all(n.held and n.item == "B.5.1" for n in got)


def test_needs_of_a_plan_given_as_fields() -> None:
    plan = Plan(sections={"C.5.1": SectionText(heading="取組に向けた課題", text="後継者がいない窯元が多い。")})
    assert [n.text for n in needs(plan)] == ["後継者がいない窯元が多い。"]


@pytest.mark.parametrize("text, named", [
    # the item's own label is no party: 「特定の理由」 names no one the plan depends on
    ("特定の理由：三者は別々の工程を受け持ち、一者が休んでも残りで受注をこなせる。", False),
    ("販路の大半を特定の商社が握っている。", True),
])
def test_a_dependence_is_corroborated_by_a_party_not_by_an_item_label(text: str, named: bool) -> None:
    assert corroborated("over_dependence", text) is named


@pytest.mark.parametrize("text, names_it", [
    # a word that only looks like the prefecture (都市計画, 道の駅) or the sameness (貴重な, 慎重な) names neither
    ("市の都市計画マスタープランに沿って工業地域を指定している。", False),
    ("道の駅を区域の拠点として活用する。", False),
    ("貴重な地域資源を慎重な検討のうえ活用する。", False),
    ("県の産業クラスター計画と同じ分野を対象とする。", True),
    ("本市の取組は県計画の一環として位置付けられる。", True),
])
def test_a_same_cluster_claim_is_corroborated_by_the_prefectures_plan_or_the_sameness(text: str, names_it: bool) -> None:
    assert corroborated("same_cluster", text) is names_it


@pytest.mark.parametrize(
    "text",
    [
        "海外展開を担う両社の能力は十分と考える",  # 外 of 海外 is no 対象外
        "信頼できる人材は十分に確保している。",  # 頼 of 信頼 is no 頼る
        "不動産の取得は十分に見込める。",  # 不 of 不動産 is no denial
        "まず、地域未来戦略に沿って必ず十分な体制を整える。",  # まず・必ず・未来
    ],
)
def test_a_clause_with_no_denying_word_is_not_read_as_negated(text: str) -> None:
    assert read(text).modality_proba["negated"] == 0.0


def test_a_clause_that_denies_is_still_read_as_negated() -> None:
    assert read("海外展開は行わない。").modality == "negated"
    assert read("輸出は行わず、国内の業務用市場に絞る。").modality_proba["negated"] > 0.0


@pytest.mark.parametrize(
    ("text", "share"),
    [
        # a share in one clause, a buyer in the next with a topic of its own: the share is not bound to it
        ("漁協は町内の水揚げの約7割を扱っており、株式会社汐見水産は規格外の魚をすり身用に買い取っている。", None),
        ("主な販売先は株式会社汐見水産であり、売上の7割を同社向けが占める。", 0.7),
        ("売上の8割を株式会社汐見水産向けの出荷が占めており、価格の交渉力が弱い。", 0.8),
    ],
)
def test_a_share_binds_only_the_party_in_its_own_clause(text: str, share: float | None) -> None:
    got = concentration(nfkc(text), ["汐見水産"])
    assert (got[0] if got else None) == share


@pytest.mark.parametrize(
    ("text", "share"),
    [
        # a buyer whose name the draft keeps back behind a letter is one party
        ("干し柿の出荷額のうち約9割をB社の量販店向けが占めている。", 0.9),
        ("原料の8割を海外のＺ社から調達している。", 0.8),
        # a share split between two such parties is no single party's
        ("売上の約8割をC社とD社の2社向けが占める。", None),
        # the share's own party is the letter next to the trade, whatever other letter the clause names
        ("A社から原料を調達し、製品の8割をB社向けに出荷する。", 0.8),
        ("A社からの受注が売上の約8割を占める。", 0.8),
        ("販路の開拓が遅れ、売上の8割以上をE社に依存している。", 0.8),
    ],
)
def test_a_company_named_by_a_letter_is_one_party_for_a_share(text: str, share: float | None) -> None:
    got = concentration(nfkc(text), [])
    assert (got[0] if got else None) == share


@pytest.mark.parametrize(
    "text",
    [
        # a letter merely in the clause: a partner, a supplier of something else, the operator
        "A社と連携し、県内産原料の調達比率を8割に高める。",
        "A社から原料を調達し、製品の8割を首都圏の量販店向けに出荷する。",
        "地元企業のA社が設備投資の8割を負担し、製品は県内向けに販売する。",
        # a letter that is one of several parties, or the one left out
        "売上の約8割をA社等の大手3社向けが占める。",
        "売上の約8割をA社以外の県外取引先向けが占める。",
        # the large share is a market's; the letter's own share is small
        "県外向けの出荷が約8割を占め、うちA社向けは1割にとどまる。",
    ],
)
def test_a_letter_named_company_binds_no_share_that_is_not_its_own_trade(text: str) -> None:
    got = concentration(nfkc(text), [])
    assert got is None or got[0] < CANDIDATE
