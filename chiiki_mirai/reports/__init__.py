"""Report renderers shared by the CLI and the Streamlit app: pure functions, results in, str/bytes out.

    render_text / render_markdown / render_html / render_json → str;  render_xlsx → bytes
    write_report(results, fmt, output) → str | bytes;  exit_code(results) → 0 | 1 | 2

Renderers are imported lazily so that importing this package stays cheap (openpyxl only for xlsx).
"""

from __future__ import annotations

from typing import Any

from chiiki_mirai.reports.dispatch import (
    BINARY_FORMATS,
    EXIT_BAD_INPUT,
    EXIT_GAPS,
    EXIT_OK,
    FILE_SUFFIX,
    FORMATS,
    MEDIA_TYPE,
    check_output_option,
    exit_code,
    render,
    write_report,
)

__all__ = [
    "BINARY_FORMATS",
    "EXIT_BAD_INPUT",
    "EXIT_GAPS",
    "EXIT_OK",
    "FILE_SUFFIX",
    "FORMATS",
    "MEDIA_TYPE",
    "check_output_option",
    "exit_code",
    "render",
    "write_report",
    "render_text",
    "render_markdown",
    "render_html",
    "render_json",
    "render_xlsx",
]

_LAZY = {
    "render_text": "chiiki_mirai.reports.text",
    "render_markdown": "chiiki_mirai.reports.markdown",
    "render_html": "chiiki_mirai.reports.html",
    "render_json": "chiiki_mirai.reports.jsonout",
    "render_xlsx": "chiiki_mirai.reports.xlsx",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
