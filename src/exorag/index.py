"""The Chroma index of passages: manifest, incremental build aside, atomic swap, write lock.

An index lives in one of two stores, chosen by ``Settings.chroma_url``.

Local (the default), an index folder::

    index/
      CURRENT              name of the live build (replaced atomically)
      builds/<name>/       one complete build: chroma/ (read and written through Chroma's
                           engine, see chroma_folder.py), manifest.json, and the
                           passages its first reader saved
      .write.lock          held by the one process building

A Chroma server (``--chroma-url http://host:port``), shared by a team::

    exorag_meta                 small records: ``live`` names the live build, and
                                ``manifest:<name>`` holds each build's manifest
    exorag_passages.<name>      one complete build's passages, text and metadata included

Either way a build is written aside under a new name and becomes live only when it is
complete and counted, by one atomic write (of ``CURRENT``, or of the ``live`` record), so a
killed or failed build never leaves a half-written index. The live build and the one before
it are kept, since a reader may still have the older one open; the next build prunes the rest,
including what killed writers left. Everything needed to answer (passages, metadata, the
manifest with its glossary) is in the store, so a server index needs no local files; only the
write lock stays a local file, in the index folder.
"""

from __future__ import annotations

import abc
import calendar
import contextlib
import json
import logging
import os
import re
import secrets
import shutil
import socket
import time
import urllib.parse
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .chroma_folder import FolderCollection
from .chunking import CHUNKER_VERSION, chunk_document
from .config import Settings
from .corpus import SkippedFile, full_text_path, list_documents
from .errors import (
    CorpusError,
    ExoragError,
    IndexBusyError,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
    IndexServerError,
)
from .files import write_atomically
from .glossary import Glossary, load_glossary
from .types import Chunk, Document

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    # A build's passages: a collection on a Chroma server, or one in an index folder.
    Records = Collection | FolderCollection

log = logging.getLogger(__name__)

COLLECTION_NAME = "exorag_passages"
META_COLLECTION = "exorag_meta"
# Format 2 keeps the glossary in the manifest, so that an index answers without its corpus.
MANIFEST_FORMAT = 2
_CURRENT = "CURRENT"
_BUILDS = "builds"
_LOCK = ".write.lock"
# Passages embedded per step; progress is reported after each.
_EMBED_BATCH = 256
_MANIFEST = "manifest.json"
# The passages of a local build as a reader first read them from Chroma, saved beside it:
# reading 100k passages back through Chroma takes half a minute, this file a few seconds.
_PASSAGES = "passages.v1.jsonl"
_CHROMA = "chroma"
_BUILD_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$")
_HOST = re.sub(r"[^A-Za-z0-9]+", "-", socket.gethostname()).strip("-")[:40] or "host"
# A build on a server by another machine is only pruned once it is this old: until then it may
# be that machine's build in progress (a writer on this machine is checked by its pid).
_FOREIGN_BUILD_GRACE = 6 * 3600
_PAGE = 1000

ProgressCallback = Callable[[int, int], None]


@dataclass
class Manifest:
    """What an index was built from and with: checked before every use."""

    model: str
    dimension: int
    chunker_version: str
    glossary_sha256: str
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    glossary: list[list[list[str]]] = field(default_factory=list)
    built_at: str = ""
    format: int = MANIFEST_FORMAT

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=2, sort_keys=True)

    @property
    def passages(self) -> int:
        return sum(int(entry["chunks"]) for entry in self.documents.values())

    def needs_rebuild(self, settings: Settings) -> bool:
        """Whether only ``exorag index --rebuild`` can serve ``settings``: vectors of another
        model cannot be updated in place (another chunker version is re-chunked by indexing)."""
        return self.model != settings.model_name

    def mismatch(self, settings: Settings) -> str | None:
        """Why this index cannot serve ``settings``, or None when it can."""
        if self.model != settings.model_name:
            return f"it was built with model {self.model}, not {settings.model_name}"
        if self.chunker_version != CHUNKER_VERSION:
            return (
                f"it was built with chunker version {self.chunker_version}, not {CHUNKER_VERSION}"
            )
        return None

    def glossary_used(self) -> Glossary:
        """The glossary the passages were indexed with: queries must be expanded with it."""
        entries = tuple((tuple(en), tuple(zh)) for en, zh, *_ in self.glossary)
        # A third list, the entries each includes, is absent from manifests written before it.
        includes = tuple(tuple(rest[0]) if rest else () for _, _, *rest in self.glossary)
        return Glossary(entries, self.glossary_sha256, includes)


def _parse_manifest(text: str, where: str) -> Manifest:
    """A manifest from its JSON; an ``IndexStateError`` naming ``where`` if it is unusable."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("format"), int):
            raise ValueError("not an exorag manifest")
        if data["format"] != MANIFEST_FORMAT:
            raise IndexMismatchError(
                f"{where} was built by another version of exorag (index format "
                f"{data['format']}, not {MANIFEST_FORMAT}). Run `exorag index --rebuild`."
            )
        manifest = Manifest(**data)
        if manifest.passages < 0:  # also fails on a damaged documents table, not mid-answer
            raise ValueError("negative passage counts")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise IndexCorruptError(
            f"the manifest of {where} is unreadable ({exc}). Run `exorag index --rebuild`."
        ) from exc
    return manifest


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
    def text_and_terms(self) -> str:
        """The passage and the English glossary terms it was indexed with (for Chinese)."""
        return f"{self.text} {self.metadata.get('terms', '')}"

    @property
    def authors(self) -> tuple[str, ...]:
        """Its document's authors, as the index stores them (a JSON list)."""
        return tuple(json.loads(self.metadata.get("authors") or "[]"))

    @property
    def document_text(self) -> str:
        """Its document's title, journal and authors."""
        meta = self.metadata
        return " ".join((meta.get("title", ""), meta.get("journal", ""), " ".join(self.authors)))

    @property
    def section(self) -> str:
        """Its section path ("Abstract", "Results > Size"; "Title" for a document's title)."""
        return self.metadata.get("section", "")

    @property
    def context_text(self) -> str:
        """Where the passage stands: its document (title, journal, authors) and section."""
        return f"{self.document_text} {self.section}"

    @property
    def searchable_text(self) -> str:
        """Where the passage stands, then what it says: the text a name is looked for in."""
        return f"{self.context_text}\n{self.text}"


class IndexReader:
    """A read-only view of the live build: its manifest, glossary, collection and passages.

    ``build_id`` names the build; compare it with ``live_build_id`` to see whether another
    build has been swapped in since.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store = _store(settings)
        self.build_id, self.manifest, self.collection = self._store.open_live()
        problem = self.manifest.mismatch(settings)
        if problem:
            command = (
                "exorag index --rebuild"
                if self.manifest.needs_rebuild(settings)
                else "exorag index"
            )
            raise IndexMismatchError(
                f"{self._store.where} cannot be used: {problem}. Run `{command}`."
            )
        self.glossary = self.manifest.glossary_used()

    def passages(self) -> list[StoredPassage]:
        """Every stored passage, in a stable order (document, then position).

        Builds never change once live, so what the first reader of a build reads from Chroma
        is saved beside it (in an index folder) for the next process.
        """
        saved = self._store.saved_passages(self.build_id, self.manifest.passages)
        if saved is not None:
            return saved
        stored: list[StoredPassage] = []
        with self._store.guard():
            for page in _pages(self.collection, ["documents", "metadatas"]):
                stored += [
                    StoredPassage(id=i, text=t or "", metadata=dict(m or {}))
                    for i, t, m in zip(
                        page["ids"], page["documents"], page["metadatas"], strict=True
                    )
                ]
        stored.sort(key=lambda p: (p.metadata.get("doc_id", ""), p.metadata.get("position", 0)))
        self._store.save_passages(self.build_id, stored)
        return stored

    def query(
        self, embedding: list[float], n: int, doc_ids: list[str] | None
    ) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) of the ``n`` nearest passages."""
        n = min(n, self.manifest.passages)
        if n <= 0:
            return []
        where = {"doc_id": {"$in": doc_ids}} if doc_ids else None
        with self._store.guard():
            result = self.collection.query(
                query_embeddings=[embedding], n_results=n, where=where, include=["distances"]
            )
        return [
            (i, 1.0 - float(d))
            for i, d in zip(result["ids"][0], result["distances"][0], strict=True)
        ]

    def vectors(self, passage_ids: list[str]) -> dict[str, list[float]]:
        """The stored vectors of the given passages."""
        with self._store.guard():
            got = self.collection.get(ids=passage_ids, include=["embeddings"])
        return dict(zip(got["ids"], got["embeddings"], strict=True))


def live_build_id(settings: Settings) -> str:
    """The live build's name, which changes when a new build is swapped in.

    ``IndexMissingError`` when none has been built, ``IndexCorruptError`` when the pointer
    to it is damaged.
    """
    return _store(settings).live()


def live_manifest(settings: Settings) -> Manifest:
    """The live build's manifest: its documents, passage counts and model."""
    store = _store(settings)
    return store.manifest(store.live())


def index_location(settings: Settings) -> str:
    """Where the index is, for messages: its folder, or its Chroma server."""
    if settings.chroma_url:
        return f"the Chroma server at {settings.chroma_url}"
    return str(settings.index_dir)


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

    ``rebuild`` starts from nothing, so it also recovers a damaged index.
    """
    started = time.perf_counter()
    listing = list_documents(settings.corpus_dir)
    if not listing.documents:
        raise CorpusError(
            f"no readable documents in {settings.corpus_dir}"
            + "".join(f"\n  skipped {s.path.name}: {s.reason}" for s in listing.skipped)
        )
    glossary = load_glossary(settings.corpus_dir)
    store = _store(settings)
    with write_lock(settings.index_dir):
        source, previous = (None, None) if rebuild else _live_build(store)
        if previous is not None:
            if previous.needs_rebuild(settings):
                raise IndexMismatchError(
                    f"{store.where} cannot be updated: {previous.mismatch(settings)}. "
                    "Run `exorag index --rebuild`."
                )
            # Every passage's cross-lingual terms may change with the glossary, and its bounds
            # with the chunker: both are rebuilt from the corpus, the live build serving until
            # the new one replaces it.
            if (
                previous.glossary_sha256 != glossary.sha256
                or previous.chunker_version != CHUNKER_VERSION
            ):
                previous = None
        plan = _plan(listing.documents, previous, _skipped_ids(listing.skipped, previous))
        if previous is not None and not (plan.to_embed or plan.removed):
            _check_count(store, store.open(source), previous, "the live build is damaged")
            return BuildReport(
                unchanged=plan.unchanged,
                skipped=listing.skipped,
                passages=previous.passages,
                seconds=time.perf_counter() - started,
            )
        manifest, unreadable = _write_build(
            settings,
            store,
            source if previous is not None else None,
            plan,
            previous,
            glossary,
            progress,
        )
    return BuildReport(
        added=tuple(
            d.id for d in plan.to_embed if previous is None or d.id not in previous.documents
        ),
        updated=tuple(
            d.id for d in plan.to_embed if previous is not None and d.id in previous.documents
        ),
        removed=plan.removed,
        unchanged=plan.unchanged,
        skipped=listing.skipped + unreadable,
        passages=manifest.passages,
        seconds=time.perf_counter() - started,
    )


def _live_build(store: _Store) -> tuple[str | None, Manifest | None]:
    """The live build's name and manifest, or (None, None) when there is no index yet."""
    try:
        name = store.live()
    except IndexMissingError:
        return None, None
    return name, store.manifest(name)


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
    store: _Store,
    source: str | None,
    plan: _Plan,
    previous: Manifest | None,
    glossary: Glossary,
    progress: ProgressCallback | None,
) -> tuple[Manifest, tuple[SkippedFile, ...]]:
    """Write a new build aside (build ``source`` updated by ``plan``, or from nothing), check
    its passage count, swap it in, and prune what is no longer needed.

    Returns the manifest and the fetched full texts that could not be read (their documents'
    summaries are indexed all the same).
    """
    from .embeddings import embed, embedding_dimension

    name = _new_build_name()
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        # Staging copies the live build for an update, or opens Chroma: it runs beside
        # chunking, the model load and the first encode, which release the GIL.
        stale = [d.id for d in plan.to_embed] + list(plan.removed)
        staged = pool.submit(store.stage, name, source, stale)

        records: list[tuple[Chunk, Document, int, list[str]]] = []
        documents: dict[str, dict[str, Any]] = dict(plan.kept)
        unreadable: list[SkippedFile] = []
        for document in plan.to_embed:
            try:
                chunks = passage_chunks(document, settings)
            except CorpusError as exc:  # a damaged full text must not cost the whole index
                path = full_text_path(document.path)
                unreadable.append(SkippedFile(path, str(exc).removeprefix(f"{path}: ")))
                chunks = chunk_document(
                    document, settings.chunk_max_words, settings.chunk_max_cjk_chars
                )
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
        dimension = embedding_dimension(settings) if records else previous.dimension
        done = 0
        collection, limit = None, 0
        for offset in range(0, len(records), _EMBED_BATCH):
            part = records[offset : offset + _EMBED_BATCH]
            vectors = embed([embedding_text(c, d, t) for c, d, _, t in part], settings)
            if collection is None:
                collection, limit = staged.result(), store.max_batch()
            for start in range(0, len(part), limit):
                rows = part[start : start + limit]
                with store.guard():
                    collection.add(
                        ids=[c.id for c, _, _, _ in rows],
                        documents=[c.text for c, _, _, _ in rows],
                        metadatas=[_chunk_metadata(c, d, p, t) for c, d, p, t in rows],
                        embeddings=vectors[start : start + limit],
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
            glossary=[
                [list(en), list(zh), list(glossary.includes[number])]
                for number, (en, zh) in enumerate(glossary.entries)
            ],
            built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        )
        _check_count(store, staged.result(), manifest, "the live index was left as it was")
        replaced = store.publish(name, manifest)
    except BaseException:
        pool.shutdown(cancel_futures=True)  # a staging under way finishes before it is undone
        store.abandon(name)
        raise
    finally:
        pool.shutdown()
    try:
        store.prune({name} if replaced is None else {name, replaced})
    except IndexServerError as exc:  # the new build is live: leftovers can go next time
        log.warning("older builds were not pruned: %s", exc)
    return manifest, tuple(unreadable)


def _check_count(store: _Store, collection: Records, manifest: Manifest, consequence: str) -> None:
    """Refuse a build whose passages are not all there: a new one before it goes live, the
    live one before ``exorag index`` calls it up to date.
    """
    with store.guard():
        count = collection.count()
    if count != manifest.passages:
        raise IndexCorruptError(
            f"{store.where}: a build holds {count} passages, its manifest {manifest.passages}; "
            f"{consequence}. Run `exorag index --rebuild`."
        )


def _new_build_name() -> str:
    """A name no other build has: UTC time, host and pid (which tell a killed writer's)."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    return f"{stamp}-{_HOST}-{os.getpid()}-{secrets.token_hex(3)}"


def _abandoned(name: str) -> bool:
    """Whether a build that is neither live nor the one before it was left by a writer that is
    gone: one on this machine whose process has ended, or another machine's, once old.
    """
    try:
        host, pid, _ = name[16:].rsplit("-", 2)
        started = calendar.timegm(time.strptime(name[:15], "%Y%m%dT%H%M%S"))
        process = int(pid)
    except ValueError:
        return False  # not named by exorag: not ours to delete
    if host == _HOST:
        return process == os.getpid() or not _process_alive(process)
    return time.time() - started > _FOREIGN_BUILD_GRACE


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    return True


def _pages(
    collection: Records, include: list[str], where: dict[str, Any] | None = None
) -> Iterator[dict[str, Any]]:
    """A collection's records a page at a time: a server bounds what one request may carry."""
    offset = 0
    while True:
        page = collection.get(where=where, include=include, limit=_PAGE, offset=offset)
        if not page["ids"]:
            return
        yield page
        offset += len(page["ids"])


class _Store(abc.ABC):
    """Where builds are kept, read and swapped: an index folder or a Chroma server."""

    where: str  # "the index at …", for messages

    @abc.abstractmethod
    def live(self) -> str:
        """The live build's name; ``IndexMissingError`` or ``IndexCorruptError``."""

    @abc.abstractmethod
    def manifest(self, name: str) -> Manifest:
        """A build's manifest; ``IndexCorruptError`` when it is missing or unreadable."""

    @abc.abstractmethod
    def open(self, name: str) -> Records:
        """A build's passages, for reading."""

    @abc.abstractmethod
    def stage(self, name: str, source: str | None, stale: list[str]) -> Records:
        """A new build ``name`` to write: a copy of build ``source`` without the passages
        of the ``stale`` documents, or empty.
        """

    @abc.abstractmethod
    def max_batch(self) -> int:
        """How many records one write may carry."""

    @abc.abstractmethod
    def publish(self, name: str, manifest: Manifest) -> str | None:
        """Make the staged build live in one atomic write; return the build it replaced."""

    @abc.abstractmethod
    def discard(self, name: str) -> None:
        """Delete a build that will never be live."""

    @abc.abstractmethod
    def prune(self, keep: set[str]) -> None:
        """Delete every build but ``keep`` that no live writer is still making."""

    def guard(self) -> contextlib.AbstractContextManager[None]:
        """Around store calls: turns a remote store's failures into ``IndexServerError``."""
        return contextlib.nullcontext()

    @abc.abstractmethod
    def saved_passages(self, name: str, count: int) -> list[StoredPassage] | None:
        """The ``count`` passages of build ``name`` as ``save_passages`` kept them, or None."""

    @abc.abstractmethod
    def save_passages(self, name: str, passages: list[StoredPassage]) -> None:
        """Keep what was read of build ``name`` for the next reader, where the store can."""

    def open_live(self) -> tuple[str, Manifest, Records]:
        """The live build's name, manifest and passages.

        Retried when a newer build was swapped in (and this one pruned) while opening.
        """
        name = self.live()
        for _ in range(2):
            try:
                return name, self.manifest(name), self.open(name)
            except IndexCorruptError:
                now = self.live()
                if now == name:
                    raise
                name = now
        return name, self.manifest(name), self.open(name)

    def abandon(self, name: str) -> None:
        """Remove a failed build, unless the write that made it live got through after all."""
        with contextlib.suppress(ExoragError):
            if self.live() == name:
                return
        self.discard(name)


def _store(settings: Settings) -> _Store:
    if settings.chroma_url:
        return _ServerStore(settings.chroma_url)
    return _LocalStore(settings.index_dir)


class _LocalStore(_Store):
    """Builds as folders of an index folder, the live one named by its ``CURRENT`` file."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self.builds = index_dir / _BUILDS
        self.where = f"the index at {index_dir}"
        self._staging: FolderCollection | None = None

    def live(self) -> str:
        pointer = self.index_dir / _CURRENT
        if not pointer.exists():
            if self.index_dir.is_dir() and self._holds_other_files():
                raise IndexCorruptError(
                    f"{self.index_dir} is not an exorag index (no {_CURRENT} file). "
                    "Point --index at an empty folder or run `exorag index --rebuild`."
                )
            raise IndexMissingError(
                f"no index at {self.index_dir}. Run `exorag index` to build it from the corpus."
            )
        try:
            name = pointer.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise IndexCorruptError(
                f"{self.where} has an unreadable {_CURRENT} file ({exc}). "
                "Run `exorag index --rebuild`."
            ) from exc
        if not _BUILD_NAME.match(name) or not (self.builds / name).is_dir():
            raise IndexCorruptError(
                f"{self.where} points at a missing build {name[:80]!r}. "
                "Run `exorag index --rebuild`."
            )
        return name

    def _holds_other_files(self) -> bool:
        """Whether the folder holds more than a first build's leftovers (lock, partial build)."""
        for entry in self.index_dir.iterdir():
            if entry.name in {".gitkeep", _LOCK}:
                continue
            if entry.name == _BUILDS and all(p.name.startswith(".") for p in entry.iterdir()):
                continue
            return True
        return False

    def manifest(self, name: str) -> Manifest:
        try:
            text = (self.builds / name / _MANIFEST).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise IndexCorruptError(
                f"the manifest of {self.where} is unreadable ({exc}). Run `exorag index --rebuild`."
            ) from exc
        return _parse_manifest(text, self.where)

    def open(self, name: str) -> Records:
        try:
            return FolderCollection(self.builds / name / _CHROMA, COLLECTION_NAME)
        except Exception as exc:  # chromadb raises many types for a damaged store
            raise IndexCorruptError(
                f"{self.where} cannot be read ({exc}). Run `exorag index --rebuild`."
            ) from exc

    def stage(self, name: str, source: str | None, stale: list[str]) -> Records:
        self.builds.mkdir(parents=True, exist_ok=True)
        staging = self._staging_folder(name)
        if source is None:
            staging.mkdir()
            self._staging = FolderCollection(staging / _CHROMA, COLLECTION_NAME, create_cosine=True)
            return self._staging
        # The live build's files are copied, never opened for writing: a reader in another
        # process may have it open, and Chroma is not safe across processes.
        try:
            # The saved passages are the source's, not the new build's.
            shutil.copytree(self.builds / source, staging, ignore=shutil.ignore_patterns(_PASSAGES))
            self._staging = FolderCollection(staging / _CHROMA, COLLECTION_NAME)
            if stale:
                self._staging.delete(where={"doc_id": {"$in": stale}})
        except Exception as exc:  # chromadb raises many types for a damaged store
            raise IndexCorruptError(
                f"{self.where} cannot be updated ({exc}). Run `exorag index --rebuild`."
            ) from exc
        return self._staging

    def max_batch(self) -> int:
        assert self._staging is not None, "stage() comes first"
        return self._staging.max_batch_size()

    def publish(self, name: str, manifest: Manifest) -> str | None:
        replaced = _live_or_none(self)
        self._close_staging()
        staging = self._staging_folder(name)
        write_atomically(staging / _MANIFEST, manifest.to_json())
        staging.rename(self.builds / name)
        write_atomically(self.index_dir / _CURRENT, name + "\n")
        return replaced

    def discard(self, name: str) -> None:
        self._close_staging()
        shutil.rmtree(self._staging_folder(name), ignore_errors=True)
        shutil.rmtree(self.builds / name, ignore_errors=True)

    def prune(self, keep: set[str]) -> None:
        # Under the write lock no other writer is at work: whatever else is here, a finished
        # build or a killed writer's partial one, is no longer needed.
        for entry in self.builds.iterdir():
            if entry.name not in keep:
                log.info("removing build %s", entry)
                shutil.rmtree(entry, ignore_errors=True)
        for leftover in self.index_dir.glob(f".{_CURRENT}.*.tmp"):
            leftover.unlink(missing_ok=True)

    def saved_passages(self, name: str, count: int) -> list[StoredPassage] | None:
        try:
            with open(self.builds / name / _PASSAGES, encoding="utf-8") as lines:
                passages = [StoredPassage(*json.loads(line)) for line in lines]
        except (OSError, ValueError, TypeError):  # none yet, or damaged: read Chroma again
            return None
        return passages if len(passages) == count else None

    def save_passages(self, name: str, passages: list[StoredPassage]) -> None:
        lines = (
            json.dumps([p.id, p.text, p.metadata], ensure_ascii=False) + "\n" for p in passages
        )
        try:
            write_atomically(self.builds / name / _PASSAGES, lines)
        except OSError as exc:  # a read-only index, or a build pruned meanwhile: read again
            log.info("passages of build %s not saved: %s", name, exc)

    def _staging_folder(self, name: str) -> Path:
        return self.builds / f".{name}.partial"

    def _close_staging(self) -> None:
        if self._staging is not None:
            self._staging.close()
            self._staging = None


class _ServerStore(_Store):
    """Builds as collections of a Chroma server, the live one named by a record of
    ``exorag_meta``, which also holds each build's manifest.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.where = f"the index on the Chroma server at {url}"
        with self.guard():
            self.client = _server_client(url)

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        try:
            yield
        except ExoragError:
            raise
        except Exception as exc:  # httpx, chromadb and ValueError errors all mean this
            raise IndexServerError(
                f"the Chroma server at {self.url} failed ({exc}). Check that it is running "
                "(`chroma run --path DIR --host HOST --port PORT`) and that --chroma-url "
                "points at it."
            ) from exc

    def live(self) -> str:
        text = self._record("live")
        if text is None:
            raise IndexMissingError(
                f"no index on the Chroma server at {self.url}. Run "
                f"`exorag index --chroma-url {self.url}` to build it from the corpus."
            )
        try:
            name = json.loads(text)["build"]
            if not isinstance(name, str) or not _BUILD_NAME.match(name):
                raise ValueError(f"bad build name {name!r}")
        except (ValueError, TypeError, KeyError) as exc:
            raise IndexCorruptError(
                f"{self.where} has an unreadable live-build record ({exc}). "
                "Run `exorag index --rebuild`."
            ) from exc
        return name

    def manifest(self, name: str) -> Manifest:
        text = self._record(f"manifest:{name}")
        if text is None:
            raise IndexCorruptError(
                f"{self.where} has no manifest for build {name}. Run `exorag index --rebuild`."
            )
        return _parse_manifest(text, self.where)

    def open(self, name: str) -> Records:
        from chromadb.errors import NotFoundError

        with self.guard():
            try:
                return self.client.get_collection(_collection(name), embedding_function=None)
            except NotFoundError as exc:
                raise IndexCorruptError(
                    f"{self.where} has lost build {name}. Run `exorag index --rebuild`."
                ) from exc

    def stage(self, name: str, source: str | None, stale: list[str]) -> Records:
        with self.guard():
            target = self.client.create_collection(
                _collection(name),
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
            )
            if source is not None:
                where = {"doc_id": {"$nin": stale}} if stale else None
                include = ["documents", "metadatas", "embeddings"]
                for page in _pages(self.open(source), include, where):
                    target.add(
                        ids=page["ids"],
                        documents=page["documents"],
                        metadatas=page["metadatas"],
                        embeddings=page["embeddings"],
                    )
        return target

    def max_batch(self) -> int:
        with self.guard():
            return self.client.get_max_batch_size()

    # A server's clients share no folder to keep passages in: each reads them from Chroma.
    def saved_passages(self, name: str, count: int) -> list[StoredPassage] | None:
        return None

    def save_passages(self, name: str, passages: list[StoredPassage]) -> None:
        return None

    def publish(self, name: str, manifest: Manifest) -> str | None:
        replaced = _live_or_none(self)
        with self.guard():
            self._put(f"manifest:{name}", manifest.to_json())
            # One record, so one write: readers see the old build or the new, never a mix.
            self._put("live", json.dumps({"build": name}))
        return replaced

    def discard(self, name: str) -> None:
        # Best effort: the failure that led here is what the user needs to see.
        with contextlib.suppress(Exception):
            self.client.delete_collection(_collection(name))
        with contextlib.suppress(Exception):
            self._meta().delete(ids=[f"manifest:{name}"])

    def prune(self, keep: set[str]) -> None:
        prefix = _collection("")
        with self.guard():
            for collection in self.client.list_collections():
                name = collection.name.removeprefix(prefix)
                if collection.name.startswith(prefix) and name not in keep and _abandoned(name):
                    log.info("removing build %s from %s", name, self.url)
                    self.client.delete_collection(collection.name)
            built = {
                c.name.removeprefix(prefix)
                for c in self.client.list_collections()
                if c.name.startswith(prefix)
            }
            meta = self._meta()
            orphans = [
                key
                for key in meta.get(include=[])["ids"]
                if key.startswith("manifest:") and key.removeprefix("manifest:") not in built
            ]
            if orphans:
                meta.delete(ids=orphans)

    def _meta(self) -> Records:
        return self.client.get_or_create_collection(META_COLLECTION, embedding_function=None)

    def _record(self, key: str) -> str | None:
        """A record of ``exorag_meta``, or None; reading creates nothing on the server."""
        from chromadb.errors import NotFoundError

        with self.guard():
            try:
                meta = self.client.get_collection(META_COLLECTION, embedding_function=None)
            except NotFoundError:
                return None
            got = meta.get(ids=[key], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def _put(self, key: str, text: str) -> None:
        # Chroma wants a vector with every record; the meta records are looked up by id only.
        self._meta().upsert(ids=[key], documents=[text], embeddings=[[0.0]])


def _collection(name: str) -> str:
    return f"{COLLECTION_NAME}.{name}"


def _live_or_none(store: _Store) -> str | None:
    try:
        return store.live()
    except (IndexMissingError, IndexCorruptError):
        return None


@lru_cache(maxsize=8)
def _server_client(url: str) -> ClientAPI:
    """One client per server and process: connecting costs round trips, and it is thread-safe."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    parsed = urllib.parse.urlsplit(url)
    try:
        port = parsed.port
    except ValueError:
        port = -1
    if parsed.scheme not in {"http", "https"} or not parsed.hostname or port == -1:
        raise IndexServerError(
            f"--chroma-url {url!r} is not a Chroma server address; expected http://HOST:PORT"
        )
    return chromadb.HttpClient(
        host=parsed.hostname,
        port=port or (443 if parsed.scheme == "https" else 8000),
        ssl=parsed.scheme == "https",
        settings=ChromaSettings(anonymized_telemetry=False),
    )
