"""The authority a cover line names: its department may follow, but a word that only contains a division's
character (「装置部品クラスター」) is no department."""

from __future__ import annotations

import pytest

from chiiki_mirai.readers.meta_grammar import authority_name

CASES = [
    ("三重県雇用経済部 産業企画課", "三重県"),
    ("三重県雇用経済部産業企画課", "三重県"),
    ("長崎県 産業労働部 産業政策課 企業振興課", "長崎県"),
    ("山口県 商工労働部 産業振興課（担当：山田）", "山口県"),
    ("令和8年7月 高知県", "高知県"),
    ("大村・諫早 半導体後工程・装置部品クラスター", None),
    ("北村 精密部品クラスター", None),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_the_authority_of_a_cover_line(line: str, expected: str | None) -> None:
    assert authority_name(line) == expected
