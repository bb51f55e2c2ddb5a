"""Reading layouts: a plan written as one table, Word numbering, hard-wrapped lines, block quotes.

Each case is wording of its own, written for the behaviour; the QA drafts that first showed a need are
checked as a whole by tests/test_qa_drafts.py."""

from __future__ import annotations

import io

import docx

from chiiki_mirai.readers import read_bytes
from chiiki_mirai.readers.doctree import parse_markdown, parse_text
from chiiki_mirai.readers.headings import split_numbering


def _docx(build) -> bytes:  # noqa: ANN001 - a function filling a python-docx Document
    d = docx.Document()
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _table_plan(d) -> None:  # noqa: ANN001
    d.add_paragraph("西海 精密ばね 地域産業クラスター計画（素案）", style="Title")
    rows = [
        ["記載項目", "内容"],
        ["計画の名称", "西海 精密ばね 地域産業クラスター計画"],
        ["計画類型", "B　地域産業クラスター計画"],
        ["策定主体", "長崎県"],
        ["計画期間・目標年度", "令和８年度～令和12年度／目標年度 令和17年度"],
        ["該当する業種", "精密ばね製造業"],
        ["特定の理由", "県内に精密ばねの工場が30社集まり、海外の医療機器メーカーからの受注が伸びている。"],
        [
            "計画推進の核となる企業",
            "株式会社西海スプリング（従業員数 300名）：設計と量産\n有限会社大村線材（従業員数 40名）：線材加工",
        ],
        ["現状の整理", "出荷額は約120億円（令和６年）。"],
        [
            "KPI及びKPI未達時の撤退基準",
            "KPI1　新規取引社数　目標 10社／期限 令和10年度\nKPIは半期ごとに確認する。",
        ],
    ]
    t = d.add_table(rows=len(rows), cols=2)
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        lines = b.split("\n")
        t.cell(i, 1).text = lines[0]
        for extra in lines[1:]:
            t.cell(i, 1).add_paragraph(extra)


def _numbered_plan(d) -> None:  # noqa: ANN001
    d.add_paragraph("試作 地場産業成長プラン", style="Title")
    d.add_paragraph("計画の種類：地場産業成長プラン（C）")
    d.add_paragraph("策定：群馬県桐生町")
    d.add_paragraph("地場産業の成長を支援する分野", style="List Number")
    d.add_paragraph("該当する製品", style="List Number 2")
    d.add_paragraph("絹織物のストールと帯。")
    d.add_paragraph("特定の理由", style="List Number 2")
    d.add_paragraph("海外の服飾ブランドからの注文が増えている。")
    d.add_paragraph("取組に向けた課題と町が行う取組", style="List Number")
    d.add_paragraph("KPI及びKPI未達時の撤退基準", style="List Number 2")
    d.add_paragraph(
        "KPI①　新規取引社数：年10社（令和10年度まで）／担当 商工課／撤退基準：２年続けて３社未満なら見直す",
        style="List Bullet",
    )


def _wrap(text: str, width: int = 38) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


# cut so that a number ("20|40年度"), an amount and a katakana compound ("…ント|・フード") are split
_P1 = "温泉熱を使う乾燥食品の製造業。県内の乾燥工場は約40社あり、海外の食品商社から" + (
    "の引き合いが続く。乾燥野菜・乾燥果実のほか、業務用のスープ原料を加工している。"
)


_P2 = "県内の生産額は、乾燥食品の出荷と輸出をあわせて、今後の当面の見通しとして20" + (
    "40年度に1兆2,000億円規模に伸ばせると見込み、アジア・インテリジェント"
    "・フード事業の方向性に沿う。温泉熱を使えるため燃料費が低く、安く作れる。"
)


_P3 = (
    "KPIは半期ごとに伴走支援本部で確認し、遅れがあれば対策を追加する。乾燥工場の設備と受注の状況も確認する。"
)


_WRAPPED = f"""計画の類型：B
策定主体：大分県

1. 地域産業クラスターの形成を目指す産業領域

1.1 該当する業種
{_wrap(_P1)}

1.2 特定の理由
{_wrap(_P2)}

5. 投資促進に向けた課題と事業環境整備の取組

5.3 KPI及びKPI未達時の撤退基準
KPI1 新規取引社数　目標12社　期限令和11年度
　担当：商工課　撤退基準：2年続けて2社未満なら出展先を見直す
KPI2 技能者研修の修了者数　目標年80人　期限令和12年度
　担当：人材課　撤退基準：2年続けて40人未満なら研修内容を見直す
{_wrap(_P3)}
"""


_MD = """試作 地場産業成長プラン
=====================

> 策定：三重県
> 類型：C　地場産業成長プラン
> 計画期間：令和８年度～令和12年度　／　目標年度：令和12年度

その１　成長を支援する分野
--------------------------

**該当する製品**　伊勢の木綿の反物と小物。

**選んだ理由**　海外の雑貨店からの引き合いが続く。

その２　支援する地域と推進の核となる事業者
------------------------------------------

**核となる地域**　津市の一身田地区。

**核となる事業者**

1. 伊勢木綿織物協同組合
2. 株式会社一身田織布

**選んだ理由**　織りから販売までを市内でつなぐため。

その６　現地化の取組
--------------------

県外からの企業誘致は行わない。市内の織元の技術継承と市内での採用を方針とする。
"""


_LABELLED = """計画の類型：C
策定主体：岩手県奥州市

## 1) 分野と製品

- **製品**：鉄瓶と鋳鉄鍋。
- **選んだ理由**：海外の茶器市場で人気が高い。

## 2) 地域と推進の核となる事業者

- **核となる地域**：水沢地区。
- **核となる事業者**：水沢鋳物工業協同組合。
- **選んだ理由**：鋳造から販売までを市内でつなぐため。
"""


def test_a_plan_written_as_one_table_is_read_as_headings_and_metadata() -> None:
    plan, rep = read_bytes("plan.docx", _docx(_table_plan))
    assert rep.plan_type == "B"
    for tid in ("B.1.1", "B.1.2", "B.2.2", "B.3.1", "B.5.3"):
        assert tid in rep.sections, rep.sections
    meta = rep.metadata
    assert meta["author"] == "長崎県"
    assert "令和８年度" in meta["period"] and "17" in meta["target"]
    # the table's labels are not KPIs; each paragraph of a cell stays a line of its item
    assert not any(k.name in ("策定主体", "計画類型", "該当する業種") for k in plan.kpis)
    assert "有限会社大村線材" in plan.sections["B.2.2"].text
    assert "\n" in plan.sections["B.2.2"].text


def test_a_markdown_table_of_items_with_br_is_unfolded_too() -> None:
    md = (
        "計画の類型：B\n\n"
        "| 項目 | 記載内容 |\n|---|---|\n"
        "| 該当する業種 | 精密ばね製造業 |\n"
        "| 特定の理由 | 工場が集まる。<br>受注が伸びる。 |\n"
        "| 現状の整理 | 出荷額は約120億円。 |\n"
        "| 設定の根拠 | 各社の計画の積上げ。 |\n"
    )
    _, rep = read_bytes("plan.md", md.encode())
    for tid in ("B.1.1", "B.1.2", "B.3.1", "B.3.3"):
        assert tid in rep.sections


def test_a_small_value_table_stays_a_table() -> None:
    doc = parse_markdown("| KGI | 目標値 |\n|---|---|\n| 付加価値増加額 | 75億円 |\n| 人材育成数 | 120人 |\n")
    assert [type(b).__name__ for b in doc.preamble] == ["Table"]
    assert not list(doc.walk())


def test_word_numbered_headings_without_typed_numbers() -> None:
    plan, rep = read_bytes("plan.docx", _docx(_numbered_plan))
    for tid in ("C.1", "C.1.1", "C.1.2", "C.5", "C.5.4"):
        assert tid in rep.sections, rep.sections
    assert not any("撤退基準" in (k.name or "") for k in plan.kpis)
    assert "絹織物" in plan.sections["C.1.1"].text


def test_hard_wrapped_lines_join_without_spaces_and_entries_stay_apart() -> None:
    assert "20\n40年度" in _WRAPPED and "\n・フード" in _WRAPPED
    doc = parse_text(_WRAPPED)
    blocks = [b for _, b in _blocks(doc)]
    texts = [getattr(b, "text", None) for b in blocks]
    assert _P1 in texts and _P2 in texts and _P3 in texts
    kpi = [b for b in blocks if (getattr(b, "text", None) or "").startswith("KPI")]
    assert [b.text[:4] for b in kpi] == ["KPI1", "KPI2", "KPIは"]
    assert "撤退基準：2年続けて2社未満" in kpi[0].text
    assert "KPI2" not in kpi[0].text


def _blocks(doc):  # noqa: ANN001, ANN202 - (section or None, block) in reading order
    yield from ((None, b) for b in doc.preamble)
    for s, _ in doc.walk():
        yield from ((s, b) for b in s.blocks)


def test_hard_wrapped_kpi_entries_are_read() -> None:
    plan, rep = read_bytes("plan.txt", _WRAPPED.encode("cp932").replace(b"\n", b"\r\n"))
    assert "B.5.3" in rep.sections
    assert len(plan.kpis) == 2
    assert all(k.withdrawal_criterion for k in plan.kpis)


def test_a_decimal_number_is_no_section_number() -> None:
    assert split_numbering("0.05mm単位の石留め").style is None
    assert split_numbering("1.1 該当する業種").style == "decimal1"


def test_block_quoted_metadata_and_bold_lead_in_labels() -> None:
    _, rep = read_bytes("plan.md", _MD.encode())
    meta = rep.metadata
    assert meta["author"] == "三重県" and "令和８年度" in meta["period"]
    for tid in ("C.1", "C.1.1", "C.1.2", "C.2", "C.2.1", "C.2.2", "C.2.3"):
        assert tid in rep.sections, rep.sections


def test_a_single_item_section_without_an_item_heading() -> None:
    plan, rep = read_bytes("plan.md", _MD.encode())
    assert "C.6.1" in rep.sections
    assert "誘致は行わない" in plan.sections["C.6.1"].text
    # one sentence is the policy too ("誘致は行わない。"); an empty section is not
    short = _MD.replace("市内の織元の技術継承と市内での採用を方針とする。", "")
    _, rep = read_bytes("plan.md", short.encode())
    assert "C.6.1" in rep.sections


def test_sections_named_by_their_labelled_entries() -> None:
    _, rep = read_bytes("plan.md", _LABELLED.encode())
    for tid in ("C.1", "C.1.1", "C.1.2", "C.2", "C.2.1", "C.2.2", "C.2.3"):
        assert tid in rep.sections, rep.sections


def test_the_type_in_a_cover_note_beside_the_edition_names_the_type() -> None:
    for note in ("（地場産業成長プラン・概要版）", "（地場産業成長プラン　概要版・素案）", "（地場産業成長プラン 第2稿）"):
        md = f"# 漆を、暮らしの道具に。\n## 輪島塗 日常づかい展開プラン{note}\n\n## 1. 概要\n\n- 策定主体：石川県輪島市\n"
        _, rep = read_bytes("plan.md", md.encode())
        assert rep.plan_type == "C", note


def test_a_cover_set_as_headings_under_a_line_before_the_plans_name_gives_the_authority() -> None:
    md = (
        "令和８年７月　事前確認依頼用\n\n# 佐賀県地域産業クラスター計画\n\n### （素案）\n\n"
        "## 鳥栖・基山 半導体後工程・装置部品クラスター\n\n計画期間：令和８年度～令和12年度\n\n"
        "### 佐賀県\n\n産業労働部 産業政策課\n\n#### １．地域産業クラスターの形成を目指す産業領域\n\n"
        "###### （１）該当する業種\n\n半導体の後工程の製造業とする。\n"
    )
    _, rep = read_bytes("plan.md", md.encode())
    assert rep.metadata.get("author") == "佐賀県"
    assert rep.plan_type == "B"


def test_items_written_without_a_heading_are_found_by_what_is_said_there() -> None:
    md = (
        "# 湯の里 竹細工プラン\n\n類型：C 地場産業成長プラン\n策定主体：大分県別府市\n\n"
        "## このまちの竹細工について\n\n"
        "職人の高齢化が進み、後継者が不足していることが一番の課題である。竹材の確保も難しくなっている。\n\n"
        "主なターゲットは国内外の個人客で、海外のインテリアショップ（法人）にも卸す。\n"
    )
    _, rep = read_bytes("plan.md", md.encode())
    assert "C.5.1" in rep.sections and "C.4.1" in rep.sections, rep.sections


def _soft_broken_operators(d) -> None:  # noqa: ANN001
    d.add_paragraph("試作 果樹加工 地場産業成長プラン（素案）", style="Title")
    d.add_paragraph("２　支援する地域及び推進の核となる事業者", style="Heading 1")
    d.add_paragraph("①核となる区域：北浜町の沿岸部")
    d.add_paragraph("②核となる事業者")
    p = d.add_paragraph()
    lines = ["・北浜果樹出荷組合（組合員40戸）：原料の集荷", "・〇〇株式会社（町内に立地予定、選定中）：果汁の搾汁と充填",
             "・南浜菓子工房株式会社（従業員12人）：焼き菓子の製造"]
    for k, line in enumerate(lines):
        r = p.add_run(line)
        if k < len(lines) - 1:
            r.add_break()  # Shift+Enter: three bullets in one Word paragraph


def test_bullets_that_share_a_word_paragraph_are_operators_of_their_own() -> None:
    """Bullets typed in one Word paragraph with line breaks are three entries: each is an operator (the 〇〇 one a
    placeholder), not the first operator with the others as its role."""
    plan, _ = read_bytes("draft.docx", _docx(_soft_broken_operators))
    ops = [(s.subject, s.modality) for s in plan.statements if s.kind == "operator" and s.topic == "entity"]
    assert ops == [("北浜果樹出荷組合", "affirmed"), ("〇〇株式会社", "placeholder"), ("南浜菓子工房株式会社", "affirmed")]
