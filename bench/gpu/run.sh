#!/usr/bin/env bash
# On the GPU box: install the carried wheels and sloika (no internet, no deps resolved), then run
# a benchmark with its JSON written to $OUT (or bench/out). One device-tool call per benchmark:
#   bash bench/gpu/run.sh bench/bench_loss.py
#   bash bench/gpu/run.sh bench/bench_train.py --modes lora,full
#   bash bench/gpu/run.sh bench/bench_train.py --modes pretrain
#   bash bench/gpu/run.sh bench/bench_lm_eval.py --model models/qwen3-0.6b --include tasks/ --tasks arc_easy \
#        --dtype bfloat16 --batch-size 32      # a real local model; wheels made with LM_EVAL=1
# (device tool: carry [".whl"]; make the wheels first with bash bench/gpu/wheels.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-python3}
site=/tmp/sloika-site
"$python" -m pip install --quiet --no-index --no-deps --no-compile --no-cache-dir --upgrade \
  --target "$site" .whl/*.whl
PYTHONPATH="$site" "$python" -m pip install --quiet --no-index --no-deps --no-build-isolation \
  --no-cache-dir --upgrade --target "$site" .
export PYTHONPATH="$site" PYTHONUNBUFFERED=1
"$python" -c "import torch, transformers, peft; print('torch', torch.__version__, 'transformers', \
transformers.__version__, 'peft', peft.__version__, torch.cuda.get_device_name() if torch.cuda.is_available() else 'no GPU')"
bench=$1; shift
out=${OUT:-bench/out}
mkdir -p "$out"
nvidia-smi --query-gpu=name,memory.total,clocks.max.sm --format=csv >"$out/gpu.txt" 2>&1 || true
"$python" "$bench" "$@" --out "$out/$(basename "$bench" .py).json"
