"""The classifier's cache: built from the shipped sentences at first use, then loaded in milliseconds.

The folder `<cache root>/claims-<key>/` (next to the encoder's) holds the weights, the vocabularies and the
word-vector tables. The key hashes everything the model depends on — the labelled sentences, the source of
the feature, training and modality-rule modules, the scikit-learn version and the installed vectors — so a
change to any of them builds a new model, and the same inputs always give the same one. Building writes to a
temporary folder and renames it, so two processes starting together never read a half-written model.
Nothing is downloaded.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import shutil
import threading
from pathlib import Path

from chiiki_mirai.core.cache import cache_root
from chiiki_mirai.core.text import modality as core_modality
from chiiki_mirai.readers.claims import cues, features, model, tokens, train, vectors
from chiiki_mirai.readers.claims.model import META_FILE, Model

FORMAT = 1
_lock = threading.Lock()
_loaded: dict[str, Model] = {}


def _sklearn_version() -> str:
    try:
        return importlib.metadata.version("scikit-learn")
    except importlib.metadata.PackageNotFoundError:
        return "none"


@functools.lru_cache(maxsize=1)
def model_key() -> str:
    h = hashlib.sha256(f"format={FORMAT}".encode())
    for p in train.sentence_files():
        h.update(p.name.encode() + p.read_bytes())
    for mod in (cues, features, model, tokens, train, vectors, core_modality):
        h.update(Path(mod.__file__).read_bytes())
    h.update(f"sklearn={_sklearn_version()};vectors={vectors.source_id()}".encode())
    return h.hexdigest()[:12]


def model_dir() -> Path:
    return cache_root() / f"claims-{model_key()}"


def build(out_dir: Path) -> Path:
    """Train on every labelled sentence and save to out_dir (atomically)."""
    tmp = out_dir.with_name(out_dir.name + f".tmp{os.getpid()}-{threading.get_ident()}")
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        vecs = vectors.WordVectors.load(tmp) if vectors.build_tables(tmp) else None
        train.fit(train.load_sentences(), vecs).save(tmp)
        tmp.rename(out_dir)
    except OSError:
        if not (out_dir / META_FILE).is_file():  # not another process finishing first: a real error
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out_dir


def get_model() -> Model:
    """The classifier, built on first use and cached on disk; loaded once per process."""
    with _lock:
        path = model_dir()
        m = _loaded.get(str(path))
        if m is None:
            if not (path / META_FILE).is_file():
                build(path)
            m = Model.load(path)
            _loaded[str(path)] = m
        return m
