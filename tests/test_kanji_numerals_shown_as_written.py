"""What the user is shown of a draft written in kanji numerals is the draft's own text.

However a reader handles 「千三百八十人」 inside, no quote, reason, field value or report entry of the check's JSON
may show the figure as 「1380人」: the user must find each quoted passage in the draft as it is written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from chiiki_mirai import service
from chiiki_mirai.reports.jsonout import render_json

# a small village plan, every figure in kanji numerals (its KPI is named with a word made of a numeral: 一人親方)
_VILLAGE_PLAN = """計画類型：C
策定主体：谷川県 杉ノ沢村
計画期間：令和九年度～令和十三年度

## 目指すべき目標（KGI）

村内事業者の付加価値額：令和十三年度に五億四千万円（令和七年度比）

## KPI及び撤退基準

KPI1 一人親方の事業承継件数　目標：二〇二九年度に二十三件　担当：杉ノ沢村産業振興課
撤退基準：二年続けて十一件未満なら支援の進め方を改める

KPI2 杉材加工体験の参加者数　目標：二〇二九年度に千三百八十人　担当：杉ノ沢村産業振興課
撤退基準：三年目に六百九十人未満なら体験の内容を見直す
"""

# the draft's figures as digits would write them: none may reach the user
_IN_DIGITS = ("令和9年度", "令和13年度", "5億4000万円", "5億4,000万円", "令和7年度", "1人親方",
              "2029年度", "23件", "2年続け", "11件", "1380人", "1,380人", "3年目", "690人")


_SHOWN = {"name", "raw", "target", "withdrawal_criterion", "evidence"}


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for k, v in data.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def test_every_text_shown_of_a_kanji_numeral_plan_is_as_the_draft_writes_it(tmp_path) -> None:
    draft = tmp_path / "village.md"
    draft.write_text(_VILLAGE_PLAN, encoding="utf-8")
    shown = list(_strings(json.loads(render_json(service.check_paths([draft], today=dt.date(2026, 5, 1))))))
    plan, _ = service.read_plan(draft)  # the KGI and KPI as the app and the Excel sheet show them
    shown += [s for k in (*plan.kgis, *plan.kpis) for s in _strings(k.model_dump(include=_SHOWN))]
    assert any("一人親方の事業承継件数" in s for s in shown)  # the walk sees the draft's text
    assert any("令和九年度～令和十三年度" in s for s in shown)
    in_digits = sorted({(d, s) for s in shown for d in _IN_DIGITS if d in s})
    assert in_digits == []
