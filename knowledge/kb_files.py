"""Reading the knowledge base's YAML files: duplicate keys rejected, `{param: id}` resolved, every problem (YAML
syntax, schema, unknown keys) kept as a `Problem` in Japanese with its file and place instead of raised."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError


@dataclass
class Problem:
    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}"


class DuplicateKeyError(yaml.constructor.ConstructorError):
    def __init__(self, *args: Any, key: Any) -> None:
        super().__init__(*args)
        self.key = key


# libyaml's parser when PyYAML was built with it: about 10x faster on the knowledge base
_SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DupKeyLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that rejects duplicate mapping keys (a silent overwrite otherwise)."""


def _construct_mapping(loader: _DupKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise DuplicateKeyError(None, None, f"duplicate key {key!r}", key_node.start_mark, key=key)
        seen.add(key)
    return _SafeLoader.construct_mapping(loader, node, deep=deep)


_DupKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _yaml_error_ja(e: Exception) -> str:
    """A YAML / file error as a Japanese message with the line number (1-based)."""
    mark = getattr(e, "problem_mark", None)
    where = f"{mark.line + 1} 行目 {mark.column + 1} 列" if mark is not None else ""
    if isinstance(e, DuplicateKeyError):
        return f"キー {e.key!r} が重複しています（{where}）。後の値が前の値を黙って上書きしてしまいます"
    if isinstance(e, yaml.YAMLError):
        detail = getattr(e, "problem", None) or str(e)
        return f"YAML の構文エラーです（{where}）: {detail}"
    if isinstance(e, UnicodeDecodeError):
        return "UTF-8 のテキストとして読めません"
    return f"ファイルを読めません: {e}"


def read_yaml(path: Path, problems: list[Problem], rel: str | None = None) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_DupKeyLoader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
        problems.append(Problem(rel or path.name, "file", _yaml_error_ja(e)))
        return None


def _pydantic_error_ja(err: Any) -> str:
    """One pydantic error as a Japanese message a policy officer can act on."""
    key = str(err["loc"][-1]) if err["loc"] else ""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    value = err.get("input")
    if kind == "extra_forbidden":
        return (
            f"未知のキー {key!r} です（綴りを確認してください。FORMAT.md / schema.py にないキーは使えません）"
        )
    if kind == "missing":
        return f"必須のキー {key!r} がありません"
    if kind == "too_short":
        return (
            f"{key!r} は {ctx.get('min_length', 1)} 件以上必要です（現在 {ctx.get('actual_length', 0)} 件）"
        )
    if kind == "literal_error":
        return f"{key!r} の値 {value!r} は使えません（使える値: {ctx.get('expected', '')}）"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"{key!r} の値 {value!r} が範囲外です（{err['msg']}）"
    if kind == "string_too_short":
        return f"{key!r} が短すぎるか空です"
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return f"{key!r} の値 {value!r} の型が違います（{err['msg']}）"
    return f"{key!r} の値が不正です（{err['msg']}）"


def read_entries(
    model: type[BaseModel],
    raw: Any,
    rel: str,
    problems: list[Problem],
    origins: dict[int, str] | None = None,
) -> list[Any]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(Problem(rel, "file", "リスト形式である必要があります"))
        return []
    out = []
    for i, entry in enumerate(raw):
        where = f"[{i}] {entry.get('id', entry.get('number', '')) if isinstance(entry, dict) else ''}"
        if not isinstance(entry, dict):
            problems.append(Problem(rel, where, "項目は「キー: 値」の辞書である必要があります"))
            continue
        try:
            obj = model.model_validate(entry)
        except ValidationError as e:
            for err in e.errors():
                loc = ".".join(str(x) for x in err["loc"])
                problems.append(Problem(rel, f"{where} {loc}".strip(), _pydantic_error_ja(err)))
            continue
        out.append(obj)
        if origins is not None:
            origins[id(obj)] = rel
    return out


def read_one(
    model: type[BaseModel], raw: Any, rel: str, problems: list[Problem], origins: dict[int, str] | None = None
) -> Any:
    res = read_entries(model, [raw] if raw is not None else [], rel, problems, origins)
    return res[0] if res else None


def resolve_parameters(raw: Any, values: dict[str, Any], file: str, problems: list[Problem], where: str = "") -> Any:
    """`{param: <id>}` anywhere in raw YAML → that parameter's value; an unknown id is a problem."""
    if isinstance(raw, dict):
        if set(raw) == {"param"}:
            pid = raw["param"]
            if pid in values:
                return values[pid]
            problems.append(Problem(file, where or "param", f"parameters.yaml にない {{param: {pid!r}}} です"))
            return raw
        return {k: resolve_parameters(v, values, file, problems, f"{where}.{k}" if where else str(k)) for k, v in raw.items()}
    if isinstance(raw, list):
        return [resolve_parameters(v, values, file, problems, f"{where}[{i}]") for i, v in enumerate(raw)]
    return raw
