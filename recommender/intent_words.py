"""The words of a desk question and of a need's phrasings, as intents.py compares them (split out of intents.py).

A phrasing's words are one set of forms per token (normalised form, surface, dictionary form, short units; a country's
name is also 海外); light words say nothing. Also here: what a noun is *of* (申告書の書き方), and how a noun stands in a
compound (the head of 耐震改修, the modifier before 観光|拠点, a noun the question names only inside a compound).
"""

from __future__ import annotations

import functools

from chiiki_mirai.recommender.tokenize import Token, fold, split_a, tokens

# words that say nothing about which need: light verbs, question words, size (大きな工場 is a 工場) and honorifics
# (パートさん is パート)
LIGHT = frozenset({"ない", "たい", "欲しい", "ほしい", "いい", "良い", "どう", "何", "誰", "うち", "どこ", "もの", "ところ",
                   "大きな", "大きい", "小さな", "小さい", "さん", "さま", "様", "ちゃん", "くん", "殿"})


# places abroad the dictionary does not tag as countries (general knowledge; the dictionary's countries count too)
FOREIGN = frozenset(fold(w) for w in [
    "台湾", "香港", "アジア", "東南アジア", "東アジア", "欧州", "ヨーロッパ", "北米", "南米", "中東", "アフリカ", "欧米",
    "上海", "北京", "ソウル", "バンコク", "パリ", "ロンドン", "ニューヨーク", "シンガポール", "ハワイ"])
HOME = frozenset({fold("日本")})
ABROAD = fold("海外")
# regions of Japan beyond one's own prefecture (general knowledge): 本州に売りたい is 県外に売りたい, not 海外
DOMESTIC = frozenset(fold(w) for w in [
    "本州", "九州", "四国", "北海道", "道外", "東北", "関東", "首都圏", "東京", "大阪", "名古屋", "関西", "近畿", "中部",
    "北陸", "中国地方", "全国", "都市部", "大都市", "都会", "三大都市圏", "京阪神", "中京"])
OUT_OF_PREFECTURE = fold("県外")
# light words that only ask or want: a phrasing that loses them loses nothing of what is wanted (LOST_WORD)
ASKING = frozenset({"ない", "たい", "欲しい", "ほしい", "いい", "良い", "どう", "何", "誰", "うち", "どこ", "もの", "ところ"})
# a compound ending in 機 names a machine (製麺機, 乾燥機, 券売機), save the aircraft ones (general knowledge)
MACHINE = fold("機械")
# words people use for one thing (a question's プラン is the phrasings' 計画, its うまくいった例 their 事例)
SAME = {fold("プラン"): fold("計画"), fold("例"): fold("事例"), fold("手直し"): fold("改修"),
        fold("リノベーション"): fold("改修"), fold("乗り出す"): fold("進出"),
        fold("金"): fold("お金"),
        # 女の人・男の人 are how people say 女性・男性 (the phrasings' and the measures' word)
        fold("女"): fold("女性"), fold("男"): fold("男性"),
        # a landlord has three everyday names
        fold("大家"): fold("家主"), fold("貸主"): fold("家主"), fold("貸し主"): fold("家主"),
        # a field, a paddy, both are farmland: 畑に加工場を建てたい is the phrasings' 農地に加工場を建てられない
        fold("畑"): fold("農地"), fold("田んぼ"): fold("農地"), fold("田圃"): fold("農地"), fold("田畑"): fold("農地"),
        # machine tools and plant whose names do not end in 機 are machines (古い旋盤を入れ替えたい is the phrasings'
        # 老朽化した機械を入れ替えたい)
        fold("旋盤"): MACHINE, fold("フライス盤"): MACHINE, fold("マシニングセンタ"): MACHINE,
        fold("マシニングセンター"): MACHINE, fold("ミシン"): MACHINE, fold("フォークリフト"): MACHINE,
        fold("クレーン"): MACHINE, fold("ボイラー"): MACHINE}
AIRCRAFT = ("航空機", "飛行機", "旅客機", "無人機", "戦闘機", "哨戒機", "輸送機", "ジェット機", "試作機")
# nouns of time that say when, not what of (今の決まり is the 決まり, 昔の工場 a 工場): no object of what follows
WHEN = frozenset(fold(w) for w in ["今", "いま", "現在", "昔", "最近", "将来", "従来", "当時", "以前", "前", "今後",
                                   "現状", "当面", "これまで", "今年", "来年", "去年", "昨年", "今年度", "来年度"])
# nouns that say which one, not what of (他の町 is another town, 別の工場 another plant): normalised forms
WHICH = frozenset(fold(w) for w in ["他", "外", "別", "余所", "各", "同じ"])


def says_what_of(t: Token) -> bool:
    """A noun before の that says what the next noun is of (申告書の書き方), not when (今の) or which one (他の)."""
    return t.pos == "名詞" and t.content and fold(t.surface) not in WHEN and fold(t.norm) not in WHICH


def names_market(t: Token) -> bool:
    """The token names where one sells (海外, a country, 台湾, 県外, 九州): a market, whoever is named with it."""
    return bool({ABROAD, OUT_OF_PREFECTURE} & token_forms(t))


def token_forms(t: Token) -> set[str]:
    if t.surface == "機":
        return {MACHINE}  # 製麺|機 is a machine
    if not t.content or (t.pos == "接尾辞" and len(t.surface) == 1):
        return set()
    # the dictionary form too: a verb matches in any inflection (載ったら is 載る, whose normalised form is 乗る)
    forms = {fold(t.norm), fold(t.surface), fold(t.lemma or t.surface)}
    if (t.country or fold(t.surface) in FOREIGN) and fold(t.surface) not in HOME:
        forms.add(ABROAD)  # フランスに出したい is 海外に出したい
    elif fold(t.surface) in DOMESTIC:
        forms.add(OUT_OF_PREFECTURE)  # 本州に売りたい is 県外に売りたい
    if len(t.surface) > 2:
        forms |= {f for f in (fold(x) for x in split_a(t.surface)) if len(f) > 1}
    forms |= {SAME[f] for f in forms if f in SAME}
    if len(t.surface) > 1 and t.surface.endswith("機") and not t.surface.endswith(AIRCRAFT):
        forms.add(MACHINE)  # 製麺機を入れたい is 機械を入れたい (not 航空機)
    if t.pos == "動詞" and t.lemma and t.lemma.endswith("込む") and len(t.lemma) > 3:
        forms |= _leading_verb(t.lemma[:-2])  # 売り込む is 売る too
    return {f for f in forms if f and f not in LIGHT}


@functools.lru_cache(maxsize=1024)
def _leading_verb(stem: str) -> frozenset[str]:
    """The dictionary form of a compound verb's first verb from its stem (売り → 売る), if it is one."""
    first = tokens(stem + "たい")[0]
    return frozenset({fold(first.lemma)}) if first.pos == "動詞" and first.lemma else frozenset()


def units(text: str) -> tuple[frozenset[str], ...]:
    """A phrasing's words, one set of forms per token (its normalised form, surface and short units)."""
    return tuple(frozenset(f) for f in (token_forms(t) for t in tokens(text)) if f)


@functools.lru_cache(maxsize=4096)
def objects(text: str) -> dict[str, frozenset[str]]:
    """What each noun is of: 申告書の書き方 → {書き方: {申告書}} (a noun, の, a noun), 水道料金 → {料金: {水道}}."""
    toks = tokens(text)
    out: dict[str, set[str]] = {}
    for t in toks:
        parts = [p for p in split_a(t.surface) if len(p) > 1] if t.pos == "名詞" and len(t.surface) > 2 else []
        if len(parts) > 1:
            out.setdefault(fold(parts[-1]), set()).update(fold(p) for p in parts[:-1])
    for k in range(1, len(toks) - 1):
        a, no, b = toks[k - 1], toks[k], toks[k + 1]
        if no.surface == "の" and says_what_of(a) and b.pos == "名詞" and b.content:
            for f in token_forms(b):
                out.setdefault(f, set()).update(token_forms(a))
    return {k: frozenset(v) for k, v in out.items()}


def other_object(phrase: str, question: str) -> bool:
    """The phrasing asks about Y of X, the question about Y of something else (計画の書き方 / 申告書の書き方)."""
    mine, theirs = objects(phrase), objects(question)
    return any(w in theirs and not (of & theirs[w]) for w, of in mine.items())


# particles that list nouns before a の (観光とおもてなしの学科, 港や駅の案内): each listed noun is of what follows
LISTING = frozenset({"と", "や", "・", "、"})


@functools.lru_cache(maxsize=4096)
def of_phrases(text: str) -> tuple[tuple[frozenset[str], frozenset[str], str, frozenset[str]], ...]:
    """Per 「X の Y」 of the text: X's forms (with the nouns listed before it: 観光とおもてなしの学科), Y's forms, and the
    particle and the predicate after Y (を・作る in 観光の拠点を作りたい; "" and none when no particle follows)."""
    toks = tokens(text)
    out = []
    for k in range(1, len(toks) - 1):
        if toks[k].surface != "の" or toks[k + 1].pos != "名詞" or not toks[k + 1].content:
            continue
        of: set[str] = set()
        j = k - 1
        while j >= 0:  # the nouns (with their prefixes: おもてなし) before the の, and those listed before them
            i = j
            while i >= 0 and toks[i].pos in ("名詞", "接頭辞") and toks[i].content:
                i -= 1
            group = [t for t in toks[i + 1 : j + 1] if says_what_of(t)]
            for t in group:
                of |= token_forms(t)
            if not group or i < 0 or toks[i].surface not in LISTING:
                break
            j = i - 1
        h = k + 1
        while h + 1 < len(toks) and toks[h + 1].pos == "名詞" and toks[h + 1].content:
            h += 1
        head = set().union(*(token_forms(t) for t in toks[k + 1 : h + 1]))
        particle = toks[h + 1].surface if h + 1 < len(toks) and toks[h + 1].pos == "助詞" else ""
        after = list(toks[h + 2 : h + 5]) if particle else []  # the predicate, past an adverb (コースを新しく作る)
        pred = next((t for pos in ("動詞", "形容詞") for t in after if t.pos == pos), after[0] if after else None)
        said = (token_forms(pred) or {fold(pred.lemma or pred.surface)}) if pred is not None else set()
        if of:
            out.append((frozenset(of), frozenset(head), particle, frozenset(said)))
    return tuple(out)


def modifiers_of_nouns(text: str) -> frozenset[str]:
    """The forms the text names as what another noun is of (観光 and おもてなし in 観光とおもてなしの学科; 港 of 港の倉庫)."""
    return frozenset().union(*(of for of, _, _, _ in of_phrases(text)))


def other_head(phrase: str, question: str) -> bool:
    """The phrasing wants Y of X done (観光の拠点を作りたい), the question the same done to another thing of X (観光と
    おもてなしの学科を作りたい) and names no Y: it is about that other thing (a course is no tourist hub). Only with the same
    particle and predicate after both: 納税猶予の期限を知りたい still asks about what 納税猶予の手続き is."""
    theirs = words(question)
    return any(not (head & theirs) and of & q_of and particle == q_particle and said & q_said
               for of, head, particle, said in of_phrases(phrase) if particle and said
               for q_of, _, q_particle, q_said in of_phrases(question))


def other_destination(phrase: str, question: str) -> bool:
    """The phrasing sells abroad and the question only elsewhere in Japan, or the other way round (海外で売りたい /
    本州に売りたい): a place to sell to of the other kind."""
    mine, theirs = words(phrase), words(question)
    return any(a in mine and a not in theirs and b in theirs
               for a, b in ((ABROAD, OUT_OF_PREFECTURE), (OUT_OF_PREFECTURE, ABROAD)))


def words(text: str) -> frozenset[str]:
    out: set[str] = set()
    for t in tokens(text):
        out |= token_forms(t)
    return frozenset(out)


@functools.lru_cache(maxsize=8192)
def compound_heads(text: str) -> tuple[frozenset[str], ...]:
    """Per unit (as units()): the forms of a compound's head alone (改修 of 耐震改修), empty for a simple word."""
    out = []
    for t in tokens(text):
        if not token_forms(t):
            continue
        parts = [p for p in split_a(t.surface) if len(p) > 1] if len(t.surface) > 2 else []
        out.append(frozenset({fold(parts[-1])}) if len(parts) > 1 else frozenset())
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def compound_modifiers(text: str) -> tuple[frozenset[str], ...]:
    """Per unit (as units()): the forms of the noun just before it in the same compound (観光 of 観光|拠点), else
    empty."""
    out = []
    prev: Token | None = None
    for t in tokens(text):
        f = token_forms(t)
        if f:
            noun = t.pos == "名詞" and prev is not None and prev.pos == "名詞" and bool(token_forms(prev))
            out.append(frozenset(token_forms(prev)) if noun and prev is not None else frozenset())
        prev = t
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def compound_inner(text: str) -> tuple[frozenset[str], ...]:
    """Per unit (as units()): the forms of the parts before a one-word compound's head (市街・調整 of 市街化調整区域;
    法人 of 法人|税, whose head is one character), else empty: a part that only qualifies the compound's head."""
    out = []
    for t in tokens(text):
        if not token_forms(t):
            continue
        parts = split_a(t.surface) if len(t.surface) > 2 else []
        out.append(frozenset(fold(p) for p in parts[:-1] if len(p) > 1) if len(parts) > 1 else frozenset())
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def modified_only(text: str) -> frozenset[str]:
    """The forms the text names only right after another noun of the same compound (拠点 of 建設|拠点)."""
    bare: set[str] = set()
    after: set[str] = set()
    prev: Token | None = None
    for t in tokens(text):
        f = token_forms(t)
        if f:
            noun = t.pos == "名詞" and prev is not None and prev.pos == "名詞" and bool(token_forms(prev))
            (after if noun else bare).update(f)
        prev = t
    return frozenset(after - bare)


def shared_units(phrase: str, text: str, ignored: frozenset[str] = frozenset()) -> int:
    """How many of the phrasing's words (tokens) the text contains (not counting the ignored words)."""
    mine = words(text) - ignored
    return sum(1 for u in units(phrase) if u & mine)


def narrower(phrase: str, other: str) -> bool:
    """Whether phrase names every word of other (and maybe more): ふるさと納税の返礼品の基準 / 返礼品にしたい."""
    mine = words(phrase)
    return all(u & mine for u in units(other))


def covered_by(phrase: str, other: str, text: str) -> bool:
    """Whether every word of phrase that the text contains is a word of other too (パートを正社員にする助成金 met by
    「パートを正社員にしたい」 is covered by パートから正社員にしたい: the text does not say what phrase says beyond it)."""
    mine, theirs = words(text), words(other)
    return all(u & theirs for u in units(phrase) if u & mine)
