"""相談窓口: a free-text question → support measures, who runs them and where to ask, with the source."""

from __future__ import annotations

import streamlit as st

from app_support import desk_view, state, views
from app_support.loaders import get_kb, search_measures
from chiiki_mirai.core.result import Recommendation
from chiiki_mirai.knowledge.labels import CATEGORY_IDS, category_label

kb = get_kb()

st.title("相談窓口")
st.caption(
    "事業者や自治体からの相談内容をそのまま入力してください。関係する支援施策、所管府省庁、問い合わせ先を出典とともに示します。"
)

with st.form("desk.search", border=False, enter_to_submit=True):
    q1, q2 = st.columns([5, 1], vertical_alignment="bottom")
    query = q1.text_input(
        "相談内容",
        key="desk.query",
        persist_state="session",
        placeholder="例：工業用水が足りない／漆器を海外に売りたい／人材が集まらない",
    )
    q2.form_submit_button("検索", type="primary", icon=":material/search:", width="stretch")
st.caption("入力して「検索」を押すか、Enter キーで検索します。")

ministries = sorted(kb.ministries.values(), key=lambda m: (m.kind != "ministry", m.name, m.id))
c1, c2, c3, c4 = st.columns(4)
ministry = c1.selectbox(
    "府省庁",
    [""] + [m.id for m in ministries],
    key="desk.ministry",
    persist_state="session",
    format_func=lambda i: "すべて" if not i else kb.ministries[i].name,
)
category = c2.selectbox(
    "施策の分類",
    ["", *CATEGORY_IDS],
    key="desk.category",
    persist_state="session",
    format_func=lambda c: "すべて" if not c else category_label(c),
)
plan_type = c3.selectbox(
    "計画の類型",
    ["", "A", "B", "C"],
    key="desk.plan_type",
    persist_state="session",
    format_func=lambda t: "すべて" if not t else views.PLAN_TYPE_OPTIONS[t],
)
field = c4.selectbox(
    "戦略分野",
    [0] + [f.number for f in kb.fields],
    key="desk.field",
    persist_state="session",
    format_func=lambda n: "すべて" if not n else f"{n}. {kb.field_by_number[n].name}",
)

if not (query or "").strip():
    st.info("相談内容を入力すると、関係する支援施策を表示します。")
    st.stop()

memo_key = state.digest(query, ministry, category, plan_type, str(field))
memo = st.session_state.setdefault("desk.memo", {})
if memo_key not in memo:
    try:
        with st.spinner("関係する施策を探しています…"):
            memo[memo_key] = search_measures(
                query,
                ministry=ministry or None,
                plan_type=plan_type or None,
                category=category or None,
                field=field or None,
                top=10,
            )
    except Exception as e:  # noqa: BLE001 - show a Japanese message, never a traceback
        st.error(state.user_error_text(e))
        st.stop()
result = memo[memo_key]

line = desk_view.field_line(result)
if line:
    label, _, names = line.partition("：")
    st.markdown(f"**{label}**：{views.md_escape(names)}", help="相談内容から読み取った分野です（確度が高いときだけ表示）。")
elif result.get("field_note"):
    st.caption(result["field_note"])

measures = result.get("measures") or []
contacts = result.get("contacts") or []


def show_contacts() -> None:
    if contacts:
        st.markdown("**問い合わせ先**\n\n" + "\n".join(
            f"- {views.md_escape(c['department'])}（{views.md_escape(c['email'] or '')}）：{views.md_escape(c['role'])}"
            for c in contacts))


if not measures:
    st.warning(desk_view.empty_message(result, filtered=bool(ministry or category or plan_type or field)))
    for n, rec in enumerate(result.get("offers") or [], 1):  # the one-stop desk and よろず支援拠点
        views.recommendation_card(kb, Recommendation.model_validate(rec), n)
    show_contacts()
    st.stop()

st.subheader(f"支援施策（{len(measures)}件）")
st.table(desk_view.summary_rows(measures, kb), hide_index=True)
for n, rec in enumerate(measures, 1):
    views.recommendation_card(kb, Recommendation.model_validate(rec), n)
show_contacts()

st.divider()
st.subheader("施策の詳細")
ids = [rec["id"] for rec in measures if rec.get("id") in kb.measures]
chosen = st.selectbox(
    "詳しく見る施策", ids, key="desk.detail", filter_mode=None, format_func=lambda i: kb.measures[i].name
)
if chosen:
    views.measure_detail(kb, kb.measures[chosen])
