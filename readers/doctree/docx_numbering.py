"""Word's automatic list numbering (numbering.xml): the label Word shows before a paragraph.

A numbered paragraph's label (「第1」「1.」「（1）」「①」「ア」) is rendered as Word would render it
and put before the text, so the line reader sees what the reader of the document sees.
"""

from __future__ import annotations

from collections.abc import Callable

from .docx_parts import W, indent_of

_KANJI = "〇一二三四五六七八九"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for v, s in _ROMAN:
        while n >= v:
            out, n = out + s, n - v
    return out


def _kanji(n: int) -> str:
    if n <= 0:
        return "〇"
    if n < 10:
        return _KANJI[n]
    tens, ones = divmod(n, 10)
    if tens >= 10:
        return "".join(_KANJI[int(c)] for c in str(n))
    return ("" if tens == 1 else _KANJI[tens]) + "十" + (_KANJI[ones] if ones else "")


def _seq(chars: str) -> Callable[[int], str]:
    return lambda n: chars[(n - 1) % len(chars)] if n > 0 else ""


def _full(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * (1 + (n - 1) // 26) if n > 0 else ""


# w:numFmt → how a counter is written
FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": _full,
    "decimalFullWidth2": _full,
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})",
    "decimalEnclosedFullstop": lambda n: chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}.",
    "japaneseCounting": _kanji,
    "japaneseDigitalTenThousand": _kanji,
    "japaneseLegal": _kanji,
    "chineseCounting": _kanji,
    "chineseCountingThousand": _kanji,
    "ideographDigital": lambda n: "".join(_KANJI[int(c)] for c in str(n)),
    "ideographTraditional": _seq("甲乙丙丁戊己庚辛壬癸"),
    "aiueoFullWidth": _seq(_AIUEO),
    "aiueo": lambda n: _seq(_AIUEO)(n).translate(
        str.maketrans(_AIUEO, "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ")
    ),
    "irohaFullWidth": _seq(_IROHA),
    "iroha": _seq(_IROHA),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letter,
    "lowerLetter": lambda n: _letter(n).lower(),
    "ordinal": str,
    "cardinalText": str,
}


def bullet_char(text: str) -> str:
    """A bullet's character; symbol-font private-use characters read as 「・」."""
    t = (text or "").strip()
    if not t or any("\ue000" <= c <= "\uf8ff" for c in t):
        return "・"
    return t[0]


class Numbering:
    """Counters per list, as Word advances them paragraph by paragraph."""

    def __init__(self, root) -> None:  # noqa: ANN001 - numbering.xml root or None
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId → ilvl → fmt
        self.nums: dict[str, str] = {}  # numId → abstractNumId
        self.overrides: dict[tuple[str, int], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.indents: dict[tuple[str, int], int] = {}  # (abstractNumId, ilvl) → columns
        if root is None:
            return
        for an in root.iter(f"{W}abstractNum"):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iter(f"{W}lvl"):
                fmt, text, start = lvl.find(f"{W}numFmt"), lvl.find(f"{W}lvlText"), lvl.find(f"{W}start")
                s = start.get(f"{W}val", "1") if start is not None else "1"
                ilvl = int(lvl.get(f"{W}ilvl", "0") or 0)
                ind = indent_of(lvl.find(f"{W}pPr"))
                if ind is not None:
                    self.indents[(an.get(f"{W}abstractNumId", ""), ilvl)] = ind
                lv[ilvl] = (
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    int(s) if s.lstrip("-").isdigit() else 1,
                )
            self.levels[an.get(f"{W}abstractNumId", "")] = lv
        for num in root.iter(f"{W}num"):
            a = num.find(f"{W}abstractNumId")
            nid = num.get(f"{W}numId", "")
            self.nums[nid] = a.get(f"{W}val", "") if a is not None else ""
            for ov in num.iter(f"{W}lvlOverride"):
                so = ov.find(f"{W}startOverride")
                if so is not None and so.get(f"{W}val", "").isdigit():
                    self.overrides[(nid, int(ov.get(f"{W}ilvl", "0") or 0))] = int(so.get(f"{W}val"))

    def indent(self, num_id: str, ilvl: int) -> int:
        """The indent Word gives a list level (columns), else four columns a level."""
        return self.indents.get((self.nums.get(num_id, ""), ilvl), ilvl * 4)

    def label(self, num_id: str, ilvl: int) -> tuple[str, bool] | None:
        """(label, is_bullet) for the next paragraph of list `num_id` at level `ilvl`."""
        levels = self.levels.get(self.nums.get(num_id, ""), {})
        if num_id == "0" or ilvl not in levels:
            return None
        fmt, text, start = levels[ilvl]
        if fmt == "none":
            return None
        if fmt == "bullet":
            return bullet_char(text), True
        counters = self.counters.setdefault(num_id, {})
        first = self.overrides.get((num_id, ilvl), start)
        counters[ilvl] = counters.get(ilvl, first - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        out = text
        for k in range(min(ilvl, 8), -1, -1):
            if f"%{k + 1}" in out:
                kfmt = levels.get(k, ("decimal", "", 1))[0]
                value = counters.get(k, levels.get(k, ("", "", 1))[2])
                out = out.replace(f"%{k + 1}", FORMATS.get(kfmt, str)(value))
        return out.strip(), False
