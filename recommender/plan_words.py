"""Word-sense helpers of plan reading: a word counts only in the sense a measure means it.

The object words of a measure (`Measure.objects`) are looked for in the plan without the names of who acts (商工観光
労働部, ○○観光協会), the bus the municipality runs (町営バス), the suppliers a business buys from (…から仕入れる), and not
at the end of a longer name of another thing (the 専門学校 of a 高等専門学校, the 大学 of a 大学校). The clause patterns
say where a school is a place people are trained (TALENT_SENSE), relearn (RESKILL) or take a course (COURSE); END_USE,
VESSEL and FOOD_MACHINE say where an industry word is only the end use of a product, the name of a vessel (茶筒) or
the customers of a machine (食品機械).
"""

from __future__ import annotations

import re
import unicodedata

from chiiki_mirai.recommender.themes import (
    GUESTS_ABROAD,
    SUPPLY_ABROAD,
    THEME_CUES,
    TOUR_PRODUCT_RE,
    VISITOR,
    WOMEN_AT_WORK,
)
from chiiki_mirai.recommender.word_places import ACQUIRING

# a department, office, cooperative or association name (商工観光労働部, 観光部門, 銚子市漁業協同組合, ○○観光連盟, ○○観光協会),
# a public research institute (産業技術センター農産物加工研究所, 水産試験場, 県水産技術センター) or a ministry or agency (国土交通省, 観光庁; not
# before a kanji or katakana: 省力化・省エネ are words) names who acts, not what the plan is about: not an object (the 漁業
# of a 漁業協同組合 is no call for fisheries technology, the 農産物 of the institute a plan commissions research from no
# farm product of its own, the 観光 of a tourism association the plan exhibits with is no call for tourism measures, the
# 交通 of 国土交通省 no transport)
ORG_NAME = re.compile(r"[\u4e00-\u9fffァ-ヶー]+(?:課|部門|部|局|室|係|協同組合|協会|連盟|連合会|研究所|試験場|技術センター|研究センター)(?![\u4e00-\u9fff])|"
                      r"[\u4e00-\u9fff]+[省庁](?![\u4e00-\u9fffァ-ヶー])")
# a bus, a route or a ferry the municipality runs (町営バス, 村営の路線) is transport, not one of its facilities: the
# 町営 of it is no object of the public-facility measures (the bus stays an object of the transport ones)
RUN_SERVICE = re.compile(r"[市町村]営の?(?=バス|路線|航路|フェリー|渡船|乗合|デマンド|スクールバス|コミュニティバス)")
# the suppliers a business buys from (「宿泊施設が地域の農家・ワイナリー・食品事業者から仕入れる」) and what it buys in
# (「食材・土産品の仕入れ」): its inputs, not what the plan is about (the wineries a hotel buys from are no call for a
# food-hub measure). The clause up to から仕入れる, or a list ending in の仕入れ (仕入 only: goods bought in; 資金の調達
# is finance the plan seeks)
SUPPLIERS = re.compile(r"[^、。，,\n]{0,30}?から(?:の)?仕入|[^、。，,\n（(]{0,20}?の仕入(?!先)")
# 海外 as where inputs come from (themes.SUPPLY_ABROAD: 「部材の海外依存」, 「海外製が大半」), whom an inn receives
# (themes.GUESTS_ABROAD: 「海外客」) or whom the plan's firms compete with (「海外競合より開発期間を4割短縮」, 海外勢): no
# market abroad the export measures are for
RIVALS_ABROAD = r"海外(?=競合|勢)"
SUPPLY_ABROAD_RE = re.compile(f"{SUPPLY_ABROAD}|{GUESTS_ABROAD}|{RIVALS_ABROAD}")
# a KPI's withdrawal cell (「撤退基準：2年目で40%未満の場合、運営方式を見直し、市の出資を引き揚げる」): what the plan would
# do if the indicator fails, not what it asks for (up to the next cell of the row); so is a sentence on what becomes of
# the measures that meet their criteria (「撤退基準に該当した施策は…廃止又は見直しを行い、その財源は他の施策に振り向ける」),
# not one on keeping clear of them (「撤退基準に達しないよう、…の確保が課題」: what follows is asked for)
WITHDRAWAL_CELL = re.compile(r"撤退(?:基準|条件)?[：:][^/／|｜\n]*|撤退(?:基準|条件)に(?:該当|抵触|達)(?!し?ない|せず|さない)[^。\n]*")
# the cells of a KPI row, written one after another (「＜KPI①＞ 指標名：… ／ 現状：用地造成設計中 ／ 目標：… ／ 担当：… ／ 検討の
# 場：…」, 「… / Who（担当部署）：産業振興課 / Where（対象）：臨空工業団地 / How（検証方法）：…」), that say where the
# indicator stands, what it aims at, when, who does it and where it is reviewed: how the plan tracks a measure, not
# what it asks for (the 指標名, the 施策の意義 and the 内容 / What of the row stay)
KPI_CELL = re.compile(r"([/／|｜]\s*)(?:(?:Who|When|Where|How)|現状|目標(?:値)?|期限|担当(?:部署|課)?|検討の場(?:・進め方)?|"
                      r"進め方)(?:[（(][^）)]{0,12}[）)])?[：:][^/／|｜\n]*")
# an object word inside a longer name of another thing: the 専門学校 of a college of technology written in full
# (一関工業高等専門学校) is no vocational school (the object of the vocational-school measure); the 料理 of a 料理店 or a
# 料理人 names a customer (charcoal or shiitake sold to Chinese restaurants), and 食材 bought in (食材の仕入れ) an input
# of a tourism business: neither is the region's cuisine a food-hub measure is for; the 大学 of a 大学校 (農業大学校,
# ものづくり大学校, 職業能力開発大学校) names a training college run by a prefecture or a ministry, not a university; the
# コンテンツ of a 体験コンテンツ or 観光コンテンツ is what a tourist books, not the content industry (anime, games); the
# 公共施設 the plan sells to (「中小工務店と公共施設に分けて販売する」, 「公共施設の内装に売る」) or whose heat and fuel it
# supplies (「公共施設の燃料費を下げる」, 「公共施設へ木質チップを供給」) are its customers, not the facilities it manages;
# a one-character product word (果, 織, 焼) inside a common word (効果, 組織, 燃焼・混焼) names neither, nor does a word
# inside another common one (ウイスキー, 地下水, 量産品) (general knowledge of the words)
INSIDE_OTHER = {"専門学校": re.compile(r"(?<!高等)専門学校"), "料理": re.compile(r"料理(?![店屋人長家])"),
                "食材": re.compile(r"食材(?!の?(?:仕入|調達)|を仕入)"), "大学": re.compile(r"大学(?!校)"),
                "コンテンツ": re.compile(r"(?<!体験)(?<!観光)(?<!旅行)(?<!ツアー)コンテンツ"),
                "公共施設": re.compile(r"公共施設(?!向け|(?:の(?:内装|木造化|木質化))?(?:へ|に)(?:分けて)?の?(?:販売|納入|出荷|売)|"
                                  r"の(?:燃料|電気|電力|光熱|熱|暖房)(?:費|代)?(?:を|の|が)?(?:下げ|削減|節減|賄)|"
                                  r"(?:へ|に)の?[^、。,，]{0,6}?(?:熱|電力|電気|燃料|ペレット|チップ)を?(?:供給|販売|納入))"),
                # a one-character product word inside a common word: the 果 of 効果・成果・結果 (and 果たす) is no fruit,
                # the 織 of 組織 (and 織り込む) no textile, the 焼 of 燃焼・焼却 no pottery
                "果": re.compile(r"(?<![効成結因戦])果(?![たてし敢])"), "織": re.compile(r"(?<!組)織(?!り?込)"),
                "焼": re.compile(r"(?<![燃混])焼(?!却)"),
                # the スキー of ウイスキー and スキーム, the 下水 of 地下水, the 産品 of 量産品・国産品・生産品
                "スキー": re.compile(r"(?<!ウイ)スキー(?!ム)"), "下水": re.compile(r"(?<!地)下水"),
                "産品": re.compile(r"(?<![量国生])産品"),
                # the エッセンシャル of an essential oil (「トドマツのエッセンシャルオイル」) is a product, not an essential
                # service (ES) the ES measures are for
                "エッセンシャル": re.compile(r"エッセンシャル(?!オイル)"),
                # the ゲーム of a match (「ホームゲーム」「アウェーゲーム」「ゲームデー」, not ゲームデータ) or of a board or
                # table game made or sold as goods (将棋駒の「ボードゲーム愛好家」), and a ゲームチェンジャー (a strategy
                # word) are no video game of the content industry the content measures are for
                "ゲーム": re.compile(r"(?<!ボード)(?<!テーブル)(?<!アフター)(?<!ホーム)(?<!アウェー)(?<!アウェイ)"
                                  r"ゲーム(?!デー(?!タ)|デイ|チェンジャー)"),
                # AI as the firm's own work (「AIによる外観検査の自動化」, 「AI導入」), not as what its product is for or holds
                # (「AI半導体」, 「AI向けサーバ」, 「AI需要」, 「AIを搭載した」, 「信号処理・AIによる付加価値化」) nor as the trade of
                # other firms (「AIソフトウェア企業との協業」): what corporate AX support is for
                "AI": re.compile(r"(?<![A-Za-z])AI(?![A-Za-z])(?!半導体|チップ|サーバ|データセンター|向け|需要|を?搭載|"
                                 r"ソフト(?:ウェア)?(?:企業|会社|ベンダー)|企業|ベンダー|メーカー|による(?:高)?付加価値)"),
                # land for the workers' homes (「従業員向け住宅用地の確保」, 社宅用地, 寮用地) is no land for industry
                **{w: re.compile(rf"(?<!住宅)(?<!社宅)(?<!寮){w}") for w in ("用地不足", "用地の確保", "用地確保", "用地が不足")},
                # 100億 and 百億 as the number itself (売上高100億円), not the end of a larger one (七百億円, 二千百億円,
                # 1,100億円)
                "百億": re.compile(r"(?<![一二三四五六七八九十千万〇零壱弐参0-9])百億"),
                "100億": re.compile(r"(?<![0-9,，.])100億"),
                # 集約 and 再配置 of buildings (施設の集約, 「…会館・分室をショールームに集約」), not of desks, departments,
                # councils or plots (「窓口を1か所に集約」, 「観光部門を推進協議会に集約」, 「加工団地の空き区画を再配置」):
                # the facilities a 仕組みづくり reorganises
                **{w: re.compile(rf"(?:施設|校舎|庁舎|公民館|保育所|センター|会館|館|工房|倉庫|拠点|跡地|建物|事務所|"
                                 rf"分室|支所)[^、。,，]{{0,30}}?{w}|{w}[^、。,，]{{0,3}}(?:施設|拠点|センター)")
                   for w in ("集約", "再配置")},
                # automation as the plan's own work (「検査工程の自動化」), not in the name of a maker or a trade (「欧州の
                # 自動化積層装置メーカー」 a firm it attracts, 「工場自動化の事業者」 its customers' business)
                **{w: re.compile(rf"{w}(?![\u4e00-\u9fffァ-ヶー]{{0,8}}(?:メーカー|ベンダー)|の(?:事業者|業者))")
                   for w in ("自動化", "省力化", "省人化")},
                # women as people at work, not as customers (themes.WOMEN_AT_WORK: 「20〜40代女性」 is a target market)
                "女性": re.compile(WOMEN_AT_WORK),
                # the wealthy and the high-priced as visitors (「海外の富裕層旅行者」, 「高単価のツアー」), not as the buyers of
                # a product (「富裕層の家庭をターゲットに」, 「高単価品」): the high-value tourism area is for visitors
                **{w: re.compile(rf"(?:{VISITOR}|滞在)[^、。,，]{{0,30}}?{w}|{w}[^、。,，]{{0,30}}?(?:{VISITOR}|滞在)")
                   for w in ("富裕層", "高単価")}}
# a vessel or a tool named after what it holds (茶筒, 茶碗, 酒器, ワイングラス) is a craft's product, not tea, sake or wine:
# the 茶 of a paulownia 茶筒 is no farm product a measure's `industries` ask for (general knowledge of the words)
VESSEL = re.compile(r"茶(?:碗|器|筒|道具|托|釜|杓|室|道|の湯)|酒(?:器|杯|盃)|ワイン(?:グラス|クーラー)")
# the machines a maker builds for food and farm work (「食品加工機械」, 「冷凍食品製造装置」, 「農業用ロボット」, 「製茶機械」):
# a maker sells to food plants and farms, whose industry is its customers', not its own (a food-machinery plan is no
# client of the food export platform); the farm and food words only, as a shipbuilding plan's 舶用機器 is its industry
# A machine the plan acquires (「水産加工プラントを新設して」「農業用ロボットを導入した」) is its own equipment (ACQUIRING),
# not its product: its industry words stay.
_ACQUIRED = "|".join(sorted((re.sub(r"[るすい]$", "", w) for w in ACQUIRING), key=len, reverse=True))
FOOD_MACHINE = re.compile(r"(?:食品|食料品|農産物?|農業|水産物?|畜産|青果|果実|野菜|茶|酒類?|醸造)"
                          r"(?:加工|製造|包装|充填|洗浄|検査|搬送|調理|選別|選果)?用?(?:機械|装置|機器|プラント|ロボット)"
                          rf"(?![^、。,，\s]{{0,3}}?(?:{_ACQUIRED}))")
# the rest of a noun phrase up to 向け: the phrase names what the product is for (its customers' industry); or up
# to the growth of its demand (「データセンター電源の需要拡大により」, 「EV需要の伸びを取り込む」): the market the plan's
# product sells into, not what the plan makes (a demand that grows for what the plan itself needs, 「工業用水の需要が
# 増える」, is a need and stays); or up to where that demand grows (「パワー半導体の需要が電動車・データセンター電源で
# 急拡大」): the markets it grows in — only in a clause whose subject is the demand (DEMAND_SUBJECT): 「Xで増加」 alone
# is as often the cause of a growth or the plan's own action (「新幹線の開業で増加した」「スマート農業の導入で拡大」)
# or up to 用 or のための (「スポーツ用のサングラス」「競技用品」「登山のための靴」): what the product serves, written as a
# noun of use; 用 right after the noun phrase (no particle between), not the 用 of 利用・活用・使用・採用 (「スキー場を利用」)
# nor of 用地 (land) or 用件
_PHRASE = r"[^\s、。，,（）()「」\n]{0,12}?"
END_USE = re.compile(_PHRASE + r"(?:向け|の?需要(?:の)?(?:拡大|伸び|増加|成長|取り込|獲得)|のための)"
                     r"|[^\s、。，,（）()「」\nのをがにへとでは]{0,6}?(?<![利活使採併応転信費雇起適運専兼共借作効器商])用(?![地件語意])")
# a generic object (加工品, ブランド: a word that names no kind of goods itself) right after an industrial material or part
# (「金属加工品」「樹脂の加工品」「部品ブランド」): the plan makes industrial goods, not the regional product such a word means
GENERIC_OBJECTS = frozenset({"加工品", "ブランド"})
INDUSTRIAL_QUALIFIER = re.compile(r"(?:金属|樹脂|プラスチック|ゴム|ガラス|セラミックス?|鉄鋼|鋼材?|アルミ(?:ニウム)?|ステンレス|"
                                  r"チタン|合金|板金|機械|部品|電子|半導体|化学)の?$")
GROWS_IN = re.compile(r"[^\s、。，,（）()「」\n]{0,12}?(?:で急?(?:拡大|増加|伸び(?!悩)|成長)|で急増)")
DEMAND_SUBJECT = re.compile(r"需要(?:は|が)[^。、]{0,20}$")
# an object word the plan writes in other words: the public facilities it brings together under their own names
# (「市内2か所の公共冷蔵施設を1か所に集約」, 「漁港の荷さばき施設を港に集約」, 「○○会館と観光協会事務所を集約」) are a
# 再配置 of its facilities as 「公共施設の集約」 is (not the demand or the work a plant brings together: 需要の集約)
# The facilities are what is brought together: the object of 集約 (「…施設を」「…会館と…事務所を」「…施設2か所を」) or its
# noun (「…施設の集約」); not a facility where other things are gathered (「集出荷施設に各農家の出荷を集約」,
# 「物流センターで貨物を集約」) nor a facility's work (「加工施設の稼働を繁忙期に集約」)
_FACILITY = r"(?:施設|会館|事務所|センター|庁舎)[）)]?(?:[0-9０-９一二三四五六七八九十]+(?:か所|カ所|ヶ所|箇所|館|棟))?(?:等)?"
WRITTEN_AS = {"再配置": re.compile(_FACILITY + r"(?:(?:を|と[^、。]{0,16}?を)(?:[^、。]{0,12}?に)?集約|の集約)")}
# land named as the place of other works (「工業団地の受電設備増強」, 「新工場用地周辺の道路・排水の整備」): the works are
# asked for (infrastructure), not land; where the plan states what it lacks, the land word there names no lack of land
SITE_OF_WORKS = re.compile(r"(?:工業団地|産業団地|工場用地|産業用地|事業用地)(?:周辺|内)?(?:の|へ(?:の)?)(?:アクセス)?"
                           r"(?:道路|排水|受電|電力|送電|変電|工業用水|用水|上下水道|給水|通信)")
# what a product is made of, written right after the word (「りんご加工品」, 「梨を原料とする」, 「桐を使った」, with the
# share it makes up: 「県産ぶどうを100%使用した」, or with its varieties or brand in brackets first: 「ぶどう「甲州」「…」を
# 原料とする」, 「梨（幸水・豊水）を使った」, 「りんご（ふじ、紅玉）を使った」): the word names the product's material, not a
# product the plan makes. A bracket may hold any list (、・ or spaces) but no sentence end 。; it holds at most
# BRACKET_MAX characters, a few variety or brand names (project choice: a longer bracket is a note, not the material's
# names, and the material word before it is read as written)
BRACKET_MAX = 20
MATERIAL = re.compile(rf"(?:[「『（(][^」』）)。]{{1,{BRACKET_MAX}}}[」』）)])*"
                      r"(?:の)?(?:加工品|を(?:[0-9.]+%)?(?:原料|主原料|使(?:っ|用し)|用い)|由来)")
# a clause about training or securing people: where a talent measure's object (大学, 高校, 社会人) asks for it.
# A plan names a university as a member of its council, a research partner or a place as often as a school to
# train its people (the theme cues of talent, and the words of education)
TALENT_SENSE = re.compile(THEME_CUES["talent"] + r"|教育|研修|講座|コース|学科|学部|定員|養成|カリキュラム|実習|"
                          r"インターン|就職|雇用|人手")
CLAUSE = re.compile(r"[、，,。；;\n]")  # a talent word and a school in one clause (not 「研修センターを整備、大学と共同評価」)
# a clause about reskilling people in work (「群馬大学：社会人講座の開設」): the school there is where workers relearn, not
# the school whose students or capacity a school measure is for (its reskilling words stay objects)
RESKILL = re.compile(r"社会人|リ・?スキリング|学び直し|リカレント|在職者")
# a clause about a course or training a school gives (「○○大学・○○高専との共同講座」, 「大学と連携した設計者向け講座」,
# 「大学・高専・企業の研修を一本化」): the school there gives a course, it is not asked to change its own size or faculties
# (`Measure.schools_for_students`)
COURSE = re.compile(r"講座|研修|セミナー")
# a clause about a school's size or faculties (「高専の定員増」, 「工学部に学科を新設」, 「学部再編」): where the measure for
# the size of higher education (`Measure.schools_for_students`) is asked for; a new course or programme (「高専コース開設」,
# 「新コース運営」) trains people within the school as it is
SIZE = re.compile(r"定員|学部|学科|規模|再編|入学|学生数|募集人員")
SCHOOL = re.compile(r"大学|高専|高等専門学校|高校|高等学校|専門学校|専修学校|短大")


def bare_of(text: str) -> str:
    """The text as the objects are looked for in it: without department names (商工観光労働部 names who acts), without
    the 町営 of a bus the municipality runs (RUN_SERVICE), without the suppliers a business buys from (SUPPLIERS),
    without 海外 as where its inputs come from or its guests are from (SUPPLY_ABROAD_RE), without a tour product made up (「旅行商品の造成」:
    themes.TOUR_PRODUCT_RE), without a KPI's withdrawal cell (WITHDRAWAL_CELL) and the cells of a KPI row that track it
    (KPI_CELL)."""
    text = SUPPLIERS.sub(" ", RUN_SERVICE.sub("", ORG_NAME.sub(" ", text)))
    text = KPI_CELL.sub(r"\1 ", WITHDRAWAL_CELL.sub(" ", text))
    return TOUR_PRODUCT_RE.sub(" ", SUPPLY_ABROAD_RE.sub(" ", text))


def norm(text: str) -> str:
    """NFKC without whitespace, case kept (object words such as AI are matched with their case)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def end_use_only(term: str, text: str) -> bool:
    """Whether every occurrence of the term is an end use: the thing the plan's product is for (「洋上風力発電・
    データセンター向けの受変電設備」, 「半導体製造装置向けの部品」), written before 向け (or 用, のための: 「スポーツ用のサングラス」)."""
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(term), text)]
    return bool(found) and all(END_USE.match(text, at) or (GROWS_IN.match(text, at) and DEMAND_SUBJECT.search(
        text, max(0, start - 20), start)) for start, at in found)


def industrial_only(term: str, text: str) -> bool:
    """Whether the term is a generic object (GENERIC_OBJECTS) and every occurrence of it follows an industrial material
    or part (INDUSTRIAL_QUALIFIER: 「自動車部品向けの金属加工品」): what the text names is industrial goods."""
    found = [m.start() for m in re.finditer(re.escape(term), text)]
    return term in GENERIC_OBJECTS and bool(found) and all(
        INDUSTRIAL_QUALIFIER.search(text, max(0, at - 8), at) for at in found)


def first_made(term: str, text: str) -> tuple[bool, int] | None:
    """Where the text first names the term as a product it makes: (False, position) for its first occurrence that is
    not the product's material (MATERIAL), else (True, position) for its first occurrence; None where it is absent."""
    found = [m.start() for m in re.finditer(re.escape(term), text)]
    made = [at for at in found if not MATERIAL.match(text, at + len(term))]
    if made:
        return False, made[0]
    return (True, found[0]) if found else None


def object_present(term: str, text: str) -> bool:
    """Whether the object word occurs in the text as itself: an ASCII word (AI) on word boundaries, not at the end of
    a longer name of another thing (INSIDE_OTHER: the 専門学校 of a 高等専門学校, the 料理 of a 料理店); or in another
    wording of the same thing (WRITTEN_AS: a plan's own facilities brought together, 「旧研修施設2か所を1か所に集約」)."""
    if term in WRITTEN_AS and WRITTEN_AS[term].search(text):
        return True
    if term in INSIDE_OTHER:
        return INSIDE_OTHER[term].search(text) is not None
    if term.isascii():
        return re.search(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", text) is not None
    return term in text
