"""The needs (themes) a plan or a question expresses, and how strongly.

A theme's strength is how much of the plan is about it: cue words are counted in weighted
segments of the plan (recommender/plan_text.py: the 課題 and 講じるべき政策 sections weigh most,
background least) and the weighted count is divided by the plan's strongest theme's, so a plan's
main needs dominate incidental mentions (one 観光 in a plan about exports stays small). Words
inside organisation names (商工観光課, 商工観光労働部) are not needs and are removed first.
A requirement the plan does not meet is a need too (GAP_NEEDS).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

# women as people to train, employ or help start up (女性職人, 女性の就業・起業), not as the customers a product is for
# (「ターゲット：20〜40代女性」, 「30代の女性」, 女性向け, 女性客, 女性層)
WOMEN_AT_WORK = r"(?<!代)(?<!代の)女性(?!向け|客|層|顧客|ユーザー)"
# cue words for the needs a plan or a question can express (schema ThemeId)
THEME_CUES: dict[str, str] = {
    # 海外 and foreign markets are export cues only where no visitor is meant (FOREIGN_MARKET below)
    "export": r"輸出|越境EC|外貨|販路開拓|国際展開|グローバル|外需",
    # an experience offered to visitors (工房体験, 収穫体験) is tourism's product; a work experience (就業体験) or a
    # customer's experience of a product (顧客体験) is not
    "tourism": r"観光|インバウンド|宿泊|旅行|訪日|ツーリズム|(?<!就業)(?<!職業)(?<!職場)(?<!顧客)体験",
    "talent": r"人材|リスキリング|リ・スキリング|技能|後継者|担い手|職人|採用|育成|人手不足|技術者",
    "land": r"産業用地|工場用地|用地|工業団地|土地利用|敷地|造成|農地転用",
    "infrastructure": (
        r"工業用水|用水|道路|港湾|インフラ|送電|電力供給|鉄道|空港|拠点整備|岸壁|埠頭|ふ頭|護岸|橋梁|"
        r"上下水道|下水道|変電|系統接続|アクセス道"
    ),
    "regulation": r"規制|特区|許認可|制度改革|規制緩和|許可手続|手続の(?:迅速化|簡素化|合理化)",
    "finance": r"資金|融資|ファンド|出資|金融機関|資金調達|投資家|投資余力",
    "ax": r"(?<![A-Za-z])(?:AI|DX|AX)(?![A-Za-z])|デジタル|データ活用|人工知能",
    "local_transport": r"公共交通|物流|交通|バス路線|ライドシェア",
    "startup": r"スタートアップ|起業|ベンチャー|創業",
    "management": r"経営課題|経営改善|事業承継|M&A|経営支援|経営計画|経営人材|経営幹部|幹部人材|販路拡大|高付加価値化|ノウハウ",
    "research": r"研究開発|共同研究|実証|大学(?!校)|試験研究",  # (a 大学校 is a training college)
    "capex": r"設備投資|工場|新設|増設|生産ライン|生産能力|量産|設備導入|設備",
    "consultation": r"相談|窓口|伴走",
    "food": r"食品|食文化|フード|飲食",
    "content": r"アニメ|ゲーム|コンテンツ|マンガ|漫画",
    # a sport named by its name (サイクリング, スキー) is the sports need as much as the word スポーツ
    "sports": r"スポーツ|スタジアム|アリーナ|サイクリング|サイクルツーリズム|(?<!ウイ)スキー(?!ム)|スノーボード|マラソン|ゴルフ|合宿|プロチーム|"
              r"バスケ|サッカー|野球|ラグビー|バレーボール|球団",
    "culture": r"文化|伝統|工芸|博物館|歴史",
    "circular_economy": r"リサイクル|循環|再資源化|廃棄物",
    "agriculture": r"農業|林業|水産|農林水産|漁業",
    # women as people at work (女性職人, 女性の就業), not as customers (「20〜40代女性」, 女性向け, 女性客)
    "women": WOMEN_AT_WORK,
    "public_facilities": r"公共施設",
    "tax": r"税制|減税|税の特例|課税",
}
_THEME_RE = {k: re.compile(v) for k, v in THEME_CUES.items()}

# 海外 or a foreign market named as such (欧州の食品メーカー, 北米のレストラン) is an export need, unless the
# clause is about visitors from there (台湾からの旅行者, 海外の旅行会社): that is tourism's need. 中国 is left
# out (中国地方)
FOREIGN_MARKET = r"海外|欧州|欧米|北米|米国|東南アジア|ASEAN|台湾|香港|韓国"
_FOREIGN_RE = re.compile(FOREIGN_MARKET)
# 海外 as where the plan's inputs come from or its work is done (「部材の海外依存」, 「海外から調達している」, 「海外製が
# 大半」, 「海外に委託している後工程」, 「海外2社からの輸入に頼る」, 「海外メーカーから購入」): what it buys or has made
# abroad, not a market it sells to (海外製薬企業 is a buyer)
SUPPLY_ABROAD = (r"海外(?:への|に)?依存|海外(?:[0-9一二三四五六七八九十数複]+社|の?(?:メーカー|サプライヤー|工場))?"
                 r"(?:から|より)の?(?:調達|輸入|仕入|購入)|海外製(?!薬)|海外に(?:委託|外注)")
_SUPPLY_RE = re.compile(SUPPLY_ABROAD)
# a tour or a programme made up for visitors (「旅行商品の造成」, 「体験プログラムを造成」, 「体験プラン造成数」): tourism's
# making of a product, not land developed (the 造成 of 用地の造成)
TOUR_PRODUCT = r"(?:商品|プログラム|ツアー|プラン|コンテンツ|メニュー|体験)(?:の|を)?造成"
TOUR_PRODUCT_RE = re.compile(TOUR_PRODUCT)
# 海外客・外国人客 are visitors from abroad (「海外客が予約できない」): the guests of an inn, not buyers of an export
GUESTS_ABROAD = r"(?:海外|外国人?)(?=客)"
VISITOR = r"観光|旅行|訪日|宿泊|インバウンド|来訪|誘客|ツアー|ツーリズム|旅客|来日|" + GUESTS_ABROAD
_VISITOR = re.compile(VISITOR)
_CLAUSE = re.compile(r"[^。、，,\n]+")  # 「A不足、B不足」 names A and B apart


# words that, in a clause about selling abroad, belong to the export, not to their theme: 物流 there is the export's
# logistics (「海外向けの営業・物流・決済のノウハウ不足」, 「輸出の物流費」), not the region's transport (local_transport is
# buses, routes and the region's own deliveries); ノウハウ there is the know-how of selling abroad (「海外顧客の開拓
# ノウハウ不足」, 「欧州顧客の認証への対応ノウハウの不足」), an export need, not a management problem for a consultant
EXPORT_CLAUSE_WORDS: dict[str, str] = {"local_transport": "物流", "management": "ノウハウ"}
_EXPORT_CLAUSE = re.compile(THEME_CUES["export"] + "|" + FOREIGN_MARKET)


def _cue_hits(theme: str, text: str) -> list[str]:
    """The cue words of a theme in a (cleaned) text, every occurrence."""
    word = EXPORT_CLAUSE_WORDS.get(theme)
    if word and _EXPORT_CLAUSE.search(text):
        return [w for clause in _CLAUSE.findall(text) for w in _THEME_RE[theme].findall(clause)
                if w != word or not _EXPORT_CLAUSE.search(clause)]
    found = _THEME_RE[theme].findall(text)
    if theme == "export" and _FOREIGN_RE.search(text):
        found += [w for clause in _CLAUSE.findall(text) if not _VISITOR.search(clause)
                  for w in _FOREIGN_RE.findall(_SUPPLY_RE.sub(" ", clause))]
    return found


# a department, office or ministry name (商工観光課, 商工観光労働部, 観光部門, 観光庁) names who acts, not what is needed
_ORG_NAME = re.compile(r"[\u4e00-\u9fffァ-ヶー]+(?:課|部門|部|局|室|係)(?![\u4e00-\u9fff])|"
                       r"[\u4e00-\u9fff]+[省庁](?![\u4e00-\u9fffァ-ヶー])")

# a plan whose strongest theme has fewer weighted hits than this has no main need: its themes stay weak
STRENGTH_FLOOR = 6.0

# a need the plan names as a problem or a request where it states its problems (課題・政策手段) is at
# least this strong however rarely it is repeated: 「用地の不足」「許可手続の迅速化を要望」 once says enough
NAMED_NEED_STRENGTH = 0.5
NAMED_NEED_MIN_WEIGHT = 3.0  # plan_text.W_NEEDS: only the 課題 / 講じるべき政策 sections state problems
PROBLEM = re.compile(
    r"不足|足りな|逼迫|ひっ迫|ボトルネック|枯渇|不十分|隘路|確保が(?:課題|必要|困難|急務)|確保(?:に|が)難|"
    r"要望|要請|求め|迅速化|緩和"
)

# needs read from the gaps of the check: the requirement (or the id's last part) → (theme, strength)
GAP_NEEDS: dict[str, tuple[tuple[str, float], ...]] = {
    "commitment": (("consultation", 0.8),),  # no 相談窓口 / 伴走支援体制 → the national support system
    "kgi.talent": (("talent", 0.8),),
    "kgi.investment": (("capex", 0.5),),
}


def gap_needs(gap_id: str) -> tuple[tuple[str, float], ...]:
    return GAP_NEEDS.get(gap_id) or GAP_NEEDS.get(gap_id.rsplit(".", 1)[-1], ())


@dataclass
class ThemeStrength:
    strength: float  # 0-1, relative to the plan's main need
    cues: list[str] = field(default_factory=list)  # the cue words found, most frequent first
    where: str = ""  # label of the segment that contributed most


# a school's new course or department (「県立技術短大「船舶生産技術科」新設」, 「水素コースを新設」) is teaching, not a plant:
# its 新設 is no capital-investment cue (the course's words stay)
_COURSE_NEW = re.compile(r"((?:学科|科|コース|講座|課程|専攻|学部)[」』]?(?:を|の)?)新設")


def _clean(text: str) -> str:
    t = TOUR_PRODUCT_RE.sub(" ", _ORG_NAME.sub(" ", unicodedata.normalize("NFKC", text)))
    return _COURSE_NEW.sub(r"\1 ", t)


def theme_strengths(segments: list[tuple[str, float, str]]) -> dict[str, ThemeStrength]:
    """segments: (text, weight, label) → theme → strength relative to the plan's strongest theme."""
    raw: dict[str, float] = {}
    cues: dict[str, Counter] = {}
    best_seg: dict[str, tuple[float, str]] = {}
    for text, weight, label in segments:
        t = _clean(text)
        for theme in _THEME_RE:
            found = _cue_hits(theme, t)
            if not found:
                continue
            c = weight * len(found)
            raw[theme] = raw.get(theme, 0.0) + c
            cues.setdefault(theme, Counter()).update(found)
            if c > best_seg.get(theme, (0.0, ""))[0]:
                best_seg[theme] = (c, label)
    if not raw:
        return {}
    named = _named_needs(segments)
    norm = max(max(raw.values()), STRENGTH_FLOOR)
    return {
        theme: ThemeStrength(
            round(max(v / norm, NAMED_NEED_STRENGTH if theme in named else 0.0), 4),
            [w for w, _ in sorted(cues[theme].items(), key=lambda x: (-x[1], x[0]))],
            best_seg[theme][1],
        )
        for theme, v in sorted(raw.items())
    }


def _named_needs(segments: list[tuple[str, float, str]]) -> set[str]:
    """Themes named in a clause that states a shortage or a request, in the sections that state problems."""
    out: set[str] = set()
    for text, weight, _ in segments:
        if weight < NAMED_NEED_MIN_WEIGHT:
            continue
        for clause in _CLAUSE.findall(_clean(text)):
            if PROBLEM.search(clause):
                out.update(theme for theme in _THEME_RE if _cue_hits(theme, clause))
    return out


def detect_themes(text: str) -> dict[str, tuple[float, str]]:
    """A short question's themes: theme → (1.0, the first cue word found); every mention counts."""
    t = _clean(text)
    out: dict[str, tuple[float, str]] = {}
    for theme in _THEME_RE:
        found = _cue_hits(theme, t)
        if found:
            out[theme] = (1.0, found[0])
    return out
