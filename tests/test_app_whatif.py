"""What-if on the planner page: it belongs to one plan, it is made from the gaps listed, it never replaces the
planner's own text, and its downloads are separate and marked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app_testing import (  # noqa: F401 - fixture, isort: skip
    ROOT, TEST_DRAFTS, app, example, expander_for, fresh_cache, no_exception, planner_with,
)
from app_support.downloads import EDITED_SUFFIX, EDITS_SHEET, NOTICE, downloads
from app_support.state import PLANNER_UPLOAD
from app_support.whatif import (
    COVER,
    MARK,
    WITHDRAWAL_EXAMPLE,
    apply_edits,
    edits_made,
    gap_criteria,
    hints,
    inputs_for,
    mark_result,
    place_for,
)
from chiiki_mirai import service

QA_DRAFTS = sorted(
    p for d in (ROOT / "tests" / "data").glob("qa_drafts*") for p in d.iterdir() if p.suffix in (".md", ".txt", ".docx")
)
# criteria an added sentence cannot meet: the plan must change what it says, not add to it — the draft states
# the opposite (the subsidy only applied for, the cluster not yet in the block's draft, a rate below the peers',
# a dependence on one buyer, the prefecture's own cluster), and a sentence beside it contradicts it
NEEDS_A_CHANGE = {
    "submission.forms",
    "author.designated_city_same",
    "A.feasibility.adopted_not_pending",
    "A.block_draft_alignment.block_draft",
    "A.block_draft_alignment.block_draft_not_pending",
    "B.cost_effectiveness.higher",
    "C.external_dependency.no_franchise",
}


def whatif_boxes(at) -> dict[str, object]:
    return {t.key: t for t in at.text_input if (t.key or "").startswith("whatif.")}


def status(at, item) -> str:
    return expander_for(at, item).label.split("｜", 1)[0]


def read(name: str, data: bytes):
    return service.read_plan_bytes(name, data)[0]


def test_values_belong_to_one_plan_and_a_new_plan_starts_empty():
    name, data = example("b_perovskite_cluster.md")
    at = planner_with(name, data)
    boxes = whatif_boxes(at)
    kpi_key = next(k for k in boxes if ".kpi.withdrawal_criterion." in k)
    cum_key = next(k for k in boxes if k.endswith(".kgi_investment_cumulative"))
    at.text_input(key=kpi_key).input("2年連続で目標の半分未満なら見直す").run()
    at.text_input(key=cum_key).input("必須KGI：官民設備投資額 2035年度に 120億円（2026〜2035年度の累積 800億円）").run()
    assert any("書き足し（what-if）2件" in w.value for w in at.warning)

    other = TEST_DRAFTS / "b_missing_sections.md"
    at.session_state[PLANNER_UPLOAD] = (other.name, other.read_bytes())
    at.run()
    no_exception(at)
    new = whatif_boxes(at)
    assert new and not set(new) & set(boxes)  # other keys: the browser draws new, empty boxes
    assert all(not box.value for box in new.values())
    assert not any("書き足し（what-if）" in w.value for w in at.warning)
    assert not [k for k in at.session_state if k.startswith("whatif.") and k in boxes]  # old values dropped
    # an edit on the new plan changes only what that edit answers
    desk = next(k for k in new if k.endswith(".support_lead_own_head"))
    at.text_input(key=desk).input("知事を本部長とする推進本部を設置し、伴走支援を行う。").run()
    changed = at.table[0].value
    assert "KGI及びKPI（EBPMメルクマール）" not in set(changed["項目"])
    assert any("1件" in w.value for w in at.warning)


def test_inputs_come_from_the_gaps_listed_and_close_the_one_gap_of_the_c_example():
    name, data = example("c_kiso_shikki.md")
    at = planner_with(name, data)
    boxes = whatif_boxes(at)
    assert [b.label for b in boxes.values()] == ["域内取引額の目標値"]  # the plan's only gap (P3 of the review)
    key = next(iter(boxes))
    at.text_input(key=key).input("域内取引額：2030年度に 5億円（2025年度 3億円）").run()
    no_exception(at)
    assert {m.label: m.value for m in at.metric}["不足（一部不足・未記載）"] == "0 件"
    changed = at.table[0].value
    assert list(changed["項目"]) == ["域内への波及"] and list(changed["書き足し後"]) == ["充足"]


def test_every_gap_criterion_of_a_draft_with_many_gaps_can_be_tried():
    p = TEST_DRAFTS / "b_missing_sections.md"
    plan, report = service.read_plan_bytes(p.name, p.read_bytes())
    result = service.check_plan(plan, p.name, parse_report=report, with_recommendations=False)
    at = planner_with(p.name, p.read_bytes())
    labels = {b.label for b in whatif_boxes(at).values()}
    for item in result.gaps:
        for c in gap_criteria(item):
            assert any(c.label in label for label in labels), (item.id, c.label)


def test_the_example_button_fills_only_kpis_without_a_criterion():
    at = app("planner")
    at.run()
    at.text_input(key="form.title").input("例文のテスト")
    at.selectbox(key="form.plan_type").set_value("C")
    at.text_area(key="form.kpis").input("新商品の開発数｜年3件\n販路開拓件数｜年10件｜2年連続で半分未満なら縮小")
    next(b for b in at.button if b.label == "この内容でチェックする").click().run()
    boxes = whatif_boxes(at)
    assert [b.label for b in boxes.values() if ".kpi.withdrawal_criterion." in b.key] == ["撤退基準：新商品の開発数"]
    assert any("販路開拓件数" in c.value for c in at.caption)  # the KPI with its own criterion is named as kept
    next(b for b in at.button if b.label == "撤退基準のないKPIに例文を入れる").click().run()
    no_exception(at)
    boxes = whatif_boxes(at).values()
    assert [b.value for b in boxes if ".kpi.withdrawal_criterion." in b.key] == [WITHDRAWAL_EXAMPLE]
    assert all(not b.value for b in boxes if ".kpi.owner." in b.key)  # the button writes 撤退基準 only


def test_apply_edits_never_replaces_a_criterion_the_plan_has():
    name, data = example("c_kiso_shikki.md")
    plan = read(name, data)
    own = [k.withdrawal_criterion for k in plan.kpis]
    assert all(own)
    result = service.check_plan(plan, name, with_recommendations=False)
    inputs = inputs_for(result, plan, service.kb())
    assert not inputs.kpis  # every KPI has its criterion: nothing to fill
    values = {s.key: s.example for s in inputs.sentences}
    edited = apply_edits(plan, inputs, values, service.kb(), read)
    assert [k.withdrawal_criterion for k in edited.kpis] == own
    assert plan == read(name, data)  # the plan as read is not changed


def test_downloads_are_separate_and_the_edits_are_marked():
    name, data = example("c_kiso_shikki.md")
    plan, report = service.read_plan_bytes(name, data)
    base = service.check_plan(plan, name, parse_report=report)
    inputs = inputs_for(base, plan, service.kb())
    values = {inputs.sentences[0].key: "域内取引額：2030年度に 5億円（2025年度 3億円）"}
    edited = apply_edits(plan, inputs, values, service.kb(), read)
    edits = edits_made(inputs, values)
    result = mark_result(service.check_plan(edited, name, parse_report=report), edits)
    original = {d.file_name: d.make() for d in downloads(name, plan, base, [])}
    changed = {d.file_name: d.make() for d in downloads(name, edited, result, edits)}
    assert all(EDITED_SUFFIX in f for f in changed) and not any(EDITED_SUFFIX in f for f in original)
    md_original = next(v for k, v in original.items() if k.endswith(".md"))
    md_edited = next(v for k, v in changed.items() if k.endswith(".md"))
    assert NOTICE not in md_original and MARK not in md_original
    assert md_edited.startswith(f"> **{NOTICE}**") and MARK in md_edited
    assert "木曽漆器成長相談窓口" in md_edited  # the draft's own lines are quoted as written
    yaml_edited = next(v for k, v in changed.items() if k.endswith(".yaml"))
    assert yaml_edited.startswith("# " + NOTICE) and MARK in yaml_edited
    wb = load_workbook(io.BytesIO(next(v for k, v in changed.items() if k.endswith(".xlsx"))))
    assert wb.sheetnames[0] == EDITS_SHEET and wb[EDITS_SHEET]["B4"].value.startswith("域内取引額")
    assert EDITS_SHEET not in load_workbook(io.BytesIO(next(v for k, v in original.items() if k.endswith(".xlsx")))).sheetnames


def test_the_page_offers_both_download_rows_once_there_are_edits():
    at = planner_with(*example("c_kiso_shikki.md"))
    keys = [d.proto.id for d in at.get("download_button")]
    assert len(keys) == 3
    at.text_input(key=next(iter(whatif_boxes(at)))).input("域内取引額：2030年度に 5億円").run()
    assert len(at.get("download_button")) == 6
    assert any("書き足し後（what-if）" in m.value for m in at.markdown)


def test_every_gap_criterion_of_the_knowledge_has_a_hint_and_a_place_in_its_plan_types():
    kb = service.kb()
    entries = [(r, [r.plan_type]) for t in kb.requirements.values() for r in t] + [(c, c.plan_types) for c in kb.checks]
    for entry, types in entries:
        for c in entry.criteria:
            if c.on_fail != "gap":
                continue
            tests = c.all_of or (c.any_of[0] if c.any_of else [])
            fact = tests[0].fact
            if fact.startswith("section:"):
                continue
            hint = hints().get(fact)
            assert hint, f"{entry.id}.{c.id}: no hint for {fact} in app_support/whatif_hints.yaml"
            if hint.get("kpi"):
                continue
            for t in types:
                place = place_for(kb, t, hint["place"])
                assert place.section_id or COVER in hint["place"], (entry.id, c.id, t, hint["place"])


@pytest.mark.slow
def test_on_the_qa_drafts_every_gap_criterion_has_an_input_and_the_examples_close_them():
    """The 67 independent QA drafts: every gap criterion gets a box, and the example sentences (as a planner
    would type them) close every gap except those that need the plan to change what it says."""
    kb = service.kb()
    left: dict[str, int] = {}
    for path in QA_DRAFTS:
        plan, report = service.read_plan(path)
        result = service.check_plan(plan, path.name, parse_report=report, with_recommendations=False)
        inputs = inputs_for(result, plan, kb)
        covered = {c for s in inputs.sentences for c in s.criteria} | {c for k in inputs.kpis for c in k.criteria}
        values = {s.key: (s.example.replace("〇〇", "あおば") or "この記載項目の内容を記載する。") for s in inputs.sentences}
        filled = {"withdrawal_criterion": WITHDRAWAL_EXAMPLE, "owner": "産業振興課", "deadline": "2030年度"}
        values |= {k.key: filled[k.attribute] for k in inputs.kpis}
        for item in result.gaps:
            for c in gap_criteria(item):
                assert f"{item.label}：{c.label}" in covered, (path.name, item.id, c.id)
        after = service.check_plan(apply_edits(plan, inputs, values, kb, read), path.name, with_recommendations=False)
        for item in after.gaps:
            for c in gap_criteria(item):
                key = f"{item.id}.{c.id}" if item.id != "sections" else "sections"
                left[key] = left.get(key, 0) + 1
    assert set(left) <= NEEDS_A_CHANGE, sorted(left.items())


def test_the_qa_drafts_are_there():
    assert len(QA_DRAFTS) >= 60 and all(isinstance(p, Path) for p in QA_DRAFTS)


def test_a_placeholder_kpi_criterion_gets_a_box_and_the_edit_is_judged_on_a_read_draft():
    """A read draft carries its statements: the edited KPI is judged from the edit, not from the statement read."""
    draft = (
        "類型：C\n策定主体：長野県木曽町\n\n## KPI及び撤退基準\n\n"
        "| KPI | 目標 | 期限 | 担当 | 撤退基準 |\n|---|---|---|---|---|\n"
        "| 漆器の受注件数 | 年120件 | 2030年度 | 町産業振興室 | （調整中） |\n\nKPIは半期ごとに確認する。\n"
    )
    plan = read("draft.md", draft.encode("utf-8"))

    def kpi(p):  # noqa: ANN001, ANN202
        return next(i.status for i in service.check_plan(p, "d.md", with_recommendations=False).checks if i.id == "kpi")

    assert kpi(plan) == "partial"
    inputs = inputs_for(service.check_plan(plan, "d.md", with_recommendations=False), plan, service.kb())
    boxes = [k for k in inputs.kpis if k.attribute == "withdrawal_criterion"]
    assert [k.kpi_name for k in boxes] == ["漆器の受注件数"]  # 「（調整中）」 is no criterion: it gets a box
    values = {boxes[0].key: "2029年度に60件未満なら販路支援を縮小する"}
    assert kpi(apply_edits(plan, inputs, values, service.kb(), read)) == "met"
