"""The JSON contract of `check`."""

from __future__ import annotations

import json
import math

from reports_samples import batch, broken, plan_b, plan_c

from chiiki_mirai.core.result import CheckResult, FieldMatch, Recommendation
from chiiki_mirai.reports.jsonout import render_json

# written out, not read from the product (issue 20): dropping a key from the contract fails here
CONTRACT = {"source", "plan_type", "plan_type_suggestion", "requirements", "checks", "fields", "recommendations"}


def test_single_input_is_the_object_with_contract_keys():
    obj = json.loads(render_json([plan_c()]))
    assert isinstance(obj, dict)
    assert set(obj) == CONTRACT
    assert set(obj["plan_type_suggestion"]) == {"type", "reasons"}
    assert set(json.loads(render_json(plan_b()))) == CONTRACT | {"parse_report"}


def test_batch_is_a_list_in_order_with_errors():
    results = batch()
    objs = json.loads(render_json(results))
    assert [o["source"] for o in objs] == [r.source for r in results]
    bad = objs[2]
    assert bad == {"source": results[2].source, "error": results[2].error}
    assert json.loads(render_json(broken())) == {"source": broken().source, "error": broken().error}


def test_round_trip_to_the_model():
    r = plan_b()
    obj = json.loads(render_json(r))
    back = CheckResult.model_validate(obj)
    assert back.requirements == r.requirements and back.checks == r.checks
    assert back.plan_type_suggestion == r.plan_type_suggestion
    assert back.recommendations[0].where_to_ask == r.recommendations[0].where_to_ask
    assert back.recommendations == r.recommendations


def test_stable_and_readable():
    a = render_json(batch())
    assert a == render_json(batch())
    assert "域内取引額" in a  # ensure_ascii=False
    r1, r2 = plan_b(), plan_b()
    data = r2.recommendations[0].model_dump()
    r2.recommendations[0] = Recommendation.model_validate(dict(reversed(list(data.items()))))  # other key order
    assert render_json(r1) == render_json(r2)


def test_non_json_numbers_become_null():
    r = plan_c()
    r.fields = [FieldMatch(number=1, name="AI", score=math.nan)]
    obj = json.loads(render_json(r))
    assert obj["fields"][0]["score"] is None
