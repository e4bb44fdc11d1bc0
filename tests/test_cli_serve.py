"""`exorag serve`: loopback by default, a warning and --auth for other hosts, index built first."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from exorag import Assistant
from exorag.cli import main
from exorag.ui import launch

DOCUMENT = """---
id: tiny
title: A tiny review of exosomes
authors: [Ada Lovelace]
date: "2024-05-01"
doi: 10.1000/tiny
---

# Summary

Exosomes are extracellular vesicles with a diameter of 40-160 nm.
"""


@dataclass
class Launches:
    """What `exorag serve` asked ``exorag.ui.launch`` to serve, instead of serving it."""

    calls: list[tuple[Assistant, str, int, tuple[str, str] | None]] = field(default_factory=list)

    def __call__(self, assistant: Assistant, host: str, port: int, auth=None) -> Launches:
        self.calls.append((assistant, host, port, auth))
        return self

    def block_thread(self) -> None:
        """The real app blocks until Ctrl+C; the test is done at once."""


@pytest.fixture
def launches(monkeypatch: pytest.MonkeyPatch) -> Launches:
    recorder = Launches()
    monkeypatch.setattr("exorag.ui.launch", recorder)
    return recorder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny-corpus")
    (folder / "tiny.md").write_text(DOCUMENT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def index(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny-index")
    Assistant(index_dir=folder, corpus_dir=corpus).build_index()
    return folder


def serve(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, ["serve", *args], env={"EXORAG_AUTH": None, **(env or {})})


def test_serve_builds_a_missing_index_then_serves_on_loopback(launches, corpus, tmp_path):
    result = serve("--corpus", str(corpus), "--index", str(tmp_path / "index"))

    assert result.exit_code == 0, result.output
    assert "building it first" in result.stderr
    assert "Warning" not in result.stderr
    assistant, host, port, auth = launches.calls[0]
    assert (host, port, auth) == ("127.0.0.1", 7860, None)
    assert assistant.status().documents == 1


def test_serve_warns_when_other_hosts_can_reach_it_without_auth(launches, corpus, index):
    result = serve("--corpus", str(corpus), "--index", str(index), "--host", "0.0.0.0")

    assert result.exit_code == 0, result.output
    assert "Warning: serving on 0.0.0.0 without --auth" in result.stderr
    assert "building" not in result.stderr


def test_auth_from_option_or_environment_silences_the_warning(launches, corpus, index):
    dirs = ("--corpus", str(corpus), "--index", str(index), "--host", "0.0.0.0")
    by_option = serve(*dirs, "--auth", "ada:s3cret:x")
    by_env = serve(*dirs, env={"EXORAG_AUTH": "bob:pw", "GRADIO_SERVER_PORT": "7999"})

    assert "Warning" not in by_option.stderr + by_env.stderr
    assert [(port, auth) for _, _, port, auth in launches.calls] == [
        (7860, ("ada", "s3cret:x")),
        (7999, ("bob", "pw")),
    ]


def test_malformed_auth_is_refused(launches, corpus, index):
    result = serve("--corpus", str(corpus), "--index", str(index), "--auth", "nopassword")

    assert result.exit_code == 2
    assert "expected USER:PASSWORD" in result.stderr
    assert not launches.calls


def test_running_app_requires_its_login(corpus, index):
    from gradio_client import Client
    from gradio_client.exceptions import AuthenticationError

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = launch(Assistant(index_dir=index, corpus_dir=corpus), "127.0.0.1", port, ("ada", "pw"))
    url = f"http://127.0.0.1:{port}/"
    try:
        with pytest.raises(AuthenticationError):
            Client(url, verbose=False, analytics_enabled=False)
        client = Client(url, auth=("ada", "pw"), verbose=False, analytics_enabled=False)
        answer = client.predict("What is the diameter of exosomes?", api_name="/ask")
        assert "40-160 nm" in answer["answer"]
    finally:
        app.close()
