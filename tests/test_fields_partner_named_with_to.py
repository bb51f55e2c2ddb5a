"""Issue 15 (session 19, desk40): a company the text works with (「チタン合金メーカーと連携して」「炭素繊維の会社と組んで」)
names the partner's industry. It weighs as a customer does: when the text names what it makes in another field's own
words, the partner's field does not decide; when it does not, the partner's field stays (a supplier works in its
partner's supply chain). Own wording, not from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.tokenize import fold
from chiiki_mirai.recommender.word_places import spans
from tests.fields_first import first_field


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text,term,partner", [
    ("チタン合金メーカーと連携して部品を作る", "チタン合金", True),
    ("炭素繊維の会社と組んで開発する", "炭素繊維", True),
    ("炭素繊維と樹脂を重ねた板", "炭素繊維", False),
    ("炭素繊維メーカーに納める", "炭素繊維", False),
])
def test_a_company_worked_with_is_a_partner(text, term, partner):
    sp = spans(text)
    places = sp.places(fold(term))
    assert places and all(sp.partner(p.end) is partner for p in places)


def test_the_partners_material_does_not_outrank_what_the_text_makes(kb):
    assert first_field(kb, "チタン合金メーカーと連携して航空機の脚まわりの部品を作る") == 5


def test_the_partners_field_stays_when_the_text_names_no_other(kb):
    assert first_field(kb, "半導体メーカーと連携して検査装置を作る") == 1
