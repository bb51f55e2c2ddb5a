"""Words of what a text uses rather than makes, read by word_places: the carrier of what a clause sends, the heat a
food is cooked with, the fuel a thing runs on, and microbes that break waste down in an appliance. Tables only: the
rules that read them walk word_places' token run (Spans._heat_of, Spans._breaks_down, carriers, fuel_tokens)."""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# verbs of carrying a thing to someone (normalised forms): 「Xで<carrying verb>」 names X as the carrier of what the clause
# sends (暗号鍵を光ファイバーで配る, 映像を回線で送る): a means, as a tool is, and the thing sent or the sender's service
# is what the text is about (general knowledge of the words)
CARRYING = _set("送る 配る 届ける 運ぶ 流す 伝える 伝送 配信 配送 送信 送付 配達")
# the fuel a vehicle or a machine runs on (アンモニア・水素などの新しい燃料で動く船): the fuels named before 燃料 are the
# means of the thing that moves, which another word may name (a ship) (general knowledge of the words; normalised forms)
FUEL_NOUNS = _set("燃料 動力")
MOVING = _set("動く 走る 飛ぶ 進む 航行 運航 走行 運転 稼働 回る")
FUEL_LINKS = frozenset({"の", "など", "等", "・", "や", "と"})
FUEL_SPAN = 8  # tokens before 燃料 looked at for the fuels named
# microbes named as what breaks waste down (微生物が分解する, 微生物の力で…分解させる, 菌で浄化する): the text treats
# waste with them, it makes nothing with them (biomanufacturing makes materials; a thing made to break down,
# 微生物で分解されるプラスチック, stays its product). Normalised forms
BREAKING_DOWN = _set("分解 浄化")
AGENCY = _set("力 働き")
# the rule holds only for an appliance or a facility that breaks waste down with microbes (a bio-toilet, a composting
# box): the breaking-down technique or business itself (浄化技術, 浄化する事業) stays the microbes' field (bioremediation)
BREAKDOWN_APPLIANCES = _set("トイレ 便所 箱 ボックス 槽 タンク 容器 装置 設備 機 機械 処理機 消滅機 分解機 プラント 施設 "
                            "コンポスト キット")
# microbes modified by the text (遺伝子を組み換えた微生物, ゲノム編集した菌): engineering them is itself biotechnology
MODIFIED = _set("組み換える 組み替える 組換え 組み換え 遺伝子組換え 遺伝子組み換え ゲノム 改変")
MODIFIED_SPAN = 6  # tokens before the microbes looked at for their modification
# the heat of a source the clause cooks food with (地熱の蒸気で蒸し上げた卵, 水素の炎で焼いた魚): the source is used, as a
# solar panel on one's roof is; making power with it (地熱の蒸気で発電する) is the source's field, and warming a place
# (温泉の熱で温めたハウス) is left to the words of the place (general knowledge of the words; normalised forms)
HEAT_MEDIA = _set("蒸気 湯気 湯けむり 湯煙 炎 火 熱 湯 排熱 余熱 熱水 温水")
COOKING = _set("蒸す 蒸し上げる 蒸かす ふかす 焼く 焼き上げる 炊く 炊き上げる 茹でる 煮る 煮込む 炒る 煎る 焙る 炙る 燻す "
               "揚げる 干す 乾かす 焙煎 炊き込む 蒸し焼き")


def carrying(t_norm: str, t_lemma: str) -> bool:
    """A verb (or the noun of a サ変 verb) that carries a thing to someone (CARRYING)."""
    return t_norm in CARRYING or t_lemma in CARRYING
