#!/bin/bash
# thirty-third held-out check: one build per pool, one at a time (2 shared cores)
cd "${1:-.}"  # the check folder holding the cfg_<pool>.yaml (it was /tmp/check33), sloika on PATH
echo "== pdf $(date -u +%H:%M:%S)"; nice sloika build cfg_pdf.yaml --overwrite > build_pdf.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== latex_ru $(date -u +%H:%M:%S)"; nice sloika build cfg_latex_ru.yaml --overwrite > build_latex_ru.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== html_ru $(date -u +%H:%M:%S)"; nice sloika build cfg_html_ru.yaml --overwrite > build_html_ru.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== md_ru $(date -u +%H:%M:%S)"; nice sloika build cfg_md_ru.yaml --overwrite > build_md_ru.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== plain_ru $(date -u +%H:%M:%S)"; nice sloika build cfg_plain_ru.yaml --overwrite > build_plain_ru.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
echo "== subs $(date -u +%H:%M:%S)"; nice sloika build cfg_subs.yaml --overwrite > build_subs.log 2>&1; echo "rc=$? $(date -u +%H:%M:%S)"
