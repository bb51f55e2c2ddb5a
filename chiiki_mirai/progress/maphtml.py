"""The map of every plan as one self-contained HTML file: inline SVG, inline CSS, a few lines of inline script.

Nothing is loaded from anywhere (no URL at all in the file), so it opens offline and inside LGWAN. Each
prefecture is shaded by its number of plans; at its centre one bubble per plan type (A red, B blue, C green)
sized by the planned investment and ringed by the worst progress status of those plans; hovering shows the
plans. Tables below list every prefecture and every plan.
"""

from __future__ import annotations

import datetime as _dt
import math
from html import escape

from chiiki_mirai.progress.mapdata import TYPE_JA, TYPES, MapData, PrefectureSummary, geometry
from chiiki_mirai.progress.status import STATUS_JA

TYPE_COLOR = {"A": "#c0392b", "B": "#1f6fb2", "C": "#2e8b57"}
STATUS_COLOR = {
    "withdrawal": "#b71c1c",
    "behind": "#f39c12",
    "on_track": "#7cb342",
    "achieved": "#1b5e20",
    "no_data": "#9e9e9e",
}
SHADES = ["#f4f4f2", "#fde9c9", "#f9c98a", "#f0a35e", "#d9773a"]


def oku(yen: float | None) -> str:
    if not yen:
        return "―"
    return f"{yen / 1e8:,.1f}億円" if yen < 1e12 else f"{yen / 1e12:,.2f}兆円"


def _shade(n: int) -> str:
    return SHADES[min(n, 4)] if n < 4 else SHADES[4]


def _radius(yen: float) -> float:
    return 6.0 + min(18.0, math.sqrt(max(yen, 0.0) / 1e8) * 0.9)  # 100億円 → 15 px, 400億円 → 24 px


def _tooltip(s: PrefectureSummary) -> str:
    lines = [f"{s.name}: {s.count()}件（計画上の投資 {oku(s.investment())}）"]
    for p in s.plans:
        status = f"／進捗: {STATUS_JA[p.status]}" if p.status else ""
        lines.append(f"・[{p.plan_type}] {p.name}（{oku(p.investment)}）{status}")
    return "\n".join(lines)


def _prefecture_svg(pref: dict, s: PrefectureSummary) -> str:
    title = escape(_tooltip(s)) if s.plans else escape(f"{s.name}: 計画なし")
    return (
        f'<path class="pref" data-pref="{escape(s.name)}" data-count="{s.count()}" d="{pref["path"]}" '
        f'fill="{_shade(s.count())}"><title>{title}</title></path>'
    )


def _bubbles(pref: dict, s: PrefectureSummary) -> str:
    out = []
    present = [t for t in (*TYPES, "?") if s.count(t)]
    radii = [_radius(s.investment(t)) for t in present]
    x = pref["cx"] - (sum(radii) * 2 - radii[0] - radii[-1]) * 0.35  # side by side, overlapping a little
    for i, (t, r) in enumerate(zip(present, radii, strict=True)):
        if i:
            x += (radii[i - 1] + r) * 0.7
        y = pref["cy"]
        worst = s.worst(t)
        ring = STATUS_COLOR[worst] if worst else "#ffffff"
        width = 3.2 if worst else 1.2
        tip = escape(f"{s.name} {TYPE_JA[t]} {s.count(t)}件（投資 {oku(s.investment(t))}）"
                     + (f"／進捗: {STATUS_JA[worst]}" if worst else ""))
        out.append(
            f'<g class="bubble t-{t if t != "?" else "X"}" data-pref="{escape(s.name)}" data-type="{t}" '
            f'data-count="{s.count(t)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
            f'fill="{TYPE_COLOR.get(t, "#777")}" fill-opacity="0.78" stroke="{ring}" stroke-width="{width}">'
            f'<title>{tip}</title></circle><text x="{x:.1f}" y="{y + 3.5:.1f}">{s.count(t)}</text></g>'
        )
    return "".join(out)


def map_svg(data: MapData) -> str:
    """The inline SVG (no namespace URL: HTML5 does not need one)."""
    geo = geometry()
    shapes = [_prefecture_svg(p, data.prefectures[p["name"]]) for p in geo["prefectures"]]
    bubbles = [_bubbles(p, data.prefectures[p["name"]]) for p in geo["prefectures"] if data.prefectures[p["name"]].plans]
    return (
        f'<svg id="japan" viewBox="0 0 {geo["width"]:.0f} {geo["height"]:.0f}" role="img" '
        f'aria-label="都道府県別の計画の地図">'
        f'<g id="prefs">{"".join(shapes)}</g><g id="bubbles">{"".join(bubbles)}</g></svg>'
    )


def _legend() -> str:
    types = "".join(
        f'<label><input type="checkbox" checked data-type="{t}"> <span class="dot" '
        f'style="background:{TYPE_COLOR[t]}"></span>{t} {TYPE_JA[t]}</label>'
        for t in TYPES
    )
    rings = "".join(
        f'<span class="ring" style="border-color:{STATUS_COLOR[s]}"></span>{STATUS_JA[s]} ' for s in STATUS_COLOR
    )
    shades = "".join(f'<span class="sq" style="background:{c}"></span>{n} ' for n, c in zip(
        ("0件", "1件", "2件", "3件", "4件以上"), SHADES, strict=True))
    return (
        f'<div class="legend"><div>{types}</div><div>円の大きさ: 計画上の官民設備投資額／円の縁の色（進捗の最も悪い状態）: '
        f'{rings}<span class="ring" style="border-color:#fff;border-width:1px"></span>進捗報告なし</div>'
        f"<div>都道府県の色（計画数）: {shades}</div></div>"
    )


def _prefecture_table(data: MapData) -> str:
    rows = []
    for s in data.prefectures.values():
        if not s.plans:
            continue
        counts = "".join(f"<td>{s.count(t) or ''}</td>" for t in TYPES)
        st = "、".join(f"{STATUS_JA[k]} {v}" for k, v in s.statuses().items()) or "―"
        rows.append(
            f'<tr data-pref="{escape(s.name)}"><th>{escape(s.name)}</th>{counts}<td>{s.count()}</td>'
            f'<td class="num">{oku(s.investment())}</td><td>{escape(st)}</td></tr>'
        )
    head = "".join(f"<th>{t}</th>" for t in TYPES)
    return (
        f'<table id="by-prefecture"><caption>都道府県別</caption><tr><th>都道府県</th>{head}<th>計</th>'
        f'<th>計画上の投資</th><th>進捗（計画数）</th></tr>{"".join(rows)}</table>'
    )


def _plan_table(data: MapData) -> str:
    rows = []
    for p in sorted(data.plans, key=lambda p: (p.prefectures[:1] or ["~"], p.plan_type, p.name)):
        status = STATUS_JA[p.status] if p.status else "報告なし"
        color = STATUS_COLOR.get(p.status or "", "transparent")
        where = "・".join(p.prefectures) or "不明"
        rows.append(
            f'<tr><td>{escape(where)}</td><td>{escape(p.plan_type)}</td><td>{escape(p.name)}</td>'
            f'<td>{escape("・".join(p.authors) or "―")}</td><td class="num">{oku(p.investment)}</td>'
            f'<td><span class="sq" style="background:{color}"></span>{escape(status)}</td>'
            f'<td>{escape(p.note)}</td></tr>'
        )
    for source, error in data.errors:
        rows.append(f'<tr class="err"><td>―</td><td>―</td><td>{escape(source)}</td><td colspan="4">'
                    f'読み込めませんでした: {escape(error)}</td></tr>')
    return (
        '<table id="plans"><caption>計画の一覧</caption><tr><th>都道府県</th><th>類型</th><th>計画</th>'
        f'<th>策定主体</th><th>計画上の投資</th><th>進捗</th><th>備考</th></tr>{"".join(rows)}</table>'
    )


CSS = """
body{font-family:"Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Meiryo,sans-serif;margin:16px;color:#222}
h1{font-size:20px;margin:0 0 4px}.summary{margin:4px 0 10px;color:#444}
.wrap{display:flex;gap:16px;flex-wrap:wrap}.wrap>div:last-child{flex:1;min-width:340px}#japan{width:min(760px,100%);height:auto;background:#eaf3fb;border:1px solid #ccd}
.pref{stroke:#777;stroke-width:.6}.pref:hover{stroke:#000;stroke-width:1.5}
.bubble text{font-size:10px;fill:#fff;text-anchor:middle;font-weight:bold;pointer-events:none}
.legend{font-size:13px;line-height:1.9}.legend label{margin-right:12px}
.dot{display:inline-block;width:11px;height:11px;border-radius:50%;margin:0 3px;vertical-align:-1px}
.ring{display:inline-block;width:10px;height:10px;border-radius:50%;border:3px solid;margin:0 3px 0 8px;vertical-align:-2px}
.sq{display:inline-block;width:12px;height:12px;margin:0 3px 0 6px;vertical-align:-1px;border:1px solid #bbb}
table{border-collapse:collapse;font-size:13px;margin:12px 0}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
caption{text-align:left;font-weight:bold;margin:6px 0}.num{text-align:right}.err td{background:#fdecea}
.note{font-size:12px;color:#555}
"""

SCRIPT = """
document.querySelectorAll('.legend input[data-type]').forEach(function(box){
  box.addEventListener('change', function(){
    document.querySelectorAll('.bubble.t-' + box.dataset.type).forEach(function(g){
      g.style.display = box.checked ? '' : 'none';
    });
  });
});
"""


def render_map_html(data: MapData, title: str = "地域未来戦略 計画の地図", today: _dt.date | None = None) -> str:
    """The whole map page: a self-contained HTML document (no URL inside)."""
    per_type = "、".join(f"{t} {data.count(t)}件" for t in TYPES if data.count(t))
    unknown = f"、類型不明 {data.count('?')}件" if data.count("?") else ""
    reported = sum(1 for p in data.plans if p.status)
    summary = (
        f"計画 {data.count()}件（{per_type}{unknown}）／計画上の官民設備投資額 合計 {oku(data.total_investment())}"
        f"／進捗報告 {reported}件／都道府県を特定できない計画 {len(data.unplaced)}件"
        + (f"／読み込めないファイル {len(data.errors)}件" if data.errors else "")
    )
    day = (today or _dt.date.today()).isoformat()
    return (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1><div class=\"summary\">{escape(summary)}（{day} 作成）</div>"
        f'<div class="wrap"><div>{map_svg(data)}<div class="note">北海道と沖縄県は位置を移して表示しています。'
        "共同計画はそれぞれの都道府県に表示し、合計では1件・1回だけ数えます。"
        "地図データ: japanmap 0.6.0（Apache License 2.0）を簡略化。</div></div>"
        f"<div>{_legend()}{_prefecture_table(data)}</div></div>{_plan_table(data)}"
        f"<script>{SCRIPT}</script></body></html>"
    )
