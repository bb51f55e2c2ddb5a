"""Issue 15: a plan's subject (title, 該当する業種, products) that leans to a field without naming it
with confidence, where the whole industry text names that same field first, is the plan of that field; a subject that
names no field and leans elsewhere still says that none applies (plan_fields.classify_subject_first).

The texts are written for these tests (not taken from the corpora)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.classify import classify
from chiiki_mirai.recommender.plan_fields import classify_subject_first

SHIP_PARTS = "舶用部材プラン\n推進軸とプロペラの鍛造"
HARBOUR = "\n造船所が集まる港町で、舶用エンジンと船の推進装置の部材を造船所に納めてきた。次世代燃料船の建造が増える。"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_a_subject_leaning_to_the_field_the_whole_text_names_is_that_fields(kb):
    subject = classify([SHIP_PARTS], kb, top=3)[0]
    assert subject.fields == [] and subject.best is not None and subject.best.number == 2  # the premise
    got = classify_subject_first(SHIP_PARTS, SHIP_PARTS + HARBOUR, kb, items=True)
    assert [f.number for f in got.fields][:1] == [2]


def test_a_subject_leaning_elsewhere_still_names_no_field(kb):
    subject = "町の菓子プラン\n栗の和菓子と焼き菓子の詰め合わせ"
    whole = subject + "\n近くの港には造船所が集まり、舶用エンジンの工場もある。"
    assert classify_subject_first(subject, whole, kb, items=True).fields == []


def test_a_subject_whose_best_field_has_no_evidence_of_its_own_still_names_no_field(kb):
    # the pickles plan's best field (foodtech) rests on no term nor product of it: the text's research centres do not
    # make the pickles a foodtech plan
    subject = "町の漬物プラン\n野沢菜漬けと味噌の製造"
    whole = subject + "\n県はフードテックの拠点づくりを進めており、培養肉や代替たんぱくの研究所もある。"
    best = classify([subject], kb, top=3)[0].best
    assert best is not None and best.number == 8 and not best.terms and not best.products  # the premise
    assert classify([whole], kb, top=3)[0].fields[0].number == 8  # the premise
    assert classify_subject_first(subject, whole, kb, items=True).fields == []
