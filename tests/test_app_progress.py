"""進捗 page (AppTest): upload a plan → template; add the filled sheet → statuses, bad values reported; a plan
that takes too long to read is stopped at the time limit."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from app_testing import app, example, fresh_cache, no_exception  # noqa: F401, isort: skip
from app_support.pool import TIME_LIMIT_ENV
from chiiki_mirai.progress.sheet import write_template
from chiiki_mirai.service import read_plan_bytes


def filled_sheet(plan_upload: tuple[str, bytes]) -> bytes:
    plan, _ = read_plan_bytes(*plan_upload)
    wb = load_workbook(io.BytesIO(write_template(plan, plan_upload[0])))
    ws = wb["進捗"]
    ws["I2"], ws["J2"] = "令和8年度", "18件"
    ws["I3"], ws["J3"] = "令和8年度上期", "好調"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_progress_page_template_statuses_and_bad_values():
    upload = example("c_kiso_shikki.md")
    at = app("progress")
    at.session_state["progress.plan"] = upload
    at.run()
    no_exception(at)
    assert any("ひな形" in i.value for i in at.info)
    at.session_state["progress.sheet"] = ("進捗.xlsx", filled_sheet(upload))
    at.run()
    no_exception(at)
    frame = at.dataframe[0].value
    assert list(frame["指標"][:2]) == ["海外商談件数", "越境EC売上"]
    assert frame["状態"][0] == "遅れ"
    assert any("3行目" in e.value and "数値として読めません" in e.value for e in at.error)


def test_a_plan_past_the_time_limit_is_stopped_with_a_message_naming_the_file(monkeypatch):
    line = "地域の事業者と連携して新しい製品を開発し、販路を広げる。域内の取引を増やし、雇用を生み出す。"
    body = "\n".join(f"- 取組{i}：{line}" for i in range(5_000))  # within the limits, seconds to read
    monkeypatch.setenv(TIME_LIMIT_ENV, "0.05")
    at = app("progress")
    at.session_state["progress.plan"] = ("長い素案.md", ("計画の類型: C\n\n" + body).encode("utf-8"))
    at.run()
    no_exception(at)
    errors = [e.value for e in at.error]
    assert errors and errors[0].startswith("計画を読み込めません：「長い素案.md」"), errors
    monkeypatch.delenv(TIME_LIMIT_ENV)
    at.session_state["progress.plan"] = example("c_kiso_shikki.md")  # nothing else is lost
    at.run()
    no_exception(at)
    assert not at.error and any("ひな形" in i.value for i in at.info)
