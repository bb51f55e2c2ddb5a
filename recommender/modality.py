"""What a plan's sentence says about itself: its modality and what kind of statement it is.

A small, table-driven stand-in for the reader's typed statements (issue 13): the reader is being rewritten
to produce statements with modality; until it lands the recommender judges them here, and
`plan_statements.read_statements` is the one place that would switch to the reader's statements.

- modality: `placeholder` (〇〇, 調整中, 精査中: nothing is said yet), `negated` (設けない, 活用しない,
  予定はない, 文末の必要としない), `considering` (検討する), `planned` (する, 図る, 活用を想定), else `affirmed`. The first row of
  MODALITY that matches decides, so a placeholder wins over everything and a negation over a plan.
- kind: `own` — the plan's own set-up (its 伴走支援体制, its desk, its 推進本部: what it commits to, not what it
  needs); `basis` — how it counts one of its figures (「人材育成数は、○○大学の講座の修了者数の合計」,
  「…に付加価値率を乗じて算定した」: where a number comes from, not what the plan asks for); `need` — a problem,
  shortage or request it states (不足, 課題, 困難, 求める), not one it states as small or absent (負担が小さい); `other`.
"""

from __future__ import annotations

import re
from typing import Literal

Modality = Literal["affirmed", "planned", "considering", "negated", "placeholder"]
Kind = Literal["need", "own", "basis", "other"]

MODALITY: tuple[tuple[Modality, str], ...] = (
    # (a line that only points to an attachment, 「別紙のとおり」, says nothing in the plan itself)
    ("placeholder", r"〇〇|○○|●●|◯◯|××|（調整中）|\(調整中\)|精査中|今後精査|未定|記入予定|別(?:紙|添)(?:の|に記載の)?(?:とおり|通り)|"
                    r"別(?:紙|添)(?:を)?参照"),
    ("negated", r"(?:設け|行わ|活用し|予定し|申請し|実施し|導入し|利用し|求め|誘致し)(?:ない|ません)|予定はない|予定はありません|"
                # (必要としない only where it ends the sentence: 「人手を必要としない省人化設備を整備する」 plans the
                # equipment, 「造成を必要としないため…」 gives a reason)
                r"必要とし(?:ない|ません)(?=。|$)|"
                r"対象外|必要はない|見込んでいない|考えていない"),
    ("considering", r"検討(?:する|します|中|を進める|を行う|している)|調整中|協議中|目指す方向"),
    ("planned", r"(?:する|します|図る|図ります|行う|行います|進める|進めます|目指す|目指します|予定|想定|見込む|見込み|"
                r"計画して|活用し|整備し|実施し)"),
)
_MODALITY_RE = tuple((m, re.compile(p)) for m, p in MODALITY)

# the plan's own set-up: a support team, a desk or a headquarters it establishes or runs itself
# (its desk wherever the sentence puts it: 「相談に応じる窓口を両市の産業振興担当課に設ける」, 「相談窓口の設置」)
OWN = (r"伴走支援(?:体制|チーム)|"
       r"推進本部|本部長|窓口を[^。]{0,30}?(?:設置|設け|開設|置|一元化)|相談窓口の(?:設置|開設)|"
       r"支援体制を(?:構築|整備)|相談体制|"
       # a line that only names who is in charge, where progress is reviewed or when a measure is withdrawn (a KPI
       # table's cells written one a line: 「担当部署：林業振興課、商工労政課（人材・販路）」, 「検討の場・進め方：…」):
       # how the plan runs itself
       r"^[（(]?(?:担当部署|担当課|検討の場|進め方|撤退基準|撤退の基準)[^：:）)]{0,6}[：:）)]|"
       # its council with its members (「推進会議（両市長、県、商工会、金融機関で構成）」): who sits on it is not a need
       r"(?:協議会|会議|委員会|コンソーシアム|チーム)」?[（(][^）)]{0,80}(?:で構成|が参画)|構成員|"
       # (or its members listed in parentheses before where it meets: 「KPIは振興会議（町、漁協、商工会）において確認する」)
       r"(?:協議会|会議|委員会|コンソーシアム)」?[（(][^）)]{0,80}[、・][^）)]{0,80}[）)](?:において|にて|で(?:確認|検証|協議|共有))|"
       # (its name may come between, in brackets or not: 「…大学等で構成する「○○クラスター推進会議」において確認する」)
       r"(?:で|により)構成する「?[^、。」]{0,30}?(?:協議会|会議|委員会|コンソーシアム|チーム)|"
       # the subsidy it funds itself (「上乗せ補助（市単独）」, 県単補助): what it pays for, not what it needs
       r"[県市町村]単独|[県市町村]単(?:補助|事業)|独自の(?:補助|支援制度)|独自補助")
# what its own support covers, who gives it and how often (「伴走支援の分野は経営計画の策定、販路開拓、…とし、担当職員
# 3名を充てる」, 「伴走支援の頻度は四半期1回」, under the guidance's own words for it too: 「経営支援の分野と人員：…」,
# 「伴走の分野：…」): the support it gives its firms, not what it asks for — unless the sentence says that support is
# short or asks for it (「伴走支援の担当職員が不足しており、…派遣を求める」「…内容の充実を求める」)
# Its desk written as a label, then where it sits (「○相談窓口：○○市 商工観光課（市役所本庁舎2階）」, 「【相談窓口】○○市
# 水産課」, 「・窓口：…」) is a row of its set-up too, even in its 仕組みづくり section (not the national one-stop desk,
# 「ワンストップ相談窓口：」) — unless the row says the desk is short of something or asks for it (「相談窓口：…専門人材が
# 不足しており、国の専門家派遣を求める」)
OWN_SUPPORT = (r"(?:伴走(?:支援)?|経営支援)の(?:分野|体制|頻度|担当|専任|人員|内容|メニュー)"
               r"|(?:^|[\s・○〇●◎◇■□【：:])(?:相談)?窓口(?:】|[：:])")
ASKS_FOR = r"不足|足りな|求め|要望|要請|手薄|不在|欠如"
# Its desk told in prose by what it takes in or whom it passes a question on to (a desk, 窓口・相談先・連携先, then an
# intake or referral verb: 受け付ける, つなぐ, 引き継ぐ; or a body named as its 連携先・相談先) is its set-up too — unless
# the sentence states a lack in any words (`states_lack`: prose about a desk tells its problems as 対応できない,
# 乏しい, 追いつかない, not only as 不足); the national desk (国の…窓口, ワンストップ…窓口) is none of the plan's own
OWN_DESK = (r"(?:窓口|相談先|連携先)[^。]{0,40}?(?:受け?付け|受付を|つな[ぐぎ]|引き継)"
            r"|(?:相談先|連携先)として")
# Its desk named in quotes where it opens it (「町役場に「ものづくり相談窓口」を開設する」) and its department told in
# prose (「担当部署は商工観光課とし、…」; not 「…を課題としている」) are its set-up too — unless the sentence states a lack
# (「…を設置したが、対応できる専門人材が不足している」, 「担当部署は人員が限られ、…」)
OWN_NAMED = (r"窓口」を[^。]{0,30}?(?:設置|設け|開設|置|一元化)"
             r"|^(?:担当部署|担当課)は[^。]{0,40}?とし(?!て(?:い|お))")
NATIONAL_DESK = r"(?:国の|ワンストップ)[^、。\s]{0,10}?(?:窓口|相談先)"
_OWN_SUPPORT_RE, _ASKS_FOR_RE = re.compile(OWN_SUPPORT), re.compile(ASKS_FOR)
_OWN_DESK_RE, _NATIONAL_DESK_RE = re.compile(OWN_DESK), re.compile(NATIONAL_DESK)
_OWN_NAMED_RE = re.compile(OWN_NAMED)
# a problem, shortage or request the plan states as its own
NEED = (r"不足|足りな|課題|困難|難しい|制約|ボトルネック|逼迫|ひっ迫|遅れ|負担が|隘路|求められ|確保が|急務|"
        r"リスク|ためらわ|時間を要|できない|限られ|乏しい|弱い|高齢化|減少|流出|要望|要請|求める|必要がある|必要である|"
        r"必要となる|不十分|不安定|依存|不便|ネック|不在|欠如|手薄|低迷|停滞|老朽|未整備|脆弱|進まない|追いつかない")
# a need word stated as small or absent (「用地造成の負担が小さい」, 「調達のリスクが低い」, 「人材の不足は生じない」): an
# advantage the plan claims, not a need; these spans are taken out before NEED is looked for
NOT_NEED = (r"(?:負担|制約|リスク|コスト|課題|不足|困難)(?:は|が|も)(?:小さ|少な|低[いく]|軽[いく]|な[いく]|生じな|見込まれな)")
# how a figure is counted: computed, summed up, multiplied (a KGI's 設定の根拠)
BASIS = (r"(?:算定|算出|推計|積算)(?:し|す|の根拠|の方法)|試算(?:し|す)|積み?上げ(?:た|る|て|。)|(?:の|を)合計|乗じ(?:た|て|る)|"
         r"(?:者|数)の累計|"
         r"設定の?根拠|"
         # a line that states one of the plan's figures by its name, then its value or when it is set (「域内取引額：市内
         # 漁業者・運送業者からの調達額 62億円 → 95億円」, 「産業人材育成数　市内の高専・工業高校と連携した育成の規模は今後
         # 検討する」): the indicators the sources ask for (官民設備投資額, 付加価値増加額, 人材育成数, 域内取引額, 売上額) and
         # the plan's own (出荷額); whom the firms buy from and the schools a figure will be agreed with are not asked for
         r"^[\s・○〇●◎■□◆◇\-－―—]*(?:独自)?(?:KGI|ＫＧＩ)?[①-⑳0-9０-９]?[\s：:]*[^\s：:、。]{0,12}?"
         r"(?:設備投資額|付加価値(?:増加)?額|育成数|取引額|売上(?:高|額)|出荷額)(?:[\s：:]|$)")
# a condition supposed (「…できない場合、」, 「…未満の場合は」, 「不足する場合には」): what would happen, not what is
CONDITION = r"[^、。]*?場合(?:に?は|でも|、)"
_CONDITION_RE = re.compile(CONDITION)
_OWN_RE = re.compile(OWN)
_BASIS_RE = re.compile(BASIS)
_NEED_RE = re.compile(NEED)
_NOT_NEED_RE = re.compile(NOT_NEED)


# a programme reported as already obtained for one of the plan's projects (「関連する投資案件（既採択）：…補助金 採択
# （令和7年度）」, 「…補助金に採択済み」, 「…の採択を受けた」, 「交付決定済」, 「採択された制度：…」): what the plan has
# received, not what it asks for; a hoped or conditional adoption (採択を目指す, 採択されれば) is none
ADOPTED = (r"既採択|採択済|交付決定済|認定済|(?:採択|交付決定|認定)(?:され|を受け)(?!れば|る)|"
           r"(?:に|が|」|』)\s*採択(?:[。、）)（(]|$)|採択\s*[（(](?:令和|平成|R|Ｒ|\d|[０-９])|"
           r"(?:年度?|月|公募)[）)]?\s*(?:に)?(?:採択|交付決定)(?![をにさ])")
_ADOPTED_RE = re.compile(ADOPTED)


def reports_adoption(sentence: str) -> bool:
    """Whether a sentence reports a programme as already obtained (ADOPTED), not one the plan seeks."""
    return _ADOPTED_RE.search(sentence) is not None


def modality(sentence: str) -> Modality:
    """The modality of one sentence (the first matching row of MODALITY; `affirmed` when none matches)."""
    for m, pat in _MODALITY_RE:
        if pat.search(sentence):
            return m
    return "affirmed"


def kind(sentence: str, in_commitment: bool = False) -> Kind:
    """`own` for the plan's own set-up (or any sentence of its commitment section), `basis`, `need`, or `other`."""
    if in_commitment or _OWN_RE.search(sentence):
        return "own"
    if any(marks(sentence) and not unless(sentence) for marks, unless in _OWN_SUPPORT_ROWS):
        return "own"
    if _BASIS_RE.search(sentence):
        return "basis"
    if states_lack(sentence):
        return "need"
    return "other"


def states_lack(text: str) -> bool:
    """Whether a text states a problem, shortage or request (NEED), not one it says is small or absent (NOT_NEED) nor
    one it supposes (CONDITION: 「用地が確保できない場合、整備を中止する」 says what it would do, not what it lacks)."""
    return _NEED_RE.search(_CONDITION_RE.sub("", _NOT_NEED_RE.sub("", text))) is not None


def names_own_desk(sentence: str) -> bool:
    """Whether a sentence tells a desk of the plan's own by its intake or referral (OWN_DESK), the national one aside."""
    return _OWN_DESK_RE.search(_NATIONAL_DESK_RE.sub("", sentence)) is not None


# the plan's own support, each row with what turns the sentence back into a need: (marks it, unless)
_OWN_SUPPORT_ROWS = (
    (lambda s: _OWN_SUPPORT_RE.search(s) is not None, lambda s: _ASKS_FOR_RE.search(s) is not None),
    (names_own_desk, states_lack),
    (lambda s: _OWN_NAMED_RE.search(s) is not None, states_lack),
)


def counts(m: Modality) -> bool:
    """Whether a sentence of this modality says something the plan stands behind (not negated, not a blank)."""
    return m not in ("negated", "placeholder")
