"""Answer quality cannot silently regress: the dev set must meet every target."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from exorag.errors import ExoragError
from exorag.evaluate import evaluate, load_questions

DATA = Path(__file__).parent / "data"


def test_dev_set_meets_every_target(assistant) -> None:
    report = evaluate(assistant, load_questions(DATA / "dev.jsonl"))
    assert report.failed_targets == [], report.misses
    assert report.metrics["within_word_limit"] == 1.0
    assert report.metrics["markers_resolve"] == 1.0


def test_own_question_set_meets_every_target_and_its_recorded_floor(assistant) -> None:
    """tests/data/questions.jsonl is harder (paraphrases, cross-language, near-topic
    out-of-corpus questions). It must meet the issue's targets, and the floors below are
    near the figures recorded in the README, so a change that loses ground fails here.
    """
    report = evaluate(assistant, load_questions(DATA / "questions.jsonl"))
    assert report.counts["questions"] >= 40
    assert report.failed_targets == [], report.misses
    assert report.metrics["evidence_in_top3"] >= 0.97
    assert report.metrics["evidence_in_answer"] >= 0.93
    assert report.metrics["answered"] >= 0.985
    assert report.metrics["abstained"] >= 0.96
    assert report.metrics["within_word_limit"] == 1.0
    assert report.metrics["markers_resolve"] == 1.0


def test_follow_up_set_is_asked_with_its_history_and_stays_above_its_floor(assistant) -> None:
    """tests/data/followups.jsonl: each row is a follow-up, with the questions before it."""
    questions = load_questions(DATA / "followups.jsonl")
    assert all(q.history for q in questions)
    report = evaluate(assistant, questions)
    assert report.metrics["evidence_in_top3"] >= 0.97
    assert report.metrics["evidence_in_answer"] >= 0.92
    assert report.metrics["answered"] >= 0.97
    assert report.metrics["abstained"] >= 0.94
    # Asked without its history, the set does worse: the history is what answers it.
    alone = evaluate(assistant, [replace(q, history=()) for q in questions])
    assert alone.metrics["evidence_in_answer"] < report.metrics["evidence_in_answer"]


def test_a_history_that_is_not_a_list_of_questions_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "And then?", "history": "What is X?"}\n', encoding="utf-8")
    with pytest.raises(ExoragError, match=r"bad.jsonl:1: not a question row"):
        load_questions(bad)


def test_eval_command_prints_metrics_and_misses(shipped_index, tmp_path: Path) -> None:
    questions = tmp_path / "two.jsonl"
    questions.write_text(
        "\n".join(
            json.dumps(row, ensure_ascii=False)
            for row in [
                {
                    "id": "a",
                    "question": "What are the mechanisms of TKI resistance?",
                    "evidence": ["secondary mutation"],
                    "answerable": True,
                },
                {"id": "b", "question": "Who painted the Mona Lisa?", "answerable": False},
            ]
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "exorag",
            "eval",
            str(questions),
            "--json",
            "--corpus",
            str(shipped_index.corpus_dir),
            "--index",
            str(shipped_index.index_dir),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["metrics"]["evidence_in_top3"] == 1.0
    assert report["metrics"]["abstained"] == 1.0
    assert report["counts"] == {"questions": 2, "answerable": 1, "unanswerable": 1}
    assert set(report["latency_ms"]) == {"p50", "p95"}


def test_malformed_question_set_is_a_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ExoragError, match=r"bad.jsonl:2"):
        load_questions(bad)
