"""The HTML report: one self-contained page (inline CSS, no scripts, no external assets) that prints on A4.

Every string that comes from a draft or a result passes through `html.escape` (quotes included) in `_e`;
markup is only ever written by this module. A Content-Security-Policy meta tag forbids scripts and remote
loads as a second line of defence.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from chiiki_mirai.core.result import BadInput, CheckResult, Item
from chiiki_mirai.reports.common import (
    STATUS_FILL,
    STATUS_FONT,
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
    parse_warnings,
    plan_name,
    plan_type_text,
    recommendations,
    source_text,
    suggestion_text,
    verdict_text,
)

MAX_RECOMMENDATIONS = 10
TITLE = "地域未来戦略 計画チェック結果"


def _e(s: object) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _css() -> str:
    badges = "\n".join(
        f".st-{s.replace('/', '')} {{ background: #{STATUS_FILL[s]}; color: #{STATUS_FONT[s]}; }}"
        for s in STATUS_FILL
    )
    return f"""
body {{ font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Yu Gothic", Meiryo,
  sans-serif; font-size: 10.5pt; line-height: 1.6; color: #222; margin: 2em auto; max-width: 1100px;
  padding: 0 1em; }}
h1 {{ font-size: 1.5em; border-bottom: 3px solid #1f4e79; padding-bottom: .2em; }}
h2 {{ font-size: 1.3em; background: #1f4e79; color: #fff; padding: .3em .6em; margin-top: 2em; }}
h3 {{ font-size: 1.1em; border-left: 6px solid #1f4e79; padding-left: .5em; margin-top: 1.5em; }}
table {{ border-collapse: collapse; width: 100%; margin: .5em 0; }}
th, td {{ border: 1px solid #bbb; padding: .25em .5em; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; }}
th {{ background: #f0f3f7; }}
td.num {{ text-align: right; }}
dl.meta {{ display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }}
dl.meta dt {{ font-weight: bold; }}
dl.meta dd {{ margin: 0; }}
.badge {{ display: inline-block; padding: 0 .5em; border-radius: .3em; font-weight: bold; white-space: nowrap; }}
{badges}
.item {{ border: 1px solid #ccc; border-radius: .3em; padding: .4em .8em; margin: .6em 0; }}
.item h4 {{ margin: 0 0 .3em 0; font-size: 1em; }}
.item ul {{ margin: .2em 0; padding-left: 1.4em; }}
.item .id {{ color: #666; font-family: monospace; font-weight: normal; }}
.fix {{ background: #fff8e1; border-left: 4px solid #e0a800; padding: .2em .6em; margin-top: .3em; }}
blockquote {{ margin: .2em 0; padding: .1em .6em; border-left: 3px solid #999; color: #333; background: #fafafa; }}
.where {{ color: #666; font-size: .9em; }}
.error {{ background: #ffc7ce; color: #9c0006; padding: .5em; }}
@page {{ size: A4; margin: 14mm 12mm; }}
@media print {{
  body {{ margin: 0; max-width: none; font-size: 9.5pt; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  section.plan {{ break-before: page; page-break-before: always; }}
  h1 + section.plan {{ break-before: auto; page-break-before: auto; }}
  .item, tr {{ break-inside: avoid; page-break-inside: avoid; }}
  thead {{ display: table-header-group; }}
  h2, h3 {{ break-after: avoid; page-break-after: avoid; }}
}}
"""


def _badge(status: str) -> str:
    cls = "st-" + status.replace("/", "")
    return f'<span class="badge {cls}">{STATUS_MARK[status]} {STATUS_JA[status]}</span>'


def _summary(results: list[Result]) -> str:
    rows = []
    for n, r in enumerate(results, start=1):
        if isinstance(r, BadInput):
            rows.append(
                f'<tr><td class="num">{n}</td><td>{_e(plan_name(r))}</td><td>-</td><td class="num">-</td>'
                f'<td class="error">読み込みエラー: {_e(r.error)}</td></tr>'
            )
        else:
            rows.append(
                f'<tr><td class="num">{n}</td><td>{_e(plan_name(r))}</td><td>{_e(r.plan_type or "?")}</td>'
                f'<td class="num">{len(r.gaps)}</td><td>{_e(verdict_text(r))}</td></tr>'
            )
    return (
        f'<section class="summary"><h2>一覧（{len(results)}件）</h2><table><thead><tr><th>No</th><th>ファイル</th>'
        f"<th>類型</th><th>不足</th><th>判定</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _item(kind: str, item: Item) -> str:
    parts = [
        f'<div class="item"><h4>{_badge(item.status)} {_e(item.label)} '
        f'<span class="id">（{_e(kind)}: {_e(item.id)}）</span></h4><ul>'
    ]
    parts += [f"<li>理由: {_e(r)}</li>" for r in item.reasons]
    parts += [f"<li>判定基準: {_e(c)}</li>" for c in criteria_lines(item)]
    src = source_text(item.source)
    if src:
        parts.append(f"<li>出典: {_e(src)}</li>")
    parts.append("</ul>")
    for ev in item.evidence:
        where = evidence_location(ev.section, ev.line)
        parts.append(
            f"<blockquote>{_e(ev.text)}"
            + (f' <span class="where">（{_e(where)}）</span>' if where else "")
            + "</blockquote>"
        )
    if item.fix and item.status != "met":
        parts.append(f'<div class="fix">追記すべき事項: {_e(item.fix)}</div>')
    parts.append("</div>")
    return "".join(parts)


def _plan(r: CheckResult) -> str:
    meta = []
    if r.title:
        meta.append(("表題", _e(r.title)))
    meta.append(("類型", _e(plan_type_text(r))))
    sug = r.plan_type_suggestion
    if sug.type or sug.reasons:
        reasons = "、".join(_e(x) for x in sug.reasons)
        meta.append(("推定される類型", _e(suggestion_text(r)) + (f"（{reasons}）" if reasons else "")))
    if r.checked_on:
        meta.append(("判定日", _e(r.checked_on)))
    meta.append(("結果", f"{_e(counts_text(r))} → <strong>{_e(verdict_text(r))}</strong>"))
    meta += [("読み取りの注意", _e(w)) for w in parse_warnings(r)]
    out = [f'<section class="plan"><h2>{_e(plan_name(r))}</h2><dl class="meta">']
    out += [f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta]
    out.append(
        "</dl><h3>判定一覧</h3><table><thead><tr><th>状態</th><th>区分</th><th>ID</th><th>項目</th>"
        "<th>追記すべき事項</th></tr></thead><tbody>"
    )
    for kind, item in all_items(r):
        fix = _e(item.fix) if item.status != "met" else ""
        out.append(
            f"<tr><td>{_badge(item.status)}</td><td>{_e(kind)}</td><td>{_e(item.id)}</td>"
            f"<td>{_e(item.label)}</td><td>{fix}</td></tr>"
        )
    out.append("</tbody></table>")
    if r.requirements:
        out.append("<h3>要件</h3>")
        out += [_item("要件", i) for i in r.requirements]
    if r.checks:
        out.append("<h3>構造チェック（必須KGI・記載項目・手続）</h3>")
        out += [_item("チェック", i) for i in r.checks]
    fvs = fields(r)
    if fvs:
        out.append("<h3>関連する戦略分野</h3><ul>")
        out += [
            f"<li>{_e(f.text)}" + (f"（スコア {f.score:.2f}）" if f.score is not None else "") + "</li>"
            for f in fvs
        ]
        out.append("</ul>")
    out += _recommendations(r)
    out.append("</section>")
    return "\n".join(out)


def _recommendations(r: CheckResult) -> list[str]:
    recs = recommendations(r, MAX_RECOMMENDATIONS)
    if not recs:
        return []
    out = ["<h3>推奨される支援施策</h3>"]
    out += [f'<p class="notice">⚠ {_e(n)}</p>' for n in notices(r)]
    out += [
        "<table><thead><tr><th>順位</th><th>施策</th><th>所管</th>"
        "<th>理由・不足・条件</th><th>相談先</th></tr></thead><tbody>"
    ]
    for rec in recs:
        detail = [f"理由: {_e(x)}" for x in rec.reasons] + [f"不足: {_e(x)}" for x in rec.gaps]
        detail += [f"条件: {_e(x)}" for x in rec.conditions] + [_e(x) for x in rec.notes]
        if rec.path:
            detail.append(f"経路: {_e(rec.path)}")
        if rec.source:
            detail.append(f"出典: {_e(rec.source)}")
        name = _e(rec.name) + (f"<br><small>{_e(rec.category)}</small>" if rec.category else "")
        score = f"<br><small>スコア {rec.score_text}</small>" if rec.score_text else ""
        out.append(
            f'<tr><td class="num">{rec.rank}</td><td>{name}{score}</td><td>{_e(rec.ministry)}</td>'
            f"<td>{'<br>'.join(detail)}</td><td>{_e(rec.where_to_ask)}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def render_html(results: Result | Iterable[Result]) -> str:
    results = as_list(results)
    body = [f"<h1>{TITLE}</h1>"]
    if len(results) > 1:
        body.append(_summary(results))
    for r in results:
        if isinstance(r, BadInput):
            body.append(
                f'<section class="plan"><h2>{_e(plan_name(r))}</h2>'
                f'<p class="error">読み込みエラー: {_e(r.error)}</p></section>'
            )
        else:
            body.append(_plan(r))
    return (
        '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{TITLE}</title>\n<style>{_css()}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
