"""Who is asking, said before the question: not a need.

A desk question often opens by saying who asks or who passed it on: 「〇〇商工会議所の経営指導員です。」, 「県の産業政策課
です。」, 「佐藤鉄工所 佐藤様より電話。」, 「水産加工の社長さんから。」, 「会員さん（…）からの相談を転送します。」. Those words
name the asker's job (経営指導員: 指導, 商工会議所) and are no need: read as needs, they bring needs nobody has (a 指導 of the
labour inspectorate). The needs are read in what follows (`without_asker`); the whole text still names the field and
the measures' own words.

An intermediary (a bank, a chamber of commerce, a support centre) often says what it does itself before passing on
its client's need: 「当金庫では事業性評価に基づく融資に力を入れていますが、取引先の…」, 「当所では毎月セミナーを開いて
います。」, 「当金庫の融資と組み合わせられる補助は」. Its own work and its own products are no need of the client
(`without_own_work`); what it wishes to do itself (当所でもセミナーを企画したい) still is.

A telephone note often names who said it after what was said: 「…商売できないかって若い人が言ってる」, 「…助けてもらえない
かってお母さんから」, 「…赤字って水産加工の社長。」, 「…施設を作りたいと町が言ってる」. That speaker (若い人, お母さん) is no
need either (`without_speaker`): 若い人 would bring the young people's measures to a question about recycling.
"""

from __future__ import annotations

import re

from chiiki_mirai.recommender.intent_words import names_market
from chiiki_mirai.recommender.tokenize import tokens

MAX_OPENING = 2  # opening sentences looked at
MAX_CHARS = 70  # an opening longer than this is the question itself
# a relay: who called, wrote or sent it (…より電話。 …から。 …からの相談を転送します。 …からご相談がありました。)
RELAY = re.compile(r"(より|から)(の)?(お?電話|ご?連絡|ご?相談|メール|お?問い合わせ)?(を転送します|がありました|を受けました|です)?。$")
BRACKETS = re.compile(r"[(（]")
COPULA = ("です。", "でございます。")
# what a self-introduction is made of: nouns and the particles of a name (〇〇市の商工観光課の担当は私です is rare)
INTRO_POS = frozenset({"名詞", "接頭辞", "接尾辞", "補助記号", "記号", "空白"})
INTRO_PARTICLES = frozenset({"の", "は", "で"})
SECTION = re.compile(r"(?:課|室|係|部|局|班|支所|事務所|センター|担当|課長|係長|部長|室長|主査|主事)$")  # a section or a post
# an intermediary naming itself (当金庫, 当行, 弊行, 当所, 当会, 当センター, 当機構, 当庫)
OWN = r"(?:(?:当|弊)(?:金庫|信金|行|所|会|センター|機構|庫|財団|公社)|私ども|わたくしども)"
NOUN_RUN = r"[一-龥々ァ-ヶーA-Za-z]+"
# …its ongoing work, said as a statement (では…に力を入れていますが、 / の地域創生室では…をしております。), not a wish (たい)
OWN_WORK = re.compile(OWN + r"(?:の" + NOUN_RUN + r")?(?:では|でも|は|も|として)(?:(?!たい)[^。])*?(?:て|で)(?:います|いる|おります|おる)"
                      r"(?:が|けど|けれど)?[、。，]?")
# …and its own product (当金庫の融資): the noun after it
OWN_THING = re.compile(OWN + r"の" + NOUN_RUN)
# a speaker named after what was said: …って〈noun phrase〉(が言ってる|から|。) or …と〈noun phrase〉が言ってる — the quoted
# って may end on a noun phrase naming a person or a body (…赤字って水産加工の社長。, …ってお母さんから), else a verb of
# saying is needed (…ってロボット導入？ asks about the need itself); after と a bare noun is a list (用地と工場。,
# 新商品の相談と販路開拓より。), so a verb of saying is needed there; a question (？) is never a speaker's name
SAID = r"(?:が|から|より|も)?(?:言って(?:る|いる|います|た|ました|ます)|話して(?:る|いる|います)|言う|言った)"
SPEAKER = re.compile(r"(?:って(?P<q>[^、。，？?！!「」]{1,20}?)(?:(?P<said>" + SAID + r")|が|から|より)?"
                     r"|と(?P<t>[^、。，？?！!「」]{1,20}?)(?P<told>" + SAID + r"))(?=[。．！!\s]|$)")
# the last word of a noun phrase naming who someone is: a person, a post, a family member, a body (general knowledge)
PERSON = re.compile(r"(?:人|者|さん|様|さま|ちゃん|くん|母|父|親|息子|娘|嫁|夫|妻|家族|仲間|先生|社長|店主|会長|組合長|"
                    r"[職店主員長師]|町|市|村|県|国|役場|役所|漁協|農協|森林組合|組合|協会|商工会|会議所|会社|業者|企業)$")


# a noun phrase opening a sentence (or a line), then が・は and a comma: whose need is reported
REPORTED = re.compile(r"(?:^|(?<=[。！？!?\n]))(?P<who>[^、，。！？!?「」\n]{1,30}?)(?:が|は)[、，]")
REPORTED_WHO = re.compile(PERSON.pattern + r"|メーカー$")


def without_asker(query: str, bracketed: bool = False) -> str:
    """The question without its opening sentences that say who asks or who passed it on (or the whole question when
    nothing else is left). An opening that says in brackets what the business is (個人, 精密板金・従業員14名) tells of
    the need and is kept, unless bracketed (then it goes too: it is still no sentence of the request)."""
    rest = query.lstrip()
    for _ in range(MAX_OPENING):
        end = rest.find("。")
        if end < 0 or end + 1 > MAX_CHARS or not rest[end + 1 :].strip():
            break
        first = rest[: end + 1]
        if (BRACKETS.search(first) and not bracketed) or not (RELAY.search(first) or _introduction(first)
                                                              or _heading(first)):
            break
        rest = rest[end + 1 :].lstrip()
    return rest


def without_speaker(text: str) -> str:
    """The text without the speaker a note names after what was said (…って若い人が言ってる → …って), nor the one whose
    need a sentence reports, named before it (取引先の社長が、…たいとのこと → …たいとのこと)."""
    rest = without_reported(text)
    return SPEAKER.sub(_speaker_cut(rest), rest)


def without_reported(text: str) -> str:
    """The text without the noun phrase that opens a sentence naming whose need it reports, before が・は and a comma
    (「取引先の社長が、」「会員さんは、」「町の建設会社が、」): a client, a member, a body is who has the need, and its name
    (取引先, 会員) is no need of its own. A phrase saying what someone did (牡蠣が全滅しかけた漁業者が、) is kept, and so is
    one before から (「家主から、出てほしいと言われた」 names the other party of the matter, whose word may tell the need).
    A market the phrase names stays (海外の商社の人が、 → 海外の): where the client would sell is part of its need."""
    return REPORTED.sub(_reported_cut, text)


def _reported_cut(m: re.Match) -> str:
    """What stays of a REPORTED match: nothing, or the market its phrase names (海外のバイヤーさんが、 → 海外の: where
    the client sells is part of the need), or all of it when the phrase is only a market (中国は、) or no one."""
    who = m.group("who")
    if not (_noun_phrase(who) and REPORTED_WHO.search(who)):
        return m.group(0)
    content = [t for t in tokens(who) if t.content]
    markets = [t.surface for t in content if names_market(t)]
    if markets and len(markets) == len(content):
        return m.group(0)
    return "".join(w + "の" for w in markets)


def _speaker_cut(text: str):
    """The replacement for a SPEAKER match in text: the match without the speaker's name, or the match kept."""
    quoting = _particle_starts(text)

    def cut(m: re.Match) -> str:
        who = m.group("q") if m.group("q") is not None else m.group("t")
        if m.start() not in quoting or not _noun_phrase(who):  # 狙って新工場: a verb's て form, no quotation
            return m.group(0)
        if not (m.group("said") or m.group("told") or PERSON.search(who)):  # 省力化の相談ってDX: the matter, no one
            return m.group(0)
        return m.group(0)[: 2 if m.group("q") is not None else 1]
    return cut


def _particle_starts(text: str) -> set[int]:
    """Offsets of the particles って and と in the text (not the って of a verb's て form: 狙って)."""
    out, pos = set(), 0
    for t in tokens(text):
        at = text.find(t.surface, pos)
        if at < 0:
            continue
        if t.pos == "助詞" and t.surface in ("って", "と"):
            out.add(at)
        pos = at + len(t.surface)
    return out


def _noun_phrase(words: str) -> bool:
    """Nouns, their prefixes and suffixes, the particle の and adjectives before them (若い人) only: who someone is."""
    toks = tokens(words)
    return bool(toks) and toks[-1].pos in INTRO_POS and all(
        t.pos in INTRO_POS or t.surface == "の" or t.pos == "形容詞" for t in toks)


def _heading(sentence: str) -> bool:
    """「○○市 企画調整課。」: a memo's heading that names the section asking — nouns only, ending on a section's name."""
    toks = [t for t in tokens(sentence.rstrip("。")) if t.pos not in ("補助記号", "記号", "空白")]
    return bool(toks) and all(t.pos in INTRO_POS or t.surface in INTRO_PARTICLES for t in toks) and bool(
        SECTION.search(toks[-1].surface))


def _introduction(sentence: str) -> bool:
    """「X の Y です。」: a name of a person, a post or an organisation and the copula, nothing else."""
    body = next((sentence[: -len(c)] for c in COPULA if sentence.endswith(c)), None)
    if not body:
        return False
    toks = tokens(body)
    return bool(toks) and all(t.pos in INTRO_POS or t.surface in INTRO_PARTICLES for t in toks)


def without_own_work(text: str) -> str:
    """The text without what the intermediary passing the need on says of its own work and its own products."""
    return OWN_THING.sub("", OWN_WORK.sub("", text))
