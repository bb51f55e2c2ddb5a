# -*- coding: utf-8 -*-
"""src/NN.txt (UTF-8) -> drafts/*.txt (cp932, CRLF, hard-wrapped like an old word processor)."""
import unicodedata

JOBS = [
    ("src/01.txt", "drafts/w14_01_c_hidakagawa_binchotan.txt", 38, False),
    ("src/02.txt", "drafts/w14_02_c_kawanehoncho_tea.txt", 36, True),
    ("src/05.txt", "drafts/w14_05_c_oguni_onsen.txt", 40, False),
    ("src/06.txt", "drafts/w14_06_c_ikeda_urushi.txt", 37, True),
]
NO_HEAD = set("。、）」』，．・：；？！ー")


def w(ch):
    return 2 if unicodedata.east_asian_width(ch) in "FWA" else 1


def wrap(line, width, hang):
    if line.startswith("§"):
        return [line[1:]]
    maxw = width * 2
    indent = ""
    if hang:
        # hanging indent only for list entries (「　・」「　ア　」「　①」「　（一）」 ...)
        body = line.lstrip("　 ")
        lead = len(line) - len(body)
        if lead and body[:1] in "・ア イウエオ①②③④⑤⑥⑦⑧⑨⑩（":
            indent = "　" * (lead + 1)
    out, cur, cw = [], "", 0
    i = 0
    while i < len(line):
        ch = line[i]
        if cw + w(ch) > maxw and ch not in NO_HEAD:
            out.append(cur)
            cur, cw = indent, sum(w(c) for c in indent)
        cur += ch
        cw += w(ch)
        i += 1
    out.append(cur)
    return out


for src, dst, width, hang in JOBS:
    text = open(src, encoding="utf-8").read().rstrip("\n")
    lines = []
    for ln in text.split("\n"):
        lines.extend(wrap(ln, width, hang))
    data = "\r\n".join(lines) + "\r\n"
    with open(dst, "wb") as f:
        f.write(data.encode("cp932"))
    print(dst, len(lines), "lines")
