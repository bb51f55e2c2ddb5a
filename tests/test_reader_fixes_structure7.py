"""Structure fixes from the qa_drafts7 review: question headings, rule-underlined titles, "label：" lines
over their content, and a 【topic】 tag on a reworded section heading."""

from __future__ import annotations

from chiiki_mirai.readers import kbview, read_bytes
from chiiki_mirai.readers.blocks import text_blocks
from chiiki_mirai.readers.headings import best_match


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
    blocks = text_blocks("伸ばしたい分野\n〓〓〓〓〓〓〓〓\n本文です。\n\n次の章\n＝＝＝＝＝＝\n本文。")
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert heads == ["伸ばしたい分野", "次の章"]


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
