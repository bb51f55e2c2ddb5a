"""Plan-type suggestion: cues from the authors, the field, the investment and the market."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from chiiki_mirai.core.plan import Plan
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_bytes
from chiiki_mirai.rules.check import evaluate
from chiiki_mirai.rules.suggest import suggest_type
from tests.test_rule_cases import base_plan, deep_merge


def suggest(data: dict):
    """The suggestion for a plan given as data, read as a JSON plan is read (its fields become statements)."""
    plan, _ = read_bytes("plan.json", json.dumps(data, ensure_ascii=False).encode())
    return suggest_type(plan, load_kb())


VALUE_UP = {"added_value_outlook": "既存の部品と比べて付加価値を高め、販路を医療機器メーカーへ広げる見込み"}


def test_municipality_with_a_local_resource_suggests_c() -> None:
    s = suggest(
        {
            "authors": [{"name": "霧ヶ丘町", "kind": "municipality"}],
            "industry": {"domain": "町内の酒蔵による地酒の輸出"},
        }
    )
    assert s.type == "C"
    assert any("市町村" in r for r in s.reasons)
    assert any("地域資源" in r and "酒類" in r for r in s.reasons)


def test_prefecture_aiming_at_export_suggests_b() -> None:
    s = suggest(
        {
            "authors": [{"name": "北浜県", "kind": "prefecture"}],
            "industry": {"domain": "産業用ロボット向け精密減速機"},
            "target_market": {"export": True, "attributes": ["海外"]},
        }
    )
    assert s.type == "B"
    assert any("海外輸出" in r for r in s.reasons)


def test_huge_semiconductor_fab_suggests_a() -> None:
    s = suggest(
        {
            "authors": [{"name": "北浜県", "kind": "prefecture"}],
            "industry": {"domain": "先端半導体の前工程工場", "products": ["先端半導体"]},
            "target_market": {"export": True},
            "investments": [
                {"company": "北浜セミコンダクター株式会社", "description": "前工程工場", "amount": 1.2e12}
            ],
        }
    )
    assert s.type == "A"
    assert any("1.AI・半導体" in r for r in s.reasons)
    assert any("大規模投資" in r for r in s.reasons)


def test_small_investment_in_a_strategic_field_stays_b_for_an_exporting_prefecture() -> None:
    s = suggest(
        {
            "authors": [{"name": "北浜県", "kind": "prefecture"}],
            "industry": {"products": ["先端半導体"]},
            "target_market": {"export": True},
            "investments": [{"description": "検査装置", "amount": 5e8}],
        }
    )
    assert s.type == "B"


def test_no_cue_gives_no_type_with_a_reason() -> None:
    s = suggest({"title": "計画（案）"})
    assert s.type is None
    assert s.reasons and "手がかり" in s.reasons[0]


def test_evaluation_without_a_type_uses_the_suggestion_and_says_so() -> None:
    data = deep_merge(base_plan("C"), {"plan_type": None})
    result = evaluate(Plan.model_validate(data), load_kb(), today=dt.date(2026, 11, 22))
    # checked as the suggested type, and marked as inferred
    assert result.plan_type == "C" and not result.plan_type_given
    assert result.plan_type_suggestion.type == "C"
    assert any("推定" in r and "C" in r for r in result.plan_type_suggestion.reasons)
    assert {i.id for i in result.requirements} == {r.id for r in load_kb().requirements["C"]}


@pytest.mark.parametrize("plan_type", ["A", "B"])
def test_evaluation_without_a_type_checks_against_a_suggested_a_or_b(plan_type: str) -> None:
    """The suggested type, not the default C, decides which requirements are checked."""
    data = deep_merge(base_plan(plan_type), {"plan_type": None})
    result = evaluate(Plan.model_validate(data), load_kb(), today=dt.date(2026, 11, 22))
    assert result.plan_type == plan_type and result.plan_type_suggestion.type == plan_type
    assert any(f"{plan_type}（推定）" in r for r in result.plan_type_suggestion.reasons)
    assert {i.id for i in result.requirements} == {r.id for r in load_kb().requirements[plan_type]}


def test_evaluation_without_a_type_or_a_cue_checks_against_c() -> None:
    result = evaluate(Plan.model_validate({"title": "計画（案）"}), load_kb(), today=dt.date(2026, 11, 22))
    assert result.plan_type_suggestion.type is None
    assert result.plan_type == "C" and not result.plan_type_given
    assert {i.id for i in result.requirements} == {r.id for r in load_kb().requirements["C"]}


def test_a_given_type_overrides_the_suggestion() -> None:
    data = deep_merge(base_plan("C"), {"plan_type": None})
    result = evaluate(Plan.model_validate(data), load_kb(), plan_type="B", today=dt.date(2026, 11, 22))
    assert result.plan_type == "B" and result.plan_type_given
    assert result.plan_type_suggestion.type == "C"
    assert not any("推定" in r for r in result.plan_type_suggestion.reasons)
    items = {i.id: i.status for i in result.requirements + result.checks}
    assert items["author"] == "partial"  # a town cannot author B


def test_a_local_resource_outweighs_an_export_aim_alone() -> None:
    """Without an author kind, a local resource (C +1.5) weighs more than an export aim (B +1)."""
    s = suggest({"industry": {"domain": "地酒の輸出"}, "target_market": {"export": True, "attributes": ["海外"]}})
    assert s.type == "C"
    assert s.reasons == ["地域資源を活用する地場産業：地場の食品加工・酒類（地酒）"]
    assert suggest({"industry": {"domain": "精密部品"}, "target_market": {"export": True, "attributes": ["海外"]}}).type == "B"



# (the plan's business, the local resource it names as read): a word of two characters or more counts, a
# one-character keyword (漆) does not
@pytest.mark.parametrize(
    ("domain", "resource"),
    [
        ("地酒の輸出", "地場の食品加工・酒類（地酒）"),
        ("町内のワイナリーが醸すワインの輸出", "地場の食品加工・酒類（ワイン）"),
        ("伝統工芸品の漆器の輸出", "伝統工芸品（伝統工芸品）"),
        ("町内の漆塗りの器の輸出", None),
    ],
)
def test_a_local_resource_is_named_by_a_word_of_two_characters_or_more(domain: str, resource: str | None) -> None:
    s = suggest({"industry": {"domain": domain}})
    if resource is None:
        assert s.type != "C" and not any("地域資源" in r for r in s.reasons)
    else:
        assert s.type == "C" and s.reasons == [f"地域資源を活用する地場産業：{resource}"]


# a strategic field's investment is large from 100億円 on (large_investment_yen_a, written out here)
@pytest.mark.parametrize(
    ("amount", "large"),
    [(None, False), (5e8, False), (1e10 - 1, False), (1e10, True), (9.9e10, True), (1e11, True)],
)
def test_a_strategic_fields_investment_is_large_from_100_oku_yen(amount: float | None, large: bool) -> None:
    investments = [{"description": "検査装置", "amount": amount}] if amount else []
    s = suggest({"industry": {"products": ["先端半導体"]}, "investments": investments})
    assert any("17の戦略分野" in r for r in s.reasons)
    assert any("大規模投資" in r for r in s.reasons) is large


def test_the_a_reason_names_the_first_of_the_17_fields_the_plan_falls_in() -> None:
    """Products of fields 9 and 1, written in that order: the reason names field 1, the first in the fields' order."""
    s = suggest(
        {
            "authors": [{"name": "北浜県", "kind": "prefecture"}],
            "industry": {"domain": "ペロブスカイト太陽電池と先端半導体", "products": ["ペロブスカイト太陽電池", "先端半導体"]},
            "investments": [{"company": "北浜エナジー株式会社", "description": "量産工場", "amount": 1.2e12}],
        }
    )
    assert s.type == "A"
    field = next(r for r in s.reasons if r.startswith("17の戦略分野"))
    assert field.endswith("：1.AI・半導体／フィジカル・インテリジェント・システムの中核を担う半導体")


def test_a_municipality_aiming_at_export_stays_c() -> None:
    """Being a municipality weighs more than an export aim: without a local resource the plan is still C."""
    s = suggest(
        {
            "authors": [{"name": "霧ヶ丘市", "kind": "municipality"}],
            "industry": {"domain": "産業用ロボット向け精密減速機"},
            "target_market": {"export": True, "attributes": ["海外"]},
        }
    )
    assert s.type == "C"
    assert s.reasons[0] == "策定主体が市町村"


def test_the_local_resource_reason_names_three_resources_at_most() -> None:
    s = suggest(
        {
            "authors": [{"name": "霧ヶ丘町", "kind": "municipality"}],
            "industry": {"domain": "伝統工芸と農業と林業と漁業と地酒の町"},
        }
    )
    assert s.type == "C"
    local = next(r for r in s.reasons if r.startswith("地域資源を活用する地場産業："))
    named = local.removeprefix("地域資源を活用する地場産業：").split("、")
    assert named == ["伝統工芸品（伝統工芸）", "農業関係（農業）", "林業関係（林業）"]


def test_a_very_large_strategic_investment_does_not_outweigh_a_municipality_on_local_resources() -> None:
    """A very large investment adds 2 to A (3 with the field); a municipality on local resources has 3.5 for C."""
    s = suggest(
        {
            "authors": [{"name": "霧ヶ丘町", "kind": "municipality"}],
            "industry": {"domain": "地場の金属加工と先端半導体の前工程工場", "products": ["先端半導体"]},
            "investments": [{"company": "霧ヶ丘セミコン株式会社", "description": "前工程工場", "amount": 1.2e12}],
        }
    )
    assert s.type == "C"
    assert any(r.startswith("地域資源を活用する地場産業：部品加工") for r in s.reasons)


def _outline(t: str) -> dict:
    """A plan's text under every 記載項目 of type `t` (the outline its headings were read as)."""
    kb = load_kb()
    items = [i.id for sec in kb.plan_types[t].sections for i in [sec, *sec.items]]
    return {i: {"heading": i, "text": "記載あり。"} for i in items}


@pytest.mark.parametrize(
    ("data", "outline", "want"),
    [
        # a prefecture exporting geothermal hydrogen, written along A's 記載項目
        ({"authors": [{"name": "北浜県", "kind": "prefecture"}], "industry": {"domain": "地熱による水素製造"},
          "target_market": {"export": True}}, "A", "A"),
        # a prefecture's magnet plant in a strategic field with a large investment, written along B's 記載項目
        ({"authors": [{"name": "北浜県", "kind": "prefecture"}], "industry": {"products": ["永久磁石"]},
          "investments": [{"description": "磁石工場", "amount": 4.8e10}]}, "B", "B"),
    ],
)
def test_the_outline_the_headings_follow_weighs_in_the_type(data: dict, outline: str, want: str) -> None:
    s = suggest({**data, "sections": _outline(outline)})
    assert s.type == want, s.reasons
    assert any("記載項目に沿っている" in r for r in s.reasons)


def test_sections_of_the_plans_own_numbering_do_not_hide_the_outline() -> None:
    """Sections keyed outside the types' 記載項目 (a YAML plan's own 「参考.1」 「9.2」) are not an outline of their own."""
    data = {"authors": [{"name": "北浜県", "kind": "prefecture"}], "industry": {"domain": "地熱による水素製造"},
            "target_market": {"export": True}}
    own = {"参考.1": {"heading": "参考資料", "text": "記載あり。"}, "9.2": {"heading": "補足", "text": "記載あり。"}}
    s = suggest({**data, "sections": {**_outline("A"), **own}})
    assert s.type == "A", s.reasons
    assert any("記載項目に沿っている" in r for r in s.reasons)


def test_a_prefecture_on_a_local_resource_alone_stays_b() -> None:
    """A prefecture (B +1.5) on a local resource (C +1.5): the tie goes to B, the guidance's type for prefectures,
    also when the plan aims to raise value added (no further cue for C beside a local resource); a municipality on
    the same resource is C."""
    sake = {"industry": {"domain": "地酒の製造"}}
    s = suggest({**sake, "authors": [{"name": "北浜県", "kind": "prefecture"}]})
    assert (s.type, s.reasons) == ("B", ["策定主体が都道府県・政令指定都市"])
    s = suggest({**sake, "authors": [{"name": "北浜県", "kind": "prefecture"}], "target_market": VALUE_UP})
    assert (s.type, s.reasons) == ("B", ["策定主体が都道府県・政令指定都市"])
    assert suggest({**sake, "authors": [{"name": "霧ヶ丘町", "kind": "municipality"}]}).type == "C"


@pytest.mark.parametrize(("amount", "want"), [(2e10, "A"), (5e9, "B")])
def test_a_large_strategic_investment_outweighs_a_prefectures_authorship(amount: float, want: str) -> None:
    """A prefecture (B +1.5) investing in a strategic field (A +1): from 100億円 the investment adds A +1 and A leads."""
    s = suggest({"authors": [{"name": "北浜県", "kind": "prefecture"}], "industry": {"products": ["先端半導体"]},
                 "investments": [{"description": "検査装置", "amount": amount}]})
    assert s.type == want, s.reasons


@pytest.mark.parametrize(("n", "outline"), [(10, True), (9, False)])
def test_ten_items_read_along_a_types_outline_are_its_outline(n: int, outline: bool) -> None:
    """From ten 記載項目 of one type (STRUCTURE_MIN, written out here) the headings count as that type's outline."""
    items = dict(list(_outline("B").items())[:n])
    s = suggest({"authors": [{"name": "北浜県", "kind": "prefecture"}], "sections": items})
    assert any(f"記載項目に沿っている（{n}項目）" in r for r in s.reasons) is outline, s.reasons


@pytest.mark.parametrize(("amount", "want"), [(5e10, "B"), (1e11 - 1, "B"), (1e11, "A")])
def test_an_exporting_prefecture_yields_to_a_only_from_1000_oku_yen_of_strategic_investment(amount: float, want: str) -> None:
    """A prefecture aiming at export (B 1.5 + 1) against a strategic field's large investment (A 1 + 1): the
    investment outweighs both only from 1,000億円 (very_large_investment_yen_a, written out here), where it adds 2."""
    s = suggest({"authors": [{"name": "北浜県", "kind": "prefecture"}], "industry": {"products": ["先端半導体"]},
                 "target_market": {"export": True}, "investments": [{"description": "前工程工場", "amount": amount}]})
    assert s.type == want, s.reasons


@pytest.mark.parametrize(("title", "want"), [
    ("北浜の地酒 高付加価値化プラン（素案）", "C"),  # a prefecture's own プラン: the C type's name
    ("北浜の地酒 高付加価値化計画（素案）", "B"),  # (the tie between the other two cues goes to B)
    ("北浜の地酒 輸出拡大プラン（地域産業クラスター計画）", "B"),  # a 計画 that calls itself a plan too
])
def test_a_plan_that_names_itself_a_plan_leans_to_the_c_type(title: str, want: str) -> None:
    s = suggest(
        {
            "title": title,
            "authors": [{"name": "北浜県", "kind": "prefecture"}],
            "industry": {"domain": "県内の酒蔵による地酒"},
        }
    )
    assert s.type == want


@pytest.mark.parametrize(("plan", "want"), [
    # the name weighs more than an aim to export alone (B's cue, one point)
    ({"target_market": {"export": True}}, "C"),
    # and as much as a prefecture's authorship: a prefecture's プラン with no other cue is a tie, which goes to B
    ({"authors": [{"name": "北浜県", "kind": "prefecture"}]}, "B"),
])
def test_the_name_plan_weighs_as_much_as_a_prefectures_authorship(plan: dict, want: str) -> None:
    s = suggest({"title": "北浜の未来づくりプラン", **plan})
    assert s.type == want, s.reasons


def test_an_aim_to_raise_value_added_alone_suggests_c() -> None:
    """With no field, no local resource and no author kind, an aim to raise an existing product's value added or
    its sales (C.(2)①) is a cue for C on its own (half a point: more than no cue at all)."""
    s = suggest({"industry": {"domain": "精密部品"}, "target_market": VALUE_UP})
    assert (s.type, s.reasons) == ("C", ["既存製品の付加価値向上・販路拡大を目指す"])


def test_an_export_aim_outweighs_an_aim_to_raise_value_added() -> None:
    """An export aim (B +1) against the value-added aim (C +0.5): B."""
    s = suggest({"industry": {"domain": "精密部品"}, "target_market": {**VALUE_UP, "export": True}})
    assert s.type == "B", s.reasons


def test_a_municipality_yields_to_a_very_large_strategic_investment() -> None:
    """A municipality (C +2) without a local resource, against a strategic field (A +1) with an investment of
    1,000億円 or more (A +2): A leads by one point."""
    s = suggest({"authors": [{"name": "霧ヶ丘市", "kind": "municipality"}], "industry": {"products": ["先端半導体"]},
                 "investments": [{"description": "前工程工場", "amount": 1.2e11}]})
    assert s.type == "A", s.reasons


@pytest.mark.parametrize(("data", "outline", "want"), [
    # a prefecture aiming at export (B 1.5 + 1) outweighs the C outline its headings follow (2)
    ({"authors": [{"name": "北浜県", "kind": "prefecture"}], "target_market": {"export": True}}, "C", "B"),
    # a municipality (C 2) ties with the A outline (2): the tie goes to C before A
    ({"authors": [{"name": "霧ヶ丘市", "kind": "municipality"}]}, "A", "C"),
])
def test_the_outline_weighs_two_points_as_much_as_a_municipality(data: dict, outline: str, want: str) -> None:
    s = suggest({**data, "industry": {"domain": "精密部品"}, "sections": _outline(outline)})
    assert s.type == want, s.reasons


@pytest.mark.parametrize(("products", "want"), [([], "C"), (["先端半導体"], "B")])
def test_an_aim_to_raise_value_added_counts_for_c_only_outside_the_strategic_fields(products: list, want: str) -> None:
    """A prefecture (B +1.5) whose plan names itself a プラン (C +1.5) and aims to raise value added (C +0.5): C;
    once the plan's product is in a strategic field (A +1) the aim is no cue for C, and the tie goes to B."""
    s = suggest({"title": "北浜 精密部品 高付加価値化プラン", "authors": [{"name": "北浜県", "kind": "prefecture"}],
                 "industry": {"domain": "精密部品", "products": products}, "target_market": VALUE_UP})
    assert s.type == want, s.reasons


def test_headings_read_along_two_types_outlines_are_no_outline() -> None:
    """Sections keyed by the 記載項目 of two types (ten of A's and ten of B's) say no one type's outline."""
    items = {**dict(list(_outline("A").items())[:10]), **dict(list(_outline("B").items())[:10])}
    s = suggest({"industry": {"domain": "精密部品"}, "sections": items})
    assert not any("記載項目に沿っている" in r for r in s.reasons), s.reasons
