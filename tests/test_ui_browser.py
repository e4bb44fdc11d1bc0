"""The chat UI in a real headless Chromium, over a real index: answers, sources, escaping, /ask."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from exorag import Answer, Assistant
from exorag.config import Settings
from exorag.ui import CONCURRENCY, launch

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
# The README's picture is retaken only on request, so that a test run leaves the tree clean.
SCREENSHOT = ROOT / "docs" / "screenshot.png"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 90_000  # the first question loads the model
TKI_QUESTION = "What are the mechanisms of TKI resistance?"
FONC_TITLE = (
    "Exosome, an important transmitter in the drug resistance of non-small cell lung cancer"
)
PMC_TITLE = "Mechanisms of Exosomes in Lung Cancer Bone Metastasis and Related Clinical Advances"

HOSTILE_DOCUMENT = """---
id: hostile
title: 'Hostile <b>review</b> <img src=x onerror="window.__xss=3">'
authors: ['Mallory <script>window.__xss=4</script>']
date: "2024-01-01"
url: "javascript:window.__xss=5"
---

# Marker proteins

Old notes hold <img src=x onerror="window.__xss=1"> as a stray tag.

Exosomes carry the marker protein XSSPROBE in every sample <script>window.__xss=2</script> \
and [a link](https://evil.example/) and $$x^2$$.
"""

pytestmark = pytest.mark.browser


class RecordingAssistant(Assistant):
    """The real ``Assistant``, remembering each question's history and able to hold answers."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.histories: list[list[str]] = []
        self.gate: threading.Event | None = None

    def _record(self, history) -> None:
        self.histories.append(list(history or []))
        if self.gate is not None:
            self.gate.wait(timeout=30)

    def ask(self, question: str, top_k: int = 5, doc_ids=None, history=None) -> Answer:
        self._record(history)
        return super().ask(question, top_k=top_k, doc_ids=doc_ids, history=history)

    def ask_stream(self, question: str, top_k: int = 5, doc_ids=None, history=None):
        self._record(history)
        return super().ask_stream(question, top_k=top_k, doc_ids=doc_ids, history=history)


@contextmanager
def serving(assistant: Assistant) -> Iterator[str]:
    """The UI for ``assistant`` on a free port of 127.0.0.1, in a background thread."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = launch(assistant, "127.0.0.1", port)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()


@pytest.fixture(scope="module")
def recording_assistant(shipped_index: Settings) -> RecordingAssistant:
    return RecordingAssistant(settings=shipped_index)


@pytest.fixture(scope="module")
def app_url(recording_assistant: RecordingAssistant) -> Iterator[str]:
    with serving(recording_assistant) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh tab that may not reach the internet: the UI must load and work offline."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    external: list[str] = []

    def refuse(route) -> None:
        external.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith("http://127.0.0.1:"), refuse)
    page = context.new_page()
    yield page
    context.close()
    assert not external, f"the page asked the internet for {external}"


def open_ui(page, url: str) -> None:
    from playwright.sync_api import expect

    page.goto(url, wait_until="domcontentloaded")
    expect(page.locator("#exorag-status")).to_contain_text("passages", timeout=TIMEOUT_MS)


def ask(page, question: str):
    """Type ``question``, press Ask, and return the chat reply it gets."""
    from playwright.sync_api import expect

    replies = page.locator("#exorag-chat .answer, #exorag-chat .error")
    before = replies.count()
    page.locator("#exorag-question textarea").fill(question)
    page.locator("#exorag-ask").click()
    reply = replies.nth(before)
    expect(reply).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.locator("#exorag-ask")).to_be_enabled(timeout=TIMEOUT_MS)
    return reply


def test_english_question_is_answered_with_linked_highlighted_sources(page, app_url):
    from playwright.sync_api import expect

    open_ui(page, app_url)
    reply = ask(page, TKI_QUESTION)

    expect(reply).to_contain_text("tyrosine kinase inhibitors")
    marker = reply.locator("a.marker").first
    expect(marker).to_have_text("[1]")
    expect(marker).to_have_attribute("href", "#t1-src1")
    source = page.locator("#exorag-sources #t1-src1")
    expect(source).to_contain_text(FONC_TITLE)
    expect(source.locator("mark").first).to_contain_text("tyrosine kinase inhibitors")
    expect(source.locator("a[rel='noopener noreferrer']").first).to_have_attribute(
        "href", "https://doi.org/10.3389/fonc.2025.1539047"
    )
    marker.click()
    assert page.url.endswith("#t1-src1")
    expect(page.locator("#t1-src1:target")).to_be_visible()

    page.get_by_text("Copy as Markdown").click()
    markdown = page.locator("#exorag-markdown")
    expect(markdown).to_contain_text("**References**")
    expect(markdown).to_contain_text("https://doi.org/10.3389/fonc.2025.1539047")


def test_chinese_question_is_answered_and_screenshot_saved(page, app_url, tmp_path):
    from playwright.sync_api import expect

    open_ui(page, app_url)
    reply = ask(page, "外泌体的直径是多少？")

    expect(reply).to_contain_text("40-160 nm")
    expect(reply.locator("a.marker").first).to_have_text("[1]")
    source = page.locator("#exorag-sources #t1-src1")
    expect(source).to_contain_text(PMC_TITLE)
    expect(source).to_contain_text("中文")
    expect(source.locator("mark").first).to_contain_text("直径为40-160 nm")
    page.mouse.move(0, 0)  # no hover effect in the picture
    target = SCREENSHOT if os.environ.get("EXORAG_UPDATE_SCREENSHOT") else tmp_path / "ui.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def test_follow_up_is_asked_with_the_earlier_question(page, app_url, recording_assistant):
    from playwright.sync_api import expect

    open_ui(page, app_url)
    ask(page, TKI_QUESTION)
    reply = ask(page, "and for immune checkpoint inhibitors?")

    assert recording_assistant.histories[-1] == [TKI_QUESTION]
    expect(reply).to_contain_text("immune checkpoint inhibitors")
    expect(reply.locator("a.marker").first).to_have_attribute("href", "#t2-src1")
    expect(page.locator("#exorag-sources #t2-src1")).to_contain_text(FONC_TITLE)
    expect(page.locator("#exorag-sources #t1-src1")).to_be_attached()  # earlier links still work

    page.locator("#exorag-chat button[aria-label='Clear']").click()
    expect(page.locator("#exorag-sources .source")).to_have_count(0)
    ask(page, TKI_QUESTION)
    assert recording_assistant.histories[-1] == []


def test_out_of_corpus_question_lists_closest_passages_as_such(page, app_url):
    from playwright.sync_api import expect

    open_ui(page, app_url)
    reply = ask(page, "What is the boiling point of liquid nitrogen on Mars?")

    expect(reply).to_contain_text("The corpus does not answer this question.")
    expect(reply.locator("a.marker")).to_have_count(0)
    expect(page.locator("#exorag-sources")).to_contain_text("Closest passages — none answers")
    expect(page.locator("#exorag-sources mark")).to_have_count(0)


def test_bad_input_gets_a_readable_message(page, app_url):
    from playwright.sync_api import expect

    open_ui(page, app_url)
    expect(ask(page, "   ")).to_contain_text("The question is empty")
    expect(ask(page, "exosome " * 300)).to_contain_text("the limit is 2000")
    page.locator("#exorag-documents label").filter(has_text=FONC_TITLE).click()
    page.locator("#exorag-documents label").filter(has_text=PMC_TITLE).click()
    expect(ask(page, TKI_QUESTION)).to_contain_text("Choose at least one document")
    expect(page.locator("#exorag-chat")).not_to_contain_text("Traceback")


def test_document_filter_limits_the_sources(page, app_url):
    from playwright.sync_api import expect

    open_ui(page, app_url)
    page.locator("#exorag-documents label").filter(has_text=FONC_TITLE).click()
    ask(page, TKI_QUESTION)

    titles = page.locator("#exorag-sources .source h3")
    expect(titles.first).to_be_visible()
    assert all(PMC_TITLE in t for t in titles.all_inner_texts())


def test_busy_state_while_answering(page, app_url, recording_assistant):
    from playwright.sync_api import expect

    open_ui(page, app_url)
    recording_assistant.gate = threading.Event()
    try:
        page.locator("#exorag-question textarea").fill(TKI_QUESTION)
        page.locator("#exorag-ask").click()
        expect(page.locator("#exorag-ask")).to_be_disabled()
        expect(page.locator("#exorag-ask")).to_have_text("Answering…")
        expect(page.locator("#exorag-chat")).to_contain_text(TKI_QUESTION)
    finally:
        recording_assistant.gate.set()
        recording_assistant.gate = None
    expect(page.locator("#exorag-chat .answer")).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.locator("#exorag-ask")).to_have_text("Ask")


def test_missing_index_is_explained_not_raised(page, tmp_path):
    from playwright.sync_api import expect

    with serving(Assistant(index_dir=tmp_path / "no-index", corpus_dir=CORPUS)) as url:
        page.goto(url, wait_until="domcontentloaded")
        expect(page.locator("#exorag-status")).to_contain_text("Run `exorag index`")
        expect(ask(page, TKI_QUESTION)).to_contain_text("No index at")


def test_corpus_html_is_shown_as_text_and_never_runs(page, tmp_path):
    from playwright.sync_api import expect

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.md").write_text(HOSTILE_DOCUMENT, encoding="utf-8")
    hostile = Assistant(index_dir=tmp_path / "index", corpus_dir=corpus)
    hostile.build_index()
    with serving(hostile) as url:
        open_ui(page, url)
        expect(page.locator("#exorag-documents")).to_contain_text("Hostile <b>review</b> <img")
        reply = ask(page, "Which marker protein do exosomes carry in every sample?")
        expect(reply).to_contain_text("XSSPROBE")
        sources = page.locator("#exorag-sources")
        expect(sources.locator(".source").first).to_be_visible()
        page.wait_for_timeout(500)  # an injected onerror would have fired by now

        assert page.evaluate("window.__xss") is None
        expect(sources).to_contain_text('<img src=x onerror="window.__xss=1">')
        expect(sources).to_contain_text("<script>window.__xss=2</script>")
        expect(sources).to_contain_text("[a link](https://evil.example/)")
        expect(sources).to_contain_text("Mallory <script>")
        for area in ("#exorag-chat", "#exorag-sources", "#exorag-documents"):
            assert page.locator(f"{area} img, {area} script, {area} b").count() == 0
        assert page.locator("a[href^='javascript'], a[href*='evil.example']").count() == 0
        assert page.locator("#exorag-chat .katex, #exorag-sources .katex").count() == 0


def test_ask_endpoint_through_gradio_client(app_url):
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(app_url, verbose=False, analytics_enabled=False)
    result = client.predict(TKI_QUESTION, api_name="/ask")

    assert result["question"] == TKI_QUESTION
    assert "[1]" in result["answer"] and not result["abstained"]
    assert result["citations"][0]["title"] == FONC_TITLE
    assert len(client.predict(TKI_QUESTION, 2, api_name="/ask")["citations"]) == 2
    with pytest.raises(AppError, match="question is empty"):
        client.predict("", api_name="/ask")


def test_ask_endpoint_serves_several_users_at_once(app_url, recording_assistant):
    from gradio_client import Client

    client = Client(app_url, verbose=False, analytics_enabled=False)
    calls = recording_assistant.histories
    recording_assistant.gate = threading.Event()
    try:
        before = len(calls)
        jobs = [client.submit(TKI_QUESTION, api_name="/ask") for _ in range(CONCURRENCY)]
        deadline = time.monotonic() + 30
        while len(calls) < before + CONCURRENCY and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(calls) == before + CONCURRENCY  # all inside ask() at once
    finally:
        recording_assistant.gate.set()
        recording_assistant.gate = None
    assert all(job.result(timeout=60)["citations"] for job in jobs)
