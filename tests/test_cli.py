"""The ``exorag`` command, run as a user runs it: exit codes, JSON, clean one-line errors.

Commands that answer load the model, which costs seconds in a fresh process, so only the two
commands of the README's promise run as subprocesses; the rest use click's runner in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import write_document

from exorag.cli import main
from exorag.config import Settings
from exorag.types import ABSTENTION_TEXT

EXORAG = Path(sys.executable).with_name("exorag")
TKI_QUESTION = "What mechanisms cause resistance to tyrosine kinase inhibitors?"
HEAVY_MODULES = ("torch", "sentence_transformers", "chromadb", "gradio", "llama_index", "bm25s")
# Runs the CLI in a fresh interpreter, then reports which heavy modules it imported.
IMPORT_PROBE = (
    "import sys\n"
    "from exorag.cli import main\n"
    "main(sys.argv[1:], prog_name='exorag', standalone_mode=False)\n"
    f"print('heavy:', *[m for m in {HEAVY_MODULES!r} if m in sys.modules])\n"
)


def clean_env(**extra: str) -> dict[str, str]:
    """The user's environment without EXORAG_* settings, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXORAG_")}
    return {**env, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **extra}


def exorag(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXORAG), *map(str, args)],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=300,
    )


def dirs(settings: Settings) -> list[str]:
    return ["--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]


def assert_clean_failure(done, message: str, code: int = 1) -> None:
    assert done.returncode == code, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_ask_json_cites_the_tki_resistance_passage(shipped_index, assistant):
    done = exorag("ask", TKI_QUESTION, "--json", *dirs(shipped_index))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert any(
        "secondary mutation" in c["text"] and "bypass signal" in c["text"]
        for c in data["citations"][:3]
    )
    # Exactly Answer.to_dict(), as the library gives it (scores up to float noise).
    expected = assistant.ask(TKI_QUESTION).to_dict()
    scores = [c.pop("score") for c in data["citations"]]
    assert scores == pytest.approx([c.pop("score") for c in expected["citations"]], abs=1e-3)
    assert data == expected


def test_ask_out_of_corpus_abstains_and_lists_the_closest_passages(shipped_index):
    done = exorag("ask", "What is the capital of France?", *dirs(shipped_index))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == ABSTENTION_TEXT
    assert lines[2] == "Closest passages (none answers):"
    assert lines[3].startswith("[1] ")


def test_ask_prints_the_answer_then_numbered_sources(shipped_index):
    result = CliRunner().invoke(main, ["ask", TKI_QUESTION, *dirs(shipped_index)])
    assert result.exit_code == 0, result.output
    answer, blank, heading, *sources = result.stdout.splitlines()
    assert "secondary mutation" in answer and answer.rstrip().endswith("]")
    assert (blank, heading) == ("", "Sources:")
    numbered = [line for line in sources if line.startswith("[")]
    assert [line.split("]")[0] for line in numbered] == [f"[{n}" for n in range(1, 6)]
    assert numbered[0].startswith(
        "[1] Ji et al. (2025). Exosome, an important transmitter in the drug resistance"
    )
    assert "    https://doi.org/10.3389/fonc.2025.1539047" in sources


def test_ask_doc_and_top_k_options(shipped_index):
    args = ["ask", TKI_QUESTION, "--json", "--top-k", "3", "--doc", "PMC12883948"]
    result = CliRunner().invoke(main, [*args, *dirs(shipped_index)])
    assert result.exit_code == 0, result.output
    citations = json.loads(result.stdout)["citations"]
    assert len(citations) == 3
    assert {c["doc_id"] for c in citations} == {"PMC12883948"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", ""], "Error: the question is empty; type a question about the corpus"),
        (["ask", "  \t "], "Error: the question is empty"),
        (["ask", "x" * 2001], "Error: the question is 2001 characters long; the limit is 2000"),
        (
            ["ask", TKI_QUESTION, "--doc", "nope"],
            "Error: unknown document id 'nope'; indexed documents: PMC12883948, fonc.2025.1539047",
        ),
    ],
    ids=["empty", "whitespace", "too-long", "unknown-doc"],
)
def test_bad_questions_fail_cleanly(shipped_index, args, message):
    assert_clean_failure(exorag(*args, *dirs(shipped_index)), message)


@pytest.mark.parametrize("command", [["ask", TKI_QUESTION], ["docs"]])
def test_a_missing_index_fails_cleanly(tmp_path, command):
    missing = tmp_path / "no-index"
    done = exorag(*command, "--index", missing)
    assert_clean_failure(done, f"Error: no index at {missing}. Run `exorag index`")


def test_index_of_a_missing_corpus_fails_cleanly(tmp_path):
    missing = tmp_path / "no-corpus"
    done = exorag("index", "--corpus", missing, "--index", tmp_path / "index")
    assert_clean_failure(done, f"Error: corpus folder {missing} does not exist")


def test_index_of_a_corpus_of_malformed_documents_fails_cleanly(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    done = exorag("index", "--corpus", corpus, "--index", tmp_path / "index")
    assert_clean_failure(done, "Error: no readable documents in")
    assert "skipped bad.md: front matter is not valid YAML at line 2" in done.stderr


def test_index_skips_a_malformed_document_and_says_so(tmp_path):
    corpus = tmp_path / "corpus"
    write_document(corpus, "good.md", "## Findings\n\nZorblatt vesicles carry glimmerin.\n")
    (corpus / "bad.md").write_text("No front matter here.\n", encoding="utf-8")
    args = ["index", "--corpus", str(corpus), "--index", str(tmp_path / "index")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert f"skipped {corpus / 'bad.md'}: has no front matter" in result.stderr
    assert "1 added, 0 updated, 0 removed, 0 unchanged; 1 passages" in result.stdout
    again = CliRunner().invoke(main, args)
    assert "is up to date: 1 documents, 1 passages." in again.stdout


def test_top_k_out_of_range_is_a_usage_error(shipped_index):
    done = exorag("ask", TKI_QUESTION, "--top-k", "0", *dirs(shipped_index))
    assert_clean_failure(done, "Invalid value for '--top-k'", code=2)


def test_docs_lists_documents_and_passage_counts(shipped_index, assistant):
    done = exorag("docs", *dirs(shipped_index))
    assert done.returncode == 0, done.stderr
    status = assistant.status()
    lines = done.stdout.splitlines()
    assert lines[:-1] == [f"{d}\t{n} passages\t{title}" for d, title, n in status.document_list]
    assert lines[-1] == (
        f"2 documents, {status.passages} passages, model sentence-transformers/all-MiniLM-L6-v2"
    )


def test_docs_json_and_the_index_from_the_environment(shipped_index, assistant):
    done = exorag("docs", "--json", EXORAG_INDEX_DIR=str(shipped_index.index_dir))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert data["documents"] == [
        {"doc_id": d, "title": title, "passages": n}
        for d, title, n in assistant.status().document_list
    ]
    assert data == assistant.status().to_dict()  # one shape for the CLI and the API


@pytest.mark.parametrize("args", [["--help"], ["ask", "--help"], ["index", "--help"]])
def test_help_is_instant_it_imports_no_heavy_module(args):
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, *args],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Usage: exorag" in done.stdout
    assert done.stdout.splitlines()[-1] == "heavy:"


def test_an_up_to_date_index_is_checked_without_the_model(shipped_index):
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, "index", *dirs(shipped_index)],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert f"Index {shipped_index.index_dir} is up to date: 2 documents" in done.stdout
    heavy = done.stdout.splitlines()[-1].split()
    assert "torch" not in heavy and "sentence_transformers" not in heavy  # no model
    assert "chromadb" not in heavy  # a local index is read through the folder collection
    assert "Embedding" not in done.stderr  # no progress bar when nothing is embedded
