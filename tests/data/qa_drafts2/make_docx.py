"""Write the Word drafts of the second QA set (tests/data/qa_drafts2/*.docx) with python-docx.

Run from anywhere: `python tests/data/qa_drafts2/make_docx.py`. The drafts are fictional and exercise
Word layouts the readers must handle: Heading 1/2 and 見出し 1/2 styles, bold-only paragraphs as
headings, numbering typed into the text, a 区分/内容 metadata table, KGI/KPI tables with merged header
cells, extra columns (備考) and columns in unusual orders, cells holding several paragraphs, and empty
paragraphs between items.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

HERE = Path(__file__).parent
NOTE = "※検証用の架空の記載例です。実在の自治体・事業者とは関係ありません。"


class Draft:
    def __init__(self, japanese_styles: bool = False) -> None:
        self.doc = docx.Document()
        self.h = {1: "Heading 1", 2: "Heading 2"}
        if japanese_styles:  # documents made with a Japanese Word template name their styles 見出し N
            for n in (1, 2):
                st = self.doc.styles.add_style(f"見出し {n}", WD_STYLE_TYPE.PARAGRAPH)
                st.base_style = self.doc.styles[f"Heading {n}"]
                self.h[n] = f"見出し {n}"

    def title(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Title")

    def heading(self, text: str, level: int) -> None:
        self.doc.add_paragraph(text, style=self.h[level])

    def bold(self, text: str) -> None:
        self.doc.add_paragraph().add_run(text).bold = True

    def para(self, *lines: str) -> None:
        for line in lines:
            self.doc.add_paragraph(line)

    def bullets(self, *lines: str) -> None:
        for line in lines:
            self.doc.add_paragraph(line, style="List Bullet")

    def blank(self) -> None:
        self.doc.add_paragraph("")

    def table(self, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = ()) -> None:
        """rows: cell texts ("\\n" = several paragraphs in one cell); merges: (r0, c0, r1, c1) spans whose
        first cell keeps the text."""
        t = self.doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                cell = t.cell(i, j)
                parts = text.split("\n")
                cell.text = parts[0]
                for extra in parts[1:]:
                    cell.add_paragraph(extra)
        for r0, c0, r1, c1 in merges:
            keep = rows[r0][c0]
            merged = t.cell(r0, c0).merge(t.cell(r1, c1))
            merged.text = keep

    def save(self, name: str) -> None:
        self.doc.save(HERE / name)


def b_aero_gifu() -> None:
    """B by a prefecture: Heading 1/2 styles, metadata table, KGI table with a two-row merged header and
    備考, company table, KPI table with its columns in another order and multi-paragraph cells."""
    d = Draft()
    d.title("岐阜県 航空機エンジン部品 地域産業クラスター計画（素案）")
    d.para(NOTE)
    d.table(
        [
            ["区分", "内容"],
            ["計画の類型", "地域産業クラスター計画（B）"],
            ["策定主体", "岐阜県"],
            ["計画期間", "令和8年度～令和12年度"],
            ["目標年度", "令和17年度"],
        ]
    )
    d.blank()
    d.heading("1 地域産業クラスターの形成を目指す産業領域", 1)
    d.heading("(1) 該当する業種", 2)
    d.para("民間航空機エンジン向けの耐熱合金製タービンディスク・シャフト等の精密鍛造・機械加工部品。")
    d.blank()
    d.heading("(2) 特定の理由", 2)
    d.para(
        "県南部には航空機部品の一次・二次サプライヤーが約60社集積している。"
        "世界の民間航空機の需要回復でエンジン部品の受注残は過去最高となっている。"
    )
    d.blank()
    d.heading("2 地域産業クラスターの形成を目指す区域", 1)
    d.heading("(1) 特にクラスター形成の核となる区域", 2)
    d.para("各務原市・美濃加茂市・可児市の工業団地。")
    d.heading("(2) 計画推進の核となる企業", 2)
    d.table(
        [
            ["企業名", "所在地", "従業員数", "サプライチェーン上の役割", "備考"],
            [
                "美濃精密鍛造株式会社",
                "各務原市",
                "1,050名",
                "タービンディスクの鍛造（エンジンメーカーへの一次サプライヤー）",
                "",
            ],
            [
                "株式会社かかみ航空部品",
                "各務原市",
                "380名",
                "シャフトの精密機械加工\n（二次サプライヤー）",
                "認証取得済",
            ],
            ["東濃表面処理株式会社", "可児市", "140名", "熱処理・表面処理（特殊工程）", ""],
        ]
    )
    d.para(
        "3社はいずれも海外エンジンメーカーの認定を取得しており、年間2万点の部品供給に十分な生産能力と技術力を持つ。"
    )
    d.heading("(3) 特定の理由", 2)
    d.para("3社とも県内に本社と主力工場を置き、県内の加工業者からの仕入比率が高い。")
    d.blank()
    d.heading("3 当該分野の現状認識と目指す姿【目標】", 1)
    d.heading("(1) 現状の整理", 2)
    d.para("世界の民間航空機エンジン部品市場は約10兆円で、2035年まで年率5%の成長が見込まれる。")
    d.heading("(2) 目指すべき目標", 2)
    d.table(
        [
            ["区分", "指標", "目標値", "", "備考"],
            ["", "", "目標年度", "値", ""],
            ["必須KGI", "官民設備投資額（単年度）", "2035年度", "年間90億円", "核となる3社の投資計画"],
            ["必須KGI", "官民設備投資額（累計）", "2026～2035年度", "累計650億円", ""],
            ["必須KGI", "付加価値増加額", "2035年度", "210億円", "2025年度比"],
            ["必須KGI", "産業人材育成数", "2035年度", "年間350人", "高専・工業高校の航空コース修了者"],
            ["独自KGI", "エンジン部品の国内シェア", "2035年度", "30%", ""],
        ],
        merges=[(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4)],
    )
    d.heading("(3) 設定の根拠", 2)
    d.para("核となる3社の設備投資計画の積み上げと、県内輸送用機械器具製造業の付加価値率（23%）に基づく。")
    d.heading("(4) 効果検証", 2)
    d.para("工業統計と企業ヒアリングにより毎年度検証する。")
    d.blank()
    d.heading("4 勝ち筋の特定と投資の具体像、定量的なインパクト【道筋】", 1)
    d.heading("(1) 基本戦略", 2)
    d.para(
        "ターゲット市場は欧米の航空機エンジンメーカー（法人）。耐熱合金の精密鍛造で材料歩留まりを"
        "海外競合より2割高めた独自技術を強みに、欧米への輸出で外貨を獲得する。"
        "部品の付加価値率は34%を見込み、県内輸送用機械器具製造業の平均（23%）を上回る。"
    )
    d.heading("(2) 投資の具体像", 2)
    d.bullets(
        "美濃精密鍛造：大型鍛造プレスの新設（投資額150億円、2028年度稼働）",
        "かかみ航空部品：5軸加工ラインの増設（投資額60億円）",
    )
    d.heading("(3) 地域へのインパクト", 2)
    d.table(
        [
            ["指標", "2035年度目標", "備考"],
            ["域内取引額", "520億円", "県内加工業者への発注額"],
            ["売上額", "1,800億円", ""],
            ["雇用創出", "1,100人", "製造職の賃金を毎年3%引き上げる"],
        ]
    )
    d.blank()
    d.heading("5 投資促進に向けた課題と事業環境整備の取組【政策手段】", 1)
    d.heading("(1) 課題", 2)
    d.para("工業用地の不足、航空機部品の検査技術者の不足、特殊工程の認証取得費用。")
    d.heading("(2) 政策パッケージ", 2)
    d.bullets(
        "工業団地の拡張造成", "県立テクノプラザでの非破壊検査技術者の育成", "特殊工程認証の取得費用補助"
    )
    d.heading("(3) KPI", 2)
    d.table(
        [
            ["担当部署", "KPI", "撤退基準", "期限", "目標"],
            [
                "商工労働部\n航空宇宙産業課",
                "非破壊検査技術者の育成数",
                "2年連続で目標の半数未満の場合は\n育成講座を廃止する",
                "毎年度",
                "年40人",
            ],
            [
                "商工労働部\n企業誘致課",
                "工業団地の分譲面積",
                "2029年度に10ha未満なら\n造成計画を見直す",
                "2030年度",
                "30ha",
            ],
        ]
    )
    d.para("KPIは半期ごとに岐阜県航空宇宙産業推進会議で確認する。")
    d.blank()
    d.heading("6 現地化の取組", 1)
    d.para(
        "耐熱合金の素材は6割を国内素材メーカーから調達している。残る輸入分は、2030年までに国内調達を8割に引き上げるロードマップを定める。"
    )
    d.blank()
    d.heading("伴走支援体制", 1)
    d.para(
        "知事を本部長とする「岐阜県航空機部品クラスター推進本部」を設置し、商工労働部航空宇宙産業課に専任職員4名を置く。"
        "十六銀行・大垣共立銀行と日本政策金融公庫が参画し、核となる企業に月1回、資金調達・人材確保・販路開拓の伴走支援を行う。",
        "計画は事前確認を経て知事が発表する。",
    )
    d.save("qa2_01_b_aero_gifu.docx")


def c_sake_town() -> None:
    """C by a town: no heading styles at all — bold paragraphs with typed numbering (１．／（１）), key：value
    metadata paragraphs, a KGI table with 備考 and its columns reordered, a KPI table where one KPI has no
    withdrawal criterion, empty paragraphs between items."""
    d = Draft()
    d.bold("佐久穂町 日本酒・酒米 地場産業成長プラン（素案）")
    d.para(NOTE)
    d.blank()
    d.para(
        "計画の類型：地場産業成長プラン（C）",
        "策定主体：長野県南佐久郡佐久穂町",
        "計画期間：2026年度～2030年度",
        "目標年度：2030年度",
    )
    d.blank()
    d.bold("１．地場産業の成長を支援する分野")
    d.bold("（１）該当する製品・サービス等")
    d.para("町産の酒米（美山錦）を使った純米吟醸酒と、酒蔵見学・試飲の体験サービス。")
    d.blank()
    d.bold("（２）特定の理由")
    d.para(
        "町内に酒蔵3社と酒米農家約50戸があり、香港・台湾の日本料理店から純米吟醸酒の引き合いが増えている。"
    )
    d.blank()
    d.bold("２．支援する地域及び推進の核となる事業者")
    d.bold("（１）核となる地域")
    d.para("佐久穂町の千曲川沿いの水田地帯と旧中山道沿いの酒蔵地区。")
    d.bold("（２）核となる事業者")
    d.bullets(
        "株式会社黒沢酒造店（従業員18名、醸造・輸出）",
        "合資会社佐久の花蔵（従業員9名、醸造・酒蔵体験）",
        "佐久穂酒米生産組合（組合員24戸、酒米の栽培）",
    )
    d.bold("（３）特定の理由")
    d.para("酒蔵2社が醸造と販売、生産組合が酒米の供給を担い、原料から製品まで町内で完結する。")
    d.blank()
    d.bold("３．本プランの遂行に係る現状認識と目指す姿【目標】")
    d.bold("（１）現状の整理")
    d.para("2025年度の町内酒蔵の売上は約4億円、うち輸出は0.3億円。付加価値率は約40%。")
    d.bold("（２）目指すべき目標")
    d.table(
        [
            ["目標年度", "KGI", "目標値", "備考"],
            ["2030年度", "付加価値増加額（必須KGI）", "1.2億円", "売上増加額3億円×付加価値率40%"],
            ["2030年度", "輸出額（独自KGI）", "1.5億円", ""],
        ]
    )
    d.bold("（３）設定の根拠")
    d.para("付加価値増加額は、売上増加額3億円に既存の付加価値率40%を乗じて算定した。")
    d.bold("（４）効果検証")
    d.para("各社の決算と酒税の課税数量により毎年度検証する。")
    d.blank()
    d.bold("４．勝ち筋の特定と定量的なインパクト【道筋】")
    d.bold("（１）基本戦略")
    d.para(
        "ターゲット市場は香港・台湾の日本料理店（海外の法人）と、酒蔵を訪れる国内外の個人旅行者。"
        "町産酒米と軟水の仕込み水による淡麗な味わいを強みに、普通酒から純米吟醸酒へ切り替えて単価を1.8倍に引き上げ、輸出と体験型観光の新たな販路を開く。"
    )
    d.bold("（２）地域へのインパクト")
    d.bullets(
        "域内取引額：2030年度に町内農家からの酒米購入額を8,000万円とする",
        "売上額：2030年度に7億円",
        "雇用：2030年度までに12人を新たに雇用する",
    )
    d.blank()
    d.bold("５．取組に向けた課題と佐久穂町が行う取組【政策手段】")
    d.bold("（１）課題")
    d.para("酒米の作付面積の不足、輸出手続の負担、蔵人の不足。")
    d.bold("（２）政策パッケージ")
    d.bullets("酒米への転作補助", "輸出商社とのマッチング")
    d.bold("（３）KPI")
    d.table(
        [
            ["KPI", "目標", "期限", "担当", "撤退基準"],
            ["酒米の作付面積", "40ha", "2028年度", "産業振興課", "2027年度に20ha未満なら転作補助を見直す"],
            ["輸出商談件数", "年10件", "毎年度", "産業振興課", ""],
        ]
    )
    d.para("KPIは半期ごとに町の酒蔵振興会議で確認する。")
    d.blank()
    d.bold("６．現地化の取組")
    d.para("域外からの事業者誘致は予定していない。")
    d.blank()
    d.bold("７．自治体のコミットメント")
    d.para(
        "町産業振興課に「酒蔵・酒米相談窓口」を設置する。",
        "長野県よろず支援拠点の専門家と連携し、輸出実務と資金繰りの経営支援を行う。",
        "プラン策定後、事前確認を経て町長が発表する。",
    )
    d.save("qa2_02_c_sake_town.docx")


def b_battery_two_cities() -> None:
    """B by two designated cities jointly: 見出し 1/2 styles, metadata table, a company attracted from
    another prefecture with a full localisation policy, a KGI table with columns 目標値/指標/年度/備考,
    and no financial institution in the support system."""
    d = Draft(japanese_styles=True)
    d.title("川崎市・横浜市 全固体電池材料 地域産業クラスター計画（素案）")
    d.para(NOTE)
    d.table(
        [
            ["区分", "内容"],
            ["類型", "B 地域産業クラスター計画"],
            ["策定主体", "川崎市、横浜市（共同作成）"],
            ["計画期間", "2026年度～2030年度"],
            ["目標年度", "2035年度"],
        ]
    )
    d.blank()
    d.heading("1. 地域産業クラスターの形成を目指す産業領域", 1)
    d.heading("1.1 該当する業種", 2)
    d.para("全固体電池用の硫化物系固体電解質と、その量産用の乾燥・粉砕装置。")
    d.heading("1.2 特定の理由", 2)
    d.para(
        "臨海部に化学・素材メーカーの研究所と量産拠点が集まり、固体電解質の試作が進んでいる。電動車の航続距離と安全性の向上で全固体電池の需要が見込まれる。"
    )
    d.blank()
    d.heading("2. 地域産業クラスターの形成を目指す区域", 1)
    d.heading("2.1 核となる区域", 2)
    d.para("川崎市川崎区の臨海部と横浜市鶴見区の臨海部。")
    d.heading("2.2 計画推進の核となる企業", 2)
    d.bullets(
        "京浜ソリッドマテリアル株式会社（川崎市、従業員820名）：固体電解質の量産を担う材料メーカー",
        "株式会社鶴見プロセス機器（横浜市、従業員260名）：乾燥・粉砕装置の製造",
        "大阪府に本社を置く電池材料メーカー「浪速エナジーマテリアル株式会社」を誘致し、2028年度に川崎市内へ正極材の量産工場を開設する（従業員見込み350名）",
    )
    d.para("3社は国内自動車メーカーとの共同開発実績があり、年1万トンの材料供給に十分な設備投資余力を持つ。")
    d.heading("2.3 特定の理由", 2)
    d.para("固体電解質・装置・正極材が一体で臨海部に揃うことで、電池メーカーへの一括供給が可能になる。")
    d.blank()
    d.heading("3. 当該分野の現状認識と目指す姿【目標】", 1)
    d.heading("3.1 現状の整理", 2)
    d.para(
        "全固体電池材料の世界市場は2035年に2兆円規模と見込まれ、国内の電池メーカーから量産供給の引き合いがある。"
    )
    d.heading("3.2 目指すべき目標", 2)
    d.table(
        [
            ["目標値", "指標", "年度", "備考"],
            ["年間150億円", "官民設備投資額", "2035年度", "目標年度の単年度"],
            ["累計1,100億円", "官民設備投資額（累積値）", "2026～2035年度", ""],
            ["380億円", "付加価値増加額", "2035年度", ""],
            ["年間420人", "産業人材育成数", "2035年度", "大学・高専の電池講座修了者\nリ・スキリング受講者"],
        ]
    )
    d.heading("3.3 設定の根拠", 2)
    d.para("核となる3社の投資計画と、化学工業の付加価値率に基づく。")
    d.heading("3.4 効果検証", 2)
    d.para("経済構造実態調査と企業ヒアリングにより毎年度検証する。")
    d.blank()
    d.heading("4. 勝ち筋の特定と投資の具体像、定量的なインパクト【道筋】", 1)
    d.heading("4.1 基本戦略", 2)
    d.para(
        "ターゲット市場は国内外の電池メーカー（法人）。水分に強い独自の固体電解質組成を強みに、"
        "国内シェア4割と、欧州・北米の電池メーカー向けの輸出を目指す。"
        "付加価値率は36%を見込み、両市の製造業平均（25%）を上回る。"
    )
    d.heading("4.2 投資の具体像", 2)
    d.bullets(
        "京浜ソリッドマテリアル：固体電解質の量産プラント（投資額420億円）",
        "浪速エナジーマテリアル：正極材工場（投資額300億円）",
    )
    d.heading("4.3 地域へのインパクト", 2)
    d.bullets(
        "域内取引額：2035年度に350億円",
        "売上額：2035年度に1,600億円",
        "雇用：2035年度までに1,300人を創出し、賃金を毎年3%引き上げる",
    )
    d.blank()
    d.heading("5. 投資促進に向けた課題と事業環境整備の取組【政策手段】", 1)
    d.heading("5.1 課題", 2)
    d.para("危険物を扱う用地の不足、電池技術者の不足。")
    d.heading("5.2 政策パッケージ", 2)
    d.bullets("臨海部の遊休地の用途転換", "両市の大学と連携した電池技術者講座")
    d.heading("5.3 主要部材の調達", 2)
    d.para("固体電解質の原料（硫化リチウム）は国内化学メーカー2社から全量を調達している。")
    d.heading("5.4 KPI", 2)
    d.table(
        [
            ["指標", "目標", "期限", "所管", "撤退基準"],
            [
                "電池技術者講座の修了者数",
                "年150人",
                "毎年度",
                "川崎市経済労働局",
                "2年連続で75人未満なら講座を再編する",
            ],
            [
                "用途転換した用地面積",
                "20ha",
                "2029年度",
                "横浜市経済局",
                "2028年度に5ha未満なら対象地を見直す",
            ],
        ]
    )
    d.para("KPIは半年に1回、両市の合同推進会議で確認する。")
    d.blank()
    d.heading("6. 現地化の取組", 1)
    d.para("誘致する浪速エナジーマテリアルとは立地協定を結び、次の方針を定める。")
    d.bullets(
        "労働・技術の現地化：開設時は本社からの出向者30名で始め、2031年度までに従業員の8割を両市と周辺から採用し、正極材の焼成技術を地元採用者に移転するロードマップを定める。",
        "地元資本の参画：工場の運営会社に京浜ソリッドマテリアルと地元企業が合わせて25%出資する。",
        "利益の再投資：工場の利益の一部を両市の研究開発拠点への共同研究費として再投資する。",
    )
    d.blank()
    d.heading("7. 伴走支援体制", 1)
    d.para(
        "川崎市長を本部長、横浜市長を副本部長とする「京浜全固体電池クラスター推進本部」を設置し、"
        "両市の経済部局に専任職員を各3名置く。核となる企業に四半期ごとに人材確保・用地確保・許認可の伴走支援を行う。",
        "計画は事前確認を経て両市長が共同で発表する。",
    )
    d.save("qa2_03_b_battery_two_cities.docx")


def a_hydrogen_yamaguchi() -> None:
    """A proposed by a prefecture: Heading 1 chapters and bold sub-headings (no Heading 2), adopted
    subsidies and infrastructure written in prose, KGI table with a 備考 column, empty paragraphs."""
    d = Draft()
    d.title("山口県 周南コンビナート 水素・アンモニア 戦略産業クラスター計画（プロジェクト提案・素案）")
    d.para(NOTE)
    d.table(
        [
            ["区分", "内容"],
            ["類型", "A 戦略産業クラスター計画"],
            ["策定主体", "山口県"],
            ["計画期間", "令和8年度～令和22年度"],
            ["目標年度", "令和22年度"],
        ]
    )
    d.blank()
    d.heading("第1 計画の概要", 1)
    d.bold("産業分野を特定した理由")
    d.para(
        "周南コンビナートは国内有数の苛性ソーダ電解による副生水素の供給拠点であり、石炭火力の燃料転換に向けたアンモニア需要も大きい。資源・エネルギー安全保障・GX分野は17の戦略分野の一つである。"
    )
    d.bold("官民投資ロードマップとの関係性")
    d.para(
        "資源・エネルギー安全保障・GX分野の官民投資ロードマップが掲げる水素・アンモニアの大規模サプライチェーン構築に沿い、受入・貯蔵・供給の拠点を形成する。"
    )
    d.bold("国際的な競争優位性")
    d.para(
        "副生水素と輸入アンモニアを組み合わせた供給コストは、アジアの他拠点より2割低い水準を見込み、アジアの水素・アンモニア供給ハブとして競争優位性を持つ。"
    )
    d.bold("計画の素案との整合性")
    d.para(
        "中国地方ブロックの戦略産業クラスター有識者検討会がまとめた計画の素案において、周南地域の水素・アンモニアクラスターが候補として明記されている。"
    )
    d.blank()
    d.heading("第2 対象区域", 1)
    d.para("周南市・下松市・光市の臨海コンビナート区域及び徳山下松港。")
    d.blank()
    d.heading("第3 核となる大規模投資案件", 1)
    d.bold("投資概要")
    d.para(
        "周南アンモニアターミナル株式会社（従業員420名）が、アンモニア受入基地と貯蔵タンク（3万トン×4基）を建設する。"
        "投資総額は3,200億円（うち民間2,700億円）で、2030年度に一部稼働、2034年度に全面稼働を予定する。"
    )
    d.para(
        "本案件のうち受入基地の建設は、令和7年度に経済産業省の「価格差に着目した支援」及び「拠点整備支援」に採択済みであり、"
        "残る貯蔵タンクの増設も令和8年度の公募に申請する。"
    )
    d.blank()
    d.para(
        "あわせて、徳山下松港の岸壁の大水深化と航路の浚渫を国の国際バルク戦略港湾の整備として進め、"
        "受入基地・パイプライン網と港湾インフラを一体的に整備する。"
    )
    d.blank()
    d.heading("第4 計画実現に向けた課題と解決に向けて講じるべき対策", 1)
    d.para("大型船の入港制約、パイプラインの用地と保安規制、水素関連の技術者の不足。")
    d.bullets(
        "港湾の大水深化（国・県）",
        "パイプライン敷設の保安規制の合理化の提案",
        "県立大学と高専での水素技術者講座の新設",
    )
    d.blank()
    d.heading("第5 計画のKGI及びKPI", 1)
    d.table(
        [
            ["KGI", "目標年度", "目標値", "備考"],
            ["官民設備投資額", "2040年度", "年間280億円", "受入基地・タンク・パイプライン"],
            ["付加価値増加額", "2040年度", "900億円", ""],
            ["産業人材育成数", "2040年度", "年間250人", "水素技術者講座の修了者等"],
        ]
    )
    d.para(
        "雇用については、2040年度までにコンビナート全体で800人の雇用を創出し、技能職の賃金を毎年3%引き上げる。"
    )
    d.table(
        [
            ["KPI", "目標", "期限", "担当部署", "撤退基準"],
            [
                "岸壁の大水深化の完了延長",
                "350m",
                "2032年度",
                "土木建築部港湾課",
                "2030年度に着工できない場合は整備手法を見直す",
            ],
            [
                "水素技術者講座の修了者数",
                "年100人",
                "毎年度",
                "商工労働部産業人材課",
                "2年連続で50人未満なら講座を再編する",
            ],
        ]
    )
    d.para("KPIは半期ごとに山口県水素・アンモニア産業推進会議で確認する。")
    d.blank()
    d.heading("第6 計画実行にあたり活用が想定される施策", 1)
    d.bullets(
        "水素等の価格差に着目した支援・拠点整備支援（経済産業省）",
        "国際バルク戦略港湾の整備（国土交通省）",
        "地域未来基金による人材育成",
    )
    d.save("qa2_04_a_hydrogen_yamaguchi.docx")


if __name__ == "__main__":
    b_aero_gifu()
    c_sake_town()
    b_battery_two_cities()
    a_hydrogen_yamaguchi()
