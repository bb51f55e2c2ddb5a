"""The Markdown report: a readable report per plan (GitHub-flavoured Markdown).

Draft text is data: every character that could turn it into markup (emphasis, links, HTML, tables, headings,
lists, code) is backslash-escaped, and line breaks are collapsed so a draft cannot start a block of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chiiki_mirai.core.result import BadInput, CheckResult, Item
from chiiki_mirai.reports.common import (
    STATUS_JA,
    STATUS_MARK,
    Result,
    all_items,
    as_list,
    counts_text,
    criteria_lines,
    evidence_location,
    fields,
    notices,
    one_line,
    parse_warnings,
    plan_name,
    plan_type_text,
    recommendations,
    source_text,
    suggestion_text,
    verdict_text,
)

MAX_RECOMMENDATIONS = 10

# Inline markup characters of CommonMark + GFM (tables '|', strikethrough '~', autolinks/HTML '<' '>').
_INLINE = re.compile(r"([\\`*_\[\]{}<>|~#!&])")
# At the start of a line these open a block (lists, setext headings, ordered lists). Our escaped text is
# always one line placed after a prefix, but a caller may start a line with it: escape them anyway.
_LEADING_MARK = re.compile(r"^(\s*)([-+=])")
_LEADING_NUMBER = re.compile(r"^(\s*\d+)([.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def md(s: str) -> str:
    """Escape draft text for use inside a Markdown line or table cell."""
    s = _CONTROL.sub("", one_line(s))
    s = _INLINE.sub(r"\\\1", s)
    s = _LEADING_MARK.sub(r"\1\\\2", s)
    return _LEADING_NUMBER.sub(r"\1\\\2", s)


def _status(status: str) -> str:
    return f"{STATUS_MARK[status]} {STATUS_JA[status]}"


def _summary(results: list[Result]) -> list[str]:
    out = [
        f"## 一覧（{len(results)}件）",
        "",
        "| No | ファイル | 類型 | 不足 | 判定 |",
        "|---:|---|---|---:|---|",
    ]
    for n, r in enumerate(results, start=1):
        if isinstance(r, BadInput):
            out.append(f"| {n} | {md(plan_name(r))} | - | - | 読み込みエラー: {md(r.error)} |")
        else:
            out.append(
                f"| {n} | {md(plan_name(r))} | {md(r.plan_type or '?')} | {len(r.gaps)} | {verdict_text(r)} |"
            )
    return [*out, ""]


def _item(kind: str, item: Item) -> list[str]:
    out = [
        f"#### {STATUS_MARK[item.status]} {md(item.label)}（{kind}: `{item.id}`）— {STATUS_JA[item.status]}",
        "",
    ]
    out += [f"- 理由: {md(r)}" for r in item.reasons]
    for ev in item.evidence:
        where = evidence_location(ev.section, ev.line)
        out.append(f"- 根拠: 「{md(ev.text)}」" + (f"（{md(where)}）" if where else ""))
    crit = criteria_lines(item)
    if crit:
        out.append("- 判定基準:")
        out += [f"    - {md(c)}" for c in crit]
    src = source_text(item.source)
    if src:
        out.append(f"- 出典: {md(src)}")
    if item.fix and item.status != "met":
        out.append(f"- **追記すべき事項**: {md(item.fix)}")
    return [*out, ""]


def _plan(r: CheckResult) -> list[str]:
    out = [f"## {md(plan_name(r))}", ""]
    if r.title:
        out.append(f"- 表題: {md(r.title)}")
    out.append(f"- 類型: {md(plan_type_text(r))}")
    sug = r.plan_type_suggestion
    if sug.type or sug.reasons:
        reasons = "、".join(md(x) for x in sug.reasons)
        out.append(f"- 推定される類型: {md(suggestion_text(r))}" + (f"（{reasons}）" if reasons else ""))
    if r.checked_on:
        out.append(f"- 判定日: {md(r.checked_on)}")
    out.append(f"- 結果: {counts_text(r)} → **{verdict_text(r)}**")
    out += [f"- 読み取りの注意: {md(w)}" for w in parse_warnings(r)]
    out += ["", "### 判定一覧", "", "| 状態 | 区分 | ID | 項目 | 追記すべき事項 |", "|---|---|---|---|---|"]
    for kind, item in all_items(r):
        fix = md(item.fix) if item.status != "met" else ""
        out.append(f"| {_status(item.status)} | {kind} | `{item.id}` | {md(item.label)} | {fix} |")
    out.append("")
    if r.requirements:
        out += ["### 要件", ""]
        for item in r.requirements:
            out += _item("要件", item)
    if r.checks:
        out += ["### 構造チェック（必須KGI・記載項目・手続）", ""]
        for item in r.checks:
            out += _item("チェック", item)
    fvs = fields(r)
    if fvs:
        out += ["### 関連する戦略分野", ""]
        out += [f"- {md(f.text)}" + (f"（スコア {f.score:.2f}）" if f.score is not None else "") for f in fvs]
        out.append("")
    recs = recommendations(r, MAX_RECOMMENDATIONS)
    if recs:
        out += ["### 推奨される支援施策", ""]
        out += [f"> ⚠ {md(n)}" for n in notices(r)] + ([""] if notices(r) else [])
        for rec in recs:
            head = f"{rec.rank}. **{md(rec.name)}**"
            if rec.ministry:
                head += f"（{md(rec.ministry)}）"
            if rec.score_text:
                head += f" スコア {rec.score_text}"
            out.append(head)
            sub = [
                ("分類", rec.category),
                ("経路", rec.path),
                ("相談先", rec.where_to_ask),
                ("出典", rec.source),
            ]
            sub = [(k, [v]) for k, v in sub if v]
            sub += [("理由", rec.reasons), ("不足", rec.gaps), ("条件", rec.conditions), ("窓口", rec.notes)]
            for key, values in sub:
                out += [f"    - {key}: {md(v)}" for v in values]
        out.append("")
    return out


def render_markdown(results: Result | Iterable[Result]) -> str:
    results = as_list(results)
    lines = ["# 地域未来戦略 計画チェック結果", ""]
    if len(results) > 1:
        lines += _summary(results)
    for r in results:
        if isinstance(r, BadInput):
            lines += [f"## {md(plan_name(r))}", "", f"読み込みエラー: {md(r.error)}", ""]
        else:
            lines += _plan(r)
    return "\n".join(lines).rstrip("\n") + "\n"
