"""A held-out check of issue 15: draw 20 kept documents at random with the check's seed.

Reads each pool's corpus (CHECK/corpus_<pool>: CHECK the folder given, else the current one) with
pyarrow, draws the quotas in the order pdf 5, latex_ru 3, html_ru 4, md_ru 3, plain_ru 3, subs 2
(a pool short of kept documents gives its shortfall to pdf, then html_ru), writes
rows/NN_<pool>.txt, draw.jsonl and draw.log. Run with sloika's own Python:
`.venv/bin/python docs/checks/draw.py CHECK SEED` (the thirty-third check: seed 3333, the
thirty-fourth: 3434; they ran this script as draw33.py and draw34.py).
"""

import collections
import glob
import json
import os
import random
import sys

import pyarrow.parquet as pq

ROOT = sys.argv[1] if len(sys.argv) > 1 else "."  # the check's folder
POOLS = [("pdf", 5), ("latex_ru", 3), ("html_ru", 4), ("md_ru", 3), ("plain_ru", 3), ("subs", 2)]
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 3333


def read(corpus, part):
    files = sorted(glob.glob(os.path.join(corpus, part, "*.parquet")))
    rows = []
    for f in files:
        rows.extend(pq.read_table(f).to_pylist())
    return rows


def layer(corpus, name):
    by_doc = collections.defaultdict(list)
    for r in read(corpus, os.path.join("layers", name)):
        by_doc[r["doc_id"]].append(r)
    for v in by_doc.values():
        v.sort(key=lambda r: (r["start"], r["end"]))
    return by_doc


def main():
    os.makedirs(os.path.join(ROOT, "rows"), exist_ok=True)
    for old in glob.glob(os.path.join(ROOT, "rows", "*.txt")):
        os.remove(old)
    kept, rejected, removed, spans, manifests = {}, {}, {}, {}, {}
    log = []
    for pool, _ in POOLS:
        corpus = os.path.join(ROOT, f"corpus_{pool}")
        if not os.path.exists(os.path.join(corpus, "manifest.json")):
            kept[pool], rejected[pool] = [], []
            log.append(f"{pool}: no corpus (build failed?)")
            continue
        kept[pool] = sorted(read(corpus, "documents"), key=lambda r: (r["source"], r["position"]))
        rejected[pool] = read(corpus, "rejected")
        removed[pool] = layer(corpus, "removed")
        spans[pool] = layer(corpus, "lang_spans")
        with open(os.path.join(corpus, "manifest.json"), encoding="utf-8") as fh:
            manifests[pool] = json.load(fh)
        inputs = len({r["source"] for r in kept[pool]} | {r["source"] for r in rejected[pool]})
        log.append(f"{pool}: {len(kept[pool])} kept, {len(rejected[pool])} rejected ({inputs} sources)")
        reasons = collections.Counter((r["step"], r["reason"]) for r in rejected[pool])
        for (step, reason), n in sorted(reasons.items()):
            log.append(f"    {step}/{reason}: {n}")
        for r in sorted(rejected[pool], key=lambda r: r["source"]):
            log.append(f"      - {os.path.basename(r['source'])}: {r['step']}/{r['reason']}: {r['detail']}")

    # quotas, with shortfalls going to pdf, then html_ru
    quota = dict(POOLS)
    short = 0
    for pool, q in POOLS:
        if len(kept[pool]) < q:
            short += q - len(kept[pool])
            quota[pool] = len(kept[pool])
    for receiver in ("pdf", "html_ru"):
        room = len(kept[receiver]) - quota[receiver]
        give = min(room, short)
        quota[receiver] += give
        short -= give
    if short:
        log.append(f"shortfall not covered: {short}")
    log.append("quotas: " + ", ".join(f"{p} {quota[p]}" for p, _ in POOLS))

    rng = random.Random(SEED)
    rows = []
    for pool, _ in POOLS:
        for doc in rng.sample(kept[pool], quota[pool]):
            rows.append((pool, doc))

    with open(os.path.join(ROOT, "draw.jsonl"), "w", encoding="utf-8") as jl:
        for n, (pool, doc) in enumerate(rows, 1):
            meta = json.loads(doc["metadata"]) if isinstance(doc["metadata"], str) else doc["metadata"]
            rem = removed[pool].get(doc["id"], [])
            lsp = [s for s in spans[pool].get(doc["id"], []) if s["label"] != doc["lang"]]
            name = f"{n:02d}_{pool}.txt"
            out = []
            out.append(f"row: {n}")
            out.append(f"pool: {pool}")
            out.append(f"document id: {doc['id']}")
            out.append(f"source: {doc['source']}")
            out.append(f"position: {doc['position']}")
            out.append(f"kind: {doc['kind']}")
            out.append(f"lang: {doc['lang']}  lang_score: {doc['lang_score']}")
            out.append(f"purity: {meta.get('purity')}")
            out.append(f"n_chars: {doc['n_chars']}")
            out.append(f"dup_cluster: {doc['dup_cluster']}")
            out.append("metadata: " + json.dumps(meta, ensure_ascii=False, sort_keys=True))
            out.append("")
            out.append("=" * 30 + " KEPT TEXT (whole) " + "=" * 30)
            out.append(doc["text"])
            out.append("=" * 30 + " END OF KEPT TEXT " + "=" * 31)
            out.append("")
            out.append(f"---------- removed records ({len(rem)}) ----------")
            for r in rem:
                attrs = json.loads(r["attrs"]) if r["attrs"] else {}
                text = attrs.pop("text", None)
                out.append(
                    f"[{r['start']}:{r['end']}] label={r['label']} score={r['score']} "
                    f"annotator={r['annotator']} attrs={json.dumps(attrs, ensure_ascii=False)}"
                )
                if text is not None:
                    out.append("    text: " + text.replace("\n", "\n          "))
            out.append("")
            out.append(f"---------- foreign lang_spans (label != {doc['lang']}) ({len(lsp)}) ----------")
            for s in lsp:
                out.append(
                    f"[{s['start']}:{s['end']}] label={s['label']} score={s['score']} "
                    f"annotator={s['annotator']} attrs={s['attrs']}"
                )
                out.append("    text: " + doc["text"][s["start"] : s["end"]].replace("\n", "\n          "))
            with open(os.path.join(ROOT, "rows", name), "w", encoding="utf-8") as fh:
                fh.write("\n".join(out) + "\n")
            jl.write(
                json.dumps(
                    {
                        "row": n,
                        "pool": pool,
                        "id": doc["id"],
                        "source": doc["source"],
                        "n_chars": doc["n_chars"],
                        "lang": doc["lang"],
                        "lang_score": doc["lang_score"],
                        "purity": meta.get("purity"),
                        "removed": len(rem),
                        "foreign_spans": len(lsp),
                        "file": f"rows/{name}",
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            log.append(f"row {n:02d} {pool:8s} {os.path.basename(doc['source'])} ({doc['n_chars']} chars)")
    with open(os.path.join(ROOT, "draw.log"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(log) + "\n")
    print("\n".join(log))


if __name__ == "__main__":
    main()
