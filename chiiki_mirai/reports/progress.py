"""Batch progress on the terminal (rich), silent when stderr is not a terminal (pipes, CI, tests)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import PurePath

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

ProgressCallback = Callable[[int, int, str], None]


def _noop(i: int, total: int, name: str) -> None:
    return None


@contextmanager
def batch_progress(total: int, enabled: bool | None = None) -> Iterator[ProgressCallback]:
    """Yield a callback `(i, total, name)` for `service.check_paths(progress=...)`.

    `i` files are done and `name` is the one being read now (empty at the end). With `enabled=None` the bar
    is shown only when stderr is a terminal; it goes to stderr so stdout stays the report.
    """
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield _noop
        return

    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]チェック中[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=total)

        def update(i: int, n: int, name: str) -> None:
            # file names may contain [..]: escape them for rich markup
            bar.update(task, completed=i, total=n, description=escape(PurePath(name).name) if name else "")

        yield update
