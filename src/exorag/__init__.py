"""exorag: answers about scientific reviews, every sentence quoted from and cited to the corpus.

>>> from exorag import Assistant
>>> Assistant().ask("What mechanisms cause resistance to tyrosine kinase inhibitors?").text
"""

from __future__ import annotations

from .api import Assistant, IndexStatus
from .errors import ExoragError
from .types import Answer, Citation

__all__ = ["Answer", "Assistant", "Citation", "ExoragError", "IndexStatus", "ask"]

_default: Assistant | None = None


def ask(question: str, top_k: int = 5, doc_ids: list[str] | None = None) -> Answer:
    """Ask the default ``Assistant`` (settings from ``EXORAG_*``), created on first use."""
    global _default
    if _default is None:
        _default = Assistant()
    return _default.ask(question, top_k=top_k, doc_ids=doc_ids)
