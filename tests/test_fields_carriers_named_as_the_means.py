"""Issue 15 (session 22, desk47): a line or a conduit named as what carries a thing (暗号鍵を光ファイバーで送る) is the
means of the clause, as a tool is (word_places.CARRYING): the thing sent, or the service that sends it, says the field.

The descriptions are written for these tests (not taken from the desk corpus)."""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.word_places import means_tokens, spans
from tests.fields_first import first_field, ranked_products


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _means(text: str) -> list[str]:
    sp = spans(text)
    return [sp.toks[i].surface for i in sorted(means_tokens(sp))]


@pytest.mark.parametrize(("text", "carrier"), [
    ("量子の暗号鍵を光ファイバーで送る", ["光", "ファイバー"]),
    ("工場の図面を専用の回線で相手先に届ける", ["回線"]),
])
def test_a_carrier_of_what_the_clause_sends_is_a_means(text, carrier):
    assert _means(text) == carrier


@pytest.mark.parametrize("text", ["光ファイバーで島と本土を結ぶ工事", "光ファイバーの海底線を敷設する"])
def test_a_line_that_is_itself_the_work_is_no_means(text):
    assert _means(text) == []


def test_cipher_keys_sent_over_fibre_are_quantum_communication(kb):
    text = "盗聴を見破れる暗号の鍵を光ファイバーで届ける通信の試験"
    assert first_field(kb, text) == 3
    assert ranked_products(kb, text)[:1] == ["F03.P2"]


def test_the_thing_sent_over_fibre_is_the_first_product(kb):
    assert ranked_products(kb, "のぞき見されない暗号鍵を光ファイバーで支店に配る実験を銀行と始めた")[:1] == ["F03.P2"]


def test_laying_fibre_between_islands_stays_a_network(kb):
    assert first_field(kb, "光ファイバーで島と本土を結ぶ海底の回線を敷く") == 16
