"""``sloika report``: one self-contained HTML page about a corpus, for a person to look at.

Every number comes from the corpus itself through the read-only DuckDB catalog (and the manifest
for the funnel). Plots are matplotlib SVG written into the page, styles are inline: the file opens
offline and can be mailed around. What the corpus has no data for (purity, topics, layers) is said
so on the page instead of being drawn empty or guessed. The page is a Jinja2 template
(``templates/report.html``) with autoescaping on: corpus text never becomes markup.

With ``list_url`` (the report page of ``sloika serve``, or ``sloika report --browser-url``) every
bar and table row links to the browser's list filtered to the records it counts.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sloika import __version__
from sloika.corpora.catalog import connect
from sloika.corpora.manifest import load_manifest
from sloika.corpora.pages import templates
from sloika.corpora.storage import corpus_root, layer_names
from sloika.errors import MissingDependency

EXAMPLES_PER_REASON = 3
EXAMPLES_PER_KIND = 3
PREVIEW_CHARS = 400
SOURCES_SHOWN = 50
HISTOGRAM_LANGUAGES = 4
BORDERLINE_WIDTH = 0.05  # documents this close to the language threshold are listed
BORDERLINE_SHOWN = 8
PALETTE = ["#3b6ea8", "#e07b39", "#5a9e6f", "#b85450", "#8a6bb8", "#c9a227", "#4aa3a8", "#888888"]
KEPT, DROPPED = "#3b6ea8", "#c8553d"


@dataclass
class Section:
    title: str
    plots: list[str] = field(default_factory=list)  # SVG, drawn by matplotlib
    tables: list[dict[str, Any]] = field(default_factory=list)  # {header, rows, numeric, links}
    notes: list[str] = field(default_factory=list)
    examples: list[dict[str, Any]] = field(default_factory=list)  # {group, where, detail, text, link}
    wide: bool = False


class Links:
    """URLs of the browser's filtered list (or none, for a report without a browser)."""

    def __init__(self, base: str | None):
        self.base = base

    def list(self, **filters: Any) -> str | None:
        if self.base is None:
            return None
        query = urlencode({k: v for k, v in filters.items() if v is not None and v != ""})
        return self.base.rstrip("/") + "/" + (f"?{query}" if query else "")

    def doc(self, doc_id: str) -> str | None:
        return None if self.base is None else f"{self.base.rstrip('/')}/doc/{doc_id}"


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
    # drop the XML prolog and DOCTYPE (the SVG sits inside HTML); a bar's link opens in the same tab
    return text[text.index("<svg") :].replace(' target="_blank"', "")


def readable(value: float) -> str:
    """A count or percentage a person can read: 12,345 · 3.4 · 0.12 · 0.0031 (never a bare 0 for a
    value that is not 0)."""
    if value == 0:
        return "0"
    if float(value).is_integer() and abs(value) >= 1:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:,.1f}"
    return f"{value:.2g}" if abs(value) < 1 else f"{value:.2f}".rstrip("0").rstrip(".")


def _bars(
    labels: list[str],
    values: list[float],
    xlabel: str,
    colors: list[str] | str = KEPT,
    urls: list[str | None] | None = None,
    log: bool = False,
    suffix: str = "",
    notes: list[str] | None = None,
) -> str:
    """Horizontal bars with their value written at the end: readable for 2 or 30 categories. On a
    log axis bars of 11,713 and 10,772 still look alike, so ``notes`` (e.g. shares) are written too."""
    plt = _plt()
    height = 0.35 * len(labels) + 0.9
    fig, ax = plt.subplots(figsize=(6.4, height))
    positions = list(range(len(labels)))
    base = 0.5 if log else 0  # log bars start at the axis' left edge, so their paths stay finite
    bars = ax.barh(positions, [max(v - base, 0) for v in values], left=base, color=colors)
    for bar, url in zip(bars, urls or [], strict=False):
        if url:
            bar.set_url(url)
    ax.set_yticks(positions, labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    top = max(values, default=0) or 1
    if log:  # a zero has no bar, only its written value
        ax.set_xscale("log")
        ax.set_xlim(base, top * 12)
    else:
        ax.set_xlim(0, top * 1.3)
    for y, value in zip(positions, values, strict=True):
        note = f"  {readable(value)}{suffix}" + (f"  ({notes[y]})" if notes else "")
        ax.text(max(value, base) if log else value + top * 0.01, y, note, va="center", fontsize=9)
    if not log and all(float(v).is_integer() for v in values):
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return _svg(fig)


def _histogram(
    values: list[float], xlabel: str, log: bool = False, bins: int = 30, threshold: float | None = None
) -> str:
    """Documents by ``xlabel``; the line marks ``threshold`` where a rule judges by it, else the median."""
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
    name, mark = ("threshold", threshold) if threshold is not None else ("median", float(np.median(data)))
    ax.axvline(mark, color=DROPPED, linestyle="--", linewidth=1)
    ax.text(
        mark,
        ax.get_ylim()[1] * 0.95,
        f" {name} {mark:,.3g}" if mark < 100 else f" {name} {mark:,.0f}",
        color=DROPPED,
        va="top",
        fontsize=9,
    )
    return _svg(fig)


def _score_histogram(lang: str, kept: list[float], dropped: list[float], threshold: float | None) -> str:
    """Kept and language-rejected documents by language score, stacked, with the threshold marked."""
    plt = _plt()
    import numpy as np

    fig, ax = plt.subplots(figsize=(6.4, 2.4))
    edges = np.linspace(0, 1, 41)
    ax.hist(
        [np.asarray(kept, dtype=float), np.asarray(dropped, dtype=float)],
        bins=edges,
        stacked=True,
        color=[KEPT, DROPPED],
        label=["kept", "rejected by language"],
        edgecolor="white",
        linewidth=0.4,
    )
    if threshold is not None:
        ax.axvline(threshold, color="#1f2933", linestyle="--", linewidth=1)
        ax.text(threshold, ax.get_ylim()[1] * 0.95, f" threshold {threshold:g}", va="top", fontsize=9)
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"language score of the top label, documents labelled {lang!r}")
    ax.set_ylabel("documents")
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    return _svg(fig)


def _table(header: list[str], rows: list[list[Any]], numeric: set[int] | None = None, links=None) -> dict:
    """A table for the template; ``links`` holds one URL (or None) per row, set on its first cell."""
    numeric = numeric or set()
    cells = [
        [readable(v) if i in numeric and v is not None else v for i, v in enumerate(row)] for row in rows
    ]
    return {"header": header, "rows": cells, "numeric": numeric, "links": links or [None] * len(rows)}


def _funnel(manifest: dict[str, Any], links: Links) -> Section:
    counts = manifest.get("counts", {})
    section = Section("Filter funnel")
    funnel = counts.get("funnel", [])
    if len(funnel) > 1:
        # what each step removed, on a log axis: 941 of 11,713 is as visible as 3 of 20; the share
        # of the input still left is written beside each bar
        read = funnel[0]["documents"] or 1
        steps = [
            [
                row["step"],
                prev["documents"] - row["documents"],
                row["documents"],
                100 * row["documents"] / read,
            ]
            for prev, row in zip(funnel, funnel[1:], strict=False)
        ]
        urls = [links.list(step=step) for step, *_ in steps]
        section.plots.append(
            _bars(
                [step for step, *_ in steps],
                [removed for _, removed, *_ in steps],
                f"documents removed by the step, of {funnel[0]['documents']:,} input (log scale)",
                DROPPED,
                urls,
                log=True,
                notes=[f"{readable(left)}% of input left" for *_, left in steps],
            )
        )
        section.tables.append(
            _table(
                ["step", "documents removed", "documents left", "% of input left"],
                steps,
                {1, 2, 3},
                urls,
            )
        )
    reasons = counts.get("rejected_by_reason", [])
    if reasons:
        urls = [links.list(step=r["step"], reason=r["reason"]) for r in reasons]
        section.plots.append(
            _bars(
                [f"{r['step']} · {r['reason']}" for r in reasons],
                [r["documents"] for r in reasons],
                "documents rejected (log scale)",
                DROPPED,
                urls,
                log=True,
            )
        )
        section.tables.append(
            _table(
                ["step", "reason", "documents"],
                [[r["step"], r["reason"], r["documents"]] for r in reasons],
                {2},
                urls,
            )
        )
    else:
        section.notes.append("No document was rejected.")
    return section


def _sources(con, manifest: dict[str, Any], links: Links) -> Section:
    """Per input: read, kept, rejected by reason, duplicates — which input lost what."""
    by_source = manifest.get("counts", {}).get("by_source", {})
    section = Section("Inputs: where each source's records went", wide=True)
    if not by_source:
        section.notes.append("The manifest has no per-source counts.")
        return section
    reasons = [
        f"{step} · {reason}"
        for step, reason in con.execute(
            "SELECT step, reason FROM rejected WHERE dup_of IS NULL GROUP BY ALL ORDER BY count(*) DESC"
        ).fetchall()
    ]
    lost: dict[str, dict[str, int]] = {}
    for source, step, reason, n in con.execute(
        "SELECT source, step, reason, count(*) FROM rejected WHERE dup_of IS NULL GROUP BY ALL"
    ).fetchall():
        lost.setdefault(source, {})[f"{step} · {reason}"] = n
    ordered = sorted(by_source.items(), key=lambda kv: (-kv[1].get("read", 0), kv[0]))
    rows = [
        [source, c.get("read", 0), c.get("kept", 0)]
        + [lost.get(source, {}).get(r, 0) for r in reasons]
        + [c.get("duplicates", 0)]
        for source, c in ordered[:SOURCES_SHOWN]
    ]
    header = ["source", "read", "kept", *(f"rejected: {r}" for r in reasons), "duplicates"]
    section.tables.append(
        _table(
            header,
            rows,
            set(range(1, len(header))),
            [links.list(source=source) for source, _ in ordered[:SOURCES_SHOWN]],
        )
    )
    if len(ordered) > SOURCES_SHOWN:
        section.notes.append(
            f"The {SOURCES_SHOWN} largest of {len(ordered):,} sources; "
            '`sloika query CORPUS "SELECT source, step, reason, count(*) FROM rejected GROUP BY ALL"` '
            "lists them all."
        )
    return section


def _languages(con, links: Links) -> Section:
    rows = con.execute(
        "SELECT coalesce(lang, 'none'), count(*), sum(n_chars) FROM documents GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    if not rows:
        return Section("Language mix", notes=["The corpus has no documents."])
    rejected = dict(
        con.execute(
            "SELECT coalesce(lang, 'none'), count(*) FROM rejected WHERE step = 'language' GROUP BY 1"
        ).fetchall()
    )
    urls = [links.list(status="kept", lang=r[0]) for r in rows]
    plot = _bars([r[0] for r in rows], [r[1] for r in rows], "kept documents", PALETTE[: len(rows)] * 8, urls)
    table_rows = [[r[0], r[1], int(r[2] or 0), rejected.pop(r[0], 0)] for r in rows]
    table_rows += [[lang, 0, 0, n] for lang, n in sorted(rejected.items(), key=lambda kv: -kv[1])]
    table = _table(
        ["language", "kept documents", "kept characters", "dropped by language ID"],
        table_rows,
        {1, 2, 3},
        [links.list(lang=row[0]) for row in table_rows],
    )
    return Section("Language mix", plots=[plot], tables=[table])


def _language_scores(con, manifest: dict[str, Any], links: Links) -> Section:
    """Per language, the score distribution of kept and language-rejected documents around the
    threshold, and the documents closest to it: what a threshold change would move."""
    language = manifest.get("config", {}).get("language", {})
    threshold = language.get("threshold")
    section = Section("Language scores and the threshold", wide=True)
    langs = [
        row[0]
        for row in con.execute(
            "SELECT lang FROM (SELECT lang FROM documents UNION ALL SELECT lang FROM rejected WHERE step = "
            "'language') WHERE lang IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT ?",
            [HISTOGRAM_LANGUAGES],
        ).fetchall()
    ]
    if not langs:
        section.notes.append("No document has a language label.")
        return section
    wanted = language.get("languages") or []
    section.notes.append(
        f"Threshold {threshold:g}" if threshold is not None else "No threshold in the manifest's config"
    )
    if wanted:
        section.notes[-1] += f"; languages kept: {', '.join(wanted)}"
    for lang in langs:
        kept = [
            r[0] for r in con.execute("SELECT lang_score FROM documents WHERE lang = ?", [lang]).fetchall()
        ]
        dropped = [
            r[0]
            for r in con.execute(
                "SELECT lang_score FROM rejected WHERE step = 'language' AND lang = ?", [lang]
            ).fetchall()
        ]
        # the threshold decides only for a wanted language: another one is dropped at any score
        decides = not wanted or lang in wanted
        section.plots.append(_score_histogram(lang, kept, dropped, threshold if decides else None))
    if threshold is None:
        return section
    borderline = con.execute(
        f"""SELECT id, status, lang, lang_score, source, position, left(text, 160) FROM (
                SELECT id, 'kept' AS status, lang, lang_score, source, position, text FROM documents
                UNION ALL
                SELECT id, 'rejected', lang, lang_score, source, position, text FROM rejected
                WHERE step = 'language')
            WHERE abs(lang_score - $t) <= {BORDERLINE_WIDTH}
              AND (len($wanted) = 0 OR list_contains($wanted, lang))
            ORDER BY abs(lang_score - $t), id LIMIT {BORDERLINE_SHOWN}""",
        {"t": threshold, "wanted": list(wanted)},
    ).fetchall()
    if borderline:
        section.tables.append(
            _table(
                ["status", "language", "score", "source", "text"],
                [[r[1], r[2], f"{r[3]:.3f}", f"{r[4]} #{r[5]}", r[6]] for r in borderline],
                links=[links.doc(r[0]) for r in borderline],
            )
        )
        section.notes.append(
            f"Borderline: the {len(borderline)} documents nearest the threshold "
            f"(within ±{BORDERLINE_WIDTH:g}), kept and rejected"
            + (f", labelled {', '.join(wanted)}." if wanted else ".")
        )
    else:
        section.notes.append(f"No document scores within ±{BORDERLINE_WIDTH:g} of the threshold.")
    return section


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
            notes=[
                "No purity data: neither documents.metadata nor a lang_spans layer holds a `purity` value. "
                "Nothing is drawn rather than guessed."
            ],
        )
    below = sum(1 for v in values if v < 0.95)
    return Section(
        "Language purity",
        plots=[_histogram(values, "purity (1 = every letter in the target language)", bins=20)],
        notes=[f"{len(values):,} documents with a purity value (from {where}); {below:,} below 0.95."],
    )


def _lengths(con, links: Links) -> Section:
    rows = con.execute("SELECT n_chars FROM documents").fetchall()
    if not rows:
        return Section("Document lengths", notes=["The corpus has no documents."])
    stats = con.execute(
        "SELECT kind, count(*), min(n_chars), median(n_chars)::BIGINT, max(n_chars), sum(n_chars) "
        "FROM documents GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    return Section(
        "Document lengths",
        plots=[_histogram([r[0] for r in rows], "characters per kept document (log scale)", log=True)],
        tables=[
            _table(
                ["kind", "documents", "min", "median", "max", "characters"],
                [list(r) for r in stats],
                {1, 2, 3, 4, 5},
                [links.list(status="kept", kind=r[0]) for r in stats],
            )
        ],
    )


def _duplicates(con, links: Links) -> Section:
    sizes = con.execute(
        "SELECT size, count(*) FROM (SELECT dup_of, count(*) + 1 AS size FROM rejected "
        "WHERE dup_of IS NOT NULL GROUP BY dup_of) GROUP BY size ORDER BY size"
    ).fetchall()
    if not sizes:
        return Section("Duplicate clusters", notes=["No duplicates were found (or dedup was off)."])
    by_reason = con.execute(
        "SELECT reason, count(*) FROM rejected WHERE dup_of IS NOT NULL GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    return Section(
        "Duplicate clusters",
        plots=[
            _bars(
                [f"{s} copies" for s, _ in sizes],
                [n for _, n in sizes],
                "clusters (one copy kept in each)",
                urls=[links.list(status="duplicate")] * len(sizes),
            )
        ],
        tables=[
            _table(
                ["reason", "documents removed"],
                [list(r) for r in by_reason],
                {1},
                [links.list(status="duplicate", reason=r[0]) for r in by_reason],
            )
        ],
    )


def _topics(con, layers: set[str], links: Links) -> Section:
    if "topics" not in layers:
        return Section("Topics", notes=["No topics layer: annotate one to see the topic mix here."])
    rows = con.execute(
        "SELECT label, count(DISTINCT doc_id) FROM topics GROUP BY 1 ORDER BY 2 DESC LIMIT 30"
    ).fetchall()
    urls = [links.list(topic=r[0]) for r in rows]
    return Section(
        "Topics", plots=[_bars([r[0] for r in rows], [r[1] for r in rows], "documents", PALETTE * 4, urls)]
    )


def _coverage(con, manifest: dict[str, Any], layers: set[str]) -> Section:
    if not layers:
        return Section(
            "Layer coverage",
            notes=["No annotation layers yet (layers/ is empty): `sloika annotate` adds them."],
        )
    total = con.execute("SELECT count(*) FROM documents").fetchone()[0] or 1
    rows = []
    for name in sorted(layers):
        spans, docs = con.execute(f"SELECT count(*), count(DISTINCT doc_id) FROM {name}").fetchone()
        producer = manifest.get("layers", {}).get(name, {})
        annotators = ", ".join(producer.get("annotators", []) or [producer.get("annotator", "?")])
        rows.append([name, docs, 100 * docs / total, spans, annotators])
    # a share of 0.1 % must not read as 0: values are written with two significant digits, and on
    # a log axis when the shares span more than two orders of magnitude
    shares = [r[2] for r in rows]
    spread = max(shares) / max(min(s for s in shares if s > 0), 1e-9) if any(shares) else 1
    plot = _bars(
        [r[0] for r in rows],
        shares,
        "% of kept documents with at least one span" + (" (log scale)" if spread > 100 else ""),
        log=spread > 100,
        suffix="%",
    )
    return Section(
        "Layer coverage",
        plots=[plot],
        tables=[_table(["layer", "documents", "% of documents", "spans", "produced by"], rows, {1, 2, 3})],
    )


def _kept_examples(con, links: Links) -> Section:
    rows = con.execute(
        f"""SELECT id, kind, source, position, lang, lang_score, left(text, {PREVIEW_CHARS}), n_chars
            FROM (SELECT *, row_number() OVER (PARTITION BY kind ORDER BY hash(id)) AS n FROM documents)
            WHERE n <= {EXAMPLES_PER_KIND} ORDER BY kind, n"""
    ).fetchall()
    section = Section("Kept documents, a few per kind", wide=True)
    if not rows:
        section.notes.append("The corpus has no documents.")
    for doc_id, kind, source, position, lang, score, preview, n_chars in rows:
        section.examples.append(
            {
                "group": kind,
                "where": _where(source, position),
                "detail": f"{lang} {score:.3f} · {n_chars:,} characters" if score is not None else "",
                "text": (preview or "") + ("…" if (n_chars or 0) > PREVIEW_CHARS else ""),
                "link": links.doc(doc_id),
            }
        )
    return section


def _rejected_examples(con, links: Links) -> Section:
    rows = con.execute(
        f"""SELECT id, step, reason, source, position, detail, left(text, {PREVIEW_CHARS}), length(text)
            FROM (SELECT *, row_number() OVER (PARTITION BY step, reason ORDER BY source, position) AS n
                  FROM rejected) WHERE n <= {EXAMPLES_PER_REASON} ORDER BY step, reason, n"""
    ).fetchall()
    section = Section("Rejected documents, a few per reason", wide=True)
    if not rows:
        section.notes.append("Nothing was rejected.")
    for doc_id, step, reason, source, position, detail, preview, length in rows:
        section.examples.append(
            {
                "group": f"{step} · {reason}",
                "where": _where(source, position),
                "detail": detail or "",
                "text": (preview or "(no text)") + ("…" if (length or 0) > PREVIEW_CHARS else ""),
                "link": links.doc(doc_id),
            }
        )
    return section


def _where(source: str, position: int | None) -> str:
    return f"{source}" + (f" #{position}" if position is not None and position >= 0 else "")


def _quality(con, manifest: dict[str, Any], links: Links) -> Section:
    """Every quality rule with a threshold: its statistic over the judged documents, the threshold
    marked, and a few documents that fail it."""
    from sloika.corpora.quality_report import quality_summary

    section = Section("Quality rules", wide=True)
    summaries = quality_summary(con, manifest)
    if not summaries:
        section.notes.append("No quality statistics: build with --quality flag (or drop) to see them.")
        return section
    section.notes.append(
        f"{len(summaries[0].values):,} documents judged. A rule that dropped or flagged nothing is only "
        "listed in the table."
    )
    section.tables.append(
        _table(
            ["rule", "reason", "threshold", "failing", "dropped by it"],
            [[s.rule, s.reason, s.threshold, s.failed, s.dropped] for s in summaries],
            numeric={2, 3, 4},
            links=[links.list(status="rejected", step="quality", reason=s.reason) for s in summaries],
        )
    )
    for s in summaries:
        if s.failed and s.values:
            section.plots.append(_histogram(s.values, f"{s.stat} ({s.rule})", threshold=s.threshold))
        for example in s.examples:
            verdict = "dropped" if example["dropped"] else "failing"
            section.examples.append(
                {
                    "group": f"{s.rule} · {s.reason}",
                    "where": str(example["source"]),
                    "detail": f"{verdict}, {s.stat} = {example['value']:g}",
                    "text": example["text"],
                    "link": None,
                }
            )
    return section


def build_report(corpus: str | Path, list_url: str | None = None) -> str:
    """The report page of ``corpus`` as one HTML string; with ``list_url`` (a ``sloika serve``
    address) plots and tables link to the records they count."""
    root = corpus_root(corpus)  # a folder or an fsspec URL
    manifest = load_manifest(root)
    con = connect(root)
    layers = set(layer_names(root))
    links = Links(list_url)
    counts = manifest.get("counts", {})
    sections = [
        _funnel(manifest, links),
        _languages(con, links),
        _sources(con, manifest, links),
        _language_scores(con, manifest, links),
        _lengths(con, links),
        _purity(con, layers),
        _duplicates(con, links),
        _topics(con, layers, links),
        _coverage(con, manifest, layers),
        _quality(con, manifest, links),
        _kept_examples(con, links),
        _rejected_examples(con, links),
    ]
    chars = con.execute("SELECT coalesce(sum(n_chars), 0) FROM documents").fetchone()[0]
    tiles = [
        (counts.get("read", 0), "read", links.list()),
        (counts.get("kept", 0), "kept", links.list(status="kept")),
        (counts.get("rejected", 0), "rejected", links.list(status="rejected")),
        (counts.get("duplicates", 0), "duplicates", links.list(status="duplicate")),
        (chars, "characters kept", None),
    ]
    return (
        templates()
        .get_template("report.html")
        .render(
            name=str(manifest.get("name", Path(str(root)).name)),
            root=str(root),
            built=str(manifest.get("created_at", "?")),
            built_with=str(manifest.get("sloika_version", "?")),
            generated=datetime.now(UTC).isoformat(timespec="seconds"),
            version=__version__,
            tiles=tiles,
            sections=sections,
            config=json.dumps(manifest.get("config", {}), ensure_ascii=False, indent=2),
            browser=list_url is not None,
        )
    )


def write_report(corpus: str | Path, output: str | Path, list_url: str | None = None) -> Path:
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(build_report(corpus, list_url), encoding="utf-8")
    return output
