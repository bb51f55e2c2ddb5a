"""Products described in other words: nearest paraphrase by shared words, weighted by rarity.

Each product of the 17 fields has its name, synonyms and keywords (knowledge/data/fields.yaml) and the
everyday paraphrases of resources/phrases/p*_products.yaml (written by four independent writers, frozen
before use) and e2_products.yaml (a third set by the engineer, marked as such: suppliers, customers, plain
verbs). A text is compared with every paraphrase as sets of SudachiPy content words (normalised forms,
plus the short units of compounds): the cosine of their IDF-weighted indicator vectors, where a word's IDF is
over products (a word used for many products says little). A product's score is its best paraphrase's.

What a text's word counts for follows word_places: a word the text names as a technology it *uses*
(「ドローンで撮影する農家」 is not 無人航空機) and a unit that only modifies the noun after it in a compound
(漫画 in 漫画喫茶, 衛星 in 衛星放送) are left out. A paraphrase is matched as a whole: when the text lacks the
paraphrase's most telling word, or shares only one of its several words (菓子 with 「パンや菓子の製造ライン」),
its score is cut (MISSING_TOP, ONE_OF_MANY). A term that would keep only its head once its general or
numeral modifier is dropped (開発製造受託 → 受託, 一次原料 → 原料) is no paraphrase (reduced_to_head).
A word a paraphrase says is absent (海のない県, 運転手のいないバス, 書かない窓口) is met only by a text saying the
same lack (absent_tokens).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import yaml

from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.recommender.kb_indexes import built_once
from chiiki_mirai.recommender.tokenize import Token, fold, tokens
from chiiki_mirai.recommender.word_places import LACKING, compound_parts, noun_units, spans, used_tokens


def _split(words: str) -> list[str]:
    return words.split()


PHRASES = Path(__file__).with_name("resources") / "phrases"
# words too general to tell products apart however rare they are among the phrases
GENERAL = frozenset(fold(w) for w in _split(
    "つくる 作る 造る 育てる 開発 製造 生産 会社 企業 工場 技術 使う 仕組み 向け 用 事業 "
                    "サービス 新しい 地域 地元 町 市 県 国 国内 日本 売る 販売 "
                    # where it is sold is any product's market, not what it is (植物工場システムの海外輸出 is no
                    # paraphrase of 吟醸酒を海外へ輸出)
                    "海外 輸出 全国 世界 "
                    # adopting or using something says the text uses it, not what the product is (a chatbot 導入 at
                    # an inn is no paraphrase of 電子処方箋の導入; use is an AX need, issue 15)
                    "導入 対応 "
                    # the plans' own vocabulary: every plan has it, whatever its field
                    "産業 計画 プラン 素案 候補 提案 戦略 クラスター プロジェクト 地場 成長 強化 推進"))
# one-character words that name no product (counters, positions, time)
NOISE = frozenset(_split("年 月 日 時 分 中 上 下 前 後 内 外 間 方 人 者 等 的 円 件 社 回 度 目 個 台 本 枚 点 次 初 毎 各 当"))
# the honorific prefix (お届け, お肉, ご案内; normalised 御) names nothing: 「蒲焼きをお届け」 shares no word with 「大豆で作るお肉」
HONORIFIC = frozenset({"御"})
NUMERAL = re.compile(r"^[0-9０-９一二三四五六七八九十百千万億兆〇]+$")
KINDS = PHRASES.parent / "kinds.yaml"
# a noun before these and a negation is said to be absent (海のない県, 運転手のいない・いらないバス, 水も無い): normalised forms
ABSENT_PARTICLES = frozenset({"の", "が", "も"})
BEING = frozenset({"居る", "有る", "要る", "いる", "乗る"})  # のいない, のある…ない, のいらない; 運転手が乗らない (is not aboard)
NEGATION = frozenset({"無い", "ない", "ず", "ぬ"})
ABSENT_MARK = "¬"


def _kinds(path: Path = KINDS) -> dict[str, str]:
    """folded member → folded kind word (サーモン → 魚): a kind named counts as its kind's word too (e4, general)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {fold(m): fold(str(kind)) for kind, members in raw.items() for m in members or []}


KIND_OF = _kinds()
SAME_WORDS = PHRASES.parent / "same_words.yaml"
SAME_AS = _kinds(SAME_WORDS)  # folded word → the folded head it is the same thing as (粉 → 粉末)
MISSING_TOP = 0.6  # the paraphrase's most telling word is not in the text
# a paraphrase of a machine (食品加工機械, 食品加工の装置メーカー) against a text that names no machine
# (ホタテの加工会社): the text is about the work the machine does, not about making the machine
MACHINE = frozenset(fold(w) for w in _split("機械 装置 機器 設備 ライン 機 ロボット"))
NO_MACHINE = 0.5
# kinds a text names only as what its machine works on: a foodstuff is 食品 in 「ホタテの貝柱を殻から外す機械」, not in
# 「菓子製造の新工場」 (新食品) or 「ホタテの加工場」 (食品加工)
MACHINE_KINDS = frozenset({fold("食品")})
ONE_OF_MANY = 0.5  # the text shares one word of a paraphrase of several


@functools.lru_cache(maxsize=65536)
def _forms(t: Token, whole: bool) -> frozenset[str]:
    """The folded forms one (short) unit contributes, or none for a particle, a counter or a general word."""
    if not t.content or (t.pos == "接尾辞" and len(t.surface) == 1) or (t.pos == "接頭辞" and t.norm in HONORIFIC):
        return frozenset()
    # a word whose normalised form is general is general however it is inflected or written (使った is 使う, not a
    # word 使っ of its own; 育てて is 育てる)
    if fold(t.norm) in GENERAL:
        return frozenset()
    out = set()
    for f in {fold(t.norm), fold(t.surface)}:
        if not f or NUMERAL.match(f):
            continue
        if len(f) == 1 and (not whole or f in NOISE or f.isascii()):
            continue
        out.add(f)
    return frozenset(out | {SAME_AS[f] for f in out if f in SAME_AS})


def absent_tokens(toks: tuple[Token, ...]) -> frozenset[int]:
    """Indexes of the words said to be absent or not done: a noun before の/が (居)ない (海のない県, 運転手のいないバス) or
    before なし・不要・不在 (運転手なしで), and a verb before a negation (書かない窓口). The paraphrase names the thing by what it lacks."""
    out = set()
    for k, t in enumerate(toks):
        nxt = [x.norm for x in toks[k + 1 : k + 4]]
        if t.pos == "名詞" and t.content and nxt[:1] and nxt[0] in LACKING:
            out.add(k)  # 運転手なしで走るバス: said without the driver, as 運転手のいないバス
        elif t.pos == "名詞" and t.content and nxt[:1] and toks[k + 1].surface in ABSENT_PARTICLES:
            rest = nxt[1:]
            if rest[:1] and (rest[0] in NEGATION or (rest[0] in BEING and rest[1:2] and rest[1] in NEGATION)):
                out.add(k)
        elif t.pos == "動詞" and t.norm not in BEING and nxt[:1] and nxt[0] in NEGATION and toks[k + 1].pos == "助動詞":
            out.add(k)
    return frozenset(out)


def _absent(forms: set[str]) -> set[str]:
    """The forms of a word said to be absent: met only by a word said to be absent (海のない県 is no 海 of a sea farm,
    書かない窓口 no 書く of a newspaper that wrote)."""
    return {ABSENT_MARK + f for f in forms}


def phrase_units(text: str) -> list[set[str]]:
    """A paraphrase's words, one set of forms per short unit (a compound token also counts as a whole)."""
    units: list[set[str]] = []
    toks = tokens(text)
    gone = absent_tokens(toks)
    for k, t in enumerate(toks):
        parts = compound_parts(t)
        if parts:
            whole = _forms(t, True)
            got = [f | whole for f in (_forms(u, False) for u in parts) if f]
        else:
            f = _forms(t, True)
            got = [f] if f else []
        units += [_absent(f) for f in got] if k in gone else got
    return units


def reduced_to_head(text: str) -> bool:
    """A term whose telling modifier is a general word or a numeral, so that only its head would count.

    開発製造受託 → 受託, 一次原料 → 原料, 6Gの研究 → 研究: the head alone names an activity or a material of any
    industry, not the product. Such a term is no paraphrase (the lexicon still matches it whole); a term that
    loses only its general head keeps its telling word (ワクチン工場 → ワクチン, 発酵生産 → 発酵)."""
    content = [t for t in tokens(text) if t.content]
    return len(content) > 1 and not _forms(content[0], True) and len(phrase_units(text)) == 1


def words(text: str, skip: set[int] | None = None) -> set[str]:
    """The content words a text counts with: less the tokens in skip and the units that only modify the next; a kind
    the text names counts as its kind's word too (チョウザメ → 魚; not on the paraphrases' side, where a kind named
    alone, バナメイエビ, would turn into any fish)."""
    return with_kinds(named_words(text, skip))


def with_kinds(named: set[str]) -> set[str]:
    """The words named and the kinds' words they name (words() of the text they were read from)."""
    machine = any(_machine(w) for w in named)
    return named | {KIND_OF[f] for f in named if f in KIND_OF and (machine or KIND_OF[f] not in MACHINE_KINDS)}


def named_words(text: str, skip: set[int] | None = None) -> set[str]:
    """words() less the kinds' words the text does not name itself."""
    out: set[str] = set()
    toks = spans(text).toks
    gone = absent_tokens(toks)
    marks = {k + 1 for k in gone if k + 1 < len(toks) and toks[k + 1].norm in LACKING}  # the なし of 運転手なし
    for u in noun_units(text):
        if u.modifier or (skip and u.token in skip) or u.token in marks:
            continue
        got = _forms(u.tok, u.whole)
        if not u.whole:  # the whole compound token too (漫画喫茶), once its head unit counts
            got |= _forms(spans(text).toks[u.token], True)
        out |= _absent(got) if u.token in gone else got
    return out


def uncounted_tokens(text: str, terms: set[str]) -> set[int]:
    """Tokens the text uses as a tool, and knowledge terms that only modify another noun (量子 in 量子化学計算)."""
    sp_ = spans(text)
    out = used_tokens(sp_)
    for i, t in enumerate(sp_.toks):
        if fold(t.surface) in terms and not sp_.counts_at(i + 1):
            out.add(i)
    return out


def product_phrases(path: Path = PHRASES) -> dict[str, list[str]]:
    """product id → the paraphrases (every *_products.yaml: the writers' p* and the engineer's e*)."""
    out: dict[str, list[str]] = {}
    for p in sorted(path.glob("*_products.yaml")):
        for pid, phrases in (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).items():
            out.setdefault(str(pid), []).extend(str(x) for x in phrases or [])
    return out


@dataclass(frozen=True)
class ParaphraseMatch:
    product: str
    score: float  # cosine of the best paraphrase, 0-1, cut when the match is partial
    phrase: str


class ParaphraseIndex:
    def __init__(self, kb: KnowledgeBase):
        written = product_phrases()
        rows: list[tuple[str, str, list[set[str]]]] = []
        for f in kb.fields:
            for p in f.products:
                for text in [p.name, *p.synonyms, *p.keywords, *written.get(p.id, [])]:
                    units = phrase_units(text)
                    if units and not reduced_to_head(text):
                        rows.append((p.id, text, units))
        df: dict[str, set[str]] = {}
        for pid, _, units in rows:
            for w in set().union(*units):
                df.setdefault(w, set()).add(pid)
        n = max(len({pid for pid, _, _ in rows}), 1)
        self.idf = {w: math.log(1 + n / len(ps)) for w, ps in df.items()}
        self.col = {w: i for i, w in enumerate(sorted(self.idf))}
        self.products = sorted({pid for pid, _, _ in rows})
        prow = {pid: i for i, pid in enumerate(self.products)}
        r, c, v = [], [], []
        for i, (_, _, units) in enumerate(rows):
            ws = set().union(*units)
            norm = math.sqrt(sum(self.idf[w] ** 2 for w in ws))
            for w in ws:
                r.append(i)
                c.append(self.col[w])
                v.append(self.idf[w] / norm)
        self.matrix = sp.csr_matrix((v, (r, c)), shape=(len(rows), len(self.col)))
        self.row_norm = np.array([math.sqrt(sum(self.idf[w] ** 2 for w in set().union(*units)))
                                  for _, _, units in rows])
        self.owner = np.array([prow[pid] for pid, _, _ in rows])
        self.texts = [t for _, t, _ in rows]
        # per row: each unit's forms and weight (its rarest form's IDF), heaviest first
        self.units = [sorted(((u, max(self.idf[w] for w in u)) for u in units), key=lambda x: -x[1])
                      for _, _, units in rows]
        self.machine = [any(u & MACHINE for u in units) for _, _, units in rows]

    def _partial(self, row: int, ws: set[str], machine: bool) -> float:
        """The cut for a paraphrase the text matches only in part (1.0 when it has its telling words); machine: the
        text names a machine."""
        units = self.units[row]
        covered = [bool(u & ws) for u, _ in units]
        cut = 1.0
        if not covered[0] and units[0][1] > units[-1][1]:
            cut *= MISSING_TOP
        if len(units) > 1 and sum(covered) == 1:
            cut *= ONE_OF_MANY
        if self.machine[row] and not machine:
            cut *= NO_MACHINE
        return cut

    def match(self, text: str, top: int = 5, skip: set[int] | None = None,
              denied: frozenset[str] = frozenset()) -> list[ParaphraseMatch]:
        """The products whose paraphrases share rare words with text (less the tokens in skip), best first; a
        paraphrase naming a word in denied (one the text names as something else) is not matched."""
        named = named_words(text, skip)
        ws = {w for w in with_kinds(named) if w in self.col}
        if not ws:
            return []
        norm = math.sqrt(sum(self.idf[w] ** 2 for w in ws))
        vec = np.zeros(len(self.col))
        for w in ws:
            vec[self.col[w]] = self.idf[w] / norm
        machine = any(_machine(w) for w in ws)
        sims = self.matrix @ vec
        cover = sims * norm / self.row_norm  # Σ idf² of the shared words / Σ idf² of the paraphrase's
        best = np.full(len(self.products), -1.0)
        arg = np.full(len(self.products), -1)
        for i in np.argsort(-cover, kind="stable")[: 40 * top]:
            if cover[i] <= 0:
                break
            # the geometric mean of the cosine and the share of the paraphrase the text covers: a long text
            # (a question, a plan) that contains a whole paraphrase is not drowned by its other words
            # a kind's word (魚 for サバ) completes a paraphrase the text shares another word with; alone it is any fish
            if not any(u & named for u, _ in self.units[i]) or any(u & denied for u, _ in self.units[i]):
                continue
            s = math.sqrt(sims[i] * cover[i]) * self._partial(int(i), ws, machine)
            o = self.owner[i]
            if s > best[o]:
                best[o], arg[o] = s, i
        found = [ParaphraseMatch(self.products[o], float(best[o]), self.texts[arg[o]])
                 for o in np.flatnonzero(best > 0)]
        found.sort(key=lambda m: (-m.score, m.product))
        return found[:top]


def _machine(word: str) -> bool:
    """A word that names a machine: one of MACHINE or a compound ending in one (選別機, 検査装置, 加工ライン)."""
    return word in MACHINE or any(word.endswith(m) for m in MACHINE)


def paraphrase_index(kb: KnowledgeBase) -> ParaphraseIndex:
    return built_once(kb, "_paraphrase_index", lambda: ParaphraseIndex(kb))
