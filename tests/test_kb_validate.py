"""The loader and the validator: the bundled data is sound, and each kind of mistake is caught.

Each broken-copy test copies knowledge/data, breaks one thing, and checks that the validator names the
file, the entry and the mistake, and that `chiiki-mirai kb validate --data COPY` exits 1. Problems are
compared with those of an unbroken copy, so each test sees exactly what its break added.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from chiiki_mirai.cli import main
from chiiki_mirai.core.errors import KnowledgeError, UserError
from chiiki_mirai.core.text.normalize import normalize_text
from chiiki_mirai.knowledge.kb_contract import REQUIREMENT_IDS, iter_source_refs
from chiiki_mirai.knowledge.kb_files import Problem
from chiiki_mirai.knowledge.loader import DATA_DIR, load_kb, load_kb_collecting
from chiiki_mirai.knowledge.schema import SourceRef
from chiiki_mirai.knowledge.validate import validate
from chiiki_mirai.rules.facts import FACT_NAMES, FACT_PREFIXES, PARAMETERS_USED

HAS_REQUIREMENTS = (DATA_DIR / "requirements").is_dir()


# --- helpers -------------------------------------------------------------------------------------
# libyaml when available: these tests read and write the whole data set many times
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def write_yaml(path: Path, data: Any) -> None:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")


def edit_yaml(path: Path, change: Callable[[Any], Any]) -> None:
    """Read, change in place (the callable's return value is ignored), write back."""
    data = read_yaml(path)
    change(data)
    write_yaml(path, data)


def measure_files(data: Path) -> list[Path]:
    return [p for p in sorted((data / "measures").glob("*.yaml")) if read_yaml(p)]


def first_measure_file(data: Path) -> Path:
    """A measures file holding at least two measures (some breaks need a second one)."""
    return next(p for p in measure_files(data) if len(read_yaml(p)) >= 2)


def rel(data: Path, path: Path) -> str:
    return path.relative_to(data).as_posix()


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> set[str]:
    """Problems of an unbroken copy (empty once the data is sound)."""
    copy = tmp_path_factory.mktemp("pristine") / "data"
    shutil.copytree(DATA_DIR, copy)
    return {str(p) for p in validate(copy)}


@pytest.fixture
def data(tmp_path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def added_problems(data: Path, baseline: set[str], **kw: Any) -> list[Problem]:
    return [p for p in validate(data, **kw) if str(p) not in baseline]


def assert_reported(problems: list[Problem], file: str, where: str, *message_parts: str) -> Problem:
    for p in problems:
        if p.file == file and where in p.where and all(m in p.message for m in message_parts):
            return p
    listing = "\n".join(str(p) for p in problems) or "(none)"
    raise AssertionError(f"expected {file}: {where}: {message_parts} among:\n{listing}")


def assert_cli_fails(data: Path, capsys, expected: str) -> None:
    capsys.readouterr()
    code = main(["kb", "validate", "--data", str(data)])
    out = capsys.readouterr().out
    assert code == 1
    assert expected in out
    assert "問題が" in out


# --- the bundled data --------------------------------------------------------------------------
def test_bundled_data_is_sound():
    if not HAS_REQUIREMENTS or not (DATA_DIR / "checks.yaml").exists():
        pytest.skip("requirements/ or checks.yaml not written yet")
    problems = validate()
    assert problems == [], "\n".join(str(p) for p in problems)


def test_loader_reads_the_17_fields_with_products():
    kb, _ = load_kb_collecting()
    assert [f.number for f in kb.fields] == list(range(1, 18))
    assert all(f.products for f in kb.fields)
    assert len({f.id for f in kb.fields}) == 17
    # product ids are unique across fields and each knows its field
    assert len(kb.products) == sum(len(f.products) for f in kb.fields)
    for number, field in kb.field_by_number.items():
        assert all(kb.product_field[p.id] == number for p in field.products)


def test_requirement_counts_match_the_sources():
    if not HAS_REQUIREMENTS:
        pytest.skip("requirements/ not written yet")
    kb, _ = load_kb_collecting()
    counts = {t: len(kb.requirements.get(t, [])) for t in "ABC"}
    assert counts == {"A": 7, "B": 7, "C": 6}
    # written out, not read from knowledge/kb_contract.py (issue 20): a requirement dropped from both fails here
    ids = {
        "A": ["A.growth_strategy_alignment", "A.international_competitiveness", "A.feasibility", "A.investment_scale",
              "A.block_draft_alignment", "A.quality_jobs", "A.infrastructure_integration"],
        "B": ["B.promise", "B.feasibility", "B.external_dependency", "B.cost_effectiveness", "B.regional_ripple",
              "B.commitment", "B.ebpm"],
        "C": ["C.promise", "C.feasibility", "C.external_dependency", "C.regional_ripple", "C.commitment", "C.ebpm"],
    }
    assert {t: sorted(r.id for r in kb.requirements[t]) for t in "ABC"} == {t: sorted(v) for t, v in ids.items()}
    assert {t: sorted(v) for t, v in REQUIREMENT_IDS.items()} == {t: sorted(v) for t, v in ids.items()}


def test_every_measure_has_a_ministry_and_a_plan_type():
    kb, _ = load_kb_collecting()
    assert kb.measures
    for m in kb.measures.values():
        assert m.plan_types, m.id
        assert m.ministry, m.id


def test_excerpt_matching_ignores_width_and_whitespace():
    kb, _ = load_kb_collecting()
    m = next(iter(kb.measures.values()))
    excerpt = m.source.excerpt
    # full-width letters/digits and broken lines are found; a changed word is not
    wide = unicodedata.normalize("NFKC", excerpt).translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    spaced = "\n  ".join(excerpt[i : i + 3] for i in range(0, len(excerpt), 3))
    assert kb.excerpt_found(m.source.model_copy(update={"excerpt": wide}))
    assert kb.excerpt_found(m.source.model_copy(update={"excerpt": spaced}))
    assert not kb.excerpt_found(m.source.model_copy(update={"excerpt": excerpt + "架空の続き"}))
    assert normalize_text("Ａ　Ｂ\nC") == "ABC"


def test_passage_contains_the_excerpt():
    kb, _ = load_kb_collecting()
    for m in list(kb.measures.values())[:20]:
        passage = kb.passage(m.source)
        assert normalize_text(m.source.excerpt) in normalize_text(passage), m.id


def test_load_kb_is_cached(data):
    if load_kb_collecting(data)[1]:
        pytest.skip("the data does not load cleanly yet")
    assert load_kb(data) is load_kb(str(data))


def test_load_kb_rejects_broken_data(data):
    (data / "ministries.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="ministries.yaml"):
        load_kb(data)


def test_missing_data_folder_is_a_user_error(tmp_path, capsys):
    with pytest.raises(UserError):
        validate(tmp_path / "nowhere")
    assert main(["kb", "validate", "--data", str(tmp_path / "nowhere")]) == 2
    assert "見つかりません" in capsys.readouterr().err


# --- broken copies: YAML and schema ------------------------------------------------------------
def test_yaml_syntax_error(data, baseline, capsys):
    path = data / "ministries.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "\n- id: broken\n  name: [閉じていない\n", encoding="utf-8"
    )
    p = assert_reported(added_problems(data, baseline), "ministries.yaml", "file", "構文エラー")
    assert re.search(r"\d+ 行目", p.message)
    assert_cli_fails(data, capsys, "構文エラー")


def test_duplicate_yaml_key(data, baseline, capsys):
    path = first_measure_file(data)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    # repeat the first block-style `summary:` line of a measure: the key is then set twice
    i = next(i for i, line in enumerate(lines) if re.match(r"^  summary: ", line))
    lines.insert(i + 1, lines[i].replace("summary: ", "summary: 上書きされる概要 ", 1))
    path.write_text("".join(lines), encoding="utf-8")
    p = assert_reported(added_problems(data, baseline), rel(data, path), "file", "'summary'", "重複")
    assert f"{i + 2} 行目" in p.message
    assert_cli_fails(data, capsys, "'summary'")


def test_unknown_key(data, baseline, capsys):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[0].update(ministy="meti"))
    mid = read_yaml(path)[0]["id"]
    assert_reported(added_problems(data, baseline), rel(data, path), f"{mid} ministy", "未知のキー")
    assert_cli_fails(data, capsys, "未知のキー 'ministy'")


def test_unknown_key_in_nested_citation(data, baseline):
    path = data / "fields.yaml"
    edit_yaml(path, lambda d: d["fields"][3]["products"][0]["source"].update(page=12))
    fid = read_yaml(path)["fields"][3]["id"]
    assert_reported(
        added_problems(data, baseline), "fields.yaml", f"{fid} products.0.source.page", "未知のキー"
    )


def test_missing_source(data, baseline, capsys):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[1].pop("source"))
    mid = read_yaml(path)[1]["id"]
    assert_reported(added_problems(data, baseline), rel(data, path), f"{mid} source", "必須のキー 'source'")
    assert_cli_fails(data, capsys, "'source'")


def test_ministry_basis_source_without_source(data, baseline):
    path = data / "ministries.yaml"
    ministries = read_yaml(path)
    i = next(i for i, m in enumerate(ministries) if m["basis"]["kind"] == "source")
    ministries[i]["basis"].pop("source", None)
    write_yaml(path, ministries)
    assert_reported(
        added_problems(data, baseline), "ministries.yaml", f"{ministries[i]['id']} basis", "basis.source"
    )


def test_field_with_no_products(data, baseline, capsys):
    path = data / "fields.yaml"
    edit_yaml(path, lambda d: d["fields"][8].update(products=[]))
    fid = read_yaml(path)["fields"][8]["id"]
    assert_reported(added_problems(data, baseline), "fields.yaml", f"{fid} products", "1 件以上")
    assert_cli_fails(data, capsys, "products")


def test_measure_with_no_plan_type(data, baseline, capsys):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[0].update(plan_types=[]))
    mid = read_yaml(path)[0]["id"]
    assert_reported(added_problems(data, baseline), rel(data, path), f"{mid} plan_types", "1 件以上")
    assert_cli_fails(data, capsys, "plan_types")


def test_measure_with_a_broken_name_pattern(data, baseline, capsys):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[0].update(name_patterns=["(?:大学|高専の体制強化"]))
    mid = read_yaml(path)[0]["id"]
    assert_reported(added_problems(data, baseline), rel(data, path), f"{mid} name_patterns", "正規表現")
    assert_cli_fails(data, capsys, "name_patterns")


def test_wrong_category_value(data, baseline):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[0].update(category="subsidy"))
    mid = read_yaml(path)[0]["id"]
    assert_reported(
        added_problems(data, baseline), rel(data, path), f"{mid} category", "'subsidy'", "使えません"
    )


# --- broken copies: ids and references ---------------------------------------------------------
def test_duplicate_measure_id_across_files(data, baseline, capsys):
    first, *others = measure_files(data)
    target = others[0] if others else first
    dup = read_yaml(first)[0]
    edit_yaml(target, lambda ms: ms.append(dup))
    problems = added_problems(data, baseline)
    p = assert_reported(problems, rel(data, target), dup["id"], "重複")
    assert rel(data, first) in p.message  # says where the first one is
    assert_cli_fails(data, capsys, "重複")


def test_duplicate_ministry_and_contact_ids(data, baseline):
    path = data / "ministries.yaml"
    ministries = read_yaml(path)
    with_contacts = next(m for m in ministries if m.get("contacts"))
    copy = dict(with_contacts)
    ministries.append(copy)
    write_yaml(path, ministries)
    problems = added_problems(data, baseline)
    assert_reported(problems, "ministries.yaml", with_contacts["id"], "府省庁の ID", "重複")
    assert_reported(
        problems, "ministries.yaml", with_contacts["contacts"][0]["id"], "問い合わせ先の ID", "重複"
    )


def test_duplicate_product_id(data, baseline):
    path = data / "fields.yaml"
    d = read_yaml(path)
    d["fields"][5]["products"][0]["id"] = d["fields"][2]["products"][0]["id"]
    write_yaml(path, d)
    assert_reported(
        added_problems(data, baseline),
        "fields.yaml",
        d["fields"][2]["products"][0]["id"],
        "製品・技術の ID",
        "重複",
    )


def test_dangling_ministry(data, baseline, capsys):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[0].update(ministry="ministry_of_nowhere"))
    mid = read_yaml(path)[0]["id"]
    assert_reported(
        added_problems(data, baseline),
        rel(data, path),
        f"{mid} ministry",
        "存在しない府省庁",
        "ministry_of_nowhere",
    )
    assert_cli_fails(data, capsys, "ministry_of_nowhere")


def test_dangling_related_measure(data, baseline, capsys):
    path = first_measure_file(data)
    edit_yaml(
        path, lambda ms: ms[0].update(related=[*ms[0].get("related", []), "measure_that_was_never_written"])
    )
    mid = read_yaml(path)[0]["id"]
    assert_reported(
        added_problems(data, baseline),
        rel(data, path),
        f"{mid} related",
        "存在しない支援施策",
        "measure_that_was_never_written",
    )
    assert_cli_fails(data, capsys, "measure_that_was_never_written")


def test_dangling_helps_parent_contact_and_submit_to(data, baseline):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[0].update(helps=["B.no_such_requirement"], contact="desk_of_nobody"))
    mid = read_yaml(path)[0]["id"]
    mpath = data / "ministries.yaml"
    edit_yaml(mpath, lambda ms: ms[0].update(parent="no_parent_body"))
    mins = read_yaml(mpath)
    ppath = data / "plan_types" / "B.yaml"
    edit_yaml(ppath, lambda pt: pt.update(submit_to=["nobody_at_all"]))
    problems = added_problems(data, baseline)
    assert_reported(problems, rel(data, path), f"{mid} helps", "B.no_such_requirement")
    assert_reported(problems, rel(data, path), f"{mid} contact", "desk_of_nobody")
    assert_reported(problems, "ministries.yaml", f"{mins[0]['id']} parent", "no_parent_body")
    assert_reported(problems, "plan_types/B.yaml", "B submit_to", "nobody_at_all")


def test_dangling_field_number_and_product(data, baseline):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[0].update(fields=[18], products=["F99.P9"]))
    mid = read_yaml(path)[0]["id"]
    problems = added_problems(data, baseline)
    assert_reported(problems, rel(data, path), f"{mid} fields", "存在しない戦略分野の番号 18")
    assert_reported(problems, rel(data, path), f"{mid} products", "F99.P9")


# --- broken copies: citations ------------------------------------------------------------------
def test_excerpt_not_in_the_source(data, baseline, capsys):
    path = data / "definitions.yaml"
    invented = "この一文は出典のどこにも書かれていない架空の抜粋です"
    edit_yaml(path, lambda ds: ds[1]["source"].update(excerpt=invented))
    did = read_yaml(path)[1]["id"]
    assert_reported(
        added_problems(data, baseline), "definitions.yaml", f"{did} source", "見つかりません", invented
    )
    assert_cli_fails(data, capsys, invented)


def test_excerpt_in_a_nested_citation(data, baseline):
    """Citations deep inside an entry (a plan type's section items) are checked too."""
    path = data / "plan_types" / "C.yaml"
    pt = read_yaml(path)
    section = next(s for s in pt["sections"] if s.get("items"))
    section["items"][0]["source"]["excerpt"] = "記載項目にない見出しの文言"
    write_yaml(path, pt)
    assert_reported(
        added_problems(data, baseline),
        "plan_types/C.yaml",
        f"C sections[{section['id']}].items[{section['items'][0]['id']}].source",
        "見つかりません",
    )


def test_unknown_document(data, baseline, capsys):
    path = data / "fields.yaml"
    edit_yaml(path, lambda d: d["fields"][0]["products"][1]["source"].update(document="white_paper_2030"))
    d = read_yaml(path)
    assert_reported(
        added_problems(data, baseline),
        "fields.yaml",
        f"{d['fields'][0]['id']} products[{d['fields'][0]['products'][1]['id']}].source",
        "未知の文書 'white_paper_2030'",
    )
    assert_cli_fails(data, capsys, "white_paper_2030")


def test_source_file_missing(data, baseline):
    path = data / "sources.yaml"
    edit_yaml(path, lambda docs: docs[0].update(file="no_such_file.txt"))
    assert_reported(
        added_problems(data, baseline), "sources.yaml", read_yaml(path)[0]["id"], "no_such_file.txt"
    )


# --- broken copies: counts and contracts -------------------------------------------------------
def test_no_measures_at_all(data, baseline):
    shutil.rmtree(data / "measures")
    assert_reported(added_problems(data, baseline), "measures", "file", "支援施策が1件もありません")


def test_wrong_field_numbering(data, baseline, capsys):
    path = data / "fields.yaml"
    edit_yaml(path, lambda d: d["fields"][16].update(number=16))  # ⑰ numbered 16: two 16s, no 17
    d = read_yaml(path)
    problems = added_problems(data, baseline)
    assert_reported(problems, "fields.yaml", d["fields"][16]["id"], "番号", "重複")
    assert_reported(problems, "fields.yaml", "fields", "ない番号: 17")
    assert_cli_fails(data, capsys, "ない番号: 17")


def test_missing_field(data, baseline):
    path = data / "fields.yaml"
    edit_yaml(path, lambda d: d["fields"].pop(4))
    assert_reported(added_problems(data, baseline), "fields.yaml", "fields", "ない番号: 5")


@pytest.mark.skipif(not HAS_REQUIREMENTS, reason="requirements/ not written yet")
def test_missing_and_unexpected_requirement_ids(data, baseline, capsys):
    path = data / "requirements" / "B.yaml"
    reqs = read_yaml(path)
    i = next(i for i, r in enumerate(reqs) if r["id"] == "B.ebpm")
    reqs[i]["id"] = "B.evidence"
    write_yaml(path, reqs)
    problems = added_problems(data, baseline)
    assert_reported(problems, "requirements/B.yaml", "B.ebpm", "B.ebpm がありません")
    assert_reported(problems, "requirements/B.yaml", "B.evidence", "想定外の要件 ID")
    assert_cli_fails(data, capsys, "B.ebpm がありません")


@pytest.mark.skipif(not HAS_REQUIREMENTS, reason="requirements/ not written yet")
def test_requirement_in_the_wrong_plan_type(data, baseline):
    path = data / "requirements" / "C.yaml"
    edit_yaml(path, lambda rs: rs[0].update(plan_type="B"))
    rid = read_yaml(path)[0]["id"]
    problems = added_problems(data, baseline)
    assert_reported(problems, "requirements/C.yaml", rid, "計画類型 B. で始めて")


@pytest.mark.skipif(not HAS_REQUIREMENTS, reason="requirements/ not written yet")
def test_unknown_fact_name(data, baseline):
    kb, _ = load_kb_collecting()
    used = {t.fact for r in kb.all_requirements() for c in r.criteria for t in [*c.all_of, *c.applies_if]}
    used |= {t.fact for r in kb.all_requirements() for c in r.criteria for g in c.any_of for t in g}
    used |= {f for r in kb.all_requirements() for c in r.criteria for f in c.evidence_facts}
    used |= {c.fact for m in kb.measures.values() for c in m.conditions if c.fact}
    path = data / "requirements" / "A.yaml"
    reqs = read_yaml(path)
    reqs[0]["criteria"][0]["all_of"] = [{"fact": "invented_fact_name"}]
    write_yaml(path, reqs)
    problems = [p for p in validate(data, fact_names=used) if str(p) not in baseline]
    assert_reported(problems, "requirements/A.yaml", f"{reqs[0]['id']} criteria", "invented_fact_name")


@pytest.mark.skipif(not HAS_REQUIREMENTS, reason="requirements/ not written yet")
def test_check_id_equal_to_a_requirement_id(data, baseline):
    """`helps` names a requirement or a check: one id must not name both."""
    path = data / "checks.yaml"
    edit_yaml(path, lambda cs: cs[0].update(id="B.promise"))
    assert_reported(added_problems(data, baseline), "checks.yaml", "B.promise", "要件とチェックの両方")


def test_problem_names_file_entry_and_is_japanese(data, baseline):
    path = first_measure_file(data)
    edit_yaml(path, lambda ms: ms[0].update(ministry="nowhere"))
    (p,) = [p for p in added_problems(data, baseline) if "nowhere" in p.message]
    assert p.file == rel(data, path)
    assert p.where.startswith(read_yaml(path)[0]["id"])
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", p.message)


def test_source_ref_walk_finds_every_citation():
    kb, _ = load_kb_collecting()
    pt = kb.plan_types["B"]
    paths = [p for p, _ in iter_source_refs(pt)]
    assert "source" in paths
    assert any(p.startswith("sections[") and ".items[" in p for p in paths)
    assert any(p.startswith("process[") for p in paths)
    expected = 1 + len(pt.sections) + sum(len(s.items) for s in pt.sections) + len(pt.process)
    assert len(paths) >= expected
    assert all(isinstance(r, SourceRef) for _, r in iter_source_refs(pt))


# --- parameters: the numbers the sources set --------------------------------------------------------


def test_parameter_excerpt_is_checked_like_every_other(data: Path, baseline: set[str]) -> None:
    path = data / "parameters.yaml"
    edit_yaml(path, lambda ps: ps[0]["source"].update(excerpt="KGI（2050年目標）"))
    problems = added_problems(data, baseline)
    assert_reported(problems, "parameters.yaml", "kgi_target_year_a", "抜粋", "2050")


def test_a_reference_to_an_unknown_parameter_is_reported(data: Path, baseline: set[str]) -> None:
    path = data / "checks.yaml"
    text = path.read_text(encoding="utf-8").replace("{param: plan_years_bc}", "{param: plan_years_xx}", 1)
    path.write_text(text, encoding="utf-8")
    assert_reported(added_problems(data, baseline), "checks.yaml", "", "plan_years_xx")


def test_numbers_the_code_uses_must_be_parameters(data: Path, baseline: set[str]) -> None:
    problems = added_problems(data, baseline, parameters_used={"no_such_number": None, "semiannual_months": 3})
    assert_reported(problems, "parameters.yaml", "no_such_number", "parameters.yaml にありません")
    assert_reported(problems, "parameters.yaml", "semiannual_months", "コードの前提 3")


def test_the_code_and_the_data_agree_on_every_parameter() -> None:
    assert not validate(parameters_used=PARAMETERS_USED, fact_names=FACT_NAMES, fact_prefixes=FACT_PREFIXES)


def test_plan_type_numbers_come_from_the_parameters() -> None:
    kb = load_kb()
    assert kb.plan_types["A"].kgi_target_year == kb.parameter("kgi_target_year_a") == 2040
    assert kb.plan_types["B"].plan_years == kb.plan_types["C"].plan_years == kb.parameter("plan_years_bc")
    assert kb.plan_types["B"].plan_count_max == kb.parameter("plan_count_guide_b")
    first = next(d for d in kb.plan_types["B"].deadlines if d.id == "first_round_precheck")
    assert first.date == kb.parameter("first_round_precheck_deadline")
