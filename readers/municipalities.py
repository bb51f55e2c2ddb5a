"""Who may author a plan: the 47 prefectures and the 20 designated cities (政令指定都市).

`classify_author("塩尻市")` → "municipality"; `split_authors("木曽町・塩尻市（共同作成）")` splits joint authors.
"""

from __future__ import annotations

import re
import unicodedata

PREFECTURES = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
]

# the 20 designated cities (政令指定都市) as of 2026
DESIGNATED_CITIES = [
    "札幌市",
    "仙台市",
    "さいたま市",
    "千葉市",
    "横浜市",
    "川崎市",
    "相模原市",
    "新潟市",
    "静岡市",
    "浜松市",
    "名古屋市",
    "京都市",
    "大阪市",
    "堺市",
    "神戸市",
    "岡山市",
    "広島市",
    "北九州市",
    "福岡市",
    "熊本市",
]

_PREF_SHORT = {p[:-1] if p != "北海道" else p: p for p in PREFECTURES}
_JOINT_MARK = re.compile(
    r"[（(]\s*(?:共同(?:作成|策定|提案|提出)?|連名)\s*[)）]|(?:による|の|で)?共同(?:作成|策定|提案|提出)(?:による)?"
)
# "上板町と藍住町": と joins two bodies only after a body's suffix and before a non-kana ("ときがわ町" stays whole)
_SPLIT = re.compile(
    r"\s*(?:・|、|，|,|／|/|及び|および|並びに|ならびに|(?<=[都道府県市町村区])と(?![ぁ-ん]))\s*"
)


def _norm(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip()


def strip_prefecture(name: str) -> str:
    """「長野県木曽郡 木曽町」→「木曽郡 木曽町」; the prefecture itself is kept as is."""
    n = _norm(name)
    for p in PREFECTURES:
        if n.startswith(p) and n != p:
            return n[len(p) :].strip()
    return n


def classify_author(name: str) -> str:
    """prefecture / designated_city / municipality / other."""
    n = _norm(name).replace(" ", "").replace("\u3000", "")
    if n in PREFECTURES or n in _PREF_SHORT:
        return "prefecture"
    rest = strip_prefecture(n).replace(" ", "")
    if rest in DESIGNATED_CITIES or n in DESIGNATED_CITIES:
        return "designated_city"
    rest = re.sub(r"^.{1,6}?郡", "", rest)  # 木曽郡木曽町 → 木曽町
    if re.fullmatch(r".{1,10}?(?:市|町|村|区)", rest):
        return "municipality"
    return "other"


# a label over bodies that take part without writing the plan (関係市町、協力、事務局、オブザーバー…), to its end
_OTHERS_LABEL = re.compile(
    r"(?:^|\s)(?:関係(?:市町村|市町|市村|町村)|協力(?:団体|機関)?|連携(?:自治体|団体)?|オブザーバー|参画(?:団体)?)"
    r"\s*[:：][^\n]*"
)


_COUNT_OF_THEM = re.compile(r"の(?:[0-9０-９一二三四五六七八九十]+(?:都|道|府|県|市|区|町|村)+)+$")


def split_authors(text: str) -> tuple[list[str], bool]:
    """An 策定主体 value → (author names, written as joint)."""
    t = _norm(text)
    joint_mark = bool(_JOINT_MARK.search(t))
    t = _JOINT_MARK.sub("", t)
    t = re.sub(r"[（(][^）)]*[)）]", "", t)  # other parenthesised notes
    t = _OTHERS_LABEL.sub("", t)  # 「愛知県↵関係市町：碧南市、…」: the towns concerned, who help, are no authors
    t = re.sub(r"[※＊*][^\n]*", "", t)  # 「名古屋市 ※政令指定都市として独自に策定」: a note, not a name
    t = _COUNT_OF_THEM.sub("", t)  # 「入善町、朝日町及び黒部市の2町1市」: how many they are, not another name
    names = [_PREF_OF.sub(r"\1", n.strip(" 　:：。\n")) for n in _SPLIT.split(t)]
    names = [n for n in names if n]
    return names, joint_mark or len(names) > 1


# 「岐阜県の池田町」: the prefecture that tells which 池田町, joined by の — the same name as 「岐阜県池田町」 (not the
# prefecture's towns in general: 「愛知県の市町村」 names no town)
_PREF_OF = re.compile(rf"^({'|'.join(PREFECTURES)})\s*の\s*(?!(?:市区町村|区市町村|市町村|市町|町村)$)"
                      r"(?=[^\sの]{1,12}?(?:市|町|村|区)$)")
