"""Load the YAML knowledge base into schema objects.

`load_kb()` is strict and cached (the app and CLI share one read-only instance);
`load_kb_collecting(data_dir)` keeps going past bad entries and returns every problem,
which is what `chiiki-mirai kb validate` reports.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from chiiki_mirai.errors import KnowledgeError
from knowledge.schema import (
    Annex,
    Check,
    Definition,
    Document,
    Measure,
    Meta,
    Ministry,
    OutsideExample,
    PlanType,
    Requirement,
    SourceRef,
    StrategicField,
    Wording,
)

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SOURCES_DIR = PACKAGE_DIR / "sources"


def normalize_text(s: str) -> str:
    """NFKC and no whitespace: the form in which excerpts are matched against sources."""
    return "".join(unicodedata.normalize("NFKC", s).split())


# where a long source line may be cut for display: after a sentence, at a table cell or paragraph tag
_PASSAGE_CUT = re.compile(r"。|\t|</?p>|\s{2,}")
PASSAGE_MAX = 240


def _trim_passage(passage: str, target: str) -> str:
    """The shortest run of whole sentences / cells of `passage` that holds `target` (normalised)."""
    if len(passage) <= PASSAGE_MAX:
        return passage
    cuts = sorted({0, len(passage), *(m.end() for m in _PASSAGE_CUT.finditer(passage))})
    best = passage
    for a in range(len(cuts) - 1):
        for b in range(a + 1, len(cuts)):
            piece = passage[cuts[a] : cuts[b]]
            if len(piece) >= len(best):
                break
            if target in normalize_text(piece):
                best = piece
                break
    return best.strip()


@dataclass
class KnowledgeBase:
    meta: Meta | None
    documents: dict[str, Document]
    ministries: dict[str, Ministry]
    fields: list[StrategicField]
    outside_examples: list[OutsideExample]
    measures: dict[str, Measure]
    plan_types: dict[str, PlanType]
    requirements: dict[str, list[Requirement]]
    checks: list[Check]
    definitions: list[Definition]
    annexes: list[Annex] = field(default_factory=list)
    wording: Wording | None = None
    sources_dir: Path = SOURCES_DIR
    _texts: dict[str, str] = field(default_factory=dict, repr=False)
    _norm_texts: dict[str, str] = field(default_factory=dict, repr=False)
    _lines: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict, repr=False)
    # kind -> [(file, entry)] for every top-level entry as read, duplicates included (set by the loader)
    loaded: dict[str, list[tuple[str, Any]]] = field(default_factory=dict, repr=False)

    # --- sources -------------------------------------------------------------
    def source_text(self, document: str) -> str:
        if document not in self._texts:
            doc = self.documents[document]
            self._texts[document] = (self.sources_dir / doc.file).read_text(encoding="utf-8")
        return self._texts[document]

    def normalized_source_text(self, document: str) -> str:
        if document not in self._norm_texts:
            self._norm_texts[document] = normalize_text(self.source_text(document))
        return self._norm_texts[document]

    def excerpt_found(self, ref: SourceRef) -> bool:
        if ref.document not in self.documents:
            return False
        return normalize_text(ref.excerpt) in self.normalized_source_text(ref.document)

    def passage(self, ref: SourceRef) -> str:
        """The source text around the excerpt, word for word, for display.

        The shortest run of lines holding the excerpt (excerpts may span a line or page break); a very
        long line (a table row) is cut to the sentences or cells that hold it.
        """
        target = normalize_text(ref.excerpt)
        if not target or ref.document not in self.documents:
            return ref.excerpt
        if ref.document not in self._lines:
            lines = [line for line in self.source_text(ref.document).splitlines() if line.strip()]
            self._lines[ref.document] = (lines, [normalize_text(line) for line in lines])
        lines, norm = self._lines[ref.document]
        for span in range(1, 5):
            for i in range(len(lines) - span + 1):
                if target in "".join(norm[i : i + span]):
                    return _trim_passage(" ".join(line.strip() for line in lines[i : i + span]), target)
        return ref.excerpt

    def source_out(self, ref: SourceRef) -> dict[str, str]:
        doc = self.documents.get(ref.document)
        return {
            "document": doc.file if doc else ref.document,
            "title": doc.title if doc else "",
            "section": ref.section,
            "excerpt": ref.excerpt,
        }

    # --- lookups -------------------------------------------------------------
    @functools.cached_property
    def field_by_number(self) -> dict[int, StrategicField]:
        return {f.number: f for f in self.fields}

    @functools.cached_property
    def products(self) -> dict[str, Any]:
        return {p.id: p for f in self.fields for p in f.products}

    @functools.cached_property
    def product_field(self) -> dict[str, int]:
        return {p.id: f.number for f in self.fields for p in f.products}

    @functools.cached_property
    def contacts(self) -> dict[str, Any]:
        return {c.id: c for m in self.ministries.values() for c in m.contacts}

    def all_requirements(self) -> list[Requirement]:
        return [r for t in sorted(self.requirements) for r in self.requirements[t]]

    def item_by_id(self, item_id: str) -> BaseModel | None:
        """Any entry by id: requirement, check, measure, ministry, field (F01 or 1), product, ..."""
        for r in self.all_requirements():
            if r.id == item_id:
                return r
        for c in self.checks:
            if c.id == item_id:
                return c
        if item_id in self.measures:
            return self.measures[item_id]
        if item_id in self.ministries:
            return self.ministries[item_id]
        if item_id in self.plan_types:
            return self.plan_types[item_id]
        for f in self.fields:
            if item_id in (f.id, str(f.number)):
                return f
        if item_id in self.products:
            return self.products[item_id]
        if item_id in self.contacts:
            return self.contacts[item_id]
        for d in self.definitions:
            if d.id == item_id:
                return d
        for o in self.outside_examples:
            if o.id == item_id:
                return o
        return None


@dataclass
class Problem:
    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}"


class DuplicateKeyError(yaml.constructor.ConstructorError):
    def __init__(self, *args: Any, key: Any) -> None:
        super().__init__(*args)
        self.key = key


# libyaml's parser when PyYAML was built with it: about 10x faster on the knowledge base
_SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DupKeyLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that rejects duplicate mapping keys (a silent overwrite otherwise)."""


def _construct_mapping(loader: _DupKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise DuplicateKeyError(None, None, f"duplicate key {key!r}", key_node.start_mark, key=key)
        seen.add(key)
    return _SafeLoader.construct_mapping(loader, node, deep=deep)


_DupKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _yaml_error_ja(e: Exception) -> str:
    """A YAML / file error as a Japanese message with the line number (1-based)."""
    mark = getattr(e, "problem_mark", None)
    where = f"{mark.line + 1} 行目 {mark.column + 1} 列" if mark is not None else ""
    if isinstance(e, DuplicateKeyError):
        return f"キー {e.key!r} が重複しています（{where}）。後の値が前の値を黙って上書きしてしまいます"
    if isinstance(e, yaml.YAMLError):
        detail = getattr(e, "problem", None) or str(e)
        return f"YAML の構文エラーです（{where}）: {detail}"
    if isinstance(e, UnicodeDecodeError):
        return "UTF-8 のテキストとして読めません"
    return f"ファイルを読めません: {e}"


def _read_yaml(path: Path, problems: list[Problem], rel: str | None = None) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_DupKeyLoader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
        problems.append(Problem(rel or path.name, "file", _yaml_error_ja(e)))
        return None


def _pydantic_error_ja(err: Any) -> str:
    """One pydantic error as a Japanese message a policy officer can act on."""
    key = str(err["loc"][-1]) if err["loc"] else ""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    value = err.get("input")
    if kind == "extra_forbidden":
        return (
            f"未知のキー {key!r} です（綴りを確認してください。FORMAT.md / schema.py にないキーは使えません）"
        )
    if kind == "missing":
        return f"必須のキー {key!r} がありません"
    if kind == "too_short":
        return (
            f"{key!r} は {ctx.get('min_length', 1)} 件以上必要です（現在 {ctx.get('actual_length', 0)} 件）"
        )
    if kind == "literal_error":
        return f"{key!r} の値 {value!r} は使えません（使える値: {ctx.get('expected', '')}）"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{key!r} の値 {value!r} が範囲外です（{err['msg']}）"
    if kind == "string_too_short":
        return f"{key!r} が短すぎるか空です"
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return f"{key!r} の値 {value!r} の型が違います（{err['msg']}）"
    return f"{key!r} の値が不正です（{err['msg']}）"


def _entries(
    model: type[BaseModel],
    raw: Any,
    rel: str,
    problems: list[Problem],
    origins: dict[int, str] | None = None,
) -> list[Any]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(Problem(rel, "file", "リスト形式である必要があります"))
        return []
    out = []
    for i, entry in enumerate(raw):
        where = f"[{i}] {entry.get('id', entry.get('number', '')) if isinstance(entry, dict) else ''}"
        if not isinstance(entry, dict):
            problems.append(Problem(rel, where, "項目は「キー: 値」の辞書である必要があります"))
            continue
        try:
            obj = model.model_validate(entry)
        except ValidationError as e:
            for err in e.errors():
                loc = ".".join(str(x) for x in err["loc"])
                problems.append(Problem(rel, f"{where} {loc}".strip(), _pydantic_error_ja(err)))
            continue
        out.append(obj)
        if origins is not None:
            origins[id(obj)] = rel
    return out


def _one(
    model: type[BaseModel], raw: Any, rel: str, problems: list[Problem], origins: dict[int, str] | None = None
) -> Any:
    res = _entries(model, [raw] if raw is not None else [], rel, problems, origins)
    return res[0] if res else None


def load_kb_collecting(data_dir: Path | None = None) -> tuple[KnowledgeBase, list[Problem]]:
    data_dir = Path(data_dir) if data_dir else DATA_DIR
    problems: list[Problem] = []
    origins: dict[int, str] = {}  # id(entry) -> file it was read from

    def rel(p: Path) -> str:
        return p.relative_to(data_dir).as_posix()

    def read(name: str) -> Any:
        p = data_dir / name
        if not p.exists():
            problems.append(Problem(name, "file", "ファイルがありません"))
            return None
        return _read_yaml(p, problems, name)

    def entries(model: type[BaseModel], raw: Any, name: str) -> list[Any]:
        return _entries(model, raw, name, problems, origins)

    meta = _one(Meta, read("meta.yaml"), "meta.yaml", problems, origins)
    documents_l = entries(Document, read("sources.yaml"), "sources.yaml")
    ministries_l = entries(Ministry, read("ministries.yaml"), "ministries.yaml")
    fields_raw = read("fields.yaml") or {}
    if not isinstance(fields_raw, dict):
        problems.append(
            Problem("fields.yaml", "file", "fields: と outside_examples: を持つ辞書である必要があります")
        )
        fields_raw = {}
    for k in fields_raw:
        if k not in ("fields", "outside_examples"):
            problems.append(
                Problem("fields.yaml", str(k), f"未知のキー {k!r} です（fields / outside_examples のみ）")
            )
    fields_l = entries(StrategicField, fields_raw.get("fields"), "fields.yaml")
    outside = entries(OutsideExample, fields_raw.get("outside_examples"), "fields.yaml")
    measures_l: list[Measure] = []
    for p in sorted((data_dir / "measures").glob("*.yaml")):
        measures_l += entries(Measure, _read_yaml(p, problems, rel(p)), rel(p))
    plan_types_l: list[PlanType] = []
    for p in sorted((data_dir / "plan_types").glob("*.yaml")):
        pt = _one(PlanType, _read_yaml(p, problems, rel(p)), rel(p), problems, origins)
        if pt:
            plan_types_l.append(pt)
    requirements_l: list[Requirement] = []
    for p in sorted((data_dir / "requirements").glob("*.yaml")):
        requirements_l += entries(Requirement, _read_yaml(p, problems, rel(p)), rel(p))
    requirements: dict[str, list[Requirement]] = {}
    for r in requirements_l:
        requirements.setdefault(r.plan_type, []).append(r)
    for lst in requirements.values():
        lst.sort(key=lambda r: (r.number, r.id))
    checks = entries(Check, read("checks.yaml"), "checks.yaml")
    definitions = entries(Definition, read("definitions.yaml"), "definitions.yaml")
    annexes = entries(Annex, read("annexes.yaml"), "annexes.yaml")
    wording = _one(Wording, read("wording.yaml"), "wording.yaml", problems, origins)

    # duplicate ids are reported by the validator; here the last one wins
    kb = KnowledgeBase(
        meta=meta,
        documents={d.id: d for d in documents_l},
        ministries={m.id: m for m in ministries_l},
        fields=sorted(fields_l, key=lambda f: f.number),
        outside_examples=outside,
        measures={m.id: m for m in measures_l},
        plan_types={pt.id: pt for pt in plan_types_l},
        requirements=requirements,
        checks=checks,
        definitions=definitions,
        annexes=annexes,
        wording=wording,
    )
    # every top-level entry as read, duplicates included, with the file it came from
    kb.loaded = {
        kind: [(origins[id(x)], x) for x in lst]
        for kind, lst in {
            "meta": [meta] if meta else [],
            "documents": documents_l,
            "ministries": ministries_l,
            "fields": fields_l,
            "outside_examples": outside,
            "measures": measures_l,
            "plan_types": plan_types_l,
            "requirements": requirements_l,
            "checks": checks,
            "definitions": definitions,
            "annexes": annexes,
        }.items()
    }
    kb._raw_lists = {  # type: ignore[attr-defined]
        "ministries": [m.id for m in ministries_l],
        "measures": [m.id for m in measures_l],
        "fields": [f.id for f in fields_l],
        "field_numbers": [f.number for f in fields_l],
        "checks": [c.id for c in checks],
        "requirements": [r.id for r in requirements_l],
        "definitions": [d.id for d in definitions],
        "documents": [d.id for d in documents_l],
    }
    return kb, problems


@functools.lru_cache(maxsize=4)
def _load_cached(data_dir: str) -> KnowledgeBase:
    kb, problems = load_kb_collecting(Path(data_dir))
    if problems:
        lines = "\n".join(str(p) for p in problems[:20])
        raise KnowledgeError(f"ナレッジベースに誤りがあります（chiiki-mirai kb validate で確認）:\n{lines}")
    return kb


def load_kb(data_dir: Path | str | None = None) -> KnowledgeBase:
    """The knowledge base, read once per process and shared read-only."""
    return _load_cached(str(Path(data_dir).resolve() if data_dir else DATA_DIR))
