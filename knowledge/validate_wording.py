"""Checks that the rules follow the words of their sources (`kb validate`, with validate.py).

- **Strictness follows the wording.** A criterion that can produce a gap (`on_fail: gap`) must cite a passage
  without a permissive marker of `data/wording.yaml` (「可能」「場合には記載」「程度」「努めてください」「基本とします」
  「推奨」「想定しています」); a 「等」 is allowed only when the criterion or its requirement explains it in `wording`.
- **The later text wins.** A gap criterion's primary citation must not be superseded: no document of higher
  precedence (sources.yaml, 1 = highest) may be cited on the same point (the criterion's `also_cited`, or its
  requirement's when the criterion has no source of its own).
- **Excerpts are quotations.** An excerpt may run over a wrapped line, but not join two list items, headings or
  table rows of the source (a "stitched" excerpt such as 「(3) 設定の根拠 - (4) 効果検証」).
- The keys added for desk users (ministry_by_sector, windows, instrument) point at known entries, no word list of a
  measure (objects, names, keywords, windows' words) holds a blank word (a blank word is in every plan and would
  match them all), and every subsidy or grant has the notice that its rates are not in the sources.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from chiiki_mirai.core.text.normalize import normalize_text
from chiiki_mirai.knowledge.kb_contract import iter_source_refs
from chiiki_mirai.knowledge.kb_files import Problem
from chiiki_mirai.knowledge.loader import KnowledgeBase
from chiiki_mirai.knowledge.schema import Check, Criterion, Requirement, SourceRef

# a source line that starts a new list item, heading, note or table row (after leading spaces)
_ITEM_START = re.compile(r"^\s*(?:[-*+・○●◆■※✓|#]|\(?[0-9０-９]+[).．、]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[①-⑳]|[ア-ン][.．、）)])")


def check_wording(kb: KnowledgeBase, loaded: dict[str, list[tuple[str, Any]]]) -> list[Problem]:
    problems: list[Problem] = []
    problems += _check_documents(kb)
    for file, item in loaded.get("requirements", []) + loaded.get("checks", []):
        for crit in item.criteria:
            problems += _check_criterion(kb, file, item, crit)
    problems += _check_stitched(kb, loaded)
    problems += _check_measure_keys(kb, loaded)
    return problems


# --- documents --------------------------------------------------------------------------------
def _check_documents(kb: KnowledgeBase) -> list[Problem]:
    out = []
    seen: dict[int, str] = {}
    for d in kb.documents.values():
        if d.precedence in seen:
            out.append(
                Problem("sources.yaml", d.id, f"優先順位 {d.precedence} が {seen[d.precedence]} と重複しています")
            )
        seen[d.precedence] = d.id
    if kb.wording is None:
        out.append(Problem("wording.yaml", "file", "許容的な文言の一覧（wording.yaml）がありません"))
    return out


# --- criteria -----------------------------------------------------------------------------------
def _primary(item: Requirement | Check, crit: Criterion) -> tuple[SourceRef, list[SourceRef]]:
    """The passage a criterion rests on, and the other citations on the same point."""
    if crit.source is not None:
        return crit.source, list(crit.also_cited)
    return item.source, list(item.also_cited) + list(crit.also_cited)


def _check_criterion(kb: KnowledgeBase, file: str, item: Requirement | Check, crit: Criterion) -> list[Problem]:
    if crit.on_fail != "gap":
        return []
    where = f"{item.id} criteria[{crit.id}]"
    primary, others = _primary(item, crit)
    out = []
    text = unicodedata.normalize("NFKC", primary.excerpt)
    explained = {**item.wording, **crit.wording}
    for m in kb.wording.permissive if kb.wording else []:
        if not re.search(m.pattern, text):
            continue
        if m.explain and explained.get(m.marker, "").strip():
            continue
        hint = (
            f"wording: {{{m.marker}: 理由}} で強めない理由を示すか、"
            if m.explain
            else ""
        )
        out.append(
            Problem(
                file,
                where,
                f"不足（gap）を出す基準の出典に許容的な文言「{m.marker}」（{m.meaning}）があります: 「{primary.excerpt}」。"
                f"{hint}on_fail を review か advice にするか、義務的な文言の箇所を出典にしてください",
            )
        )
    doc = kb.documents.get(primary.document)
    later = [
        r
        for r in others
        if doc is not None and r.document in kb.documents and kb.documents[r.document].precedence < doc.precedence
    ]
    if later:
        newer = kb.documents[min(later, key=lambda r: kb.documents[r.document].precedence).document]
        out.append(
            Problem(
                file,
                where,
                f"不足（gap）を出す基準の主な出典 {doc.file}（{doc.issued}）より新しい {newer.file}（{newer.issued}）が"
                f"同じ点について引用されています。新しい文書の文言を主な出典にし、古い文書は also_cited にしてください",
            )
        )
    return out


# --- stitched excerpts ----------------------------------------------------------------------------
def stitched(kb: KnowledgeBase, ref: SourceRef) -> bool:
    """True when the excerpt is found only by joining source lines that begin new items."""
    if ref.document not in kb.documents:
        return False
    try:
        kb.source_text(ref.document)
    except (OSError, UnicodeDecodeError):  # an unreadable source is reported by the citation check
        return False
    target = normalize_text(ref.excerpt)
    raw = [line for line in kb.source_text(ref.document).splitlines() if line.strip()]
    norm = [normalize_text(line) for line in raw]
    if any(target in n for n in norm):
        return False
    for span in range(2, 8):
        for i in range(len(norm) - span + 1):
            joined = "".join(norm[i : i + span])
            if target not in joined:
                continue
            # the excerpt must really need every line of the span: trim lines it does not reach
            start = joined.index(target)
            end = start + len(target)
            pos, used = 0, []
            for k in range(i, i + span):
                a, b = pos, pos + len(norm[k])
                if b > start and a < end:
                    used.append(k)
                pos = b
            return any(_ITEM_START.match(raw[k]) for k in used[1:])
    return False


def _check_stitched(kb: KnowledgeBase, loaded: dict[str, list[tuple[str, Any]]]) -> list[Problem]:
    out = []
    for entries in loaded.values():
        for file, entry in entries:
            label = str(getattr(entry, "id", "") or getattr(entry, "number", "") or "")
            for path, ref in iter_source_refs(entry):
                if stitched(kb, ref):
                    out.append(
                        Problem(
                            file,
                            f"{label} {path}".strip(),
                            f"抜粋が出典の別々の項目（箇条・見出し・表の行）をつなげています: 「{ref.excerpt}」。"
                            "項目自身の文言だけを引用してください",
                        )
                    )
    return out


# --- measure keys for desk users ---------------------------------------------------------------------
def _check_measure_keys(kb: KnowledgeBase, loaded: dict[str, list[tuple[str, Any]]]) -> list[Problem]:
    out = []
    sectors = {o.id for o in kb.outside_examples}
    notice = (kb.meta.notices.get("subsidy_terms", "") if kb.meta else "").strip()
    for file, m in loaded.get("measures", []):
        for sm in m.ministry_by_sector:
            if sm.ministry not in kb.ministries:
                out.append(Problem(file, f"{m.id} ministry_by_sector", f"存在しない府省庁 {sm.ministry!r} です"))
            for s in sm.sectors:
                if s not in sectors:
                    out.append(Problem(file, f"{m.id} ministry_by_sector", f"存在しない分野例 {s!r} です"))
            for n in sm.fields:
                if not 1 <= n <= 17:
                    out.append(Problem(file, f"{m.id} ministry_by_sector", f"戦略分野番号 {n} は 1〜17 ではありません"))
        for om in m.ministry_by_object:
            if om.ministry not in kb.ministries:
                out.append(Problem(file, f"{m.id} ministry_by_object", f"存在しない府省庁 {om.ministry!r} です"))
        for w in m.windows:
            if w.ministry not in kb.ministries:
                out.append(Problem(file, f"{m.id} windows", f"存在しない府省庁・機関 {w.ministry!r} です"))
        for key in _blank_words(m):
            out.append(Problem(file, f"{m.id} {key}", "空の語があります（空の語はどの計画にも当たります）"))
        if m.instrument in ("subsidy", "grant") and not (m.terms_note.strip() or notice):
            out.append(
                Problem(
                    file,
                    m.id,
                    "補助金・交付金には「補助率・上限額は資料に記載なし」の注記が必要です"
                    "（terms_note か meta.yaml の notices.subsidy_terms）",
                )
            )
    return out


def _blank_words(m: Any) -> list[str]:
    """The keys of a measure's word lists that hold a blank word (「」, 「 」), wherever the list is: its objects,
    proper_names, aliases and keywords and the keywords and borrowers of its windows. A blank word is in every plan's
    text, so it would hold the measure's object, name or window for every plan."""
    return [key for key, words in _word_lists(m.model_dump(), "")
            if any(not "".join(unicodedata.normalize("NFKC", x).split()) for x in words)]


def _word_lists(value: Any, key: str) -> list[tuple[str, list[str]]]:
    """Every list of words in a measure's data, with its key (「objects」, 「windows[0].borrowers」)."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _word_lists(v, f"{key}.{k}" if key else k)]
    if isinstance(value, list):
        if value and all(isinstance(x, str) for x in value):
            return [(key, value)]
        return [pair for i, v in enumerate(value) for pair in _word_lists(v, f"{key}[{i}]")]
    return []
