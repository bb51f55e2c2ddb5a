"""Reviewer splits chosen from dev evidence, and the adjudicated labels as a correction layer (issue 19).

The cases are made up here: reviewers who disagree about a measure whatever the plan says (a split), reviewers who
agree (no split), offices of one ministry (no window split), and adjudications with and without their passage.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from benchmarks import rec_adjudicated as adj
from benchmarks import rec_eval as re_
from benchmarks import rec_splits as rs

PARENTS = {"meti_tohoku": "meti", "meti_kanto": "meti"}


def judged(plan: str, reviewer: str, apt=(), plausible=(), windows=None) -> re_.Judgement:
    return re_.Judgement(plan, plan.split("_")[0], reviewer, tuple(apt), tuple(plausible), {}, dict(windows or {}),
                         (), (), "")


def two_minds() -> list[re_.Judgement]:
    """r1 hands the framework measure to every town plan and sends the talent one to METI's Tohoku bureau; r2 calls
    the framework measure noise and sends the talent one to METI itself; both hand over the talent measure."""
    out = []
    for i in range(24):
        r = "r1" if i < 12 else "r2"
        office = "meti_tohoku" if r == "r1" else "meti"
        out.append(judged(f"w9_{i:02d}_c_town", r, apt=["framework", "talent"] if r == "r1" else ["talent"],
                          windows={"talent": office, **({"framework": "mhlw"} if r == "r1" else {})}))
    return out


def test_a_measure_judged_by_who_judged_it_is_a_split_and_agreement_is_not():
    dev = two_minds()
    types = {j.plan: "C" for j in dev}
    splits = rs.find_splits(dev, types, ["framework", "talent"], PARENTS)
    assert [(s.measure, s.plan_type, s.kind) for s in splits] == [("framework", "C", "verdict")]
    assert splits[0].by_reviewer == {"r1": "12/0/0", "r2": "0/0/12"}


def test_windows_in_different_ministries_split_offices_of_one_do_not():
    dev = two_minds()
    for i, j in enumerate(dev):
        if j.reviewer == "r2":
            dev[i] = judged(j.plan, "r2", apt=["talent"], windows={"talent": "mhlw"})
    types = {j.plan: "C" for j in dev}
    kinds = {(s.measure, s.kind) for s in rs.find_splits(dev, types, ["talent"], PARENTS)}
    assert kinds == {("talent", "window")}


def test_every_plan_of_the_type_is_put_to_the_adjudicators_whatever_was_judged():
    split = rs.Split("framework", "C", "verdict", 0.9, {})
    plans = [judged("w9_01_c_a", "r1"), judged("w9_02_b_b", "r1"), judged("w8_03_c_c", "r7", apt=["framework"])]
    todo = rs.pairs_to_adjudicate([split], plans, {"w9_01_c_a": "C", "w9_02_b_b": "B", "w8_03_c_c": "C"})
    assert todo == {"w9_01_c_a": ["framework"], "w8_03_c_c": ["framework"]}


def write_layer(folder: Path, files: dict[str, dict], freeze: bool = True) -> None:
    lines = []
    for name, data in files.items():
        p = folder / name
        p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {name}")
    if freeze:
        (folder / "FROZEN_01.sha256").write_text("\n".join(lines) + "\n", encoding="utf-8")


def entry(verdict: str, window: str = "", source: str = "") -> dict:
    e = {"verdict": verdict, "passage": "計画「…」／000 第3章「…」"}
    return {**e, "window": window, "window_source": source} if verdict == "apt" else e


def test_an_unfrozen_or_changed_adjudication_is_reported(tmp_path):
    write_layer(tmp_path, {"adjudicated_01.yaml": {"w9_01_c_a": {"framework": entry("noise")}}})
    assert adj.frozen_problems(tmp_path) == []
    (tmp_path / "adjudicated_01.yaml").write_text("w9_01_c_a: {}\n", encoding="utf-8")
    assert adj.frozen_problems(tmp_path) == ["adjudicated_01.yaml"]


def test_an_entry_without_its_passage_does_not_count(tmp_path):
    bare = {"verdict": "apt", "window": "meti", "window_source": "000 「…」"}
    write_layer(tmp_path, {"adjudicated_01.yaml": {"w9_01_c_a": {"framework": bare, "talent": entry("noise")},
                                                   "w9_02_c_b": {"talent": {**entry("apt", "meti"), "window_source": ""}}}})
    layer = adj.load(tmp_path)
    assert layer.rejected == 2 and set(layer.pairs) == {("w9_01_c_a", "talent")}


def test_several_adjudicators_give_the_lower_middle_verdict():
    assert adj.Pair(["apt", "noise", "apt"]).verdict() == "apt"
    assert adj.Pair(["apt", "noise"]).verdict() == "noise"
    assert adj.Pair(["apt", "plausible", "noise", "apt"]).verdict() == "plausible"


def test_the_adjudicated_verdict_replaces_the_reviewers_and_the_rest_stays(tmp_path):
    write_layer(tmp_path, {"adjudicated_01.yaml": {"w9_01_c_a": {"framework": entry("noise"),
                                                                 "talent": entry("apt", "mhlw", "000 第3章「厚生労働省…」")}}})
    j = re_.Judgement("w9_01_c_a", "w9", "r1", ("framework", "tax"), ("talent",), {"tax": "税制"},
                      {"framework": "cas", "tax": "meti"}, (), ("策定主体",), "")
    applied = adj.apply([j], adj.load(tmp_path))
    (a,) = applied.judgements
    assert a.apt == ("talent", "tax") and a.plausible == () and a.named == {"tax": "税制"}
    assert a.windows == {"tax": "meti", "talent": "mhlw"} and a.warnings == ("策定主体",)
    assert (applied.pairs, applied.changed, applied.windows_unscored) == (2, 2, 0)


def test_a_window_no_source_names_is_not_scored_and_sourced_ones_are_all_accepted(tmp_path):
    write_layer(tmp_path, {
        "adjudicated_01.yaml": {"w9_01_c_a": {"talent": entry("apt", "meti", "general knowledge, uncertain")},
                                "w9_02_c_b": {"talent": entry("apt", "maff", "000 「農林水産省…」")}},
        "adjudicated_02.yaml": {"w9_02_c_b": {"talent": entry("apt", "meti_kanto", "003 「経済産業局…」")}}})
    js = [judged("w9_01_c_a", "r1", apt=["talent"], windows={"talent": "mhlw"}),
          judged("w9_02_c_b", "r1", apt=["talent"], windows={"talent": "mhlw"})]
    applied = adj.apply(js, adj.load(tmp_path))
    first, second = applied.judgements
    assert "talent" not in first.windows and applied.windows_unscored == 1
    scorer = re_.Scorer(PARENTS)
    assert scorer.window_ok(second, "talent", "maff") and scorer.window_ok(second, "talent", "meti_kanto")
    assert scorer.window_ok(second, "talent", "meti") and not scorer.window_ok(second, "talent", "mhlw")


def test_the_adjudications_in_the_repository_are_frozen():
    assert adj.frozen_problems() == []
