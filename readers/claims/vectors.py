"""The static Japanese word vectors (ja-ginza) as the classifier reads them: key lookup without a dict.

ja-ginza ships 20,000 vectors of 300 dimensions and maps ~480,000 words (Sudachi normalised forms) onto
them. Loading that mapping as a Python dict costs seconds at every start; instead it is saved once as a
sorted fixed-width byte array and read memory-mapped, and a word is found by binary search
(`numpy.searchsorted`), so start-up stays in milliseconds. The recommender's encoder reads the same package
files (recommender/encoder.py); this is the reader layer's own, lighter view of them.
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import numpy as np

KEY_BYTES = 48  # longer keys (0.2% of them, mostly long compounds) are left out
KEYS_FILE, ROWS_FILE, MATRIX_FILE = "vec_keys.npy", "vec_rows.npy", "vec_matrix.npy"


def ginza_vocab_dir() -> Path | None:
    """The ja-ginza package's vocab folder, or None when the package is not installed."""
    # find_spec, not import: importing ja_ginza pulls in spaCy
    spec = importlib.util.find_spec("ja_ginza")
    if spec is None or not spec.origin:
        return None
    found = sorted(Path(spec.origin).resolve().parent.glob("*/vocab/vectors"))
    return found[0].parent if found else None


def source_id() -> str:
    """Identifies the installed vectors (size and name of the files), for the cache key."""
    d = ginza_vocab_dir()
    if d is None:
        return "none"
    h = hashlib.sha256()
    for name in ("vectors", "key2row", "strings.json"):
        h.update(f"{name}:{(d / name).stat().st_size}".encode())
    return h.hexdigest()[:12]


def build_tables(out_dir: Path) -> bool:
    """Write the sorted keys, their rows and the matrix (float16) into out_dir; False without ja-ginza."""
    d = ginza_vocab_dir()
    if d is None:
        return False
    # lazy: spaCy (the ja-ginza vectors) is a heavy third-party library, needed only when building
    from spacy.strings import StringStore
    from spacy.vectors import Vectors

    vectors = Vectors().from_disk(str(d))
    strings = StringStore().from_disk(str(d / "strings.json"))
    pairs: dict[bytes, int] = {}
    for key, row in vectors.key2row.items():
        try:
            word = strings[key]
        except KeyError:
            continue
        b = word.encode("utf-8")
        if word.strip() and " " not in word and len(b) <= KEY_BYTES:
            pairs[b] = int(row)
    keys = sorted(pairs)
    np.save(out_dir / KEYS_FILE, np.array(keys, dtype=f"S{KEY_BYTES}"))
    np.save(out_dir / ROWS_FILE, np.array([pairs[k] for k in keys], dtype=np.int32))
    np.save(out_dir / MATRIX_FILE, np.asarray(vectors.data, dtype=np.float16))
    return True


@dataclass
class WordVectors:
    keys: np.ndarray  # sorted S48, memory-mapped
    rows: np.ndarray
    matrix: np.ndarray  # (20000, 300), stored as float16, held as float32

    @classmethod
    def load(cls, folder: Path) -> WordVectors | None:
        if not (folder / KEYS_FILE).is_file():
            return None
        return cls(
            np.load(folder / KEYS_FILE, mmap_mode="r"),
            np.load(folder / ROWS_FILE, mmap_mode="r"),
            np.load(folder / MATRIX_FILE).astype(np.float32),
        )

    @property
    def dim(self) -> int:
        return int(self.matrix.shape[1])

    def mean(self, words: tuple[str, ...]) -> np.ndarray:
        """The unit-length mean of the known words' vectors (zeros when none is known)."""
        out = np.zeros(self.dim, dtype=np.float32)
        enc = [w.encode("utf-8") for w in words]
        enc = [b for b in enc if len(b) <= KEY_BYTES]
        if not enc:
            return out
        q = np.array(enc, dtype=f"S{KEY_BYTES}")
        pos = np.searchsorted(self.keys, q)
        pos = np.minimum(pos, len(self.keys) - 1)
        hit = self.keys[pos] == q
        if not hit.any():
            return out
        v = self.matrix[self.rows[pos[hit]]].mean(axis=0)
        n = float(np.linalg.norm(v))
        return v / n if n else v
