"""Characters a PDF printed from Word carries in place of ordinary Japanese text.

A PDF's text layer maps each glyph back to a code point through the font's ToUnicode table. Fonts such as
MS 明朝 map some kanji to the Kangxi radicals (「⽬」 U+2F6C for 目, 「⼯」 U+2F2F for 工) or the CJK radicals
supplement (「⻑」 for 長), or to CJK compatibility ideographs, and print the middle dot as 「‧」. Only those
characters are replaced: NFKC is applied to them one by one, never to the whole text (NFKC would also turn
「①」 into 「1」 and 「（１）」 into 「(1)」, which the reader tells apart).
"""

from __future__ import annotations

import re
import unicodedata

# Kangxi radicals (U+2F00–U+2FD5) whose NFKC form is the traditional character where Japanese text uses
# another one, and radicals-supplement characters (U+2E80–U+2EF3) NFKC leaves alone.
RADICALS: dict[str, str] = {
    "\u2f3e": "戸",  # ⼾ (NFKC: 戶)
    "\u2fad": "青",  # ⾭ (NFKC: 靑)
    "\u2fd1": "斉",  # ⿑ (NFKC: 齊)
    "\u2fd4": "亀",  # ⿔ (NFKC: 龜)
    "\u2e8b": "㔾",
    "\u2e8c": "小",
    "\u2e8d": "小",
    "\u2e95": "彐",
    "\u2e96": "忄",
    "\u2e97": "㣺",
    "\u2e98": "扌",
    "\u2e99": "攵",
    "\u2e9b": "旡",
    "\u2e9f": "母",
    "\u2ea0": "民",
    "\u2ea4": "爫",
    "\u2ea7": "牛",
    "\u2eaa": "疋",
    "\u2eab": "罒",
    "\u2eac": "示",
    "\u2ead": "礻",
    "\u2eb2": "罒",
    "\u2eb9": "耂",
    "\u2ebc": "月",
    "\u2ebe": "艹",
    "\u2ec3": "覀",
    "\u2ec4": "西",
    "\u2ec6": "角",
    "\u2ecc": "辶",
    "\u2ecf": "阝",
    "\u2ed1": "長",
    "\u2ed8": "青",
    "\u2edd": "食",
    "\u2ee0": "饣",
    "\u2ee4": "鬼",
    "\u2ee8": "麦",
    "\u2ee9": "黄",
    "\u2eeb": "斉",
    "\u2eed": "歯",
    "\u2eef": "竜",
    "\u2ef2": "亀",
    "\u2ef3": "亀",
}
# the hyphenation point 「‧」 and the Katakana middle dot look alike; a Word PDF gives the former
DOTS: dict[str, str] = {"\u2027": "・", "\uff65": "・"}
# characters that need a look: Kangxi radicals, the radicals supplement, CJK compatibility ideographs
# (both blocks), the dots above, and the C1 / private-use leftovers are not touched
_SPECIAL = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\u2027\uff65\U0002f800-\U0002fa1f]")


def _replace(ch: str) -> str:
    if ch in RADICALS:
        return RADICALS[ch]
    if ch in DOTS:
        return DOTS[ch]
    return unicodedata.normalize("NFKC", ch)


def normalize_chars(text: str) -> str:
    """Replace the radicals, compatibility ideographs and dots a PDF's text layer carries (see above)."""
    if not _SPECIAL.search(text):
        return text
    return _SPECIAL.sub(lambda m: _replace(m.group()), text)


_CID = re.compile(r"\(cid:\d+\)")


def unmapped_glyphs(text: str) -> int:
    """How many glyphs the text layer could not map to characters (pdfminer writes them as 「(cid:N)」)."""
    return len(_CID.findall(text))


def strip_unmapped(text: str) -> str:
    return _CID.sub("", text)
