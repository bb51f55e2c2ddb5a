"""計画づくり: upload a draft or fill a form → plan type, gap report, recommended measures, what-if, downloads."""

from __future__ import annotations

import streamlit as st

from app_support import compare_view, state, views
from app_support.loaders import get_kb
from app_support.plan_edits import WhatIf, apply_what_if, plan_from_form, status_changes
from chiiki_mirai import service
from chiiki_mirai.core.plan import AUTHOR_KIND_JA
from chiiki_mirai.readers import SUPPORTED
from chiiki_mirai.reports import FILE_SUFFIX, MEDIA_TYPE, render

kb = get_kb()
WITHDRAWAL_EXAMPLE = "目標値の5割に満たない状態が2年続いた場合は、事業を見直し又は撤退する"

st.title("計画づくり")
st.caption("計画の素案を読み込むか、フォームに入力すると、要件の充足状況と直し方、使える支援施策を示します。")

tab_upload, tab_form = st.tabs(["素案ファイルを読み込む", "フォームで入力する"])
with tab_upload:
    st.file_uploader(
        "計画の素案（" + " / ".join(SUPPORTED) + "）",
        type=[e.lstrip(".") for e in SUPPORTED],
        key="planner.uploader",
        on_change=state.store_upload,
        args=("planner.uploader", state.PLANNER_UPLOAD),
        help="ファイルはこの画面の中だけで使い、保存しません。",
    )
with tab_form, st.form("planner.form"):
    f1, f2 = st.columns(2)
    values = {
        "title": f1.text_input("計画の名称", key="form.title"),
        "plan_type": f2.selectbox(
            "類型", ["", "A", "B", "C"], format_func=views.PLAN_TYPE_OPTIONS.get, key="form.plan_type"
        ),
        "author_name": f1.text_input("策定主体（例：滋賀県）", key="form.author_name"),
        "author_kind": f2.selectbox(
            "策定主体の種類", list(AUTHOR_KIND_JA), format_func=AUTHOR_KIND_JA.get, key="form.author_kind"
        ),
        "start_fy": f1.number_input(
            "計画期間の開始年度", min_value=2024, max_value=2060, value=None, step=1, key="form.start_fy"
        ),
        "end_fy": f2.number_input(
            "計画期間の終了年度", min_value=2024, max_value=2060, value=None, step=1, key="form.end_fy"
        ),
        "target_fy": f1.number_input(
            "目標年度", min_value=2024, max_value=2060, value=None, step=1, key="form.target_fy"
        ),
        "domain": f2.text_input("産業領域・業種", key="form.domain"),
        "products": f1.text_input("製品・サービス（読点区切り）", key="form.products"),
        "reason": f2.text_area("その産業を選んだ理由", height=80, key="form.reason"),
        "investment_oku": f1.number_input(
            "KGI 官民設備投資額（目標年度、億円）", min_value=0.0, value=None, key="form.investment_oku"
        ),
        "investment_cumulative_oku": f2.number_input(
            "KGI 官民設備投資額（累積、億円）",
            min_value=0.0,
            value=None,
            key="form.investment_cumulative_oku",
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
    if st.form_submit_button("この内容でチェックする", type="primary"):
        try:
            plan = plan_from_form(values)
            state.set_active(
                state.ActivePlan("フォーム入力", plan, None, state.digest(plan.model_dump_json()))
            )
            st.session_state.pop(state.PLANNER_UPLOAD, None)
        except Exception as e:  # noqa: BLE001 - e.g. a value the plan model rejects
            st.error("入力内容を計画として読み取れませんでした：" + state.user_error_text(e))

try:
    active = state.active_plan_from_upload() or state.get("planner.active")
except Exception as e:  # noqa: BLE001 - a bad file: say what is wrong, keep the page usable
    st.error("ファイルを読み込めませんでした。" + state.user_error_text(e))
    st.session_state.pop(state.PLANNER_UPLOAD, None)
    st.stop()
if active is None:
    st.info("素案ファイルを読み込むか、フォームに入力してください。")
    st.stop()

st.subheader(f"「{views.md_escape(active.plan.title or active.source)}」のチェック結果")
chosen_type = st.selectbox(
    "類型（自動判定では計画書の記載と推定を使います）",
    ["", "A", "B", "C"],
    key="planner.plan_type",
    format_func=views.PLAN_TYPE_OPTIONS.get,
)
try:
    with st.spinner("要件をチェックしています…"):
        base = state.check(active.plan, active.source, chosen_type or None, active.report)
except Exception as e:  # noqa: BLE001 - an internal error: a Japanese message, never a traceback
    st.error("チェック中にエラーが発生しました。" + state.user_error_text(e))
    st.stop()

header_box = st.container()  # filled after the what-if edits are known
# ---- what-if: edits apply to a copy of the plan and the report below is re-checked at once
with st.expander("もし〜を書き足したら（What-if）：項目を書き足して判定の変化を見る"):
    st.caption("項目を書き足すと、判定（上の件数と下の一覧）がすぐに変わります。元の計画は変わりません。")
    kpis = active.plan.kpis
    if kpis:

        def fill_withdrawal() -> None:
            for i in range(len(kpis)):
                if not st.session_state.get(f"whatif.kpi.{i}"):
                    st.session_state[f"whatif.kpi.{i}"] = WITHDRAWAL_EXAMPLE

        st.button("撤退基準のないKPIに例文を入れる", on_click=fill_withdrawal, key="whatif.fill")
        for i, k in enumerate(kpis):
            st.text_input(
                f"撤退基準：{k.name}",
                key=f"whatif.kpi.{i}",
                placeholder=k.withdrawal_criterion or "（未記載）",
            )
    w1, w2 = st.columns(2)
    w1.text_input(
        "KPIの点検の頻度", key="whatif.cycle", placeholder=active.plan.kpi_monitoring_cycle or "例：半期ごと"
    )
    w2.number_input("官民設備投資額の累積目標（億円）", min_value=0.0, value=None, key="whatif.inv_cum")
    desk = active.plan.commitment.consultation_desk
    w1.text_input(
        "相談窓口の名称", key="whatif.desk_name", placeholder=(desk.name if desk else None) or "（未記載）"
    )
    w2.text_input(
        "相談窓口の担当部署",
        key="whatif.desk_dept",
        placeholder=(desk.department if desk else None) or "（未記載）",
    )
edits = WhatIf(
    withdrawal={i: state.get(f"whatif.kpi.{i}") or "" for i in range(len(active.plan.kpis))},
    monitoring_cycle=state.get("whatif.cycle") or "",
    desk_name=state.get("whatif.desk_name") or "",
    desk_department=state.get("whatif.desk_dept") or "",
    investment_cumulative_oku=state.get("whatif.inv_cum"),
)
plan = active.plan
result = base
if not edits.is_empty():
    try:
        plan = apply_what_if(active.plan, edits)
        with st.spinner("書き足した内容で再チェックしています…"):
            result = state.check(plan, active.source, chosen_type or None, active.report)
    except Exception as e:  # noqa: BLE001 - an internal error: a Japanese message, never a traceback
        st.error("書き足した内容をチェックできませんでした。" + state.user_error_text(e))
        st.stop()
with header_box:
    views.plan_header(result)
    compare_view.version_note(active.token, active.source, base)
    changes = status_changes(base, result) if result is not base else []
    if changes:
        st.success("書き足しで判定が変わりました")
        st.table(
            [
                {
                    "項目": f"{c.label}（{c.id}）",
                    "元の判定": views.STATUS_JA[c.before],
                    "書き足し後": views.STATUS_JA[c.after],
                }
                for c in changes
            ],
            hide_index=True,
        )
    elif result is not base:
        st.info("書き足した内容では判定は変わりません。")

tab_gaps, tab_recs, tab_read = st.tabs(["要件と不足", "おすすめの支援施策", "読み取り結果"])
with tab_gaps:
    only_gaps = st.toggle("不足のある項目だけ表示", key="planner.only_gaps")
    views.gap_report(kb, result, only_gaps)
with tab_recs:
    if result.fields:
        st.markdown(
            "**該当しそうな戦略分野**："
            + "、".join(views.md_escape(f"{f.number}. {f.name}") for f in result.fields)
        )
    for notice in result.recommendation_notices:  # what to settle first (who may write the plan), on top
        st.warning(notice)
    if not result.recommendations:
        st.info("おすすめできる支援施策はありません（または支援施策レコメンダーを準備中です）。")
    for n, rec in enumerate(result.recommendations, 1):
        views.recommendation_card(kb, rec, n)
with tab_read:
    report = active.report
    for label, entries in (
        ("注意", report.warnings if report else []),
        ("見つからなかった項目", report.expected_missing if report else []),
        ("曖昧な点", report.ambiguous if report else []),
    ):
        if entries:
            st.markdown(f"**{label}**")
            for e in entries:
                st.markdown(f"- {views.md_escape(str(e))}")
    st.json(plan.model_dump(mode="json", exclude_none=True, exclude_defaults=True), expanded=False)

st.divider()
stem = (active.source.rsplit(".", 1)[0] if "." in active.source else active.source) or "plan"
d1, d2, d3 = st.columns(3)
d1.download_button(
    "計画（YAML）",
    service.plan_to_yaml(plan),
    f"{stem}.yaml",
    "application/x-yaml",
    key="dl.plan",
    on_click="ignore",
)
d2.download_button(
    "チェック結果（Markdown）",
    render(result, "markdown"),
    f"{stem}_チェック結果{FILE_SUFFIX['markdown']}",
    MEDIA_TYPE["markdown"],
    key="dl.md",
    on_click="ignore",
)
d3.download_button(
    "チェック結果（Excel）",
    render(result, "xlsx"),
    f"{stem}_チェック結果{FILE_SUFFIX['xlsx']}",
    MEDIA_TYPE["xlsx"],
    key="dl.xlsx",
    on_click="ignore",
)
