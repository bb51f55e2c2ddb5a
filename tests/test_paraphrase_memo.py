"""The memoised word forms of the paraphrase matching (issue 15, plan classification ≤ 20 ms) give what the plain
computation gives, and a memoised form cannot be changed by a caller."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender import tokenize
from chiiki_mirai.recommender.paraphrases import _forms, named_words, paraphrase_index, words
from chiiki_mirai.recommender.tokenize import fold, tokens


@pytest.mark.parametrize("text", ["ガントリークレーン", "ＡＩ　で 検品", "シイタケの菌床栽培" * 20])
def test_fold_is_the_plain_fold_for_words_and_long_texts(text):
    assert fold(text) == tokenize._fold(text)
    assert fold(text) == fold(text)


def test_a_long_text_is_not_kept_in_the_memo():
    tokenize._fold_word.cache_clear()
    fold("海" * (tokenize.FOLD_MEMO_CHARS + 1))
    assert tokenize._fold_word.cache_info().currsize == 0


def test_a_units_forms_are_frozen():
    t = next(t for t in tokens("養殖のサーモンを出荷する") if t.content)
    assert isinstance(_forms(t, True), frozenset)


def test_reading_a_text_twice_gives_the_same_words_and_matches():
    text = "陸の水槽でサーモンを育てて、食品工場に出荷する機械をつくる"
    first_words, first_named = words(text), named_words(text)
    first_words.add("改変")  # a caller changing its copy changes no later answer
    assert words(text) == first_words - {"改変"} and named_words(text) == first_named
    index = paraphrase_index(load_kb())
    assert index.match(text, top=5) == index.match(text, top=5)
