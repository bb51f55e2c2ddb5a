"""YAML / JSON plans: safe loading only, with limits, and Japanese messages for schema errors.

Accepted shapes: a bare Plan mapping, or {"plan": {...}} (what `chiiki-mirai parse` prints), where
other top-level keys (e.g. "report") are ignored.
"""

from __future__ import annotations

import json

import yaml
from pydantic import ValidationError

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.plan import Plan
from chiiki_mirai.core.result import ParseReport
from chiiki_mirai.readers import limits
from chiiki_mirai.readers.kbview import plan_types, targets

_TYPE_JA = {
    "string_type": "文字列である必要があります",
    "int_type": "整数である必要があります",
    "int_parsing": "整数である必要があります",
    "int_from_float": "整数である必要があります",
    "float_type": "数値である必要があります",
    "float_parsing": "数値である必要があります",
    "bool_type": "true / false である必要があります",
    "bool_parsing": "true / false である必要があります",
    "list_type": "リストである必要があります",
    "dict_type": "辞書（キー: 値）である必要があります",
    "model_type": "辞書（キー: 値）である必要があります",
    "model_attributes_type": "辞書（キー: 値）である必要があります",
    "missing": "必須の項目がありません",
    "extra_forbidden": "未知のキーです",
    "literal_error": "使えない値です",
    "greater_than_equal": "値が小さすぎます",
    "less_than_equal": "値が大きすぎます",
    "greater_than": "値が小さすぎます",
    "less_than": "値が大きすぎます",
}


def _loc(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "（全体）"


def pydantic_errors_ja(e: ValidationError, limit: int = 15) -> str:
    lines = []
    for err in e.errors()[:limit]:
        msg = _TYPE_JA.get(err["type"], err["msg"])
        if err["type"] == "literal_error":
            expected = err.get("ctx", {}).get("expected")
            if expected:
                msg += f"（使える値: {expected}）"
        if err["type"] in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            msg += f"（{err['msg']}）"
        got = err.get("input")
        shown = (
            "" if err["type"] in ("missing",) or isinstance(got, dict | list) else f"（値: {str(got)[:40]}）"
        )
        lines.append(f"- {_loc(err['loc'])}: {msg}{shown}")
    more = len(e.errors()) - limit
    if more > 0:
        lines.append(f"- ほか {more} 件")
    return "計画の内容が形式に合いません:\n" + "\n".join(lines)


def _check_yaml_structure(text: str) -> None:
    """Walk the YAML events: refuse many aliases (billion laughs) and deep nesting before building."""
    aliases = depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > limits.MAX_YAML_ALIASES:
                    raise UserError(
                        f"YAML のエイリアス（*参照）が多すぎます（上限 {limits.MAX_YAML_ALIASES}）"
                    )
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > limits.MAX_NESTING_DEPTH:
                    raise UserError(f"YAML の入れ子が深すぎます（上限 {limits.MAX_NESTING_DEPTH} 段）")
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
    except yaml.YAMLError as e:
        raise UserError(f"YAML の書式に誤りがあります: {_yaml_where(e)}") from e


def _yaml_where(e: yaml.YAMLError) -> str:
    mark = getattr(e, "problem_mark", None)
    problem = getattr(e, "problem", None) or str(e).splitlines()[0]
    return f"{mark.line + 1}行{mark.column + 1}列: {problem}" if mark else str(problem)


def _check_json_depth(text: str) -> None:
    depth = 0
    in_str = esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            if depth > limits.MAX_NESTING_DEPTH:
                raise UserError(f"JSON の入れ子が深すぎます（上限 {limits.MAX_NESTING_DEPTH} 段）")
        elif ch in "]}":
            depth -= 1


def load_yaml(text: str) -> object:
    _check_yaml_structure(text)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise UserError(f"YAML の書式に誤りがあります: {_yaml_where(e)}") from e


def load_json(text: str) -> object:
    _check_json_depth(text)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise UserError(f"JSON の書式に誤りがあります: {e.lineno}行{e.colno}列: {e.msg}") from e


def plan_from_data(data: object) -> Plan:
    if data is None:
        raise UserError("計画ファイルが空です")
    if not isinstance(data, dict):
        raise UserError("計画ファイルの最上位は辞書（キー: 値）である必要があります")
    if "plan" in data and isinstance(data["plan"], dict):
        data = data["plan"]
    try:
        return Plan.model_validate(data)
    except ValidationError as e:
        raise UserError(pydantic_errors_ja(e)) from e


def structured_report(plan: Plan, fmt: str) -> ParseReport:
    tg = list(targets(plan.plan_type)) if plan.plan_type else []
    found = [t.id for t in tg if t.id in plan.sections]
    missing = [f"{t.id} {t.heading}" for t in tg if t.id not in plan.sections and is_required_target(t)]
    warnings = []
    if not plan.plan_type:
        warnings.append("計画の類型（plan_type）が指定されていません")
    return ParseReport(
        format=fmt,
        plan_type=plan.plan_type,
        found=found,
        expected_missing=missing,
        ambiguous=[],
        warnings=warnings,
        sections={k: v.heading for k, v in sorted(plan.sections.items())},
    )


def is_required_target(t) -> bool:
    pt = plan_types().get(t.id.split(".")[0])
    if pt is None:
        return True
    for s in pt.sections:
        if s.id == t.id:
            return True
        for it in s.items:
            if it.id == t.id:
                return it.required
    return True
