"""Reading core companies and operators: lists in prose and bullets, roles, attracted companies, company tables.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.statements.entity_words import split_operators


def _read_md(text: str):
    plan, _ = read_bytes("draft.md", text.encode("utf-8"))
    return plan


def _read(text: str):
    return read_bytes("draft.md", text.encode("utf-8"))[0]


C_PLAN = """# 白波町 真珠加工 地場産業成長プラン

類型：C 地場産業成長プラン
策定主体：愛媛県白波町
計画期間：令和8年度～令和12年度

## 7. 自治体のコミットメント

町の商工観光課に「真珠産業相談窓口」を設け、担当職員3名を置く。
販路開拓と事業承継は、愛媛県よろず支援拠点のコーディネーターが月2回巡回して支援する。
本プランは、国の事前確認を受けた後、町長が相談窓口の開設とあわせて発表する。
"""


def test_bullet_sub_headings_open_their_items() -> None:
    plan = _read_md(
        "類型：C\n策定主体：大分県竹田市\n\n② 計画推進の核となる地域及び事業主体\n\n"
        "・計画推進の核となる事業主体\n◆ 竹田温泉旅館組合（組合員21軒、宿泊）\n◆ 株式会社くじゅう観光（従業員30名、送客）\n\n"
        "・特定の理由\n組合が宿泊、観光会社が送客を担う。\n"
    )
    names = [c.name for c in plan.core_companies]
    assert any("旅館組合" in n for n in names) and any("くじゅう観光" in n for n in names), names


def test_prose_operator_list_splits_outside_brackets() -> None:
    text = "有限会社しおさい水産（養殖、従業員12人）、白波漁業協同組合（組合員80人、加工場）、白波町観光協会。"
    assert [p.split("（")[0].split("(")[0] for p in split_operators(text.rstrip("。"))] == [
        "有限会社しおさい水産",
        "白波漁業協同組合",
        "白波町観光協会",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "町内の事業者が連携し、加工から販売までを担う。",
        "株式会社しおさい水産が中心となり、漁協と連携して加工を行う。",
        "株式会社しおさい水産（養殖）。漁協は加工を担う。",
    ],
)
def test_prose_that_is_not_a_list(text: str) -> None:
    assert split_operators(text) == [text]


def test_operators_in_one_paragraph_are_each_a_core_operator() -> None:
    plan = _read(
        C_PLAN
        + "\n## 2. 支援する地域及び推進の核となる事業者\n\n### (2) 本プラン推進の核となる事業者\n\n"
        "有限会社しおさい水産（真珠の養殖、従業員12人）、白波真珠加工株式会社（加工・販売）、白波漁業協同組合（母貝の生産）。\n"
    )
    names = [c.name for c in plan.core_companies]
    assert names == ["有限会社しおさい水産", "白波真珠加工株式会社", "白波漁業協同組合"]
    assert plan.core_companies[0].employees == 12


@pytest.mark.parametrize(
    ("line", "attracted"),
    [
        ("- 株式会社せとうち加工（岡山市。町内に加工場を新設して進出）", True),
        ("- 株式会社せとうち加工（町内。欧州への海外進出を目指す）", None),
    ],
)
def test_attraction_written_as_coming_in(line: str, attracted) -> None:
    plan = _read(f"# 試作プラン\n\n類型：C\n\n## 2. 推進の核となる事業者\n\n{line}\n- 牛窓漁業協同組合（加工原料の供給）\n")
    assert plan.core_companies[0].attracted is attracted


def test_attracted_company_named_without_its_legal_form() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n\n## 2. 推進の核となる事業者\n\n- 株式会社せとうち加工（加工）\n- 牛窓漁業協同組合（原料）\n\n"
        "### 特定の理由\n\n誘致するせとうち加工は、欧州の外食チェーンとの取引網を持つ。\n"
    )
    assert [c.attracted for c in plan.core_companies] == [True, None]


@pytest.mark.parametrize(
    "sentence",
    ["外部からの企業誘致は行わず、町内の事業者で取り組む。", "域外企業の誘致は想定していない。"],
)
def test_no_attraction_written_with_zu(sentence: str) -> None:
    plan = _read(f"# 試作プラン\n\n類型：C\n\n## 6. 現地化の取組\n\n### (1) 現地化の方針\n\n{sentence}\n")
    assert plan.localization.attracts_outside_company is False


def test_role_on_the_line_below_a_company_item() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：B\n\n## 2. 核となる区域と企業\n\n### (2) 計画推進の核となる企業\n\n"
        "・株式会社いわき精工（いわき市、従業員数320名）\n\u3000精密部品の切削と組立\n"
        "・有限会社小名浜化成（いわき市、従業員数45名）\n\u3000樹脂部品の成形\n\n"
        "### (3) 事業規模\n\n2社の事業規模は計画の遂行に十分である。\n"
    )
    got = [(c.name, c.location, c.role, c.employees) for c in plan.core_companies]
    assert got == [
        ("株式会社いわき精工", "いわき市", "精密部品の切削と組立", 320),
        ("有限会社小名浜化成", "いわき市", "樹脂部品の成形", 45),
    ]


def test_a_numbered_sub_heading_is_not_a_company() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：B\n\n## 2.2 計画推進の核となる企業\n\n"
        "・株式会社いわき精工（いわき市、従業員数320名）：精密部品\n\n2.2.2 事業規模と参考リスト\n\n十分である。\n"
    )
    assert [c.name for c in plan.core_companies] == ["株式会社いわき精工"]


def test_a_labelled_bullet_listing_several_operators() -> None:
    plan = _read(
        "# 試作プラン\n\n類型：C\n\n## 2) 地域と推進の核となる事業者\n\n"
        "- **核となる事業者**：会津漆器協同組合（組合員40社）、株式会社若松塗、合同会社ぬりもの舎、木地師の個人事業主3名。\n"
    )
    assert [c.name for c in plan.core_companies] == [
        "会津漆器協同組合",
        "株式会社若松塗",
        "合同会社ぬりもの舎",
        "木地師の個人事業主3名",
    ]


def test_company_sub_entries_give_role_and_are_not_companies() -> None:
    plan = _read(
        "# 試作クラスター計画\n\n類型：B\n\n## 2. 計画推進の核となる企業\n\n"
        "- ア　株式会社白根精工（甲府市、従業員300名）\n- （ア）役割：精密部品の加工\n"
        "- イ　株式会社北杜メタル（東京都から誘致、従業員120名）\n- （ア）役割：表面処理\n"
        "- ウ　白根精工は国内シェア約2割を持ち、事業規模は十分である。\n"
    )
    got = [(c.name, c.role, c.attracted) for c in plan.core_companies]
    assert got == [("株式会社白根精工", "精密部品の加工", None), ("株式会社北杜メタル", "表面処理", True)]


def test_a_company_table_under_the_section_is_the_company_item() -> None:
    plan, rep = read_bytes(
        "draft.md",
        "# 試作クラスター計画\n\n類型：B\n\n## 2. 地域産業クラスターの形成を目指す区域\n\n核となる地域は、諫早市の工業団地です。\n\n"
        "| 企業名 | 所在地 | 従業員数 | 役割 |\n|---|---|---|---|\n| 株式会社諫早精機 | 諫早市 | 300名 | 精密加工 |\n\n"
        "2社とも国の参考リストに掲載されています。\n".encode(),
    )
    assert {"B.2.1", "B.2.2"} <= set(rep.sections)
    assert [c.name for c in plan.core_companies] == ["株式会社諫早精機"]
    assert plan.core_companies[0].degree_statement


def test_no_attraction_written_politely() -> None:
    plan = _read("# 試作プラン\n\n類型：B\n\n## 6. 現地化の取組\n\n県外から新たに誘致する企業はありません。\n")
    assert plan.localization.attracts_outside_company is False


def test_reference_list_column_and_counted_clause() -> None:
    plan = _read(
        "# 試作クラスター計画\n\n類型：B\n\n## 2. 核となる企業\n\n### (2) 計画推進の核となる企業\n\n"
        "| 企業名 | 従業員数 | 役割 | 参考リスト |\n|---|---|---|---|\n| 株式会社駿河機工 | 300名 | 組立 | 掲載 |\n\n"
        "## 4. 勝ち筋\n\n### (3) 地域へのインパクト\n\n域内取引額 令和17年度に200億円、4社の売上額 令和17年度に900億円を見込む。\n"
    )
    assert plan.core_companies[0].degree_statement == "参考リスト掲載"
    assert plan.ripple.sales.value == 900e8
