"""Load the YAML knowledge base into schema objects.

`load_kb()` is strict and cached (the app and CLI share one read-only instance);
`load_kb_collecting(data_dir)` keeps going past bad entries and returns every problem,
which is what `chiiki-mirai kb validate` reports."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from chiiki_mirai.core.errors import KnowledgeError
from chiiki_mirai.core.text.normalize import normalize_text
from chiiki_mirai.knowledge.kb_files import Problem, read_entries, read_one, read_yaml, resolve_parameters
from chiiki_mirai.knowledge.schema import (
    Annex,
    Check,
    Definition,
    Document,
    Measure,
    Meta,
    Ministry,
    OutsideExample,
    Parameter,
    PlanType,
    Requirement,
    SourceRef,
    StrategicField,
    Wording,
)

PACKAGE_DIR = Path(__file__).resolve().parent


DATA_DIR = PACKAGE_DIR / "data"


SOURCES_DIR = PACKAGE_DIR / "sources"


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
    parameters: dict[str, Parameter] = field(default_factory=dict)
    annexes: list[Annex] = field(default_factory=list)
    wording: Wording | None = None
    sources_dir: Path = SOURCES_DIR
    _texts: dict[str, str] = field(default_factory=dict, repr=False)
    _norm_texts: dict[str, str] = field(default_factory=dict, repr=False)
    _lines: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict, repr=False)
    # kind -> [(file, entry)] for every top-level entry as read, duplicates included (set by the loader)
    loaded: dict[str, list[tuple[str, Any]]] = field(default_factory=dict, repr=False)

    def parameter(self, parameter_id: str) -> Any:
        """The value of a number the sources set (knowledge/data/parameters.yaml)."""
        p = self.parameters.get(parameter_id)
        if p is None:
            raise KnowledgeError(f"parameters.yaml に {parameter_id!r} がありません（chiiki-mirai kb validate で確認）")
        return p.value

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




class _Files:
    """The files of one data folder as read so far: problems collected, parameters resolved, origins kept."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.problems: list[Problem] = []
        self.origins: dict[int, str] = {}  # id(entry) -> file it was read from
        self.values: dict[str, Any] = {}  # parameter id → value, filled before the files that refer to them

    def raw(self, name: str) -> Any:
        p = self.data_dir / name
        if not p.exists():
            self.problems.append(Problem(name, "file", "ファイルがありません"))
            return None
        return resolve_parameters(read_yaml(p, self.problems, name), self.values, name, self.problems)

    def entries(self, model: type[BaseModel], name: str, raw: Any = None) -> list[Any]:
        raw = self.raw(name) if raw is None else raw
        return read_entries(model, raw, name, self.problems, self.origins)

    def folder(self, model: type[BaseModel], folder: str, one: bool = False) -> list[Any]:
        """Every `<folder>/*.yaml`: a list of entries each, or one entry each (`one`)."""
        out: list[Any] = []
        for p in sorted((self.data_dir / folder).glob("*.yaml")):
            rel = p.relative_to(self.data_dir).as_posix()
            raw = resolve_parameters(read_yaml(p, self.problems, rel), self.values, rel, self.problems)
            if one:
                entry = read_one(model, raw, rel, self.problems, self.origins)
                out += [entry] if entry else []
            else:
                out += read_entries(model, raw, rel, self.problems, self.origins)
        return out

    def fields(self) -> tuple[list[StrategicField], list[OutsideExample]]:
        raw = self.raw("fields.yaml") or {}
        if not isinstance(raw, dict):
            self.problems.append(
                Problem("fields.yaml", "file", "fields: と outside_examples: を持つ辞書である必要があります")
            )
            raw = {}
        for k in raw:
            if k not in ("fields", "outside_examples"):
                self.problems.append(
                    Problem("fields.yaml", str(k), f"未知のキー {k!r} です（fields / outside_examples のみ）")
                )
        return (
            self.entries(StrategicField, "fields.yaml", raw.get("fields") or []),
            self.entries(OutsideExample, "fields.yaml", raw.get("outside_examples") or []),
        )


def _by_plan_type(requirements: list[Requirement]) -> dict[str, list[Requirement]]:
    out: dict[str, list[Requirement]] = {}
    for r in requirements:
        out.setdefault(r.plan_type, []).append(r)
    for lst in out.values():
        lst.sort(key=lambda r: (r.number, r.id))
    return out


def load_kb_collecting(data_dir: Path | None = None) -> tuple[KnowledgeBase, list[Problem]]:
    """The knowledge base as far as it can be read, and every problem met while reading it."""
    files = _Files(Path(data_dir) if data_dir else DATA_DIR)
    parameters = files.entries(Parameter, "parameters.yaml")
    files.values.update({p.id: p.value for p in parameters})
    meta = read_one(Meta, files.raw("meta.yaml"), "meta.yaml", files.problems, files.origins)
    lists: dict[str, list[Any]] = {"meta": [meta] if meta else []}
    lists["documents"] = files.entries(Document, "sources.yaml")
    lists["ministries"] = files.entries(Ministry, "ministries.yaml")
    lists["fields"], lists["outside_examples"] = files.fields()
    lists["measures"] = files.folder(Measure, "measures")
    lists["plan_types"] = files.folder(PlanType, "plan_types", one=True)
    lists["requirements"] = files.folder(Requirement, "requirements")
    lists["checks"] = files.entries(Check, "checks.yaml")
    lists["definitions"] = files.entries(Definition, "definitions.yaml")
    lists["annexes"] = files.entries(Annex, "annexes.yaml")
    wording = read_one(Wording, files.raw("wording.yaml"), "wording.yaml", files.problems, files.origins)
    lists["parameters"] = parameters
    # duplicate ids are reported by the validator; here the last one wins
    kb = KnowledgeBase(
        meta=meta,
        documents={d.id: d for d in lists["documents"]},
        ministries={m.id: m for m in lists["ministries"]},
        fields=sorted(lists["fields"], key=lambda f: f.number),
        outside_examples=lists["outside_examples"],
        measures={m.id: m for m in lists["measures"]},
        plan_types={pt.id: pt for pt in lists["plan_types"]},
        requirements=_by_plan_type(lists["requirements"]),
        checks=lists["checks"],
        definitions=lists["definitions"],
        parameters={p.id: p for p in parameters},
        annexes=lists["annexes"],
        wording=wording,
    )
    # every top-level entry as read, duplicates included, with the file it came from
    kb.loaded = {kind: [(files.origins[id(x)], x) for x in lst] for kind, lst in lists.items()}
    kb._raw_lists = {  # type: ignore[attr-defined]
        kind: [x.id for x in lists[kind]]
        for kind in ("ministries", "measures", "fields", "checks", "requirements", "definitions", "documents", "parameters")
    }
    kb._raw_lists["field_numbers"] = [f.number for f in lists["fields"]]  # type: ignore[attr-defined]
    return kb, files.problems


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
