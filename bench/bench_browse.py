"""Benchmark: ``sloika serve`` on a generated corpus of ``--docs`` documents (default 1,000,000).

The corpus is written by DuckDB in the corpus format with the corpus writer's Parquet options
(documents/, rejected/ with duplicates, layers/topics and layers/entities, manifest.json): texts
of 40-160 words drawn from a fixed vocabulary, kinds, languages, scores, sources of 1,000
documents each, 10 % rejected (a third of them as duplicates). It is generated once into
``bench/out/browse-<docs>/`` and reused.

For each page the browser serves (list, list filtered by status+language+length, by topic, text
search, a late page, a document page) the same query is timed twice in the same run:
* sloika: an HTTP GET through the browser app (Starlette's in-process test client: routing,
  filters → SQL, DuckDB, Jinja2 rendering), median of ``--repeat``;
* anchor: the bare DuckDB query the page runs (the list's SELECT ... LIMIT and its count(*), the
  document page's row + layer lookups) over ``read_parquet`` of the same files, median of
  ``--repeat``.
and the ratio sloika / anchor is printed. Results: docs/benchmarks.md.

Usage::

    .venv/bin/python bench/bench_browse.py                 # 1M documents
    .venv/bin/python bench/bench_browse.py --docs 2000 --repeat 1 --out out.json   # smoke size
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
from pathlib import Path

import duckdb

VOCABULARY = [
    "корпус",
    "текст",
    "язык",
    "модель",
    "данные",
    "слово",
    "книга",
    "река",
    "море",
    "город",
    "время",
    "человек",
    "работа",
    "вопрос",
    "ответ",
    "система",
    "память",
    "файл",
    "строка",
    "число",
    "значение",
    "пример",
    "глава",
    "раздел",
    "смысл",
    "форма",
    "правило",
    "порядок",
    "the",
    "of",
    "and",
    "model",
    "data",
    "text",
    "language",
    "corpus",
    "train",
    "token",
]


def generate(root: Path, docs: int) -> Path:
    """Write a corpus of ``docs`` records (90 % kept) with two layers; reuse one already there."""
    from sloika.corpora.schema import DOCUMENT_COLUMNS, REJECTED_COLUMNS, parquet_options

    if (root / "manifest.json").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    for folder in ("documents", "rejected", "layers/topics", "layers/entities"):
        (root / folder).mkdir(parents=True)
    con = duckdb.connect()
    words = "[" + ", ".join(f"'{w}'" for w in VOCABULARY) + "]"
    con.execute(f"""CREATE TABLE records AS
        SELECT i, 'd' || lpad(to_hex(hash(i)), 16, '0') || lpad(i::VARCHAR, 8, '0') AS id,
               array_to_string(list_transform(range(40 + (hash(i) % 120)::INT),
                   lambda x: {words}[1 + (hash(i * 131 + x) % {len(VOCABULARY)})::INT]), ' ') AS text,
               ['article', 'paper', 'transcript', 'chat'][1 + (i % 4)::INT] AS kind,
               'inputs/shard-' || lpad((i // 1000)::VARCHAR, 5, '0') || '.jsonl' AS source,
               i % 1000 AS position,
               CASE WHEN i % 10 < 8 THEN 'ru' WHEN i % 10 = 8 THEN 'en' ELSE 'uk' END AS lang,
               (0.5 + (hash(i * 7) % 500) / 1000.0)::FLOAT AS lang_score,
               i % 10 = 9 AS rejected
        FROM range({docs}) t(i)""")
    con.execute(f"""COPY (SELECT id, text, kind, source, position, lang, lang_score, lang AS language,
                        lang_score AS language_score, NULL::VARCHAR AS dup_cluster,
                        length(text)::BIGINT AS n_chars, '{{}}'::JSON AS metadata
                         FROM records WHERE NOT rejected ORDER BY source, position)
                   TO '{root}/documents/part-00000.parquet' ({parquet_options(DOCUMENT_COLUMNS)})""")
    con.execute(f"""COPY (SELECT r.id, r.text, r.kind, r.source, r.position, r.lang, r.lang_score,
                        CASE WHEN r.i % 3 = 0 THEN 'exact_dedup' ELSE 'language' END AS step,
                        CASE WHEN r.i % 3 = 0 THEN 'exact_duplicate' ELSE 'wrong_language' END AS reason,
                        'generated' AS detail,
                        CASE WHEN r.i % 3 = 0 THEN 'x' || k.id END AS dup_cluster,
                        CASE WHEN r.i % 3 = 0 THEN k.id END AS dup_of, length(r.text)::BIGINT AS n_chars,
                        '{{}}'::JSON AS metadata
                         FROM records r JOIN records k ON k.i = r.i - 1 WHERE r.rejected
                         ORDER BY r.source, r.position)
                   TO '{root}/rejected/part-00000.parquet' ({parquet_options(REJECTED_COLUMNS)})""")
    con.execute(f"""COPY (SELECT id AS doc_id, 0::BIGINT AS start, length(text)::BIGINT AS "end",
                        ['code', 'prose', 'dialogue'][1 + (i % 3)::INT] AS label, NULL::FLOAT AS score,
                        '{{}}' AS attrs, 'bench@1' AS annotator
                         FROM records WHERE NOT rejected ORDER BY doc_id)
                   TO '{root}/layers/topics/part-00000.parquet' (FORMAT parquet, COMPRESSION zstd)""")
    con.execute(f"""COPY (SELECT id AS doc_id, 0::BIGINT AS start, 6::BIGINT AS "end", 'LOC' AS label,
                        0.9::FLOAT AS score, '{{}}' AS attrs, 'bench@1' AS annotator
                         FROM records WHERE NOT rejected ORDER BY doc_id)
                   TO '{root}/layers/entities/part-00000.parquet' (FORMAT parquet, COMPRESSION zstd)""")
    kept, rejected, duplicates = con.execute(
        "SELECT count(*) FILTER (NOT rejected), count(*) FILTER (rejected AND i % 3 <> 0), "
        "count(*) FILTER (rejected AND i % 3 = 0) FROM records"
    ).fetchone()
    manifest = {
        "name": f"browse-{docs}",
        "format_version": 1,
        "sloika_version": "bench",
        "counts": {
            "read": docs,
            "kept": kept,
            "rejected": rejected,
            "duplicates": duplicates,
            "rejected_by_reason": [],
            "funnel": [],
            "by_source": {},
        },
        "layers": {"topics": {"annotators": ["bench@1"]}, "entities": {"annotators": ["bench@1"]}},
    }
    (root / "manifest.json").write_text(json.dumps(manifest))
    return root


def median_seconds(fn, repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (all threads of this process: DuckDB's and the app's; on a
    shared machine CPU time moves far less than wall-clock time)."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()

    from starlette.testclient import TestClient

    from sloika.corpora.browser import create_app
    from sloika.corpora.listing import PAGE_SIZE, PREVIEW_CHARS, RECORDS

    start = time.perf_counter()
    corpus = generate(args.data / f"browse-{args.docs}", args.docs)
    generated_s = time.perf_counter() - start
    startup = time.perf_counter()
    client = TestClient(create_app(corpus))
    startup_s = time.perf_counter() - startup
    some_id = duckdb.execute(
        f"SELECT id FROM '{corpus}/documents/*.parquet' LIMIT 1 OFFSET 12345 % {args.docs * 9 // 10}"
    ).fetchone()[0]

    anchor = duckdb.connect()
    anchor.execute(f"CREATE VIEW documents AS SELECT * FROM read_parquet('{corpus}/documents/*.parquet')")
    anchor.execute(f"CREATE VIEW rejected AS SELECT * FROM read_parquet('{corpus}/rejected/*.parquet')")
    anchor.execute(f"CREATE VIEW topics AS SELECT * FROM read_parquet('{corpus}/layers/topics/*.parquet')")
    anchor.execute(
        f"CREATE VIEW entities AS SELECT * FROM read_parquet('{corpus}/layers/entities/*.parquet')"
    )

    def listing(where: str, offset: int = 0):
        def run():
            anchor.execute(f"SELECT count(*) FROM {RECORDS} {where}").fetchall()
            anchor.execute(
                f"SELECT id, status, step, reason, kind, source, position, lang, lang_score, n_chars, "
                f"left(text, {PREVIEW_CHARS}) FROM {RECORDS} {where} ORDER BY source, position, id "
                f"LIMIT {PAGE_SIZE} OFFSET {offset}"
            ).fetchall()

        return run

    def document():
        anchor.execute(f"SELECT * FROM {RECORDS} WHERE id = ?", [some_id]).fetchall()
        for layer in ("topics", "entities"):
            anchor.execute(f"SELECT * FROM {layer} WHERE doc_id = ?", [some_id]).fetchall()

    late = (args.docs // PAGE_SIZE) * 9 // 10
    pages = [
        ("list, first page", "/", listing("")),
        (
            "list, kept ru 200-600 chars",
            "/?status=kept&lang=ru&min_chars=200&max_chars=600",
            listing("WHERE status = 'kept' AND lang = 'ru' AND n_chars BETWEEN 200 AND 600"),
        ),
        (
            "list, topic",
            "/?topic=code",
            listing("WHERE id IN (SELECT doc_id FROM topics WHERE label = 'code')"),
        ),
        ("list, text search", "/?q=глава%20смысл", listing("WHERE regexp_matches(text, 'глава смысл', 'i')")),
        (f"list, page {late:,}", f"/?page={late + 1}", listing("", late * PAGE_SIZE)),
        ("document page", f"/doc/{some_id}", document),
    ]
    results = []
    for name, url, bare in pages:
        response = client.get(url)
        assert response.status_code == 200, (url, response.text[:500])
        ours, ours_cpu = median_seconds(lambda url=url: client.get(url), args.repeat)
        base, base_cpu = median_seconds(bare, args.repeat)
        results.append(
            {"page": name, "url": url, "sloika_s": ours, "anchor_s": base, "ratio": ours / base,
             "sloika_cpu_s": ours_cpu, "anchor_cpu_s": base_cpu}
        )  # fmt: skip
        print(
            f"{name:30s} sloika {ours * 1000:7.0f} ms (cpu {ours_cpu * 1000:6.0f})   bare DuckDB "
            f"{base * 1000:7.0f} ms (cpu {base_cpu * 1000:6.0f})   ratio {ours / base:5.2f}"
        )
    print(
        f"{args.docs:,} records; generated in {generated_s:.1f} s (0 if reused), app start {startup_s:.2f} s"
    )
    if args.out:
        args.out.write_text(
            json.dumps({"docs": args.docs, "startup_s": startup_s, "results": results}, indent=2)
        )


if __name__ == "__main__":
    main()
