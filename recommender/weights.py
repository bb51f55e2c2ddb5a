"""The weights of the ranking's parts (see rank.py for what each part means), in one place to tune."""

from __future__ import annotations

W_THEME = 1.0
THEME_CAP = 1.5
# the plan type's menu: a cross-cutting instrument (交付金・財政措置, 審査上の考慮) applies to whatever the
# plan is about, so its listing counts fully; a need-specific one (観光, ES, 輸出) counts as far as the
# plan has that need
W_MENU = 0.8
CROSS_CUTTING_CATEGORIES = {"fiscal", "review_consideration"}
MENU_FIT_STRENGTH = 0.5  # a need this strong makes a need-specific menu entry fit fully
W_BENEFIT = 0.4
KEYWORD_MIN_CHARS = 3  # two-character keywords (大学, 雇用, 観光) are themes' job, too generic as evidence
W_FIELD = 1.0
PRODUCT_BONUS = 1.2  # a product is more specific than its field
# a sector outside the 17 fields (伝統工芸品, 農業, 観光): broader than a field, so below it. A plan is in one
# sector, and a measure serving several (工芸品, 食品, 農林水産) serves each fully: unlike a field link, the
# sector link is not divided by the number of sectors
W_SECTOR = 0.5
W_GAP = 0.6
GAP_CAP = 1.0
W_TEXT = 0.6
W_PPR = 0.2
W_TYPE_SPECIFIC = 0.05  # per plan type the measure is not for: a C-only measure is closer to a C plan
UNMET_PENALTY = 0.05
TERM_WEIGHT = {"name": 1.0, "alias": 1.0, "keyword": 0.6}
TEXT_FULL_WEIGHT = 3.0  # a term in a segment of this weight (課題・政策手段) counts fully
SEED_GAP = 0.5
