"""Download documents' full texts, convert them to Markdown, and store them beside the summaries.

A document's full text comes from its ``full_text_url`` or, failing that, from its DOI through
https://doi.org/. It is kept as ``corpus/<name>.fulltext.md`` (see ``corpus.full_text_path``)
with a small front matter recording where and when it was fetched and the sha256 of the bytes.
A failed fetch changes nothing on disk, so what was fetched before stays usable offline.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import re
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .config import Settings
from .corpus import FRONT_MATTER, full_text_path, list_documents, parse_yaml, read_full_text
from .errors import ConversionError, ExoragError, FetchError, UnknownDocumentError
from .files import write_atomically
from .types import Document

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PDF_TYPE = "application/pdf"
ACCEPTED_TYPES = MARKDOWN_TYPES | HTML_TYPES | {"text/plain", PDF_TYPE}
_ACCEPT_HEADER = (
    "text/markdown, text/html;q=0.9, application/xhtml+xml;q=0.9, "
    "text/plain;q=0.8, application/pdf;q=0.7"
)
# Page furniture that is never part of an article's text.
_HTML_NOISE = ("head", "script", "style", "noscript", "template", "nav", "footer", "form", "button")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
# A publisher's own front matter would otherwise follow ours and be indexed as text.


@dataclass(frozen=True)
class FetchLimits:
    """How long, how much and how often to try: the defaults suit a publisher's article page."""

    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    retries: int = 2
    backoff: float = 0.5
    max_redirects: int = 5


@dataclass(frozen=True)
class Download:
    """The bytes of one successful download and what the server said they are."""

    url: str
    final_url: str
    content: bytes
    media_type: str
    charset: str | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class Converted:
    """Text made from a download or a file: Markdown, and a title found in it ("" if none)."""

    text: str
    title: str


@dataclass(frozen=True)
class FetchResult:
    """What happened to one document: ``status`` is fetched, unchanged, skipped or failed."""

    doc_id: str
    status: str
    message: str
    url: str = ""
    path: Path | None = None

    @property
    def failed(self) -> bool:
        return self.status == "failed"


FetchProgress = Callable[[FetchResult], None]


def fetch_full_texts(
    settings: Settings,
    doc_ids: Sequence[str] | None = None,
    force: bool = False,
    progress: FetchProgress | None = None,
    limits: FetchLimits | None = None,
) -> list[FetchResult]:
    """Fetch the full text of each document (all, or those in ``doc_ids``), one result each.

    A full text whose fetched bytes have the sha256 already stored is not rewritten, unless
    ``force`` (e.g. to convert again after a converter upgrade). Failures are reported in the
    results, never raised, and leave any earlier full text in place.
    """
    limits = limits or FetchLimits()
    documents = _selected(list_documents(settings.corpus_dir).documents, doc_ids)
    results = []
    for document in documents:
        result = _fetch_one(document, force, limits)
        log.info("%s: %s: %s", result.doc_id, result.status, result.message)
        if progress:
            progress(result)
        results.append(result)
    return results


def full_text_source(document: Document) -> str:
    """The URL a document's full text is fetched from, or "" when it has none."""
    if document.full_text_url:
        return document.full_text_url
    if document.doi.startswith(("http://", "https://")):
        return document.doi
    return f"https://doi.org/{document.doi}" if document.doi else ""


def download(url: str, limits: FetchLimits | None = None) -> Download:
    """GET ``url`` (http or https only), following a few redirects, within the size cap.

    Connection failures and 5xx answers are retried ``limits.retries`` times with exponential
    backoff; everything else fails at once with a ``FetchError`` saying what went wrong.
    """
    import httpx

    limits = limits or FetchLimits()
    check_url(url)
    with httpx.Client(
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        timeout=limits.timeout,
        headers={"Accept": _ACCEPT_HEADER, "User-Agent": "exorag (offline research assistant)"},
    ) as client:
        attempt = 0
        while True:
            try:
                return _download_once(client, url, limits)
            except _Transient as exc:
                if attempt >= limits.retries:
                    tries = f" (tried {attempt + 1} times)" if attempt else ""
                    raise FetchError(f"{exc}{tries}") from exc
                log.info("%s; retrying", exc)
                time.sleep(limits.backoff * 2**attempt)
                attempt += 1


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) URL, before any network use."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"{url!r} is not an http(s) URL; only http and https are fetched")


def convert(content: bytes, media_type: str, charset: str | None, name: str) -> Converted:
    """Markdown from Markdown, plain text, HTML or PDF bytes; ``ConversionError`` if no text.

    ``name`` (a URL or file name) is what the error messages call the content.
    """
    if media_type in HTML_TYPES:
        converted = _html_to_markdown(content, charset)
    elif media_type == PDF_TYPE:
        converted = _pdf_to_text(content, name)
    elif media_type in MARKDOWN_TYPES or media_type == "text/plain":
        text = FRONT_MATTER.sub("", _decode(content, charset, name))
        heading = _MARKDOWN_HEADING.search(text) if media_type in MARKDOWN_TYPES else None
        converted = Converted(text.strip(), heading.group(1).strip() if heading else "")
    else:
        raise ConversionError(f"{name} is {media_type}, not Markdown, text, HTML or PDF")
    if not converted.text.strip():
        raise ConversionError(f"{name} holds no text (an empty page, or a scanned PDF?)")
    return converted


class _Transient(Exception):
    """A failure worth another try: the message is the one a ``FetchError`` would carry."""


def _selected(documents: Sequence[Document], doc_ids: Sequence[str] | None) -> list[Document]:
    if not doc_ids:
        return list(documents)
    by_id = {d.id: d for d in documents}
    unknown = [doc_id for doc_id in doc_ids if doc_id not in by_id]
    if unknown:
        raise UnknownDocumentError(
            f"no document with id {', '.join(map(repr, unknown))} in the corpus; "
            f"known ids: {', '.join(sorted(by_id))}"
        )
    return [by_id[doc_id] for doc_id in dict.fromkeys(doc_ids)]


def _fetch_one(document: Document, force: bool, limits: FetchLimits) -> FetchResult:
    url = full_text_source(document)
    if not url:
        return FetchResult(document.id, "skipped", "no full_text_url or doi in its front matter")
    target = full_text_path(document.path)
    try:
        fetched = download(url, limits)
        if not force and _stored_sha256(target) == fetched.sha256:
            return FetchResult(document.id, "unchanged", f"same content at {url}", url, target)
        converted = convert(fetched.content, fetched.media_type, fetched.charset, fetched.final_url)
        write_atomically(target, _full_text_file(fetched, converted.text))
    except ExoragError as exc:
        return FetchResult(document.id, "failed", str(exc), url)
    message = f"{_size(len(fetched.content))} of {fetched.media_type} from {fetched.final_url}"
    return FetchResult(document.id, "fetched", message, url, target)


def _download_once(client: httpx.Client, url: str, limits: FetchLimits) -> Download:
    import httpx

    host = urlsplit(url).netloc
    try:
        with client.stream("GET", url) as response:
            where = str(response.url)
            if response.status_code >= 500:
                raise _Transient(
                    f"HTTP {response.status_code} {response.reason_phrase} from {where}"
                )
            if response.status_code >= 400:
                raise FetchError(
                    f"HTTP {response.status_code} {response.reason_phrase} from {where}"
                )
            media_type, charset = _content_type(response.headers.get("content-type", ""))
            if media_type not in ACCEPTED_TYPES:
                raise FetchError(
                    f"{where} sent {media_type or 'no content type'}, not Markdown, text, "
                    "HTML or PDF"
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise FetchError(_too_large(where, limits.max_bytes))
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limits.max_bytes:
                    raise FetchError(_too_large(where, limits.max_bytes))
            return Download(url, where, bytes(body), media_type, charset)
    except httpx.TimeoutException as exc:
        raise FetchError(
            f"timed out after {limits.timeout:g} s waiting for {host}; try again later"
        ) from exc
    except httpx.ConnectError as exc:
        raise _connect_failure(exc, host) from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"more than {limits.max_redirects} redirects from {url}") from exc
    except httpx.UnsupportedProtocol as exc:
        raise FetchError(f"{url} redirected to a URL that is not http(s)") from exc
    except (httpx.ReadError, httpx.RemoteProtocolError) as exc:
        raise _Transient(f"connection to {host} broke off ({exc})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"could not download {url}: {exc}") from exc


def _connect_failure(exc: Exception, host: str) -> Exception:
    """Name the cause a user can act on: no DNS (offline?), refused, or unreachable."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return FetchError(f"DNS lookup failed for {host}: offline, or no such host")
        if isinstance(cause, ConnectionRefusedError):
            return _Transient(f"connection refused by {host}: is the server down?")
        cause = cause.__cause__ or cause.__context__
    return _Transient(f"could not connect to {host} ({exc})")


def _content_type(header: str) -> tuple[str, str | None]:
    message = Message()
    message["content-type"] = header or "application/octet-stream"
    return message.get_content_type(), message.get_content_charset()


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url} is larger than the {_size(max_bytes)} limit"


def _size(n_bytes: int) -> str:
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / 1024 / 1024:.3g} MB"
    return f"{max(n_bytes / 1024, 1):.0f} kB"


def _decode(content: bytes, charset: str | None, name: str) -> str:
    if b"\x00" in content:
        raise ConversionError(f"{name} is a binary file, not text")
    try:
        return content.decode(charset or "utf-8-sig")
    except LookupError:
        return _decode(content, None, name)  # an unknown charset name: assume UTF-8
    except UnicodeDecodeError as exc:
        encoding = charset or "UTF-8"
        raise ConversionError(f"{name} is not {encoding} text (byte {exc.start})") from exc


def _html_to_markdown(content: bytes, charset: str | None) -> Converted:
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    soup = BeautifulSoup(content, "html.parser", from_encoding=charset)
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if not title and soup.h1:
        title = soup.h1.get_text(" ", strip=True)
    for tag in soup(_HTML_NOISE):
        tag.decompose()
    # Links and images become their text: a cited passage should read as prose, and escapes
    # would show up verbatim in quotations.
    converter = MarkdownConverter(
        heading_style="ATX",
        bullets="-",
        strip=["a", "img"],
        escape_asterisks=False,
        escape_underscores=False,
    )
    markdown = converter.convert_soup(soup.body or soup)
    return Converted(re.sub(r"\n{3,}", "\n\n", markdown).strip(), " ".join(title.split()))


def _pdf_to_text(content: bytes, name: str) -> Converted:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(content))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title or "") if reader.metadata else ""
    except Exception as exc:  # pypdf raises many types (and plain ValueError) on damaged files
        raise ConversionError(f"{name} is not a readable PDF ({exc})") from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    return Converted(text, " ".join(str(title).split()))


def _stored_sha256(path: Path) -> str | None:
    """The sha256 recorded in an existing full text's front matter, if it can be read."""
    import yaml

    if not path.exists():
        return None
    try:
        text, body_start = read_full_text(path)
        meta = parse_yaml(text[:body_start].strip().removeprefix("---").removesuffix("---"))
    except (ExoragError, yaml.YAMLError):
        return None  # unreadable: rewrite it
    return str(meta.get("sha256")) if isinstance(meta, dict) else None


def _full_text_file(fetched: Download, markdown: str) -> str:
    import yaml

    meta = {
        "source_url": fetched.url,
        "final_url": fetched.final_url,
        "fetched_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sha256": fetched.sha256,
        "content_type": fetched.media_type,
    }
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n\n{markdown}\n"
