"""The sentence-transformers encoder: build, cache and load, offline only.

Default: a static model (`StaticEmbedding` over a `tokenizers` WordLevel vocabulary) whose
weights are the 300-d Japanese word vectors the installed `ja_ginza` package ships. Its input
is SudachiPy-segmented text (normalised forms joined with spaces). It is built once from the
package files and saved with `model.save()` under the cache directory, then loads in well under
a second.

Loading our own static model does not import sentence-transformers (and torch, ~6 s of a cold
start): `StaticModel` reads the same tokenizer.json and model.safetensors with the light
`tokenizers` and `safetensors.numpy` packages and computes what StaticEmbedding computes (the mean
of the token vectors; sentence-transformers adds no normalisation for this model). Building it on
first use still goes through sentence-transformers, so the saved directory stays a normal model.

Any sentence-transformers model directory can replace it (`--model PATH` or the environment
variable CHIIKI_MIRAI_MODEL); such a model receives the raw text and is loaded by
sentence-transformers. A hub is never contacted: HF_HUB_OFFLINE is set before
sentence-transformers is imported and `local_files_only=True`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from chiiki_mirai.core.cache import CACHE_ENV, cache_root
from chiiki_mirai.core.errors import UserError
from chiiki_mirai.recommender.tokenize import segment_for_vectors

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

MODEL_ENV = "CHIIKI_MIRAI_MODEL"
# A marker file saved next to the static model: tells the loader to segment its input.
MARKER = "chiiki_mirai_encoder.json"
ENCODER_FORMAT = 1
UNK = "[UNK]"
ALIASES = "chiiki_mirai_aliases.json"

_lock = threading.Lock()
_encoders: dict[str, Encoder] = {}


def _ginza_vocab_dir() -> Path:
    # find_spec, not import: importing ja_ginza pulls in spaCy, which the loader does not need
    spec = importlib.util.find_spec("ja_ginza")
    if spec is None or not spec.origin:
        raise UserError("日本語の単語ベクトル（ja_ginza パッケージ）がインストールされていません。")
    base = Path(spec.origin).resolve().parent
    found = sorted(base.glob("*/vocab/vectors"))
    if not found:
        raise UserError(f"ja_ginza の単語ベクトルが見つかりません: {base}")
    return found[0].parent


def _source_hash(vocab_dir: Path) -> str:
    h = hashlib.sha256(f"format={ENCODER_FORMAT}".encode())
    for name in ("vectors", "key2row", "strings.json"):
        st = (vocab_dir / name).stat()
        h.update(f"{name}:{st.st_size}:{int(st.st_mtime)}".encode())
    h.update(str(vocab_dir).encode())
    return h.hexdigest()[:12]


def default_model_dir() -> Path:
    return cache_root() / f"encoder-{_source_hash(_ginza_vocab_dir())}"


_default_dirs: dict[str | None, Path] = {}


def _default_dir_once() -> Path:
    """default_model_dir(), looked up once per cache setting (finding the package costs ~10 ms a call)."""
    env = os.environ.get(CACHE_ENV)
    if env not in _default_dirs:
        _default_dirs[env] = default_model_dir()
    return _default_dirs[env]


def _read_ginza_vectors(vocab_dir: Path) -> tuple[dict[str, int], np.ndarray]:
    """The vectors' keys (normalised forms) → row, and the rows, read from the package files.

    Only the vectors and the string store are read: loading the whole spaCy pipeline would
    take several times longer and is not needed. The package maps ~480,000 keys onto 20,000
    rows (pruned words point at their nearest kept vector); the mapping is kept as is.
    """
    # lazy: spaCy (the ja-ginza vectors) is a heavy third-party library, loaded only when needed
    from spacy.strings import StringStore
    from spacy.vectors import Vectors

    vectors = Vectors().from_disk(str(vocab_dir))
    strings = StringStore().from_disk(str(vocab_dir / "strings.json"))
    data = np.asarray(vectors.data, dtype=np.float32)
    key_rows: dict[str, int] = {}
    for key, row in vectors.key2row.items():
        try:
            word = strings[key]
        except KeyError:
            continue
        if word.strip() and " " not in word:
            key_rows[word] = int(row)
    return key_rows, data


def build_static_model(out_dir: Path) -> Path:
    """Build the static Japanese model from ja_ginza's vectors and save it to out_dir."""
    # lazy: sentence-transformers / torch is a heavy third-party library, loaded only when needed
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import WhitespaceSplit

    modules = _st_modules()
    key_rows, matrix = _read_ginza_vectors(_ginza_vocab_dir())
    # id 0 is [UNK] with a zero vector; every word points at its vector's row + 1
    # id 0 is [UNK] with a zero vector. The tokenizer holds one word per row (a WordLevel
    # vocabulary does not keep several words on one id through save/load); the other words of
    # a row are kept in ALIASES and mapped onto the row's word before tokenisation.
    canonical: dict[int, str] = {}
    for word in sorted(key_rows):
        canonical.setdefault(key_rows[word], word)
    vocab = {UNK: 0}
    for row in sorted(canonical):
        vocab[canonical[row]] = row + 1
    aliases = {word: canonical[row] for word, row in sorted(key_rows.items())}
    weights = np.zeros((matrix.shape[0] + 1, matrix.shape[1]), dtype=np.float32)
    weights[1:] = matrix
    tok = Tokenizer(WordLevel(vocab=vocab, unk_token=UNK))
    tok.pre_tokenizer = WhitespaceSplit()
    static = modules.StaticEmbedding(tok, embedding_weights=weights)
    model = SentenceTransformer(modules=[static], device="cpu")
    tmp = out_dir.with_name(out_dir.name + f".tmp{os.getpid()}")
    tmp.mkdir(parents=True, exist_ok=True)
    model.save(str(tmp))
    (tmp / ALIASES).write_text(json.dumps(aliases, ensure_ascii=False), encoding="utf-8")
    (tmp / MARKER).write_text(
        json.dumps({"format": ENCODER_FORMAT, "input": "sudachi_normalized", "source": "ja_ginza"}),
        encoding="utf-8",
    )
    try:
        tmp.rename(out_dir)
    except OSError:  # another process finished first: use theirs

        shutil.rmtree(tmp, ignore_errors=True)
    return out_dir


def _st_modules():
    """`sentence_transformers.sentence_transformer.modules` (the old `models` path warns)."""
    try:
        # lazy: sentence-transformers / torch is a heavy third-party library, loaded only when needed
        from sentence_transformers.sentence_transformer import modules
    except ImportError:  # pragma: no cover - older sentence-transformers
        # lazy: sentence-transformers / torch is a heavy third-party library, loaded only when needed
        from sentence_transformers import models as modules
    return modules


STATIC_EMBEDDING = "StaticEmbedding"
WEIGHTS_FILE = "model.safetensors"
WEIGHTS_KEY = "embedding.weight"


class StaticModel:
    """Our static model without torch: what SentenceTransformer(path).encode returns, in numpy.

    StaticEmbedding tokenises the batch with `encode_batch(add_special_tokens=False)` and returns
    `nn.EmbeddingBag(mode="mean")` of each text's token ids: the mean of their rows, a zero vector
    for a text without tokens.
    """

    def __init__(self, path: Path):
        # lazy: safetensors is a heavy third-party library, loaded only when needed
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()  # as StaticEmbedding does
        self.weights = np.ascontiguousarray(load_file(str(path / WEIGHTS_FILE))[WEIGHTS_KEY], dtype=np.float32)

    def get_embedding_dimension(self) -> int:
        return int(self.weights.shape[1])

    def encode(self, inputs: list[str], **_: object) -> np.ndarray:
        out = np.zeros((len(inputs), self.weights.shape[1]), dtype=np.float32)
        for i, enc in enumerate(self.tokenizer.encode_batch(inputs, add_special_tokens=False)):
            if enc.ids:
                out[i] = self.weights[enc.ids].mean(axis=0, dtype=np.float32)
        return out


def is_own_static_model(path: Path) -> bool:
    """True for a directory built by build_static_model: our marker, and one StaticEmbedding module
    at the top (so no pooling, dense or Normalize module that the numpy path would not apply)."""
    try:
        info = json.loads((path / MARKER).read_text(encoding="utf-8"))
        modules = json.loads((path / "modules.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        isinstance(info, dict)
        and info.get("input") == "sudachi_normalized"
        and isinstance(modules, list)
        and len(modules) == 1
        and isinstance(modules[0], dict)
        and str(modules[0].get("type", "")).rsplit(".", 1)[-1] == STATIC_EMBEDDING
        and modules[0].get("path") in ("", ".", None)
        and (path / "tokenizer.json").is_file()
        and (path / WEIGHTS_FILE).is_file()
    )


@dataclass
class Encoder:
    """A loaded model: encodes texts to unit vectors. Thread-safe (one lock per model)."""

    path: Path
    model: object
    segmented: bool  # True for the static model: feed SudachiPy normalised forms
    aliases: dict[str, str] = field(default_factory=dict)  # word → the word that holds its vector
    key: str = ""  # identifies the model for caches of precomputed embeddings
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    def prepare(self, text: str) -> str:
        if self.segmented:

            return segment_for_vectors(text, self.aliases)
        return text

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        inputs = [self.prepare(t) for t in texts]
        with self._lock:
            vecs = self.model.encode(inputs, convert_to_numpy=True, show_progress_bar=False, batch_size=64)
        vecs = np.asarray(vecs, dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return vecs / norms


def resolve_model_path(model: str | os.PathLike | None = None) -> Path | None:
    """The model directory the user asked for (argument, then environment), or None for the default."""
    chosen = model if model not in (None, "") else os.environ.get(MODEL_ENV) or None
    if chosen is None:
        return None
    p = Path(chosen).expanduser()
    if not p.is_dir():
        raise UserError(
            f"モデルのフォルダが見つかりません: {chosen}（sentence-transformers 形式のモデルを保存したフォルダを指定してください。"
            "オンラインのモデル名は使えません）"
        )
    if not ((p / "modules.json").is_file() or (p / "config.json").is_file()):
        raise UserError(f"sentence-transformers のモデルではありません（modules.json がありません）: {chosen}")
    return p.resolve()


def load_encoder(path: Path, fast: bool = True) -> Encoder:
    """Load a model directory; our own static model without sentence-transformers when `fast`."""
    try:
        if fast and is_own_static_model(path):
            model: object = StaticModel(path)
        else:
            # lazy: sentence-transformers / torch is a heavy third-party library, loaded only when needed
            from sentence_transformers import SentenceTransformer

            model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
    except Exception as e:  # a broken directory: say so in Japanese
        raise UserError(f"モデルを読み込めませんでした: {path}（{type(e).__name__}: {e}）") from e
    marker = path / MARKER
    segmented = False
    aliases: dict[str, str] = {}
    if marker.is_file():
        info = json.loads(marker.read_text(encoding="utf-8"))
        segmented = info.get("input") == "sudachi_normalized"
        if segmented:
            aliases = json.loads((path / ALIASES).read_text(encoding="utf-8"))
    st = path.stat()
    key = hashlib.sha256(f"{path}:{int(st.st_mtime)}".encode()).hexdigest()[:12]
    return Encoder(path=path, model=model, segmented=segmented, aliases=aliases, key=key)


def get_encoder(model: str | os.PathLike | None = None) -> Encoder:
    """The encoder for `model` (a directory), else CHIIKI_MIRAI_MODEL, else the built-in static model.

    Loaded once per process per path; the built-in model is built on first use and cached on disk.
    """
    path = resolve_model_path(model)
    with _lock:
        if path is None:
            path = _default_dir_once()
            if not (path / MARKER).is_file():
                build_static_model(path)
        name = str(path)
        enc = _encoders.get(name)
        if enc is None:
            enc = load_encoder(path)
            _encoders[name] = enc
        return enc
