"""What kind of KGI a name is: a table of words, first match wins (「1人当たり付加価値額」 is productivity, not
value added; 「付加価値率」 is a rate, no KGI). Shared by the readers (which name what they read) and the facts
(which look for a KGI the readers did not read)."""

from __future__ import annotations

import re

from chiiki_mirai.core.text.normalize import nfkc

KGI_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("productivity", re.compile(r"(?:一|1)人当たり(?:の)?付加価値|労働生産性|(?:従業員|従事者|就業者)(?:1|一)人当たり")),
    ("investment", re.compile(r"設備投資|投資額")),
    ("value_added", re.compile(r"付加価値(?!率)(?:増加額|額|の増加|増加|を|が)|^付加価値$")),
    ("talent", re.compile(r"人材育成|育成数|人材の育成|育成人数|人材(?:の)?(?:確保・)?育成")),
    ("employment", re.compile(r"雇用者数|新規雇用|従業者数|従業員数|就業者数")),
)


def kgi_kind(name: str) -> str:
    n = nfkc(name or "")
    return next((k for k, rx in KGI_KINDS if rx.search(n)), "custom")
