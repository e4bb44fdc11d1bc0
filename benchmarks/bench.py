"""exorag's benchmark: every figure measured in one run beside its floor, and the targets.

    .venv/bin/python benchmarks/bench.py                 # everything (`make bench`)
    .venv/bin/python benchmarks/bench.py --quick         # a few minutes: 1k passages, 1 repeat
    .venv/bin/python benchmarks/bench.py --parts shipped,cold --sizes 1000,10000

Parts: ``shipped`` (cold and no-op ``exorag index``, warm ``Assistant.ask`` beside the
embedding floor and a LlamaIndex retriever), ``cold`` (``exorag ask`` and the UI from a cold
process, imports of ``--help``/``docs``/``ask``), ``scale`` (a synthetic corpus at each size:
ingest beside raw encode, ask latency, peak RSS), ``onnx`` (torch, ONNX fp32 and int8
throughput and ``exorag eval`` quality). Every floor uses the encoder exorag runs (ONNX
Runtime by default); cold index and ingest also show the sentence-transformers floor (cold
load + ``SentenceTransformer.encode``) beside it. Every heavy step runs in its own process
(``--worker``), so each is cold, and its peak RSS is its own. Prints a table, PASS/MISS per
target, and writes ``benchmarks/results/latest.json`` and ``latest.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from exorag.config import Settings

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
BIN = Path(sys.executable).parent
EXORAG = str(BIN / "exorag")
ENV = {
    **os.environ,
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}
DEFAULT_SIZES = (1_000, 10_000, 100_000)
# Above this size the vectors are random (see README): embedding 100k passages takes ~40 min.
EMBED_LIMIT = 10_000
HEAVY_MODULES = (
    "torch",
    "sentence_transformers",
    "transformers",
    "onnxruntime",
    "chromadb",
    "gradio",
)
# The encoder exorag's settings load (ONNX fp32 unless EXORAG_ENCODER says otherwise): the
# floors are measured with it, beside sentence-transformers ("torch-fp32").
ADOPTED = "adopted"
# How the report names an encoder by its ``Encoder.name``.
ENCODER_LABELS = {"onnx": "ONNX", "torch": "SentenceTransformer"}
SHIPPED_QUESTION_FILES = (ROOT / "tests/data/dev.jsonl", ROOT / "tests/data/questions.jsonl")


# ---------------------------------------------------------------------------- processes


@dataclass(frozen=True)
class Run:
    """One finished child process: wall time from spawn to exit, its CPU time (user + system,
    steadier than wall time when other processes load the machine), output, own peak RSS.
    """

    seconds: float
    cpu_s: float
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float

    def result(self) -> dict[str, Any]:
        """The JSON object a ``--worker`` printed last."""
        if self.returncode != 0:
            raise RuntimeError(f"worker failed ({self.returncode}):\n{self.stderr[-3000:]}")
        return json.loads(self.stdout.strip().splitlines()[-1])


def run(command: list[str], timeout: float = 3600) -> Run:
    """Run ``command`` to its end; its rusage (``wait4``) gives its own peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=ENV, cwd=ROOT)
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            seconds,
            usage.ru_utime + usage.ru_stime,
            process.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_maxrss / 1024,
        )


def worker(name: str, **arguments: Any) -> Run:
    """Run ``name`` below in a fresh interpreter."""
    return run([sys.executable, str(Path(__file__)), "--worker", name, json.dumps(arguments)])


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM)."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": statistics.median(ordered), "p95": p95, "n": len(ordered)}


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} load {load()[0]:.1f}] {message}", file=sys.stderr)


# ---------------------------------------------------------------------------- workers
# Each takes its JSON arguments and returns a JSON-able dict; it runs in a child process.


def work_encode(texts_file: str, variant: str = ADOPTED, onnx_dir: str = "") -> dict:
    """A floor: cold encoder load, then raw batched encode of the same texts. ``adopted`` is
    the encoder exorag's settings load (the graph in its cache, as `exorag index` loads it);
    the other variants are those of ``ort_encoder``.
    """
    from exorag.config import Settings

    settings = Settings.from_env()
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    started = time.perf_counter()
    if variant == ADOPTED:
        from exorag.embeddings import load_encoder

        encoder = load_encoder(settings)
    else:
        import ort_encoder

        encoder = ort_encoder.load_variant(variant, Path(onnx_dir))
    loaded = time.perf_counter()
    encoder.encode(texts, settings.embed_batch_size)
    done = time.perf_counter()
    return {
        "encoder": encoder.name,
        "load_s": loaded - started,
        "encode_s": done - loaded,
        "passages": len(texts),
        "torch_imported": "torch" in sys.modules,
        "peak_rss_mb": peak_rss_mb(),
    }


def work_ask(
    index_dir: str,
    corpus_dir: str,
    questions: list[str],
    rounds: int,
    llamaindex: bool = False,
) -> dict:
    """Warm ``Assistant.ask`` latency beside the floor (embedding the question with the same
    encoder, in the same process) and, optionally, a plain LlamaIndex retriever over the same
    texts.
    """
    started = time.perf_counter()
    from exorag import Assistant
    from exorag.embeddings import embed, load_encoder

    assistant = Assistant(index_dir=index_dir, corpus_dir=corpus_dir)
    settings = assistant.settings
    assistant.ask(questions[0])
    first_s = time.perf_counter() - started
    rss_after_load = peak_rss_mb()
    retriever = _llamaindex_retriever(Path(corpus_dir), settings) if llamaindex else None
    floor, asked, plain = [], [], []
    for _ in range(rounds):
        for question in questions:
            t0 = time.perf_counter()
            embed([question], settings)
            t1 = time.perf_counter()
            assistant.ask(question)
            t2 = time.perf_counter()
            floor.append((t1 - t0) * 1000)
            asked.append((t2 - t1) * 1000)
            if retriever is not None:
                t3 = time.perf_counter()
                retriever.retrieve(question)
                plain.append((time.perf_counter() - t3) * 1000)
    return {
        "encoder": load_encoder(settings).name,
        "first_ask_s": first_s,
        "ask_ms": percentiles(asked),
        "floor_ms": percentiles(floor),
        "llamaindex_ms": percentiles(plain) if plain else None,
        "passages": assistant.status().passages,
        "torch_imported": "torch" in sys.modules,
        "peak_rss_mb": rss_after_load,
        "peak_rss_end_mb": peak_rss_mb(),
    }


def work_build_random(corpus_dir: str, index_dir: str) -> dict:
    """``build_index`` as it is, with random unit vectors in place of the model's."""
    import numpy as np

    import exorag.embeddings as embeddings
    from exorag.config import Settings
    from exorag.index import build_index

    dimension = 384  # the bundled model's
    generator = np.random.default_rng(0)

    def random_vectors(texts: Sequence[str], settings: Settings) -> np.ndarray:
        vectors = generator.standard_normal((len(texts), dimension), dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def random_dimension(settings: Settings) -> int:
        return dimension

    # index.py imports these at call time, so the build picks the stand-ins up.
    embeddings.embed = random_vectors
    embeddings.embedding_dimension = random_dimension
    report = build_index(Settings.from_env(corpus_dir=corpus_dir, index_dir=index_dir))
    return {"seconds": report.seconds, "passages": report.passages, "peak_rss_mb": peak_rss_mb()}


def work_export_onnx(onnx_dir: str) -> dict:
    """Export the fp32 graph as exorag does and quantise it; try sentence-transformers' own
    ONNX backend.
    """
    import ort_encoder

    from exorag.embeddings import export_onnx, model_dir

    folder = Path(onnx_dir)
    started = time.perf_counter()
    export_onnx(ort_encoder.variant_path("onnx-fp32", folder))
    exported = time.perf_counter() - started
    for variant in ort_encoder.INT8_VARIANTS:
        ort_encoder.quantize_int8(folder, variant)
    try:
        from sentence_transformers import SentenceTransformer

        SentenceTransformer(str(model_dir()), device="cpu", backend="onnx")
        st_backend = "works"
    except Exception as exc:
        st_backend = f"unavailable: {' '.join(str(exc).split())[:200]}"
    return {
        "export_s": exported,
        "sizes_mb": {
            variant: ort_encoder.variant_path(variant, folder).stat().st_size / 1e6
            for variant in ort_encoder.VARIANTS
            if variant != "torch-fp32"
        },
        "sentence_transformers_backend_onnx": st_backend,
    }


def work_eval(variant: str, onnx_dir: str, index_dir: str, question_files: list[str]) -> dict:
    """Index the shipped corpus and score it (what `exorag eval --json` prints) with the
    encoder ``variant``: the fp32 ones through ``Settings.encoder`` as a user would choose
    them, the int8 ones swapped in where exorag loads its encoder.
    """
    import numpy as np
    import ort_encoder

    import exorag.embeddings as embeddings
    from exorag import Assistant
    from exorag.config import Settings
    from exorag.evaluate import evaluate, load_questions
    from exorag.index import build_index

    folder = Path(onnx_dir)
    setting = "torch" if variant == "torch-fp32" else "onnx"
    settings = Settings.from_env(index_dir=index_dir, encoder=setting, cache_dir=folder)
    if variant in ort_encoder.INT8_VARIANTS:
        quantised = ort_encoder.load_variant(variant, folder)
        embeddings.load_encoder = lambda _: quantised  # embed() looks it up at call time
    build_index(settings, rebuild=True)
    reports = {
        Path(f).name: evaluate(Assistant(settings=settings), load_questions(Path(f))).to_dict()
        for f in question_files
    }
    probe = ["Exosomes carry miRNA, lncRNA and protein.", "EGFR-TKI resistance in NSCLC."]
    reference = embeddings.SentenceTransformerEncoder().encode(probe, batch_size=len(probe))
    cosine = (embeddings.embed(probe, settings) * reference).sum(axis=1)
    return {
        name: {"metrics": r["metrics"], "latency_ms": r["latency_ms"]}
        for name, r in reports.items()
    } | {
        # An ONNX variant that fell back to torch would compare torch with itself.
        "encoder": embeddings.load_encoder(settings).name,
        "min_cosine_to_fp32": float(np.min(cosine)),
    }


def _llamaindex_retriever(corpus_dir: Path, settings: Settings):
    """LlamaIndex's plain path: VectorStoreIndex, SentenceSplitter(256), top 3, embedding with
    exorag's own encoder, so that the two differ in everything but the model's cost.
    """
    from llama_index.core import Document, VectorStoreIndex
    from llama_index.core.embeddings import BaseEmbedding
    from llama_index.core.node_parser import SentenceSplitter

    from exorag.corpus import full_text_path, list_documents, read_full_text
    from exorag.embeddings import embed

    class ExoragEmbedding(BaseEmbedding):
        def _get_query_embedding(self, query: str) -> list[float]:
            return embed([query], settings)[0].tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return embed([text], settings)[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return embed(texts, settings).tolist()

    texts = []
    for document in list_documents(corpus_dir).documents:
        texts.append(Document(text=document.body, metadata={"doc_id": document.id}))
        full_text = full_text_path(document.path)
        if full_text.exists():
            text, start = read_full_text(full_text)
            texts.append(Document(text=text[start:], metadata={"doc_id": document.id}))
    index = VectorStoreIndex.from_documents(
        texts, embed_model=ExoragEmbedding(), transformations=[SentenceSplitter(chunk_size=256)]
    )
    retriever = index.as_retriever(similarity_top_k=3)
    retriever.retrieve("warm up")
    return retriever


WORKERS: dict[str, Callable[..., dict]] = {
    "encode": work_encode,
    "ask": work_ask,
    "build_random": work_build_random,
    "export_onnx": work_export_onnx,
    "eval": work_eval,
}


# ---------------------------------------------------------------------------- parts


@dataclass(frozen=True)
class Options:
    parts: tuple[str, ...]
    sizes: tuple[int, ...]
    repeats: int
    rounds: int
    onnx_texts: int
    fresh: bool
    workspace: Path
    encoder: str  # what exorag's settings load: "onnx", or "torch" if the export failed


def embedded_texts(corpus_dir: Path) -> list[str]:
    """What `exorag index` embeds for ``corpus_dir``: the floor encodes exactly these."""
    from exorag.config import Settings
    from exorag.corpus import list_documents
    from exorag.glossary import load_glossary
    from exorag.index import embedding_text, passage_chunks

    settings = Settings.from_env(corpus_dir=corpus_dir)
    glossary = load_glossary(corpus_dir)
    texts = []
    for document in list_documents(corpus_dir).documents:
        for chunk in passage_chunks(document, settings):
            cross = glossary.english_for(chunk.text) if chunk.language == "zh" else []
            texts.append(embedding_text(chunk, document, cross))
    return texts


def shipped_questions() -> list[str]:
    return [
        json.loads(line)["question"]
        for path in SHIPPED_QUESTION_FILES
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def cold_index_beside_floor(corpus_dir: Path, options: Options, label: str) -> dict:
    """`exorag index` of ``corpus_dir`` into a new folder, alternating with its floors: the
    adopted encoder's (the target's) and sentence-transformers'.
    """
    texts_file = options.workspace / f"{label}-texts.json"
    texts = embedded_texts(corpus_dir)
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    index_runs: list[Run] = []
    floor_runs: dict[str, list[Run]] = {ADOPTED: [], "torch-fp32": []}
    for attempt in range(options.repeats):
        index_dir = options.workspace / f"{label}-index-{attempt}"
        built = run([EXORAG, "index", "--corpus", str(corpus_dir), "--index", str(index_dir)])
        if built.returncode != 0:
            raise RuntimeError(f"exorag index failed:\n{built.stderr[-3000:]}")
        index_runs.append(built)
        for variant, runs in floor_runs.items():
            runs.append(worker("encode", texts_file=str(texts_file), variant=variant))
        log(
            f"{label}: index {built.seconds:.1f} s, floor {floor_runs[ADOPTED][-1].seconds:.1f} s"
            f" (sentence-transformers {floor_runs['torch-fp32'][-1].seconds:.1f} s)"
        )
    index_s = statistics.median(r.seconds for r in index_runs)
    index_cpu_s = statistics.median(r.cpu_s for r in index_runs)
    floor, st_floor = floor_summary(floor_runs[ADOPTED]), floor_summary(floor_runs["torch-fp32"])
    return {
        "index_dir": str(options.workspace / f"{label}-index-0"),
        "passages": len(texts),
        "index_s": index_s,
        "index_runs_s": [r.seconds for r in index_runs],
        "index_cpu_s": index_cpu_s,
        "index_peak_rss_mb": max(r.peak_rss_mb for r in index_runs),
        "floor": floor,
        "st_floor": st_floor,
        "ratio": index_s / floor["s"],
        "cpu_ratio": index_cpu_s / floor["cpu_s"],
        "st_ratio": index_s / st_floor["s"],
        "st_cpu_ratio": index_cpu_s / st_floor["cpu_s"],
    }


def floor_summary(runs: list[Run]) -> dict:
    """Medians of ``encode`` worker runs: wall and CPU time of the whole process, and the
    load and encode times it measured inside.
    """
    results = [r.result() for r in runs]
    return {
        "encoder": results[0]["encoder"],
        "s": statistics.median(r.seconds for r in runs),
        "runs_s": [r.seconds for r in runs],
        "cpu_s": statistics.median(r.cpu_s for r in runs),
        "load_s": statistics.median(r["load_s"] for r in results),
        "encode_s": statistics.median(r["encode_s"] for r in results),
        "torch_imported": any(r["torch_imported"] for r in results),
    }


def part_shipped(options: Options, results: dict) -> None:
    corpus = ROOT / "corpus"
    cold = cold_index_beside_floor(corpus, options, "shipped")
    index_dir = cold["index_dir"]
    noop = [run([EXORAG, "index", "--index", index_dir]) for _ in range(options.repeats)]
    start = [run([EXORAG, "--help"]) for _ in range(options.repeats)]
    log("shipped: warm ask beside the floor and LlamaIndex")
    asked = worker(
        "ask",
        index_dir=index_dir,
        corpus_dir=str(corpus),
        questions=shipped_questions(),
        rounds=options.rounds,
        llamaindex=True,
    ).result()
    results["shipped"] = {
        "cold_index": cold,
        "noop_index_s": statistics.median(r.seconds for r in noop),
        "process_start_s": statistics.median(r.seconds for r in start),
        "warm_ask": asked,
    }


def part_cold(options: Options, results: dict) -> None:
    index_dir = results.get("shipped", {}).get("cold_index", {}).get("index_dir")
    if index_dir is None:
        index_dir = str(options.workspace / "cold-index")
        run([EXORAG, "index", "--index", index_dir])
    question = "What are the mechanisms of TKI resistance?"
    question_file = options.workspace / "question.json"
    question_file.write_text(json.dumps([question]), encoding="utf-8")
    asks: list[Run] = []
    floor_runs: dict[str, list[Run]] = {ADOPTED: [], "torch-fp32": []}
    for _ in range(options.repeats):
        asks.append(run([EXORAG, "ask", question, "--index", index_dir]))
        for variant, runs in floor_runs.items():
            runs.append(worker("encode", texts_file=str(question_file), variant=variant))
        floors = {variant: runs[-1].seconds for variant, runs in floor_runs.items()}
        log(
            f"cold: exorag ask {asks[-1].seconds:.1f} s, floor {floors[ADOPTED]:.1f} s "
            f"(sentence-transformers {floors['torch-fp32']:.1f} s)"
        )
    if any(a.returncode != 0 for a in asks):
        raise RuntimeError(f"exorag ask failed:\n{asks[-1].stderr[-3000:]}")
    results["cold"] = {
        "ask_s": statistics.median(a.seconds for a in asks),
        "ask_runs_s": [a.seconds for a in asks],
        "ask_cpu_s": statistics.median(a.cpu_s for a in asks),
        "floor": floor_summary(floor_runs[ADOPTED]),
        "st_floor": floor_summary(floor_runs["torch-fp32"]),
        "ui_first_answer": ui_first_answer(index_dir, question),
        # A separate run: -X importtime slows the timed ones down.
        "imports": {
            "--help": imports_of(["--help"]),
            "docs": imports_of(["docs", "--index", index_dir]),
            "ask": imports_of(["ask", question, "--index", index_dir]),
        },
    }


def ui_first_answer(index_dir: str, question: str, limit_s: float = 300) -> dict:
    """Spawn `exorag serve` and poll its /ask endpoint until the first answer arrives."""
    try:
        from gradio_client import Client
    except ImportError as exc:
        return {"status": f"pending: gradio_client missing ({exc})"}
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    command = [EXORAG, "serve", "--index", index_dir, "--port", str(port)]
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=ENV, cwd=ROOT)
        try:
            while time.perf_counter() - started < limit_s and server.poll() is None:
                try:
                    answer = Client(url, verbose=False).predict(question, 5, api_name="/ask")
                except Exception:
                    time.sleep(0.2)
                    continue
                seconds = time.perf_counter() - started
                ok = isinstance(answer, dict) and bool(answer.get("citations"))
                return {
                    "status": "ok" if ok else f"pending: odd answer {answer!r:.200}",
                    "s": seconds,
                }
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-500:]
            return {"status": f"pending: no answer from the UI ({tail.strip()})"}
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def imports_of(arguments: list[str]) -> dict:
    """Which heavy modules an `exorag …` command imports (``-X importtime``), and its time."""
    code = "from exorag.cli import main; main()"
    started = time.perf_counter()
    done = run([sys.executable, "-X", "importtime", "-c", code, *arguments])
    seconds = time.perf_counter() - started
    names = {m.group(1) for m in re.finditer(r"\|\s+([\w.]+)\s*$", done.stderr, re.M)}
    heavy = sorted({n.split(".")[0] for n in names} & set(HEAVY_MODULES))
    return {"s": seconds, "returncode": done.returncode, "heavy_imports": heavy}


def part_scale(options: Options, results: dict) -> None:
    import synthetic

    questions = synthetic.questions(40)
    sizes: dict[str, dict] = {}
    for size in options.sizes:
        corpus = options.workspace / f"synthetic-{size}"
        documents = synthetic.write_corpus(corpus, size)  # cheap: seconds even at 100k
        log(f"scale {size}: {documents} documents written")
        entry: dict[str, Any] = {"documents": documents}
        if size <= EMBED_LIMIT:
            ingest = cold_index_beside_floor(
                corpus, replace(options, repeats=1), f"synthetic-{size}"
            )
            entry["ingest"] = ingest
            entry["vectors"] = "model"
            index_dir = ingest["index_dir"]
        else:
            corpus, index_dir, entry["random_build"] = random_vector_index(
                corpus, size, options.fresh
            )
            entry["vectors"] = "random unit vectors"

        def ask(corpus: Path, index_dir: str) -> Run:
            return worker(
                "ask",
                index_dir=index_dir,
                corpus_dir=str(corpus),
                questions=questions,
                rounds=options.rounds,
            )

        asking = ask(corpus, index_dir)
        if asking.returncode != 0 and entry.get("random_build", {}).get("cached"):
            log(f"scale {size}: the cached index does not open; building it again")
            corpus, index_dir, entry["random_build"] = random_vector_index(
                options.workspace / f"synthetic-{size}", size, True
            )
            asking = ask(corpus, index_dir)
        asked = asking.result()
        entry["ask"] = asked
        entry["passages"] = asked["passages"]
        log(f"scale {size}: ask p95 {asked['ask_ms']['p95']:.0f} ms")
        sizes[str(size)] = entry
        if corpus.is_relative_to(options.workspace):
            shutil.rmtree(corpus, ignore_errors=True)
    results["scale"] = sizes


def random_vector_index(corpus: Path, size: int, fresh: bool) -> tuple[Path, str, dict]:
    """A synthetic index whose vectors are random: built once, then kept under
    ``results/cache`` until the chunker, the manifest format or the generator changes (or
    the index no longer opens: see ``part_scale``).
    """
    import hashlib

    from exorag.chunking import CHUNKER_VERSION
    from exorag.index import MANIFEST_FORMAT

    shape = f"{CHUNKER_VERSION}/{MANIFEST_FORMAT}/".encode() + (HERE / "synthetic.py").read_bytes()
    cached = RESULTS / "cache" / f"synthetic-{size}-{hashlib.sha256(shape).hexdigest()[:12]}"
    if (cached / "built.json").exists() and not fresh:
        log(f"scale {size}: random-vector index from {cached}")
        built = json.loads((cached / "built.json").read_text())
        return cached / "corpus", str(cached / "index"), built | {"cached": True}
    shutil.rmtree(RESULTS / "cache", ignore_errors=True)  # one cached index at a time
    cached.mkdir(parents=True)
    shutil.move(corpus, cached / "corpus")
    built_run = worker(
        "build_random", corpus_dir=str(cached / "corpus"), index_dir=str(cached / "index")
    )
    built = built_run.result() | {"wall_s": built_run.seconds, "cpu_s": built_run.cpu_s}
    (cached / "built.json").write_text(json.dumps(built))
    log(f"scale {size}: random-vector build {built_run.seconds:.0f} s")
    return cached / "corpus", str(cached / "index"), built | {"cached": False}


def part_onnx(options: Options, results: dict) -> None:
    import importlib.util

    import ort_encoder
    import synthetic

    if importlib.util.find_spec("onnx") is None:  # the int8 quantiser needs it
        results["onnx"] = {"skipped": "the onnx package is missing: pip install onnx"}
        return
    onnx_dir = options.workspace / "onnx"
    exported = worker("export_onnx", onnx_dir=str(onnx_dir)).result()
    corpus = options.workspace / "onnx-corpus"
    synthetic.write_corpus(corpus, options.onnx_texts, seed=3)
    texts = embedded_texts(corpus)[: options.onnx_texts]
    texts_file = options.workspace / "onnx-texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    variants: dict[str, dict] = {}
    for variant in ort_encoder.VARIANTS:
        encoded = worker(
            "encode", texts_file=str(texts_file), variant=variant, onnx_dir=str(onnx_dir)
        )
        quality = worker(
            "eval",
            variant=variant,
            onnx_dir=str(onnx_dir),
            index_dir=str(options.workspace / f"eval-{variant}"),
            question_files=[str(p) for p in SHIPPED_QUESTION_FILES],
        ).result()
        variants[variant] = encoded.result() | {"wall_s": encoded.seconds, "quality": quality}
        log(f"onnx: {variant} {len(texts) / variants[variant]['encode_s']:.1f} passages/s")
    results["onnx"] = {
        "export": exported,
        "texts": len(texts),
        "adopted": ort_encoder.BY_SETTING[options.encoder],
        "variants": variants,
    }


PARTS: dict[str, Callable[[Options, dict], None]] = {
    "shipped": part_shipped,
    "cold": part_cold,
    "scale": part_scale,
    "onnx": part_onnx,
}


# ---------------------------------------------------------------------------- report


@dataclass(frozen=True)
class Figure:
    name: str
    value: str
    floor: str = ""
    ratio: str = ""


@dataclass(frozen=True)
class Target:
    name: str
    verdict: str  # PASS, MISS or "n/a"
    measured: str


def figures(results: dict) -> list[Figure]:
    rows: list[Figure] = []
    shipped = results.get("shipped")
    if shipped:
        cold, ask = shipped["cold_index"], shipped["warm_ask"]
        rows += _beside_floors(
            f"cold `exorag index`, shipped corpus ({cold['passages']} passages)",
            f"{cold['index_s']:.1f} s",
            (cold["index_s"], cold["index_cpu_s"]),
            cold,
            lambda floor: (
                f"{floor['s']:.1f} s {_encoder(floor)} cold load + encode "
                f"({floor['load_s']:.1f} + {floor['encode_s']:.1f})"
            ),
        )
        rows += [
            Figure(
                "no-op re-index (process included)",
                f"{shipped['noop_index_s']:.2f} s",
                f"{shipped['process_start_s']:.2f} s `exorag --help`",
                f"{shipped['noop_index_s'] / shipped['process_start_s']:.2f}×",
            ),
            Figure(
                f"warm `Assistant.ask` p50 / p95, shipped ({ask['ask_ms']['n']} asks)",
                _ms(ask["ask_ms"]),
                f"{_ms(ask['floor_ms'])} embed question ({_encoder(ask)})",
                f"{ask['ask_ms']['p50'] / ask['floor_ms']['p50']:.2f}×",
            ),
            Figure(
                "LlamaIndex retriever p50 / p95, same texts and encoder (top 3)",
                _ms(ask["llamaindex_ms"]),
                f"{_ms(ask['floor_ms'])} embed question ({_encoder(ask)})",
                f"{ask['llamaindex_ms']['p50'] / ask['floor_ms']['p50']:.2f}×",
            ),
        ]
    cold = results.get("cold")
    if cold:
        ui = cold["ui_first_answer"]
        rows += _beside_floors(
            "`exorag ask` from a cold shell",
            f"{cold['ask_s']:.1f} s",
            (cold["ask_s"], cold["ask_cpu_s"]),
            cold,
            lambda floor: f"{floor['s']:.1f} s {_encoder(floor)} cold load + embed question",
        )
        rows += [
            Figure(
                "UI (`exorag serve`) spawn → first /ask answer",
                f"{ui['s']:.1f} s" if ui["status"] == "ok" else ui["status"][:60],
                f"{cold['ask_s']:.1f} s `exorag ask` cold",
                f"{ui['s'] / cold['ask_s']:.2f}×" if ui["status"] == "ok" else "",
            ),
        ]
        for command, found in cold["imports"].items():
            rows.append(
                Figure(
                    f"`exorag {command}`: heavy imports",
                    ", ".join(found["heavy_imports"]) or "none",
                    f"{found['s']:.2f} s with -X importtime",
                )
            )
    for size, entry in results.get("scale", {}).items():
        label = f"{int(size) // 1000}k"
        ingest = entry.get("ingest")
        if ingest:
            passages = ingest["passages"]
            rows += _beside_floors(
                f"ingest {label} ({passages} passages), cold process",
                f"{passages / ingest['index_s']:.1f} passages/s",
                (ingest["index_s"], ingest["index_cpu_s"]),
                ingest,
                lambda floor, n=passages: (
                    f"{n / floor['s']:.1f} passages/s raw {_encoder(floor)} encode "
                    f"({n / floor['encode_s']:.1f} without load)"
                ),
            )
        built = entry.get("random_build")
        if built:
            rows.append(
                Figure(
                    f"build {label} ({built['passages']} passages), random vectors"
                    + (" (cached from an earlier run)" if built["cached"] else ""),
                    f"{built['wall_s']:.0f} s, CPU {built['cpu_s']:.0f} s (all but encoding)",
                    f"peak RSS {built['peak_rss_mb']:.0f} MB",
                )
            )
        ask = entry["ask"]
        rows += [
            Figure(
                f"ask p50 / p95 at {label} ({entry['vectors']})",
                _ms(ask["ask_ms"]),
                f"{_ms(ask['floor_ms'])} embed question ({_encoder(ask)})",
                f"{ask['ask_ms']['p50'] / ask['floor_ms']['p50']:.2f}×",
            ),
            Figure(
                f"peak RSS, ask process at {label}",
                f"{ask['peak_rss_end_mb']:.0f} MB",
                f"first ask (load) {ask['first_ask_s']:.1f} s",
            ),
        ]
    onnx = results.get("onnx")
    if onnx and "skipped" in onnx:
        rows.append(Figure("ONNX / int8 backends", onnx["skipped"]))
    elif onnx:
        variants, adopted = onnx["variants"], onnx["adopted"]
        base = variants["torch-fp32"]
        for variant, entry in variants.items():
            quality = entry["quality"]
            rows.append(
                Figure(
                    f"encode {onnx['texts']} passages, {variant}{_adoption(onnx, variant)}",
                    f"{entry['passages'] / entry['encode_s']:.1f} passages/s "
                    f"(load {entry['load_s']:.1f} s)",
                    "eval "
                    + " / ".join(
                        f"{m[:-6] if m.endswith('.jsonl') else m} {_quality(quality[m])}"
                        for m in quality
                        if m.endswith(".jsonl")
                    ),
                    f"{base['encode_s'] / entry['encode_s']:.2f}× speed",
                )
            )
        chosen = variants[adopted]
        rows += [
            Figure(
                "adopted encoder (exorag's default)",
                adopted,
                f"eval change {_quality_drift(base['quality'], chosen['quality']):.3f} vs "
                f"torch-fp32; cold load {chosen['load_s']:.1f} s vs {base['load_s']:.1f} s",
                f"{base['encode_s'] / chosen['encode_s']:.2f}× speed",
            ),
            Figure(
                "ONNX export of the model (once, at install)",
                f"{onnx['export']['export_s']:.1f} s",
                ", ".join(f"{v} {mb:.0f} MB" for v, mb in onnx["export"]["sizes_mb"].items()),
            ),
        ]
    return rows


def _beside_floors(
    name: str,
    value: str,
    seconds: tuple[float, float],
    floors: dict,
    describe: Callable[[dict], str],
) -> list[Figure]:
    """A cold figure (``seconds``: wall and CPU time) beside the adopted encoder's floor, which
    its target is judged against, then beside sentence-transformers' floor; ``floors`` holds
    both (``floor_summary``) as ``floor`` and ``st_floor``.
    """
    wall_s, cpu_s = seconds
    return [
        Figure(
            name if key == "floor" else f"{name}, beside sentence-transformers",
            value,
            describe(floors[key]),
            f"{wall_s / floors[key]['s']:.2f}× (CPU {cpu_s / floors[key]['cpu_s']:.2f}×)",
        )
        for key in ("floor", "st_floor")
    ]


def _encoder(measured: dict) -> str:
    return ENCODER_LABELS.get(measured["encoder"], measured["encoder"])


def _adoption(onnx: dict, variant: str) -> str:
    """Whether ``variant`` is the encoder exorag runs, and if not, whether it could be."""
    if variant == onnx["adopted"]:
        return " (adopted)"
    if variant == "torch-fp32":
        return " (reference)"
    drift = _quality_drift(
        onnx["variants"]["torch-fp32"]["quality"], onnx["variants"][variant]["quality"]
    )
    return f" (not adopted: eval change {drift:.3f} {'≤' if drift <= 0.01 else '>'} 0.01)"


def targets(results: dict) -> list[Target]:
    shipped, cold = results.get("shipped"), results.get("cold")
    out: list[Target] = []

    def check(name: str, present: bool, passed: Callable[[], bool], measured: Callable[[], str]):
        if not present:
            out.append(Target(name, "n/a", "not run"))
        else:
            out.append(Target(name, "PASS" if passed() else "MISS", measured()))

    check(
        "warm ask p50 ≤ 2× floor (shipped corpus)",
        bool(shipped),
        lambda: _ask_ratio(shipped) <= 2,
        lambda: f"{_ask_ratio(shipped):.2f}×",
    )
    largest = max((int(s) for s in results.get("scale", {})), default=0)
    at_largest = results.get("scale", {}).get(str(largest), {})
    check(
        f"ask p95 ≤ 150 ms at 100k passages (largest run: {largest})",
        largest >= 100_000,
        lambda: at_largest["ask"]["ask_ms"]["p95"] <= 150,
        lambda: f"{at_largest['ask']['ask_ms']['p95']:.0f} ms",
    )
    check(
        "cold `exorag index` ≤ 1.25× floor (shipped corpus)",
        bool(shipped),
        lambda: shipped["cold_index"]["ratio"] <= 1.25,
        lambda: (
            f"{shipped['cold_index']['ratio']:.2f}× (CPU {shipped['cold_index']['cpu_ratio']:.2f}×)"
        ),
    )
    for size, entry in results.get("scale", {}).items():
        if "ingest" in entry:
            check(
                f"cold `exorag index` ≤ 1.25× floor ({int(size) // 1000}k synthetic)",
                True,
                lambda e=entry: e["ingest"]["ratio"] <= 1.25,
                lambda e=entry: (
                    f"{e['ingest']['ratio']:.2f}× (CPU {e['ingest']['cpu_ratio']:.2f}×)"
                ),
            )
    check(
        "no-op re-index ≤ 3 s incl. process start",
        bool(shipped),
        lambda: shipped["noop_index_s"] <= 3,
        lambda: f"{shipped['noop_index_s']:.2f} s",
    )
    check(
        "peak RSS ≤ 2 GB at 100k passages",
        largest >= 100_000,
        lambda: _peak_at(at_largest) <= 2048,
        lambda: f"{_peak_at(at_largest):.0f} MB",
    )
    check(
        "`exorag ask` cold ≤ 10 s",
        bool(cold),
        lambda: cold["ask_s"] <= 10,
        lambda: (
            f"{cold['ask_s']:.1f} s (floor {cold['floor']['s']:.1f} s {_encoder(cold['floor'])}, "
            f"{cold['st_floor']['s']:.1f} s SentenceTransformer)"
        ),
    )
    for command in ("--help", "docs", "ask"):
        check(
            f"`exorag {command}` does not import torch",
            bool(cold),
            lambda c=command: (
                "torch" not in cold["imports"][c]["heavy_imports"]
                and cold["imports"][c]["returncode"] == 0
            ),
            lambda c=command: ", ".join(cold["imports"][c]["heavy_imports"]) or "no heavy import",
        )
    onnx = results.get("onnx")
    check(
        "adopted encoder: eval within 0.01 of torch fp32",
        bool(onnx and "variants" in onnx),
        lambda: _adopted_drift(onnx) <= 0.01,
        lambda: f"{onnx['adopted']}: largest metric change {_adopted_drift(onnx):.3f}",
    )
    return out


def _adopted_drift(onnx: dict) -> float:
    variants = onnx["variants"]
    return _quality_drift(variants["torch-fp32"]["quality"], variants[onnx["adopted"]]["quality"])


def _ask_ratio(shipped: dict) -> float:
    ask = shipped["warm_ask"]
    return ask["ask_ms"]["p50"] / ask["floor_ms"]["p50"]


def _peak_at(entry: dict) -> float:
    peaks = [entry["ask"]["peak_rss_end_mb"]]
    if "random_build" in entry:
        peaks.append(entry["random_build"]["peak_rss_mb"])
    return max(peaks)


def _quality(report: dict) -> str:
    m = report["metrics"]
    return f"top3 {m['evidence_in_top3']:.3f}, abst {m['abstained']:.2f}"


def _quality_drift(base: dict, other: dict) -> float:
    return max(
        abs(base[name]["metrics"][metric] - other[name]["metrics"][metric])
        for name in base
        if name.endswith(".jsonl")
        for metric in base[name]["metrics"]
    )


def _ms(p: dict | None) -> str:
    return "—" if not p else f"{p['p50']:.0f} / {p['p95']:.0f} ms"


def render_text(rows: list[Figure], verdicts: list[Target]) -> str:
    widths = [max(len(getattr(r, f)) for r in rows) for f in ("name", "value", "floor")]
    header = Figure("figure", "measured", "floor / baseline", "ratio")
    lines = []
    for r in [header, *rows]:
        lines.append(
            f"{r.name:<{widths[0]}}  {r.value:<{widths[1]}}  {r.floor:<{widths[2]}}  {r.ratio}"
        )
    lines.append("")
    lines += [f"{t.verdict:<5} {t.name}: {t.measured}" for t in verdicts]
    return "\n".join(lines)


def render_markdown(rows: list[Figure], verdicts: list[Target], machine: dict) -> str:
    lines = [
        f"Machine: {machine['nproc']} cores, {machine['cpu']}, Python {machine['python']}; "
        f"exorag's encoder: {machine['encoder']}; "
        f"load average {machine['load_start']} at start, {machine['load_end']} at end; "
        f"run took {machine['minutes']:.1f} min.",
        "",
        "| figure | measured | floor / baseline | ratio |",
        "|---|---|---|---|",
        *(f"| {r.name} | {r.value} | {r.floor} | {r.ratio} |" for r in rows),
        "",
        "| target | verdict | measured |",
        "|---|---|---|",
        *(f"| {t.name} | {t.verdict} | {t.measured} |" for t in verdicts),
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--parts", default=",".join(PARTS), help="comma list of " + ", ".join(PARTS)
    )
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--repeats", type=int, default=3, help="cold runs per figure (median)")
    parser.add_argument("--rounds", type=int, default=1, help="passes over the question set")
    parser.add_argument("--onnx-texts", type=int, default=500, help="passages per encode test")
    parser.add_argument("--quick", action="store_true", help="1k only, 1 repeat, 200 ONNX texts")
    parser.add_argument("--keep", action="store_true", help="keep the temporary workspace")
    parser.add_argument(
        "--fresh", action="store_true", help="rebuild the cached random-vector index"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(argv)
    if args.worker:
        sys.path.insert(0, str(HERE))
        print(json.dumps(WORKERS[args.worker](**json.loads(rest[0]))))
        return 0
    sys.path.insert(0, str(HERE))
    parts = tuple(p for p in args.parts.split(",") if p)
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    encoder = prepare_encoder()
    workspace = Path(tempfile.mkdtemp(prefix="exorag-bench-"))
    options = Options(
        parts=parts,
        sizes=(1_000,) if args.quick else tuple(int(s) for s in args.sizes.split(",") if s),
        repeats=1 if args.quick else args.repeats,
        rounds=1 if args.quick else args.rounds,
        onnx_texts=200 if args.quick else args.onnx_texts,
        fresh=args.fresh,
        workspace=workspace,
        encoder=encoder,
    )
    machine: dict[str, Any] = {
        "nproc": os.cpu_count(),
        "cpu": _cpu_name(),
        "python": platform.python_version(),
        "encoder": encoder,
        "load_start": load(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    started = time.perf_counter()
    results: dict[str, Any] = {}
    # A terminated run still removes its workspace and keeps the parts it finished.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        for part in options.parts:
            log(f"part {part}")
            before = load()
            PARTS[part](options, results)
            results.setdefault("load", {})[part] = {"before": before, "after": load()}
            report(machine, options, results, started)
    finally:
        if not args.keep:
            shutil.rmtree(workspace, ignore_errors=True)
    rows, verdicts = report(machine, options, results, started)
    print(render_text(rows, verdicts))
    print(
        f"\nexorag's encoder: {machine['encoder']}; "
        f"{machine['nproc']} cores, load average {machine['load_start']} → "
        f"{machine['load_end']}, {machine['minutes']:.1f} min; "
        f"wrote {RESULTS / 'latest.json'} and latest.md"
    )
    return 0


def prepare_encoder() -> str:
    """Export the ONNX graph if it is missing, as `make install` does, so that no timed run
    pays for the one-off export; the name of the encoder exorag's settings load.
    """
    prepared = run([sys.executable, "-m", "exorag.embeddings"])
    if prepared.returncode != 0:
        raise RuntimeError(f"preparing the encoder failed:\n{prepared.stderr[-3000:]}")
    encoder = prepared.stdout.split()[0]
    log(f"exorag's encoder: {encoder} ({prepared.seconds:.1f} s to load or export)")
    return encoder


def report(
    machine: dict, options: Options, results: dict, started: float
) -> tuple[list[Figure], list[Target]]:
    """Write latest.json and latest.md from what has been measured so far."""
    machine |= {"load_end": load(), "minutes": (time.perf_counter() - started) / 60}
    rows, verdicts = figures(results), targets(results)
    RESULTS.mkdir(exist_ok=True)
    document = {
        "machine": machine,
        "options": {k: str(v) for k, v in options.__dict__.items()},
        "results": results,
        "table": [r.__dict__ for r in rows],
        "targets": [t.__dict__ for t in verdicts],
    }
    (RESULTS / "latest.json").write_text(json.dumps(document, indent=2), encoding="utf-8")
    (RESULTS / "latest.md").write_text(render_markdown(rows, verdicts, machine), encoding="utf-8")
    return rows, verdicts


def _cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


if __name__ == "__main__":
    sys.exit(main())
