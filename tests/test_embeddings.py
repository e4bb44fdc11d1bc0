"""The ONNX encoder against sentence-transformers itself, on the bundled model."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import printed_by_fresh_python

from exorag.config import Settings
from exorag.embeddings import (
    OnnxEncoder,
    SentenceTransformerEncoder,
    _load_encoder,
    embed,
    export_onnx,
    load_encoder,
    onnx_model_path,
    word_pieces,
)

TEXTS = [
    "Exosomes carry miRNA, lncRNA and protein between cells.",
    "  EGFR-TKI resistance in NSCLC: T790M and bypass signalling (MET amplification).  ",
    "外泌体是由细胞内多囊泡体与细胞膜融合后，释放到细胞外形成的直径为40-160 nm的细胞外囊泡。",
    "",
    # Longer than the model's 256-token window: both must cut it at the same place.
    " ".join(["osteoclast-mediated bone resorption releases TGF-β"] * 80),
]


@pytest.fixture(scope="module")
def torch_vectors() -> np.ndarray:
    return SentenceTransformerEncoder().encode(TEXTS, batch_size=2)


def test_the_onnx_encoder_gives_the_vectors_of_sentence_transformers(torch_vectors):
    encoder = load_encoder(Settings.from_env())
    assert encoder.name == "onnx"
    vectors = encoder.encode(TEXTS, batch_size=2)
    assert vectors.dtype == np.float32
    assert vectors.shape == torch_vectors.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.abs(vectors - torch_vectors).max() < 1e-5


def test_rows_keep_the_order_of_the_texts_whatever_the_batch(torch_vectors):
    encoder = load_encoder(Settings.from_env())
    one_by_one = np.stack([encoder.encode([text], batch_size=1)[0] for text in TEXTS])
    assert np.abs(one_by_one - encoder.encode(TEXTS, batch_size=3)).max() < 1e-5
    reversed_rows = embed(TEXTS[::-1], Settings.from_env())
    assert np.abs(reversed_rows[::-1] - torch_vectors).max() < 1e-5


def test_a_fresh_export_matches_the_prepared_one(tmp_path, torch_vectors):
    target = export_onnx(onnx_model_path(tmp_path))
    assert target.exists()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no partial file left
    vectors = OnnxEncoder(target).encode(TEXTS, batch_size=4)
    assert np.abs(vectors - torch_vectors).max() < 1e-5


def test_an_unwritable_cache_falls_back_to_sentence_transformers(tmp_path, caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    settings = replace(Settings.from_env(), cache_dir=blocked / "cache")
    encoder = load_encoder(settings)
    assert encoder.name == "torch"
    assert "ONNX export failed" in caplog.text
    assert embed(["bone metastasis"], settings).shape == (1, 384)
    _load_encoder.cache_clear()  # the fallback must not stand in for later tests' settings


@pytest.mark.parametrize(
    ("word", "technical"),
    [("outlook", False), ("partners", False), ("thrombosis", True), ("microparticles", True)],
)
def test_the_models_vocabulary_tells_everyday_words_from_technical_ones(word, technical):
    assert (word_pieces(word) >= 3) is technical


def test_an_unknown_encoder_is_refused():
    with pytest.raises(ValueError, match="unknown encoder 'gpu'"):
        load_encoder(replace(Settings.from_env(), encoder="gpu"))


def test_a_question_is_answered_without_importing_torch(shipped_index):
    code = (
        "import sys\n"
        "from exorag import Assistant\n"
        f"answer = Assistant(index_dir={str(shipped_index.index_dir)!r}).ask("
        "'What is the diameter of exosomes?')\n"
        "print(bool(answer.citations), 'torch' in sys.modules,"
        " 'sentence_transformers' in sys.modules, 'chromadb' in sys.modules)\n"
    )
    assert printed_by_fresh_python(code) == ["True", "False", "False", "False"]
