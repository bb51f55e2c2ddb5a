"""The terminal report: a reviewer's checklist in Japanese.

Plain text (no rich markup): the CLI must print it as is (`print`, or rich with `markup=False`), because
draft text may contain square brackets. Control characters from drafts (ANSI escapes, CR) are removed so a
draft cannot rewrite the reviewer's terminal.
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
    display_width,
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

TOP_RECOMMENDATIONS = 5
MAX_EVIDENCE = 3
RULE = "━" * 40

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(s: str) -> str:
    """Drop control characters (keep newlines and tabs) so draft text cannot drive the terminal."""
    return _CONTROL.sub("", s)


def _c(s: str) -> str:
    return clean(one_line(s))


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - display_width(s))


def _cut(s: str, width: int) -> str:
    if display_width(s) <= width:
        return s
    out, w = "", 0
    for ch in s:
        cw = display_width(ch)
        if w + cw > width - 1:
            break
        out, w = out + ch, w + cw
    return out + "…"


def _table(header: list[str], rows: list[list[str]], max_width: int = 40) -> list[str]:
    rows = [[_cut(c, max_width) for c in row] for row in rows]
    widths = [max(display_width(x) for x in col) for col in zip(header, *rows, strict=True)]
    line = "  ".join
    out = [line(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip()]
    out.append(line("─" * w for w in widths))
    out += [line(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return out


def _summary(results: list[Result]) -> list[str]:
    rows = []
    for n, r in enumerate(results, start=1):
        if isinstance(r, BadInput):
            rows.append([str(n), _c(plan_name(r)), "-", "-", "-", f"読み込みエラー: {_c(r.error)}"])
            continue
        review = sum(1 for _, i in all_items(r) if i.status == "review")
        rows.append(
            [str(n), _c(plan_name(r)), r.plan_type or "?", str(len(r.gaps)), str(review), verdict_text(r)]
        )
    lines = [f"■ 一覧（{len(results)}件）", ""]
    lines += _table(["No", "ファイル", "類型", "不足", "要確認", "判定"], rows, max_width=60)
    bad = sum(isinstance(r, BadInput) for r in results)
    gaps = sum(1 for r in results if isinstance(r, CheckResult) and r.gaps)
    lines += ["", f"不足のある計画 {gaps}件 / 読み込めなかったファイル {bad}件", ""]
    return lines


def _item(item: Item) -> list[str]:
    mark = STATUS_MARK[item.status]
    out = [f"{mark} {_c(item.label)}［{STATUS_JA[item.status]}］ ({item.id})"]
    for reason in item.reasons:
        out.append(f"    理由: {_c(reason)}")
    for ev in item.evidence[:MAX_EVIDENCE]:
        where = evidence_location(ev.section, ev.line)
        out.append(f"    根拠: 「{_c(ev.text)}」" + (f"（{_c(where)}）" if where else ""))
    if len(item.evidence) > MAX_EVIDENCE:
        out.append(f"    　　ほか{len(item.evidence) - MAX_EVIDENCE}件")
    src = source_text(item.source)
    if src:
        out.append(f"    出典: {_c(src)}")
    if item.fix and item.status != "met":
        out.append(f"    追記すべき事項: {_c(item.fix)}")
    return out


def _plan(r: CheckResult) -> list[str]:
    out = [RULE, f"計画チェック結果: {_c(plan_name(r))}", RULE]
    if r.title:
        out.append(f"表題: {_c(r.title)}")
    out.append(f"類型: {plan_type_text(r)}")
    sug = r.plan_type_suggestion
    if sug.type or sug.reasons:
        reasons = "、".join(_c(x) for x in sug.reasons)
        out.append(f"推定される類型: {suggestion_text(r)}" + (f"（{reasons}）" if reasons else ""))
    if r.checked_on:
        out.append(f"判定日: {r.checked_on}")
    out.append(f"結果: {counts_text(r)} → {verdict_text(r)}")
    for w in parse_warnings(r):
        out.append(f"読み取りの注意: {_c(w)}")
    for title, items in (("要件", r.requirements), ("構造チェック（必須KGI・記載項目・手続）", r.checks)):
        if not items:
            continue
        out += ["", f"■ {title}"]
        for item in items:
            out += _item(item)
    fvs = fields(r)
    if fvs:
        out += ["", "■ 関連する戦略分野"]
        out += [f"・{_c(f.text)}" for f in fvs]
    recs = recommendations(r, TOP_RECOMMENDATIONS)
    if recs:
        out += ["", f"■ 推奨される支援施策（上位{len(recs)}件）"]
        out += [f"  ⚠ {_c(n)}" for n in notices(r)]
        for rec in recs:
            head = f"{rec.rank}. {_c(rec.name)}"
            if rec.ministry:
                head += f"（{_c(rec.ministry)}）"
            if rec.score_text:
                head += f"  スコア {rec.score_text}"
            out.append(head)
            for reason in rec.reasons:
                out.append(f"    理由: {_c(reason)}")
            for gap in rec.gaps:
                out.append(f"    不足: {_c(gap)}")
            for cond in rec.conditions:
                out.append(f"    条件: {_c(cond)}")
            for note in rec.notes:
                out.append(f"    {_c(note)}")
            if rec.where_to_ask:
                out.append(f"    相談先: {_c(rec.where_to_ask)}")
    out.append("")
    return out


def render_text(results: Result | Iterable[Result]) -> str:
    """The checklist for the terminal; several results get a summary table first."""
    results = as_list(results)
    lines: list[str] = []
    if len(results) > 1:
        lines += _summary(results)
    for r in results:
        if isinstance(r, BadInput):
            lines += [RULE, f"読み込みエラー: {_c(plan_name(r))}", RULE, _c(r.error), ""]
        else:
            lines += _plan(r)
    return "\n".join(lines).rstrip("\n") + "\n"
