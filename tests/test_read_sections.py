"""Reading sections: which text belongs to which 記載項目 (labels, bold lines, lead-ins, sub-headings, layout).

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers import kbview, read_bytes
from chiiki_mirai.readers.doctree import parse_text
from chiiki_mirai.readers.headings import best_match, clean_heading, split_numbering
from chiiki_mirai.readers.kbview import targets


def _read_md(text: str, name: str = "draft.md"):
    return read_bytes(name, text.encode("utf-8"))


def _sections(text: str, name: str = "draft.md") -> dict:
    _, report = _read_md(text, name)
    return report.sections


_BOLD_C = """類型：C
策定主体：南砺市

### 1 育てたい産業

**取り扱う製品・サービス**
五箇山和紙を使った照明器具と壁紙。

**なぜこの分野なのか**
和紙職人が市内に30人おり、海外の設計事務所からの問い合わせが増えている。

### 2 担う地域と事業者

**中心となる地域**
平・上平地区。

**中心となる事業者**
- 五箇山和紙協同組合（職人30人）
- 株式会社なんとライト（従業員15名、照明器具の設計）

**市長の発表**：国の事前確認後に市長が発表する。
"""


_COLON = """# 蒲郡 繊維ロープ 地域産業クラスター計画（素案）

計画の類型：B

## 2. 区域と核となる企業

核となる区域：蒲郡市の臨海工業団地。

中心となる企業と担う役割：
三河ロープ工業株式会社は撚糸と製網を担う。
蒲郡テキスタイル株式会社は染色と検査を担う。

特定の理由：撚りから検査までを市内でそろえられるため。

補足：
以上の企業は市内に本社を置く。
"""


def test_space_separated_labels_on_consecutive_lines_stay_apart() -> None:
    plan, _ = _read_md(
        "策定主体　香川県小豆郡土庄町\n計画期間　2026年度から2030年度まで\n目標年度　2032年度\n"
    )
    assert [a.name for a in plan.authors] == ["香川県小豆郡土庄町"]
    assert (plan.period.start_fy, plan.period.end_fy, plan.period.target_fy) == (2026, 2030, 2032)


def test_bold_only_lines_are_sub_headings() -> None:
    plan, report = _read_md(_BOLD_C)
    secs = report.sections
    assert secs.get("C.1.1") == "取り扱う製品・サービス"
    assert secs.get("C.2.2") == "中心となる事業者"
    assert plan.industry.domain.startswith("五箇山和紙を使った照明器具")
    assert "*" not in plan.industry.domain
    assert not any("*" in p for p in plan.industry.products)
    names = [c.name for c in plan.core_companies]
    assert any("和紙協同組合" in n for n in names) and any("なんとライト" in n for n in names), names


def test_bold_label_with_a_value_stays_a_line_of_text() -> None:
    _, report = _read_md(_BOLD_C)
    assert not any("市長の発表" in h for h in report.sections.values())


def test_single_star_bullets_still_read_as_list_items() -> None:
    plan, _ = _read_md(
        "類型：C\n策定主体：南砺市\n\n## 本プラン推進の核となる事業者\n\n* 株式会社五箇山（木工）\n* 合同会社ひらむら（宿泊）\n"
    )
    names = [c.name for c in plan.core_companies]
    assert any("五箇山" in n for n in names) and any("ひらむら" in n for n in names), names


@pytest.mark.parametrize(
    ("pt", "current", "heading", "expected"),
    [
        ("A", "A.1", "(4) グローバルな競争力", "A.1.4"),
        ("A", "A.1", "ウ 海外と比べた優位点", "A.1.4"),
        ("A", None, "4. 課題とその対策", "A.4"),
        ("A", "A.1", "(5) ブロック素案との関係", "A.1.5"),
        ("A", "A.4", "(2) 関係機関の取組", "A.4.2"),
        ("A", "A.4", "(4) 国に期待する支援", "A.4.4"),
        ("B", "B.1", "(2) その産業を選定した理由", "B.1.2"),
        ("B", "B.2", "(3) 選んだ背景", "B.2.3"),
        ("B", None, "対象となる製品", "B.1.1"),
        ("C", "C.1", "イ この作物を選んだわけ", "C.1.2"),
        ("C", "C.2", "ウ 事業者を選定した理由", "C.2.3"),
        ("C", "C.4", "(1) 勝ち方", "C.4.1"),
        ("A", "A.1", "(1) 県北で半導体材料を育てる理由", "A.1.1"),
    ],
)
def test_paraphrased_headings_match(pt, current, heading, expected) -> None:
    m = best_match(heading, list(targets(pt)), current, split_numbering(heading).number)
    assert m is not None and m.target.id == expected, (heading, m and m.target.id)


@pytest.mark.parametrize(
    ("pt", "heading"),
    [
        ("B", "参考資料"),
        ("B", "用語の説明"),
        ("A", "世界の市場動向"),
        ("C", "問い合わせ先"),
        ("B", "スケジュール"),
        ("C", "この計画について"),
    ],
)
def test_unrelated_headings_still_match_nothing(pt, heading) -> None:
    assert best_match(heading, list(targets(pt))) is None


def test_template_tag_names_the_section_of_a_reworded_heading() -> None:
    secs = _sections(
        "類型：B\n策定主体：富山県\n\n## 3. いまとこれから【目標】\n\n### 現状\n\n出荷額は120億円。\n\n"
        "## 4. 戦い方【道筋】\n\n### 勝ち方\n\n医療機器メーカー向けに販路を広げる。\n"
    )
    assert secs.get("B.3", "").startswith("3.") and secs.get("B.3.1") == "現状"
    assert secs.get("B.4", "").startswith("4.") and secs.get("B.4.1") == "勝ち方"


def test_loose_sub_heading_does_not_leave_its_section() -> None:
    """A sub-heading that only loosely resembles another section stays in the section it is under."""
    secs = _sections(
        "類型：C\n策定主体：南砺市\n\n## 5. 取組に向けた課題と市が行う取組【政策手段】\n\n"
        "**課題**\n職人の高齢化。\n\n**町内会の取組**\n空き家を工房に改修する。\n\n## 6. 現地化の取組\n\n誘致はしない。\n"
    )
    assert secs.get("C.6", "").startswith("6.")


def test_labelled_lines_under_a_section_open_its_items() -> None:
    plan, report = _read_md(
        "類型：A\n策定主体：三重県\n\n## 3 核となる大規模投資案件\n\n"
        "- 投資概要：株式会社いせ化成による電解液工場の新設\n- 投資時期・稼働開始時期：2028年度着工、2030年度稼働\n"
        "- 投資総額：820億円\n"
    )
    secs = report.sections
    assert {"A.3.1", "A.3.3", "A.3.4"} <= set(secs)
    assert any(i.amount == 82_000_000_000 for i in plan.investments)


def test_a_label_that_names_no_item_stays_with_the_section() -> None:
    _, report = _read_md(
        "類型：A\n策定主体：三重県\n\n## 3 核となる大規模投資案件\n\n- 備考：詳細は別紙のとおり\n"
    )
    assert set(report.sections) == {"A.3"}


def test_question_headings_name_their_items() -> None:
    targets = list(kbview.targets("A"))
    m = best_match("Q2. なぜこの港町で、なぜこの産業なのか", targets)
    assert m is not None and m.target.id == "A.1.1"
    m = best_match("Q：ブロックの「計画の素案」に書かれているのか", targets)
    assert m is not None and m.target.id == "A.1.5"
    m = best_match("Q. 達成度はどう測るのか（KPI）", targets)
    assert m is not None and m.target.id.startswith("A.5")
    # a question asking where (and then why) names the place
    m = best_match("Q. 対象とする区域はどこか、なぜそこか", targets)
    assert m is not None and m.target.id in ("A.2", "A.2.1")
    # "Q" that is not a question mark stays a word
    assert best_match("QOL", targets) is None


def test_rule_underlined_titles_are_headings() -> None:
    doc = parse_text("計画書\n\n伸ばしたい分野\n〓〓〓〓〓〓〓〓\n本文です。\n\n次の章\n＝＝＝＝＝＝\n本文。")
    assert [s.heading for s, _ in doc.walk()] == ["伸ばしたい分野", "次の章"]


def test_a_label_line_over_its_lines_heads_the_item() -> None:
    plan, rep = read_bytes("plan.md", _COLON.encode())
    assert "B.2.2" in rep.sections, rep.sections
    assert "三河ロープ工業" in plan.sections["B.2.2"].text
    # a label naming no item stays a line of text under the item being read
    assert "補足" not in " ".join(rep.sections.values())


def test_a_topic_tag_names_the_section() -> None:
    targets = list(kbview.targets("C"))
    m = best_match("外から来る事業者との関係【現地化】", targets)
    assert m is not None and m.target.id == "C.6"


def test_an_indented_line_starts_a_paragraph() -> None:
    doc = parse_text("産地の計画\n\nこれは二十文字を超える長さの段落の一行目で句点がない\n\u3000次の段落はここから始まる。")
    assert [b.text for b in doc.preamble] == [
        "これは二十文字を超える長さの段落の一行目で句点がない",
        "次の段落はここから始まる。",
    ]


def test_text_opening_a_section_is_its_first_item_when_later_items_are_labels() -> None:
    _, rep = read_bytes(
        "draft.md",
        "# 試作クラスター計画\n\n類型：B\n\n## 私たちが伸ばしたい産業\n\n木製家具製造業、とくに客室家具です。\n\n"
        "選んだ理由：家具の出荷額で国内首位にある。\n".encode(),
    )
    assert {"B.1.1", "B.1.2"} <= set(rep.sections)


def test_short_labels_and_a_list_lead_in_name_items_of_their_section() -> None:
    _, rep = read_bytes(
        "draft.md",
        "# 試作クラスター計画\n\n類型：B\n\n## 3. 現状と目標\n\n現状：出荷額は約500億円。\n\n目標（KGI）は次のとおりです。\n\n"
        "| KGI | 目標値 |\n|---|---|\n| 付加価値増加額 | 40億円 |\n\n根拠：4社の投資計画の積上げ。\n\n"
        "## 壁と打ち手\n\n壁：技能者の不足。\n\n打ち手：研修の拡充。\n".encode(),
    )
    assert {"B.3.1", "B.3.2", "B.3.3", "B.5", "B.5.1", "B.5.2"} <= set(rep.sections), rep.sections


def test_a_whole_heading_in_brackets_is_the_heading() -> None:
    assert clean_heading("【2　地域産業クラスターの形成を目指す区域】") == "地域産業クラスターの形成を目指す区域"
    assert clean_heading("【目標】") == ""


def test_a_bold_lead_in_with_content_is_a_labelled_paragraph() -> None:
    plan, rep = read_bytes(
        "draft.md",
        "# 試作プラン\n\n類型：C\n\n## 第2　支援する地域及び推進の核となる事業者\n\n"
        "**（1）核となる地域**　城下町地区と工房集積地\n\n**（2）特定の理由**　工程を町内でつなぐため。\n".encode(),
    )
    assert "C.2.1" in rep.sections and "城下町地区" in plan.sections["C.2.1"].text


def test_a_list_after_a_lead_in_belongs_to_the_item_it_names() -> None:
    plan, rep = read_bytes(
        "draft.md",
        "# 試作プラン\n\n類型：C\n\n## 3. 現状認識と目指す姿\n\n現状：売上は約3億円。\n\n目標（KGI）は次のとおりです。\n\n"
        "- 付加価値増加額：令和12年度に5,000万円\n- 独自KGI：出荷量 年40トン\n\n根拠：3者の販売計画の積上げ。\n".encode(),
    )
    assert {"C.3.1", "C.3.2", "C.3.3"} <= set(rep.sections)
    assert "5,000万円" in plan.sections["C.3.2"].text


def test_investment_items_written_inside_the_project_entries_are_present() -> None:
    # timing, amount and an adopted subsidy written in the 投資概要 entries, with no heading of their own
    draft = (
        "# 試作 戦略産業クラスター計画\n\n計画の類型：A\n\n# Ⅲ 核となる大規模投資案件\n\n## ① 投資概要\n\n"
        "- 株式会社試作基板：量産工場（投資額1,200億円）。令和9年度着工、令和11年度稼働。\n"
        "- 株式会社試作素材：素材工場の新設（投資額三百億円）。事業再構築補助金に採択済み。\n"
    )
    _, rep = read_bytes("plan.md", draft.encode())
    assert {"A.3.3", "A.3.4", "A.3.5"} <= set(rep.sections), rep.sections
    _, rep = read_bytes("plan.md", draft.replace("令和9年度着工、令和11年度稼働。", "").encode())
    assert "A.3.3" not in rep.sections


# Sub-headings under a lighter mark (○): in Markdown with a blank line before their text or list, and in
# hard-wrapped plain text whose paragraph opens with a full-width indent or whose list is indented under them.
_LIGHT_MARK_MD = """# 砂丘らっきょう 地場産業成長プラン（素案）

類型：C

◆ 1．伸ばしたい分野

○ 取り扱う品目

砂丘地で育てたらっきょうの甘酢漬けと、らっきょうを使った総菜。

○ 特定の理由

砂地の畑が町の面積の二割を占め、漬物工場が三か所ある。

◆ 2．地域と事業者

○ 中心となる事業者

- 株式会社さきゅう漬物（従業員20名）
- 砂丘農産組合（組合員80戸）
"""

_LIGHT_MARK_TXT = """砂丘らっきょう地場産業成長プラン（素案）
類型：C

◆第一　伸ばしたい分野
○取り扱う品目
　砂丘地で育てたらっきょうの甘酢漬けと、らっきょうを使った総菜。漬物は県外の
生協向けが半分を占める。
○特定の理由
　砂地の畑が町の面積の二割を占め、漬物工場が三か所ある。

◆第二　地域と事業者
○中心となる事業者
　・株式会社さきゅう漬物（従業員20名）
　・砂丘農産組合（組合員80戸）
"""


_LIGHT_MARK_TXT_ONE_LINE = """砂丘らっきょう地場産業成長プラン（素案）
類型：C

◆第一　伸ばしたい分野
○取り扱う品目
　砂丘地で育てたらっきょうの甘酢漬けと、らっきょうを使った総菜。
○特定の理由
　砂地の畑が町の面積の二割を占め、漬物工場が三か所ある。
◆第二　地域と事業者
○中心となる事業者
　・株式会社さきゅう漬物（従業員20名）
"""


@pytest.mark.parametrize(
    ("text", "name"),
    [(_LIGHT_MARK_MD, "draft.md"), (_LIGHT_MARK_TXT, "draft.txt"), (_LIGHT_MARK_TXT_ONE_LINE, "draft.txt")],
)
def test_light_mark_lines_over_their_text_are_sub_headings(text: str, name: str) -> None:
    secs = _sections(text, name)
    assert {"C.1.1", "C.1.2", "C.2.2"} <= set(secs), secs


def test_light_mark_entries_one_under_another_stay_a_list() -> None:
    secs = _sections("類型：C\n\n## 特定の理由\n\n○ 砂地の畑が広い\n\n○ 漬物工場が三か所ある\n\n以上の二点による。\n")
    assert not any("漬物工場" in h for h in secs.values()), secs


def test_kgi_and_kpi_items_are_found_where_their_figures_are_read() -> None:
    """No heading names 「KGI」「KPI」: the section holding the table of KGIs and KPIs writes both items (and the
    section made of them)."""
    secs = _sections(
        "類型：A\n\n## 5 到達点をどう測るか\n\n"
        "| 種別 | 指標 | 現状（R7年度） | 目標（2040年度） | 所管 |\n|---|---|---|---|---|\n"
        "| KGI | 付加価値増加額 | ― | 900億円 | 企画課 |\n"
        "| KGI | 官民設備投資額（累計） | ― | 4,000億円 | 企画課 |\n"
        "| KPI | 実証プラントの稼働日数 | 0日 | 300日 | 産業課（毎年度） |\n"
    )
    assert {"A.5", "A.5.1", "A.5.2"} <= set(secs), secs


def test_reference_mark_over_its_text_is_a_sub_heading_and_a_note_stays_text() -> None:
    secs = _sections(
        "類型：C\n\n## 1 伸ばしたい分野\n\n※ 取り扱う品目\n\n干し柿と柿酢。\n\n"
        "※ 特定の理由\n\n柿の木が村内に四千本あり、加工場が二か所ある。\n\n"
        "※数値は令和7年度の村の調べによる。\n"
    )
    assert {"C.1.1", "C.1.2"} <= set(secs), secs
    assert not any("令和7年度の村の調べ" in h for h in secs.values()), secs


def test_notes_under_a_kgi_table_write_the_basis_and_the_verification() -> None:
    """No heading names 設定の根拠 or 効果検証: the notes under the KGI table say them by their verb and subject."""
    secs = _sections(
        "類型：C\n\n## 3 数値目標\n\n| KGI | 現状 | 目標（令和13年度） |\n|---|---|---|\n"
        "| 付加価値増加額 | ― | 3億円 |\n\n"
        "※付加価値増加額は、売上増加額に既存の付加価値率（35%）を乗じて算定した。\n"
        "※効果検証は、毎年度の決算報告をもとに町の推進会議で行う。\n"
    )
    assert {"C.3.3", "C.3.4"} <= set(secs), secs


_NAMED_PARAGRAPHS = """# 山辺村 甘酒づくり成長プラン（素案）

計画の類型：C. 地場産業成長プラン

策定主体：奈良県 山辺村

## 4 勝ち筋と地域へのインパクト

基本戦略については、関西の道の駅と百貨店の催事に絞って売る。村の湧水で仕込む甘酒を看板にし、大手にない小さな瓶で出す。

地域へのインパクトについては、村内の売上額を2030年度に5億円にし、雇用を8人増やす。
"""


@pytest.mark.xfail(strict=True, reason="open: taking the whole named paragraph off the candidates (tried in prose43) "
                   "turned 5 dev items into false alarms, where the paragraph naming one item also gives the next "
                   "item's content (「対象区域は、…。…が集積し、…」 then no 特定の理由)")
def test_a_paragraph_opening_with_an_item_name_is_that_item_not_a_missing_sibling_candidate() -> None:
    # the section has no 取組の具体像 (C.4.2): the two paragraphs name 基本戦略 and 地域へのインパクト, so every
    # sentence of them is where those items are written, and none stands in for the missing item
    plan, _ = _read_md(_NAMED_PARAGRAPHS)
    assert "小さな瓶" in plan.sections["C.4.1"].text
    candidates = [s.place.quote for s in plan.statements if s.kind == "section" and s.topic == "candidate"]
    assert not [q for q in candidates if "甘酒" in q or "関西" in q or "売上額" in q], candidates


_SHARED_NAME_PARAGRAPH = """# 山辺村 甘酒づくり成長プラン（素案）

計画の類型：C. 地場産業成長プラン

策定主体：奈良県 山辺村

## 1 成長を支援する分野

### ① 該当する品目

湧水で仕込む甘酒と麹の加工品。

### ② 特定の理由

村内の麹店が三代続いており、関西の百貨店から毎年催事の声がかかる。

## 2 核となる地域及び事業者

核となる地域については、村の中心にある旧役場周辺の地区。

特定の理由については、麹店と酒蔵が歩いて回れる距離に並び、仕込み水を分け合っているためである。
"""


def test_a_paragraph_naming_an_item_two_sections_share_stays_with_its_own_section() -> None:
    # 「特定の理由」 is an item of both sections; written as prose in section 2, it is section 2's reason, not section 1's
    plan, _ = _read_md(_SHARED_NAME_PARAGRAPH)
    assert "仕込み水" in plan.sections["C.2.3"].text
    assert "仕込み水" not in plan.sections["C.1.2"].text
