"""`chiiki-mirai kb validate|stats|export|show` on the bundled data (broken copies: test_kb_validate.py)."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from chiiki_mirai.cli import main
from chiiki_mirai.core.text.normalize import normalize_text
from chiiki_mirai.knowledge.graph import build_graph
from chiiki_mirai.knowledge.loader import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_validate_bundled_data(capsys, kb):
    code, out, _ = run(capsys, "kb", "validate")
    assert code == 0, out
    assert "問題はありません" in out
    assert f"支援施策 {len(kb.measures)}" in out


def test_stats_json(capsys, kb):
    code, out, _ = run(capsys, "kb", "stats", "--format", "json")
    assert code == 0
    stats = json.loads(out)
    assert stats["fields"] == 17
    assert stats["products"] == len(kb.products) > 17
    assert stats["measures"] == len(kb.measures)
    assert stats["ministries"] == len(kb.ministries)
    assert stats["requirements"] == {"A": 7, "B": 7, "C": 6}
    assert stats["checks"] == len(kb.checks)
    assert stats["definitions"] == len(kb.definitions)
    assert sum(stats["measures_by_plan_type"].values()) == sum(
        len(m.plan_types) for m in kb.measures.values()
    )
    assert sum(stats["measures_by_category"].values()) == len(kb.measures)
    g = build_graph(kb)
    assert stats["graph"]["nodes"] == g.number_of_nodes()
    assert stats["graph"]["edges"] == g.number_of_edges()


def test_stats_text_is_japanese(capsys, kb):
    code, out, _ = run(capsys, "kb", "stats")
    assert code == 0
    assert "戦略分野: 17" in out
    assert f"支援施策: {len(kb.measures)}" in out
    assert "A: 7 / B: 7 / C: 6" in out


def test_export_json_is_the_whole_kb(capsys, kb):
    code, out, _ = run(capsys, "kb", "export", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["fields"]) == 17
    assert {m["id"] for m in data["measures"]} == set(kb.measures)
    assert {t: len(rs) for t, rs in data["requirements"].items()} == {"A": 7, "B": 7, "C": 6}
    assert set(data["plan_types"]) == {"A", "B", "C"}
    m = next(iter(kb.measures.values()))
    exported = next(x for x in data["measures"] if x["id"] == m.id)
    assert exported["source"]["excerpt"] == m.source.excerpt


def test_export_graphml_to_file(capsys, kb, tmp_path):
    path = tmp_path / "kb.graphml"
    code, out, _ = run(capsys, "kb", "export", "--format", "graphml", "--output", str(path))
    assert code == 0
    assert "書き出しました" in out
    g = nx.read_graphml(path)
    assert g.number_of_nodes() == build_graph(kb).number_of_nodes()


def test_export_graph_json(capsys, kb):
    code, out, _ = run(capsys, "kb", "export", "--format", "graph-json")
    assert code == 0
    data = json.loads(out)
    assert len(data["edges"]) == build_graph(kb).number_of_edges()


def test_export_to_an_unwritable_place(capsys, tmp_path):
    code, _, err = run(capsys, "kb", "export", "--output", str(tmp_path / "no" / "such" / "dir.json"))
    assert code == 2
    assert "書き出せません" in err
    assert "Traceback" not in err


def test_unknown_format_is_rejected(capsys):
    code, _, _ = run(capsys, "kb", "stats", "--format", "yaml")
    assert code == 2


def test_show_measure_with_its_source_passage(capsys, kb):
    # a measure with conditions: its own source is shown word for word beside them
    m = next((m for m in kb.measures.values() if m.conditions), next(iter(kb.measures.values())))
    code, out, _ = run(capsys, "kb", "show", m.id)
    assert code == 0
    assert "【支援施策】" in out
    assert m.name in out
    assert kb.documents[m.source.document].title in out
    assert kb.passage(m.source) in out  # the source passage, word for word
    assert kb.ministries[m.ministry].name in out


def test_show_field_by_number(capsys, kb):
    f = kb.field_by_number[9]
    code, out, _ = run(capsys, "kb", "show", "9")
    assert code == 0
    assert "【戦略分野】" in out
    assert f.name in out
    assert all(p.name in out for p in f.products)


def test_show_requirement(capsys, kb):
    r = kb.requirements["B"][0]
    code, out, _ = run(capsys, "kb", "show", r.id)
    assert code == 0
    assert "【要件】" in out
    assert r.label in out and r.text in out
    assert kb.passage(r.source) in out


def test_show_json(capsys, kb):
    m = next(iter(kb.measures.values()))
    code, out, _ = run(capsys, "kb", "show", m.id, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["kind"] == "measure" and data["id"] == m.id
    assert data["entry"]["name"] == m.name
    first = data["sources"][0]
    assert first["path"] == "source"
    assert normalize_text(m.source.excerpt) in normalize_text(first["passage"])
    assert first["title"] == kb.documents[m.source.document].title


def test_show_with_a_kind_prefix(capsys, kb):
    d = kb.definitions[0]
    code, out, _ = run(capsys, "kb", "show", f"definition:{d.id}")
    assert code == 0
    assert "【用語定義】" in out and d.term in out


def test_show_unknown_id_suggests_close_ones(capsys):
    code, out, err = run(capsys, "kb", "show", "B.promis")
    assert code == 2
    assert "見つかりません" in err
    assert "B.promise" in err
    assert out == ""


def test_show_unknown_id_far_from_everything(capsys):
    code, _, err = run(capsys, "kb", "show", "zzzzqqqq")
    assert code == 2
    assert "見つかりません" in err
