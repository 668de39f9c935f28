"""``sloika serve``: a local web browser over one corpus, read-only.

Starlette routes, Jinja2 templates (autoescaped: corpus text is shown, never interpreted) and the
corpus's read-only DuckDB catalog (``sloika.corpora.catalog.connect``) underneath; one cursor per
request, pages cut in DuckDB. No front-end build and nothing from a CDN: the CSS and the few lines
of JavaScript (layer toggles) are inline in the templates, which ship in the package.

Pages: ``/`` the record list with filters and text search, ``/doc/<id>`` one record with its
layers, ``/sql`` a read-only SQL box over the same views as ``sloika query``, ``/report`` the
corpus report whose plots link back to the filtered list.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from sloika.corpora import doc_view
from sloika.corpora.catalog import QueryError, connect, query
from sloika.corpora.listing import SEARCH_COUNT_CAP, STATUSES, ListFilter, choices, list_records
from sloika.corpora.manifest import load_manifest
from sloika.corpora.pages import templates
from sloika.corpora.storage import corpus_root, layer_names

SQL_MAX_ROWS = 500


class CorpusBrowser:
    """The state of one served corpus: its read-only catalog and what never changes under it."""

    def __init__(self, corpus: str | Path):
        self.root = corpus_root(corpus)  # a folder or an fsspec URL: served read-only either way
        self.manifest = load_manifest(self.root)
        self.con = connect(self.root)
        # the catalog's layer views are its connection's own: the layers are the folders it opened
        self.layers = [name for name in layer_names(self.root) if name.isidentifier()]
        # the catalog's views live on this one connection (temporary views over registered Arrow
        # datasets), so requests take turns on it instead of opening cursors
        self.lock = threading.Lock()
        self.has_topics = "topics" in self.layers
        self.choices = choices(self.con, self.has_topics)
        self.env = templates()
        self._report: str | None = None
        self._report_lock = threading.Lock()

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        page = self.env.get_template(template).render(
            corpus=self.manifest.get("name", Path(str(self.root)).name), root=str(self.root), **context
        )
        return HTMLResponse(page, status_code=status)

    def list_page(self, request: Request) -> HTMLResponse:
        filters = ListFilter.from_params(dict(request.query_params))
        with self.lock:
            page = list_records(self.con, filters, self.has_topics)

        def link(**changes: Any) -> str:
            return "/?" + urlencode(filters.params(**changes))

        return self.render(
            "list.html",
            filters=filters,
            page=page,
            choices=self.choices,
            statuses=STATUSES,
            link=link,
            cap=SEARCH_COUNT_CAP,
        )

    def document_page(self, request: Request) -> HTMLResponse:
        with self.lock:
            return self._document_page(request.path_params["doc_id"], self.con)

    def _document_page(self, doc_id: str, con) -> HTMLResponse:
        rec = doc_view.record(con, doc_id)
        if rec is None:
            return self.render("missing.html", status=404, doc_id=doc_id)
        text = rec.get("text") or ""
        spans = doc_view.spans(con, self.layers, doc_id)
        colors = {layer: doc_view.PALETTE[i % len(doc_view.PALETTE)] for i, layer in enumerate(self.layers)}
        present = sorted({s.layer for s in spans})
        # a layer whose every span covers the whole text (a document label, e.g. its topic) would
        # paint all of it: it starts switched off and its labels are listed above the text
        whole = {
            layer: sorted({str(s.label) for s in spans if s.layer == layer})
            for layer in present
            if all(s.start <= 0 and s.end >= len(text) for s in spans if s.layer == layer)
        }
        kept, left, right, cluster = None, [], [], []
        if rec.get("dup_of"):
            kept = doc_view.record(con, rec["dup_of"])
            if kept is not None:
                left, right = doc_view.side_by_side(text, kept.get("text") or "")
            cluster = con.execute(
                "SELECT id, source, position, reason FROM rejected WHERE dup_of = ? "
                "ORDER BY source, position",
                [rec["dup_of"]],
            ).fetchall()
        return self.render(
            "document.html",
            rec=rec,
            pieces=doc_view.pieces(text, spans),
            spans=spans,
            layers=present,
            whole=whole,
            colors=colors,
            outline=doc_view.outline([s for s in spans if s.layer == "structure"]),
            kept=kept,
            left=left,
            right=right,
            cluster=cluster,
        )

    def sql_page(self, request: Request) -> HTMLResponse:
        sql = request.query_params.get("q", "").strip()
        columns, rows, error, more = [], [], None, False
        if sql:
            try:
                columns, rows = query(self.root, sql, max_rows=SQL_MAX_ROWS + 1)
            except QueryError as err:
                error = str(err)
            more = len(rows) > SQL_MAX_ROWS
            rows = rows[:SQL_MAX_ROWS]
        views = ["documents", "rejected", *self.layers] + (["spans"] if self.layers else [])
        return self.render(
            "sql.html", sql=sql, columns=columns, rows=rows, error=error, more=more, views=views,
            max_rows=SQL_MAX_ROWS,
        )  # fmt: skip

    def report_page(self, request: Request) -> HTMLResponse:
        from sloika.corpora.report import build_report

        with self._report_lock:  # drawn once: the corpus does not change under the browser
            if self._report is None:
                self._report = build_report(self.root, list_url="/")
        return HTMLResponse(self._report)


def create_app(corpus: str | Path, allowed_hosts: list[str] | None = None) -> Starlette:
    """The browser app for ``corpus`` (checked and opened now, so a bad path fails at start).
    ``allowed_hosts``: Host headers answered (others get 400), so a web page the user visits can't
    read the corpus through DNS rebinding; None answers any (in-process tests)."""
    browser = CorpusBrowser(corpus)
    middleware = []
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    app = Starlette(
        middleware=middleware,
        routes=[
            Route("/", browser.list_page),
            Route("/doc/{doc_id:str}", browser.document_page),
            Route("/sql", browser.sql_page),
            Route("/report", browser.report_page),
        ],
    )
    app.state.browser = browser
    return app


def serve(corpus: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the browser with uvicorn until interrupted."""
    import uvicorn

    hosts = ["*"] if host in ("0.0.0.0", "::") else sorted({host, "127.0.0.1", "localhost"})
    app = create_app(corpus, allowed_hosts=hosts)
    print(f"browsing {corpus_root(corpus)} at http://{host}:{port}/  (Ctrl+C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
