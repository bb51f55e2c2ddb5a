"""Calibrate the claims' place bonus and the stated / candidate bars on the corpus's dev half only.

    python -m benchmarks.fit_claim_places           # reads the dev drafts once, then tries the grid

The confidence of a claim is sigmoid(logit(p) + BONUS[place]) (readers/statements/claim_places.py); a claim
counts when its confidence reaches STATED and a candidate goes to review from CANDIDATE
(core/claim_rules.py). Each setting is scored on the items the claims decide (CLAIM_ITEMS), on the dev
drafts (writers of SPLIT.yaml `dev`) — never on the held-out half: gaps found, false alarms (a gap on an item
labelled met, weighted 2) and reviews on met items (weighted 0.5). Prints the best settings; the chosen
values are written into the code by hand.
"""

from __future__ import annotations

import itertools
import json
import math
import os
from pathlib import Path

from benchmarks import corpus_eval as ce  # noqa: E402
from chiiki_mirai import service  # noqa: E402
from chiiki_mirai.core import claim_rules  # noqa: E402
from chiiki_mirai.core.plan import Plan  # noqa: E402
from chiiki_mirai.core.result import ParseReport  # noqa: E402
from chiiki_mirai.readers.statements import claim_places, claims  # noqa: E402

CLAIM_ITEMS = (
    "B.promise", "C.promise", "B.cost_effectiveness", "B.external_dependency", "C.external_dependency",
    "A.growth_strategy_alignment", "A.international_competitiveness", "A.block_draft_alignment",
    "A.infrastructure_integration", "localization",
)  # and the designated-city criteria of `author` (no designated city in dev: the rest of author is the meta family's)
GRID = {
    "home": (0.5, 1.0, 1.5),
    "section": (0.0, 0.3),
    "unplaced": (-0.5, 0.0),
    "elsewhere": (-1.5, -1.0, -0.5),
    "stated": (0.5, 0.6),
    "candidate": (0.4, 0.5),
}


def _with_confidence(plan, bonus: dict[str, float], floor: float, cap: float):  # noqa: ANN001, ANN202
    """The claims' confidences under these settings; a share-based dependence keeps its own (its place moves
    nothing), an uncorroborated reading stays under `cap` (readers/statements/claims.py)."""
    out = []
    for s in plan.statements:
        if s.kind == "claim" and "p" in s.attrs and s.attrs.get("place") in bonus:
            p = min(max(s.attrs["p"], 1e-6), 1 - 1e-6)
            conf = 1 / (1 + math.exp(-(math.log(p / (1 - p)) + bonus[s.attrs["place"]])))
            if s.attrs.get("uncorroborated"):
                conf = min(conf, cap)
            if conf < floor:
                continue
            s = s.model_copy(update={"confidence": conf})
        out.append(s)
    return plan.model_copy(update={"statements": out})


def _score(drafts, plans, setting: dict[str, float]) -> tuple[float, int, int, int]:  # noqa: ANN001
    claim_rules.STATED, claim_rules.CANDIDATE = setting["stated"], setting["candidate"]
    bonus = {k: setting[k] for k in ("home", "section", "unplaced", "elsewhere")}
    found = alarms = reviews = 0
    for d, (plan, report) in zip(drafts, plans, strict=True):
        cap = min((setting["stated"] + setting["candidate"]) / 2, setting["stated"] - 0.01)  # below the bar
        result = service.check_plan(_with_confidence(plan, bonus, claims.FLOOR, cap), str(d.path), parse_report=report,
                                    with_recommendations=False)
        got = {i.id: i.status for i in result.requirements + result.checks}
        for item, raw in d.label["items"].items():
            want = raw["status"] if isinstance(raw, dict) else raw
            if item not in CLAIM_ITEMS or item not in got:
                continue
            found += want == "gap" and got[item] in ce.GAP
            alarms += want == "met" and got[item] in ce.GAP
            reviews += want == "met" and got[item] == "review"
    return found - 2 * alarms - 0.5 * reviews, found, alarms, reviews


def _read(drafts):  # noqa: ANN001, ANN202
    """Each dev draft read once with every candidate kept (the floor is re-applied per setting); cached in a
    temporary file for a re-run with other settings (CHIIKI_MIRAI_FIT_CACHE)."""
    cache = Path(os.environ.get("CHIIKI_MIRAI_FIT_CACHE", "")) if os.environ.get("CHIIKI_MIRAI_FIT_CACHE") else None
    if cache is not None and cache.is_file():
        rows = json.loads(cache.read_text(encoding="utf-8"))
        return [(Plan.model_validate(p), ParseReport.model_validate(r)) for p, r in rows]
    keep = claims.FLOOR
    claims.FLOOR = 0.01
    plans = [service.read_plan(d.path) for d in drafts]
    claims.FLOOR = keep
    if cache is not None:
        cache.write_text(json.dumps([[p.model_dump(mode="json"), r.model_dump(mode="json")] for p, r in plans]), "utf-8")
    return plans


def main() -> None:
    drafts = ce.drafts("dev")
    current = f"BONUS={claim_places.BONUS} STATED={claim_rules.STATED} CANDIDATE={claim_rules.CANDIDATE}"
    plans = _read(drafts)
    rows = []
    for values in itertools.product(*GRID.values()):
        setting = dict(zip(GRID, values, strict=True))
        rows.append((_score(drafts, plans, setting), setting))
    rows.sort(key=lambda r: (-r[0][0], r[1]["home"], -r[1]["elsewhere"]))
    gaps = sum(1 for d in drafts for i, r in d.label["items"].items()
               if i in CLAIM_ITEMS and (r["status"] if isinstance(r, dict) else r) == "gap")
    print(f"dev drafts {len(drafts)}; gaps on claim items {gaps}; in the code: {current}")
    for (score, found, alarms, reviews), setting in rows[:15]:
        print(f"  score {score:6.1f}  found {found}  false alarms {alarms}  review on met {reviews}  {setting}")


if __name__ == "__main__":
    main()
