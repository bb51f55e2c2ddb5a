"""進捗 page (AppTest): upload a plan → template; add the filled sheet → statuses, bad values reported."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from app_testing import app, example, fresh_cache, no_exception  # noqa: F401, isort: skip
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
