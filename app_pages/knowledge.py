"""ナレッジ: plan types, requirements and 記載項目 with their sources; the knowledge graph; what changed."""

from __future__ import annotations

import streamlit as st

from app_support import views
from app_support.graph_figure import build_view, figure, selected_node
from app_support.loaders import get_graph, get_kb

kb = get_kb()


@st.cache_resource(show_spinner="グラフを配置しています…")
def graph_view():
    # the layout is the same for every session: compute it once, share it read-only
    return build_view(get_graph())


st.title("ナレッジ")
tab_types, tab_checks, tab_graph, tab_meta = st.tabs(
    ["計画類型と要件", "構造チェック", "つながりの図", "更新情報"]
)

with tab_types:
    t = st.radio(
        "計画類型",
        sorted(kb.plan_types),
        key="kb.type",
        horizontal=True,
        format_func=lambda i: f"{i} {kb.plan_types[i].name}",
    )
    pt = kb.plan_types[t]
    st.markdown(f"### {t} {views.md_escape(pt.name)}")
    st.write(pt.positioning)
    views.show_passage(kb, pt.positioning_source)
    st.markdown(f"**策定主体**：{views.md_escape(pt.authorship.text)}")
    if pt.plan_years or pt.goal_years:
        st.markdown(
            views.md_escape(f"計画期間：{pt.plan_years or '—'}年　目標：{pt.goal_years or '—'}年以内")
        )
    st.markdown("**必須KGI**")
    for k in pt.mandatory_kgis:
        st.markdown(f"- {views.md_escape(k.name)}{'（累積の目標値も必要）' if k.needs_cumulative else ''}")

    st.markdown("#### 要件")
    for r in kb.requirements.get(t, []):
        with st.expander(f"{r.number}. {r.label}（{r.id}）"):
            st.write(r.text)
            for note in r.notes:
                st.caption(views.md_escape(note))
            st.markdown("**判定基準**")
            for c in r.criteria:
                st.markdown(f"- {views.md_escape(c.label)}")
            views.show_passage(kb, r.source)

    st.markdown("#### 記載項目")
    for s in pt.sections:
        with st.expander(f"{s.number}. {s.heading}{'（任意）' if not s.required else ''}"):
            for item in s.items:
                st.markdown(
                    f"- `{item.id}` {views.md_escape(item.heading)}{'（任意）' if not item.required else ''}"
                )
            if s.note:
                st.caption(views.md_escape(s.note))
            views.show_passage(kb, s.source)

    if pt.process:
        st.markdown("#### 策定・提出の流れ")
        for step in sorted(pt.process, key=lambda p: p.order):
            st.markdown(f"{step.order}. **{views.md_escape(step.actor)}**：{views.md_escape(step.text)}")
    if pt.deadlines:
        st.markdown("#### 期限")
        for d in pt.deadlines:
            st.markdown(f"- {d.date:%Y年%m月%d日} {views.md_escape(d.label)}")

with tab_checks:
    for c in sorted(kb.checks, key=lambda c: c.id):
        with st.expander(f"{c.label}（{c.id}）— 対象：{'・'.join(c.plan_types)}"):
            st.write(c.description)
            for cr in c.criteria:
                st.markdown(f"- {views.md_escape(cr.label)}")
            views.show_passage(kb, c.source)

with tab_graph:
    st.caption(
        "戦略分野・製品・支援施策・府省庁のつながりです。点をクリックするか、下で選ぶと、つながっている項目を表示します。"
    )
    view = graph_view()
    nodes = view.nodes_sorted()
    if "kb.focus" not in st.session_state:
        st.session_state["kb.focus"] = nodes[0]
    focus = st.selectbox("項目を選ぶ", nodes, key="kb.focus", format_func=view.label)

    def on_click() -> None:
        # runs before the rerun, so the selectbox can still be moved to the clicked node
        clicked = selected_node(st.session_state.get("kb.chart"))
        if clicked in view.graph:
            st.session_state["kb.focus"] = clicked

    st.plotly_chart(
        figure(view, focus),
        key="kb.chart",
        on_select=on_click,
        selection_mode="points",
        config={"displaylogo": False, "scrollZoom": True},
    )
    st.markdown(f"**{views.md_escape(view.label(focus))}** とつながる項目")
    rows = view.neighbours(focus)
    st.dataframe([{k: v for k, v in r.items() if k != "id"} for r in rows], hide_index=True)

with tab_meta:
    meta = kb.meta
    if meta is None:
        st.warning("ナレッジベースの版情報（meta.yaml）がありません。")
    else:
        st.markdown(f"**版**：{views.md_escape(meta.version)}　**更新日**：{meta.updated:%Y年%m月%d日}")
        if meta.sources_as_of:
            st.markdown(f"**出典の時点**：{views.md_escape(meta.sources_as_of)}")
        st.markdown("**変更点**")
        for ch in meta.changes:
            st.markdown(f"- {views.md_escape(ch)}")
    st.markdown("**出典文書**")
    st.table(
        [
            {"文書": d.title, "発出": d.issued, "ファイル": d.file}
            for d in sorted(kb.documents.values(), key=lambda d: d.id)
        ],
        hide_index=True,
    )
