# The README's contract: `make run` and `make test` install everything they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: install run test lint index bench clean

install: $(STAMP)

# torch is pinned first so that pip takes the CPU build on this machine's disk rather than
# a multi-GB CUDA build from the registry.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m exorag.embeddings  # exports the model to ONNX once, so no user waits for it
	touch $(STAMP)

# Indexing is a no-op (a fraction of a second) when the corpus, glossary and chunker are
# unchanged, so `make run` always brings the index up to date before serving.
run: index
	$(BIN)/exorag serve

lint: install
	$(BIN)/ruff check src tests benchmarks app.py
	$(BIN)/ruff format --check src tests benchmarks app.py

test: lint
	$(BIN)/python -m pytest

index: install
	$(BIN)/exorag index

bench: install
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) index/CURRENT index/builds
