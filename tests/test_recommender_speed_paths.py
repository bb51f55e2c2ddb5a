"""The fast paths of the recommender give exactly what the plain ones give.

- the static model loaded without torch (numpy + tokenizers) vs sentence-transformers;
- the indexed lexicon match vs testing every term one by one;
- rank_measures, which scores only the measures that can reach the top, vs scoring them all
  and re-ranking with the plain greedy loop;
each on the real knowledge base and on a synthetic one several times larger.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz

from benchmarks.bench_scaling import synthetic_kb
from chiiki_mirai import service
from chiiki_mirai.core.result import GAP_STATUSES
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender import graph_index, links, measure_index, rank
from chiiki_mirai.recommender.api import plan_fact_values, plan_industry_text, plan_signals
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.encoder import (
    CACHE_ENV,
    StaticModel,
    default_model_dir,
    get_encoder,
    is_own_static_model,
    load_encoder,
)
from chiiki_mirai.recommender.lexicon import FUZZY_MAX_TEXT, FUZZY_MIN, Hit, lexicon
from chiiki_mirai.recommender.rank import DIVERSITY, main_driver
from chiiki_mirai.recommender.tokenize import fold, kana_reading, tokens
from chiiki_mirai.recommender.word_places import spans

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = sorted((ROOT / "examples" / "drafts").glob("*.md")) + sorted((ROOT / "tests" / "data" / "drafts").glob("*.md"))

# varied wording, written for this test: products, services, kana spellings, typos, nothing at all
TEXTS = [
    "木曽漆器の海外販路開拓と職人の育成",
    "フィルム型ペロブスカイト太陽電池を量産し、建物の壁面に貼る",
    "はんどうたいの後工程の工場をつくりたい",
    "ﾍﾟﾛﾌﾞｽｶｲﾄ型の太揚電池",  # half-width katakana and a typo
    "養殖したサーモンを陸上の水槽で育てて輸出する",
    "蔵元が仕込んだ地酒を欧州へ売り込む",
    "船の修理と艤装を地域の造船所でまとめて請け負う",
    "宇宙港からの小型ロケット打ち上げと衛星データの活用",
    "和牛の繁殖農家と食肉加工の連携",
    "",
    "あいうえお",
    "AI",
    "工業用水が足りない。産業用地も不足している。" * 30,
]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def big_kb(kb):
    return synthetic_kb(kb, 5)


def _labelled() -> list[str]:
    with open(ROOT / "tests" / "data" / "fields_labelled.tsv", encoding="utf-8") as fh:
        return [r["text"] for r in csv.DictReader(fh, delimiter="\t")]


# --- encoder -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def encoders():
    get_encoder()  # builds the static model into the cache if it is not there yet
    path = default_model_dir()
    fast = load_encoder(path)
    slow = load_encoder(path, fast=False)
    assert isinstance(fast.model, StaticModel)
    assert not isinstance(slow.model, StaticModel)
    return fast, slow


def test_static_model_without_torch_equals_sentence_transformers(encoders):
    # lazy: sentence-transformers / torch is a heavy third-party library, loaded only when needed
    from sentence_transformers import SentenceTransformer

    fast, slow = encoders
    texts = TEXTS + _labelled()[::5]
    assert np.allclose(fast.encode(texts), slow.encode(texts), atol=1e-5)
    # the raw model output too (before our normalisation), against a model loaded independently
    inputs = [fast.prepare(t) for t in texts]
    reference = SentenceTransformer(str(fast.path), device="cpu", local_files_only=True).encode(
        inputs, convert_to_numpy=True, show_progress_bar=False
    )
    assert np.allclose(fast.model.encode(inputs), reference, atol=1e-5)
    assert fast.dimension == slow.dimension == reference.shape[1]
    assert not np.any(fast.model.encode([""]))  # no tokens: a zero vector, as EmbeddingBag gives


def test_static_model_gives_the_same_classifications(encoders, kb, tmp_path, monkeypatch):
    fast, slow = encoders
    # a separate key: the sentence-transformers run encodes its own anchors (in a temporary cache)
    slow = dataclasses.replace(slow, key=slow.key + "-st")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    texts = _labelled() + TEXTS
    a = [c.to_dict() for c in classify(texts, kb, encoder=fast)]
    b = [c.to_dict() for c in classify(texts, kb, encoder=slow)]
    assert a == b


def test_own_static_model_is_recognised_only_by_its_files(tmp_path, encoders):
    fast, _ = encoders
    assert is_own_static_model(fast.path)
    copy = tmp_path / "copy"
    shutil.copytree(fast.path, copy)
    (copy / "modules.json").write_text(
        (copy / "modules.json").read_text(encoding="utf-8").rstrip().rstrip("]")
        + ', {"idx": 1, "name": "1", "path": "1_Normalize", "type": "sentence_transformers.models.Normalize"}]',
        encoding="utf-8",
    )
    assert not is_own_static_model(copy)  # a second module: sentence-transformers must run it
    other = tmp_path / "other"
    shutil.copytree(fast.path, other)
    (other / "chiiki_mirai_encoder.json").unlink()
    assert not is_own_static_model(other)  # a static model that is not ours


def test_check_process_imports_no_torch(encoders):
    draft = ROOT / "examples" / "drafts" / "c_kiso_shikki.md"
    code = (
        "import sys\n"
        "from chiiki_mirai import service\n"
        "plan, report = service.read_plan(sys.argv[1])\n"
        "r = service.check_plan(plan, sys.argv[1])\n"
        "assert r.recommendations, 'no recommendations'\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'sentence_transformers', 'spacy', 'sklearn')"
        " if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    p = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    assert p.stdout.strip() == ""


# --- lexicon -------------------------------------------------------------------------------------


def _match_every_term(lex, text: str) -> list:
    """The lexicon match written plainly: every term tested on its own, as a word where its place counts."""

    sp = spans(text)
    folded = sp.folded
    hits = {}
    seen = set()

    def placed(t, occurrences) -> None:
        counting = [p for p in occurrences if p.counts]
        if counting:
            hits[(t.folded, t.target)] = Hit(t, 1.0, t.text, all(p.use for p in counting),
                                             all(p.in_list for p in counting),
                                             tuple((p.start, p.end) for p in counting),
                                             all(p.aside for p in counting))

    for t in lex.long:
        if t.folded in folded:
            seen.add(t.folded)
            placed(t, sp.places(t.folded))
    for t in lex.short:
        occurrences = sp.places(t.folded)
        if occurrences:
            seen.add(t.folded)
            placed(t, occurrences)
        else:
            idx = [i for i, x in enumerate(sp.toks) if fold(x.norm) == t.folded]
            if idx:
                seen.add(t.folded)
            ok = [i for i in idx if sp.counts_at(i + 1)]
            if ok:
                hits[(t.folded, t.target)] = Hit(t, 1.0, t.text, all(sp.used(i, i + 1) for i in ok), False,
                                                 tuple((i, i + 1) for i in ok), all(sp.aside[i] for i in ok))
    if re.search(r"[\u3041-\u309f]{3,}", folded):
        text_reading = kana_reading(text)  # the words spelt in kana only
        for r, t in lex.by_reading:
            if (t.folded, t.target) not in hits and t.folded not in seen and r in text_reading:
                hits[(t.folded, t.target)] = Hit(t, 1.0, t.text)
    if len(folded) <= FUZZY_MAX_TEXT:
        for t in lex.fuzzy:
            if (t.folded, t.target) not in hits and t.folded not in seen:
                # a term whose first or last word the text meets in no character is no near match (eスポーツ / スポーツ)
                words = [fold(x.surface) for x in tokens(t.text) if x.content]
                if len(words) > 1 and any(not set(w) & set(folded) for w in (words[0], words[-1])):
                    continue
                s = fuzz.partial_ratio(t.folded, folded, score_cutoff=FUZZY_MIN)
                if s:
                    hits[(t.folded, t.target)] = Hit(t, round((s - FUZZY_MIN) / (100 - FUZZY_MIN) * 0.5 + 0.4, 4), t.text)

    def nested(h) -> bool:
        """Every place of h lies inside a longer term that points at other fields only (ドローン in 水中ドローン)."""
        mine = lex.field_of[h.term.target]
        longer = [(a, b) for o in hits.values() if o.term.folded != h.term.folded
                  and mine not in lex.fields_by_folded[o.term.folded] for a, b in o.places]
        return bool(h.places) and all(any(a <= s and e <= b and b - a > e - s for a, b in longer) for s, e in h.places)

    return [hits[k] for k in sorted(hits, key=lambda k: (k[1], k[0])) if not nested(hits[k])]


def _plan_texts() -> list[str]:
    return [plan_industry_text(service.read_plan(p)[0]) for p in DRAFTS]


@pytest.mark.parametrize("which", ["real", "synthetic"])
def test_indexed_lexicon_match_equals_testing_every_term(which, kb, big_kb):
    lex = lexicon(kb if which == "real" else big_kb)
    texts = TEXTS + _labelled() + _plan_texts()
    found_any = 0
    for text in texts:
        got = lex.match(text)
        assert got == _match_every_term(lex, text), text
        found_any += bool(got)
    assert found_any > len(texts) // 2
    # near matches really happen in this set, so the fuzzy pre-filter is exercised
    assert any(h.score < 1.0 for t in TEXTS for h in lex.match(t))


# --- ranking -------------------------------------------------------------------------------------


def _diversify_plain(scored, top: int):
    """The greedy re-ranking written plainly: every remaining measure compared at every pick."""

    rest = sorted(scored, key=lambda s: (-s.score, s.measure.id))
    picked, seen = [], {}
    while rest and (not top or len(picked) < top):
        i = min(range(len(rest)),
                key=lambda i: (-(rest[i].score - DIVERSITY * seen.get(main_driver(rest[i]), 0)), rest[i].measure.id))
        s = rest.pop(i)
        picked.append(s)
        seen[main_driver(s)] = seen.get(main_driver(s), 0) + 1
    return picked


def _signals(kb, path: Path):
    plan, _ = service.read_plan(path)
    result = service.check_plan(plan, str(path), with_recommendations=False)
    plan_type = result.plan_type or result.plan_type_suggestion.type
    cls = classify([plan_industry_text(plan)], kb)[0]
    gaps = [i.id for i in result.requirements + result.checks if i.status in GAP_STATUSES]
    return plan_signals(plan, kb, plan_type, cls, gaps), plan_fact_values(plan, kb, plan_type)


def _view(scored) -> list[tuple]:
    return [(s.measure.id, s.score, [(lk.kind, lk.ref, lk.contribution) for lk in s.links], s.conditions)
            for s in scored]


@pytest.mark.parametrize("which", ["real", "synthetic"])
def test_pruned_ranking_equals_scoring_every_measure(which, kb, big_kb):
    base = kb if which == "real" else big_kb
    checked = 0
    for path in DRAFTS:
        sig, facts = _signals(base, path)
        gidx, midx = graph_index.graph_index(base), measure_index.measure_index(base)
        ppr = gidx.ppr(sig.seeds().weights)
        helpers = midx.helpers.get(sig.plan_type, midx.helpers[None])
        segments = links.by_weight([(measure_index.fold_text(t), w, label) for t, w, label in sig.segments])
        places = links.term_places(segments, midx)
        every = [s for mid in sorted(base.measures)
                 if (s := rank.score_measure(base.measures[mid], sig, base, midx, helpers, places, ppr, facts, {}))]
        assert every
        bounds = midx.upper_bounds(sig, ppr, places, helpers)
        for s in every:  # the bound holds for every candidate
            assert s.score <= bounds[midx.ids.index(s.measure.id)], s.measure.id
        for top in (1, 3, 10, 0):
            assert _view(rank.rank_measures(base, sig, facts, top=top)) == _view(_diversify_plain(every, top))
            checked += 1
    assert checked == 4 * len(DRAFTS)
