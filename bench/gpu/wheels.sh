#!/usr/bin/env bash
# Wheels for the GPU box, which has torch but no internet and may have other versions of the rest:
# the Python packages sloika.training needs, at the versions this checkout's venv tests with.
# Run here (where pip reaches PyPI); the device tool carries .whl/ (see bench/gpu/run.sh).
#   bash bench/gpu/wheels.sh [PYTHON_VERSION]     # default 3.12, the GPU image's python
set -euo pipefail
cd "$(dirname "$0")/../.."
python_version=${1:-3.12}
venv=${VENV:-.venv}
packages=(pydantic pydantic_core annotated-types typing-inspection typing_extensions
          transformers tokenizers huggingface_hub safetensors regex peft accelerate
          setuptools)  # setuptools: to build sloika there without build isolation
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
