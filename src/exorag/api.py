"""``Assistant``: settings → index → retrieval → answer, loaded once and shared by threads."""

from __future__ import annotations

import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings
from .errors import QuestionError, UnknownDocumentError
from .index import (
    BuildReport,
    IndexReader,
    Manifest,
    ProgressCallback,
    build_index,
    live_build_id,
)
from .types import Answer

if TYPE_CHECKING:
    from .retrieve import Query, RankedPassage, Retriever

# The fewest words left beside a record line for an answer to the message's other asks.
_FEWEST_WORDS_BESIDE = 15


@dataclass(frozen=True)
class IndexStatus:
    """What the live index holds: shown by `exorag docs` and the UI's status line."""

    documents: int
    passages: int
    model: str
    built_at: str
    document_list: tuple[tuple[str, str, int], ...]

    @classmethod
    def from_manifest(cls, manifest: Manifest) -> IndexStatus:
        return cls(
            documents=len(manifest.documents),
            passages=manifest.passages,
            model=manifest.model,
            built_at=manifest.built_at,
            document_list=tuple(
                (doc_id, str(entry.get("title", "")), int(entry["chunks"]))
                for doc_id, entry in manifest.documents.items()
            ),
        )

    def to_dict(self) -> dict:
        return {
            "documents": [
                {"doc_id": doc_id, "title": title, "passages": passages}
                for doc_id, title, passages in self.document_list
            ],
            "passages": self.passages,
            "model": self.model,
            "built_at": self.built_at,
        }


class Assistant:
    """Answers questions from the indexed corpus, citing the passages it quotes.

    The model and index load on first use, once; a rebuilt index is picked up on the next
    question. Safe to share between threads.
    """

    def __init__(
        self,
        index_dir: str | Path | None = None,
        corpus_dir: str | Path | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        self.settings = _with_dirs(settings or Settings.from_env(), index_dir, corpus_dir)
        self._lock = threading.Lock()
        self._retriever = None
        self._build_id: str | None = None

    def ask(
        self,
        question: str,
        top_k: int = 5,
        doc_ids: Sequence[str] | None = None,
        history: Sequence[str] | None = None,
    ) -> Answer:
        """Answer ``question`` from the corpus, or abstain; ``history`` holds earlier questions
        of the same conversation, oldest first, so that follow-ups are understood.

        With a language model configured (``Settings.llm_base_url``) the answer is phrased by
        it and checked sentence by sentence; otherwise, or when that fails, it is extractive.
        """
        *_, answer = self.ask_stream(question, top_k, doc_ids, history)
        assert isinstance(answer, Answer)  # ask_stream always ends with the Answer
        return answer

    def ask_stream(
        self,
        question: str,
        top_k: int = 5,
        doc_ids: Sequence[str] | None = None,
        history: Sequence[str] | None = None,
    ) -> Iterator[str | Answer]:
        """As ``ask``, but first yields the language model's draft, the whole text so far.

        The last item is always the ``Answer``, which replaces the draft: unsupported sentences
        are gone from it, or it is the extractive answer. Without a language model it is the
        only item. Errors in the question are raised by this call, before iteration.
        """
        started = time.perf_counter()
        answer = self._extractive(question, top_k, doc_ids, history)
        return self._phrased(answer, started)

    def _phrased(self, answer: Answer, started: float) -> Iterator[str | Answer]:
        if self.settings.llm_base_url:
            from .llm import generate_answer

            for item in generate_answer(answer, self.settings):
                if isinstance(item, Answer):
                    answer = item
                else:
                    yield item
        answer.timings_ms["total"] = (time.perf_counter() - started) * 1000
        yield answer

    def _extractive(
        self,
        question: str,
        top_k: int,
        doc_ids: Sequence[str] | None,
        history: Sequence[str] | None,
    ) -> Answer:
        question = self._clean_question(question)
        if not 1 <= int(top_k) <= 50:
            raise QuestionError("top_k must be between 1 and 50")
        history = [str(earlier) for earlier in history or ()]
        answer = self._answer(question, int(top_k), doc_ids, history)
        if not answer.abstained:
            return self._with_what_else_it_asks(question, answer, int(top_k), doc_ids, history)
        return self._its_first_question(question, int(top_k), doc_ids, history) or answer

    def _with_what_else_it_asks(
        self,
        message: str,
        answer: Answer,
        top_k: int,
        doc_ids: Sequence[str] | None,
        history: list[str],
    ) -> Answer:
        """``answer``, to a message that asks for a part of a paper's record, beside the
        answer to what else it asks of the papers, in the order asked ("What does the review
        say exosomes do in drug resistance? and who wrote it"), within the answer's words."""
        from .answer import side_by_side
        from .chunking import word_count

        besides, record, asked_first = self._load().asked_beside_the_record(message)
        room = self.settings.answer_max_words - word_count(answer.text)
        if not besides or room < _FEWEST_WORDS_BESIDE:
            return answer
        # The record's ask says which paper "it" is: "how many refs in the bone mets review?
        # and what do exosomes carry according to it?"
        content = self._answer(besides, top_k, doc_ids, [*history, record], max_words=room)
        if content.abstained:
            return answer
        return side_by_side(message, (content, answer) if asked_first else (answer, content))

    def _its_first_question(
        self, message: str, top_k: int, doc_ids: Sequence[str] | None, history: list[str]
    ) -> Answer | None:
        """The answer to a message's first question alone, when the questions after it ask
        what the corpus does not answer ("How do lung tumours escape the targeted pills given
        for driver mutations? Can we tell in advance who will relapse?"), with a notice of
        those; None when it cannot be answered alone."""
        asks = self._load().leading_question(message)
        if not asks:
            return None
        first = self._answer(asks[0], top_k, doc_ids, history)
        if first.abstained:
            return None
        later = " ".join(f"“{ask}”" for ask in asks[1:])
        notice = f"Only the first question is answered; the corpus does not answer {later}"
        return replace(first, question=message, notice=notice)

    def _answer(
        self,
        question: str,
        top_k: int,
        doc_ids: Sequence[str] | None,
        history: Sequence[str],
        max_words: int | None = None,
    ) -> Answer:
        context = _follow_up_context(question, history)

        def retrieve(retriever: Retriever) -> tuple[Query, list[RankedPassage]]:
            wanted = self._check_doc_ids(retriever, doc_ids)
            query = retriever.analyse(question, context)
            return query, retriever.search(query, top_k, wanted)

        retriever = self._load()
        try:
            query, ranked = retrieve(retriever)
        except Exception:
            # A rebuild can prune the build this retriever reads while it reads it: the
            # question is then asked again of the new live build.
            if live_build_id(self.settings) == retriever.reader.build_id:
                raise
            retriever = self._load()
            query, ranked = retrieve(retriever)
        from .answer import compose_answer

        return compose_answer(
            query,
            ranked,
            retriever,
            self.settings.min_relevance,
            self.settings.answer_max_words if max_words is None else max_words,
            self.settings.answer_max_sentences,
        )

    def build_index(
        self, rebuild: bool = False, progress: ProgressCallback | None = None
    ) -> BuildReport:
        """Index the corpus (incrementally unless ``rebuild``); the next question uses it."""
        return build_index(self.settings, rebuild=rebuild, progress=progress)

    def status(self) -> IndexStatus:
        """The live index's documents, passage count and model."""
        return IndexStatus.from_manifest(self._load().reader.manifest)

    def _load(self):
        """The retriever for the live build, reloaded when a new build has been swapped in.

        The glossary comes from the index, not the corpus folder: it must be the one the
        passages were indexed with, and a Chroma server's index has no corpus beside it.
        """
        from .retrieve import Retriever

        build_id = live_build_id(self.settings)
        with self._lock:
            if self._retriever is None or build_id != self._build_id:
                reader = IndexReader(self.settings)
                self._retriever = Retriever(reader, reader.glossary, self.settings)
                self._build_id = reader.build_id
            return self._retriever

    def _clean_question(self, question: object) -> str:
        if not isinstance(question, str):
            raise QuestionError("the question must be text")
        # Control characters (NUL included) carry no meaning and upset tokenisers.
        cleaned = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in question)
        cleaned = " ".join(cleaned.split())
        if not cleaned:
            raise QuestionError("the question is empty; type a question about the corpus")
        if len(cleaned) > self.settings.max_question_chars:
            raise QuestionError(
                f"the question is {len(cleaned)} characters long; "
                f"the limit is {self.settings.max_question_chars}"
            )
        return cleaned

    @staticmethod
    def _check_doc_ids(retriever, doc_ids: Sequence[str] | None) -> list[str] | None:
        if not doc_ids:
            return None
        known = retriever.reader.manifest.documents
        unknown = [d for d in doc_ids if d not in known]
        if unknown:
            raise UnknownDocumentError(
                f"unknown document id {', '.join(map(repr, unknown))}; "
                f"indexed documents: {', '.join(sorted(known))}"
            )
        return list(dict.fromkeys(doc_ids))


def _with_dirs(
    settings: Settings, index_dir: str | Path | None, corpus_dir: str | Path | None
) -> Settings:
    changes: dict[str, Path] = {}
    if index_dir is not None:
        changes["index_dir"] = Path(index_dir).expanduser()
    if corpus_dir is not None:
        changes["corpus_dir"] = Path(corpus_dir).expanduser()
    return replace(settings, **changes)


def _follow_up_context(question: str, history: Sequence[str]) -> list[str]:
    """The previous two questions, when this one reads as a follow-up (short, or leaning on
    it); the retriever reads the older one only when the newer names nothing itself."""
    if not history:
        return []
    from .asks import set_aside
    from .chunking import word_count
    from .retrieve import points_back

    leaning = question.lower().startswith(
        ("and ", "what about", "how about", "also", "why", "then")
    )
    # "Besides new mutations, what other reasons are given?" may ask beyond what was said.
    if word_count(question) <= 8 or leaning or points_back(question) or set_aside(question)[0]:
        return list(history[-2:])
    return []
