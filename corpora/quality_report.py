"""What the quality rules and the personal-data step did to a corpus, from the corpus alone.

``quality_summary`` gives the data (per rule, and for the trained classifier's score: the statistic
of every judged document, the threshold, how many documents it dropped or flagged, a few of them),
which ``sloika report`` draws: one histogram per rule that fired, with the threshold marked.
``record_pii_counts`` adds the personal-data finds per kind to the manifest's counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from sloika.config import QualityRules
from sloika.corpora.manifest import load_manifest, write_manifest
from sloika.filters.quality import CLASSIFIER_RULE, REASONS, RULE_ORDER, STAT_OF

EXAMPLES = 3
PREVIEW = 300
# documents that reached the quality step: kept ones, and those it (or a later step) rejected
_JUDGED = """
    SELECT id, source, text, metadata, NULL AS step, NULL AS reason FROM documents
    WHERE json_extract(metadata, '$.quality') IS NOT NULL
    UNION ALL
    SELECT id, source, text, metadata, step, reason FROM rejected
    WHERE json_extract(metadata, '$.quality') IS NOT NULL
"""


@dataclass
class RuleSummary:
    rule: str  # the config field, e.g. max_dup_line_frac
    reason: str  # the reason code it rejects with
    stat: str
    threshold: float
    values: list[float]  # the statistic of every judged document
    dropped: int  # rejected with this rule as the reason
    failed: int  # documents failing it (dropped, flagged or failing an earlier rule too)
    examples: list[dict[str, Any]] = field(default_factory=list)


def quality_summary(con: duckdb.DuckDBPyConnection, manifest: dict[str, Any]) -> list[RuleSummary]:
    """One entry per rule with a threshold, for the corpus behind ``con`` (catalog views)."""
    config = manifest.get("config", {}).get("quality", {})
    rules = QualityRules.model_validate(config.get("rules", {}))
    if not con.execute(f"SELECT count(*) FROM ({_JUDGED})").fetchone()[0]:
        return []
    thresholds = [(rule, getattr(rules, rule)) for rule in RULE_ORDER]
    if config.get("classifier"):  # the trained classifier's score, judged like a min_ rule
        thresholds.append((CLASSIFIER_RULE, config.get("classifier_threshold", 0.5)))
    summaries = []
    for rule, threshold in thresholds:
        if threshold is None:
            continue
        stat, reason = STAT_OF.get(rule, rule[4:]), REASONS.get(rule, rule[4:])
        values = [
            r[0]
            for r in con.execute(
                f"SELECT TRY_CAST(json_extract(metadata, '$.quality.{stat}') AS DOUBLE) AS v "
                f"FROM ({_JUDGED}) WHERE v IS NOT NULL"
            ).fetchall()
        ]
        flags = "CAST(json_extract(metadata, '$.quality_flags') AS VARCHAR[])"
        failing = f"""SELECT * FROM ({_JUDGED}) WHERE (step = 'quality' AND reason = '{reason}')
                      OR list_contains({flags}, '{reason}')"""
        dropped, failed = con.execute(
            f"SELECT count(*) FILTER (WHERE step = 'quality' AND reason = '{reason}'), count(*) "
            f"FROM ({failing})"
        ).fetchone()
        examples = [
            {"source": s, "text": t[:PREVIEW], "value": v, "dropped": st == "quality"}
            for s, t, v, st in con.execute(
                f"SELECT source, text, json_extract(metadata, '$.quality.{stat}')::DOUBLE, step "
                f"FROM ({failing}) ORDER BY source, id LIMIT {EXAMPLES}"
            ).fetchall()
        ]
        summaries.append(RuleSummary(rule, reason, stat, threshold, values, dropped, failed, examples))
    return summaries


def record_pii_counts(corpus: Path) -> dict[str, Any]:
    """Add ``counts.pii`` (finds per kind, kept and rejected documents together) to the manifest."""
    con = duckdb.connect()
    tables = " UNION ALL ".join(
        f"SELECT metadata FROM read_parquet('{corpus / name / '*.parquet'}')"
        for name in ("documents", "rejected")
    )
    rows = con.execute(f"""
        SELECT kind, sum(CAST(json_extract(metadata, '$.pii.' || kind) AS BIGINT))
        FROM (SELECT metadata, unnest(json_keys(json_extract(metadata, '$.pii'))) AS kind
              FROM ({tables}) WHERE json_extract(metadata, '$.pii') IS NOT NULL)
        GROUP BY kind ORDER BY kind
    """).fetchall()
    manifest = load_manifest(corpus)
    manifest["counts"]["pii"] = {kind: int(n) for kind, n in rows}
    write_manifest(corpus, manifest)
    return manifest
