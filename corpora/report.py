"""``sloika report``: one self-contained HTML page about a corpus, for a person to look at.

Every number comes from the corpus itself through the read-only DuckDB catalog (and the manifest
for the funnel). Plots are matplotlib SVG written into the page, styles are inline: the file opens
offline and can be mailed around. What the corpus has no data for (purity, topics, layers) is said
so on the page instead of being drawn empty or guessed.
"""

from __future__ import annotations

import html
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sloika import __version__
from sloika.corpora.catalog import connect
from sloika.corpora.manifest import load_manifest
from sloika.errors import MissingDependency

EXAMPLES_PER_REASON = 3
PREVIEW_CHARS = 400
PALETTE = ["#3b6ea8", "#e07b39", "#5a9e6f", "#b85450", "#8a6bb8", "#c9a227", "#4aa3a8", "#888888"]
KEPT, DROPPED = "#3b6ea8", "#c8553d"


@dataclass
class Section:
    title: str
    body: str  # HTML
    wide: bool = False


def _plt():
    """matplotlib with a file-only backend and text kept as text in the SVG (small, selectable)."""
    try:
        import matplotlib
    except ImportError as err:
        raise MissingDependency("the report draws with matplotlib: pip install 'sloika[report]'") from err
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",
            "font.family": "sans-serif",
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.alpha": 0.3,
            "axes.axisbelow": True,
        }
    )
    return plt


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    _plt().close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # drop the XML prolog and DOCTYPE: the SVG sits inside HTML


def _bars(labels: list[str], values: list[float], xlabel: str, colors: list[str] | None = None) -> str:
    """Horizontal bars with their value written at the end: readable for 2 or 30 categories."""
    plt = _plt()
    height = 0.35 * len(labels) + 0.9
    fig, ax = plt.subplots(figsize=(6.4, height))
    positions = range(len(labels))
    ax.barh(list(positions), values, color=colors or KEPT)
    ax.set_yticks(list(positions), labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    top = max(values, default=0) or 1
    for y, value in zip(positions, values, strict=True):
        ax.text(value + top * 0.01, y, f"{value:,.0f}", va="center", fontsize=9)
    ax.set_xlim(0, top * 1.15)
    if all(float(v).is_integer() for v in values):
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return _svg(fig)


def _histogram(values: list[float], xlabel: str, log: bool = False, bins: int = 30) -> str:
    plt = _plt()
    import numpy as np

    fig, ax = plt.subplots(figsize=(6.4, 3.0))
    data = np.asarray(values, dtype=float)
    if log:
        data = data[data > 0]
        edges = np.logspace(np.log10(max(data.min(), 1)), np.log10(data.max() + 1), bins + 1)
        ax.set_xscale("log")
    else:
        edges = bins
    ax.hist(data, bins=edges, color=KEPT, edgecolor="white", linewidth=0.5)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("documents")
    median = float(np.median(data))
    ax.axvline(median, color=DROPPED, linestyle="--", linewidth=1)
    ax.text(
        median,
        ax.get_ylim()[1] * 0.95,
        f" median {median:,.3g}" if median < 100 else f" median {median:,.0f}",
        color=DROPPED,
        va="top",
        fontsize=9,
    )
    return _svg(fig)


def _table(header: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{value:,}</td>' if i in numeric else f"<td>{html.escape(str(value))}</td>"
            for i, value in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _note(text: str) -> str:
    return f'<p class="note">{html.escape(text)}</p>'


def _funnel(manifest: dict[str, Any]) -> Section:
    counts = manifest.get("counts", {})
    funnel = counts.get("funnel", [])
    body = ""
    if funnel:
        labels = [row["step"] for row in funnel]
        values = [row["documents"] for row in funnel]
        body += _bars(labels, values, "documents left after the step")
    reasons = counts.get("rejected_by_reason", [])
    if reasons:
        plt_labels = [f"{r['step']} · {r['reason']}" for r in reasons]
        body += "<h3>Why documents left</h3>"
        body += _bars(plt_labels, [r["documents"] for r in reasons], "documents", [DROPPED] * len(reasons))
        body += _table(
            ["step", "reason", "documents"], [[r["step"], r["reason"], r["documents"]] for r in reasons], {2}
        )
    else:
        body += _note("No document was rejected.")
    return Section("Filter funnel", body)


def _languages(con) -> Section:
    rows = con.execute(
        "SELECT coalesce(lang, 'none'), count(*), sum(n_chars) FROM documents GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    if not rows:
        return Section("Language mix", _note("The corpus has no documents."))
    rejected = dict(
        con.execute(
            "SELECT coalesce(lang, 'none'), count(*) FROM rejected WHERE step = 'language' GROUP BY 1"
        ).fetchall()
    )
    body = _bars([r[0] for r in rows], [r[1] for r in rows], "kept documents", PALETTE[: len(rows)] * 8)
    table_rows = [[r[0], r[1], int(r[2] or 0), rejected.pop(r[0], 0)] for r in rows]
    table_rows += [[lang, 0, 0, n] for lang, n in sorted(rejected.items(), key=lambda kv: -kv[1])]
    body += _table(
        ["language", "kept documents", "kept characters", "dropped by language ID"], table_rows, {1, 2, 3}
    )
    return Section("Language mix", body)


def _purity(con, layers: set[str]) -> Section:
    values = [
        r[0]
        for r in con.execute(
            "SELECT TRY_CAST(json_extract(metadata, '$.purity') AS DOUBLE) AS p "
            "FROM documents WHERE p IS NOT NULL"
        ).fetchall()
    ]
    where = "documents.metadata"
    if not values and "lang_spans" in layers:
        values = [
            r[0]
            for r in con.execute(
                "SELECT min(TRY_CAST(json_extract(attrs, '$.purity') AS DOUBLE)) AS p FROM lang_spans "
                "GROUP BY doc_id HAVING p IS NOT NULL"
            ).fetchall()
        ]
        where = "the lang_spans layer"
    if not values:
        return Section(
            "Language purity",
            _note(
                "No purity data: neither documents.metadata nor a lang_spans layer holds a `purity` value. "
                "Nothing is drawn rather than guessed."
            ),
        )
    body = _histogram(values, "purity (1 = every letter in the target language)", bins=20)
    below = sum(1 for v in values if v < 0.95)
    body += _note(f"{len(values):,} documents with a purity value (from {where}); {below:,} below 0.95.")
    return Section("Language purity", body)


def _lengths(con) -> Section:
    rows = con.execute("SELECT kind, n_chars FROM documents").fetchall()
    if not rows:
        return Section("Document lengths", _note("The corpus has no documents."))
    body = _histogram([r[1] for r in rows], "characters per kept document (log scale)", log=True)
    stats = con.execute(
        "SELECT kind, count(*), min(n_chars), median(n_chars)::BIGINT, max(n_chars), sum(n_chars) "
        "FROM documents GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    body += _table(
        ["kind", "documents", "min", "median", "max", "characters"], [list(r) for r in stats], {1, 2, 3, 4, 5}
    )
    return Section("Document lengths", body)


def _duplicates(con) -> Section:
    sizes = con.execute(
        "SELECT size, count(*) FROM (SELECT dup_of, count(*) + 1 AS size FROM rejected "
        "WHERE dup_of IS NOT NULL GROUP BY dup_of) GROUP BY size ORDER BY size"
    ).fetchall()
    if not sizes:
        return Section("Duplicate clusters", _note("No duplicates were found (or dedup was off)."))
    by_reason = con.execute(
        "SELECT reason, count(*) FROM rejected WHERE dup_of IS NOT NULL GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    body = _bars([f"{s} copies" for s, _ in sizes], [n for _, n in sizes], "clusters (one copy kept in each)")
    body += _table(["reason", "documents removed"], [list(r) for r in by_reason], {1})
    return Section("Duplicate clusters", body)


def _topics(con, layers: set[str]) -> Section:
    if "topics" not in layers:
        return Section("Topics", _note("No topics layer: annotate one to see the topic mix here."))
    rows = con.execute(
        "SELECT label, count(DISTINCT doc_id) FROM topics GROUP BY 1 ORDER BY 2 DESC LIMIT 30"
    ).fetchall()
    body = _bars([r[0] for r in rows], [r[1] for r in rows], "documents", PALETTE * 4)
    return Section("Topics", body)


def _coverage(con, manifest: dict[str, Any], layers: set[str]) -> Section:
    if not layers:
        return Section(
            "Layer coverage",
            _note("No annotation layers yet (layers/ is empty): `sloika annotate` adds them."),
        )
    total = con.execute("SELECT count(*) FROM documents").fetchone()[0] or 1
    rows = []
    for name in sorted(layers):
        spans, docs = con.execute(f"SELECT count(*), count(DISTINCT doc_id) FROM {name}").fetchone()
        producer = manifest.get("layers", {}).get(name, {})
        annotators = ", ".join(producer.get("annotators", []) or [producer.get("annotator", "?")])
        rows.append([name, docs, round(100 * docs / total, 1), spans, annotators])
    body = _bars([r[0] for r in rows], [r[2] for r in rows], "% of kept documents with at least one span")
    body += _table(["layer", "documents", "% of documents", "spans", "produced by"], rows, {1, 3})
    return Section("Layer coverage", body)


def _examples(con) -> Section:
    rows = con.execute(
        f"""SELECT step, reason, source, position, detail, left(text, {PREVIEW_CHARS}), length(text)
            FROM (SELECT *, row_number() OVER (PARTITION BY step, reason ORDER BY source, position) AS n
                  FROM rejected) WHERE n <= {EXAMPLES_PER_REASON} ORDER BY step, reason, n"""
    ).fetchall()
    if not rows:
        return Section("Rejected documents", _note("Nothing was rejected."), wide=True)
    parts, current = [], None
    for step, reason, source, position, detail, preview, length in rows:
        if (step, reason) != current:
            current = (step, reason)
            parts.append(f"<h3>{html.escape(step)} · <code>{html.escape(reason)}</code></h3>")
        more = "…" if (length or 0) > PREVIEW_CHARS else ""
        where = f"{source}" + (f" #{position}" if position is not None and position >= 0 else "")
        parts.append(
            '<div class="example">'
            f'<div class="where">{html.escape(where)}</div>'
            f'<div class="detail">{html.escape(detail or "")}</div>'
            f"<pre>{html.escape(preview or '(no text)')}{more}</pre></div>"
        )
    return Section("Rejected documents, a few per reason", "".join(parts), wide=True)


def _layers(corpus: Path) -> set[str]:
    return {p.name for p in (corpus / "layers").glob("*") if p.is_dir() and any(p.glob("*.parquet"))}


def build_report(corpus: str | Path) -> str:
    """The report page of ``corpus`` as one HTML string."""
    root = Path(corpus)
    manifest = load_manifest(root)
    con = connect(root)
    layers = _layers(root)
    counts = manifest.get("counts", {})
    sections = [
        _funnel(manifest),
        _languages(con),
        _lengths(con),
        _purity(con, layers),
        _duplicates(con),
        _topics(con, layers),
        _coverage(con, manifest, layers),
        _examples(con),
    ]
    tiles = "".join(
        f'<div class="tile"><div class="value">{counts.get(key, 0):,}</div>'
        f'<div class="label">{label}</div></div>'
        for key, label in (
            ("read", "read"),
            ("kept", "kept"),
            ("rejected", "rejected"),
            ("duplicates", "duplicates"),
        )
    )
    chars = con.execute("SELECT coalesce(sum(n_chars), 0) FROM documents").fetchone()[0]
    tiles += (
        f'<div class="tile"><div class="value">{chars:,}</div><div class="label">characters kept</div></div>'
    )
    cards = "".join(
        f'<section class="card{" wide" if s.wide else ""}"><h2>{html.escape(s.title)}</h2>{s.body}</section>'
        for s in sections
    )
    name = html.escape(str(manifest.get("name", root.name)))
    config = html.escape(json.dumps(manifest.get("config", {}), ensure_ascii=False, indent=2))
    generated = datetime.now(UTC).isoformat(timespec="seconds")
    built = html.escape(str(manifest.get("created_at", "?")))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sloika report · {name}</title>
<style>{_CSS}</style></head>
<body>
<header><h1>Corpus <span class="name">{name}</span></h1>
<p class="meta">{html.escape(str(root.resolve()))} · built {built}
 with sloika {html.escape(str(manifest.get("sloika_version", "?")))}
 · report {generated}, sloika {__version__}</p>
<div class="tiles">{tiles}</div></header>
<main>{cards}
<section class="card wide"><h2>Build config</h2><details><summary>resolved config from manifest.json</summary>
<pre>{config}</pre></details></section></main>
</body></html>
"""


def write_report(corpus: str | Path, output: str | Path) -> Path:
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(build_report(corpus), encoding="utf-8")
    return output


_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       background: #f4f5f7; color: #1f2933; }
header { background: #1f2933; color: #f4f5f7; padding: 24px 32px 20px; }
h1 { margin: 0 0 4px; font-weight: 600; } .name { color: #9cc3ef; }
.meta { margin: 0 0 16px; color: #aab4bf; font-size: 13px; }
.tiles { display: flex; gap: 12px; flex-wrap: wrap; }
.tile { background: #2d3a46; border-radius: 8px; padding: 10px 18px; min-width: 110px; }
.tile .value { font-size: 24px; font-weight: 600; } .tile .label { color: #aab4bf; font-size: 12px; }
main { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 18px;
       padding: 20px 32px; }
.card { background: white; border-radius: 10px; padding: 14px 20px 18px;
        box-shadow: 0 1px 3px rgba(0,0,0,.08); overflow-x: auto; }
.card.wide { grid-column: 1 / -1; }
h2 { font-size: 17px; margin: 4px 0 10px; } h3 { font-size: 14px; margin: 16px 0 6px; }
svg { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; font-size: 13px; margin-top: 8px; }
th, td { padding: 4px 10px; border-bottom: 1px solid #e4e7eb; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #52606d; background: #f0f4f8; border-left: 3px solid #9fb3c8; padding: 8px 12px; }
.example { border: 1px solid #e4e7eb; border-radius: 6px; margin: 6px 0 10px; padding: 8px 12px; }
.example .where { font-family: ui-monospace, monospace; font-size: 12px; color: #52606d; }
.example .detail { font-size: 13px; margin: 4px 0; }
pre { white-space: pre-wrap; word-break: break-word; background: #f8f9fa; padding: 8px; border-radius: 4px;
      font-size: 12px; max-height: 180px; overflow: auto; margin: 4px 0 0; }
"""
