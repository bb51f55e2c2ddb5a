"""The one SudachiPy tokenizer of the process (SplitMode.C, the core dictionary), shared by the claims
classifier and the recommender so the dictionary is loaded once; one tokenizer per thread (they are not
thread-safe), the dictionary built once under a lock."""

from __future__ import annotations

import functools
import threading

_local = threading.local()
_dict_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def _dictionary():  # noqa: ANN202 - sudachipy.Dictionary, imported lazily
    # lazy: SudachiPy and its dictionary is a heavy third-party library, loaded only when needed
    from sudachipy import Dictionary

    return Dictionary(dict="core")


def tokenizer():  # noqa: ANN201 - sudachipy.Tokenizer, imported lazily
    """This thread's SplitMode.C tokenizer."""
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        # lazy: SudachiPy and its dictionary is a heavy third-party library, loaded only when needed
        from sudachipy import SplitMode

        with _dict_lock:
            d = _dictionary()
        tok = d.create(SplitMode.C)
        _local.tokenizer = tok
    return tok
