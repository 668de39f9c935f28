#!/usr/bin/env bash
# Wheels for the GPU box, which has torch but no internet and may have other versions of the rest:
# the Python packages sloika.training needs, at the versions this checkout's venv tests with.
# Run here (where pip reaches PyPI); the device tool carries .whl/ (see bench/gpu/run.sh).
#   bash bench/gpu/wheels.sh [PYTHON_VERSION]     # default 3.12, the GPU image's python
#   LM_EVAL=1 bash bench/gpu/wheels.sh            # + lm-evaluation-harness for bench_lm_eval.py: what
#     sloika's run of it imports (scikit-learn, scipy, nltk, rouge-score, evaluate, pytablewriter are
#     left out: the run passes without them; pyarrow, numpy, jinja2 are on the image). Not yet run there.
set -euo pipefail
cd "$(dirname "$0")/../.."
python_version=${1:-3.12}
venv=${VENV:-.venv}
packages=(pydantic pydantic_core annotated-types typing-inspection typing_extensions
          transformers tokenizers huggingface_hub safetensors regex peft accelerate
          setuptools)  # setuptools: to build sloika there without build isolation
if [[ -n "${LM_EVAL:-}" ]]; then
  packages+=(lm_eval datasets dill multiprocess xxhash fsspec pandas python-dateutil pytz sacrebleu lxml
             portalocker tabulate colorama sqlitedict more-itertools)
fi
rm -rf .whl && mkdir -p .whl
for name in "${packages[@]}"; do
  version=$("$venv/bin/python" -c "import importlib.metadata as m, sys; print(m.version(sys.argv[1]))" "$name")
  "$venv/bin/python" -m pip download --quiet --no-deps --only-binary=:all: \
    --python-version "$python_version" --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 \
    --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    -d .whl "$name==$version"
done
du -sh .whl
