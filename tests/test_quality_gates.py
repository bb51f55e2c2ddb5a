"""Quality gates that must beat the trivial answer, not just agree (issue 20). Run with -s to see the figures.

Each gate prints the tool's figures beside a trivial answer's and asserts the margin; reading is scored as gaps
found and false alarms, apart, never as agreement alone:
- reading and fields on the QA sets: tests/test_qa_drafts.py (against "everything met", the most common field);
- recommendations on the QA sets: tests/test_qa_recommend.py (against a fixed top 10 per plan type);
- reading, independent corpus dev half (tests/corpus/independent, writers w1 w3 w6): against "everything met"
  and a fixed list of gaps per plan type (benchmarks/corpus_eval.py); the held-out half is only measured by
  `python -m benchmarks.bench_corpus`;
- desk search (tests/data/desk_questions.yaml): top 5 against a fixed top 5.
(The desk corpus and the recommendation corpus have their own gates: test_desk_corpus.py,
test_recommend_corpus.py.) A gate the product does not pass today is a strict xfail with its reason: it turns
red when the product gets better, so the figure is raised rather than forgotten.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from benchmarks import corpus_eval as ce
from benchmarks.bench_desk_search import evaluate as desk_evaluate
from benchmarks.bench_desk_search import load_questions
from chiiki_mirai import service
from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import search

DATA = Path(__file__).parent / "data"
GAP = ("partial", "missing")


@dataclass
class Reading:
    """Gaps found and false alarms, apart."""

    gaps: int = 0
    found: int = 0
    met: int = 0
    alarms: int = 0
    missed_list: list[str] = field(default_factory=list)
    alarm_list: list[str] = field(default_factory=list)

    def add(self, where: str, want: str, got: str) -> None:
        if want == "gap":
            self.gaps += 1
            self.found += got in GAP
            if got not in GAP:
                self.missed_list.append(f"{where}: {got}")
        elif want == "met":
            self.met += 1
            self.alarms += got in GAP
            if got in GAP:
                self.alarm_list.append(f"{where}: {got}")

    @property
    def found_pct(self) -> float:
        return 100 * self.found / self.gaps

    @property
    def alarm_pct(self) -> float:
        return 100 * self.alarms / self.met

    @property
    def agreement_pct(self) -> float:
        return 100 * (self.found + self.met - self.alarms) / (self.gaps + self.met)

    def line(self, name: str) -> str:
        return (
            f"{name:12} gaps found {self.found}/{self.gaps} ({self.found_pct:.1f}%), "
            f"false alarms {self.alarms}/{self.met} ({self.alarm_pct:.1f}%), agreement {self.agreement_pct:.1f}%"
        )


# --- reading on the independent corpus, dev half -----------------------------------------------------------


@cache
def corpus_dev() -> tuple[Reading, Reading, Reading]:
    dev = ce.drafts("dev")
    fixed = ce.fixed_list_from(dev)
    tool, all_met, fixed_list = Reading(), Reading(), Reading()
    for d in dev:
        plan, report = service.read_plan(d.path)
        result = service.check_plan(plan, source=str(d.path), parse_report=report, with_recommendations=False)
        got = {i.id: i.status for i in result.requirements + result.checks}
        base = fixed(d)["items"]
        for item, raw in d.label["items"].items():
            want = ce._norm(raw)["status"]  # noqa: SLF001 - the corpus' own label normaliser
            where = f"{d.writer}/{d.name} {item}"
            tool.add(where, want, got.get(item, "n/a"))
            all_met.add(where, want, "met")
            fixed_list.add(where, want, base.get(item, "met"))
    print(
        "\n"
        + "\n".join(r.line(n) for n, r in (("tool", tool), ("all met", all_met), ("fixed list", fixed_list)))
    )
    return tool, all_met, fixed_list


def test_corpus_dev_finds_more_gaps_than_a_fixed_list() -> None:
    tool, _, fixed_list = corpus_dev()
    assert tool.found_pct >= fixed_list.found_pct + 15


@pytest.mark.xfail(
    strict=True,
    reason="known failure: the dev half's false alarms are 6.0% against the fixed list's 5.9% — 0.8% on w1·w3·w6, "
    "w8·w9·w10 the rest (added this round; their first run was 41.1%); README 「読み取りと判定の品質」",
)
def test_corpus_dev_raises_no_more_false_alarms_than_a_fixed_list() -> None:
    tool, _, fixed_list = corpus_dev()
    assert tool.alarm_pct <= fixed_list.alarm_pct


def test_corpus_dev_agrees_more_often_than_answering_met_everywhere() -> None:
    tool, all_met, _ = corpus_dev()
    assert tool.agreement_pct >= all_met.agreement_pct + 2


# --- desk search ------------------------------------------------------------------------------------------


def test_desk_search_beats_a_fixed_top_5() -> None:
    kb = load_kb()
    questions = load_questions()
    counts = Counter(m for q in questions for m in q["expect"])
    fixed = [m for m, _ in counts.most_common(5)]
    tool = desk_evaluate(questions, lambda q: [m["id"] for m in search(q, kb=kb, top=10)["measures"]])
    base = desk_evaluate(questions, lambda q: fixed)
    answered = [r for r in tool["rows"] if r["expect"]]
    print(
        f"\ndesk top 5: tool {tool['all']['top5']:.1%}, fixed top 5 {base['all']['top5']:.1%} "
        f"(answerable {len(answered)}, nothing-applies {len(tool['rows']) - len(answered)})"
    )
    assert tool["all"]["top5"] >= base["all"]["top5"] + 0.5
    assert tool["held_out"]["top5"] >= base["held_out"]["top5"] + 0.5
