"""Indexes built once per KnowledgeBase object and kept on it for the life of the process.

After building one, `gc.freeze()` moves every object alive at that moment out of the cyclic
garbage collector's generations. An index of a large knowledge base holds millions of objects;
left in the oldest generation, each full collection walks them all again (~200 ms pauses in
`recommend` with a knowledge base 100× the real one). Frozen objects are still freed by reference
counting; only a reference cycle that is already garbage at that moment is kept, once per build.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.RLock()  # re-entrant: one index's build may need another index of the same kb


def built_once(kb: Any, name: str, build: Callable[[], T]) -> T:
    """kb.<name>, built with build() on first use (thread-safe)."""
    value = getattr(kb, name, None)
    if value is None:
        with _lock:
            value = getattr(kb, name, None)
            if value is None:
                value = build()
                setattr(kb, name, value)
                settle()
    return value


def settle() -> None:
    """Keep the objects of the index just built out of the cyclic collector's walks (see above)."""
    gc.freeze()
