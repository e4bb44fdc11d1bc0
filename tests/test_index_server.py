"""Client-server mode: the index kept on a real Chroma server (``chroma run``) for a team."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ChromaServer, free_port, shown

from exorag import Assistant
from exorag.cli import main
from exorag.config import Settings
from exorag.errors import IndexMissingError, IndexServerError
from exorag.index import build_index, live_build_id

QUESTIONS = (
    "What is the diameter of exosomes?",
    "外泌体的直径是多少？",
    "How do exosomes promote osteoclast formation?",
    "What is the capital of France?",
)
PASSAGES = "exorag_passages."


def server_settings(corpus: Path, index_dir: Path, url: str) -> Settings:
    return Settings(corpus_dir=corpus, index_dir=index_dir, chroma_url=url)


@pytest.fixture
def indexed(chroma_url: str, tiny_corpus: Path, tmp_path: Path) -> Settings:
    """The tiny corpus indexed on the module's server; the writer's own folder holds its lock."""
    settings = server_settings(tiny_corpus, tmp_path / "writer", chroma_url)
    build_index(settings)
    return settings


def colleague(settings: Settings, tmp_path: Path) -> Assistant:
    """An assistant on another machine: the same server, an empty index folder of its own."""
    return Assistant(settings=replace(settings, index_dir=tmp_path / "colleague"))


def test_a_second_machine_with_an_empty_index_folder_answers_the_same(
    chroma_url: str, tiny_corpus: Path, tmp_path: Path
) -> None:
    writer = ["--corpus", str(tiny_corpus), "--index", str(tmp_path / "writer")]
    indexed = CliRunner().invoke(main, ["index", *writer, "--chroma-url", chroma_url])
    assert indexed.exit_code == 0, indexed.output
    assert f"Indexed the Chroma server at {chroma_url}: 3 added" in indexed.output

    local = Assistant(index_dir=tmp_path / "local", corpus_dir=tiny_corpus)
    local.build_index()
    second_machine = tmp_path / "second-machine"
    second_machine.mkdir()
    # No corpus either: the glossary that bridges Chinese questions comes from the server too.
    remote = Assistant(settings=server_settings(tmp_path / "no-corpus", second_machine, chroma_url))
    for question in QUESTIONS:
        assert shown(remote.ask(question)) == shown(local.ask(question)), question
    assert remote.status().documents == 3
    assert list(second_machine.iterdir()) == []


def test_every_index_command_takes_chroma_url_and_its_environment_variable(
    chroma_url: str, tiny_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, command in main.commands.items():
        options = {option for param in command.params for option in param.opts}
        if "--index" in options:
            assert "--chroma-url" in options, name

    runner = CliRunner()
    monkeypatch.setenv("EXORAG_CHROMA_URL", chroma_url)
    monkeypatch.setenv("EXORAG_INDEX_DIR", str(tmp_path / "empty"))
    monkeypatch.setenv("EXORAG_CORPUS_DIR", str(tiny_corpus))
    assert runner.invoke(main, ["index"]).exit_code == 0
    monkeypatch.delenv("EXORAG_CORPUS_DIR")

    docs = runner.invoke(main, ["docs", "--json"])
    assert docs.exit_code == 0, docs.output
    assert {d["doc_id"] for d in json.loads(docs.output)["documents"]} == {
        "bone",
        "review-zh",
        "vesicles",
    }
    asked = runner.invoke(main, ["ask", QUESTIONS[0], "--json"])
    assert asked.exit_code == 0, asked.output
    assert json.loads(asked.output)["citations"][0]["doc_id"] == "vesicles"

    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        json.dumps({"question": QUESTIONS[0], "evidence": ["30 to 150 nanometers"]}) + "\n"
    )
    evaluated = runner.invoke(main, ["eval", str(questions), "--json"])
    assert json.loads(evaluated.output)["counts"]["questions"] == 1, evaluated.output
    assert not list((tmp_path / "empty").glob("builds"))


def test_a_server_build_is_swapped_in_whole_and_the_one_before_is_kept(
    chroma_server: ChromaServer, indexed: Settings, tmp_path: Path
) -> None:
    settings = indexed
    first = live_build_id(settings)
    reader = colleague(settings, tmp_path)
    assert reader.ask(QUESTIONS[0]).citations[0].doc_id == "vesicles"

    bone = settings.corpus_dir / "bone.md"
    bone.write_text(
        bone.read_text() + "\n## Calcium\n\nOsteolytic lesions release calcium into the blood.\n"
    )
    assert build_index(settings).updated == ("bone",)
    second = live_build_id(settings)
    assert second != first
    assert set(chroma_server.collections()) == {
        "exorag_meta",
        PASSAGES + first,
        PASSAGES + second,
    }
    # The reader checks the live build on every question and picks the new one up.
    assert "calcium" in reader.ask("What do osteolytic lesions release?").text

    build_index(settings, rebuild=True)
    third = live_build_id(settings)
    assert set(chroma_server.collections()) == {
        "exorag_meta",
        PASSAGES + second,
        PASSAGES + third,
    }
    meta = chroma_server.client().get_collection("exorag_meta")
    assert set(meta.get()["ids"]) == {"live", f"manifest:{second}", f"manifest:{third}"}


def test_builds_of_killed_writers_are_pruned_but_not_another_machines_recent_one(
    chroma_server: ChromaServer, indexed: Settings
) -> None:
    settings = indexed
    live = live_build_id(settings)
    host = live[16:].rsplit("-", 2)[0]
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    now = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    long_ago = "20200101T000000"
    killed_here = f"{now}-{host}-{ended.pid}-aaaaaa"
    elsewhere_now = f"{now}-other-machine-4242-bbbbbb"
    elsewhere_long_ago = f"{long_ago}-other-machine-4242-cccccc"
    client = chroma_server.client()
    for name in (killed_here, elsewhere_now, elsewhere_long_ago):
        client.create_collection(PASSAGES + name)

    build_index(settings, rebuild=True)
    assert set(chroma_server.collections()) == {
        "exorag_meta",
        PASSAGES + live,
        PASSAGES + live_build_id(settings),
        PASSAGES + elsewhere_now,  # may still be that machine's build in progress
    }


def test_a_killed_server_build_leaves_the_live_index_answering(
    chroma_server: ChromaServer, indexed: Settings, tmp_path: Path
) -> None:
    settings = indexed
    live = live_build_id(settings)
    reader = colleague(settings, tmp_path)
    before = shown(reader.ask(QUESTIONS[0]))

    exorag = Path(sys.executable).with_name("exorag")
    places = ["--corpus", settings.corpus_dir, "--index", settings.index_dir]
    places += ["--chroma-url", settings.chroma_url]
    writer = subprocess.Popen(
        [exorag, "index", "--rebuild", *places],
        env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while len(chroma_server.collections()) < 3 and writer.poll() is None:
            assert time.monotonic() < deadline, "the writer never started its build"
            time.sleep(0.05)
        assert writer.poll() is None, "the writer finished before it could be killed"
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait()

    assert live_build_id(settings) == live
    assert shown(reader.ask(QUESTIONS[0])) == before
    killed = set(chroma_server.collections()) - {"exorag_meta", PASSAGES + live}
    assert len(killed) == 1  # the killed writer's build is left until the next build
    build_index(settings, rebuild=True)
    assert shown(reader.ask(QUESTIONS[0])) == before
    assert set(chroma_server.collections()) == {
        "exorag_meta",
        PASSAGES + live,
        PASSAGES + live_build_id(settings),
    }


def test_an_unreachable_or_misspelt_server_is_one_clear_line(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    nobody = f"http://127.0.0.1:{free_port()}"
    runner = CliRunner()
    for args in (["ask", QUESTIONS[0]], ["docs"], ["index", "--corpus", str(tiny_corpus)]):
        result = runner.invoke(main, [*args, "--index", str(tmp_path), "--chroma-url", nobody])
        assert result.exit_code == 1, result.output
        assert result.output.startswith(f"Error: the Chroma server at {nobody} failed")
        assert "Traceback" not in result.output
    for url in ("localhost:8000", "ftp://127.0.0.1:8000", "http://127.0.0.1:port"):
        result = runner.invoke(main, ["docs", "--chroma-url", url])
        assert result.exit_code == 1
        assert "is not a Chroma server address; expected http://HOST:PORT" in result.output


def test_an_empty_server_says_how_to_build_the_index(chroma_url: str, tmp_path: Path) -> None:
    assistant = Assistant(settings=server_settings(tmp_path, tmp_path / "index", chroma_url))
    with pytest.raises(IndexMissingError, match=f"exorag index --chroma-url {chroma_url}"):
        assistant.ask(QUESTIONS[0])


def test_a_server_going_down_is_a_typed_error_and_its_return_is_picked_up(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    server = ChromaServer(tmp_path / "db")
    try:
        settings = server_settings(tiny_corpus, tmp_path / "writer", server.url)
        build_index(settings)
        reader = colleague(settings, tmp_path)
        before = shown(reader.ask(QUESTIONS[0]))
        server.stop()
        with pytest.raises(IndexServerError, match="Check that it is running"):
            reader.ask(QUESTIONS[0])
        server = ChromaServer(tmp_path / "db", port=int(server.url.rsplit(":", 1)[1]))
        assert shown(reader.ask(QUESTIONS[0])) == before
    finally:
        server.stop()
