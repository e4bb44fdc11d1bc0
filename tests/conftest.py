"""Shared fixtures: a real HTTP server on 127.0.0.1 standing in for a publisher, a real
index (real model, real Chroma) of the shipped corpus, built once per session, and a real
Chroma server (``chroma run``) for client-server mode."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from exorag import Answer, Assistant
from exorag.config import Settings
from exorag.fetch import FetchLimits
from exorag.index import build_index

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
DATA = Path(__file__).parent / "data"
FETCH_DATA = DATA / "fetch"
# The publisher's address in the fixture corpus's front matter, replaced by the live server's.
PLACEHOLDER_URL = "http://publisher.invalid"


@dataclass
class Route:
    """What the publisher answers on one path."""

    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    send_length: bool = True
    fail_first: int = 0  # answer 503 this many times before succeeding
    hits: int = 0


def _routes() -> dict[str, Route]:
    full_md = (FETCH_DATA / "full.md").read_bytes()
    return {
        "/full.md": Route(full_md, "text/markdown; charset=utf-8"),
        "/article.html": Route((FETCH_DATA / "article.html").read_bytes(), "text/html"),
        "/missing": Route(b"gone", status=404),
        "/slow": Route(full_md, "text/markdown", delay=3.0),
        "/big.txt": Route(b"exosome " * 8192),
        "/big-stream.txt": Route(b"exosome " * 8192, send_length=False),
        "/image.png": Route(b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        "/redirect": Route(status=302, headers={"Location": "/full.md"}),
        "/loop": Route(status=302, headers={"Location": "/loop"}),
        "/to-ftp": Route(status=302, headers={"Location": "ftp://127.0.0.1/full.md"}),
        "/flaky.md": Route(full_md, "text/markdown", fail_first=1),
        "/down.md": Route(full_md, "text/markdown", fail_first=99),
        "/empty.html": Route(b"<html><body><script>app()</script></body></html>", "text/html"),
    }


class _Handler(BaseHTTPRequestHandler):
    server: _PublisherServer

    def do_GET(self) -> None:
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        route.hits += 1
        time.sleep(route.delay)
        if route.hits <= route.fail_first:
            self.send_error(503)
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.send_length:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (timeout or size tests)
            self.wfile.write(route.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _PublisherServer(ThreadingHTTPServer):
    routes: dict[str, Route]


class Publisher:
    """A live HTTP server on a free port of 127.0.0.1; ``routes`` may be changed by a test."""

    def __init__(self) -> None:
        self.server = _PublisherServer(("127.0.0.1", 0), _Handler)
        self.server.routes = _routes()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        # A short poll interval makes stop() (and so each test's teardown) quick.
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        self.running = True

    @property
    def routes(self) -> dict[str, Route]:
        return self.server.routes

    def stop(self) -> None:
        """Go offline: the port is closed, so connections are refused."""
        if self.running:
            self.server.shutdown()
            self.server.server_close()
            self.running = False


@pytest.fixture
def publisher() -> Iterator[Publisher]:
    server = Publisher()
    yield server
    server.stop()


@pytest.fixture
def fetch_corpus(tmp_path: Path, publisher: Publisher) -> Path:
    """A temp copy of tests/data/fetch/corpus whose full-text links point at the publisher."""
    corpus = tmp_path / "corpus"
    shutil.copytree(FETCH_DATA / "corpus", corpus)
    for path in corpus.glob("*.md"):
        path.write_text(path.read_text().replace(PLACEHOLDER_URL, publisher.url))
    return corpus


@pytest.fixture
def fetch_settings(fetch_corpus: Path, tmp_path: Path) -> Settings:
    return Settings(corpus_dir=fetch_corpus, index_dir=tmp_path / "index")


@pytest.fixture
def limits() -> FetchLimits:
    """Short limits so that timeout, size and retry tests run in about a second."""
    return FetchLimits(timeout=1.0, max_bytes=16 * 1024, retries=2, backoff=0.01, max_redirects=3)


def printed_by_fresh_python(code: str, timeout: float = 120) -> list[str]:
    """Run ``code`` in a new interpreter (nothing imported yet) and return the words it
    printed; it must succeed."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def write_document(folder: Path, name: str, body: str, **front: object) -> Path:
    """Write ``folder/name`` as a corpus document: YAML front matter (a title by default from
    the file name, then ``front``), then the Markdown ``body``.
    """
    import yaml

    front = {"title": name.removesuffix(".md").replace("-", " ").capitalize(), **front}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{header}---\n{body}", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of a real index of the repo's corpus/, built once per session.

    The corpus is copied first, so that edits to corpus/ during a run cannot change it.
    """
    root = tmp_path_factory.mktemp("shipped")
    shutil.copytree(CORPUS, root / "corpus")
    settings = Settings(corpus_dir=root / "corpus", index_dir=root / "index")
    build_index(settings)
    return settings


@pytest.fixture(scope="session")
def assistant(shipped_index: Settings) -> Assistant:
    """One ``Assistant`` over the shipped index, shared by the session (it loads once)."""
    return Assistant(index_dir=shipped_index.index_dir, corpus_dir=shipped_index.corpus_dir)


TINY_CORPUS = DATA / "tiny"


def shown(answer: Answer) -> tuple[str, list[tuple[str, str]]]:
    """What a user sees of an answer: its text and the passages it cites."""
    return answer.text, [(c.doc_id, c.text) for c in answer.citations]


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """A writable copy of tests/data/tiny: three short reviews, one in Chinese, and a glossary.

    Seven passages: indexing it takes well under a second once the model is loaded.
    """
    corpus = tmp_path / "corpus"
    shutil.copytree(TINY_CORPUS, corpus)
    return corpus


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ChromaServer:
    """A real ``chroma run`` process on 127.0.0.1 (a free port unless given), storing under
    ``path``; started again on the same path and port, it serves the same collections.
    """

    def __init__(self, path: Path, port: int | None = None) -> None:
        port = port or free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.log = path.with_name(path.name + ".log")
        chroma = Path(sys.executable).with_name("chroma")
        command = [chroma, "run", "--path", path, "--host", "127.0.0.1", "--port", str(port)]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            self._wait_for_heartbeat(timeout=60)
        except BaseException:
            self.stop()
            raise

    def _wait_for_heartbeat(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self.log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"chroma run exited ({self.process.returncode}): {tail}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"chroma run did not answer at {self.url} within {timeout} s")

    def collections(self) -> list[str]:
        return [c.name for c in self.client().list_collections()]

    def client(self):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        host, port = self.url.removeprefix("http://").split(":")
        return chromadb.HttpClient(
            host=host, port=int(port), settings=ChromaSettings(anonymized_telemetry=False)
        )

    def wipe(self) -> None:
        """Delete every collection, so that each test starts from an empty server."""
        client = self.client()
        for name in self.collections():
            client.delete_collection(name)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """One real Chroma server for a test module, stopped at its end."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma") / "db")
    yield server
    server.stop()


@pytest.fixture
def chroma_url(chroma_server: ChromaServer) -> str:
    """The module's Chroma server's address, emptied for this test."""
    chroma_server.wipe()
    return chroma_server.url
