"""Notes that speak of every KPI at once: 「※各KPIの担当部署は、いずれも商工労働部○○室とし…」, 「KPIは、県○○課が
半期ごとに集計する。令和10年度末に中間値の6割に達しないKPIは、施策を廃止又は再編する。」.

Such a note sits under the KPI table, in the KGI section when one table holds both, or in the section on the
structure; wherever it is, it names the department and the criterion for each KPI that has none of its own
(the policy asks 5W1H — 期限・担当部署… — and a 撤退基準 of the KPIs: 政策パッケージ 第2章 2., B.(2)⑦, C.(2)⑥).
A KPI that names its own keeps it.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.core.text.withdrawal import ACTION, CONDITION, PROCEDURE
from chiiki_mirai.readers.statements.indicators.values import split_top

# the KPIs named as a whole: 「各KPI」「KPIは」「KPIの担当部署」「いずれのKPIも」「全ての指標」
COLLECTIVE = re.compile(
    r"(?:担当|所管|期限|撤退基準)(?:部署|課)?は、?\s*(?:いずれも|全て|すべて|共通)|"
    r"(?:各|全て|すべて|全|いずれ)の?\s*(?:KPI|ＫＰＩ|指標)|(?:KPI|ＫＰＩ)\s*(?:の(?:担当|所管|進捗|実績|達成|集計|管理)|は|について|ごと|とも)|(?:^|[※、。]\s*|当該)(?:KPI|ＫＰＩ)\s*が"
)
# a field's key that says the field is every KPI's (「撤退基準（各KPI共通）」「全指標の担当部署」); narrower than
# COLLECTIVE, whose 「KPIの担当部署」「KPIごと」 are also the keys of one KPI's own fields
_COLLECTIVE_KEY = re.compile(r"(?:各|全|全て|すべて|いずれの)\s*(?:KPI|指標)|共通")
# 「担当部署は、いずれも松江市産業経済部 IT産業振興課とし」 / 「所管は○○課」
_NAMED = re.compile(r"(?:担当(?:部署|課|部局)?|所管(?:課|部署)?)\s*(?:は|を|:|：)\s*、?\s*(?:いずれも|全て|すべて)?\s*、?\s*(?P<d>[^。]{2,60}?)\s*(?:とし|とする|が担|が所管|で|。|、|$)")
# 「県商工労働局ものづくり産業振興課が…集計し」: a department as the subject
_SUBJECT = re.compile(r"(?P<d>[^\s、,。()（）:：「」]{1,20}(?:課|室|局|部|係|センター|事務局|本部)(?:\s?[^\s、,。()（）:：「」]{1,14}(?:課|係|室|班))?)(?:が|は)")
_KPI_WORD = re.compile(r"KPI|ＫＰＩ|指標|担当部署")
# 「期限は各年度末」「期限はいずれも令和12年度」
_DEADLINE = re.compile(r"期限は、?\s*(?:いずれも|全て|すべて)?\s*(?P<d>[^、。]{2,20}?)(?:とし|とする|、|。|$)")
_MEASURED = re.compile(r"KPI|ＫＰＩ|指標|目標|中間値|実績|達成")


def is_collective(text: str) -> bool:
    return bool(COLLECTIVE.search(nfkc(text or "")[:400]))


def is_collective_key(key: str) -> bool:
    return bool(_COLLECTIVE_KEY.search(nfkc(key or "")))


def owner_of(sentence: str) -> str | None:
    m = _NAMED.search(sentence)
    if m:  # 「特に記載のないものはいずれも県産業政策課」: the department after the qualifier
        return re.sub(r"^[^。]*?(?:いずれも|全て|すべて)\s*、?\s*", "", m.group("d")).strip() or None
    for m in _SUBJECT.finditer(sentence):
        d = m.group("d")
        if not _KPI_WORD.search(d):
            return d
    return None


def note_fields(text: str) -> list[tuple[tuple[str, ...], str]]:
    """(fields, value) a collective note gives every KPI: its department, its criterion."""
    out: list[tuple[tuple[str, ...], str]] = []
    t = nfkc(text or "")[:2000]
    for s in sentences(t):
        if CONDITION.search(s) and ACTION.search(s) and _MEASURED.search(s) and not PROCEDURE.search(s):
            out.append((("withdrawal",), s.strip()))
            continue
        if not is_collective(s):
            continue
        if d := owner_of(s):
            out.append((("owner",), d))
        if m := _DEADLINE.search(s):
            out.append((("deadline",), m.group("d")))
    return out


CRITERION_WORD = re.compile(r"撤退(?:の)?基準")


def criterion_clause(text: str) -> str:
    """The clause that holds a criterion word, to its predicate: 「…撤退基準は設けず、毎年度…見直す」 →
    「…撤退基準は設けず」 (the modality is the clause's, not the sentence's)."""
    s = nfkc(text)
    m = CRITERION_WORD.search(s)
    if m is None:
        return split_top(s, "。")[0] if s.strip() else s
    start = s.rfind("。", 0, m.start()) + 1
    end = re.search(r"(?:ず|ない|ません|しない|なし)(?=[、,。]|$)|。", s[m.end() :])
    return s[start : m.end() + (end.end() if end else len(s) - m.end())].strip(" 。")
