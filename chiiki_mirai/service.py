"""The functions the CLI and the Streamlit app share: one place for each piece of logic.

Heavy third-party libraries (sentence-transformers, docx) are imported lazily by the modules that use them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import BadInput, CheckResult, ParseReport
from chiiki_mirai.knowledge.loader import KnowledgeBase, load_kb
from chiiki_mirai.readers import read_bytes, read_path
from chiiki_mirai.readers.statements.from_fields import with_statements
from chiiki_mirai.recommender.api import annotate_result
from chiiki_mirai.rules.check import evaluate_with_facts

PLAN_EXTENSIONS = (".md", ".markdown", ".txt", ".docx", ".pdf", ".yaml", ".yml", ".json")


def kb() -> KnowledgeBase:
    return load_kb()


def read_plan(path: str | Path) -> tuple[Plan, ParseReport]:
    """Read a plan file (any supported format) → (plan, parse report). Raises UserError."""
    return read_path(Path(path))


def read_plan_bytes(name: str, data: bytes) -> tuple[Plan, ParseReport]:
    """Read an uploaded file's bytes (the app) → (plan, parse report). Raises UserError."""
    return read_bytes(name, data)


def check_plan(
    plan: Plan,
    source: str = "",
    plan_type: str | None = None,
    today: _dt.date | None = None,
    parse_report: ParseReport | None = None,
    with_recommendations: bool = True,
    context: dict | None = None,
) -> CheckResult:
    """Evaluate every requirement and check; fill fields and recommendations."""
    if plan_type is not None and plan_type not in ("A", "B", "C"):
        raise UserError(f"類型は A・B・C のいずれかで指定してください（指定値: {plan_type}）")
    # a plan built in memory (the app's form) carries no statements yet: derive them from its fields
    plan = with_statements(plan)
    evaluation = evaluate_with_facts(plan, kb(), source=source, plan_type=plan_type, today=today, context=context)
    result = evaluation.result
    result.parse_report = parse_report
    if with_recommendations:
        annotate_result(plan, result, kb(), facts=evaluation.facts)
    return result


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files and folders → plan files (folders: supported extensions, sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() in PLAN_EXTENSIONS)
        else:
            out.append(p)
    return out


def check_paths(
    paths: Iterable[str | Path],
    plan_type: str | None = None,
    today: _dt.date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[CheckResult | BadInput]:
    """Check many files; a bad file becomes a BadInput entry and the batch goes on."""
    files = expand_paths(paths)
    return _check_batch([(str(f), lambda f=f: read_plan(f)) for f in files], plan_type, today, progress)


def check_uploads(
    uploads: Iterable[tuple[str, bytes]],
    plan_type: str | None = None,
    today: _dt.date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[CheckResult | BadInput]:
    """check_paths for uploaded files (the app's reviewer page): (file name, bytes) pairs, same batch rules."""
    return _check_batch(
        [(name, lambda name=name, data=data: read_plan_bytes(name, data)) for name, data in uploads],
        plan_type,
        today,
        progress,
    )


def _check_batch(
    readers: list[tuple[str, Callable[[], tuple[Plan, ParseReport]]]],
    plan_type: str | None,
    today: _dt.date | None,
    progress: Callable[[int, int, str], None] | None,
) -> list[CheckResult | BadInput]:
    """Read every plan first (a bad one becomes BadInput), then check each with the batch's author counts."""
    n = len(readers)
    read: list[tuple[str, Plan, ParseReport] | BadInput] = []
    for i, (source, reader) in enumerate(readers):
        if progress:
            progress(i, 2 * n, source)
        try:
            plan, report = reader()
            read.append((source, plan, report))
        except UserError as e:
            read.append(BadInput(source=source, error=e.message))
        except Exception as e:  # noqa: BLE001 - one unreadable file must not stop the batch
            read.append(BadInput(source=source, error=f"読み込み中に内部エラーが発生しました（{type(e).__name__}）"))
    counts = author_plan_counts([r[1] for r in read if not isinstance(r, BadInput)], plan_type)
    results: list[CheckResult | BadInput] = []
    for i, r in enumerate(read):
        if progress:
            progress(n + i, 2 * n, readers[i][0])
        if isinstance(r, BadInput):
            results.append(r)
            continue
        source, plan, report = r
        context = batch_context(plan, counts, plan_type)
        results.append(check_plan(plan, source, plan_type, today, report, context=context))
    if progress:
        progress(2 * n, 2 * n, "")
    return results


def plan_to_yaml(plan: Plan) -> str:
    """The plan as YAML that `read_plan` reads back (the app's plan download; values only, no None)."""
    data = plan.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def _author_key(plan: Plan, plan_type: str | None) -> tuple[str, str] | None:
    names = sorted(a.name for a in plan.authors if a.name)
    t = plan_type or plan.plan_type
    return ("・".join(names), t) if names and t else None


def batch_context(
    plan: Plan, counts: dict[tuple[str, str], int], plan_type: str | None = None
) -> dict | None:
    """The check context of one plan of a batch: how many plans of its type its author submits."""
    key = _author_key(plan, plan_type)
    return {"author_plan_count": counts[key]} if key in counts else None


def author_plan_counts(plans: Iterable[Plan], plan_type: str | None = None) -> dict[tuple[str, str], int]:
    """How many plans of the same type each author submits in a batch (B: about 5 per prefecture)."""
    counts: dict[tuple[str, str], int] = {}
    for p in plans:
        key = _author_key(p, plan_type)
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    return counts
