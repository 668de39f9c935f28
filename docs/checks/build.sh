#!/bin/bash
# a held-out check of issue 15 (the 33rd to the 35th): one build per pool, one at a time (2 shared cores)
# usage: build.sh [CHECK_DIR] [POOL ...]   (default: all six pools, in this order)
cd "${1:-.}"; shift  # the check folder holding cfg_<pool>.yaml (e.g. /tmp/check35)
SLOIKA=${SLOIKA:-sloika}  # sloika on PATH, or SLOIKA=.venv/bin/sloika
POOLS=${@:-pdf latex_ru html_ru md_ru plain_ru subs}
for p in $POOLS; do
  echo "== $p $(date -u +%H:%M:%S)"; nice $SLOIKA build cfg_$p.yaml --overwrite > build_$p.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
done
