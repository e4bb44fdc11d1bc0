"""One typed ``Settings``: defaults, ``EXORAG_*`` environment variables, paths.

Nothing else in exorag reads ``os.environ``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

# A source checkout keeps corpus/ and index/ beside src/; an installed package falls back to
# the working directory.
_CHECKOUT = Path(__file__).resolve().parents[2]
_PROJECT_ROOT = _CHECKOUT if (_CHECKOUT / "pyproject.toml").exists() else Path.cwd()

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
_CACHE_ROOT = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


@dataclass(frozen=True)
class Settings:
    """Everything that shapes an index or an answer, with where it lives."""

    corpus_dir: Path = _PROJECT_ROOT / "corpus"
    index_dir: Path = _PROJECT_ROOT / "index"
    chroma_url: str = ""
    model_name: str = MODEL_NAME
    # "onnx" starts in a fraction of the time "torch" (sentence-transformers) takes, with the
    # same vectors; the ONNX export of the model is kept in cache_dir. See embeddings.py.
    encoder: str = "onnx"
    cache_dir: Path = _CACHE_ROOT / "exorag"
    chunk_max_words: int = 80
    chunk_max_cjk_chars: int = 200
    candidates: int = 60
    answer_max_words: int = 120
    answer_max_sentences: int = 3
    max_question_chars: int = 2000
    # Chosen from the dev set and tests/data/questions.jsonl: see README "Abstention".
    min_relevance: float = 0.15
    embed_batch_size: int = 32
    # An OpenAI-compatible server (Ollama, llama.cpp, vLLM) that may phrase answers; see
    # docs/llm.md. Left empty, answers stay extractive.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = field(default="", repr=False)
    # Seconds for the whole generation, after which the extractive answer is shown.
    llm_timeout: float = 60.0

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``EXORAG_<FIELD>`` variables, then explicit non-None overrides."""
        settings = cls()
        from_environment: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"EXORAG_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            default = getattr(settings, f.name)
            if isinstance(default, Path):
                from_environment[f.name] = Path(raw).expanduser()
            elif isinstance(default, bool):
                from_environment[f.name] = raw.lower() in {"1", "true", "yes", "on"}
            else:
                from_environment[f.name] = type(default)(raw)
        settings = replace(settings, **from_environment)
        explicit = {k: v for k, v in overrides.items() if v is not None}
        for key in ("corpus_dir", "index_dir", "cache_dir"):
            if key in explicit:
                explicit[key] = Path(explicit[key]).expanduser()  # type: ignore[arg-type]
        return replace(settings, **explicit)
