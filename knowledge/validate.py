"""Soundness checks of the knowledge base, reported in Japanese (`chiiki-mirai kb validate`).

`validate(data_dir)` reads the YAML with `load_kb_collecting` (YAML syntax, duplicate keys, schema
errors and unknown keys come from there) and adds everything a schema cannot see: unique ids,
dangling references, citations that resolve to a document and whose excerpt is in it, the 17 fields
numbered once each, the public contract of requirement ids, and fact names the rules know.
Every problem names the file, the entry id (with the path inside the entry) and what is wrong."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.knowledge.kb_checks import Checker
from chiiki_mirai.knowledge.kb_files import Problem
from chiiki_mirai.knowledge.loader import DATA_DIR, KnowledgeBase, load_kb_collecting


def validate(
    data_dir: Path | str | None = None,
    fact_names: Iterable[str] | None = None,
    fact_prefixes: Iterable[str] = (),
    parameters_used: Mapping[str, Any] | None = None,
) -> list[Problem]:
    """Every problem in the knowledge base under `data_dir` (default: the bundled data).

    `fact_names` are the facts the rules can test and `fact_prefixes` the prefixes of dynamic fact names
    (e.g. `section:`), both given by the caller (the CLI passes `chiiki_mirai.rules.facts.FACT_NAMES` and
    `FACT_PREFIXES`); criteria and conditions are not checked for fact names when `fact_names` is None.
    `parameters_used`: the parameters the code reads (id → None), or builds in (id → the value it assumes).
    """
    return validate_kb(data_dir, fact_names, fact_prefixes, parameters_used)[1]


def validate_kb(
    data_dir: Path | str | None = None,
    fact_names: Iterable[str] | None = None,
    fact_prefixes: Iterable[str] = (),
    parameters_used: Mapping[str, Any] | None = None,
) -> tuple[KnowledgeBase, list[Problem]]:
    """`validate`, also returning the knowledge base as far as it could be read."""
    path = Path(data_dir) if data_dir is not None else DATA_DIR
    if not path.is_dir():
        raise UserError(f"ナレッジベースのフォルダが見つかりません: {path}")
    kb, problems = load_kb_collecting(path)
    names = set(fact_names) if fact_names is not None else None
    problems += check_kb(kb, fact_names=names, fact_prefixes=tuple(fact_prefixes))
    problems += check_parameters_used(kb, parameters_used or {})
    # the same mistake can surface twice (e.g. a duplicate id in two ways): report it once
    seen: set[tuple[str, str, str]] = set()
    out = []
    for p in problems:
        key = (p.file, p.where, p.message)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return kb, out


def check_parameters_used(kb: KnowledgeBase, used: Mapping[str, Any]) -> list[Problem]:
    """Every number the code reads is in parameters.yaml, and one the code builds in has the same value there."""
    out = []
    for pid, assumed in sorted(used.items()):
        p = kb.parameters.get(pid)
        if p is None:
            out.append(Problem("parameters.yaml", pid, f"コードが使う数値 {pid!r} が parameters.yaml にありません"))
        elif assumed is not None and assumed != p.value:
            out.append(
                Problem("parameters.yaml", pid, f"{pid!r} の値 {p.value!r} がコードの前提 {assumed!r} と違います")
            )
    return out


def check_kb(
    kb: KnowledgeBase, fact_names: set[str] | None = None, fact_prefixes: tuple[str, ...] = ()
) -> list[Problem]:
    """The cross-entry checks on an already loaded knowledge base."""
    return Checker(kb, fact_names, fact_prefixes).run()
