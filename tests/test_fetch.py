"""fetch.py against a real local HTTP server: downloads, conversions, failures, offline runs."""

from __future__ import annotations

import hashlib
import re
import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import FETCH_DATA, Publisher

from exorag import Assistant
from exorag.cli import main
from exorag.config import Settings
from exorag.corpus import full_text_path, read_document, read_full_text
from exorag.errors import ConversionError, FetchError, UnknownDocumentError
from exorag.fetch import FetchLimits, convert, download, fetch_full_texts, full_text_source
from exorag.index import build_index, passage_chunks

FULL_TEXT_QUESTION = "In what share of patients with bone metastasis was OSTEOMIR-417 detected?"


def stored_meta(path: Path) -> dict:
    return yaml.safe_load(path.read_text().split("---")[1])


def test_markdown_full_text_is_stored_beside_the_document(
    fetch_settings: Settings, publisher: Publisher, limits: FetchLimits
) -> None:
    [result] = fetch_full_texts(fetch_settings, ["alpha"], limits=limits)

    target = fetch_settings.corpus_dir / "alpha.fulltext.md"
    assert (result.status, result.path) == ("fetched", target)
    meta = stored_meta(target)
    source = (FETCH_DATA / "full.md").read_bytes()
    assert meta["source_url"] == f"{publisher.url}/full.md"
    assert meta["sha256"] == hashlib.sha256(source).hexdigest()
    assert meta["content_type"] == "text/markdown"
    assert meta["fetched_at"].endswith("+00:00")
    text, body_start = read_full_text(target)
    assert text[body_start:].strip() == source.decode().strip()


def test_html_page_becomes_markdown_with_headings_and_no_page_furniture(
    fetch_settings: Settings, limits: FetchLimits
) -> None:
    [result] = fetch_full_texts(fetch_settings, ["beta"], limits=limits)

    assert result.status == "fetched", result.message
    text, body_start = read_full_text(result.path)
    body = text[body_start:]
    assert "# Exosomes and drug resistance in non-small cell lung cancer" in body
    assert "## Transfer of resistance" in body
    assert "spread resistance to EGFR inhibitors" in body  # the link became its text
    assert "- Exosomes move between tumour cells." in body
    for furniture in ("tracker", "font-family", "Journals", "Copyright", "<"):
        assert furniture not in body
    assert stored_meta(result.path)["content_type"] == "text/html"


def test_fetched_full_text_is_chunked_with_its_headings_as_full_text_passages(
    fetch_settings: Settings, limits: FetchLimits
) -> None:
    fetch_full_texts(fetch_settings, ["alpha"], limits=limits)

    document = read_document(fetch_settings.corpus_dir / "alpha.md")
    full = [c for c in passage_chunks(document, fetch_settings) if c.source == "full_text"]
    results = next(c for c in full if "OSTEOMIR-417" in c.text)
    assert results.section == "Results"


def test_documents_without_a_link_are_skipped_and_unknown_ids_refused(
    fetch_settings: Settings, limits: FetchLimits
) -> None:
    [result] = fetch_full_texts(fetch_settings, ["gamma"], limits=limits)
    assert result.status == "skipped"
    assert not full_text_path(fetch_settings.corpus_dir / "gamma.md").exists()
    with pytest.raises(UnknownDocumentError, match="'nope'"):
        fetch_full_texts(fetch_settings, ["nope"], limits=limits)


def test_doi_is_the_fallback_source() -> None:
    document = read_document(FETCH_DATA / "corpus" / "alpha.md")
    assert full_text_source(document) == "http://publisher.invalid/full.md"
    assert (
        full_text_source(replace(document, full_text_url=""))
        == "https://doi.org/10.9999/example.alpha"
    )


def test_unchanged_content_is_not_rewritten_and_changed_content_is(
    fetch_settings: Settings, publisher: Publisher, limits: FetchLimits
) -> None:
    [first] = fetch_full_texts(fetch_settings, ["alpha"], limits=limits)
    before = first.path.read_bytes()
    stat = first.path.stat()

    [again] = fetch_full_texts(fetch_settings, ["alpha"], limits=limits)
    assert again.status == "unchanged"
    assert first.path.read_bytes() == before
    assert (first.path.stat().st_ino, first.path.stat().st_mtime_ns) == (
        stat.st_ino,
        stat.st_mtime_ns,
    )

    [forced] = fetch_full_texts(fetch_settings, ["alpha"], force=True, limits=limits)
    assert forced.status == "fetched"
    assert first.path.stat().st_ino != stat.st_ino  # replaced by a new file

    publisher.routes["/full.md"].body += b"\n## Addendum\n\nA correction was issued.\n"
    [changed] = fetch_full_texts(fetch_settings, ["alpha"], limits=limits)
    assert changed.status == "fetched"
    assert "A correction was issued." in first.path.read_text()


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/slow", "timed out after 1 s"),
        ("/big.txt", "larger than the 16 kB limit"),
        ("/big-stream.txt", "larger than the 16 kB limit"),
        ("/image.png", "sent image/png, not Markdown, text, HTML or PDF"),
        ("/loop", "more than 3 redirects"),
        ("/to-ftp", "redirected to a URL that is not http(s)"),
        ("/down.md", "HTTP 503 Service Unavailable"),
    ],
)
def test_download_failures_say_what_failed(
    publisher: Publisher, limits: FetchLimits, path: str, reason: str
) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=re.escape(reason)):
        download(publisher.url + path, limits)
    assert time.monotonic() - started < 3


def test_a_failed_dns_lookup_is_named_as_such(
    monkeypatch: pytest.MonkeyPatch, limits: FetchLimits
) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    # Stands in for being offline without asking a real resolver.
    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(FetchError, match=r"DNS lookup failed for publisher\.example: offline"):
        download("https://publisher.example/paper.md", limits)


def test_only_http_and_https_urls_are_fetched(limits: FetchLimits) -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x.md", "javascript:alert(1)", "/x"):
        with pytest.raises(FetchError, match="only http and https"):
            download(url, limits)


def test_redirects_are_followed_and_5xx_retried(publisher: Publisher, limits: FetchLimits) -> None:
    redirected = download(publisher.url + "/redirect", limits)
    assert redirected.final_url == publisher.url + "/full.md"
    assert redirected.media_type == "text/markdown"

    flaky = download(publisher.url + "/flaky.md", limits)
    assert flaky.content == (FETCH_DATA / "full.md").read_bytes()
    assert publisher.routes["/flaky.md"].hits == 2
    with pytest.raises(FetchError):
        download(publisher.url + "/down.md", limits)
    assert publisher.routes["/down.md"].hits == 1 + limits.retries


def test_a_publishers_own_front_matter_is_dropped_from_markdown() -> None:
    converted = convert(
        b"---\ntitle: Theirs\n---\n# The paper\n\nBody.\n", "text/markdown", None, "x.md"
    )
    assert (converted.text, converted.title) == ("# The paper\n\nBody.", "The paper")


def test_a_page_with_no_text_is_a_conversion_failure(
    publisher: Publisher, limits: FetchLimits
) -> None:
    fetched = download(publisher.url + "/empty.html", limits)
    with pytest.raises(ConversionError, match="holds no text"):
        convert(fetched.content, fetched.media_type, fetched.charset, fetched.final_url)


def test_a_failed_fetch_keeps_what_was_fetched_before(
    fetch_settings: Settings, publisher: Publisher, limits: FetchLimits
) -> None:
    [first] = fetch_full_texts(fetch_settings, ["alpha"], limits=limits)
    kept = first.path.read_bytes()

    publisher.routes["/full.md"] = publisher.routes["/missing"]
    [failed] = fetch_full_texts(fetch_settings, ["alpha"], force=True, limits=limits)
    assert failed.failed and "HTTP 404" in failed.message
    assert first.path.read_bytes() == kept

    publisher.stop()
    [offline] = fetch_full_texts(fetch_settings, ["alpha"], force=True, limits=limits)
    assert offline.failed and "connection refused" in offline.message
    assert first.path.read_bytes() == kept
    assert sorted(p.name for p in fetch_settings.corpus_dir.iterdir()) == [
        "alpha.fulltext.md",
        "alpha.md",
        "beta.md",
        "gamma.md",
    ]


def test_cli_fetch_reports_each_document_and_fails_when_one_failed(
    fetch_corpus: Path, publisher: Publisher
) -> None:
    (fetch_corpus / "beta.md").write_text(
        (fetch_corpus / "beta.md").read_text().replace("/article.html", "/missing")
    )
    result = CliRunner().invoke(main, ["fetch", "--corpus", str(fetch_corpus)])

    assert result.exit_code == 1
    assert f"alpha: fetched: 1 kB of text/markdown from {publisher.url}/full.md" in result.stdout
    assert "gamma: skipped" in result.stdout
    assert f"beta: failed: HTTP 404 Not Found from {publisher.url}/missing" in result.stderr
    assert "1 of 3 fetches failed (beta)" in result.stderr
    assert "Traceback" not in result.output


def test_cli_fetch_of_one_document(fetch_corpus: Path) -> None:
    result = CliRunner().invoke(main, ["fetch", "--corpus", str(fetch_corpus), "--doc", "beta"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in fetch_corpus.glob("*.fulltext.md")] == ["beta.fulltext.md"]


def test_fetch_then_index_answers_from_the_full_text_and_survives_going_offline(
    fetch_settings: Settings, publisher: Publisher, limits: FetchLimits
) -> None:
    assistant = Assistant(settings=fetch_settings)
    build_index(fetch_settings)
    assert "83 percent" not in assistant.ask(FULL_TEXT_QUESTION).text

    fetch_full_texts(fetch_settings, ["alpha"], limits=limits)
    report = build_index(fetch_settings)
    assert report.updated == ("alpha",)
    assert set(report.unchanged) == {"beta", "gamma"}
    assert_answered_from_full_text(assistant)

    publisher.stop()
    [offline] = fetch_full_texts(fetch_settings, ["alpha"], limits=limits)
    assert offline.failed
    assert not build_index(fetch_settings).changed
    assert_answered_from_full_text(Assistant(settings=fetch_settings))


def assert_answered_from_full_text(assistant: Assistant) -> None:
    answer = assistant.ask(FULL_TEXT_QUESTION)
    assert not answer.abstained
    assert "83 percent" in answer.text
    cited = next(c for c in answer.citations if "83 percent" in c.text)
    assert (cited.doc_id, cited.source, cited.section) == ("alpha", "full_text", "Results")
