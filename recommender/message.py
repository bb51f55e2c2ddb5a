"""The body of a desk message: what a mail, an inquiry form or a chat wraps around the question is not the question.

Questions reach the desk as forwarded e-mails (「件名：ご相談」, 「いつもお世話になっております。」, 「以上、よろしくお願い
いたします。」) and web forms (「【お問い合わせ種別】支援制度について」「【お問い合わせ内容】」「お名前：…」). Read as the
question, their words (相談, 問い合わせ, 支援制度) bring the general desks ahead of what is asked. `body` keeps what the
sender wrote about the matter: a label's name goes and its value stays (「業種：水産加工」 says the sector), unless the
label only says who or where the sender is (名前, 電話, メール, 住所) or the value is only a word of asking
(「ご相談」「支援制度について」); greetings and closing formulas go (general knowledge of Japanese business mail).
"""

from __future__ import annotations

import functools
import re

from chiiki_mirai.recommender.asks import SENTENCE_BREAK
from chiiki_mirai.recommender.tokenize import tokens


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# labels of a mail's subject, which names the matter (read by `subject`)
SUBJECT_LABELS = ("件名", "題名", "タイトル", "用件", "ご用件", "subject")
_LABEL = ("|".join(SUBJECT_LABELS) + r"|種別|お問い合わせ種別|問い合わせ種別|相談種別|カテゴリー?|区分|分類|"
          r"内容|本文|お問い合わせ内容|問い合わせ内容|ご相談内容|相談内容|ご質問内容|質問内容|ご質問|質問|ご相談|相談|"
          r"業種|事業内容|従業員数|所在地|地域")
# labels of who or where the sender is: the whole line goes (names and numbers are no part of the matter)
_CONTACT = (r"お名前|氏名|ご氏名|名前|担当者名?|ご担当者|会社名|事業者名|団体名|貴社名|所属|部署|役職|電話(?:番号)?|tel|fax|"
            r"携帯|メールアドレス|メール|e-?mail|住所|ご住所|郵便番号|宛先|差出人|送信者|送信(?:日時)?|日時|受付(?:日時)?|"
            r"受付番号|from|to|cc|date|返信希望|希望連絡方法|連絡方法")
CONTACT_LINE = re.compile(rf"^\s*[■●◆◇□・\-]?\s*(?:【(?:{_CONTACT})】|(?:{_CONTACT})\s*[：:])", re.I)
LABEL_NAME = re.compile(rf"^\s*[■●◆◇□・\-]?\s*(?:(?:{_LABEL})\s*[：:]|【[^】\n]{{1,20}}】)\s*", re.I)
# a whole sentence's start that is not inside brackets (a greeting quoted, 「いかがお過ごしでしょうか。」と声をかける, is
# the matter's)
_BRACKETS = "「」『』（）()"
_OPENING = r"(?:^|(?<=[。！？!?\s]))"
# bounded look-ahead: a quoted greeting closes its bracket within a sentence or two, and an unbounded one would scan to the
# end of the text after every greeting (quadratic on a long paste of greetings)
_UNQUOTED = r"(?![^「『（(]{0,120}[」』）)])"
# occasions an earlier meeting is named by, which say nothing of the matter
_OCCASIONS = "|".join(("商談会", "展示会", "説明会", "相談会", "セミナー", "研修会?", "会議", "会合", "打ち合わせ", "打合せ",
                        "面談", "ご来訪", "ご訪問", "訪問", "見学会?", "イベント", "交流会", "懇親会", "お電話", "電話"))
# greetings and closing formulas of business mail and chat
COURTESY = re.compile(
    r"(?:いつも|平素は|平素より|日頃より|日頃は|大変)?(?:たいへん)?お世話に(?:なって|なり)(?:おり|い)ます[。！!]?"
    r"|お疲れ(?:様|さま)です[。！!]?"
    r"|(?:突然の)?ご連絡(?:を)?失礼(?:いた|致)?します[。！!]?"
    r"|(?:お忙しい|ご多忙の|お手数の?かかる)(?:ところ|中|折)[^。\n、]{0,12}(?:恐縮|恐れ入り|申し訳|すみません)[^。\n、]{0,8}[がけど]+[、，]?"
    r"|(?:何卒|なにとぞ|どうぞ|どうか|引き続き)?(?:よろしく|宜しく)お願い(?:いた|致)?し?(?:ます|申し上げます)[。！!]?"
    # a mail's opening sentences of thanks, of a long silence, of the season and of an earlier meeting (「いつもありがとう
    # ございます。」「ご無沙汰しております。」「寒くなってまいりましたが、いかがお過ごしでしょうか。」「先日の商談会では
    # お世話になりました。」): whole sentences only — the season's question is no request
    rf"|{_OPENING}(?:いつも|毎度|先日は|平素より)?(?:誠に|大変|本当に)?ありがとうございま(?:す|した)[。！!]{_UNQUOTED}"
    rf"|{_OPENING}ご無沙汰(?:して|いた)?(?:おり|い)?ます[。！!]{_UNQUOTED}"
    rf"|{_OPENING}[^。！？!?\s{_BRACKETS}]{{0,25}}(?:いかが|如何)お過ごしでしょうか[。？?]{_UNQUOTED}"
    # an earlier meeting named by its occasion only (「先日は」「先日の商談会では」「その節は」): one that names the matter
    # (「先日は海外展開の件で」) is background of the question and stays
    rf"|{_OPENING}(?:先日|先週|先月|先般|この間|その節)(?:は|の(?:{_OCCASIONS})(?:では|で|の際は|の折は|には)?)?"
    rf"(?:大変|たいへん|誠に)?お世話になりました[。！!]{_UNQUOTED}"
    # a chat's opening that only says a question comes (「すみません、質問です。」「ご相談があります。」)
    r"|^(?:すみません|すいません|失礼します|恐れ入ります)?[、，\s]*(?:ご?質問|ご?相談|お?問い?合わ?せ)"
    r"(?:です|があります|させてください|させて下さい|があって|があるのですが)[。！!]?")
# what is left of a closing line (「以上、」)
LEFTOVER = re.compile(r"^[\s、。，．！!]*(?:以上(?:です)?)?[\s、。，．！!]*$")
# words that only say there is a question (ご相談, お問い合わせ, 支援制度について): a line of them alone is no matter
ASKING_WORDS = _words("相談 問い合わせ 問合せ 質問 照会 確認 依頼 件 支援 制度 支援制度 補助 補助金 施策 お願い 願い 事項 "
                      "その他 一般 について 関する 関係 連絡 ご")
# a sentence made only of these (normalised forms) says that a question comes, not what it is: 「今回は一件、ご相談させて
# ください。」「以下の件についてご相談します。」「質問させてください。」; one of ANNOUNCING must be in it
ANNOUNCING = _words("相談 質問 問い合わせ 問合せ 照会 伺う 尋ねる 教える")
ANNOUNCEMENT = ANNOUNCING | _words("件 点 つ 1 2 3 一 二 三 一寸 少々 今回 今日 本日 其の 此の 中 以下 下記 次 御 下さる 願う 願い "
                                   "させる 頂く 致す 少し 幾つ 為る")
SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
# a mail's subject (件名：…) names the matter; on its own line it is the line, and written on the body's line it ends
# where the body's greeting begins or at the space before the body's first sentence: never after that sentence
SUBJECT_LABEL = re.compile(rf"^\s*(?:{'|'.join(SUBJECT_LABELS)})\s*[：:]\s*", re.I)
SPACES = re.compile(r"[ \t\u3000]+")


@functools.lru_cache(maxsize=2048)
def body(query: str) -> str:
    """The question without its mail and form wrapping (or the whole text when nothing would be left)."""
    lines = []
    for line in query.splitlines():
        if CONTACT_LINE.match(line):
            continue
        value = LABEL_NAME.sub("", line, count=1)
        if SUBJECT_LABEL.match(line):
            value = _subject_apart(value)
        if value != line and _only_asking(value):
            continue  # 「件名：ご相談」「【お問い合わせ種別】支援制度について」
        value = "".join(x for x in SENTENCE.findall(COURTESY.sub("", value)) if not _announcement(x)).strip()
        if not LEFTOVER.match(value):
            lines.append(value)
    return "\n".join(lines) or query


def _subject_apart(value: str) -> str:
    """A subject written on the body's line as a sentence of its own (「網を直したい。」 then the body), or only the
    body when the subject only says there is a question (「ご相談」)."""
    head, tail = split_subject(value)
    if not tail:
        return value
    if _only_asking(head):
        return tail
    return f"{head}{'' if SENTENCE_BREAK.search(head[-1:]) else '。'}\n{tail}"


def split_subject(value: str) -> tuple[str, str]:
    """A subject line's value (after 件名：) cut into the subject and the body written on its line ("" when none): the
    body begins at its greeting (「設備投資について お世話になっております。」) or else after the last space before its
    first sentence's end (「補助金　申請について　弊社は…。」); a value with no space before that end is one sentence."""
    value = value.strip()
    greeting = COURTESY.search(value)
    end = SENTENCE_BREAK.search(value)
    if greeting and greeting.start() > 0 and (not end or greeting.start() < end.end()):
        return value[: greeting.start()].strip(), value[greeting.start():].strip()
    if not end:
        return value, ""
    spaces = [m for m in SPACES.finditer(value, 0, end.start())]
    cut = spaces[-1] if spaces else None
    if cut is None:
        return value[: end.end()].strip(), value[end.end():].strip()
    return value[: cut.start()].strip(), value[cut.end():].strip()


@functools.lru_cache(maxsize=2048)
def subject(query: str) -> str:
    """The subject a mail gives its matter (「件名：網を直したい」 → 網を直したい), "" when it has none or its subject
    only says there is a question (「件名：ご相談」)."""
    for line in query.splitlines():
        m = SUBJECT_LABEL.match(line)
        if m:
            value = split_subject(line[m.end():])[0]
            return "" if _only_asking(value) else value
    return ""


def _announcement(sentence: str) -> bool:
    """The sentence only announces a question (「ご相談させてください。」), naming nothing of it."""
    norms = {t.norm for t in tokens(sentence) if t.content}
    return bool(norms & ANNOUNCING) and norms <= ANNOUNCEMENT


def _only_asking(value: str) -> bool:
    """A label's value says only that there is a question (「ご相談」「支援制度について」「補助金の件」)."""
    return all(t.norm in ASKING_WORDS or t.surface in ASKING_WORDS for t in tokens(value) if t.content)
