"""Choosing a report format, writing it, and the exit code of `check`: shared by the CLI and the app."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from chiiki_mirai.core.errors import UserError
from chiiki_mirai.core.result import BadInput, CheckResult
from chiiki_mirai.reports.common import Result, as_list
from chiiki_mirai.reports.html import render_html
from chiiki_mirai.reports.jsonout import render_json
from chiiki_mirai.reports.markdown import render_markdown
from chiiki_mirai.reports.text import render_text
from chiiki_mirai.reports.xlsx import render_xlsx

EXIT_OK = 0
EXIT_GAPS = 1
EXIT_BAD_INPUT = 2

FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html", "xlsx")
BINARY_FORMATS: frozenset[str] = frozenset({"xlsx"})
# for download buttons and --output defaults
FILE_SUFFIX: dict[str, str] = {
    "text": ".txt",
    "json": ".json",
    "markdown": ".md",
    "html": ".html",
    "xlsx": ".xlsx",
}
MEDIA_TYPE: dict[str, str] = {
    "text": "text/plain; charset=utf-8",
    "json": "application/json",
    "markdown": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def exit_code(results: Result | Iterable[Result]) -> int:
    """Exit code of `check`: 2 if any input could not be read (BadInput) — this wins over gaps, because the
    batch is incomplete; else 1 if any plan has a gap (a requirement or check `partial` or `missing`);
    else 0. `review` and `n/a` are not gaps."""
    results = as_list(results)
    if any(isinstance(r, BadInput) for r in results):
        return EXIT_BAD_INPUT
    if any(isinstance(r, CheckResult) and r.gaps for r in results):
        return EXIT_GAPS
    return EXIT_OK


RENDERERS: dict[str, Callable[[list[Result]], str | bytes]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
    "xlsx": render_xlsx,
}


def _renderer(fmt: str) -> Callable[[list[Result]], str | bytes]:
    if fmt not in RENDERERS:
        raise UserError(
            f"出力形式「{fmt}」には対応していません。{' / '.join(FORMATS)} のいずれかを指定してください。"
        )
    return RENDERERS[fmt]


def check_output_option(fmt: str, output: Path | None) -> None:
    """The CLI's rule: binary formats (xlsx) cannot go to the terminal, so they need --output."""
    if fmt in BINARY_FORMATS and output is None:
        raise UserError(
            f"{fmt} 形式は端末に表示できません。--output で保存先のファイル名を指定してください。"
        )


def render(results: Result | Iterable[Result], fmt: str) -> str | bytes:
    return _renderer(fmt)(as_list(results))


def write_report(
    results: Result | Iterable[Result], fmt: str, output: Path | str | None = None
) -> str | bytes:
    """Render `results` in `fmt` and, when `output` is given, write the file (UTF-8 for text formats).

    Returns the rendered report either way, so the CLI can print it when there is no `output` and the app can
    hand it to a download button. Raises UserError for an unknown format or a file that cannot be written.
    The CLI calls `check_output_option` first; text output must be printed verbatim (no rich markup).
    """
    content = render(results, fmt)
    if output is not None:
        path = Path(output)
        try:
            if path.parent and not path.parent.exists():
                raise UserError(f"保存先のフォルダ「{path.parent}」がありません。", str(path))
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        except IsADirectoryError as e:
            raise UserError("保存先がフォルダです。ファイル名を指定してください。", str(path)) from e
        except PermissionError as e:
            raise UserError("保存先に書き込む権限がありません。", str(path)) from e
        except OSError as e:
            raise UserError(f"ファイルを保存できませんでした（{e.strerror or e}）。", str(path)) from e
    return content
