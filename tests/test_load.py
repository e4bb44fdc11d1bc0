"""Many users: one ``Assistant`` shared by threads, and the app's ``/ask`` endpoint driven by
concurrent users through ``gradio_client`` (``benchmarks/load.py``, scaled down).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import REPO, free_port

from exorag import Assistant
from exorag.config import Settings
from exorag.ui import launch

LOAD = REPO / "benchmarks" / "load.py"
QUESTIONS = (
    "What are the mechanisms of TKI resistance?",
    "外泌体的直径是多少？",
    "What bone-related events does bone metastasis cause?",
    "What is the capital of France?",
)


@pytest.fixture(scope="module")
def app_url(assistant: Assistant) -> Iterator[str]:
    """The real UI over the session's assistant, served on a free port of 127.0.0.1."""
    port = free_port()
    app = launch(assistant, "127.0.0.1", port)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()


def test_ten_users_asking_at_once_all_get_answers(app_url: str) -> None:
    # The load runs in its own process, as real users' browsers would.
    done = subprocess.run(
        [sys.executable, LOAD, "--url", app_url, "--users", "10", "--questions", "2", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(done.stdout)
    print(report)  # the figures, shown with -s or on failure
    assert done.returncode == 0, report["error_samples"]
    assert (report["requests"], report["answered"], report["errors"]) == (20, 20, 0)
    assert report["p50_ms"] <= report["p95_ms"]


def test_one_assistant_answers_many_threads_as_it_answers_one(shipped_index: Settings) -> None:
    # Not loaded yet: the first questions race each other to load the index.
    shared = Assistant(index_dir=shipped_index.index_dir, corpus_dir=shipped_index.corpus_dir)
    asked = list(QUESTIONS) * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda q: shared.ask(q).to_dict(), asked))
    alone = {q: shared.ask(q).to_dict() for q in QUESTIONS}
    assert answers == [alone[q] for q in asked]


def test_the_load_report_counts_failures_instead_of_raising() -> None:
    nobody = f"http://127.0.0.1:{free_port()}/"
    done = subprocess.run(
        [sys.executable, Path(LOAD), "--url", nobody, "--users", "2", "--questions", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "0 answered, 2 errors" in done.stdout
    assert "could not connect" in done.stderr
