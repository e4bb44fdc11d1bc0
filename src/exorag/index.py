"""The Chroma index of passages: manifest, incremental build aside, atomic swap, write lock.

Layout of an index folder::

    index/
      CURRENT              name of the live build (replaced atomically)
      builds/<name>/       one complete build: chroma/ and manifest.json
      .write.lock          held by the one process building

Readers open the build that ``CURRENT`` names; a build is written in a new folder and only
becomes live when complete, so a killed or failed build never leaves a half-written index.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .chunking import CHUNKER_VERSION, chunk_document
from .config import Settings
from .corpus import SkippedFile, full_text_path, list_documents
from .errors import (
    CorpusError,
    IndexBusyError,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
)
from .glossary import Glossary, load_glossary
from .types import Chunk, Document

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

log = logging.getLogger(__name__)

COLLECTION_NAME = "exorag_passages"
MANIFEST_FORMAT = 1
_CURRENT = "CURRENT"
_BUILDS = "builds"
_LOCK = ".write.lock"
_MANIFEST = "manifest.json"

ProgressCallback = Callable[[int, int], None]


@dataclass
class Manifest:
    """What an index was built from and with: checked before every use."""

    model: str
    dimension: int
    chunker_version: str
    glossary_sha256: str
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    built_at: str = ""
    format: int = MANIFEST_FORMAT

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError("unknown manifest format")
        return cls(**data)

    @property
    def passages(self) -> int:
        return sum(int(entry["chunks"]) for entry in self.documents.values())

    def mismatch(self, settings: Settings) -> str | None:
        """Why this index cannot serve ``settings``, or None when it can."""
        if self.model != settings.model_name:
            return f"it was built with model {self.model}, not {settings.model_name}"
        if self.chunker_version != CHUNKER_VERSION:
            return (
                f"it was built with chunker version {self.chunker_version}, not {CHUNKER_VERSION}"
            )
        return None


@dataclass(frozen=True)
class BuildReport:
    """What one ``build_index`` call did."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()
    passages: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class StoredPassage:
    """A passage as the index holds it: enough to cite it without the corpus."""

    id: str
    text: str
    metadata: dict[str, Any]

    @property
    def lexical_text(self) -> str:
        meta = self.metadata
        return " ".join(
            (meta.get("title", ""), meta.get("section", ""), self.text, meta.get("terms", ""))
        )


class IndexReader:
    """A read-only view of the live build: its manifest, collection and stored passages."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        build_dir = current_build_dir(settings.index_dir)
        self.manifest = read_manifest(build_dir)
        problem = self.manifest.mismatch(settings)
        if problem:
            raise IndexMismatchError(
                f"the index at {settings.index_dir} cannot be used: {problem}. "
                "Run `exorag index --rebuild`."
            )
        self.build_dir = build_dir
        try:
            self._client = _open_client(build_dir)
            self.collection = self._client.get_collection(COLLECTION_NAME, embedding_function=None)
        except Exception as exc:  # chromadb raises many types for a damaged store
            raise IndexCorruptError(
                f"the index at {settings.index_dir} cannot be read ({exc}). "
                "Run `exorag index --rebuild`."
            ) from exc

    def passages(self) -> list[StoredPassage]:
        """Every stored passage, in a stable order (document, then position)."""
        got = self.collection.get(include=["documents", "metadatas"])
        stored = [
            StoredPassage(id=i, text=t or "", metadata=dict(m or {}))
            for i, t, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        ]
        stored.sort(key=lambda p: (p.metadata.get("doc_id", ""), p.metadata.get("position", 0)))
        return stored

    def query(
        self, embedding: list[float], n: int, doc_ids: list[str] | None
    ) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) of the ``n`` nearest passages."""
        n = min(n, self.manifest.passages)
        if n <= 0:
            return []
        where = {"doc_id": {"$in": doc_ids}} if doc_ids else None
        result = self.collection.query(
            query_embeddings=[embedding], n_results=n, where=where, include=["distances"]
        )
        return [
            (i, 1.0 - float(d))
            for i, d in zip(result["ids"][0], result["distances"][0], strict=True)
        ]


def current_build_dir(index_dir: Path) -> Path:
    """The live build's folder; ``IndexMissingError`` when none has been built."""
    pointer = index_dir / _CURRENT
    if not pointer.exists():
        if index_dir.is_dir() and any(
            p.name not in {".gitkeep", _LOCK} for p in index_dir.iterdir()
        ):
            raise IndexCorruptError(
                f"{index_dir} is not an exorag index (no {_CURRENT} file). "
                "Point --index at an empty folder or run `exorag index --rebuild`."
            )
        raise IndexMissingError(
            f"no index at {index_dir}. Run `exorag index` to build it from the corpus."
        )
    name = pointer.read_text(encoding="utf-8").strip()
    build_dir = index_dir / _BUILDS / name
    if not name or "/" in name or not build_dir.is_dir():
        raise IndexCorruptError(
            f"the index at {index_dir} points at a missing build {name!r}. "
            "Run `exorag index --rebuild`."
        )
    return build_dir


def read_manifest(build_dir: Path) -> Manifest:
    try:
        return Manifest.from_json((build_dir / _MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError) as exc:
        raise IndexCorruptError(
            f"the index manifest in {build_dir} is unreadable ({exc}). Run `exorag index --rebuild`."
        ) from exc


def current_manifest(index_dir: Path) -> Manifest | None:
    try:
        return read_manifest(current_build_dir(index_dir))
    except IndexMissingError:
        return None


@contextlib.contextmanager
def write_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index's write lock; a second writer is refused at once.

    The lock is an OS file lock, so the kernel releases it when its holder dies: a killed
    build never leaves a stale lock behind.
    """
    from filelock import FileLock, Timeout

    index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(index_dir / _LOCK))
    try:
        lock.acquire(timeout=0)
    except Timeout as exc:
        raise IndexBusyError(
            f"another `exorag index` is writing {index_dir}; wait for it to finish and retry"
        ) from exc
    try:
        yield
    finally:
        lock.release()


def build_index(
    settings: Settings,
    rebuild: bool = False,
    progress: ProgressCallback | None = None,
) -> BuildReport:
    """Bring the index up to date with the corpus: new and changed documents are embedded,
    removed ones dropped, unchanged ones left alone (without loading the model).
    """
    started = time.perf_counter()
    listing = list_documents(settings.corpus_dir)
    if not listing.documents:
        raise CorpusError(
            f"no readable documents in {settings.corpus_dir}"
            + "".join(f"\n  skipped {s.path.name}: {s.reason}" for s in listing.skipped)
        )
    glossary = load_glossary(settings.corpus_dir)
    with write_lock(settings.index_dir):
        previous = None if rebuild else current_manifest(settings.index_dir)
        if previous is not None:
            problem = previous.mismatch(settings)
            if problem:
                raise IndexMismatchError(
                    f"the index at {settings.index_dir} cannot be updated: {problem}. "
                    "Run `exorag index --rebuild`."
                )
            if previous.glossary_sha256 != glossary.sha256:
                previous = None  # every passage's cross-lingual terms may change
        plan = _plan(listing.documents, previous, _skipped_ids(listing.skipped, previous))
        if previous is not None and not (plan.to_embed or plan.removed):
            return BuildReport(
                unchanged=plan.unchanged,
                skipped=listing.skipped,
                passages=previous.passages,
                seconds=time.perf_counter() - started,
            )
        manifest = _write_build(settings, plan, previous, glossary, progress)
    return BuildReport(
        added=tuple(
            d.id for d in plan.to_embed if previous is None or d.id not in previous.documents
        ),
        updated=tuple(
            d.id for d in plan.to_embed if previous is not None and d.id in previous.documents
        ),
        removed=plan.removed,
        unchanged=plan.unchanged,
        skipped=listing.skipped,
        passages=manifest.passages,
        seconds=time.perf_counter() - started,
    )


@dataclass(frozen=True)
class _Plan:
    to_embed: tuple[Document, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    kept: dict[str, dict[str, Any]]


def document_fingerprint(document: Document) -> str:
    """The document's hash, covering its fetched full text when there is one."""
    full_text = full_text_path(document.path)
    if not full_text.exists():
        return document.sha256
    import hashlib

    return hashlib.sha256(document.sha256.encode() + full_text.read_bytes()).hexdigest()


def _skipped_ids(skipped: tuple[SkippedFile, ...], previous: Manifest | None) -> set[str]:
    """Ids of indexed documents whose file is now unreadable: kept as they were, not removed."""
    if previous is None:
        return set()
    names = {s.path.name for s in skipped}
    return {doc_id for doc_id, entry in previous.documents.items() if entry.get("file") in names}


def _plan(documents: tuple[Document, ...], previous: Manifest | None, keep: set[str]) -> _Plan:
    old = previous.documents if previous is not None else {}
    to_embed, unchanged = [], []
    for document in documents:
        entry = old.get(document.id)
        if entry is not None and entry.get("sha256") == document_fingerprint(document):
            unchanged.append(document.id)
        else:
            to_embed.append(document)
    current = {d.id for d in documents} | keep
    removed = tuple(sorted(doc_id for doc_id in old if doc_id not in current))
    kept = {doc_id: old[doc_id] for doc_id in [*unchanged, *sorted(keep & set(old))]}
    return _Plan(tuple(to_embed), removed, tuple(unchanged), kept)


def passage_chunks(document: Document, settings: Settings) -> list[Chunk]:
    """The summary's passages, then the fetched full text's, if any."""
    chunks = chunk_document(document, settings.chunk_max_words, settings.chunk_max_cjk_chars)
    full_text = full_text_path(document.path)
    if full_text.exists():
        from .corpus import read_full_text

        text, body_start = read_full_text(full_text)
        chunks += chunk_document(
            document,
            settings.chunk_max_words,
            settings.chunk_max_cjk_chars,
            text=text,
            body_start=body_start,
            source="full_text",
        )
    return chunks


def embedding_text(chunk: Chunk, document: Document, cross_terms: list[str]) -> str:
    """What is embedded: a short context header, then the passage, or for Chinese text its
    English glossary gloss (the model reads English only).
    """
    header = f"{document.title}. {chunk.section}." if chunk.section else f"{document.title}."
    if cross_terms:
        return f"{header} {', '.join(cross_terms)}."
    return f"{header} {chunk.text}"


def _chunk_metadata(
    chunk: Chunk, document: Document, position: int, cross_terms: list[str]
) -> dict[str, Any]:
    return {
        "doc_id": chunk.doc_id,
        "section": chunk.section,
        "start": chunk.start,
        "end": chunk.end,
        "language": chunk.language,
        "source": chunk.source,
        "position": position,
        "title": document.title,
        "authors": json.dumps(list(document.authors), ensure_ascii=False),
        "journal": document.journal,
        "date": document.date,
        "doi": document.doi,
        "url": document.link,
        "terms": " ".join(cross_terms),
    }


def _write_build(
    settings: Settings,
    plan: _Plan,
    previous: Manifest | None,
    glossary: Glossary,
    progress: ProgressCallback | None,
) -> Manifest:
    from .embeddings import embed, embedding_dimension

    index_dir = settings.index_dir
    builds = index_dir / _BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    name = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    staging = builds / f".{name}.partial"
    if previous is not None:
        shutil.copytree(current_build_dir(index_dir), staging)
    else:
        staging.mkdir()
    try:
        client = _open_client(staging)
        collection = client.get_or_create_collection(
            COLLECTION_NAME, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        stale = [d.id for d in plan.to_embed] + list(plan.removed)
        if previous is not None and stale:
            collection.delete(where={"doc_id": {"$in": stale}})

        records: list[tuple[Chunk, Document, int, list[str]]] = []
        documents: dict[str, dict[str, Any]] = dict(plan.kept)
        for document in plan.to_embed:
            chunks = passage_chunks(document, settings)
            for position, chunk in enumerate(chunks):
                cross = glossary.english_for(chunk.text) if chunk.language == "zh" else []
                records.append((chunk, document, position, cross))
            documents[document.id] = {
                "sha256": document_fingerprint(document),
                "file": document.path.name,
                "title": document.title,
                "chunks": len(chunks),
            }

        # A removal-only update needs no model: the previous build knows the dimension.
        dimension = embedding_dimension(settings.model_name) if records else previous.dimension
        batch = min(client.get_max_batch_size(), 256)
        done = 0
        for offset in range(0, len(records), batch):
            part = records[offset : offset + batch]
            vectors = embed(
                [embedding_text(c, d, t) for c, d, _, t in part],
                settings.model_name,
                settings.embed_batch_size,
            )
            collection.add(
                ids=[c.id for c, _, _, _ in part],
                documents=[c.text for c, _, _, _ in part],
                metadatas=[_chunk_metadata(c, d, p, t) for c, d, p, t in part],
                embeddings=vectors,
            )
            done += len(part)
            if progress:
                progress(done, len(records))
        manifest = Manifest(
            model=settings.model_name,
            dimension=dimension,
            chunker_version=CHUNKER_VERSION,
            glossary_sha256=glossary.sha256,
            documents=dict(sorted(documents.items())),
            built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        )
        count = collection.count()
        if count != manifest.passages:
            raise IndexCorruptError(
                f"the new build holds {count} passages, the manifest {manifest.passages}; "
                "the live index was left as it was. Run `exorag index --rebuild`."
            )
        client.close()
        _write_atomically(staging / _MANIFEST, manifest.to_json())
        final = builds / name
        staging.rename(final)
        _write_atomically(index_dir / _CURRENT, name + "\n")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _prune_builds(builds)
    return manifest


def _prune_builds(builds: Path) -> None:
    """Keep the live build and the one before it (a reader may still have it open).

    Called under the write lock, so any partial build left is a killed writer's.
    """
    finished = sorted(p for p in builds.iterdir() if not p.name.startswith("."))
    for old in finished[:-2]:
        shutil.rmtree(old, ignore_errors=True)
    for partial in builds.glob(".*.partial"):
        shutil.rmtree(partial, ignore_errors=True)


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _open_client(path: Path) -> ClientAPI:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(
        path=str(path / "chroma"),
        settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False),
    )
