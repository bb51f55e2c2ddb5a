"""The figures of the simple value-added formula as a plan writes them (留意事項 2.(1)④):
「製品・サービスの売上増加額（単価増 and/or 取扱増）」×「既存の付加価値率」.

`formula_figures(text)` → [("sales_increase", yen, raw), ("value_added_rate", share, raw)], each figure the first
of its unit within a few characters after its own words (「売上増加額（9.0億円）×既存の付加価値率（40％）」,
「5社の売上増加見込み（約460億円）に業種平均の付加価値率（約39％）を乗じて」). Both the reader (a draft's lines)
and the facts (a YAML plan's KGI basis) use it, so the two give the same figures. Bounded and linear.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.core.text.numbers import find_quantities

MAX_TEXT = 2_000
_TIMES = re.compile(r"[)）]?\s*を?乗じ")
_GAP = 16  # characters between the words and their figure
WORDS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # the increase named before the sales too: 「増産見込売上 560億円」「増販分の売上」
    ("sales_increase", re.compile(r"(?:売上|出荷|生産|販売)(?:高|額)?(?:の)?増加(?:額|分|見込み|見込額)?|売上増|"
                                  r"増(?:産|販)(?:見込み?|分)?(?:の)?(?:売上|出荷|販売)(?:高|額)?"), "円"),
    ("value_added_rate", re.compile(r"付加価値率"), "%"),
)


def formula_figures(text: str) -> list[tuple[str, float, str]]:
    """Every sales increase and value-added rate with its figure, in order (a plan may give a component rate
    and then the weighted one it multiplies by: 「…の付加価値率（約32％）と…を加重した率（約35％）を乗じた」)."""
    t = nfkc(text or "")[:MAX_TEXT]
    out: list[tuple[str, float, str]] = []
    for topic, rx, unit in WORDS:
        for m in rx.finditer(t):
            window = t[m.end() : m.end() + _GAP + 12]
            q = next((q for q in find_quantities(window) if q.start <= _GAP and q.unit == unit), None)
            if q is not None:
                out.append((topic, q.value / 100 if unit == "%" else q.value, q.raw))
    out += [("value_added_rate", q.value / 100, q.raw) for q in _multiplied(t)]
    return [x for x in out if x[0] != "value_added_rate" or 0 < x[1] <= 1]


def _multiplied(t: str) -> list:
    """Rates right before 「を乗じ」 (「加重した率（約35％）を乗じた」)."""
    out = []
    for m in _TIMES.finditer(t):
        qs = [q for q in find_quantities(t[max(0, m.start() - 14) : m.start()]) if q.unit == "%"]
        if qs:
            out.append(qs[-1])
    return out
