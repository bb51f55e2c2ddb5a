"""Issue 15 (round 21): intake forms and memos write shorthand (設投, 事承, 補助金申); the desk reads it spelled out.

SudachiPy cuts shorthand into single characters that no need's phrasing nor measure's word meets, so 「販開の支援を
受けたい」 found nothing. The table is data (recommender/resources/shorthand.yaml); a shorthand is read only where the
dictionary knows no word across its edges (新設|投資, 理事|承認 stay). The sentences are written for these tests, not
taken from the desk corpus."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search
from chiiki_mirai.recommender.desk_words import measure_words
from chiiki_mirai.recommender.intent_words import words
from chiiki_mirai.recommender.intents import intent_index
from chiiki_mirai.recommender.shorthand import shorthand, spelled_out


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text,read", [
    ("事承の件で相談", "事業承継の件で相談"),
    ("省力化設投を検討", "省力化設備投資を検討"),
    ("補助金申（ものづくり）", "補助金申請（ものづくり）"),
    ("販開と海展", "販路開拓と海外展開"),
    # a word the dictionary knows across the shorthand's edges is no shorthand; a form already spelled out stays
    ("新設投資の補助", "新設投資の補助"),
    ("理事承認が必要", "理事承認が必要"),
    ("工事再開の見込み", "工事再開の見込み"),
    ("建設資材が高い", "建設資材が高い"),
    ("補助金申請の支援", "補助金申請の支援"),
    ("資金繰りが苦しい", "資金繰りが苦しい"),
])
def test_shorthand_is_spelled_out_where_no_word_spans_it(text, read):
    assert spelled_out(text) == read


def test_each_spelled_out_form_is_said_in_the_measures_or_the_needs_words(kb):
    vocab = set(intent_index(kb).by_word) | {w for ws in measure_words(kb).words.values() for w in ws}
    assert [k for k, v in shorthand().items() if not words(v) & vocab] == []


@pytest.mark.parametrize("short,full", [
    ("販開の支援を受けたい", "販路開拓の支援を受けたい"),
    ("海展を考えている。相談先は", "海外展開を考えている。相談先は"),
    ("資繰りが厳しい", "資金繰りが厳しい"),
    ("設投を検討中、使える制度は", "設備投資を検討中、使える制度は"),
])
def test_a_question_in_shorthand_gets_the_answer_of_the_one_spelled_out(kb, short, full):
    got, want = search(short, kb=kb), search(full, kb=kb)
    assert got["matched"] and [m["id"] for m in got["measures"][:5]] == [m["id"] for m in want["measures"][:5]]
