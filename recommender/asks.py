"""The asks of a desk question: a memo or a mail may ask two things (「…を直したい。それと、採用の手伝いもお願いしたい。」).

A sentence that opens on a word of addition (それと, あと, もう一点, 別件で) begins another ask; the sentences up to it
belong to the ask before. Each ask is answered on its own and the answers are taken in turn (`interleave`), so that
the stronger ask's measures do not crowd out the other's. REQUEST (a sentence that asks or wants) is where a question's
request begins (search.request_part).
"""

from __future__ import annotations

import re

SENTENCE_BREAK = re.compile(r"[。！？!?]+[」』）)]?")
# a sentence that asks or wants (…たい, …ほしい, …か？, 教えて, ありますか): the request begins there
# (not a bare か。: 倍近か。 is a western dialect's adjective)
REQUEST = re.compile(r"たい|たく|ほしい|欲しい|てもら|(?:の|る|ない|ます|です|しょう)か|教えて|ください|知りたい|？|\?")


# words that open a second ask: 「それと、」「あと」「もう一点、」「別件ですが、」「また、」
ADDITION = re.compile(r"(?:それと|あと(?:は|、|，|\s)?(?=[^でにが])|また[、，]|もう一[つ点件]|別件|ほかに|他に|それから|加えて|二点目|2点目)")


def sentences(text: str) -> list[str]:
    """The text's sentences, each with its closing marks."""
    starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(text) if m.end() < len(text)]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def asks(text: str) -> list[str]:
    """The text cut before each sentence that opens on a word of addition (それと, あと, もう一点, 別件で): a second
    ask, whether or not it asks in so many words (「それと台湾向けの輸出も。」)."""
    out: list[str] = []
    for s in sentences(text):
        if out and ADDITION.match(s.lstrip()):
            out.append(s)
        elif out:
            out[-1] += s
        else:
            out.append(s)
    return [a.strip() for a in out if a.strip()]


def interleave(answers: list[list[dict]], top: int) -> list[dict]:
    """The answers' measures taken in turn (the first of each, then the second of each…), each once, at most top."""
    out: list[dict] = []
    seen: set[str] = set()
    for i in range(max((len(a) for a in answers), default=0)):
        for a in answers:
            if i < len(a) and a[i]["id"] not in seen:
                seen.add(a[i]["id"])
                out.append(a[i])
    return out[:top]
