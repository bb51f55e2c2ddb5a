"""Entry point of the `chiiki-mirai` command.

Bad input is reported in Japanese with exit code 2 and never as a traceback.
"""

from __future__ import annotations

import sys

import click
import typer

from chiiki_mirai.cli_app import app
from chiiki_mirai.commands import check, compare, kb, parse, progress, recommend  # noqa: F401 - importing them registers their commands
from chiiki_mirai.core.errors import KnowledgeError, UserError

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


def main(argv: list[str] | None = None) -> int:
    try:
        # without standalone mode click returns the code of `raise typer.Exit(code)` instead of raising
        rv = app(args=argv, standalone_mode=False, prog_name="chiiki-mirai")
    except UserError as e:
        print(f"エラー: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KnowledgeError as e:
        print(f"エラー: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    # typer >= 0.25 vendors click: its exceptions are not click's, so both are caught
    except (click.exceptions.Exit, typer.Exit) as e:
        return e.exit_code
    except (click.exceptions.Abort, typer.Abort):
        print("中断しました", file=sys.stderr)
        return 130
    except click.ClickException as e:
        print(f"エラー: {e.format_message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except typer.TyperException as e:  # usage errors: bad option, unknown command, bad --format
        message = e.format_message() if hasattr(e, "format_message") else str(e)
        if message:  # empty when the help was shown because no command was given
            print(f"エラー: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except Exception as e:  # noqa: BLE001 - last resort: a message, never a traceback
        print(f"内部エラー: {type(e).__name__}: {e}（入力ファイルを添えて開発者に報告してください）", file=sys.stderr)
        return EXIT_INTERNAL
    return rv if isinstance(rv, int) else 0


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
