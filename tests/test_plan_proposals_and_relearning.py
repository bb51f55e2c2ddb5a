"""What a plan asks for in two classes found on dev (issue 19, round 37).

- A measure that is the route for another one the plan names (`Measure.route_for`). A plan that names the special-zone system for a regulation it wants changed (「液化水素タンクの離隔距離に係る規制の
合理化（国家戦略特区制度の活用を含む）」) will make a 規制・制度改革 proposal, and the sources say such proposals are
taken in the 集中募集 (guidance 1.(3) 計画策定後の支援メニューの活用プロセス): the call is handed over beside the
special-zone system, in the top 10, with the plan's words as its reason. Naming the system with nothing it seeks of it
(a bare list of systems, a zone designated years ago) is no proposal, and the call stays where it was. Each case is a
pair of plans that differ only in that sentence.
- The programmes universities develop for people in work (リ・スキリング) are listed under A only, but a B plan's required
  KGI counts 「大学・専門学校等におけるリ・スキリング数」 (guidance 1.(1)④) and the package's B (5) asks for リ・スキリング:
  a B plan that speaks of relearning at its university gets them without the other types' penalty (`Measure.open_to`),
  with that reason; a B plan that speaks of no relearning (a university as a research partner, or training its young
  there: `OpenTo.objects`) does not, nor a C plan, whose guidance counts no such figure.
The plans are written here for these tests.
"""

from __future__ import annotations

import pytest

from chiiki_mirai.knowledge.loader import load_kb
from chiiki_mirai.recommender.api import recommend_for_plan
from tests.plan_sections import plan_of

CALL = "special_zone_proposal_concentrated_call"
ZONES = "national_strategic_special_zones_reform"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def port_plan(special_zone: str) -> object:
    """An A plan of a hydrogen port that asks for much besides; only what it says of the special-zone system varies."""
    return plan_of("A", "臨海部の水素受入拠点計画", "水素・アンモニア", {
        "A.1.1": ("(1) 地域の強み", "臨海部に発電所と化学工場が集まり、水素の大口需要がある。"),
        "A.3.1": ("(1) 核となる投資", "受入基地に液化水素タンク2基と気化設備を建設する（投資額900億円）。"),
        "A.4.1": ("(1) 課題", "岸壁の水深が足りず、大型の運搬船が入れない。技能者の確保も課題である。"),
        "A.4.2": ("(2) 国に求める支援", "岸壁の増深と臨港道路の整備への支援を求める。" + special_zone),
        "A.4.3": ("(3) 活用を想定する施策", "地域未来投資促進税制、政府系金融機関の投融資を活用する。"),
    })


@pytest.mark.parametrize(("special_zone", "handed"), [
    ("液化水素タンクの離隔距離に係る規制の合理化（国家戦略特区制度の活用を含む）を求める。", True),
    ("タンク設置の手続について、国家戦略特区制度を活用した特例の提案を検討する。", True),
    ("活用を想定する制度は国家戦略特区制度である。", False),  # the system in a list, nothing sought of it
    ("", False),  # the system not named
])
def test_a_regulation_the_plan_seeks_through_the_special_zones_brings_the_proposal_call(kb, special_zone, handed):
    recs = recommend_for_plan(port_plan(special_zone), None, kb, top=10)
    ids = [r.id for r in recs]
    assert (CALL in ids) is handed, ids
    if handed:
        lines = {r.id: r for r in recs}[CALL].reason_lines
        assert any(ln.quote and "国家戦略特区制度" in ln.quote for ln in lines), lines


RELEARNING = "reskilling_programs_at_universities"


def parts_plan(ptype: str, people: str) -> object:
    """A plan of machine-parts makers that invests and sells abroad; only what it says of its people varies."""
    return plan_of(ptype, "精密部品の産業クラスター計画", "精密機械部品", {
        "B.3.1": ("(1) 基本戦略", "精密部品の核となる企業3社が工場を増設し、欧州の医療機器メーカーへの販路を広げる。"),
        "B.5.1": ("(1) 課題", "設備の更新に資金が足りない。海外の商談に応じる人材もいない。" + people),
        "B.5.2": ("(2) 政策手段", "県の工業技術センターが試作と評価を支える。"),
    })


@pytest.mark.parametrize(("ptype", "people", "handed"), [
    ("B", "在職する技術者が地元大学でリ・スキリングを受け、設計を学び直す必要がある。", True),
    ("B", "地元大学と加工技術の共同研究を進める必要がある。", False),  # the university as a research partner
    ("B", "地元大学で若手の技術者を育てる講座を開く必要がある。", False),  # training at a university, no relearning
    ("B", "", False),  # nothing said of training people
    ("C", "在職する技術者が地元大学でリ・スキリングを受け、設計を学び直す必要がある。", False),  # no such C figure
])
def test_relearning_at_a_university_a_b_plan_states_brings_the_universities_programmes(kb, ptype, people, handed):
    recs = {r.id: r for r in recommend_for_plan(parts_plan(ptype, people), None, kb, top=10)}
    assert (RELEARNING in recs) is handed, list(recs)
    if handed:
        assert any("リ・スキリング数" in ln.text for ln in recs[RELEARNING].reason_lines), recs[RELEARNING].reason_lines
