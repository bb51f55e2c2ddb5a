"""What a lead-in carries (readers/unit_leads.py): the units after a label that names an item are that item's."""

from __future__ import annotations

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers.doctree import parse_markdown
from chiiki_mirai.readers.outline import build_outline
from chiiki_mirai.readers.unit import Unit
from chiiki_mirai.readers.unit_leads import with_leads

B_PLAN = "# 試作計画（地域産業クラスター計画）\n\n## 5 投資促進に向けた課題と講じるべき政策\n\n### (2) 講じるべき政策パッケージ\n\n本文。\n"


def _unit(text: str, kind: str, item: str, n: int, key: str | None = None) -> Unit:
    return Unit(text=text, norm=nfkc(text), kind=kind, item=item, section="(2) 講じるべき政策パッケージ", line=n, index=n, key=key)


def test_a_line_that_is_only_a_bracketed_label_heads_the_label_lines_under_it() -> None:
    """「【伴走支援体制（県の関与）】」 set as a line of the policy package heads 「推進体制：」「支援分野：」「頻度：」 below it:
    the generic labels too, and one placed in the same item by its own label does not end the run."""
    outline = build_outline(parse_markdown(B_PLAN))
    units = [
        _unit("【伴走支援体制（県の関与）】", "sentence", "B.5.2", 1),
        _unit("推進体制：知事を本部長とする推進本部を置く。", "kv", "B.commitment", 2, key="推進体制"),
        _unit("支援分野：設備更新、熟練工の確保。", "kv", "B.5.2", 3, key="支援分野"),
        _unit("頻度：月1回の訪問。", "kv", "B.5.2", 4, key="頻度"),
    ]
    assert [u.item for u in with_leads(units, "B.5.2", outline)] == ["B.commitment"] * 4
