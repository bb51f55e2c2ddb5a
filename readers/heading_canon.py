"""Paraphrases of the words the 記載項目 are named with, each rewritten to the knowledge base's form (a table, read by
readers.headings.canonical)."""

from __future__ import annotations

import re

# Paraphrases of the words the 記載項目 are named with, each rewritten to the one form the knowledge
# base uses, on both sides of a comparison (applied to cleaned text: NFKC, no punctuation). They are
# word classes, not one draft's headings: 選んだ理由 / 選定の理由 / 選んだわけ all mean 特定した理由.
CANON: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:この|その|これらの)"), ""),
    (re.compile(r"取り?組み?(?=[^ぁ-ん]|$)|取り組む"), "取組"),
    (re.compile(r"わけ$|訳$|背景$|根拠と理由$"), "理由"),
    (re.compile(r"(?:特定|選定|選択|選出)(?:した|の)?(?=理由)|選んだ|選ぶ(?=理由)"), "特定した"),
    (re.compile(r"(?:特定|選定|選択)(?=理由)"), "特定した"),
    (
        re.compile(
            r"^(?:(?:世界|グローバル)(?:と比べた|と比較した|に対する|における|での|の中での|市場での|的な|な)?"
            r"|海外(?:と比べた|と比較した|に対する))"
        ),
        "国際的な",
    ),
    (re.compile(r"^国際(?:的な?)?(?!的)"), "国際的な"),
    (re.compile(r"(?:競争上の)?(?:強み|優位点|優位性|優位|競争力)$"), "競争優位性"),
    (re.compile(r"競争競争優位性$"), "競争優位性"),
    (re.compile(r"対象(?:と(?:する|なる)|の)"), "対象"),
    (re.compile(r"勝ち方|勝ちパターン|勝機"), "勝ち筋"),
    (re.compile(r"(?:との|の)?(?:関係|関連|整合)性?$"), "との整合性"),
    (re.compile(r"関係者|関係機関|関係主体"), "ステークホルダー"),
    # the picture aimed at: 将来像 / ありたい姿 / ビジョン all mean 目指すべき姿
    (
        re.compile(
            r"将来像|将来の姿|将来ビジョン|ビジョン|あるべき姿|ありたい姿|目指す姿|めざす姿|目標とする姿"
        ),
        "目指すべき姿",
    ),
    # the picture years ahead (「5年後・10年後の姿」「10年後の姿」): the picture aimed at
    (re.compile(r"[0-9一二三四五六七八九十]+年後(?:[・、,]?[0-9一二三四五六七八九十]+年後)*の姿"), "目指すべき姿"),
    # 中心となる企業 / 中核となる地域 mean 核となる
    (re.compile(r"(?:中心|中核)(?:[とに](?:なる|する)|的な)"), "核となる"),
    # obstacles and the answers to them: 障壁 / ハードル / 乗り越えるべき壁 → 課題; 打ち手 / 方策 → 対策
    (re.compile(r"障壁|ハードル|(?:乗り越え|越え)るべき壁"), "課題"),
    (re.compile(r"打ち手|方策|対応策|解決策"), "対策"),
    (re.compile(r"(?<=産業)の?範囲"), "領域"),
    # the criteria for pulling back in plain words (「KPIと見直しの基準」「撤退の目安」「引き際」)
    (re.compile(r"見直し(?:の)?(?:基準|目安)|撤退の(?:基準|目安|考え方)|引き際"), "撤退基準"),
    # 「現地化について」「KPIに関して」: the topic the heading is about
    # a form's question (「対象区域を記入してください」「KPIについてご記入ください」): the item it asks for
    (re.compile(r"(?<=.{2})(?:について|を)?(?:ご|お)?(?:記入|記載|記述|書き|選択|回答|答え)(?:して)?(?:ください|下さい)$"), ""),
    (re.compile(r"(?<=.{2})(?:について|に関して|に関する事項)$"), ""),
    # what the authority itself does, as an item of its own (「（２）市の取組」 under 「課題と市の取組」): its policy package
    (re.compile(r"^(?:[都道府県市区町村]|本[県市町村]|両[県市町村]|自治体|行政)(?:が行う|が講じる|として(?:の)?|の)取組$"),
     "講じるべき政策パッケージ"),
    # why the figures are what they are (「なぜこの数字なのか」「この目標の根拠」): the basis of the goals
    # (a question 「なぜこの数字なのか」 reaches here as 「数字を特定した理由」)
    (re.compile(r"^(?:この|これらの)?(?:数字|数値|目標値?)(?:を特定した理由|の(?:根拠|理由)|とした理由)$"), "設定の根拠"),
    # what the plan grows, asked (「どんな製品を伸ばすの？」): the products it is about
    (re.compile(r"^(?:製品|商品|サービス)(?:を|で)(?:伸ばす|育てる|売り込む|売る|磨く|稼ぐ)$"), "該当する製品・サービス"),
    # 「何を売るのか」「何を伸ばすのか」: the products, asked without naming them (「何を、誰に売るのか」 names the market too)
    (re.compile(r"^(?:何|なに)を(?:伸ばす|育てる|売り込む|売る|つくる|作る)(?:のか|の)?$"), "該当する製品・サービス"),
    # how the effect is checked, asked or named (「効果はどう確かめるの？」「効果の確かめ方」): its verification
    (re.compile(r"[はを]?(?:どう|どのように|どうやって)(?:確かめ|確認し|検証し|測|はか)(?:る|ります)か$"), "検証"),
    (re.compile(r"の?(?:確かめ方|確認の?(?:方法|仕方)|検証の?(?:方法|仕方))$"), "検証"),
    # the impact on the region in other words: 「地域への広がり」「域内への波及」「地域経済への波及効果」
    (re.compile(r"(?:地域|域内|地元|地域経済)への(?:波及(?:効果)?|広がり)"), "地域へのインパクト"),
    # 「計画の素案における位置付け」: where the block's draft places the plan, i.e. its consistency with that draft
    (re.compile(r"(?<=計画の素案)(?:における|での|上の|の中での)位置付け$"), "との整合性"),
    # 「効果の検証」「成果の検証」: the verification of the effect; 「KPIと撤退基準」: the KPI item's own pair
    (re.compile(r"^(?:効果|成果)の?(?=検証)"), "効果"),
    (re.compile(r"^KPI(?:と|および|並びに)(?=撤退基準)"), "KPI及び"),
    # making the incoming firms local in plain words (「地元化」「域内化」「地域への定着」): 現地化
    (re.compile(r"地元化|域内化|土着化"), "現地化"),
    # the actions in practice (「具体的な取組」「具体的な取り組み」): the picture of them
    (re.compile(r"^具体的な取組(?:内容)?$"), "取組の具体像"),
    # what is done in practice, asked (「具体的に何をするの？」): the picture of the actions
    (re.compile(r"^具体的に(?:は)?(?:何を|なにを|どんなことを)(?:する|やる|します)か$"), "取組の具体像"),
    # the present state: いまの姿 / 今の姿 / 現在の姿 / 現況 mean 現状 (not the picture aimed at)
    (re.compile(r"(?:いま|今|現在)の(?:姿|状況)|現況"), "現状"),
    # the present state, asked (「いま、どうなっているのか」「今、この産業はどうなっているのか」)
    (re.compile(r"^(?:いま|今|現在)(?:[^は]{1,16}は)?どうなっている(?:のか|の)?$"), "現状"),
    # to use a measure: 使う / 用いる / 利用する mean 活用する (「どのような国の施策を使うのか」)
    (re.compile(r"使う|使用する|用いる|利用する"), "活用する"),
    (
        re.compile(
            r"国に(?:求める|求めたい|期待する|要望する|お願いする|お願いしたい)(?:対応|こと|事項|措置|支援)?"
            r"|国への(?:要望|要請|お願い)(?:事項)?"
        ),
        "国への要望",
    ),
]

# headings that name the plan's schedule in general (「工程表（ロードマップ）」「推進スケジュール」), not any 記載項目: the
# localisation item's 「現地化のロードマップ」 is a roadmap of localisation, a bare roadmap is not it
NAMES_NOTHING = re.compile(r"^(?:(?:全体|推進|実施|事業|取組)の?)?(?:工程表|ロードマップ|スケジュール|工程)+(?:案)?$")
