"""Submission: the forms a draft names (`forms`) and how many plans its author says it makes (`plan_count`).

- 「様式1-1から1-4により提出」「様式２－１〜２－４」「様式2-3」 → forms ["様式1-1", …]; a bare 「様式1」 names the
  series only. Read anywhere in the draft (the cover often says it).
- 「7つの分野で計画を策定する予定」「本県としては5計画を策定」「B計画は3件提出する」 → plan_count 7 (modality of
  its clause: planned counts, considering does not). The count is what the draft says; the files of a batch
  are only a fallback (rules/facts/submission.py).
"""

from __future__ import annotations

import re
from typing import Any

from chiiki_mirai.core.plan import Submission
from chiiki_mirai.core.statement import Statement
from chiiki_mirai.core.text.normalize import nfkc, sentences
from chiiki_mirai.core.text.numbers import to_number
from chiiki_mirai.readers.statements import entity_words as w
from chiiki_mirai.readers.statements.base import Family, ReadContext, place_of

_DASH = r"[-‐‑‒–—―ー−の]"
FORM = re.compile(
    rf"様式\s*(?:第\s*)?(?P<a>[0-9]+)(?:\s*{_DASH}\s*(?P<b>[0-9]+))?"
    rf"(?:\s*(?:から|〜|～|~|{_DASH}|乃至|ないし)\s*(?:様式\s*)?(?:第\s*)?(?P<c>[0-9]+)\s*{_DASH}\s*(?P<d>[0-9]+)(?:\s*まで)?)?"
)
_N = r"(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
PLAN_COUNT = re.compile(
    rf"{_N}\s*(?:つ|本|件|個)?\s*(?:の)?\s*(?:分野|産業領域|領域|産業|クラスター)?\s*(?:で|について|ごとに)?\s*"
    r"(?:の)?\s*(?:[ABC]|地域産業クラスター|戦略産業クラスター)?\s*(?:計画|プラン)(?:を|は)?\s*(?:策定|提出|作成)"
    r"|(?:計画|プラン)(?:の)?(?:数|件数)は\s*(?P<n2>[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
)


def forms_in(text: str) -> list[str]:
    out: list[str] = []
    for m in FORM.finditer(nfkc(text)):
        a, b, c, d = m.group("a", "b", "c", "d")
        if b is None:
            names = [f"様式{int(a)}"]
        elif c is not None and int(c) == int(a) and int(b) <= int(d) <= int(b) + 20:
            names = [f"様式{int(a)}-{i}" for i in range(int(b), int(d) + 1)]
        else:
            names = [f"様式{int(a)}-{int(b)}"] + ([f"様式{int(c)}-{int(d)}"] if c is not None else [])
        out += [n for n in names if n not in out]
    return out


def _extract(ctx: ReadContext) -> list[Statement]:
    out: list[Statement] = []
    forms: list[str] = []
    first = None
    for u in ctx.units:
        if u.kind == "heading":
            continue
        found = forms_in(u.text)
        if found:
            forms += [f for f in found if f not in forms]
            first = first or u
        for s in sentences(u.text):
            m = PLAN_COUNT.search(nfkc(s))
            n = to_number(m.group("n") or m.group("n2") or "") if m else None
            if m and n is not None and 1 <= n <= 50:
                out.append(Statement(kind="plan_count", value=float(n), modality=w.modality(s),  # type: ignore[arg-type]
                                     place=place_of(u, s)))
    if forms and first is not None:
        out.append(Statement(kind="forms", attrs={"forms": forms}, place=place_of(first)))
    return out


def _assemble(statements: list[Statement], ctx: ReadContext) -> dict[str, Any]:
    forms = next((s.attrs["forms"] for s in statements if s.kind == "forms"), [])
    return {"submission": Submission(forms=forms)}


SUBMISSION = Family("submission", _extract, _assemble, ("submission",))
