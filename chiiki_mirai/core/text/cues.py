"""Cue patterns shared by the readers and the facts (no imports from either, so both may use them).

- `affirmed`: the one negation / future check for statements where "it was done / it is in place" matters
  (a subsidy awarded, the block draft naming the cluster, parts procured domestically);
- `SEMIANNUAL` / `CYCLE` / `is_semiannual`: monitoring cycles, and whether one meets 定期的（半期ごと等）;
- `bare_company_name`: a company name without its legal form, to find it where a draft names it again;
- `LEFT_TO_FIRMS`: a matter left to each firm's judgement (a claim or a ripple target the plan declines);
- `ARROW_MARK`: an arrow a line writes from one thing to the next (a value's change, a step after a condition);
  `ARROW_CHARS` its one-character arrows;
- `NOTE_MARK` / `NUMBERED_NOTE`: a note's mark at the start of a line (under the KGIs, under a KPI table);
- `KEY_INPUT` / `KEY_PARTS`: an input a firm buys, and one named its key input (「主要原料」「基幹の制御チップ」);
- `CUMULATIVE`: a figure named as a sum (累計・通算・延べ).
"""

from __future__ import annotations

import re
import unicodedata

ARROW_CHARS = "→⇒➡⇨"  # the one-character arrows (for a character class or `str.strip`)
ARROW_MARK = rf"(?:[{ARROW_CHARS}]|->|=>)"

# A note's mark at the start of a line: `NOTE_MARK` any mark, numbered or not (「※」「＊2」「注」: a note under the KGIs
# that may say how one was set); `NUMBERED_NOTE` a numbered 注/※ with what separates it from its text (「注1　KPIの
# 進捗は…」「※2：」), the mark a KPI table's notes carry — a bare 「注」 there may start a name (「注文件数」).
NOTE_MARK = re.compile(r"^\s*(?:※|＊|\*|注)\s*[0-9０-９]{0,2}")
NUMBERED_NOTE = re.compile(r"^\s*(?:注|※)\s*[0-9０-９]{1,2}[\s　:：.．)）]*(?=\S)")

# A statement that something is NOT (yet) done: negated, undecided, planned, or only being worked towards.
# Japanese puts this at the end of the clause, so it is looked for from the cue to the clause's end.
NOT_DONE = (
    r"(ない|なく|無く|なし|無し|せず|未定|未了|未採択|未決定|予定|検討中|検討を進め|検討して|検討する|今後|これから|"
    r"働きかけ|目指|めざ|見込|見通し|調整中|調整を進め|調整して|申請中|申請する|申請を行う|申請して|"
    r"提案する|提案して|ていく|ていきたい|たい[。]?$|を図る)"
)
# a clause that ends in a completed form closes the statement: "採択済みであり、今後…" is still done
_DONE_CLOSE = r"(済み?|済みであり|された|されて(?:おり|いる)|ており|ている|した|しており|している|しています|であり|となり|た)[、,]"


def affirmed(sentence: str, pattern: str) -> bool:
    """Whether `sentence` states what `pattern` names as done or in place, not as negated or future.

    The clause examined runs from the cue to the end of the sentence, or to an earlier clause that
    closes in a completed form; a not-done word in it (ない, 予定, 今後, 働きかけ, …) denies the cue.
    """
    s = unicodedata.normalize("NFKC", sentence)
    m = re.search(pattern, s)
    if not m:
        return False
    tail = s[m.start() :]
    close = re.search(_DONE_CLOSE, tail[len(m.group(0)) :])
    if close:
        tail = tail[: len(m.group(0)) + close.end()]
    head = s[: m.start()]
    # "今後、…" / "未だ…" before the cue in the same sentence also make it future
    if re.search(r"(今後|これから|将来的に)[、,]?[^、,。]*$", head) or re.search(r"(今後|これから)[、,]", head):
        return False
    return not re.search(NOT_DONE, tail)


# how a piece is to be built is left to a later decision (「令和9年度に方針を決定する」「事業主体を定める」): the readers
# read the piece as under consideration, and a year beside it is no date for the piece itself
DECIDED_LATER = r"(?:方針|方策|手法|整備主体|事業主体)[^。]{0,12}?(?:を)?(?:決定|決め|定め)"

# the plan leaves a matter to each firm's own judgement (「賃金の水準は各社の経営判断に委ねる」) — not 「委ねず」「委ねない」,
# which keep it in the plan: the readers read the matter as declined by the plan
LEFT_TO_FIRMS = r"(?:各社|各事業者|個社|個々の事業者|各企業|事業者|企業)の[^。]{0,6}?判断に委ね(?!ず|ない|ません)"


# an input a firm buys (原料, 部品, 装置 …), and one the plan names its key input (000 B.(2)③ 「必須又は高付加価値の部品・
# 技術・工程」): the key word qualifies the thing bought (「主要原料」「重要な部材」「基幹の制御チップ」), not a firm or
# anything else on the line (「中核企業の事務用品」)
KEY_INPUT = re.compile(r"原料|原材料|素材|材料|部材|部品|装置|設備|機械|機器|種苗|原種|飼料|糸|基板|チップ|エンジン|モーター")
KEY_PARTS = re.compile(
    rf"(?:主要|基幹|必須|主な|重要)(?:な|の)?[\u4e00-\u9fff\u30a0-\u30ff]{{0,6}}?(?:{KEY_INPUT.pattern}|技術|工程)"
)

# a figure the plan names as a sum (「累計」「通算」「延べ」): the readers read it as a total, the facts as no year's value
CUMULATIVE = re.compile(r"累計|累積|通算|総計|延べ")

# --- monitoring cycles -------------------------------------------------------------------
_MONTHS = r"(?:か|ヶ|ケ|カ|箇|ヵ)?月"
# 半期 = 6 months: parameters.yaml `semiannual_months` (kb validate checks that the two agree)
SEMIANNUAL_MONTHS = 6
_UP_TO_SEMIANNUAL = f"[1-{SEMIANNUAL_MONTHS}{'一二三四五六七八九'[:SEMIANNUAL_MONTHS]}]"
# checking at least every half year: 半期ごと, 半年に一度, 年2回, 上期・下期, 6か月ごと, 四半期, 毎月 …
SEMIANNUAL = (
    r"四半期(?:ごと|毎)?|毎四半期|(?:各|毎)半期|半期(?:ごと|毎|単位)|半期に[1一]?(?:回|度)|"
    r"半年(?:ごと|毎|おき)|半年に[1一]?(?:回|度)|(?:上半期|上期)(?:・|及び|と|、|\s)*(?:下半期|下期)|"
    rf"(?<![0-9一二三四五六七八九十]){_UP_TO_SEMIANNUAL}\s*{_MONTHS}(?:ごと|毎|おき|に[1一](?:回|度))|"
    r"毎月|月[1一]回|月に[1一](?:回|度)|月次|隔月|毎週|週[1一]回|"
    r"年に?(?:1[0-2]|[2-9]|十二|十|[二三四六])(?:回|度)|"
    # two months named for the meetings of a year: 「毎年6月・12月に開催」「（9月・3月）」
    r"(?<![0-9])(?:1[0-2]|[1-9])\s*月\s*(?:・|、|と|及び|および)\s*(?:1[0-2]|[1-9])\s*月(?!\s*(?:末|以降|まで|頃|中))"
)
# every cycle a plan may state (also used for the frequency of 伴走支援); only SEMIANNUAL meets the
# guidance's 定期的（半期ごと等）monitoring of KPIs
CYCLE = (
    SEMIANNUAL
    + r"|毎年度|年度ごと|毎年|年[1一](?:回|度)|年に[1一](?:回|度)|(?:12|十二)\s*"
    + _MONTHS
    + r"ごと|随時"
)


def is_semiannual(text: str | None) -> bool:
    """True when a monitoring cycle as written is at least half-yearly (半期ごと等): 年2回, 上期・下期 …"""
    return bool(text and re.search(SEMIANNUAL, unicodedata.normalize("NFKC", text)))


# --- names --------------------------------------------------------------------------------


# a company's legal form, written out or abbreviated (NFKC: 「㈱」 is 「(株)」); the one list of them
COMPANY_FORMS = r"株式会社|有限会社|合同会社|合資会社|合名会社|\((?:株|有|合|同)\)"
LEGAL_FORM = re.compile(COMPANY_FORMS)

# bodies that are not local governments (the plans are written by 都道府県・市町村: 000 B.(4)①, C.(4)①): the one list, read
# by the cover reader (a bare 「策定：」 may name one) and by the author facts
NON_GOVERNMENT_BODY = re.compile(
    rf"{COMPANY_FORMS}|協議会|協会|DMO|一般社団法人|一般財団法人|公益社団法人|公益財団法人|\(一社\)|\(一財\)|"
    r"商工会|会議所|機構|実行委員会|推進会議|NPO|法人|組合(?!.*(?:広域連合|一部事務組合))|"
    # an association by its name's end (「…産業連合会」「…振興会」「…工業会」): no local government is called 会 (a 議会 is
    # its assembly, not an author)
    r"(?<!議)会$"
)
_NOTE_AT_END = re.compile(r"\([^()]*\)$")  # 「(NCX)」「(甲府市)」 after a name


def bare_company_name(name: str) -> str:
    """A company name without its legal form or a note after it, as drafts write it the second time
    ("中部モーションドライブ" of 「中部モーションドライブ株式会社（浜松市）」)."""
    n = unicodedata.normalize("NFKC", name).strip()
    bare = _NOTE_AT_END.sub("", LEGAL_FORM.sub("", n).strip()).strip()
    return bare if len(bare) >= 2 else n
