"""The planner's form: the main values of a plan typed in, checked like an uploaded draft.

The what-if tab then offers a box for every gap the check lists, so a form user can reach 「不足 0件」 too.
"""

from __future__ import annotations

import streamlit as st

from app_support import state, views
from app_support.plan_edits import plan_from_form
from chiiki_mirai.core.plan import AUTHOR_KIND_JA


def _years(col, label: str, key: str):  # noqa: ANN001, ANN202 - a Streamlit column
    return col.number_input(label, min_value=2024, max_value=2060, value=None, step=1, key=key)


def _values() -> dict:
    f1, f2 = st.columns(2)
    return {
        "title": f1.text_input("計画の名称", key="form.title"),
        "plan_type": f2.selectbox(
            "類型", ["", "A", "B", "C"], format_func=views.PLAN_TYPE_OPTIONS.get, key="form.plan_type"
        ),
        "author_name": f1.text_input("策定主体（例：滋賀県）", key="form.author_name"),
        "author_kind": f2.selectbox(
            "策定主体の種類", list(AUTHOR_KIND_JA), format_func=AUTHOR_KIND_JA.get, key="form.author_kind"
        ),
        "start_fy": _years(f1, "計画期間の開始年度", "form.start_fy"),
        "end_fy": _years(f2, "計画期間の終了年度", "form.end_fy"),
        "target_fy": _years(f1, "目標年度", "form.target_fy"),
        "domain": f2.text_input("産業領域・業種", key="form.domain"),
        "products": f1.text_input("製品・サービス（読点区切り）", key="form.products"),
        "reason": f2.text_area("その産業を選んだ理由", height=80, key="form.reason"),
        "investment_oku": f1.number_input(
            "KGI 官民設備投資額（目標年度、億円）", min_value=0.0, value=None, key="form.investment_oku"
        ),
        "investment_cumulative_oku": f2.number_input(
            "KGI 官民設備投資額（累積、億円）", min_value=0.0, value=None, key="form.investment_cumulative_oku"
        ),
        "value_added_oku": f1.number_input(
            "KGI 付加価値額（億円）", min_value=0.0, value=None, key="form.value_added_oku"
        ),
        "talent_people": f2.number_input(
            "KGI 産業人材育成数（人）", min_value=0, value=None, step=1, key="form.talent_people"
        ),
        "kpis": st.text_area("KPI（1行に1つ：名称｜目標｜撤退基準）", height=100, key="form.kpis"),
        "monitoring_cycle": f1.text_input("KPIの点検の頻度（例：半期ごと）", key="form.monitoring_cycle"),
        "desk_name": f2.text_input("相談窓口の名称", key="form.desk_name"),
        "desk_department": f1.text_input("相談窓口の担当部署", key="form.desk_department"),
        "support_lead": f2.text_input("伴走支援の主体（例：知事）", key="form.support_lead"),
        "support_body": f1.text_input("推進体制（例：推進本部）", key="form.support_body"),
    }


def form() -> None:
    """The form; on submit its plan becomes the planner's plan (replacing an uploaded one)."""
    with st.form("planner.form"):
        st.caption(
            "主な項目を入力してチェックできます。ここにない項目（ターゲット市場・核となる事業者・域内への波及など）は、"
            "チェックの後「書き足して試す」タブで不足ごとに書き足せます。"
        )
        values = _values()
        if not st.form_submit_button("この内容でチェックする", type="primary"):
            return
    if not (values["title"] or "").strip() and not values["plan_type"]:
        st.warning("計画の名称か類型を入力してからチェックしてください。")
        return
    try:
        plan = plan_from_form(values)
    except Exception as e:  # noqa: BLE001 - e.g. a value the plan model rejects
        st.error("入力内容を計画として読み取れませんでした：" + state.user_error_text(e))
        return
    token = state.digest("form", plan.model_dump_json())
    state.set_active(state.ActivePlan("フォーム入力", plan, None, token, from_upload=False))
    st.session_state.pop(state.PLANNER_UPLOAD, None)
