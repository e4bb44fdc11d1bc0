"""The folder collection writes what chromadb's own client reads, and reads what it writes."""

from __future__ import annotations

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings
from conftest import printed_by_fresh_python

from exorag.chroma_folder import FolderCollection

NAME = "exorag_passages"


def unit_vectors(count: int, seed: int = 7) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(count, 384)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def records(count: int) -> dict:
    return {
        "ids": [f"d{i % 4}#{i}" for i in range(count)],
        "documents": [f"passage {i} about exosomes" for i in range(count)],
        "metadatas": [{"doc_id": f"d{i % 4}", "position": i} for i in range(count)],
        "embeddings": unit_vectors(count),
    }


def test_chromas_client_reads_what_the_folder_collection_wrote(tmp_path):
    written = records(30)
    collection = FolderCollection(tmp_path / "chroma", NAME, create_cosine=True)
    collection.add(**written)
    collection.close()

    client = chromadb.PersistentClient(
        path=str(tmp_path / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    read = client.get_collection(NAME)
    assert read.count() == 30
    assert read.configuration_json["hnsw"]["space"] == "cosine"
    got = read.get(ids=["d1#5"], include=["documents", "metadatas", "embeddings"])
    assert got["documents"] == ["passage 5 about exosomes"]
    assert got["metadatas"] == [{"doc_id": "d1", "position": 5}]
    assert np.allclose(got["embeddings"][0], written["embeddings"][5], atol=1e-6)
    nearest = read.query(query_embeddings=[written["embeddings"][9].tolist()], n_results=3)
    assert nearest["ids"][0][0] == "d1#9"
    assert nearest["distances"][0][0] == pytest.approx(0.0, abs=1e-5)  # cosine distance
    client.close()


def test_the_folder_collection_reads_and_updates_what_chromas_client_wrote(tmp_path):
    written = records(40)
    client = chromadb.PersistentClient(
        path=str(tmp_path / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    client.create_collection(
        NAME, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    ).add(**written)
    client.close()

    collection = FolderCollection(tmp_path / "chroma", NAME)
    assert collection.count() == 40
    query = written["embeddings"][6].tolist()
    assert collection.query([query], 1)["ids"] == [["d2#6"]]
    only_d3 = collection.query([query], 5, where={"doc_id": {"$in": ["d3"]}})
    assert only_d3["ids"][0] and all(i.startswith("d3#") for i in only_d3["ids"][0])
    pages = [collection.get(limit=15, offset=o)["ids"] for o in (0, 15, 30, 45)]
    assert sorted(i for page in pages for i in page) == sorted(written["ids"])
    assert pages[-1] == []
    collection.delete(where={"doc_id": {"$in": ["d0", "d1"]}})
    assert collection.count() == 20
    assert collection.get(ids=["d0#0", "d2#2"], include=["documents"])["ids"] == ["d2#2"]


def test_a_closed_folder_can_be_moved_and_opened_again(tmp_path):
    collection = FolderCollection(tmp_path / "staging", NAME, create_cosine=True)
    collection.add(**records(8))
    collection.close()
    (tmp_path / "staging").rename(tmp_path / "live")
    assert FolderCollection(tmp_path / "live", NAME).count() == 8
    with pytest.raises(RuntimeError, match="closed"):
        collection.count()


def test_a_missing_collection_is_chromas_not_found_error(tmp_path):
    FolderCollection(tmp_path / "chroma", NAME, create_cosine=True).close()
    with pytest.raises(chromadb.errors.NotFoundError):
        FolderCollection(tmp_path / "chroma", "another_collection")


def test_writing_and_reading_need_no_import_of_chromadbs_client(tmp_path):
    code = (
        "import sys, numpy as np\n"
        "from pathlib import Path\n"
        "from exorag.chroma_folder import FolderCollection\n"
        f"c = FolderCollection(Path({str(tmp_path)!r}), {NAME!r}, create_cosine=True)\n"
        "c.add(['a', 'b'], ['one', 'two'], [{'n': 1}, {'n': 2}], np.eye(2, 384))\n"
        "nearest = c.query([np.eye(2, 384)[1]], 1)['ids'][0][0]\n"
        "print(c.count(), nearest, 'chromadb' in sys.modules)\n"
    )
    assert printed_by_fresh_python(code, timeout=60) == ["2", "b", "False"]
