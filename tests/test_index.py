"""index.py: a real Chroma index, built aside and swapped in, updated only where the corpus
changed, refused when built with another model or chunker, written by one process at a time.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import printed_by_fresh_python, write_document

from exorag.chunking import CHUNKER_VERSION, chunk_document
from exorag.config import MODEL_NAME, Settings
from exorag.corpus import read_document
from exorag.embeddings import _load_encoder
from exorag.errors import (
    CorpusError,
    IndexBusyError,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
)
from exorag.index import IndexReader, build_index, live_build_id, live_manifest, write_lock

ALPHA = "# Alpha\n\n## Findings\n\nExosomes are small vesicles. They carry proteins and RNA.\n"
BETA = "# Beta\n\n## Bone\n\nOsteoclasts resorb bone in metastasis.\n"


@pytest.fixture
def tiny(tmp_path: Path) -> Settings:
    """A two-document corpus, indexed."""
    corpus = tmp_path / "corpus"
    write_document(corpus, "alpha.md", ALPHA, authors=["A. Author"], date="2024-01-02")
    write_document(corpus, "beta.md", BETA)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings)
    return settings


def stored(settings: Settings) -> dict[str, str]:
    """Passage id → text, as the live build holds them."""
    return {p.id: p.text for p in IndexReader(settings).passages()}


def ids_of(settings: Settings, doc_id: str) -> set[str]:
    return {p.id for p in IndexReader(settings).passages() if p.metadata["doc_id"] == doc_id}


def live_manifest_file(settings: Settings) -> Path:
    return settings.index_dir / "builds" / live_build_id(settings) / "manifest.json"


def test_first_build_indexes_every_passage_with_its_citation(tiny):
    passages = IndexReader(tiny).passages()
    documents = {d: read_document(tiny.corpus_dir / f"{d}.md") for d in ("alpha", "beta")}
    expected = {c.id for d in documents.values() for c in chunk_document(d)}
    assert {p.id for p in passages} == expected
    for passage in passages:
        meta = passage.metadata
        source = documents[meta["doc_id"]]
        assert passage.text == source.text[meta["start"] : meta["end"]]
        assert meta["title"] == source.title
        assert meta["language"] == "en"
    title, alpha = [p for p in passages if p.metadata["doc_id"] == "alpha"][:2]
    assert (title.metadata["section"], title.text) == ("Title", documents["alpha"].title)
    assert alpha.metadata["section"] == "Findings"
    assert json.loads(alpha.metadata["authors"]) == ["A. Author"]
    assert alpha.metadata["date"] == "2024-01-02"


def test_manifest_records_model_dimension_chunker_and_a_hash_per_document(tiny):
    manifest = live_manifest(tiny)
    assert manifest.model == MODEL_NAME
    assert manifest.dimension == 384
    assert manifest.chunker_version == CHUNKER_VERSION
    assert sorted(manifest.documents) == ["alpha", "beta"]
    for doc_id, entry in manifest.documents.items():
        raw = (tiny.corpus_dir / f"{doc_id}.md").read_bytes()
        assert entry["sha256"] == hashlib.sha256(raw).hexdigest()
        assert entry["chunks"] == 2  # its title and its one section
    assert manifest.passages == 4


def test_unchanged_corpus_is_a_no_op_that_does_not_load_the_model(tiny):
    build = live_build_id(tiny)
    calls = _load_encoder.cache_info()
    report = build_index(tiny)
    assert _load_encoder.cache_info() == calls  # not even asked for
    assert not report.changed
    assert report.unchanged == ("alpha", "beta")
    assert report.passages == 4
    assert live_build_id(tiny) == build


def test_unchanged_corpus_does_not_import_torch_in_a_fresh_process(tiny):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from exorag.config import Settings\n"
        "from exorag.index import build_index\n"
        f"report = build_index(Settings(corpus_dir=Path({str(tiny.corpus_dir)!r}), "
        f"index_dir=Path({str(tiny.index_dir)!r})))\n"
        "print(report.changed, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    assert printed_by_fresh_python(code) == ["False", "False", "False"]


def test_an_edited_document_is_re_embedded_alone(tiny):
    alpha_ids = ids_of(tiny, "alpha")
    write_document(tiny.corpus_dir, "beta.md", BETA.replace("resorb bone", "break down bone"))
    embedded: list[tuple[int, int]] = []
    report = build_index(tiny, progress=lambda done, total: embedded.append((done, total)))
    assert (report.added, report.updated, report.unchanged) == ((), ("beta",), ("alpha",))
    assert embedded == [(2, 2)]  # beta's title and section, nothing of alpha's
    assert ids_of(tiny, "alpha") == alpha_ids
    texts = stored(tiny).values()
    assert "Osteoclasts break down bone in metastasis." in texts
    assert "Osteoclasts resorb bone in metastasis." not in texts


def test_a_removed_document_is_deleted_without_the_model(tiny):
    (tiny.corpus_dir / "beta.md").unlink()
    calls = _load_encoder.cache_info()
    report = build_index(tiny)
    assert _load_encoder.cache_info() == calls
    assert (report.removed, report.unchanged) == (("beta",), ("alpha",))
    assert ids_of(tiny, "beta") == set()
    assert sorted(live_manifest(tiny).documents) == ["alpha"]
    assert report.passages == live_manifest(tiny).passages == 2


def test_a_new_document_is_added(tiny):
    write_document(tiny.corpus_dir, "gamma.md", "## Blood\n\nHypercalcaemia follows bone loss.\n")
    report = build_index(tiny)
    assert (report.added, report.updated, report.unchanged) == (("gamma",), (), ("alpha", "beta"))
    assert "Hypercalcaemia follows bone loss." in stored(tiny).values()
    assert live_manifest(tiny).passages == 5


def test_rebuild_starts_over_and_keeps_at_most_two_builds(tiny):
    first = live_build_id(tiny)
    report = build_index(tiny, rebuild=True)
    assert (report.added, report.unchanged) == (("alpha", "beta"), ())
    assert live_build_id(tiny) != first
    build_index(tiny, rebuild=True)
    builds = sorted(p.name for p in (tiny.index_dir / "builds").iterdir())
    assert len(builds) == 2  # the live build and the one a reader may still have open
    assert live_build_id(tiny) in builds


def test_a_document_that_turns_malformed_keeps_its_indexed_passages(tiny):
    (tiny.corpus_dir / "beta.md").write_text("# Beta, front matter lost\n", encoding="utf-8")
    report = build_index(tiny)
    assert [s.path.name for s in report.skipped] == ["beta.md"]
    assert report.skipped[0].reason.startswith("has no front matter")
    assert report.removed == ()
    assert ids_of(tiny, "beta")


def test_a_corpus_without_readable_documents_is_refused(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.md").write_text("no front matter\n", encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    with pytest.raises(CorpusError, match=r"no readable documents .*\n  skipped bad.md: has no"):
        build_index(settings)
    with pytest.raises(IndexMissingError):
        live_build_id(settings)


def test_an_index_of_another_chunker_version_is_refused_until_indexed_again(tiny):
    path = live_manifest_file(tiny)
    manifest = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**manifest, "chunker_version": "0"}), encoding="utf-8")
    refusal = r"chunker version 0, not .*Run `exorag index`\.$"
    with pytest.raises(IndexMismatchError, match=refusal):
        IndexReader(tiny)
    # The corpus is at hand: indexing again re-chunks every document, no --rebuild needed.
    report = build_index(tiny)
    assert live_manifest(tiny).chunker_version == CHUNKER_VERSION
    assert set(report.added) == set(manifest["documents"])
    assert len(IndexReader(tiny).passages()) == live_manifest(tiny).passages


def test_an_index_of_another_model_is_refused(tiny):
    other = replace(tiny, model_name="sentence-transformers/all-mpnet-base-v2")
    refusal = rf"built with model {MODEL_NAME}, not .*all-mpnet.*Run `exorag index --rebuild`"
    with pytest.raises(IndexMismatchError, match=refusal):
        IndexReader(other)
    with pytest.raises(IndexMismatchError, match=refusal):
        build_index(other)


def test_a_damaged_manifest_is_reported_as_corrupt(tiny):
    live_manifest_file(tiny).write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="Run `exorag index --rebuild`"):
        IndexReader(tiny)
    build_index(tiny, rebuild=True)
    assert len(IndexReader(tiny).passages()) == 4


@pytest.mark.parametrize("where", ["empty", "absent"])
def test_no_index_yet_is_reported_as_missing(tmp_path, where):
    index_dir = tmp_path / "index"
    if where == "empty":
        index_dir.mkdir()
    settings = Settings(corpus_dir=tmp_path, index_dir=index_dir)
    with pytest.raises(IndexMissingError, match=f"no index at {index_dir}. Run `exorag index`"):
        IndexReader(settings)


def test_a_folder_of_other_files_is_not_taken_for_an_index(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(IndexCorruptError, match="is not an exorag index"):
        IndexReader(Settings(corpus_dir=tmp_path, index_dir=tmp_path))


def test_an_interrupted_build_leaves_the_live_index_as_it_was(tiny):
    build = live_build_id(tiny)
    before = stored(tiny)
    write_document(tiny.corpus_dir, "beta.md", BETA.replace("Osteoclasts", "Osteoblasts"))

    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt  # Ctrl+C while embedding, after the first batch was written

    with pytest.raises(KeyboardInterrupt):
        build_index(tiny, progress=interrupt)
    assert live_build_id(tiny) == build
    assert stored(tiny) == before
    assert not [p.name for p in (tiny.index_dir / "builds").iterdir() if p.name != build]
    # The next build picks up the edit as if nothing had happened.
    assert build_index(tiny).updated == ("beta",)
    assert "Osteoblasts resorb bone in metastasis." in stored(tiny).values()


def test_a_second_writer_is_refused(tiny):
    write_document(tiny.corpus_dir, "gamma.md", "## New\n\nA new finding.\n")
    with write_lock(tiny.index_dir), pytest.raises(IndexBusyError, match="another `exorag index`"):
        build_index(tiny)
    assert build_index(tiny).added == ("gamma",)


def test_readers_are_not_blocked_by_a_writer(tiny):
    with write_lock(tiny.index_dir):
        assert len(IndexReader(tiny).passages()) == 4


def test_an_edited_glossary_re_indexes_every_document(tiny):
    (tiny.corpus_dir / "glossary.yaml").write_text(
        "- en: [osteoclast, osteoclasts]\n  zh: [破骨细胞]\n", encoding="utf-8"
    )
    report = build_index(tiny)
    assert sorted(report.added + report.updated) == ["alpha", "beta"]
    assert live_manifest(tiny).glossary_used().matches("破骨细胞")


def test_stored_vectors_give_the_similarities_the_nearest_neighbour_query_gives(tiny):
    import numpy as np

    from exorag.embeddings import embed

    build_index(tiny)
    reader = IndexReader(tiny)
    question = embed(["Which cells resorb bone?"], tiny)[0]
    nearest = dict(reader.query(question.tolist(), 2, None))
    vectors = reader.vectors(list(nearest))
    assert sorted(vectors) == sorted(nearest)
    for passage_id, similarity in nearest.items():
        assert float(np.dot(question, vectors[passage_id])) == pytest.approx(similarity, abs=1e-4)


def passages_file(settings: Settings) -> Path:
    return settings.index_dir / "builds" / live_build_id(settings) / "passages.v1.jsonl"


def from_chroma(settings: Settings) -> list[tuple[str, str, dict]]:
    """The passages as Chroma itself returns them, with no saved copy to read from."""
    passages_file(settings).unlink(missing_ok=True)
    reader = IndexReader(settings)
    got = reader.collection.get(include=["documents", "metadatas"])
    return sorted(zip(got["ids"], got["documents"], got["metadatas"], strict=True))


def test_the_first_reader_saves_a_builds_passages_for_the_next(tiny):
    assert not passages_file(tiny).exists()
    first = IndexReader(tiny).passages()
    assert passages_file(tiny).exists()
    second = IndexReader(tiny).passages()
    assert second == first
    assert sorted((p.id, p.text, p.metadata) for p in second) == from_chroma(tiny)


def test_damaged_saved_passages_are_read_from_chroma_again(tiny):
    expected = IndexReader(tiny).passages()
    for damage in ("not json\n", '["one", "passage", {}]\n'):
        passages_file(tiny).write_text(damage, encoding="utf-8")
        assert IndexReader(tiny).passages() == expected
        assert IndexReader(tiny).passages() == expected  # from the file written afresh


def test_an_update_does_not_inherit_the_previous_builds_saved_passages(tiny):
    IndexReader(tiny).passages()  # saved beside the build the update copies
    write_document(tiny.corpus_dir, "beta.md", BETA.replace("resorb", "digest"))
    assert build_index(tiny).updated == ("beta",)
    assert not passages_file(tiny).exists()
    texts = [p.text for p in IndexReader(tiny).passages()]
    assert any("digest" in t for t in texts) and not any("resorb" in t for t in texts)
