"""The cross-entry checks of the knowledge base (`Checker`): ids, references, plan-type structure, criteria and
fact names, measures and citations (each problem in Japanese, with its file and entry)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rapidfuzz import process

from chiiki_mirai.knowledge.kb_checks_measures import MeasureChecks
from chiiki_mirai.knowledge.kb_contract import (
    FIELD_NUMBERS,
    KIND_JA,
    NO_VALUE_OPS,
    PLAN_TYPE_CITED,
    PLAN_TYPE_IDS,
    REQUIREMENT_IDS,
    VALUE_OPS,
    entry_label,
    iter_source_refs,
)
from chiiki_mirai.knowledge.kb_files import Problem
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import (
    Basis,
    Criterion,
    Ministry,
    PlanType,
    SourceRef,
    Test,
    line_up,
)
from chiiki_mirai.knowledge.validate_wording import check_wording


class Checker(MeasureChecks):
    """Every check that needs more than one entry; `run()` returns the problems found."""

    def __init__(self, kb: KnowledgeBase, fact_names: set[str] | None, fact_prefixes: tuple[str, ...] = ()):
        self.kb = kb
        self.fact_names = fact_names
        self.fact_prefixes = fact_prefixes
        self.problems: list[Problem] = []
        # the loader records every entry with its file; a kb built by hand has no record
        self.loaded: dict[str, list[tuple[str, Any]]] = kb.loaded or self._loaded_from_kb(kb)

    @staticmethod
    def _loaded_from_kb(kb: KnowledgeBase) -> dict[str, list[tuple[str, Any]]]:
        return {
            "meta": [("meta.yaml", kb.meta)] if kb.meta else [],
            "documents": [("sources.yaml", d) for d in kb.documents.values()],
            "ministries": [("ministries.yaml", m) for m in kb.ministries.values()],
            "fields": [("fields.yaml", f) for f in kb.fields],
            "outside_examples": [("fields.yaml", o) for o in kb.outside_examples],
            "measures": [("measures", m) for m in kb.measures.values()],
            "plan_types": [(f"plan_types/{k}.yaml", p) for k, p in kb.plan_types.items()],
            "requirements": [(f"requirements/{r.plan_type}.yaml", r) for r in kb.all_requirements()],
            "checks": [("checks.yaml", c) for c in kb.checks],
            "definitions": [("definitions.yaml", d) for d in kb.definitions],
        }

    def add(self, file: str, where: str, message: str) -> None:
        self.problems.append(Problem(file, where, message))

    def run(self) -> list[Problem]:
        self.section_ids = {
            x.id for pt in self.kb.plan_types.values() for sec in pt.sections for x in [sec, *sec.items]
        }
        self.readable_documents = self._check_documents()
        self._check_unique_ids()
        self._check_ids_across_kinds()
        self._check_ministries()
        self._check_fields()
        self._check_plan_types()
        self._check_requirements()
        self._check_checks()
        self._check_measures()
        self._check_citations()
        self.problems += check_wording(self.kb, self.loaded)
        return self.problems

    # --- documents -----------------------------------------------------------
    def _check_documents(self) -> set[str]:
        readable = set()
        for file, doc in self.loaded.get("documents", []):
            path = self.kb.sources_dir / doc.file
            try:
                self.kb.source_text(doc.id)
            except (OSError, UnicodeDecodeError):
                self.add(file, doc.id, f"出典ファイル {doc.file} を読めません（{path}）")
                continue
            readable.add(doc.id)
        if not self.loaded.get("documents"):
            self.add("sources.yaml", "file", "出典文書が1件もありません")
        return readable

    # --- ids -----------------------------------------------------------------
    def _dups(self, kind_ja: str, items: Iterable[tuple[str, str, Any]]) -> None:
        """Report every value seen more than once: items are (file, where, value)."""
        seen: dict[Any, tuple[str, str]] = {}
        for file, where, value in items:
            if value in seen:
                first_file, first_where = seen[value]
                self.add(
                    file,
                    where,
                    f"{kind_ja}の ID {value!r} が重複しています（最初の定義: {first_file} {first_where}）",
                )
            else:
                seen[value] = (file, where)

    def _check_unique_ids(self) -> None:
        for kind in ("documents", "ministries", "measures", "checks", "definitions", "outside_examples"):
            self._dups(KIND_JA[kind], ((f, e.id, e.id) for f, e in self.loaded.get(kind, [])))
        fields = self.loaded.get("fields", [])
        self._dups("戦略分野", ((f, e.id, e.id) for f, e in fields))
        self._dups("戦略分野の番号", ((f, e.id, e.number) for f, e in fields))
        self._dups(
            "製品・技術", ((f, f"{e.id} products[{p.id}]", p.id) for f, e in fields for p in e.products)
        )
        self._dups("計画類型", ((f, e.id, e.id) for f, e in self.loaded.get("plan_types", [])))
        self._dups("要件", ((f, e.id, e.id) for f, e in self.loaded.get("requirements", [])))
        self._dups(
            "問い合わせ先",
            (
                (f, f"{m.id} contacts[{c.id}]", c.id)
                for f, m in self.loaded.get("ministries", [])
                for c in m.contacts
            ),
        )
        plan_types = self.loaded.get("plan_types", [])
        self._dups(
            "記載項目",
            (
                (f, f"{pt.id} sections[{x.id}]", x.id)
                for f, pt in plan_types
                for s in pt.sections
                for x in [s, *s.items]
            ),
        )
        for f, pt in plan_types:
            self._dups("期限", ((f, f"{pt.id} deadlines[{d.id}]", d.id) for d in pt.deadlines))
            self._dups("必須KGI", ((f, f"{pt.id} mandatory_kgis[{k.id}]", k.id) for k in pt.mandatory_kgis))
            self._dups("記載項目の番号", ((f, f"{pt.id} sections[{s.id}]", s.number) for s in pt.sections))
            self._dups(
                "策定プロセスの順番", ((f, f"{pt.id} process[{s.order}]", s.order) for s in pt.process)
            )
        for f, m in self.loaded.get("measures", []):
            self._dups("条件", ((f, f"{m.id} conditions[{c.id}]", c.id) for c in m.conditions))
        for kind in ("requirements", "checks"):
            for f, e in self.loaded.get(kind, []):
                self._dups("判定基準", ((f, f"{e.id} criteria[{c.id}]", c.id) for c in e.criteria))
        by_type: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for f, r in self.loaded.get("requirements", []):
            by_type[r.plan_type].append((f, r.id, r.number))
        for items in by_type.values():
            self._dups("要件の番号", items)

    def _check_ids_across_kinds(self) -> None:
        """A measure's `helps` id names a requirement or a check: it must not name both."""
        both = {r.id for r in self.kb.all_requirements()} & {c.id for c in self.kb.checks}
        for i in sorted(both):
            self.add(
                "checks.yaml", i, f"ID {i!r} が要件とチェックの両方で使われています（helps で区別できません）"
            )

    # --- ministries ----------------------------------------------------------
    def _check_basis(self, file: str, where: str, basis: Basis, fallback: SourceRef | None = None) -> None:
        if basis.kind == "source" and basis.source is None and fallback is None:
            self.add(file, where, "basis.kind が source ですが、basis.source（出典）がありません")
        if basis.kind == "general_knowledge" and not basis.note.strip():
            self.add(
                file, where, "basis.kind が general_knowledge ですが、根拠の説明（basis.note）がありません"
            )

    def _check_ministries(self) -> None:
        ministries = self.kb.ministries
        for file, m in self.loaded.get("ministries", []):
            self._check_basis(file, f"{m.id} basis", m.basis)
            if m.parent is not None:
                if m.parent == m.id:
                    self.add(file, f"{m.id} parent", "parent が自分自身を指しています")
                elif m.parent not in ministries:
                    self.add(file, f"{m.id} parent", self._unknown("府省庁", m.parent, ministries))
            if self._parent_cycle(m, ministries):
                self.add(file, f"{m.id} parent", "parent の関係が循環しています")
            if m.kind == "regional_office" and not (m.region or "").strip():
                self.add(
                    file, f"{m.id} region", "地方支分部局（regional_office）には管轄地域（region）が必要です"
                )

    @staticmethod
    def _parent_cycle(m: Ministry, ministries: dict[str, Ministry]) -> bool:
        """True when following parent from m leads back to m."""
        return m.id in line_up({b.id: b.parent for b in ministries.values()}, m.parent or "")

    @staticmethod
    def _unknown(kind_ja: str, value: Any, known: Iterable[Any]) -> str:
        candidates = [str(k) for k in known]
        close = [c for c, score, _ in process.extract(str(value), candidates, limit=3) if score >= 75]
        hint = f"（近い ID: {', '.join(close)}）" if close else ""
        return f"存在しない{kind_ja} {value!r} を参照しています{hint}"

    # --- fields --------------------------------------------------------------
    def _check_fields(self) -> None:
        fields = self.loaded.get("fields", [])
        numbers = Counter(f.number for _, f in fields)
        missing = [n for n in FIELD_NUMBERS if numbers[n] == 0]
        if missing:
            self.add(
                "fields.yaml",
                "fields",
                f"17の戦略分野は番号1〜17がちょうど1回ずつ必要です。ない番号: {', '.join(map(str, missing))}",
            )
        for file, f in fields:
            if not f.products:
                self.add(file, f"{f.id} products", "戦略分野に製品・技術（products）が1件もありません")

    # --- plan types ----------------------------------------------------------
    def _check_plan_types(self) -> None:
        present = {pt.id for _, pt in self.loaded.get("plan_types", [])}
        for t in PLAN_TYPE_IDS:
            if t not in present:
                self.add(f"plan_types/{t}.yaml", t, f"計画類型 {t} がありません")
        contacts = self.kb.contacts
        for file, pt in self.loaded.get("plan_types", []):
            stem = Path(file).stem
            if stem in PLAN_TYPE_IDS and stem != pt.id:
                self.add(file, pt.id, f"ファイル名 {stem} と計画類型の id {pt.id} が一致しません")
            for c in pt.submit_to:
                if c not in contacts:
                    self.add(file, f"{pt.id} submit_to", self._unknown("問い合わせ先", c, contacts))
            for attr, src in PLAN_TYPE_CITED:
                if getattr(pt, attr) not in (None, [], "") and getattr(pt, src) is None:
                    self.add(file, f"{pt.id} {attr}", f"{attr} を記載するときは出典（{src}）が必要です")
            self._check_plan_type_structure(file, pt)

    def _check_plan_type_structure(self, file: str, pt: PlanType) -> None:
        for s in pt.sections:
            if not s.id.startswith(f"{pt.id}."):
                self.add(file, f"{pt.id} sections[{s.id}]", f"記載項目の id は {pt.id}. で始めてください")
            for item in s.items:
                if not item.id.startswith(f"{s.id}."):
                    self.add(
                        file,
                        f"{pt.id} sections[{s.id}].items[{item.id}]",
                        f"小項目の id は {s.id}. で始めてください",
                    )
        orders = [s.order for s in pt.process]
        if orders != sorted(orders):
            self.add(file, f"{pt.id} process", "策定プロセスの手順（order）が昇順に並んでいません")
        kgi_ids = {k.id for k in pt.mandatory_kgis}
        for k in pt.mandatory_kgis:
            if k.alternative_to is not None and k.alternative_to not in kgi_ids:
                self.add(
                    file,
                    f"{pt.id} mandatory_kgis[{k.id}] alternative_to",
                    self._unknown("必須KGI", k.alternative_to, kgi_ids),
                )

    # --- requirements and checks --------------------------------------------
    def _check_requirements(self) -> None:
        reqs = self.loaded.get("requirements", [])
        present: dict[str, set[str]] = defaultdict(set)
        for file, r in reqs:
            present[r.plan_type].add(r.id)
            stem = Path(file).stem
            if stem in PLAN_TYPE_IDS and stem != r.plan_type:
                self.add(file, r.id, f"plan_type {r.plan_type} の要件がファイル {file} にあります")
            if not r.id.startswith(f"{r.plan_type}."):
                self.add(file, r.id, f"要件の id は計画類型 {r.plan_type}. で始めてください")
            self._check_criteria(file, r.id, r.criteria)
        for t, expected in REQUIREMENT_IDS.items():
            file = f"requirements/{t}.yaml"
            for rid in expected:
                if rid not in present[t]:
                    self.add(
                        file,
                        rid,
                        f"要件 {rid} がありません（要件 ID は公開の約束で、{t} は {len(expected)} 件）",
                    )
            for rid in sorted(present[t] - set(expected)):
                self.add(file, rid, f"想定外の要件 ID {rid} です（{t} の要件 ID: {', '.join(expected)}）")
        for t in sorted(set(present) - set(REQUIREMENT_IDS)):
            self.add("requirements", t, f"未知の計画類型 {t} の要件があります")

    def _check_checks(self) -> None:
        for file, c in self.loaded.get("checks", []):
            if not c.plan_types:
                self.add(file, f"{c.id} plan_types", "チェックの対象となる計画類型（plan_types）が空です")
            self._check_criteria(file, c.id, c.criteria)

    def _check_criteria(self, file: str, owner: str, criteria: list[Criterion]) -> None:
        for c in criteria:
            where = f"{owner} criteria[{c.id}]"
            groups = [("all_of", c.all_of), ("applies_if", c.applies_if)]
            groups += [(f"any_of[{i}]", g) for i, g in enumerate(c.any_of)]
            for name, tests in groups:
                for t in tests:
                    self._check_test(file, f"{where}.{name}", t)
            for fact in c.evidence_facts:
                self._check_fact(file, f"{where}.evidence_facts", fact)

    def _check_test(self, file: str, where: str, t: Test) -> None:
        self._check_fact(file, where, t.fact)
        if t.op in VALUE_OPS and t.value is None:
            self.add(file, where, f"比較（op: {t.op}）には value が必要です（fact {t.fact!r}）")
        if t.op in NO_VALUE_OPS and t.value is not None:
            self.add(file, where, f"op: {t.op} は value を取りません（fact {t.fact!r}, value {t.value!r}）")

    def _check_fact(self, file: str, where: str, fact: str) -> None:
        if self.fact_names is None or fact in self.fact_names:
            return
        prefix = next((p for p in self.fact_prefixes if fact.startswith(p)), None)
        if prefix is None:
            self.add(file, where, self._unknown("ファクト名（rules/facts/）", fact, self.fact_names))
        elif prefix == "section:":
            # `section:<id>` names a 記載項目; `section:*` stands for each of them
            sid = fact[len(prefix) :]
            if sid != "*" and sid not in self.section_ids:
                self.add(file, where, self._unknown("記載項目", sid, self.section_ids))

    # --- citations -----------------------------------------------------------
    def _check_citations(self) -> None:
        kb = self.kb
        for entries in self.loaded.values():
            for file, entry in entries:
                label = entry_label(entry)
                for path, ref in iter_source_refs(entry):
                    where = f"{label} {path}".strip()
                    if ref.document not in kb.documents:
                        known = ", ".join(sorted(kb.documents))
                        self.add(
                            file,
                            where,
                            f"未知の文書 {ref.document!r} を引用しています（sources.yaml の id: {known}）",
                        )
                        continue
                    if not ref.section.strip():
                        self.add(file, where, "出典の section（見出し）が空です")
                    if ref.document in self.readable_documents and not kb.excerpt_found(ref):
                        doc = kb.documents[ref.document]
                        self.add(
                            file,
                            where,
                            f"抜粋が出典 {doc.file}（{ref.document}）に見つかりません: 「{ref.excerpt}」",
                        )
