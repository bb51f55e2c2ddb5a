"""The word lists the classifier replaces, kept as features (never as verdicts) and as the baseline it is
measured against (benchmarks/bench_claims.py).

Each label has the cue pattern the line-based reader and the facts used for it (rules/facts/promise.py,
procurement.py, strategy_a.py, companies.py, author.py, core/text/cues.py, readers/extract*.py as of the
reader skeleton). A cue that fires is one binary feature (`cue:<label>`); the model learns how much to trust
it next to the words around it. `word_list(label, text)` answers as the old code did, including the negation
filters it applied, so the benchmark compares like with like.
"""

from __future__ import annotations

import re

from chiiki_mirai.core.text.cues import affirmed
from chiiki_mirai.core.text.normalize import nfkc

# what the product has that competitors do not: strengths, firsts, patents, uniqueness — not a plain description
ADVANTAGE_CUE = (
    r"強み|競争優位|優位性|優位に立|上回|差別化|"
    r"他(?:社|産地|国|地域|メーカー)(?:に|には|で)(?:は)?(?:ない|無い|まねでき|真似でき|できない)|"
    r"他に(?:類|例)(?:の|を)(?:ない|見ない)|類を見ない|追随を許さない|模倣(?:が|は)?(?:困難|難しい|できない)|"
    r"参入障壁|独自(?:の)?[^。、()（）]{0,6}?(?:技術|製法|工法|ノウハウ|素材|品種|設計|開発|構造|方式|製品)|"
    r"(?:世界|国内|日本|業界|県内|地域)(?:で)?(?:初|唯一)|唯一の(?:技術|製品|メーカー|産地|事業者|企業)|オンリーワン|"
    r"特許(?:を)?(?:取得|保有|を持つ|を有する|技術)|"
    r"(?:世界|国内)(?:最高|最小|最軽量|最大|最長|トップ)(?:水準|クラス|レベル|の性能|の品質)?"
)

_HOME = r"(?:国内|県内|域内|地元|市内|町内|村内|道内|府内|都内|地域内|両県|両市|圏内|国産|県産|地元産|道産)"
_PROCURE_AT_HOME = _HOME + r"[^。、]{0,25}?(?:から|で|より|を|の)[^。、]{0,10}?(?<!資金)(?:調達|仕入|購入|供給を受け)"
_SWITCH_HOME = (
    _HOME + r"[^。]{0,6}?(?:調達|生産|製)[^。]{0,8}?(?:へ|に)(?:切り替え|切替|転換|移行)|"
    + _HOME + r"(?:での)?調達(?:率|比率|割合|量)?[^。]{0,15}?(?:引き上げ|引上げ|高め|増や)"
)
_ADOPTED = r"(採択(済|され|を受け|となっ|が決定)|交付決定|採択[^。、]{0,6}(済|決定))"
_NOT_DEPENDENT = (
    r"(依存し(?:ない|ていない|ておらず)|依存せず|依存はない|頼らず|頼らない|頼っていない|しない|させない|"
    r"偏らない|偏らず|分散)"
)

LEGACY: dict[str, str] = {
    "market_need": (
        r"(ニーズ|需要|引き?合い|市場規模|市場は|打診|問い?合わせが(?:増|相次)|(?:注文|受注)が(?:伸|増)|"
        r"予約が取れない|供給(?:量)?が追い?つかな|品薄|求める声|評価が高|人気が高|好評|"
        r"(?:注文|受注|需要)[^。]{0,12}(?:上回|超え)|との声が(?:多|相次|寄せ)|声が寄せられ|を求めて(?:いる|おり)|を求める(?:声|層|顧客))"
    ),
    "competitive_advantage": f"({ADVANTAGE_CUE})",
    "export_or_top_share": (
        r"輸出|外貨|海外(?:の|へ|向け)?[^。]{0,8}(?:市場|展開|販路)|越境|"
        r"国内シェア[^。]{0,10}(?:上位|トップ|首位|1位|No\.?1|拡大|獲得|維持|[0-9]+%)|トップシェア"
    ),
    "value_up": (
        r"(付加価値を?高め|付加価値の?向上|高付加価値|単価を|単価の?向上|単価[はが][^。]{0,15}(倍|高)|販路(を|の)?拡大|販路開拓|"
        r"新たな商流|新たな販路|販路を?広げ|単価の高い|単価(?:の)?引き?上げ|"
        r"(消費額|客単価|購入額|販売価格|販売額)[^。]{0,12}(倍|高め|引き上げ|向上|増や))"
    ),
    "comparison": r"(同業種|業種平均|業種内|域内比較|地域内産業|県内平均|全国平均)",
    "value_added_basis": r"付加価値率[^。\n]{0,10}\d",
    "scale_capability": r"(事業規模|生産能力|能力)[^。\n]*(十分|足る|有する|持つ)",
    "procurement_local": _PROCURE_AT_HOME + r"|国内調達|国産",
    "procurement_roadmap": r"ロードマップ|工程表|" + _SWITCH_HOME,
    "over_dependence": (
        r"(フランチャイズ|フランチャイザー|[1一]社(のみ|に依存)|大手[^。\n]{0,10}依存|"
        r"売上[^。\n]{0,6}([5-9]割|[5-9][0-9]\s*[%％])[^。\n]{0,8}(同社|[1一]社)|"
        r"(大手|特定)[^。\n]{0,20}[1一]社[^。\n]{0,30}(柱|依存|集中|大半))"
    ),
    "jobs": r"雇用|就業者|新規就業|従業者",
    "wages": r"賃金|賃上げ|給与|所得",
    "different_cluster": r"異なる|別の(?:産業|分野|業種)|重複しない|重ならない",
    "same_cluster": r"(?:都|道|府|県)(?:の|が)[^。]{0,40}(?:計画|クラスター)[^。]{0,30}(?:同じ|同一|重複|重なる)",
    "subsidy_adopted": _ADOPTED,
    "international_competitiveness": r"(世界(を|で)?(リード|トップ|有数|最高|水準)|世界シェア|国際競争力|国際的な競争)",
    "infrastructure": r"(工業用水|道路|港湾|鉄道|送電|電力系統|インフラ|拠点整備|産業用地)",
    "support_system": r"伴走支援|推進本部|支援本部|支援チーム|専門家[^。]{0,12}派遣",
    "consultation_desk": r"相談窓口|窓口",
}
_COMPILED = {k: re.compile(v) for k, v in LEGACY.items()}


def word_list(label: str, text: str) -> bool:
    """The old reading of one label: its cue, with the filters the old code applied."""
    t = nfkc(text)
    rx = _COMPILED[label]
    if not rx.search(t):
        return False
    if label == "over_dependence":
        return not re.search(_NOT_DEPENDENT, t)
    if label == "same_cluster":
        return not re.search(LEGACY["different_cluster"], t)
    if label == "subsidy_adopted":
        return affirmed(t, _ADOPTED)
    return True


def cue_features(text: str) -> list[str]:
    """`cue:<label>` for every word list that fires on the text (the raw cue, no filters)."""
    t = nfkc(text)
    return [f"cue:{k}" for k, rx in _COMPILED.items() if rx.search(t)]
