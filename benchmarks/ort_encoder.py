"""The encoder variants the benchmark compares: exorag's two, and int8 quantisations of its graph.

exorag runs the bundled MiniLM on ONNX Runtime (fp32, the default) or on sentence-transformers
(torch); both encoders and the ONNX export live in ``exorag.embeddings``. Only what the
benchmark alone needs is here: ONNX Runtime's dynamic int8 quantisation of that exported graph,
run by the same ``OnnxEncoder``, so that the variants differ in their weights and nothing else.

sentence-transformers' own ``backend="onnx"`` cannot be tried instead: it needs
``optimum-onnx``, whose only release pins ``transformers<4.58`` while sentence-transformers 6
needs ``transformers>=5``: the two cannot share a venv.
"""

from __future__ import annotations

from pathlib import Path

from exorag.embeddings import Encoder, OnnxEncoder, SentenceTransformerEncoder, onnx_model_path

# Dynamic int8 variants: per-channel symmetric int8 weights keep the vectors closest to fp32;
# per-tensor uint8 with reduced range is the classic AVX2 recipe.
INT8_VARIANTS = {
    "onnx-int8": {"weight_type": "QInt8", "per_channel": True},
    "onnx-int8-per-tensor": {"weight_type": "QUInt8", "per_channel": False, "reduce_range": True},
}
VARIANTS = ("torch-fp32", "onnx-fp32", *INT8_VARIANTS)
# The variant each value of ``Settings.encoder`` runs.
BY_SETTING = {"torch": "torch-fp32", "onnx": "onnx-fp32"}


def variant_path(variant: str, folder: Path) -> Path:
    """The graph of an ONNX ``variant`` in ``folder``. The fp32 graph keeps exorag's own file
    name, so that ``Settings(encoder="onnx", cache_dir=folder)`` runs exactly that file.
    """
    if variant == "onnx-fp32":
        return onnx_model_path(folder)
    return folder / f"{variant}.onnx"


def quantize_int8(folder: Path, variant: str) -> Path:
    """Dynamic int8 quantisation of the fp32 graph in ``folder`` (weights int8, activations
    quantised at run time).
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    options = dict(INT8_VARIANTS[variant])
    options["weight_type"] = getattr(QuantType, str(options["weight_type"]))
    target = variant_path(variant, folder)
    quantize_dynamic(str(variant_path("onnx-fp32", folder)), str(target), **options)
    return target


def load_variant(variant: str, folder: Path) -> Encoder:
    """A cold ``variant``, as an ``exorag.embeddings.Encoder``."""
    if variant == "torch-fp32":
        return SentenceTransformerEncoder()
    return OnnxEncoder(variant_path(variant, folder))
