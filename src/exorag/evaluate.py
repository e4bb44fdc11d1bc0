"""Score an ``Assistant`` on a question set (the ``dev.jsonl`` format) against the targets."""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .chunking import word_count
from .errors import ExoragError
from .types import Answer

TARGETS = {
    "evidence_in_top3": 0.95,
    "evidence_in_answer": 0.90,
    "answered": 0.95,
    "abstained": 0.90,
}
_MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    answerable: bool
    evidence: tuple[str, ...] = ()
    doc: str = ""
    # Earlier questions of the conversation, oldest first, for a follow-up.
    history: tuple[str, ...] = ()


@dataclass
class EvalReport:
    """Rates over the set, latencies, and every question that missed a target."""

    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    latency_ms: dict[str, float] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed_targets(self) -> list[str]:
        return [name for name, floor in TARGETS.items() if self.metrics.get(name, 1.0) < floor]

    def to_dict(self) -> dict[str, Any]:
        return {
            "metrics": self.metrics,
            "targets": TARGETS,
            "failed_targets": self.failed_targets,
            "counts": self.counts,
            "latency_ms": self.latency_ms,
            "misses": self.misses,
        }


def load_questions(path: Path) -> list[EvalQuestion]:
    """Read a JSON-lines question set; a malformed line is an error naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ExoragError(f"cannot read question set {path}: {exc}") from exc
    questions = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            questions.append(
                EvalQuestion(
                    id=str(row.get("id", number)),
                    question=row["question"],
                    answerable=bool(row.get("answerable", True)),
                    evidence=tuple(row.get("evidence") or ()),
                    doc=str(row.get("doc", "")),
                    history=_strings(row.get("history")),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ExoragError(f"{path}:{number}: not a question row ({exc})") from exc
    if not questions:
        raise ExoragError(f"{path} holds no questions")
    return questions


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("'history' must be a list of questions")
    return tuple(value)


def evaluate(assistant: Any, questions: list[EvalQuestion], top_k: int = 5) -> EvalReport:
    """Ask every question once (after one warm-up) and score the answers."""
    assistant.ask(questions[0].question, top_k=top_k)
    report = EvalReport()
    latencies: list[float] = []
    tallies = dict.fromkeys(
        [
            "answerable",
            "unanswerable",
            "evidence_in_top3",
            "evidence_in_answer",
            "answered",
            "abstained",
            "within_word_limit",
            "markers_resolve",
        ],
        0,
    )
    for item in questions:
        started = time.perf_counter()
        answer = assistant.ask(item.question, top_k=top_k, history=list(item.history))
        latencies.append((time.perf_counter() - started) * 1000)
        problems = _check(item, answer, tallies)
        if problems:
            report.misses.append(
                {
                    "id": item.id,
                    "question": item.question,
                    "problems": problems,
                    "answer": answer.text,
                    "top_citations": [
                        f"[{c.n}] {c.doc_id} {c.section}: {c.text[:80]}"
                        for c in answer.citations[:3]
                    ],
                }
            )
    answerable = max(tallies["answerable"], 1)
    report.counts = {
        "questions": len(questions),
        "answerable": tallies["answerable"],
        "unanswerable": tallies["unanswerable"],
    }
    report.metrics = {
        "evidence_in_top3": tallies["evidence_in_top3"] / answerable,
        "evidence_in_answer": tallies["evidence_in_answer"] / answerable,
        "answered": tallies["answered"] / answerable,
        "abstained": tallies["abstained"] / max(tallies["unanswerable"], 1),
        "within_word_limit": tallies["within_word_limit"] / len(questions),
        "markers_resolve": tallies["markers_resolve"] / len(questions),
    }
    ordered = sorted(latencies)
    report.latency_ms = {
        "p50": statistics.median(ordered),
        "p95": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
    }
    return report


def _check(item: EvalQuestion, answer: Answer, tallies: dict[str, int]) -> list[str]:
    problems = []
    numbers = {c.n for c in answer.citations}
    if word_count(answer.text) <= 120:
        tallies["within_word_limit"] += 1
    else:
        problems.append("answer over 120 words")
    if all(int(n) in numbers for n in _MARKER.findall(answer.text)):
        tallies["markers_resolve"] += 1
    else:
        problems.append("a marker has no citation")
    if not item.answerable:
        tallies["unanswerable"] += 1
        if answer.abstained:
            tallies["abstained"] += 1
        else:
            problems.append("answered an out-of-corpus question")
        return problems
    tallies["answerable"] += 1
    top3 = " ".join(c.text for c in answer.citations[:3])
    if any(e in top3 for e in item.evidence):
        tallies["evidence_in_top3"] += 1
    else:
        problems.append("evidence not in the first three citations")
    if answer.abstained:
        problems.append("abstained")
    else:
        tallies["answered"] += 1
        if any(e in answer.text for e in item.evidence):
            tallies["evidence_in_answer"] += 1
        else:
            problems.append("evidence not in the answer text")
    return problems
