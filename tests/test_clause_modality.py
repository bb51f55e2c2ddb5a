"""How a clause holds its claim, as the reading that needs no model sees it (core/text/modality.py)."""

from __future__ import annotations

import pytest

from chiiki_mirai.core.text.modality import matched_rules, modality

CASES = [
    ("相談窓口の設置を検討する。", "considering"),
    ("相談窓口は、関係団体と設置に向けて検討を進めている。", "considering"),
    ("用地の確保について地権者と協議を重ねています。", "considering"),
    ("県内企業との共同開発を進めている。", "affirmed"),
    ("撤退基準は設けない。", "negated"),
    ("担当課は○○課（調整中）とする。", "placeholder"),
    # a terse negation keeps its sense before a bracketed note that gives a figure or a reason
    ("一社への偏りなし（最も大きい取引先でも売上の1割強）", "negated"),
    ("新工場の用地は確保済み（面積は約3ha）", "affirmed"),
    ("相談窓口を開設（令和9年度予定）", "planned"),
]


@pytest.mark.parametrize(("clause", "want"), CASES)
def test_the_modality_of_a_clause(clause: str, want: str) -> None:
    assert modality(clause) == want


def test_the_later_rules_are_no_features_of_the_classifier() -> None:
    # the classifier was fitted on the first table's features: a later rule must not refit it
    assert not any(r.startswith("considering") for r in matched_rules("関係団体と設置に向けて検討を進めている。"))
