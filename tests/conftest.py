"""Shared fixtures: a real HTTP server on 127.0.0.1 standing in for a publisher."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from exorag.config import Settings
from exorag.fetch import FetchLimits

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
