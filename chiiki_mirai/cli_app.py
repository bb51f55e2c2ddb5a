"""The typer applications; command modules under `chiiki_mirai.commands` register on them."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="chiiki-mirai",
    help="地域未来戦略（2026）の計画チェックと支援施策の検索・推薦",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(help="ナレッジベース（要件・施策・分野）の検証と参照", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
