"""Markdown and HTML reports: same content as the checklist, draft text escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reports_samples import batch, hostile_plan, plan_b

from chiiki_mirai.reports.common import STATUS_JA, criteria_lines
from chiiki_mirai.reports.html import render_html
from chiiki_mirai.reports.markdown import md, render_markdown


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_table_cells_escape_pipes():
    out = render_markdown([hostile_plan(), plan_b()])
    tables = [ln for ln in out.splitlines() if ln.startswith("|")]
    assert tables
    for header_line in [ln for ln in tables if ln.startswith("| No") or ln.startswith("| 状態")]:
        n = unescaped_pipes(header_line)
        block = out[out.index(header_line) :].splitlines()
        for row in block[: next((i for i, b in enumerate(block) if not b.startswith("|")), len(block))]:
            assert unescaped_pipes(row) == n, row
    assert "\\=cmd\\|' calc'\\!A0.md" in out


def test_markdown_escapes_markup_from_drafts():
    out = render_markdown(hostile_plan())
    assert not re.search(r"(?<!\\)[<>]", out)  # every angle bracket is escaped
    assert "\\<script\\>" in out
    assert "\\[link\\](http://x)" in out  # no link
    assert "\\`code\\`" in out
    # no draft text starts a heading or a list item of its own
    for ln in out.splitlines():
        assert not ln.startswith("# 見出し") and "- - 箇条書き" not in ln
    assert md("# 見出し") == "\\# 見出し"
    assert md("- 箇条") == "\\- 箇条"
    assert md("1. 番号") == "1\\. 番号"
    assert md("行1\n# 行2") == "行1 \\# 行2"


def test_markdown_has_the_same_content():
    r = plan_b()
    out = render_markdown(r)
    for item in r.requirements + r.checks:
        assert f"`{item.id}`" in out
        assert STATUS_JA[item.status] in out
    assert "近畿経済産業局 地域経済課" in out
    assert "追記すべき事項" in out


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += attrs


ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "section",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "dl",
    "dt",
    "dd",
    "ul",
    "li",
    "span",
    "div",
    "blockquote",
    "strong",
    "small",
    "br",
    "p",
}


def test_html_escapes_everything_from_drafts():
    out = render_html([hostile_plan(), plan_b()])
    assert "<script" not in out.lower()
    assert "&lt;script&gt;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    p = Tags()
    p.feed(out)
    assert p.tags <= ALLOWED_TAGS, p.tags - ALLOWED_TAGS
    assert not any(name.startswith("on") for name, _ in p.attrs)


def test_html_is_self_contained_and_prints_per_plan():
    out = render_html(batch())
    assert "<link" not in out and "@import" not in out and "url(" not in out
    assert not re.search(r"""(src|href)\s*=""", out)
    assert "@media print" in out and "break-before: page" in out
    assert out.count('<section class="plan">') == len(batch())
    assert "Content-Security-Policy" in out
    assert "読み込みエラー" in out


def test_html_has_the_same_content():
    r = plan_b()
    out = render_html(r)
    for item in r.requirements + r.checks:
        assert item.id in out and item.label in out
    assert "域内取引額を拡大する" in out and "58行目" in out
    assert "経済産業省" in out and "近畿経済産業局 地域経済課" in out


def test_criteria_repeat_no_reason_already_given():
    r = plan_b()
    ripple = r.requirements[1]
    assert criteria_lines(ripple) == ["✗ 域内取引額の目標値: 「拡大する」のみで数値がない"]
    ripple.reasons.append("「拡大する」のみで数値がない")
    assert criteria_lines(ripple) == ["✗ 域内取引額の目標値"]
    ripple.criteria[0].applies = False
    assert criteria_lines(ripple) == []
