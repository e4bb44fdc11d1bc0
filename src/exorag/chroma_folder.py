"""A Chroma collection kept in a folder, read and written without chromadb's Python client.

``import chromadb`` costs about a second of CPU (its client defines pydantic models and
imports every embedding provider it knows), as long as embedding the whole shipped corpus.
A local index needs none of that client: this module calls the storage engine that
``chromadb.PersistentClient`` itself wraps (``chromadb_rust_bindings``, part of the chromadb
wheel) with the client's own default settings. The folder is the one the client writes, and
any Chroma client can open it. The engine's calls are not chromadb's public interface, so
``pyproject.toml`` keeps chromadb below 1.6 and ``tests/test_chroma_folder.py`` checks both
ways: a release that changes them fails there first.

A Chroma server is reached through ``chromadb.HttpClient`` as before (see ``index.py``).
"""

from __future__ import annotations

import json
import resource
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

_TENANT = "default_tenant"
_DATABASE = "default_database"
_SQLITE_FILE = "chroma.sqlite3"


class _Engine:
    """One engine per folder and process, shared by every collection opened there (as the
    client shares its ``System``); it closes when the last of them is dropped.
    """

    def __init__(self, folder: Path) -> None:
        import chromadb_rust_bindings as engine

        database = engine.SqliteDBConfig(
            hash_type=engine.MigrationHash.MD5,
            migration_mode=engine.MigrationMode.Apply,
            url=str(folder / _SQLITE_FILE),
        )
        self.calls = engine.Bindings(
            allow_reset=False,
            sqlite_db_config=database,
            persist_path=str(folder),
            # The client's own sizing: each HNSW index holds five files open.
            hnsw_cache_size=resource.getrlimit(resource.RLIMIT_NOFILE)[0] // 5,
        )


_engines: weakref.WeakValueDictionary[Path, _Engine] = weakref.WeakValueDictionary()
_engines_lock = threading.Lock()


def _engine(folder: Path) -> _Engine:
    folder = folder.resolve()
    with _engines_lock:
        engine = _engines.get(folder)
        if engine is None:
            engine = _engines[folder] = _Engine(folder)
        return engine


class FolderCollection:
    """The calls of ``chromadb.Collection`` that exorag makes, on a collection in a folder.

    Results are the dictionaries the client returns (``ids``, ``documents``, ``metadatas``,
    ``embeddings``, ``distances``), so code reading them serves either kind of collection.
    Errors are chromadb's own (``chromadb.errors``).
    """

    def __init__(self, folder: Path, name: str, create_cosine: bool = False) -> None:
        if create_cosine:
            folder.mkdir(parents=True, exist_ok=True)
        self._engine: _Engine | None = _engine(folder)
        if create_cosine:
            # What the client sends for configuration={"hnsw": {"space": "cosine"}} and no
            # embedding function.
            configuration = {
                "hnsw": {"space": "cosine"},
                "spann": None,
                "embedding_function": {"type": "legacy"},
            }
            model = self._calls.create_collection(
                name, json.dumps(configuration), None, None, False, _TENANT, _DATABASE
            )
        else:
            model = self._calls.get_collection(name, _TENANT, _DATABASE)
        self._id = str(model.id)

    @property
    def _calls(self) -> Any:
        if self._engine is None:
            raise RuntimeError("the collection was closed")
        return self._engine.calls

    def max_batch_size(self) -> int:
        return int(self._calls.get_max_batch_size())

    def count(self) -> int:
        return int(self._calls.count(self._id, _TENANT, _DATABASE))

    def add(
        self,
        ids: list[str],
        documents: list[str],
        metadatas: list[dict[str, Any]],
        embeddings: np.ndarray | Sequence[Sequence[float]],
    ) -> None:
        self._calls.add(ids, self._id, embeddings, metadatas, documents, None, _TENANT, _DATABASE)

    def delete(self, where: dict[str, Any]) -> None:
        self._calls.delete(self._id, None, json.dumps(where), None, None, _TENANT, _DATABASE)

    def get(
        self,
        ids: list[str] | None = None,
        include: Sequence[str] = ("documents", "metadatas"),
        limit: int | None = None,
        offset: int = 0,
        where: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        got = self._calls.get(
            self._id,
            ids,
            json.dumps(where) if where else None,
            limit,
            offset,
            None,
            list(include),
            _TENANT,
            _DATABASE,
        )
        return {"ids": got.ids, **{field: getattr(got, field) for field in include}}

    def query(
        self,
        query_embeddings: Sequence[Sequence[float]],
        n_results: int,
        where: dict[str, Any] | None = None,
        include: Sequence[str] = ("distances",),
    ) -> dict[str, Any]:
        found = self._calls.query(
            self._id,
            None,
            [list(map(float, e)) for e in query_embeddings],
            n_results,
            json.dumps(where) if where else None,
            None,
            list(include),
            _TENANT,
            _DATABASE,
        )
        return {"ids": found.ids, **{field: getattr(found, field) for field in include}}

    def close(self) -> None:
        """Let go of the engine: once every collection of the folder has, its files are
        closed and the folder may be renamed or removed.
        """
        self._engine = None
