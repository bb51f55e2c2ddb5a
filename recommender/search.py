"""The desk's free-text questions ("漆器を海外に売りたい", "工業用水が足りない") → measures with contacts."""

from __future__ import annotations

import functools
from dataclasses import replace

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import CategoryId
from chiiki_mirai.recommender.asker import without_asker, without_own_work, without_speaker
from chiiki_mirai.recommender.asks import SENTENCE_BREAK, asked_in_subject, asks, interleave, request_part
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.desk_words import contribution, measure_words
from chiiki_mirai.recommender.explain import recommendation
from chiiki_mirai.recommender.industry_named import UNNAMED_SHARE, unnamed_industry
from chiiki_mirai.recommender.intents import (
    CONTEXT_OF,
    GENERIC_NEEDS,
    NEED_LABELS,
    NEED_THEMES,
    NeedMatch,
    intent_index,
    need_measures,
)
from chiiki_mirai.recommender.message import body, subject
from chiiki_mirai.recommender.named_measures import named_measures
from chiiki_mirai.recommender.needs import match_needs
from chiiki_mirai.recommender.outside import outside_need
from chiiki_mirai.recommender.paraphrases import phrase_units, product_phrases
from chiiki_mirai.recommender.paraphrases import words as paraphrase_words
from chiiki_mirai.recommender.rank import rank_measures
from chiiki_mirai.recommender.ranking_model import Link, Scored, Signals
from chiiki_mirai.recommender.shorthand import spelled_out
from chiiki_mirai.recommender.signals import add_classification
from chiiki_mirai.recommender.themes import ThemeStrength, detect_themes

CATEGORIES = set(CategoryId.__args__)  # type: ignore[attr-defined]
THEME_STRENGTH = 0.6  # a need named in a question; the measure's own words in it weigh more
PARAPHRASE_SEGMENT = 2.0  # weight of the paraphrases' segment (the question itself is 3.0)
# "nothing applies": a best result below MIN_TOP rests on one common word (時間, 申請) or on a
# theme alone; results below KEEP_SHARE of the best (or MIN_KEEP) are noise next to it
MIN_TOP = 1.2
MIN_KEEP = 0.9
KEEP_SHARE = 0.45
MIN_SHOWN = 3  # a matched answer shows at least this many measures when they reach MIN_FILL
MIN_FILL = 0.6
NEED_KEEP = 1.0  # a need's measure with this much from the need is shown when above MIN_KEEP
GENERAL_CONTACT = "cas_chiikimirai_inquiry"
NOT_FOUND = ("該当する施策が見つかりません。地域未来戦略の支援施策の対象外の相談かもしれません。"
             "まずはワンストップ相談窓口か、お近くのよろず支援拠点にご相談ください（下記）。")
NO_FIELD = "分野は特定できません"
FALLBACK = ("onestop_consultation_desk", "yorozu_support_center")
W_NEED = 2.0  # a need read from everyday phrasing outranks a noun the question only mentions
SECOND_NEED = 0.6
W_NAMED = 2.0  # a measure the question names by its proper name (a need's full weight)
FIELD_NEED = 0.5  # the field a question is about, as a need of its field's measures
# a product of the field the question names or describes (サーモンを陸で育てたい: 陸上養殖) says what it is about more
# precisely than a field's word
PRODUCT_NEED = 0.75
MAX_NEEDS = 3
CAUSE_SHARE = 0.5  # a need read only in the cause of what is asked
SECTOR_MIN = 0.5  # an outside sector is named only on clear evidence of its own
# a product described in other words this closely names the question's field (フィルムみたいに曲がる太陽電池)
PARA_LINE = 0.5
WHOLE_UNITS = 2
OTHER_WHOLE = 3  # another paraphrase of the product said whole must be this specific
LONG_MESSAGE = 3  # sentences from which a message that names no field as a whole is read sentence by sentence
FIELD_HINT = 0.3  # a best field with words this close keeps other fields' measures out of the needs' lists


def _check_filters(kb: KnowledgeBase, ministry, plan_type, category, field) -> int | None:
    if ministry and ministry not in kb.ministries:
        raise UserError(f"府省庁IDが見つかりません: {ministry}（例: {', '.join(sorted(kb.ministries)[:5])}）")
    if plan_type and plan_type not in ("A", "B", "C"):
        raise UserError(f"計画の類型は A・B・C のいずれかで指定してください: {plan_type}")
    if category and category not in CATEGORIES:
        raise UserError(f"施策の分類が見つかりません: {category}（{', '.join(sorted(CATEGORIES))}）")
    if field in (None, ""):
        return None
    try:
        n = int(field)
    except (TypeError, ValueError):
        n = -1
    if n not in kb.field_by_number:
        raise UserError(f"戦略分野の番号は1〜17で指定してください: {field}")
    return n


def _contact(c) -> dict:
    return {"id": c.id, "department": c.department, "role": c.role, "email": c.email}


def general_contact(kb: KnowledgeBase) -> dict | None:
    """The contact for questions no measure answers (the strategy's secretariat, general inquiries)."""
    c = kb.contacts.get(GENERAL_CONTACT)
    if c is None:  # another knowledge base: the first contact of the secretariat's ministry
        ministry = kb.ministries.get("cas")
        c = ministry.contacts[0] if ministry and ministry.contacts else None
    return _contact(c) if c else None


def _keep(scored: list, query_relevance: float) -> list:
    """The results worth showing: nothing when even the best is weak, else those near the best, and the measures the
    question's need brings (an A-scale question's whole family: 投資補助金, 産業用地, インフラ, 特区, 税制) however
    far a measure it names itself (データセンターを呼び込みたい: ワット・ビット) stands above them."""
    if not scored or query_relevance < MIN_TOP:
        return []
    floor = max(MIN_KEEP, KEEP_SHARE * query_relevance)
    kept = [s for s in scored if s.score >= floor]
    # an answer is not thin for a strong best: the next ones that still rest on more than one common word fill it
    kept += [s for s in scored[len(kept):] if s.score >= MIN_FILL][: max(MIN_SHOWN - len(kept), 0)]
    # then the need's measures, after those (the answer without them is the head of the answer with them)
    return kept + [s for s in scored[len(kept):] if s.score >= MIN_KEEP and _needed(s)]


def _named_first(kept: list, scored: list, named: dict[str, str]) -> list:
    """The measures the question names by their proper names first (in their ranked order), then the others."""
    if not kept or not named:
        return kept
    first = [s for s in scored if s.measure.id in named]
    return first + [s for s in kept if s.measure.id not in named]


def _needed(s) -> bool:
    """The measure is brought by a need the question expresses (a need link carries at least NEED_KEEP)."""
    return any(lk.kind == "need" and lk.contribution >= NEED_KEEP for lk in s.links)


def _add_needs(sig: Signals, kb: KnowledgeBase, query: str, need_text: str, fields: set[int],
               sectors: frozenset[str] = frozenset(), topic: str = "") -> list[NeedMatch]:
    """The needs the question expresses (intents.py), each bringing its checked measures; the need outranks
    incidental nouns: its measures get W_NEED, the first need fully and the others by their share. A measure
    aimed at some fields only does not serve the need of a question about another field (誘致 of a 太陽電池 plant
    does not bring the semiconductor plants' subsidy), nor of one naming no field unless every writer lists it.
    Who asks or passed the question on (「○○市 企画調整課。」「雇用対策室より。」, asker.py) expresses no need, nor what an
    intermediary passing it on says of its own work (「当金庫では…融資に力を入れていますが、」), nor who said it: the needs
    are matched in `need_text` (_need_text of the query)."""
    found = _asked_first(kb, query, intent_index(kb).match(need_text), topic)
    context = {c for n in found for c in CONTEXT_OF.get(n.need, ())}
    needs = [n for n in found if n.need not in context][:MAX_NEEDS]
    if all(n.need in GENERIC_NEEDS for n in needs):
        return []  # 「教えてください」 alone names no need: the answer offers the general desks instead
    for rank, n in enumerate(needs):
        share = 1.0 if rank == 0 else SECOND_NEED
        for theme in NEED_THEMES.get(n.need, ()):
            if theme not in sig.themes:
                sig.themes[theme] = ThemeStrength(THEME_STRENGTH * share, [n.phrase], "相談内容")
        for mid, w in need_measures(kb, n.need).items():
            aimed = set(kb.measures[mid].fields)
            # a measure aimed at some fields: not for a question about another field, and for a question naming
            # none only when every writer of the need lists it (電炉への転換 for CO2を減らせ) or the question is of a
            # sector outside the fields the measure serves (a fishery's trial of a sensor: スマート水産の導入実証)
            if aimed and not fields & aimed and (fields or w < 1.0) and not sectors & set(kb.measures[mid].sectors):
                continue
            lk = Link("need", n.need, n.phrase, W_NEED * n.score * share * w, {"label": NEED_LABELS.get(n.need, n.need)})
            links = sig.extra.setdefault(mid, [])
            if not any(x.kind == "need" and x.contribution >= lk.contribution for x in links):
                sig.extra[mid] = [x for x in links if x.kind != "need"] + [lk]
    return needs


def _need_text(query: str) -> str:
    """The words that can express the asker's need: not who asks or passed it on, not an intermediary's own work, not
    the speaker a note names after what was said (…って若い人が言ってる)."""
    return without_speaker(without_own_work(without_asker(query)))


def _asked_first(kb: KnowledgeBase, query: str, found: list[NeedMatch], topic: str = "") -> list[NeedMatch]:
    """The needs read in what is asked come before those read only in its cause (半導体の工場が増えるのに、学科が足りない:
    the plants are why, the departments what): a need the request part does not express counts CAUSE_SHARE. A mail's
    subject phrased as a request (件名：網を直したい) says what is asked too: the body's request may only point
    back to it (直す補助は)."""
    asked = request_part(query, topic)
    if asked == query:
        return found
    idx = intent_index(kb)
    there = {n.need for part in (asked, asked_in_subject(topic)) if part
             for n in idx.match(part) if n.need not in GENERIC_NEEDS}
    if not there:
        return found
    out = [n if n.need in there or n.need in GENERIC_NEEDS else replace(n, score=round(CAUSE_SHARE * n.score, 4))
           for n in found]
    return sorted(out, key=lambda n: (n.need in GENERIC_NEEDS, -n.score, n.need))


def _need_label(kb: KnowledgeBase, need: str) -> str:
    beyond = intent_index(kb).outside.get(need)
    return beyond.label if beyond else NEED_LABELS.get(need, need)


def _field_of_sentences(kb: KnowledgeBase, query: str, model: str | None) -> list:
    """The field of a long message (LONG_MESSAGE sentences or more) that names none as a whole: the first field of its
    sentence that names one in the field's own words most confidently. A mail's many sentences of background dilute
    the likeness of the one that says what the matter is about (「隣町に半導体の大きな工場が来るという話で、…」)."""
    sentences = [x for x in SENTENCE_BREAK.split(query) if x.strip()]
    if len(sentences) < LONG_MESSAGE:
        return []
    named = [c for c in classify(sentences, kb, top=3, model=model) if c.fields and c.features.get("exact")]
    return max(named, key=lambda c: c.confidence).fields[:1] if named else []


def _described(cls, query: str) -> bool:
    """The question describes a product of its best field in other words: a close paraphrase (PARA_LINE) that
    shares at least two of its words with the question (one word, 運用 of 運用サービス, is no description)."""
    phrase = next((p.terms[0] for p in cls.fields[0].products if p.terms), "")
    mine = paraphrase_words(query)
    units = phrase_units(phrase)
    shared = sum(1 for u in units if u & mine)
    if cls.features.get("para", 0.0) < PARA_LINE:
        # a long question dilutes the likeness of a paraphrase it says whole (建物の中で野菜を育てる in a question of
        # three sentences): every word of a paraphrase of WHOLE_UNITS words or more is a description too, and so is
        # every word of another paraphrase of the same product with OTHER_WHOLE words or more (陸で魚を養殖する is the
        # closest, 魚を陸の水槽で育てる the one said whole)
        return shared == len(units) >= WHOLE_UNITS or _said_whole(cls.fields[0].products, mine)
    return shared >= 2


def _said_whole(products, mine: set[str]) -> bool:
    """Some paraphrase of OTHER_WHOLE words or more of one of these products has every word in the question."""
    specific = _specific_paraphrases()
    return any(all(u & mine for u in units) for p in products for units in specific.get(p.id, ()))


@functools.lru_cache(maxsize=1)
def _specific_paraphrases() -> dict[str, list[list[set[str]]]]:
    """product id → the words of each of its paraphrases of OTHER_WHOLE words or more."""
    out: dict[str, list[list[set[str]]]] = {}
    for pid, phrases in product_phrases().items():
        out[pid] = [us for us in (phrase_units(x) for x in phrases) if len(us) >= OTHER_WHOLE]
    return out


def _add_field_need(sig: Signals, kb: KnowledgeBase, cls) -> None:
    """A question about a product of a field (陸上養殖を始めたい, 半導体工場を誘致したい) is a need for the measures
    aimed at that field: they get a need's weight by the field's score, not only a field's."""
    if not cls.fields:
        return
    best = cls.fields[0]
    word = (best.terms or [p.terms[0] for p in best.products if p.terms] or [best.name])[0]
    share = PRODUCT_NEED if any(p.terms for p in best.products) else FIELD_NEED
    for mid, m in kb.measures.items():
        if best.number in m.fields:
            lk = Link("field", str(best.number), word, W_NEED * share * min(best.score, 1.0))
            sig.extra[mid] = [*sig.extra.get(mid, []), lk]


def _field_line(cls) -> tuple[list[dict], list[dict], str]:
    """(fields, outside sector, note): a field only when the classifier is confident, a sector only on its own
    words, else 「分野は特定できません」."""
    if cls.fields:
        return [f.to_dict() for f in cls.fields], [], ""
    sector = [{"id": o[0], "name": o[1]} for o in cls.outside[:1] if o[2] >= SECTOR_MIN]
    return [], sector, "" if sector else NO_FIELD


def _offers(kb: KnowledgeBase, refer: tuple[str, ...] = ()) -> list[dict]:
    """The general desks offered when no measure matches (the one-stop desk, よろず支援拠点), and the measures an
    outside need refers to beside them (outside_needs.yaml `refer`)."""
    out = []
    for mid in (*FALLBACK, *refer):
        m = kb.measures.get(mid)
        if m is not None:
            out.append(recommendation(kb, Scored(m, 0.0, [], []), subject="相談").model_dump())
    return out


def search_measures(
    query: str,
    kb: KnowledgeBase,
    ministry: str | None = None,
    plan_type: str | None = None,
    category: str | None = None,
    field: int | str | None = None,
    top: int = 10,
    model: str | None = None,
) -> dict:
    if not query or not query.strip():
        raise UserError("検索する質問・キーワードを入力してください")
    fnum = _check_filters(kb, ministry, plan_type, category, field)
    # a mail's or a form's wrapping (件名：ご相談, 【お問い合わせ内容】, greetings) is no question; its shorthand (設投, 事承)
    # is read spelled out
    text = spelled_out(body(query))
    filters = {"ministry": ministry, "plan_type": plan_type, "category": category, "fnum": fnum, "top": top,
               "model": model}
    out = _answer(query, text, kb, **filters)
    parts = _separate_asks(kb, text)
    if parts and out["measures"]:
        # a memo that asks two things (「…を直したい。それと、採用の手伝いも」) gets both answers in turn
        answers = [_answer(p, p, kb, **filters)["measures"] for p in parts]
        measures = interleave([*answers, out["measures"]], top)
        out = {**out, "measures": measures, "contacts": _contacts(kb, measures)}
    return out


def _separate_asks(kb: KnowledgeBase, text: str) -> list[str]:
    """The asks of a question that asks two things or more, each expressing a need a measure serves of its own (the
    strongest need of each differs); [] for a question that asks one thing, however many sentences ask it."""
    parts = asks(without_asker(text))
    if len(parts) < 2:
        return []
    idx = intent_index(kb)
    tops = []
    for p in parts:
        served = [n for n in idx.match(p) if n.need not in idx.outside and n.need not in GENERIC_NEEDS]
        if not served:
            return []
        tops.append(served[0].need)
    return parts if len(set(tops)) == len(tops) else []


def _answer(asked: str, query: str, kb: KnowledgeBase, ministry: str | None, plan_type: str | None,
            category: str | None, fnum: int | None, top: int, model: str | None) -> dict:
    """The answer to one question (the body of the message asked)."""
    topic = spelled_out(subject(asked))  # 「件名：網を直したい」: the matter, named before the body
    cls = classify([query], kb, top=3, model=model)[0]
    if cls.fields and not cls.features.get("exact") and not _described(cls, query):
        # a question names its field in the field's own words or a close paraphrase of a product; vector likeness
        # or a loose paraphrase alone (工場の水 ~ 陸上養殖の水槽) is no field of a question
        cls = replace(cls, fields=[])
    if not cls.fields:
        cls = replace(cls, fields=_field_of_sentences(kb, query, model))
    said = without_speaker(query)  # who said it (…って若い人が言ってる) is no need, nor its theme
    needs = match_needs(said)
    paraphrases = list(dict.fromkeys((n.group.id, n.cue, p) for n in needs for p in n.paraphrases))
    # a question is all need: every theme it names counts, every word of it is "the problem"; the
    # paraphrases of its need words count less; the measure's own words in the question count most
    sig = Signals(plan_type=plan_type, segments=[
        (query, 3.0, "相談内容"),
        ("\n".join(p for _, _, p in paraphrases), PARAPHRASE_SEGMENT, "相談内容の言い換え"),
    ])
    add_classification(sig, cls)
    sig.scale = dict.fromkeys(unnamed_industry(kb, query, cls), UNNAMED_SHARE)
    if fnum is not None:
        sig.fields[fnum] = (1.0, kb.field_by_number[fnum].name)
    for theme, (w, cue) in detect_themes(said).items():
        sig.themes[theme] = ThemeStrength(w * THEME_STRENGTH, [cue], "相談内容")
    for n in needs:
        if n.group.theme and n.group.theme not in sig.themes:
            sig.themes[n.group.theme] = ThemeStrength(THEME_STRENGTH, [n.cue], "相談内容")
    if cls.uses and "ax" not in sig.themes:  # ドローンを使って / AIを導入: the need is AX, not the industry
        sig.themes["ax"] = ThemeStrength(THEME_STRENGTH, cls.uses[:1], "相談内容")
    for mid, hits in measure_words(kb).hits(query, paraphrases).items():
        words = [{"word": h.written, "for": h.cue} if h.paraphrase else {"word": h.written} for h in hits[:5]]
        sig.extra[mid] = [Link("words", hits[0].written, hits[0].cue or hits[0].written, contribution(hits),
                               {"words": words})]
    # the field the question is about, for the needs' field-specific measures: the named one, else a likely one
    worded = max(cls.features.get("exact", 0.0), cls.features.get("para", 0.0)) >= FIELD_HINT
    hint = {f.number for f in cls.fields} or ({cls.best.number} if cls.best and worded else set())
    sector = frozenset(o[0] for o in cls.outside[:1] if o[2] >= FIELD_HINT) if not hint else frozenset()
    need_text = _need_text(query)  # read once: the needs and the check for a need no measure serves
    intents = _add_needs(sig, kb, query, need_text, hint, sector, topic)
    _add_field_need(sig, kb, cls)
    named = named_measures(kb, query)  # 「事業再構築補助金ってまだある？」: the scheme asked by name
    for mid, name in named.items():
        sig.extra[mid] = [*sig.extra.get(mid, []), Link("need", name, name, W_NAMED, {"label": name})]
    scored = rank_measures(
        kb, sig, facts=None, top=top,
        filters={"ministry": ministry, "category": category, "field": str(fnum) if fnum else None},
    )
    # judged on the filtered results: "no measure of this ministry answers" is an answer too
    best = max((s.score for s in scored), default=0.0)
    # 「…の経営指導員です。」 says who asks: its words (指導) are no need that nothing serves
    beyond = outside_need(kb, need_text, intents, topic)
    kept = [] if beyond else _named_first(_keep(scored, best), scored, named)
    measures = [recommendation(kb, s, subject="相談").model_dump() for s in kept]
    fields, outside, note = _field_line(cls)
    return {
        "query": asked,
        "fields": fields,
        "outside": outside,
        "field_note": note,
        "needs": [{"id": n.group.id, "word": n.cue, "theme": n.group.theme} for n in needs],
        "intents": [{"id": n.need, "label": _need_label(kb, n.need), "phrase": n.phrase,
                     "score": n.score} for n in intents],
        "matched": bool(measures),
        "measures": measures,
        "offers": [] if measures else _offers(kb, beyond[1].refer if beyond else ()),
        "contacts": _contacts(kb, measures),
        "message": "" if measures else NOT_FOUND + (f"（{beyond[1].label}：{beyond[1].where}）" if beyond else ""),
        "outside_need": {"id": beyond[0].need, "label": beyond[1].label, "phrase": beyond[0].phrase,
                         "where": beyond[1].where} if beyond else None,
    }


def _contacts(kb: KnowledgeBase, measures: list[dict]) -> list[dict]:
    contacts: list[dict] = []
    for rec in measures[:3]:
        if rec.get("contact") and rec["contact"]["email"] not in {c["email"] for c in contacts}:
            contacts.append({"id": None, **rec["contact"]})
    gc = general_contact(kb)
    if gc and gc["email"] not in {c["email"] for c in contacts}:
        contacts.append(gc)
    return contacts
