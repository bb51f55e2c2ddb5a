"""Documents (Markdown, text, Word) → (Plan, parse report)."""

from __future__ import annotations

import re

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import ParseReport
from chiiki_mirai.core.text.normalize import nfkc
from chiiki_mirai.readers import kbview
from chiiki_mirai.readers.blocks import Block, docx_blocks, text_blocks
from chiiki_mirai.readers.extract import extract
from chiiki_mirai.readers.extract_context import Ctx
from chiiki_mirai.readers.extract_meta import plan_type_from_text, read_metadata
from chiiki_mirai.readers.sections import (
    Sectioned,
    Table,
    Unit,
    guess_targets,
    section_blocks,
    unfold_layout_tables,
)
from chiiki_mirai.readers.structured import is_required_target


def _preliminary_type(blocks: list[Block], names: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """The plan type from a metadata line, else from the title's type name."""
    units = [
        Unit(None, None, b.line, b.text, "item" if b.list_item else "para")
        for b in blocks
        if b.kind == "para"
    ]
    tables = []
    for b in blocks:
        if b.kind == "table":
            tables.append(Table(None, None, b.rows, b.row_lines))
            units += [
                Unit(None, None, ln, " | ".join(r), "row", table=len(tables) - 1)
                for r, ln in zip(b.rows, b.row_lines, strict=False)
            ]
    sec = Sectioned(units=units, tables=tables)
    meta = read_metadata(Ctx(sec, []))
    if "type" in meta:
        written = meta["type"][0]
        t = plan_type_from_text(written, names)
        if t:
            return t, "metadata"
        letter = re.match(r"^\s*([A-Za-z])(?![A-Za-z])", nfkc(written))
        if letter:  # a type letter other than A/B/C is a wrong type, not a missing one
            raise UserError(
                f"計画の類型「{written.strip()}」は A（戦略産業クラスター計画）・B（地域産業クラスター計画）・"
                "C（地場産業成長プラン）のいずれでもありません。類型の記載を直してください。"
            )
    for b in blocks[:3]:
        if b.kind == "heading":
            t = (
                plan_type_from_text(b.text, names)
                if any(n in b.text for ns in names.values() for n in ns)
                else None
            )
            if t:
                return t, "title"
            break
    return None, None


def read_document(blocks: list[Block], fmt: str) -> tuple[Plan, ParseReport]:
    names = kbview.type_names()
    blocks = unfold_layout_tables(blocks, [list(kbview.targets(t)) for t in names])
    plan_type, type_source = _preliminary_type(blocks, names)
    warnings: list[str] = []
    ambiguous: list[str] = []
    placed_as = plan_type
    if plan_type is None:
        cands = {t: list(kbview.targets(t)) for t in names}
        placed_as, scores = guess_targets(blocks, cands)
        if placed_as:
            ambiguous.append(
                f"計画の類型が書かれていません。見出しの照合には最もよく合う {placed_as} の記載項目を用いました"
                f"（照合の度合い: {', '.join(f'{k}={v}' for k, v in sorted(scores.items()))}）"
            )
    targets = list(kbview.targets(placed_as)) if placed_as else []
    if placed_as and not targets:
        warnings.append(f"ナレッジベースに類型 {placed_as} の記載項目がないため、見出しを照合できません")
    sec = section_blocks(blocks, targets)
    ctx = Ctx(sec, targets)
    plan, info = extract(ctx, plan_type, names)
    if type_source == "title":
        info["plan_type_source"] = "title"
    found = [t.id for t in targets if t.id in plan.sections]
    missing = [f"{t.id} {t.heading}" for t in targets if t.id not in plan.sections and is_required_target(t)]
    for tid in info.get("content_sections", []):
        warnings.append(f"{tid}（{ctx.by_id[tid].heading}）は見出しがなく、本文の記載から読み取りました")
    for ln, h in sec.unmatched_headings:
        warnings.append(
            f"見出し「{h}」（{ln}行）はどの記載項目にも当たらないため、本文はその前の項目か「その他」に入れました"
        )
    if not plan.plan_type:
        warnings.append("計画の類型が読み取れません（「計画の類型: B」のように記載してください）")
    report = ParseReport(
        format=fmt,
        plan_type=plan.plan_type,
        plan_type_source=info.get("plan_type_source"),
        sections_matched_as=placed_as,
        found=found,
        fields_read=ctx.found_fields,
        expected_missing=missing,
        ambiguous=sec.ambiguous + ambiguous + ctx.ambiguous,
        warnings=warnings + ctx.warnings,
        sections={k: v.heading for k, v in plan.sections.items()},
        other_text=[o.heading for o in plan.other_text],
        metadata=info.get("meta", {}),
    )
    return plan, report


def read_text_document(text: str, fmt: str) -> tuple[Plan, ParseReport]:
    return read_document(text_blocks(text), fmt)


def read_docx_document(data: bytes) -> tuple[Plan, ParseReport]:
    return read_document(docx_blocks(data), "docx")
