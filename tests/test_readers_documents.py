"""Drafts as documents: Markdown, text (Shift_JIS, CRLF, BOM), Word, YAML/JSON, and bad inputs."""

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
import yaml

from chiiki_mirai.cli import main
from chiiki_mirai.commands.parse import dump, parse_output
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.readers import read_bytes, read_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "drafts"
DRAFTS = ROOT / "tests" / "data" / "drafts"


def kgi(plan: Plan, kind: str):
    return next(k for k in plan.kgis if k.kind == kind)


def test_b_example_parses_completely():
    plan, report = read_path(EXAMPLES / "b_perovskite_cluster.md")
    assert report.expected_missing == []
    assert plan.plan_type == "B"
    assert [(a.name, a.kind) for a in plan.authors] == [("滋賀県", "prefecture")]
    assert (plan.period.start_fy, plan.period.end_fy, plan.period.target_fy) == (2026, 2030, 2035)
    inv = kgi(plan, "investment")
    assert inv.value == pytest.approx(1.2e10) and inv.annual is True and inv.year == 2035
    assert inv.cumulative_value is None and inv.mandatory is True
    assert {"value_added", "talent"} <= {k.kind for k in plan.kgis}
    assert plan.kpis and all(k.withdrawal_criterion is None for k in plan.kpis)
    assert all(k.owner for k in plan.kpis)
    assert plan.kpi_monitoring_cycle is None
    assert [c.employees for c in plan.core_companies] == [1200, 450, 80]
    assert plan.localization.local_procurement_target == pytest.approx(0.5)
    ss = plan.commitment.support_system
    assert ss.lead == "知事" and ss.staff == 5 and "地方銀行" in ss.financial_institutions
    assert plan.commitment.announcement_after_precheck is True
    assert plan.ripple.regional_transactions.value == pytest.approx(2.5e10)
    assert plan.target_market.export and plan.target_market.domestic_top_share
    assert "法人" in plan.target_market.attributes
    # every value keeps its evidence
    assert inv.evidence.line and "120億円" in inv.evidence.text


def test_c_example_parses_completely():
    plan, report = read_path(EXAMPLES / "c_kiso_shikki.md")
    assert report.expected_missing == []
    assert plan.plan_type == "C" and plan.joint is True
    assert {a.kind for a in plan.authors} == {"municipality"} and len(plan.authors) == 2
    va = kgi(plan, "value_added")
    assert va.value == pytest.approx(2.7e8) and va.year == 2030
    assert all(k.withdrawal_criterion for k in plan.kpis) and len(plan.kpis) == 2
    assert plan.kpi_monitoring_cycle == "半期ごと"
    rt = plan.ripple.regional_transactions
    assert rt.stated and rt.value is None
    assert plan.localization.attracts_outside_company is False
    desk = plan.commitment.consultation_desk
    assert desk.name == "木曽漆器成長相談窓口" and desk.department == "塩尻市産業振興課"
    assert "海外" in plan.target_market.attributes


@pytest.mark.parametrize("name", ["b_perovskite_cluster.md", "c_kiso_shikki.md", "a_strategic_cluster.md"])
def test_parse_output_round_trips_through_yaml(tmp_path, name):
    src = (EXAMPLES / name) if (EXAMPLES / name).exists() else DRAFTS / name
    out = yaml.safe_load(dump(parse_output(src), "yaml"))
    f = tmp_path / "plan.yaml"
    f.write_text(yaml.safe_dump(out["plan"], allow_unicode=True), encoding="utf-8")
    assert read_path(f)[0] == read_path(src)[0]
    j = tmp_path / "plan.json"
    j.write_text(dump(parse_output(src), "json"), encoding="utf-8")
    assert read_path(j)[0] == read_path(src)[0]


def test_a_type_draft_with_table_metadata_and_roman_numbering():
    plan, report = read_path(DRAFTS / "a_strategic_cluster.md")
    assert plan.plan_type == "A" and report.expected_missing == []
    assert [a.kind for a in plan.authors] == ["prefecture", "prefecture"] and plan.joint
    assert (plan.period.start_fy, plan.period.end_fy) == (2026, 2040)
    inv = kgi(plan, "investment")
    assert inv.cumulative_value == pytest.approx(5e11) and inv.value == pytest.approx(5e10)
    # KPI table with columns in another order and wording (担当 first, 見直し基準)
    k = plan.kpis[0]
    assert k.name == "工業用水道の給水能力" and k.owner == "県企業立地課" and k.withdrawal_criterion
    assert plan.kpi_monitoring_cycle == "四半期ごと"
    assert plan.investments[1].amount == pytest.approx(3e10)  # 三百億円
    assert plan.investments[0].start_year == 2027 and plan.investments[0].operation_year == 2029
    assert plan.investments[1].adopted_subsidy
    assert plan.roadmap_alignment and plan.infrastructure and plan.block_draft_alignment
    # the support system written under section 6 is still found
    assert plan.commitment.support_system.lead == "知事"


def test_shift_jis_crlf_text_with_dai_and_katakana_numbering():
    data = (DRAFTS / "c_mino_washi_sjis.txt").read_bytes()
    assert b"\r\n" in data
    plan, report = read_path(DRAFTS / "c_mino_washi_sjis.txt")
    assert report.encoding == "cp932"
    assert plan.plan_type == "C"
    assert plan.authors[0].kind == "municipality"
    va = kgi(plan, "value_added")
    assert va.value == pytest.approx(1.2e8) and va.year == 2030
    assert plan.kpis[0].withdrawal_criterion and plan.kpis[0].owner == "美濃市商工観光課"
    assert plan.kpi_monitoring_cycle == "年2回"
    assert plan.ripple.wages.stated and plan.ripple.regional_transactions.value == pytest.approx(5e8)
    # "域外企業の誘致は行わない。" straight under 第６ 現地化の取組 is its one item, the policy
    assert "C.6.1" in report.sections and "C.6.1 現地化の方針" not in report.expected_missing


def test_missing_sections_are_reported_not_invented():
    plan, report = read_path(DRAFTS / "b_missing_sections.md")
    assert plan.plan_type == "B"
    assert plan.authors[0].kind == "designated_city"
    missing = {m.split()[0] for m in report.expected_missing}
    assert {"B.2", "B.4", "B.6", "B.commitment"} <= missing
    assert plan.kpis == [] and plan.commitment.support_system is None


def test_bom_and_crlf_utf8():
    text = (EXAMPLES / "c_kiso_shikki.md").read_text(encoding="utf-8")
    plain, _ = read_path(EXAMPLES / "c_kiso_shikki.md")
    data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    plan, report = read_bytes("x.md", data)
    assert report.encoding == "utf-8-sig"
    assert plan.model_dump(exclude={"sections", "other_text"}) == plain.model_dump(
        exclude={"sections", "other_text"}
    )


METADATA_LAYOUTS = [
    "計画の類型：B\n策定主体：横浜市\n計画期間：令和8年度〜令和12年度\n",
    "- 類型: Ｂ型\n- 策定主体: 横浜市\n- 計画期間: 2026年度から5年間\n",
    "【類型】地域産業クラスター計画\n【策定主体】横浜市\n【計画期間】R8年度〜R12年度\n",
    "| 項目 | 内容 |\n|---|---|\n| 計画の類型 | B |\n| 策定主体 | 横浜市 |\n| 計画期間 | 令和8年度〜令和12年度 |\n",
]


@pytest.mark.parametrize("meta", METADATA_LAYOUTS)
def test_metadata_layouts(meta):
    doc = "# 試行計画\n\n" + meta + "\n## 1. 地域産業クラスターの形成を目指す産業領域\n\n蓄電池部材。\n"
    plan, _ = read_bytes("m.md", doc.encode())
    assert plan.plan_type == "B"
    assert [(a.name, a.kind) for a in plan.authors] == [("横浜市", "designated_city")]
    assert (plan.period.start_fy, plan.period.end_fy) == (2026, 2030)


def test_no_type_stays_none_but_sections_are_placed():
    doc = "1 地場産業の成長を支援する分野\n\n(1) 該当する作物・品種等\n\n梨\n\n2 支援する地域及び推進の核となる事業者\n"
    plan, report = read_bytes("t.txt", doc.encode())
    assert plan.plan_type is None
    assert report.sections_matched_as == "C" and "C.1.1" in plan.sections
    assert report.ambiguous


def test_commitment_paragraph_under_another_section_is_found():
    doc = (
        "計画の類型: B\n\n## 5. 投資促進に向けた課題と事業環境整備の取組\n\n"
        "### (1) 投資促進に向けた課題\n\n用地不足。\n\n"
        "市長をトップとする推進会議を置き、信用金庫と連携して毎月伴走支援を行う。\n"
    )
    plan, report = read_bytes("x.md", doc.encode())
    assert "B.commitment" in plan.sections
    assert plan.commitment.support_system.frequency == "毎月"
    assert "信用金庫" in plan.commitment.support_system.financial_institutions


def test_kpi_table_in_other_order_and_wording():
    doc = (
        "計画の類型: C\n\n## KPI及び撤退基準\n\n"
        "| 担当 | 達成時期 | 指標 | 未達時の対応 | 目標値 |\n|---|---|---|---|---|\n"
        "| 町産業課 | 令和10年度 | 体験ツアー参加者 | 規模を縮小 | 年3,000人泊 |\n"
    )
    plan, _ = read_bytes("k.md", doc.encode())
    k = plan.kpis[0]
    assert (k.name, k.owner, k.deadline, k.withdrawal_criterion, k.target) == (
        "体験ツアー参加者",
        "町産業課",
        "令和10年度",
        "規模を縮小",
        "年3,000人泊",
    )


def _docx(build) -> bytes:
    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_word_headings_bold_paragraphs_and_tables():
    def build(d):
        d.add_paragraph("計画の類型：B　地域産業クラスター計画")
        d.add_paragraph("策定主体：静岡県")
        d.add_heading("1 地域産業クラスターの形成を目指す産業領域", level=1)
        d.add_heading("(1) 該当する業種", level=2)
        d.add_paragraph("水素関連部品。")
        p = d.add_paragraph()
        p.add_run("3 当該分野の現状認識と目指す姿").bold = True
        d.add_heading("(2) 目指すべき目標", level=2)
        t = d.add_table(rows=3, cols=4)
        for i, row in enumerate(
            [
                ["KGI", "目標値", "年度", "累計"],
                ["官民設備投資額", "年間50億円", "2035年度", "累計300億円"],
                ["付加価値増加額", "80億円", "2035年度", ""],
            ]
        ):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
        d.add_heading("KPI及びKPI未達時の撤退基準の設定", level=2)
        t2 = d.add_table(rows=2, cols=4)
        for i, row in enumerate(
            [["KPI", "目標", "期限", "撤退基準"], ["試作件数", "10件", "2028年度", "半減なら中止"]]
        ):
            for j, v in enumerate(row):
                t2.cell(i, j).text = v

    plan, report = read_bytes("plan.docx", _docx(build))
    assert report.format == "docx" and plan.plan_type == "B"
    assert {"B.1", "B.1.1", "B.3", "B.3.2", "B.5.3"} <= set(plan.sections)
    inv = kgi(plan, "investment")
    assert (
        inv.value == pytest.approx(5e9) and inv.cumulative_value == pytest.approx(3e10) and inv.year == 2035
    )
    assert plan.kpis[0].withdrawal_criterion == "半減なら中止"
    assert plan.authors[0].kind == "prefecture"


def test_yaml_plan_errors_are_japanese(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text("plan_type: D\nkgis:\n  - name: x\n    value: たくさん\nfoo: 1\n", encoding="utf-8")
    with pytest.raises(UserError) as e:
        read_path(f)
    msg = e.value.message
    assert "plan_type" in msg and "kgis[0].value" in msg and "foo" in msg and "未知のキー" in msg


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.md", b""),
        ("blank.txt", b"   \n\n"),
        ("bin.md", b"\x00\x01\x02binary"),
        ("fake.docx", b"not a zip at all"),
        ("plan.pdf", b"%PDF-1.4"),
        ("list.yaml", b"- a\n- b\n"),
        ("bad.yaml", b"a: [1, 2\n"),
        ("bomb.yaml", b"a: &a [x, x]\n" + b"".join(b"b%d: &b%d [*a, *a, *a]\n" % (i, i) for i in range(120))),
        ("deep.json", b"[" * 100 + b"]" * 100),
        ("bad.json", b'{"plan_type": }'),
        ("big.md", b"a" * (6 * 1024 * 1024)),
    ],
)
def test_bad_inputs_raise_user_error(name, data):
    with pytest.raises(UserError):
        read_bytes(name, data)


def test_docx_zip_bomb_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\x00" * (80 * 1024 * 1024))
    with pytest.raises(UserError):
        read_bytes("bomb.docx", buf.getvalue())


def test_unreadable_paths(tmp_path):
    with pytest.raises(UserError):
        read_path(tmp_path / "none.md")
    with pytest.raises(UserError):
        read_path(tmp_path)


def test_parse_command_prints_plan_and_report(capsys):
    assert main(["parse", str(EXAMPLES / "c_kiso_shikki.md"), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["plan"]["plan_type"] == "C" and out["report"]["expected_missing"] == []
    assert main(["parse", str(EXAMPLES / "c_kiso_shikki.md"), "--format", "xml"]) == 2


@pytest.mark.parametrize("name", ["a_plan.yaml", "b_plan.yaml", "c_plan.yaml"])
def test_complete_examples_load(name):
    plan, report = read_path(ROOT / "examples" / name)
    assert plan.plan_type == name[0].upper()
    assert report.expected_missing == []


def _both_types_headings(author: str, title: str = "桜川 刃物 成長に向けて（素案）") -> str:
    return (
        f"{title}\n\n令和8年8月　{author} 商工課\n\n"
        "1 分野\n(1) 該当する製品\n包丁\n(2) 特定の理由\n鍛冶の集積がある。\n"
        "2 核となる地域及び事業者\n(1) 核となる地域\n刃物団地\n(2) 核となる事業者\n桜川刃物組合\n"
        "3 現状認識と目指す姿\n(1) 現状\n出荷額は50億円。\n(2) 目指すべき目標\n付加価値増加額 2030年度 3億円\n"
    )


@pytest.mark.parametrize(
    ("author", "title", "matched"),
    [
        ("岐阜県桜川市", "桜川 刃物 成長に向けて（素案）", "C"),
        ("岐阜県", "桜川 刃物 成長に向けて（素案）", "B"),
        # a city calling its plan a cluster plan wrote a B plan it may not write: read as B, the author is the finding
        ("岐阜県桜川市", "桜川 刃物クラスター計画（素案）", "B"),
    ],
)
def test_headings_that_fit_two_types_alike_are_read_as_the_type_the_author_may_write(author: str, title: str, matched: str) -> None:
    plan, report = read_bytes("t.txt", _both_types_headings(author, title).encode())
    assert plan.plan_type is None and report.plan_type_source == "headings"
    scores = report.ambiguous[0]
    assert "B=" in scores and "C=" in scores
    assert report.sections_matched_as == matched
    assert all(k.startswith(matched) for k in plan.sections)
