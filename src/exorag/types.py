"""The plain data that flows between exorag's steps: documents, chunks, citations, answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ABSTENTION_TEXT = "The corpus does not answer this question."


@dataclass(frozen=True)
class Document:
    """One corpus file: its front matter and its Markdown body.

    ``text`` is the whole file as read; ``body_start`` is where the body begins in it,
    so chunk spans index into the file itself.
    """

    id: str
    title: str
    path: Path
    text: str
    body_start: int
    sha256: str
    authors: tuple[str, ...] = ()
    journal: str = ""
    date: str = ""
    doi: str = ""
    url: str = ""
    full_text_url: str = ""
    language: tuple[str, ...] = ("en",)
    license: str = ""

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    @property
    def link(self) -> str:
        """The best address for a reader: the DOI, else the page, else the full text."""
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return self.url or self.full_text_url


@dataclass(frozen=True)
class Chunk:
    """A citable passage: ``text`` is exactly ``document.text[start:end]``."""

    id: str
    doc_id: str
    text: str
    section: str
    start: int
    end: int
    language: str
    source: str = "summary"


@dataclass(frozen=True)
class Citation:
    """A passage cited by an answer, numbered as its ``[n]`` marker.

    ``highlights`` are (start, end) spans in ``text`` of the sentences the answer used.
    """

    n: int
    doc_id: str
    title: str
    authors: tuple[str, ...]
    year: int | None
    section: str
    text: str
    score: float
    url: str
    language: str = "en"
    source: str = "summary"
    journal: str = ""
    doi: str = ""
    highlights: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "doc_id": self.doc_id,
            "title": self.title,
            "authors": list(self.authors),
            "year": self.year,
            "section": self.section,
            "text": self.text,
            "score": round(self.score, 4),
            "url": self.url,
            "language": self.language,
            "source": self.source,
            "journal": self.journal,
            "doi": self.doi,
            "highlights": [list(span) for span in self.highlights],
        }


@dataclass(frozen=True)
class Answer:
    """What the assistant says: sentences taken from passages, each with its ``[n]`` marker.

    When ``abstained`` is true, ``text`` says the corpus does not answer and makes no claim;
    ``citations`` then lists the closest passages, none of which was judged to answer.
    """

    question: str
    text: str
    citations: tuple[Citation, ...]
    abstained: bool
    mode: str = "extractive"
    dropped: int = 0
    notice: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "mode": self.mode,
            "dropped": self.dropped,
            "notice": self.notice,
        }
