"""Report renderers shared by the CLI and the Streamlit app: pure functions, results in, str/bytes out.

    render_text / render_markdown / render_html / render_json → str;  render_xlsx → bytes
    write_report(results, fmt, output) → str | bytes;  exit_code(results) → 0 | 1 | 2

"""

from __future__ import annotations

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
from chiiki_mirai.reports.html import render_html
from chiiki_mirai.reports.jsonout import render_json
from chiiki_mirai.reports.markdown import render_markdown
from chiiki_mirai.reports.text import render_text
from chiiki_mirai.reports.xlsx import render_xlsx

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
