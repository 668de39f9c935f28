# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DEMO_OUT ?= out/demo

.PHONY: demo test lint install install-dev install-train bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# the stamp reinstalls when pyproject.toml changes
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

# torch first, pinned to the CPU wheel, so peft/accelerate don't pull a CUDA build
install-train: install
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[train]" torch==2.13.0

demo: install
	$(BIN)/sloika build pipelines/examples/demo.yaml --overwrite
	$(BIN)/sloika query $(DEMO_OUT) "SELECT kind, lang, count(*) AS documents, sum(n_chars) AS chars FROM documents GROUP BY ALL ORDER BY documents DESC"

test: install
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/python bench/bench_build.py

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
