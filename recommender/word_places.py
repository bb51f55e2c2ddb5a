"""Where a word stands in a text: on SudachiPy token boundaries, in a compound, used as a tool, in a list.

A term of the knowledge (量子, 半導体, ドローン) is evidence only where the text says it as a word:
- it must start and end on token boundaries (never inside a longer word);
- in a compound (a run of nouns) it counts as the compound's head (車載半導体 is a 半導体) or before a
  generic head (半導体工場, 水素関連産業); before another content noun it only modifies a different
  thing (量子化学計算 is chemistry, not 量子) and does not count;
- *used* (ドローンを使って, AIを導入, AIで見つける, AI導入) it says the text's business needs a technology,
  not that the business belongs to its industry (an AX need, see Place.use);
- named once in a list of three or more items (素材：銅、ニッケル、レアアース) it is a passing mention.

The rules stay in one file, past 400 lines: they walk the same token run and decide together where a word stands.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chiiki_mirai.recommender.asks import QUESTION_END
from chiiki_mirai.recommender.means_words import (
    AGENCY,
    BREAKDOWN_APPLIANCES,
    BREAKING_DOWN,
    COOKING,
    FUEL_LINKS,
    FUEL_NOUNS,
    FUEL_SPAN,
    HEAT_MEDIA,
    MODIFIED,
    MODIFIED_SPAN,
    MOVING,
    carrying,
)
from chiiki_mirai.recommender.tokenize import Token, fold, short_units, tokens


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


NOUNISH = {"名詞", "接頭辞", "接尾辞"}
# heads after which a term still names what the compound is about
GENERIC_HEADS = _set(
    "工場 製造 生産 開発 拠点 研究 研究所 産業 企業 会社 メーカー 事業 事業者 関連 部品 装置 材料 素材 部材 技術 設備 "
    "分野 工程 ライン 市場 需要 投資 誘致 人材 供給 製品 施設 業 業界 向け 用 系 型 式 製 等 実証 実験 量産 試験 設計 産地 "
    "集積 クラスター 基地 センター 技術者 エンジニア 関係 サプライチェーン 加工 組立 組み立て 検査 輸出 販売 商社 特区 "
    "戦略 プロジェクト 計画 ベンチャー スタートアップ 事業化 実装 社会実装 製作 製作所 工業 ビジネス 機器 システム "
    "モジュール 部 ユニット サービス 基盤 プラント 船 機 炉 群 網 局 所 品 化 版 類 全般 応用 チップ デバイス 素子 "
    "発電 発電所 開発者 研究者 生産者 業者 仕組み "
    # information is someone's or something's: 住民情報 is the residents' (a town hall's system), 医療情報 the patients';
    # so is a cloud: 行政クラウド is the administration's base, カルテのクラウド the clinics' (a cloud business of its own
    # is still named by クラウドサービス, クラウド基盤, データセンター); software is what it does: AIソフト is AI, like AIシステム
    "情報 クラウド ソフト ソフトウェア アプリ "
    # the form a material is sold in: コオロギパウダー is crickets made into powder
    "粉末 パウダー エキス "
    # a plan's own name: 「陸上養殖成長プラン」 is a plan about 陸上養殖
    "成長 プラン 振興 推進 構想 ビジョン"
)
# verbs (normalised forms) and nouns that say a technology is used, not made
USE_WORDS = _set(
    "使う 使用 活用 導入 入れる 取り入れる 用いる 利用 買う 購入 採用 生かす 活かす 頼る 使える 使い こなす 試す 任せる 遣る "
    # mastering it as a skill (AIを使いこなせる社員, 重機を操る): the people use it, they do not make it (not 扱う: 情報を扱う is work on data)
    "使い熟す 使いこなす 操る "
    # installing it on one's own premises (太陽光パネルを屋根に載せる, 並べる, 設置する)
    "設置 載せる 乗せる 並べる 取り付ける 据える "
    # misused by someone else (AIを悪用した詐欺): the threat the text's product meets, not the text's industry
    "悪用"
)
# nouns after 「Xの」 of the skill or the licence to use X (AIの使い方を学ぶ, ドローンの免許を取る, 重機の操縦): the people use
# it, as with 使いこなす (normalised forms)
SKILL_NOUNS = _set("使い方 使いかた 免許 資格 扱い方")
# the handling of X (ロボットの操作, ドローンの操縦) is the skill of using it only when learnt, taught or licensed
# (操作を覚える, 操縦の講習): 「ドローンの操作を自動化するソフトを開発する」 makes a thing for X's industry
HANDLING = _set("操作 操縦")
LEARNING = _set("学ぶ 覚える 習得 取得 取る 講習 免許 資格 教える 習う 研修 訓練 練習")
LEARNING_SPAN = 4  # tokens after the handling noun looked at for the learning word (操作を若手に教える)
# a business's own equipment named by its generic noun and what it does with it (機械を増やす, 設備を更新, 装置を買い替える,
# 機械を新しくする): it buys, adds or renews machines it uses (食品工場が機械を増やす is no maker of 食品機械)
EQUIPMENT = _set("機械 設備 装置 機器")
ACQUIRING = _set("増やす 更新 入れ替える 入れ換える 買い替える 買い換える 取り替える 取り換える 替える 換える 新しい 増設 新調 揃える "
                  "導入 新設 購入")
# nouns after 「Xの」 that make X only the setting of the text's business (general knowledge of how places, canteens
# and themes are named): 造船所の跡地, 半導体工場の社員食堂 (an anime's setting is the content field's own); a business's
# building (パチンコ店の建物) and whose records a text works on (酒蔵の仕込み記録を学習するAI) are settings too
SETTINGS = _set("跡地 跡 建物 建屋 記録 データ 社員食堂 食堂 売店 社員寮 寮 近く 隣 周辺 近所 見学 見学会 テーマ 跡地利用 "
                # a name given after X (人工衛星の名前をつけた酒, 「量子」の名を冠した腕輪): X is the name, not the product
                "名前 名称 名 "
                # the picture a thing is given (アニメの絵柄の手ぬぐい): X is the image (not the bare 柄: 包丁の柄 is a handle)
                "絵柄 図柄")
# the shape a thing is given, 「Xの形をした」「Xの形の」 (船の形をした菓子): X is the image; not 「ロケットの形状を最適化」
SHAPES = _set("形 かたち")
SHAPED = (("を", "為る"), ("の",))
# work done on the shape itself after 「Xの形の」 (ロケットの形の最適化を請け負う): X is the thing worked on, not an image
SHAPE_WORK = _set("最適化 最適 設計 解析 計算 評価 検討 改良 変更 測定 計測 シミュレーション 研究 開発")
# 「Xのある<place>」「Xがある<place>」 (造船所のある町の名物): X is what the place has, the text's thing is elsewhere —
# unless the place is to be made so (水素のある町をつくりたい, 〜にしたい, 〜を目指す): then X is the text's thing
HAVING = frozenset({"有る", "ある"})
PLACE_NOUNS = _set("町 街 まち 村 市 島 地域 地区 土地 港 県 国 里 集落")
MADE_SO = (("を", "作る"), ("を", "造る"), ("を", "創る"), ("を", "目指す"), ("を", "実現"), ("に", "為る"), ("に", "成る"),
            ("の", "実現"))
# 名 is a name only right after 「Xの」 (「量子」の名を冠した); after a noun and a numeral it counts people (技術者5名)
NAME_COUNTER = "名"
# what a thing is made to look like or evoke (宇宙をイメージした菓子, 量子の世界をモチーフにした器, ロケットを模した蝋燭): the
# nouns after 「Xを」 (or 「Xの…を」) and the verbs (normalised forms) after 「Xを」 — X is the image, not the product
# (not デザイン, 表現: 「ロケットをデザインする」 is designing the rocket itself)
MOTIF_NOUNS = _set("テーマ モチーフ イメージ 題材")
MOTIF_VERBS = _set("模する 象る かたどる 模す 思わせる 連想")
# verbs (normalised forms) of naming after 「Xと」 (「量子」と名付けた美顔器, 宇宙と命名した菓子): X is the name only
NAMING = _set("名付ける 名づける 命名 称する")
QUOTE_CLOSE = frozenset("」』”\"")
# verbs (normalised forms) of selling or delivering to someone: 「Xに売る」 names X as the customer
CUSTOMER_SPAN = 4  # content tokens after 「Xに」 looked at for the verb of selling (particles and light verbs aside)
# a kind of generation is named by its plant too (洋上風力発電|所, 地熱発電|所; a shipyard, 造船所, is a term of its own)
GENERATION, PLANT = "発電", "所"
AND_WORDS = frozenset({"及び", "および", "と", "や", "・"})  # nouns joined before one 向け
CLAUSE_BREAK = frozenset("、，,。．!！?？")
SELL_VERBS = _set("売る 届ける 納める 卸す 販売 提供 出荷 納品 納入 売り込む 供給")
# verbs (normalised forms) of telling someone: telling someone is serving them (酪農家に知らせる). 知らせる is 知る|せる
# in SudachiPy, so 知る tells only before a causative (TELL_CAUSATIVES; 知られた, "known to", tells nobody), and
# 伝える passes on a skill (技を伝える, SKILL_WORDS: teaching, not serving) as well as telling news
TELLING_VERBS = _set("知る 知らせる 伝える 通知 通報 配信")
TELL_CAUSATIVES = _set("せる させる")
SKILL_WORDS = _set("技 技術 技能 技法 わざ 伝統 知恵 ノウハウ 文化 芸 作法 心得")
# nouns and verbs (normalised forms) of work taken on for someone: 「Xから受託する」 names X as the client
COMMISSION_WORDS = _set("受託 受注 請け負う 請ける 引き受ける 依頼 委託")
CLIENT_SPAN = 8  # tokens after 「Xから」 looked at for the work taken on (製薬会社から抗体医薬の培養を受託する)
# verbs and nouns (normalised forms) of working together: 「Xメーカーと組んで」 names X as the partner
PARTNER_WORDS = _set("組む 連携 協力 共同 提携 協業 タッグ")
PARTNER_SPAN = 2  # tokens after 「Xと」 looked at for the word of working together
# ば after a noun is the object particle of western and Tohoku speech (AIば使わせたい = AIを使わせたい)
OBJECT_PARTICLES = frozenset({"を", "ば"})
USE_PARTICLES = frozenset({*OBJECT_PARTICLES, "で", "に", "も", "は"})
NEGATIONS = _set("ない 無い ず ぬ")  # normalised auxiliaries that negate the verb before them (使わない, 使わず, 用いぬ)
# (surface, normalised form) of a negation SudachiPy reads as another auxiliary: the ん of 使わんでよか ("no need to
# use", western dialect) is read as the volitional む before でよ; its か is the ending of よか (good), not a question
MISREAD_NEGATIONS = frozenset({("ん", "む")})
# a negation that makes an obligation (使わないといけない, 使わなければならない, 使わんといかん, 使わないとだめ, 使わなきゃ):
# the particle after it and the verb or noun of "not allowed" (normalised forms); X is to be used, not left out
OBLIGATION_JOINS = frozenset({"と", "ば", "ては", "では"})
OBLIGATION_WORDS = _set("行く 成る 駄目 いける 行ける")
OBLIGATION_FORMS = frozenset({"なきゃ", "なくちゃ", "なけりゃ", "ねば", "にゃ"})  # a negation that says the obligation alone
# the question particle after a negated verb, ending the sentence (AIを使えないか。, 使えませんか, 入れられないでしょうか)
# or followed by a verb of thinking it over (使えないか検討したい): the text asks to use X; not かもしれない, かどうか,
# か心配 (the sentence ending is asks.QUESTION_END's)
ASKING = "か"
THINKING = _set("検討 考える 相談 探る 模索 調べる 試す")
QUOTING = _set("と って 言う")  # quoted before the verb of thinking (使えないかと考えている, 使えないかという相談)
# what ends a list of examples (AIなどを使う, AIとか使わん): the words after it say what is done with the listed items
EXAMPLES_END = (("など",), ("なんか",), ("等",), ("と", "か"))
WHERE_SPAN = 4  # tokens of a place named between 「Xを」 and the verb of use (全社に, 屋根の上に)
# a noun right before these lacks it (運転手なしで走る, 海なし県, 人手不要の, 運転手不在の): normalised forms
LACKING = frozenset({"なし", "無し", "不要", "不在"})
MADE_OF = frozenset({"製"})  # 「X製の Y」: X is what Y is made of, Y is the thing
LIST_JOINS = frozenset({"や", "と", "・"})  # nouns listed together share the verb after the list
LIST_HOPS = 3  # nouns of a list looked past
INSTRUMENT_SPAN = 12  # tokens after 「Xで」 looked at for the clause's verb
# words before a tool that say the text makes it (当社が開発した, 自社製の, 弊社の): the tool is then its product
MAKERS = _set("製造 開発 製作 生産 作る 造る つくる 自社 当社 弊社 我が社 独自 自社製 自社開発 自作 手掛ける 手がける")
MAKER_SPAN = 6  # tokens before the tool looked at for them
SENTENCE_END = frozenset("。．!！?？")
# technologies a business adopts as tools: 「<tool>で…する」 says the text uses them even when a noun comes between
# (AIで見積もりを出す); other terms before で are often the means or the place of the text's own business
# (微生物で原料を量産する, ドックで修理を請け負う). Folded forms.
# A drone by its other names (無人機, 無人航空機, マルチコプター) is the same tool.
MAKING = _set("作る 造る 創る つくる 出来る できる")  # verbs of making (normalised and dictionary forms)
BY = frozenset({"よる", "因る", "依る"})  # 「Xによる」「Xによって」: by means of X (normalised forms)
DOING = frozenset({"遣る"})  # やる: of a tool its use (AIをやる), of an activity (配送をやる) doing it
TOOLS = frozenset(fold(w) for w in _set("AI 人工知能 生成AI ドローン 無人機 無人航空機 マルチコプター ロボット IoT DX"))
LIST_SEPARATORS = re.compile(r"[、，,・／/]")
LIST_MIN_ITEMS = 3


@dataclass(frozen=True)
class Place:
    """One occurrence of a term: its token span and what the place says about it."""

    start: int  # index of the first token
    end: int  # index after the last token
    counts: bool  # names what the text is about (not a modifier of something else)
    use: bool  # the text uses it (an AX need), it does not make it
    in_list: bool  # one item of a list of three or more
    aside: bool = False  # inside brackets: an elaboration or examples of what comes before


class Spans:
    """A text's tokens with their offsets in the folded text (fold of each token's surface, concatenated)."""

    def __init__(self, text: str):
        self.toks: tuple[Token, ...] = tokens(text)
        self.starts: dict[int, int] = {}
        self.ends: dict[int, int] = {}
        parts = []
        pos = 0
        for i, t in enumerate(self.toks):
            f = fold(t.surface)
            self.starts[pos] = i
            pos += len(f)
            self.ends[pos] = i + 1
            parts.append(f)
        self.folded = "".join(parts)
        self.folded_norms: tuple[str, ...] = tuple(fold(t.norm) for t in self.toks)
        self.listed = _list_items(self.toks)
        self.aside = _bracketed(self.toks)

    def places(self, term_folded: str) -> list[Place]:
        """Every occurrence of the folded term on token boundaries, with what its place says."""
        out = []
        i = self.folded.find(term_folded)
        while i >= 0:
            j = i + len(term_folded)
            if (term_folded.endswith(GENERATION) and j not in self.ends and j + len(PLANT) in self.ends
                    and self.folded.startswith(PLANT, j)):
                j += len(PLANT)  # 洋上風力発電所 is the plant of 洋上風力発電: the term ends inside 発電|所
            if i in self.starts and j in self.ends:
                a, b = self.starts[i], self.ends[j]
                out.append(Place(a, b, self.counts_at(b), self.used(a, b), self.listed[a], self.aside[a]))
            i = self.folded.find(term_folded, i + 1)
        return out

    def counts_at(self, b: int) -> bool:
        """False when the next token continues the compound with a content noun that is not a generic head."""
        if b >= len(self.toks):
            return True
        nxt = self.toks[b]
        if nxt.surface in MADE_OF:  # チタン合金製の眼鏡枠: the material of the thing named next, not the thing
            return False
        if self._quoted_name(b):
            return False
        if nxt.pos not in NOUNISH or not nxt.content:
            return not self.setting(b)
        return (generic_head(nxt) or nxt.norm in USE_WORDS) and not self.setting(b)

    def _quoted_name(self, b: int) -> bool:
        """「宇宙」金平糖: a quoted word before a specific noun is that thing's name."""
        if b + 1 >= len(self.toks) or self.toks[b].surface not in QUOTE_CLOSE:
            return False
        after = self.toks[b + 1]
        return after.pos in NOUNISH and after.content and not generic_head(after)

    def name_or_setting(self, b: int) -> bool:
        """The term ending at b is only a name, an image or the setting of another thing (not a modifier in a
        compound: 海洋|観測ブイ still says what the thing is about)."""
        return b < len(self.toks) and (self._quoted_name(b) or self.setting(b))

    def customer(self, b: int) -> bool:
        """The noun ending at b is whom the text sells to: 農家向けに, 漁協に届ける, 全国の蔵に納める."""
        toks = self.toks
        if b >= len(toks):
            return False
        if toks[b].surface in ("向け", "向き"):
            return True
        if toks[b].surface in AND_WORDS:  # AIデータセンター及びフィジカルAI向けの: both are whom it sells to
            k = b + 1
            while k < len(toks) and toks[k].surface not in ("向け", "向き") and toks[k].pos in (*NOUNISH, "形状詞"):
                k += 1
            if b + 1 < k < len(toks) and toks[k].surface in ("向け", "向き"):
                return True
        if toks[b].surface in ("に", "へ") and any(self.sells(k) for k in range(b + 1, b + 1 + len(self.after_to(b)))):
            return True  # 漁協に届ける, 漁協に氷を届ける, 酪農家に知らせる
        return self.client(b)

    def sells(self, i: int) -> bool:
        """The token at i is a verb of selling or of telling someone (SELL_VERBS, tells)."""
        return self.toks[i].norm in SELL_VERBS or self.tells(i)

    def tells(self, i: int) -> bool:
        """The token at i tells someone something (TELLING_VERBS): 知らせる (not 知られた, "known to"), 伝える (not a skill
        passed on, 若手に技を伝える)."""
        toks = self.toks
        if toks[i].norm not in TELLING_VERBS:
            return False
        if toks[i].norm == "知る" and (i + 1 >= len(toks) or toks[i + 1].norm not in TELL_CAUSATIVES):
            return False
        j = i - 1
        while j > 0 and toks[j].surface not in CLAUSE_BREAK and toks[j].surface != "を":
            j -= 1
        return not (toks[j].surface == "を" and toks[j - 1].norm in SKILL_WORDS)

    def after_to(self, b: int) -> list[Token]:
        """The tokens after 「Xに」 at b looked at for the verb of selling: up to the clause's end and CUSTOMER_SPAN
        content tokens (particles and light verbs do not count: 食品メーカーに原料として売る)."""
        out: list[Token] = []
        seen = 0
        for t in self.toks[b + 1 :]:
            if t.surface in CLAUSE_BREAK or seen >= CUSTOMER_SPAN:
                break
            out.append(t)
            seen += t.content
        return out

    def client(self, b: int) -> bool:
        """The noun ending at b is whom the text works for: 製薬会社から受託して, 製薬会社から培養を受託する (the
        client's industry orders the work; what the text does is the work itself)."""
        toks = self.toks
        b = self._past_heads(b)  # the compound's generic head (製薬|会社から)
        if b >= len(toks) or toks[b].surface != "から":
            return False
        for t in toks[b + 1 : b + 1 + CLIENT_SPAN]:
            if t.surface in CLAUSE_BREAK:
                break
            if t.norm in COMMISSION_WORDS or t.surface in COMMISSION_WORDS:
                return True
        return False

    def _past_heads(self, b: int) -> int:
        """The token after the generic heads of the compound from b on (製薬|会社, 炭素繊維|メーカー)."""
        toks = self.toks
        while b < len(toks) and toks[b].pos in NOUNISH and toks[b].content and generic_head(toks[b]):
            b += 1
        return b

    def partner(self, b: int) -> bool:
        """The noun ending at b is whom the text works with: 炭素繊維メーカーと組んで, 半導体メーカーと連携して (the
        partner's industry; what the text makes is named elsewhere)."""
        toks = self.toks
        b = self._past_heads(b)  # the compound's generic head (炭素繊維|メーカーと)
        if b + 1 < len(toks) and toks[b].surface == "の" and generic_head(toks[b + 1]):
            b = self._past_heads(b + 1)  # 炭素繊維の会社と
        return b < len(toks) and toks[b].surface == "と" and any(
            t.norm in PARTNER_WORDS for t in toks[b + 1 : b + 1 + PARTNER_SPAN])

    def setting(self, b: int) -> bool:
        """The term (with its generic heads) is only the setting of another thing: 造船所の跡地, 半導体工場の社員食堂,
        宇宙をテーマに, 避難所に冷暖房を入れる — the text is about the site, the canteen, the tour or what is put there,
        not the term's industry."""
        toks = self.toks
        # the place itself where another thing is put (避難所（小中学校の体育館）に冷暖房を入れる; not 半導体工場に…:
        # a term before a generic head names the business's own works)
        j = b
        while j < len(toks) and toks[j].pos == "接尾辞":  # 避難|所
            j += 1
        if j < len(toks) and toks[j].surface in OPEN:
            j = next((i + 1 for i in range(j, len(toks)) if toks[i].surface in CLOSE), j)
        if j + 1 < len(toks) and toks[j].surface == "に" and self._installed(j + 1):
            return True
        b = self._past_heads(b)
        while b < len(toks) and toks[b].surface in QUOTE_CLOSE:
            b += 1
        if b + 1 < len(toks) and toks[b].surface == "と" and toks[b + 1].norm in NAMING:
            return True  # 「量子」と名付けた: a name given, not the product
        b = self._past_listed(b)  # 病院・薬局の記録: each item listed before the setting is its setting
        if b + 1 >= len(toks) or toks[b].surface not in ("の", "を", "が"):
            return False
        if toks[b].surface == "を" and toks[b + 1].norm in MOTIF_VERBS:
            return True  # ロケットを模した: the image of another thing
        if (toks[b].surface in ("の", "が") and toks[b + 1].norm in HAVING and b + 2 < len(toks)
                and toks[b + 2].surface in PLACE_NOUNS):
            return not self._joined(b + 3, MADE_SO)  # 造船所のある町: what the town has (not 水素のある町をつくる)
        e = b + 1
        while e < len(toks) and toks[e].pos in NOUNISH:
            e += 1
        head = toks[e - 1] if e > b + 1 else None
        if head is None:
            return False
        if toks[b].surface == "の":
            if head.surface == NAME_COUNTER and e > b + 2:
                return self._motif(e)  # 技術者5名: a count of people, not a name
            return head.norm in SETTINGS or head.surface in SETTINGS or self._motif(e) or self._shaped(head, e)
        return head.surface in MOTIF_NOUNS

    def _shaped(self, head: Token, e: int) -> bool:
        """「Xの形をした」「Xの形の」 (head 形 ending before e): the shape given to another thing."""
        if head.surface not in SHAPES or not any(self._joined(e, (w,)) for w in SHAPED):
            return False
        return not (self._joined(e, (("の",),)) and e + 1 < len(self.toks) and self.toks[e + 1].norm in SHAPE_WORK)

    def _joined(self, e: int, words: tuple[tuple[str, ...], ...]) -> bool:
        """The tokens from e read one of words: a particle (surface) then normalised forms (を+為る, に+為る)."""
        after = self.toks[e : e + 3]
        return any(tuple(t.surface if i == 0 else t.norm for i, t in enumerate(after[: len(w)])) == w for w in words)

    def _motif(self, e: int) -> bool:
        """After 「Xの<noun>」 ending before e: 「をモチーフに」「をイメージした」 make X's noun the image of the product."""
        toks = self.toks
        return (e + 1 < len(toks) and toks[e].surface == "を"
                and (toks[e + 1].surface in MOTIF_NOUNS or toks[e + 1].norm in MOTIF_VERBS))

    def _installed(self, k: int) -> bool:
        """After 「Xに」: another thing is put there (避難所に冷暖房を入れる, a memo's 避難所に冷暖房入れたい): X is where it
        goes."""
        toks = self.toks
        e = k
        while e < len(toks) and (toks[e].pos in NOUNISH or toks[e].surface == "の") and e - k < WHERE_SPAN:
            e += 1
        if e == k or e >= len(toks):
            return False
        if toks[e].surface == "を":
            e += 1
        return e < len(toks) and toks[e].norm in USE_WORDS

    def used(self, a: int, b: int, means: bool = False) -> bool:
        """Whether the tokens a..b are followed by a use (を使う, を導入, 導入, <tool>で + verb; with means, any noun
        で + verb)."""
        toks = self.toks
        if b > 0 and fold(toks[b - 1].surface) in TOOLS:  # 水中ドローンやカメラを使う: a tool listed first is used too
            b = self._past_listed(b)
        b = self._past_examples(b)  # AIなどを使う, AIとか使わんといかん
        if b < len(toks) and toks[b].norm in USE_WORDS:  # AI導入, ドローン活用
            return not self._offered_after(b + 1, tied=True)  # AI導入を支援するシステム: what is offered is made of it
        if b + 1 < len(toks) and toks[b].surface == "の" and toks[b + 1].norm in SKILL_NOUNS:
            return True  # AIの使い方を学ぶ, ドローンの免許を取る: the skill of using it
        if (b + 1 < len(toks) and toks[b].surface == "の" and toks[b + 1].pos == "名詞" and toks[b + 1].norm in USE_WORDS
                and fold(toks[b - 1].surface) in TOOLS):
            return not self._offered_after(b + 2, tied=True)  # AIの導入について, ドローンの活用: a tool's use named by its noun, as
            # AI導入 is (not 自動倉庫の導入, nor AIの導入を支援するシステム: a generic thing offered is made of it)
        if b + 1 < len(toks) and toks[b].surface == "の" and toks[b + 1].norm in HANDLING and any(
                t.norm in LEARNING or t.surface in LEARNING for t in toks[b + 2 : b + 2 + LEARNING_SPAN]):
            return True  # ロボットの操作を教える, ドローンの操縦の講習: the skill of using it
        if self._heat_of(b):
            return True  # 地熱の蒸気で蒸した卵: the source's heat cooks the text's product
        if self._breaks_down(b):
            return True  # 微生物が分解するトイレ: waste treated with X, nothing made with it
        if means and b + 1 < len(toks) and toks[b].surface == "に" and toks[b + 1].norm in BY:
            return True  # ドローン空撮による動画: a means, as 「ドローン空撮で撮った」
        if b < len(toks) and toks[b].surface == "が" and fold(toks[b - 1].surface) in TOOLS:
            # AIが選んだ焼酎: the tool does the work of a clause on another noun, as in 「AIで選んだ」; a tool the text
            # makes (当社が開発したドローンが…, 自社製のAIが…) or the sentence's own subject (ロボットが部品を運びます) is its product
            return (not self._made_here(b - 1) and not self._ends_on_verb(b + 1, self._sentence_end(b + 1))
                    and self._instrument(b + 1))
        if b < len(toks) and toks[b].surface in USE_PARTICLES:
            rest = [t for t in toks[b + 1 : b + 4] if t.surface not in ("、", "，")]
            if toks[b].surface in OBJECT_PARTICLES and rest and rest[0].norm not in USE_WORDS:
                rest = self._past_where(b + 1) or rest  # AIソフトを全社に入れた: where it goes stands between
            if toks[b].surface in OBJECT_PARTICLES and rest and self._acquired(b - 1, rest[0]):
                return True
            if rest and rest[0].norm in USE_WORDS:  # ドローンを使って, AIを導入, AIも使える
                if rest[0].norm in DOING and toks[b - 1].verbal:
                    return False  # ドローン配送をやりたい: an activity named by its noun is done, not used
                # 原子炉に使う部品, 港湾で使う機械: a thing made to go into X or to work at X is X's industry's;
                # 衛星データを使ったサービス: a generic thing offered, made of X, is X's too
                j = toks.index(rest[0], b + 1)
                if self._negated(j):  # 肉を使わないハンバーグ, 希土類を使わず: made without X, no use of X
                    return False
                if toks[b].surface in ("に", "で") and (self._before_noun(j) or self._passive(j)):
                    return False  # 港湾で使う機械, 洋上風力発電所で使われる、…の部品: the thing made to work at X
                return not (toks[b].surface in OBJECT_PARTICLES and self._before_noun(j, generic=True))
            # ドローンで撮った, AIで見積もりを出す: a tool of what the clause does. A knowledge term is used only as
            # a tool a business adopts (TOOLS): another means (電炉で溶かして鋼材をつくる, 微生物で作る) is the text's own
            # process. Any noun is a means or a manner for the paraphrases (自動で盛り付ける, 自分で泳ぐ; means)
            if toks[b].surface == "で" and rest and rest[0].pos == "動詞" and means:
                # 大豆でできた肉, 微生物で作った糸: what the thing is made of or by, not a means of the clause; a tool
                # it is made with (生成AIで作ったチラシ) stays a tool
                made = rest[0].norm in MAKING or rest[0].lemma in MAKING
                return (not made or fold(toks[b - 1].surface) in TOOLS) and self._instrument(b + 1)
            if toks[b].surface == "で" and fold(toks[b - 1].surface) in TOOLS:  # the compound's head: 水中ドローン
                return self._instrument(b + 1)
        return False

    def _heat_of(self, b: int) -> bool:
        """The compound ending at or after b is the source of the heat (HEAT_MEDIA) the clause cooks with: 「…の<heat>で」
        and a verb of cooking (COOKING) first."""
        toks = self.toks
        while b < len(toks) and toks[b].pos in NOUNISH and toks[b].content:
            b += 1  # the rest of the compound: 地熱|発電所|の|蒸気
        if b + 2 >= len(toks) or toks[b].surface != "の" or toks[b + 1].norm not in HEAT_MEDIA or toks[b + 2].surface != "で":
            return False
        end = min(self._sentence_end(b + 3), b + 3 + INSTRUMENT_SPAN)
        j = next((j for j in range(b + 3, end) if toks[j].pos == "動詞"), None)
        if j is None:
            return False
        w = _verb_word(toks, j)  # 焙煎する, 蒸し焼きにする: the noun says the cooking
        return w.norm in COOKING or w.lemma in COOKING

    def _breaks_down(self, b: int) -> bool:
        """After the compound ending before b, 「Xが」「Xで」「Xの力で」 and the clause's first predicate breaks something
        down (BREAKING_DOWN), not in the passive (分解される: the thing made to break down is the product) nor as a step
        of making something (分解させて作った)."""
        toks = self.toks
        if any(t.norm in MODIFIED or t.lemma in MODIFIED for t in toks[max(0, b - MODIFIED_SPAN) : b]):
            return False  # ゲノム編集した微生物で浄化する: the engineered microbes are the field's
        if b + 2 < len(toks) and toks[b].surface == "の" and toks[b + 1].norm in AGENCY:
            b += 2
        if b >= len(toks) or toks[b].surface not in ("が", "で"):
            return False
        end = min(self._sentence_end(b), b + 1 + INSTRUMENT_SPAN)
        j = next((j for j in range(b + 1, end) if toks[j].pos == "動詞" or toks[j].norm in BREAKING_DOWN), None)
        if j is None or toks[j].norm not in BREAKING_DOWN:
            return False
        if any(t.norm in ("れる", "られる") for t in toks[j + 1 : j + 4]):
            return False
        rest = toks[j + 1 : min(self._sentence_end(j), j + 1 + INSTRUMENT_SPAN)]
        # 米ぬかを微生物で分解させて作ったコップ: breaking down is a step of making the product
        return not any(_making(t) for t in rest) and any(t.norm in BREAKDOWN_APPLIANCES for t in rest)

    def _acquired(self, h: int, verb: Token) -> bool:
        """The compound ending at h is the text's own equipment that it adds or renews (EQUIPMENT, ACQUIRING)."""
        return self.toks[h].surface in EQUIPMENT and (verb.norm in ACQUIRING or verb.lemma in ACQUIRING)

    def _negated(self, j: int) -> bool:
        """The verb at j is negated by its auxiliaries (使わない, 用いず, 使いません), not as an obligation (使わないと
        いけない, 使わんといかん, 使わなきゃ: X is to be used)."""
        k = j + 1
        while k < len(self.toks) and self.toks[k].pos == "助動詞":
            if (self.toks[k].surface, self.toks[k].norm) in MISREAD_NEGATIONS:
                return not self._obligation(k)
            if self.toks[k].norm in NEGATIONS:
                return not (self._obligation(k) or self._asked(k))
            k += 1
        return False

    def _asked(self, k: int) -> bool:
        """The negation at k ends a question (使えないか, 使えませんか, 使えないでしょうか): a wish to use, not a lack."""
        k += 1
        while k < len(self.toks) and self.toks[k].pos == "助動詞":
            k += 1
        if k >= len(self.toks) or self.toks[k].surface != ASKING:
            return False
        rest = ""
        for t in self.toks[k + 1:]:
            if not rest and (t.surface in QUOTING or t.norm in QUOTING):
                continue
            if t.content:
                return not rest and t.norm in THINKING
            rest += t.surface
            if t.surface in CLAUSE_BREAK:
                break
        return bool(QUESTION_END.match(ASKING + rest))

    def _obligation(self, k: int) -> bool:
        """The negation at k makes an obligation (…ないと + いけない/ならない/だめ, …なければならない, …なきゃ)."""
        toks = self.toks
        if toks[k].surface in OBLIGATION_FORMS:
            return True
        after = toks[k + 1 : k + 3]
        return len(after) == 2 and after[0].surface in OBLIGATION_JOINS and (
            after[1].norm in OBLIGATION_WORDS or after[1].lemma in OBLIGATION_WORDS)

    def _past_examples(self, b: int) -> int:
        """The token after the words that end a list of examples at b (AI|など|を → を; AI|と|か|使わ → 使わ), else b."""
        for end in EXAMPLES_END:
            if tuple(t.surface for t in self.toks[b : b + len(end)]) == end:
                return b + len(end)
        return b

    def _past_where(self, k: int) -> list[Token]:
        """After 「Xを」: the word past one place the thing is put (全社に, 屋根の上に, 倉庫へ), or [] when no place
        stands there."""
        toks = self.toks
        e = k
        while e < len(toks) and (toks[e].pos in NOUNISH or toks[e].surface == "の") and e - k < WHERE_SPAN:
            e += 1
        if e == k or e + 1 >= len(toks) or toks[e].surface not in ("に", "へ") or toks[e - 1].pos not in NOUNISH:
            return []
        return list(toks[e + 1 : e + 2])

    def _past_listed(self, b: int) -> int:
        """Past the nouns listed after a term with や・と・・ (ドローンやカメラ|を), where the list's particle is."""
        toks = self.toks
        for _ in range(LIST_HOPS):
            if b >= len(toks) or toks[b].surface not in LIST_JOINS:
                return b
            e = b + 1
            while e < len(toks) and toks[e].pos in NOUNISH and toks[e].content:
                e += 1
            if e == b + 1:
                return b
            b = e
        return b

    def _passive(self, j: int) -> bool:
        """The verb at j is passive (使われる): the text's thing is what is used."""
        # れる only: られる is also the potential (AIに任せられる: the text could use it)
        return j + 1 < len(self.toks) and self.toks[j + 1].pos == "助動詞" and self.toks[j + 1].norm == "れる"

    def _before_noun(self, j: int, generic: bool = False) -> bool:
        """The verb at j, past its auxiliaries, modifies the noun after it (使う|部品, 使われる|容器); with generic,
        a generic noun (使った|サービス)."""
        j += 1
        while j < len(self.toks) and self.toks[j].pos == "助動詞":
            j += 1
        if j >= len(self.toks) or self.toks[j].pos not in NOUNISH or not self.toks[j].content:
            return False
        while generic and j + 1 < len(self.toks) and self.toks[j + 1].pos in NOUNISH:
            j += 1  # the compound's head (農地モニタリング|サービス)
        return not generic or generic_head(self.toks[j])

    def _instrument(self, k: int) -> bool:
        """After 「<tool>で」: the sentence goes on to a verb (AIで見積もりを出す, AIで事務を半分にする) or, in a terse memo,
        to a noun of action (AIで献立提案, 無人機で農薬散布を請け負い) and names no generic thing after it
        (ドローンで薬を届ける運航サービス, AIで不良品を見分ける装置, AIで画像解析のシステム: what is offered is made of it)."""
        end = self._sentence_end(k)
        verbs = [j for j in range(k, min(k + INSTRUMENT_SPAN, end)) if self._predicate(j, end)]
        if not verbs:
            return False
        # a noun of action says less than a verb which thing is the clause's: no generic thing anywhere after the tool
        j = verbs[0]
        return not self._offered_after(j + 1 if "動詞" in (self.toks[j].pos, self.toks[min(j + 1, end - 1)].pos) else k)

    def _sentence_end(self, k: int) -> int:
        """The index where the sentence or line that k is in ends (looked up: reading stays linear in the text)."""
        stop, line = self._ends_table
        return min(stop[k], line[k + 1]) if k < len(self.toks) else len(self.toks)

    @functools.cached_property
    def _ends_table(self) -> tuple[list[int], list[int]]:
        """Per index, the next sentence end (SENTENCE_END) at or after it, and the next line start at or after it."""
        n = len(self.toks)
        stop, line = [n] * (n + 1), [n] * (n + 1)
        for j in range(n - 1, -1, -1):
            stop[j] = j if self.toks[j].surface in SENTENCE_END else stop[j + 1]
            line[j] = j if self.toks[j].line_start else line[j + 1]
        return stop, line

    def _offered_after(self, k: int, tied: bool = False) -> bool:
        """A generic thing offered (システム, サービス, 装置) follows in k's sentence, one not itself taken in: the text
        offers a thing made of the tool used before k, so the tool is the thing's (one test for で, が, の and 導入).
        With tied (after a noun of use, 導入), only a thing the noun of use is tied to: its compound's head (AI導入支援
        システム) or the noun its verb modifies (…の導入を手伝うシステム), not one of a later clause (教えてくれるところ)."""
        end = self._sentence_end(k)
        if tied:
            end = self._tied_end(k, end)
        return any(t.pos in NOUNISH and t.content and generic_head(t) and not self._put_in(i + 1)
                   for i, t in enumerate(self.toks[k:end], start=k))

    def _tied_end(self, k: int, end: int) -> int:
        """The end of what a noun of use ending before k is tied to: its compound, and a verb taking it (を, の, に)
        with the noun phrase that verb modifies; k itself when nothing is tied to it."""
        toks, j = self.toks, k
        while j < end and toks[j].pos in NOUNISH and toks[j].content:
            j += 1
        if j > k or j >= end or toks[j].surface not in ("を", "の", "に"):
            return j
        j += 1
        if j + 1 < end and toks[j].verbal and toks[j + 1].pos == "動詞":
            j += 1  # 支援する
        if j >= end or toks[j].pos != "動詞" or not self._before_noun(j):
            return k
        j += 1
        while j < end and (toks[j].pos == "助動詞" or toks[j].pos in NOUNISH):
            j += 1
        return j

    def _ends_on_verb(self, k: int, end: int) -> bool:
        """The sentence from k to end ends on a verb (ロボットが部品を運びます): the clause is the sentence's own, not
        one on another noun (AIが選んだ甘いみかん, …みかんです)."""
        j = end - 1
        while j >= k and self.toks[j].pos in ("助動詞", "助詞", "補助記号", "空白"):
            j -= 1
        return j >= k and self.toks[j].pos == "動詞"

    def _made_here(self, t: int) -> bool:
        """The tool at t is what the text makes: a word of making or of one's own make comes before it in its sentence
        (当社が開発した水中ドローン, 自社製のAI, 当社のロボット)."""
        start = next((j + 1 for j in range(t - 1, -1, -1) if self.toks[j].surface in SENTENCE_END), 0)
        return any(x.norm in MAKERS or x.surface in MAKERS or x.lemma in MAKERS for x in self.toks[max(start, t - MAKER_SPAN):t])

    def _put_in(self, e: int) -> bool:
        """The compound ending before e is itself taken in (AIで配車を組む仕組みを入れる, …システムを導入したい): the
        text uses the thing, it does not offer it."""
        toks = self.toks
        while e < len(toks) and toks[e].pos in NOUNISH and toks[e].content:
            e += 1
        if e < len(toks) and toks[e].surface == "を":
            e += 1
        # doing it (配送の実験をやる) is the activity, not the thing taken in
        return e < len(toks) and toks[e].norm in USE_WORDS and toks[e].norm not in DOING


    def _predicate(self, j: int, end: int) -> bool:
        """A verb, or a noun of action ending its compound that no の ties to a noun after it (献立提案、, 散布を; not
        鋼板ブロックの組立: the block is a thing there) and that is no making (…を開発, 量産: a generic head)."""
        t = self.toks[j]
        if t.pos == "動詞":
            return True
        nxt = self.toks[j + 1] if j + 1 < end else None
        return ((t.verbal or _becoming(t)) and not generic_head(t)
                and (nxt is None or (nxt.pos not in NOUNISH and nxt.surface != "の")))


def _becoming(t: Token) -> bool:
    """A compound in 化 that names making something so (省力化, 自動化, 効率化): a noun of action like 散布 (…化する);
    two characters (文化, 変化) name a thing."""
    return t.pos == "名詞" and len(t.surface) > 2 and t.surface.endswith("化")


OPEN = frozenset("(（〔［[")
CLOSE = frozenset(")）〕］]")


def _bracketed(toks: tuple[Token, ...]) -> list[bool]:
    """Per token: whether it lies inside brackets (（高強度糸、蛍光糸）, （例：…）)."""
    flags = []
    depth = 0
    for t in toks:
        if t.surface in CLOSE:
            depth = max(depth - 1, 0)
        flags.append(depth > 0)
        if t.surface in OPEN:
            depth += 1
    return flags


def _list_items(toks: tuple[Token, ...]) -> list[bool]:
    """Per token: whether it lies in a run of at least LIST_MIN_ITEMS short items separated by 、・/."""
    flags = [False] * len(toks)
    run: list[list[int]] = [[]]

    def close() -> None:
        items = [r for r in run if r]
        if len(items) >= LIST_MIN_ITEMS and all(len(r) <= 4 for r in items):
            for r in items:
                for k in r:
                    flags[k] = True
        run.clear()
        run.append([])

    for k, t in enumerate(toks):
        if t.line_start:
            close()
        if LIST_SEPARATORS.fullmatch(t.surface):
            run.append([])
        elif t.pos in NOUNISH or not t.content and t.pos not in ("助詞", "補助記号", "助動詞"):
            run[-1].append(k)
        else:
            close()
    close()
    return flags


@functools.lru_cache(maxsize=2048)
def spans(text: str) -> Spans:
    return Spans(text)


def listed_tokens(sp: Spans) -> set[int]:
    """Indexes of the tokens that are items of a list of three or more (passing mentions)."""
    return {i for i, flag in enumerate(sp.listed) if flag}


# verbs (normalised forms) of taking a material out of something: 「磁石を外す」「リチウムを回収する」
RECOVERY_VERBS = _set("回収 取り出す 取り出し 外す 取り外す 抜き取る 分離 抽出 選別 再利用 リサイクル 取る 剥がす 再資源化")
RECOVERY_SPAN = 3  # tokens after 「Xを」 looked at for the verb
# what names a thing as waste or used up: 廃|バッテリー, 使用|済み(の)|磁石, 使い終わっ|た|パネル (normalised forms)
WASTE_PREFIXES = frozenset({"廃"})
WASTE_HEADS = _set("使用 使い")
WASTE_SUFFIXES = _set("済み 済")
WASTE_VERBS = _set("終わる 終える 古す")


def waste_tokens(sp: Spans) -> set[int]:
    """Indexes of the nouns named as waste or used up (廃バッテリー, 使用済みの磁石, 使い終わったパネル): a material to
    recover, not a thing the text makes (the noun compound after the marker)."""
    out: set[int] = set()
    toks = sp.toks
    for k, t in enumerate(toks):
        if t.surface in WASTE_PREFIXES and t.pos == "接頭辞":
            a = k + 1
        elif t.norm in WASTE_SUFFIXES and k > 0 and toks[k - 1].norm in WASTE_HEADS:
            a = k + 1 + (k + 1 < len(toks) and toks[k + 1].surface == "の")
        elif t.norm in WASTE_VERBS and k + 1 < len(toks) and toks[k + 1].surface == "た":
            a = k + 2
        else:
            continue
        b = a
        while b < len(toks) and toks[b].pos in NOUNISH and toks[b].content:
            b += 1
        out.update(range(a, b))
    return out


def recovered_tokens(sp: Spans) -> set[int]:
    """Indexes of the nouns the text takes out of something (モーターから磁石を外し, ネオジムを取り出して) or names as
    waste (廃バッテリー, 使用済みの磁石): the material recovered, not a thing the text makes (the whole compound before
    を)."""
    out: set[int] = waste_tokens(sp)
    toks = sp.toks
    for b in range(1, len(toks)):
        if toks[b - 1].pos not in NOUNISH or toks[b].surface != "を":
            continue
        nxt = [t for t in toks[b + 1 : b + 1 + RECOVERY_SPAN] if t.content]
        if not nxt or (nxt[0].norm not in RECOVERY_VERBS and nxt[0].surface not in RECOVERY_VERBS):
            continue
        a = b - 1
        while a > 0 and toks[a - 1].pos in NOUNISH:
            a -= 1
        out.update(range(a, b))
    return out


def means_tokens(sp: Spans) -> frozenset[int]:
    """Indexes of the tools (TOOLS) the text names as the means of what its clause does, also when what it offers is
    made with them (ランサムウェアの侵入をAIで検知するサービス): the tool is a feature of the thing offered, which another
    word of the text may name (a security service); alone (AIで不良品を見分ける装置) it is still the thing's field.
    So is a fuel named as what a thing runs on (FUEL_NOUNS: 水素などの燃料で動く船); a carrier of what the clause sends
    (carriers) is a means only where the thing sent is another field's (product_evidence.meant_tokens).
    Kept on the (cached) Spans: it is asked once per term the text names."""
    if "_means" not in sp.__dict__:
        sp.__dict__["_means"] = frozenset(_means_tokens(sp))
    return sp.__dict__["_means"]


def _means_tokens(sp: Spans) -> set[int]:
    toks = sp.toks
    out: set[int] = set()
    for b in range(1, len(toks) - 1):
        if toks[b].surface != "で" or fold(toks[b - 1].surface) not in TOOLS:
            continue
        if any(t.pos == "動詞" for t in toks[b + 1 : b + 1 + INSTRUMENT_SPAN]):
            out.update(_compound_before(toks, b))
    return out | fuel_tokens(sp)


def _compound_before(toks: tuple[Token, ...], b: int) -> range:
    a = b - 1
    while a > 0 and toks[a - 1].pos in NOUNISH:
        a -= 1
    return range(a, b)


def carriers(sp: Spans) -> tuple[tuple[range, range], ...]:
    """Each noun named as the carrier of what its clause sends (「Xで」 and a verb of CARRYING first: 暗号鍵を光ファイバーで
    送る, 映像を回線で送信する), with the tokens of its clause that may name the thing sent (before the carrier back to the
    sentence's start, and after it to the verb and the noun the verb modifies). Whether the carrier is a means depends on
    what the thing sent is (product_evidence.meant_tokens). Kept on the (cached) Spans."""
    if "_carriers" not in sp.__dict__:
        toks = sp.toks
        out = []
        for b in range(1, len(toks) - 1):
            if toks[b].surface != "で" or toks[b - 1].pos not in NOUNISH:
                continue
            j = next((j for j in range(b + 1, min(len(toks), b + 1 + INSTRUMENT_SPAN)) if toks[j].pos == "動詞"), None)
            if j is None or not carrying((w := _verb_word(toks, j)).norm, w.lemma):
                continue
            carrier = _compound_before(toks, b)
            start = carrier.start
            while start > max(0, carrier.start - INSTRUMENT_SPAN) and toks[start - 1].surface not in SENTENCE_END \
                    and not toks[start].line_start:
                start -= 1
            stop = j + 1
            while stop < len(toks) and (toks[stop].pos == "助動詞" or toks[stop].pos in NOUNISH):
                stop += 1  # 送る|暗号鍵, 送信し|た|映像
            out.append((carrier, range(start, stop)))
        sp.__dict__["_carriers"] = tuple(out)
    return sp.__dict__["_carriers"]


def _verb_word(toks: tuple[Token, ...], j: int) -> Token:
    """The word that says what the verb at j does: of a サ変 verb (送信する, 蒸し焼きにする) the noun before する."""
    if toks[j].norm == "為る" and j > 0:
        k = j - 2 if j > 1 and toks[j - 1].surface == "に" else j - 1
        if toks[k].pos in NOUNISH:
            return toks[k]
    return toks[j]


def fuel_tokens(sp: Spans) -> frozenset[int]:
    """Indexes of the fuels the text names as what a thing runs on (FUEL_NOUNS, MOVING: 水素などの燃料で動く船): also
    means (means_tokens). A fuel the text itself makes (当社が製造するバイオ燃料で走る, SAFを作り…) is its product, no
    means (_made_fuel). Kept on the (cached) Spans."""
    if "_fuel" not in sp.__dict__:
        toks = sp.toks
        out: set[int] = set()
        for b in range(1, len(toks) - 1):
            if toks[b].surface != "で" or toks[b - 1].norm not in FUEL_NOUNS:
                continue
            v = next((t for t in toks[b + 1 : b + 1 + INSTRUMENT_SPAN] if t.pos == "動詞" or t.norm in MOVING), None)
            names = _fuels_named(toks, b)
            if v is not None and (v.norm in MOVING or v.lemma in MOVING) and not _made_fuel(sp, names):
                out.update(names)
        sp.__dict__["_fuel"] = frozenset(out)
    return sp.__dict__["_fuel"]


def _making(t: Token) -> bool:
    return t.norm in MAKING_WORDS or t.lemma in MAKING_WORDS


def _made_fuel(sp: Spans, names: range) -> bool:
    """The fuels named at names are made by the text: a clause of making modifies them (廃食油から作ったSAF, 製造する
    バイオ燃料), or one of them is the object of making in the same sentence (バイオ燃料を製造し、その燃料で走る)."""
    toks = sp.toks
    k = names.start - 1
    while k >= 0 and (toks[k].pos == "助動詞" or toks[k].norm == "為る"):
        k -= 1  # 作っ|た, 製造|する
    if k >= 0 and _making(toks[k]):
        return True
    fuels = {toks[i].norm for i in names if toks[i].pos in NOUNISH and toks[i].content}
    start = max(0, names.start - INSTRUMENT_SPAN)
    end = min(sp._sentence_end(names.stop), names.stop + INSTRUMENT_SPAN)
    return any(toks[i].norm in fuels and toks[i + 1].surface == "を" and any(_making(t) for t in toks[i + 2 : i + 4])
               for i in range(start, end - 1))


def _fuels_named(toks: tuple[Token, ...], b: int) -> range:
    """The tokens before 「燃料で」 ending at b that name the fuels: the compound (アンモニア燃料) and the nouns linked to
    it by の, など, ・, や and adjectives (アンモニア・水素などの新しい燃料)."""
    a = _compound_before(toks, b).start
    stop = max(0, a - FUEL_SPAN)
    while a > stop and (toks[a - 1].surface in FUEL_LINKS or toks[a - 1].pos in (*NOUNISH, "形容詞", "連体詞")):
        a -= 1
    return range(a, b)


# verbs and nouns (normalised forms) of making one thing from another: 「CO2と水素からプラスチック原料を合成する」
MAKING_WORDS = _set("作る 造る 製造 合成 生産 生成 製する 精製 変える 変換 醸造 仕上げる 作り出す 生み出す")
SOURCE_SPAN = 10  # tokens after 「Xから」 looked at for the making verb


def source_tokens(sp: Spans) -> frozenset[int]:
    """Indexes of the nouns the text names as the raw material it makes something from (CO2と水素からプラスチックの原料を
    つくる: CO2 and 水素, with the nouns coordinated by と): an input, not the thing made. Kept on the (cached) Spans."""
    if "_source" not in sp.__dict__:
        sp.__dict__["_source"] = frozenset(_source_tokens(sp))
    return sp.__dict__["_source"]


def _source_tokens(sp: Spans) -> set[int]:
    out: set[int] = set()
    toks = sp.toks
    for k in range(1, len(toks)):
        if toks[k].surface != "から" or toks[k - 1].pos not in NOUNISH:
            continue
        after = [t for t in toks[k + 1 : k + 1 + SOURCE_SPAN] if t.surface not in ("、", "，")]
        end = next((i for i, t in enumerate(after) if t.surface in CLAUSE_BREAK), len(after))
        if not any(t.norm in MAKING_WORDS or t.surface in MAKING_WORDS for t in after[:end]):
            continue
        a = k
        while True:  # the compound before から, and those coordinated with it by と
            b = a
            while a > 0 and toks[a - 1].pos in NOUNISH:
                a -= 1
            out.update(range(a, b))
            if a < 2 or toks[a - 1].surface != "と" or toks[a - 2].pos not in NOUNISH:
                break
            a -= 1
    return out


def customer_tokens(sp: Spans) -> set[int]:
    """Indexes of the nouns the text names as whom it sells to (食品メーカーに原料を売る, 農家向けの): the whole compound."""
    out: set[int] = set()
    toks = sp.toks
    for b in range(1, len(toks)):
        if toks[b - 1].pos not in NOUNISH or toks[b].pos in NOUNISH or not sp.customer(b):
            continue
        verbs = [k for k in range(b + 1, b + 1 + len(sp.after_to(b))) if toks[k].pos == "動詞" and toks[k].content]
        if verbs and not sp.sells(verbs[0]) and not sp.client(b):
            continue  # 原子炉に使う部品を供給する: a part made to go into X is X's industry's
        a = b - 1
        while a > 0 and toks[a - 1].pos in NOUNISH:
            a -= 1
        out.update(range(a, b))
    return out


def used_tokens(sp: Spans) -> set[int]:
    """Indexes of the nouns the text names as a technology it uses (the whole compound before the use)."""
    out: set[int] = set()
    toks = sp.toks
    for b in range(1, len(toks) + 1):
        if toks[b - 1].pos not in NOUNISH or (b < len(toks) and toks[b].pos in NOUNISH
                                                and toks[b].norm not in USE_WORDS):
            continue  # not the end of a compound
        if toks[b - 1].norm in LACKING:
            continue  # 運転手なしで走る: what it goes without is no means it uses
        a = b - 1
        while a > 0 and toks[a - 1].pos in NOUNISH:
            a -= 1
        if sp.used(a, b, means=True):
            out.update(range(a, b))
    return out


@dataclass(frozen=True)
class Unit:
    """A short unit (mode A) of one of the text's tokens, and whether it only modifies the noun after it."""

    token: int  # index of the token (mode C) it is part of
    tok: Token
    whole: bool  # the unit is the whole token
    modifier: bool  # 量子 in 量子化学計算, 漫画 in 漫画喫茶, 衛星 in 衛星放送: it says what kind of thing the next is


def _heads(u: Token) -> bool:
    """Whether a noun after another keeps that one the subject (半導体|工場, 加工|場, 菓子|屋)."""
    return u.pos != "名詞" or not u.content or generic_head(u) or u.norm in USE_WORDS


@functools.lru_cache(maxsize=8192)
def _generic_compound(surface: str) -> bool:
    parts = short_units(surface)
    return len(parts) > 1 and all(p.norm in GENERIC_HEADS or p.surface in GENERIC_HEADS or p.pos == "接尾辞"
                                  for p in parts)


def generic_head(t: Token) -> bool:
    """A noun that names a generic kind of thing (工場, 開発, 関連企業, 開発者): what comes before it is the subject."""
    return t.norm in GENERIC_HEADS or t.surface in GENERIC_HEADS or (len(t.surface) > 2 and _generic_compound(t.surface))


# a one-character suffix of purpose the dictionary keeps inside some words and not others (民生用 and 医療用 whole,
# 防衛|用 and 産業|用 apart): X用 names X either way
PURPOSE_SUFFIXES = frozenset({"用"})


def compound_parts(t: Token) -> tuple[Token, ...]:
    """The short units a compound token counts by: of a long one whose units are words (漫画|喫茶, not 半|導体), or
    of a word and a suffix of purpose (民生|用); () when it counts whole."""
    if len(t.surface) > 3:
        parts = short_units(t.surface)
        if len(parts) > 1 and all(len(u.surface) > 1 for u in parts):
            return parts
    if len(t.surface) > 2 and t.surface[-1] in PURPOSE_SUFFIXES:
        parts = short_units(t.surface)
        if len(parts) > 1 and parts[-1].pos == "接尾辞" and all(len(u.surface) > 1 for u in parts[:-1]):
            return parts
    return ()


@functools.lru_cache(maxsize=2048)
def noun_units(text: str) -> tuple[Unit, ...]:
    """The text's tokens cut into short units; inside a run of nouns, a unit before a specific noun is a modifier."""
    toks = spans(text).toks
    flat: list[tuple[int, Token, bool]] = []
    for i, t in enumerate(toks):
        parts = compound_parts(t) if t.pos in NOUNISH else ()
        if parts:
            flat += [(i, u, False) for u in parts]
        else:
            flat.append((i, t, True))
    out = []
    for k, (i, u, whole) in enumerate(flat):
        nxt = flat[k + 1][1] if k + 1 < len(flat) else None
        mod = (u.pos in NOUNISH and u.content and nxt is not None and nxt.pos in NOUNISH and not _heads(nxt)
               and nxt.norm not in LACKING)  # 運転手なし: the driver is lacking, not a modifier of なし
        mod = mod or (u.content and nxt is not None and nxt.surface in MADE_OF)  # チタン製の眼鏡枠: the material
        out.append(Unit(i, u, whole, mod))
    return tuple(out)


HEAD_MAX_CHARS = 120  # a one-line description (a product, a business) ends on what it is; a plan does not


def head_span(sp: Spans) -> tuple[int, int] | None:
    """The noun compound a one-line description ends on (体言止め), as a token span: what the text *is*.

    「防災用品の売り場を広げたホームセンター」 is a home centre and 「…天体観察ツアー」 a tour: the words before the head
    only say which one. None for a text of several lines or sentences, or one that does not end on a noun."""
    toks = sp.toks
    if not toks or len(sp.folded) > HEAD_MAX_CHARS or any(t.line_start for t in toks[1:]):
        return None
    e = len(toks)
    while e > 0 and toks[e - 1].pos in ("補助記号", "記号", "空白"):
        e -= 1
    if any(t.surface in SENTENCE_END for t in toks[:e]) or e == 0:
        return None
    if toks[e - 1].pos not in NOUNISH or not toks[e - 1].content:
        return None
    a = e - 1
    while a > 0 and toks[a - 1].pos in NOUNISH and toks[a - 1].content:
        a -= 1
    return a, e
