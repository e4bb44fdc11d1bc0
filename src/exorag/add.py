"""Add a user's own document to the corpus: a Markdown, text, HTML or PDF file, or a URL.

The document is written as ``corpus/<id>.md`` with front matter, like the shipped reviews, so
the next ``exorag index`` picks it up.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from .config import Settings
from .corpus import FULL_TEXT_SUFFIX, list_documents, read_document
from .errors import CorpusError, DuplicateDocumentError, FrontMatterError
from .fetch import Converted, FetchLimits, convert, download
from .types import Document

_SUFFIX_TYPES = {
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".pdf": "application/pdf",
}
# Front matter fields a Markdown file may bring along; explicit arguments override them.
_CARRIED_FIELDS = ("journal", "date", "url", "full_text_url", "language", "license")
_MAX_TITLE_CHARS = 150


def add_document(
    settings: Settings,
    source: str | Path,
    title: str | None = None,
    authors: Sequence[str] | None = None,
    doi: str | None = None,
    doc_id: str | None = None,
    limits: FetchLimits | None = None,
) -> Path:
    """Write ``source`` into the corpus as ``<id>.md`` and return that path.

    ``source`` is a file path or an http(s) URL. The title defaults to the file's own (front
    matter, first heading, HTML <title>, PDF metadata), the id to its name. A document whose id
    or text is already in the corpus is refused with ``DuplicateDocumentError``.
    """
    listing = list_documents(settings.corpus_dir)
    if "://" in str(source):
        url = str(source)
        fetched = download(url, limits)
        converted = convert(fetched.content, fetched.media_type, fetched.charset, url)
        name = _url_name(fetched.final_url)
        meta: dict = {"url": url}
    else:
        path = Path(source).expanduser()
        converted, meta = _read_file(path)
        name = path.stem
    meta["id"] = doc_id or meta.get("id") or _slug(name)
    meta["title"] = title or meta.get("title") or converted.title or _first_line(converted, name)
    if authors:
        meta["authors"] = list(authors)
    if doi:
        meta["doi"] = doi
    return _write_new_document(settings.corpus_dir, meta, converted.text, listing.documents)


def _read_file(path: Path) -> tuple[Converted, dict]:
    """The file's text and, for Markdown with front matter, the fields it carries."""
    media_type = _SUFFIX_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise CorpusError(
            f"{path}: cannot add a '{path.suffix or 'suffix-less'}' file; "
            "add Markdown (.md), plain text (.txt), HTML (.html) or PDF (.pdf)"
        )
    if not path.is_file():
        raise CorpusError(f"{path}: not found, or not a file")
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if media_type == "text/markdown" and content.lstrip(b"\xef\xbb\xbf").startswith(b"---"):
        return _with_front_matter(read_document(path))
    return convert(content, media_type, None, str(path)), {}


def _with_front_matter(document: Document) -> tuple[Converted, dict]:
    meta: dict = {"id": document.id, "title": document.title}
    if document.authors:
        meta["authors"] = list(document.authors)
    if document.doi:
        meta["doi"] = document.doi
    for key in _CARRIED_FIELDS:
        value = getattr(document, key)
        if value:
            meta[key] = list(value) if isinstance(value, tuple) else value
    if not document.body.strip():
        raise CorpusError(f"{document.path}: has front matter but no text")
    return Converted(document.body.strip(), document.title), meta


def _write_new_document(
    corpus_dir: Path, meta: dict, body: str, existing: Sequence[Document]
) -> Path:
    """Validate the new file as the corpus will read it, refuse duplicates, then move it in."""
    import yaml

    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    tmp = corpus_dir / f".add.{os.getpid()}.tmp"
    try:
        tmp.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
        try:
            document = read_document(tmp)
        except FrontMatterError as exc:
            raise CorpusError(str(exc).removeprefix(f"{tmp}: ")) from None
        target = corpus_dir / f"{document.id}.md"
        _refuse_duplicates(document, target, existing)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _refuse_duplicates(document: Document, target: Path, existing: Sequence[Document]) -> None:
    if target.name.endswith(FULL_TEXT_SUFFIX):
        raise CorpusError(f"id {document.id!r} is reserved for full texts; pass another --id")
    fingerprint = _text_fingerprint(document.body)
    for other in existing:
        if other.id == document.id:
            raise DuplicateDocumentError(
                f"id {document.id!r} is already used by {other.path.name}; pass another --id"
            )
        if _text_fingerprint(other.body) == fingerprint:
            raise DuplicateDocumentError(
                f"the same text is already in the corpus as {other.path.name} (id {other.id})"
            )
    if target.exists():
        raise DuplicateDocumentError(f"{target} already exists; pass another --id")


def _text_fingerprint(body: str) -> str:
    """A hash of the words alone, so re-wrapped or re-indented copies still match."""
    return hashlib.sha256(" ".join(body.split()).encode()).hexdigest()


def _slug(name: str) -> str:
    """An id the corpus accepts, made from a file or URL name."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-._")[:128]
    return slug or "document"


def _url_name(url: str) -> str:
    """The URL's path without its extension (``/paper/X/full.md`` → ``paper/X/full``)."""
    parts = urlsplit(url)
    path = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", parts.path.strip("/"))
    return path or parts.hostname or ""


def _first_line(converted: Converted, fallback: str) -> str:
    """A title for text that names none: its first line when short enough, else the name."""
    first = " ".join(converted.text.strip().split("\n", 1)[0].lstrip("#").split())
    return first if 0 < len(first) <= _MAX_TITLE_CHARS else fallback
