#!/bin/bash
# thirty-third held-out check: one build per pool, one at a time (2 shared cores)
cd /tmp/check33
echo "== pdf $(date -u +%H:%M:%S)"; nice /work/main/.venv/bin/sloika build /tmp/check33/cfg_pdf.yaml --overwrite > /tmp/check33/build_pdf.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== latex_ru $(date -u +%H:%M:%S)"; nice /work/main/.venv/bin/sloika build /tmp/check33/cfg_latex_ru.yaml --overwrite > /tmp/check33/build_latex_ru.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== html_ru $(date -u +%H:%M:%S)"; nice /work/main/.venv/bin/sloika build /tmp/check33/cfg_html_ru.yaml --overwrite > /tmp/check33/build_html_ru.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== md_ru $(date -u +%H:%M:%S)"; nice /work/main/.venv/bin/sloika build /tmp/check33/cfg_md_ru.yaml --overwrite > /tmp/check33/build_md_ru.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== plain_ru $(date -u +%H:%M:%S)"; nice /work/main/.venv/bin/sloika build /tmp/check33/cfg_plain_ru.yaml --overwrite > /tmp/check33/build_plain_ru.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== subs $(date -u +%H:%M:%S)"; nice /work/main/.venv/bin/sloika build /tmp/check33/cfg_subs.yaml --overwrite > /tmp/check33/build_subs.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
