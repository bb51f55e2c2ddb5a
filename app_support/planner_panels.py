"""Parts of the planner page: the what-if tab, what changed, the reading results, the downloads."""

from __future__ import annotations

import streamlit as st

from app_support import reading, views
from app_support.downloads import Download
from app_support.plan_edits import StatusChange
from app_support.state import ActivePlan
from app_support.whatif import WITHDRAWAL_EXAMPLE, Edit, WhatIfInputs
from chiiki_mirai.core.result import STATUS_JA, ParseReport
from chiiki_mirai.knowledge.loader import KnowledgeBase

ENTER_HINT = "入力したら Enter キー（又は欄の外をクリック）で判定に反映されます。"


def _fill_withdrawal(keys: list[str]) -> None:
    for k in keys:
        if not (st.session_state.get(k) or "").strip():
            st.session_state[k] = WITHDRAWAL_EXAMPLE


def _kpi_boxes(inputs: WhatIfInputs, prefix: str, values: dict[str, str]) -> None:
    if not inputs.kpis:
        return
    st.markdown("**KPIごとの記載**")
    having = inputs.kpis_having.get("withdrawal_criterion") or []
    if having:
        st.caption("撤退基準が書かれているKPI（" + "、".join(having) + "）は、そのまま使います。")
    withdrawal = [prefix + k.key for k in inputs.withdrawal_inputs()]
    if withdrawal:
        st.button(
            "撤退基準のないKPIに例文を入れる", on_click=_fill_withdrawal, args=(withdrawal,), key=prefix + "fill"
        )
    for k in inputs.kpis:
        values[k.key] = st.text_input(k.label, key=prefix + k.key, placeholder="（未記載）") or ""


def whatif_tab(inputs: WhatIfInputs, prefix: str) -> dict[str, str]:
    """One box per gap criterion the check lists, under its requirement; returns {input key: text}."""
    values: dict[str, str] = {}
    if not inputs.sentences and not inputs.kpis:
        st.info("書き足して試す不足はありません。")
        return values
    st.caption(
        "不足している基準ごとに、素案に書き足す文を入力すると、上の判定がすぐに変わります。素案のファイルは"
        "変わりません。書き足した内容はダウンロードの「書き足し後」のファイルに、印を付けて入ります。"
        + ENTER_HINT
    )
    _kpi_boxes(inputs, prefix, values)
    group = None
    for s in inputs.sentences:
        if s.group != group:
            group = s.group
            st.markdown(f"**{views.md_escape(group)}**")
        values[s.key] = (
            st.text_input(
                "、".join(c.split("：", 1)[-1] for c in s.criteria),
                key=prefix + s.key,
                placeholder=("例）" + s.example) if s.example else "この記載項目に書く内容",
                help=f"直し方：{s.fix}",
            )
            or ""
        )
        st.caption(f"書き足す場所：{views.md_escape(s.place.label)}")
    return values


def changes_table(changes: list[StatusChange], edits: list[Edit]) -> None:
    """What the what-if edits changed, above the report."""
    if not edits:
        return
    st.warning(
        f"書き足し（what-if）{len(edits)}件を反映した判定です。素案そのものの判定ではありません。",
        icon="✏️",
    )
    if changes:
        st.table(
            [{"項目": c.label, "元の判定": STATUS_JA[c.before], "書き足し後": STATUS_JA[c.after]} for c in changes],
            hide_index=True,
        )
    else:
        st.info("書き足した内容では判定は変わりません。書き方や書き足す場所を見直してください。")


def reading_tab(kb: KnowledgeBase, active: ActivePlan, plan_type: str | None) -> None:
    """What the reader found, where, and what it did not find."""
    report: ParseReport | None = active.report
    if report is None:
        st.info("フォームで入力した計画です（ファイルの読み取りはしていません）。")
    else:
        st.caption(reading.summary_line(report))
        for w in report.warnings:
            st.warning(w)
        rows = reading.section_rows(report, kb, plan_type)
        if rows:
            st.markdown("**記載項目の読み取り**")
            st.table(rows, hide_index=True)
    st.markdown("**読み取った内容と場所**")
    st.table(reading.value_rows(active.plan, report), hide_index=True)
    if report is not None:
        if report.metadata:
            st.markdown("**表紙の記載**")
            st.table(reading.metadata_rows(report), hide_index=True)
        if report.ambiguous:
            st.markdown("**読み取りがあいまいな点**\n\n" + views.bullets([str(a) for a in report.ambiguous]))
        other = [t for t in report.other_text if t != "（前書き）"]
        if other:
            st.markdown("**どの記載項目にも当たらなかった見出し**\n\n" + views.bullets(other))


def download_row(title: str, items: list[Download], note: str = "") -> None:
    st.markdown(f"**{title}**" + (f"　{note}" if note else ""))
    for col, d in zip(st.columns(len(items)), items, strict=True):
        col.download_button(d.label, d.make, d.file_name, d.mime, key=d.key, on_click="ignore")
