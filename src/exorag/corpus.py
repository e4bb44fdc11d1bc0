"""Read corpus documents (YAML front matter + Markdown body) and list a corpus folder.

The front matter is the public contract for user documents; see README "Adding documents".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError, FrontMatterError
from .types import Document

FULL_TEXT_SUFFIX = ".fulltext.md"
_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_LIST_FIELDS = ("authors", "language")
_TEXT_FIELDS = ("journal", "doi", "url", "full_text_url", "license")


@dataclass(frozen=True)
class SkippedFile:
    """A corpus file that could not be read, and why."""

    path: Path
    reason: str


@dataclass(frozen=True)
class CorpusListing:
    documents: tuple[Document, ...]
    skipped: tuple[SkippedFile, ...]


def full_text_path(document_path: Path) -> Path:
    """Where the fetched full text of a document is kept, beside its summary."""
    return document_path.with_name(document_path.name[: -len(".md")] + FULL_TEXT_SUFFIX)


def read_document(path: Path) -> Document:
    """Parse one corpus file; raise ``FrontMatterError`` or ``CorpusError`` naming it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise CorpusError(f"{path}: is empty")
    if b"\x00" in raw:
        raise CorpusError(f"{path}: is a binary file, not Markdown text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: is not UTF-8 text (byte {exc.start})") from exc
    match = FRONT_MATTER.match(text)
    if not match:
        raise FrontMatterError(
            f"{path}: has no front matter; start the file with a '---' line, "
            "YAML fields (at least 'title'), and a closing '---' line"
        )
    meta = _parse_yaml(match.group(1), path)
    fields = _validated_fields(meta, path)
    return Document(
        path=path,
        text=text,
        body_start=match.end(),
        sha256=hashlib.sha256(raw).hexdigest(),
        **fields,
    )


def read_full_text(path: Path) -> tuple[str, int]:
    """A fetched full text: the whole file and where its body starts (after any front matter)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read as UTF-8 text ({exc})") from exc
    match = FRONT_MATTER.match(text)
    return text, match.end() if match else 0


def list_documents(corpus_dir: Path) -> CorpusListing:
    """Every readable document under ``corpus_dir``, plus the files skipped and why."""
    if not corpus_dir.is_dir():
        raise CorpusError(
            f"corpus folder {corpus_dir} does not exist; pass --corpus DIR or set EXORAG_CORPUS_DIR"
        )
    documents: list[Document] = []
    skipped: list[SkippedFile] = []
    seen: dict[str, Path] = {}
    for path in sorted(corpus_dir.glob("*.md")):
        if path.name.endswith(FULL_TEXT_SUFFIX):
            continue
        if not path.is_file():  # reading a pipe or a device could block for ever
            skipped.append(SkippedFile(path, "is not a regular file (a folder, pipe or bad link)"))
            continue
        try:
            document = read_document(path)
        except CorpusError as exc:
            skipped.append(SkippedFile(path, str(exc).removeprefix(f"{path}: ")))
            continue
        if document.id in seen:
            reason = f"duplicate id {document.id!r}, already used by {seen[document.id].name}"
            skipped.append(SkippedFile(path, reason))
            continue
        seen[document.id] = path
        documents.append(document)
    return CorpusListing(tuple(documents), tuple(skipped))


def parse_yaml(text: str) -> object:
    """Safe YAML, through libyaml when PyYAML has it: ten times faster than pure Python, which
    counts at thousands of documents and for the glossary on every start. Errors come from
    the pure-Python parser, whose positions are exact."""
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return yaml.safe_load(text)


def _parse_yaml(block: str, path: Path) -> dict:
    import yaml

    try:
        meta = parse_yaml(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise FrontMatterError(f"{path}: front matter is not valid YAML{where}: {problem}") from exc
    if not isinstance(meta, dict):
        raise FrontMatterError(f"{path}: front matter must be YAML 'key: value' fields")
    return meta


def _validated_fields(meta: dict, path: Path) -> dict:
    doc_id = str(meta.get("id") or path.stem).strip()
    if not _ID_PATTERN.match(doc_id):
        raise FrontMatterError(
            f"{path}: id {doc_id!r} must be letters, digits, '.', '_' or '-' (at most 128)"
        )
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        raise FrontMatterError(f"{path}: front matter needs a non-empty 'title'")
    fields: dict = {"id": doc_id, "title": " ".join(title.split())}
    for key in _LIST_FIELDS:
        value = meta.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = [part.strip() for part in re.split(r"[;,]", value) if part.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise FrontMatterError(f"{path}: '{key}' must be a list of names")
        fields[key] = tuple(str(v).strip() for v in value)
    for key in _TEXT_FIELDS:
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, str | int | float):
            raise FrontMatterError(f"{path}: '{key}' must be text")
        fields[key] = str(value).strip()
    date = meta.get("date")
    if date is not None:
        if isinstance(date, dt.date):
            fields["date"] = date.isoformat()[:10]
        elif isinstance(date, str | int) and re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", str(date)):
            fields["date"] = str(date)
        else:
            raise FrontMatterError(f"{path}: 'date' must be an ISO date such as 2025-11-20")
    return fields
