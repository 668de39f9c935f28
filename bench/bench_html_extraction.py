"""HTML extraction: sloika's reader against plain trafilatura text, on the same pages.

    .venv/bin/python bench/bench_html_extraction.py --pages '$SHARED_DATA/prose/debian_docs_ru/**/*.html' \
        --out bench/out/html_extraction.json

The anchor is what sloika read HTML with before: datatrove's ``Trafilatura`` extractor
(trafilatura's plain-text output, ``favour_precision=True``). sloika's side is
``pipelines.formats.web.parse_html`` (trafilatura's XML over the page with inline markup flattened,
paragraphs and code blocks kept, foreign paragraphs cut), with the defaults and with the build's
target language set to ``--lang`` (``language.languages``). Per side, over the same pages:

* ``kept_chars``: characters of text out; ``seconds``: extraction wall time (one process; sloika's
  side includes identifying each paragraph's language, the first call loads the models);
* ``paragraph_recall``: of the source's ``<p>`` elements with ≥ 40 letters in ``--lang`` (the
  language the pages are meant to be in; raw fastText over each source paragraph), the share found
  whole in the output (whitespace collapsed): words lost or reordered by the extraction lower it;
* dirt per MB: ``bench_cleanliness.detect``'s detectors over the output (code spans masked where
  the side marks them; the anchor marks none), including ``foreign_line``.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MIN_LETTERS = 40


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def source_paragraphs(html: bytes, lang: str) -> list[str]:
    """The page's own ``<p>`` texts in ``lang`` (raw fastText): the reference both sides are held to."""
    import lxml.html
    from bench_cleanliness import _fasttext

    tree = lxml.html.fromstring(html.decode("utf-8", errors="replace").encode())
    paragraphs = [_collapse(p.text_content()) for p in tree.iter("p")]
    paragraphs = [p for p in paragraphs if sum(map(str.isalpha, p)) >= MIN_LETTERS]
    return [p for p in paragraphs if next(iter(_fasttext().predict(p)), "und") == lang]


def anchor_side(html: bytes) -> tuple[str, list[tuple[int, int]]]:
    from datatrove.pipeline.extractors import Trafilatura

    text = Trafilatura(favour_precision=True, deduplicate=False).extract(html.decode("utf-8", "replace"))
    return text or "", []


def sloika_side(html: bytes, targets: tuple[str, ...] = ()) -> tuple[str, list[tuple[int, int]]]:
    from sloika.pipelines.formats.base import FormatError
    from sloika.pipelines.formats.web import parse_html

    try:
        (page,) = parse_html(html, targets=targets)
    except FormatError:
        return "", []
    return page.text, [(s.start, s.end) for s in page.spans if s.label == "code"]


def measure(pages: list[Path], side, lang: str) -> dict:
    from bench_cleanliness import DETECTORS, detect

    hits: Counter = Counter()
    chars = size = found = wanted = 0
    seconds = 0.0
    for path in pages:
        html = path.read_bytes()
        began = time.perf_counter()
        text, code = side(html)
        seconds += time.perf_counter() - began
        chars += len(text)
        size += len(text.encode())
        hits.update(detect(text, "article", lang, code))
        flat = _collapse(text)
        reference = source_paragraphs(html, lang)
        wanted += len(reference)
        found += sum(paragraph in flat for paragraph in reference)
    megabytes = size / 1e6 or 1.0
    return {
        "pages": len(pages),
        "kept_chars": chars,
        "seconds": round(seconds, 2),
        "paragraph_recall": round(found / wanted, 4) if wanted else None,
        "paragraphs": wanted,
        "hits": {name: hits[name] for name in DETECTORS},
        "per_mb": {name: round(hits[name] / megabytes, 2) for name in DETECTORS},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default=str(REPO / "tests" / "data" / "web" / "*.html"))
    parser.add_argument("--lang", default="ru", help="the pages' language (for the detectors)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "html_extraction.json")
    args = parser.parse_args(argv)
    pages = sorted(Path(p) for p in glob.glob(args.pages, recursive=True))
    if not pages:
        parser.error(f"no pages match {args.pages}")
    sloika_side(pages[0].read_bytes())  # load the language models outside the timing
    report = {
        "pages": args.pages,
        "anchor": measure(pages, anchor_side, args.lang),
        "sloika": measure(pages, sloika_side, args.lang),
        "sloika_target": measure(pages, lambda html: sloika_side(html, (args.lang,)), args.lang),
    }
    a, s, t = report["anchor"], report["sloika"], report["sloika_target"]
    report["time_ratio"] = round(s["seconds"] / a["seconds"], 2) if a["seconds"] else None
    print(f"| | trafilatura text (anchor) | sloika, defaults | sloika, languages: [{args.lang}] |")
    print("|---|---:|---:|---:|")
    for key in ("pages", "kept_chars", "paragraph_recall", "paragraphs", "seconds"):
        print(f"| {key} | {a[key]} | {s[key]} | {t[key]} |")
    for name in a["per_mb"]:
        print(f"| {name} /MB | {a['per_mb'][name]} | {s['per_mb'][name]} | {t['per_mb'][name]} |")
    print(f"time sloika (defaults) / anchor: {report['time_ratio']}x")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "bench"))
    sys.path.insert(0, str(REPO))
    sys.exit(main())
