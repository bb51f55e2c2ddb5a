"""QA drafts in varied wording and layouts (tests/data/qa_drafts*/): each gives the findings a careful
reviewer wrote down in that folder's expected.yaml before the tool was run. "gap" = partial or missing.
Fields: the best field must be one the reviewer listed; [none] means no field at all, and [none, n]
that either is right."""

from __future__ import annotations

from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pytest
import yaml

from chiiki_mirai.core.text.normalize import normalize_text
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.readers import read_path
from chiiki_mirai.recommender.api import classify_plan
from chiiki_mirai.rules.check import evaluate

DATA = Path(__file__).parent / "data"
SETS = sorted(p for p in DATA.glob("qa_drafts*") if (p / "expected.yaml").is_file())
EXPECTED = {
    (qa.name, draft): want
    for qa in SETS
    for draft, want in yaml.safe_load((qa / "expected.yaml").read_text(encoding="utf-8")).items()
}
CORRECTIONS = {
    (qa.name, row["draft"], row["item"]): row
    for qa in SETS
    if (qa / "corrections.yaml").is_file()
    for row in yaml.safe_load((qa / "corrections.yaml").read_text(encoding="utf-8"))
}
GAP = {"partial", "missing"}
TODAY = date(2026, 5, 20)


def _ids(keys) -> list[str]:
    return [f"{s}/{d}" for s, d in keys]


@cache
def read_and_check(key: tuple[str, str]):
    """(check result, first fields) of one QA draft, read and checked once per run."""
    folder, draft = key
    plan, _ = read_path(DATA / folder / draft)
    return evaluate(plan, load_kb(), source=draft, today=TODAY), [
        f.number for f in classify_plan(plan, load_kb()).fields
    ]


def expected_items(key: tuple[str, str]) -> dict[str, str]:
    """The reviewer's statuses of one draft, corrections applied."""
    want = EXPECTED[key]
    expected = dict(want.get("requirements") or {})
    expected.update({f"kgi.{k}": v for k, v in (want.get("mandatory_kgi") or {}).items()})
    expected.update(want.get("checks") or {})
    for (qa, name, item_id), row in CORRECTIONS.items():
        if (qa, name) == key:
            expected[item_id] = row["new"]
    return expected


# Items the tool still gets wrong for a known reason it cannot fix here, each a strict xfail of its own
# (test_qa_known_limitation): the rest of the draft is still asserted, and a fix turns the xfail into a failure
# that asks for the entry to go.
_META = (
    "reader layout, meta family: the cover's metadata written as 「作成者」「提案者」「策定：」, several key：value "
    "pairs on one line, or a cover-table row 「計画期間・目標年度」 is not read (tests/test_read_cases.py metadata "
    "cases fail the same way; fixed in the parallel reader-layout worktree)"
)
_UNDER_READ = (
    "statement classifier: the claim is stated in a long strategy sentence the frozen labelled sentences "
    "(readers/resources/sentences) rarely show, and is read below the bar — review with a candidate quote, "
    "never a gap; needs more labelled sentences, not a word list"
)
_NEED_UNDER_READ = (
    "statement classifier: the market need, even read alone as its head clause (「極低温部材は国内外で不足しており」 "
    "p 0.53 unplaced), stays below the bar, so the criterion shows a candidate; needs more labelled sentences, "
    "not a word list"
)
_PLACE_CANDIDATE = (
    "statement classifier + place weight: a sentence the classifier reads as no dependence (p < 0.4: a division of "
    "labour, a factory at the centre of village jobs) becomes a candidate only by its place (BONUS home +1.0, "
    "calibrated on dev) → review; lowering it moves dev verdicts"
)
_KIND_ONCE = (
    "the tool's verdict differs from the reviewer's and is kept: "
    "B.ebpm met: 要件⑦ asks that KGIs be set 「計画の最終年度において達成を目指す目標値」; a cumulative investment to the final year is such a value — that it is not the 留意事項's 「目標年度における目標値」 is reported once, by kgi.investment (gap here), as a rate-only value added is (qa3_03, qa2_08); two of three dev writers agree"
)
KNOWN_LIMITS = {
    ("qa_drafts", "qa08_b_biopharma_kobe.md", "B.ebpm"): _KIND_ONCE,
    ("qa_drafts3", "qa3_04_b_robot_reducer_kitakyushu.md", "B.ebpm"): _KIND_ONCE,
    ("qa_drafts6", "qa6_05_b_jewelry_yamanashi_sjis.txt", "B.promise"): _NEED_UNDER_READ + " (「欧州・中東の宝飾ブランドから…受託が増えており」 p 0.19; a hard-wrapped Shift_JIS file)",
    ("qa_drafts7", "qa7_05_b_quantum_cryo_gunma_sjis.txt", "B.promise"): _NEED_UNDER_READ,
    ("qa_drafts", "qa04_c_suisan_town.txt", "C.promise"): (
        "statement classifier: the product's name (「サンマ・カツオの冷凍加工品及びレトルト総菜」) and an equipment list entry "
        "(「レトルト殺菌釜の増設」) are read as a value-up outlook (p 0.78 / 0.68), so the missing outlook is not found"
    ),
    ("qa_drafts3", "qa3_06_c_bamboo_town_sjis.txt", "C.external_dependency"): _PLACE_CANDIDATE,
    ("qa_drafts8", "qa8_06_c_kokuto_okinawa_village.docx", "C.external_dependency"): _PLACE_CANDIDATE,
}



@pytest.mark.parametrize("key", sorted(EXPECTED), ids=_ids(sorted(EXPECTED)))
def test_qa_draft_findings(key: tuple[str, str]) -> None:
    folder, draft = key
    want = EXPECTED[key]
    result, _ = read_and_check(key)
    assert result.plan_type == want["plan_type"]
    items = {i.id: i for i in result.requirements + result.checks}
    expected = dict(want.get("requirements") or {})
    expected.update({f"kgi.{k}": v for k, v in (want.get("mandatory_kgi") or {}).items()})
    expected.update(want.get("checks") or {})
    for (qa, name, item_id), row in CORRECTIONS.items():
        if (qa, name) == key:
            assert expected.get(item_id) == row["old"], (
                f"{item_id}: the correction's old status is not expected.yaml's"
            )
            expected[item_id] = row["new"]
    known = set(want.get("tool_disagrees") or []) | {i for (f, d, i) in KNOWN_LIMITS if (f, d) == key}
    # (strict xfails of their own below)
    wrong = []
    for item_id, status in expected.items():
        if item_id in known:
            continue
        got = items[item_id]
        ok = got.status in GAP if status == "gap" else got.status == status
        if not ok:
            wrong.append(f"{item_id}: expected {status}, got {got.status}: {got.reasons}")
    assert not wrong, "\n".join(wrong)


DISAGREEMENTS = [
    pytest.param(key, item_id, id=f"{key[1]}:{item_id}", marks=pytest.mark.xfail(strict=True, reason=reason))
    for key, want in sorted(EXPECTED.items())
    for item_id in want.get("tool_disagrees") or []
    for reason in [
        f"known failure recorded in {key[0]}/expected.yaml (tool_disagrees): the reviewer says {item_id} "
        f"is {expected_items(key).get(item_id)}"
    ]
]


@pytest.mark.parametrize(("key", "item_id"), DISAGREEMENTS)
def test_qa_known_disagreements(key: tuple[str, str], item_id: str) -> None:
    """An item the tool is known to get wrong: it fails until the tool is fixed, then the xfail must go."""
    result, _ = read_and_check(key)
    status = expected_items(key)[item_id]
    got = {i.id: i.status for i in result.requirements + result.checks}[item_id]
    assert got in GAP if status == "gap" else got == status


@pytest.mark.parametrize(
    "key",
    [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=KNOWN_LIMITS[k])) for k in sorted(KNOWN_LIMITS)],
    ids=[f"{f}/{d}#{i}" for f, d, i in sorted(KNOWN_LIMITS)],
)
def test_qa_known_limitation(key: tuple[str, str, str]) -> None:
    """An item the tool gets wrong for a known reason: it fails until the tool is fixed, then the entry must go."""
    folder, draft, item_id = key
    result, _ = read_and_check((folder, draft))
    status = expected_items((folder, draft))[item_id]
    got = {i.id: i.status for i in result.requirements + result.checks}[item_id]
    assert got in GAP if status == "gap" else got == status


def _reading(answer) -> tuple[int, int, int, int, list[str], list[str]]:
    """(gaps, found, met, false alarms, missed, alarms) of an answer (key, item) → status over every QA draft."""
    gaps = found = met = alarms = 0
    missed, alarmed = [], []
    for key in EXPECTED:
        for item_id, status in expected_items(key).items():
            got = answer(key, item_id)
            if status == "gap":
                gaps += 1
                found += got in GAP
                missed += [] if got in GAP else [f"{key[1]} {item_id}: {got}"]
            elif status == "met":
                met += 1
                alarms += got in GAP
                alarmed += [f"{key[1]} {item_id}: {got}"] if got in GAP else []
    return gaps, found, met, alarms, missed, alarmed


def test_reading_beats_answering_met_everywhere() -> None:
    """Gaps found and false alarms apart, beside the trivial answer "everything met" (issue 20)."""

    def tool(key, item_id):
        result, _ = read_and_check(key)
        return {i.id: i.status for i in result.requirements + result.checks}.get(item_id, "n/a")

    gaps, found, met, alarms, missed, alarmed = _reading(tool)
    agree, base = (found + met - alarms) / (gaps + met), met / (gaps + met)
    print(
        f"\ngaps found {found}/{gaps}, false alarms {alarms}/{met}, agreement {agree:.1%}; "
        f"everything met: gaps found 0/{gaps}, false alarms 0/{met}, agreement {base:.1%}"
    )
    print("missed: " + "; ".join(missed) + "\nfalse alarms: " + "; ".join(alarmed))
    assert found >= 0.95 * gaps  # "everything met" finds none
    # 12/771 with the document-tree reader: the known limitations above (mostly 記載項目 placed by layout), each a
    # strict xfail of its own
    assert alarms <= 0.02 * met
    assert agree >= base + 0.05


def test_the_first_field_beats_the_most_common_field() -> None:
    keys = sorted(k for k, w in EXPECTED.items() if "fields" in w)
    common = Counter(str(EXPECTED[k]["fields"][0]) for k in keys).most_common(1)[0][0]

    def right(first: str, want: list) -> bool:
        return first in [str(x) for x in want]

    tool = sum(
        right(str(read_and_check(k)[1][0]) if read_and_check(k)[1] else "none", EXPECTED[k]["fields"])
        for k in keys
    )
    base = sum(right(common, EXPECTED[k]["fields"]) for k in keys)
    print(
        f"\nfirst field right: tool {tool}/{len(keys)}, the most common field ({common}) {base}/{len(keys)}"
    )
    assert tool >= base + 0.4 * len(keys)


@pytest.mark.parametrize("qa", SETS, ids=[p.name for p in SETS])
def test_every_qa_draft_has_expectations(qa: Path) -> None:
    drafts = {p.name for p in qa.iterdir() if p.suffix in {".md", ".txt", ".docx"}}
    assert drafts == {d for s, d in EXPECTED if s == qa.name}


FIELD_KEYS = sorted(k for k, w in EXPECTED.items() if "fields" in w)


@pytest.mark.parametrize("key", FIELD_KEYS, ids=_ids(FIELD_KEYS))
def test_qa_draft_fields(key: tuple[str, str]) -> None:
    folder, draft = key
    want = EXPECTED[key]["fields"]
    _, got = read_and_check(key)
    if want == ["none"]:
        assert got == [], f"{draft}: expected no strategic field, got {got}"
    elif "none" in want:  # a reviewer accepts either no field or one of the listed ones
        assert not got or got[0] in want, f"{draft}: expected none or one of {want} first, got {got}"
    else:
        assert got and got[0] in want, f"{draft}: expected one of {want} first, got {got}"


def test_every_qa_folder_is_a_set() -> None:
    """A qa_drafts* folder without expected.yaml would be silently skipped by the runner."""
    folders = sorted(p.name for p in DATA.glob("qa_drafts*") if p.is_dir())
    assert folders[:2] == ["qa_drafts", "qa_drafts2"]
    assert [p.name for p in SETS] == folders


def test_every_correction_cites_a_passage_of_the_sources() -> None:
    kb = load_kb()
    for (qa, draft, item_id), row in CORRECTIONS.items():
        assert row["passages"], f"{qa}/{draft} {item_id}: a correction needs the passage that justifies it"
        for p in row["passages"]:
            assert normalize_text(p["excerpt"]) in kb.normalized_source_text(p["document"]), (
                qa,
                draft,
                item_id,
            )
