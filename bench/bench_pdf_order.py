"""Reading order and holes of the PDF reader's kept text, judged against a second PDF engine.

    .venv/bin/python bench/bench_pdf_order.py --smoke
    .venv/bin/python bench/bench_pdf_order.py FILE.pdf DIR ... [--out result.json] [--show 8]

The reference is PDFium's text (pypdfium2; Google's PDF engine, sharing no code with pdfminer, which
the reader is built on) in content-stream order, page by page. TeX, the producer of most papers and
manuals, writes a page's text in the order it typeset it: columns one after the other, a float where
it stands, the footnotes at the foot. So a passage of the kept text that stands elsewhere in the
stream than its neighbours is text out of order (a two-column page read across the gutter, a moved
paragraph, a label parted from its description), and a passage of the stream found neither in the
kept text nor in the ``removed`` records is a hole, and one found only in the records is cut: the
reader chose to take it out (running heads, page numbers, plots: usually right; a page of prose:
wrong), so the long cut passages are printed for a person to judge. Producers that write text in
another order than it is read (some word processors, slides with absolutely placed boxes) make false
hits: read the passages printed before trusting a count.

Both sides are cut to letters and digits, case-folded (NFKC: ligatures are letters), and the kept
text into shingles of ``--width`` characters at fixed steps. A shingle found exactly once in the
reference, and once in the kept text, has a place there: text the kept text repeats (a manual's
signatures, each "(OM_uint32 * minor_status, const gss_ctx_id_t context_handle, …") has no one place,
though the reference may hold it whole once, where a label set on the line (Texinfo's "[Function]")
breaks it elsewhere (gss.pdf: four signatures counted out of order, each placed at another's). The
longest run of shingles whose places increase is in order, the rest is out of order (a moved
passage counts its own shingles, not those it displaced). The anchor is bare pdfminer
(``extract_text``, default layout analysis) judged the same way against the same reference: the
ratio of out-of-order shares says whether the reader's own layout work orders text better or worse
than the library it starts from.
"""

from __future__ import annotations

import argparse
import bisect
import io
import json
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pypdfium2
from pdfminer.high_level import extract_text

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from pdf_objects import helvetica_page, text_at  # noqa: E402  (the tests' hand-built PDF writer)


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` cut to its letters and digits, case-folded, with each kept character's offset in
    ``text`` (a ligature "ﬁ" gives two characters at one offset)."""
    chars, offsets = [], []
    for at, char in enumerate(text):
        for part in unicodedata.normalize("NFKC", char).casefold():
            if part.isalnum():
                chars.append(part)
                offsets.append(at)
    return "".join(chars), offsets


def increasing(places: list[int]) -> set[int]:
    """Indices of a longest strictly increasing subsequence of ``places`` (patience sorting)."""
    tails: list[int] = []  # the smallest last place of an increasing run of each length
    ends: list[int] = []  # the index that run ends at
    before = [-1] * len(places)
    for at, place in enumerate(places):
        length = bisect.bisect_left(tails, place)
        if length == len(tails):
            tails.append(place)
            ends.append(at)
        else:
            tails[length], ends[length] = place, at
        before[at] = ends[length - 1] if length else -1
    kept, at = set(), ends[-1] if ends else -1
    while at >= 0:
        kept.add(at)
        at = before[at]
    return kept


def runs(starts: list[int], width: int) -> list[tuple[int, int]]:
    """Sorted shingle starts grouped into (first, last) runs of neighbours ``width`` apart."""
    grouped: list[list[int]] = []
    for start in starts:
        if grouped and start - grouped[-1][1] <= width:
            grouped[-1][1] = start
        else:
            grouped.append([start, start])
    return [(first, last) for first, last in grouped]


@dataclass
class Judged:
    """One text judged against the reference: shingles cut, placed and out of order, the reference's
    letters found nowhere and those found only in the ``removed`` records, and the out-of-order,
    missing and cut passages as short quotes (cut ones longest first)."""

    shingles: int = 0
    placed: int = 0
    out_of_order: int = 0
    moved: list[str] = field(default_factory=list)
    missing_chars: int = 0
    reference_chars: int = 0
    missing: list[str] = field(default_factory=list)
    cut_chars: int = 0
    cut: list[str] = field(default_factory=list)


def _quote(text: str, offsets: list[int], start: int, end: int, around: int = 0) -> str:
    """The text of folded characters ``start`` to ``end`` (exclusive), one line, cut long, in
    ⟦…⟧ between ``around`` characters of what stands before and after it."""
    first, last = offsets[start], offsets[end - 1] + 1
    quote = " ".join(text[first:last].split())
    quote = quote if len(quote) <= 160 else quote[:120] + " … " + quote[-30:]
    if not around:
        return quote
    before, after = (
        re.sub(r"\s+", " ", part)
        for part in (text[max(0, first - around) : first], text[last : last + around])
    )
    return f"{before}⟦{quote}⟧{after}"


def _covered(theirs: str, sources: list[str], width: int) -> bytearray:
    """Which of the reference's folded characters stand in one of ``sources`` (folded): inside a
    ``width``-long run that a source holds too, or inside a whole source shorter than that (a page
    number, a heading cut into ``removed``)."""
    places: dict[str, list[int]] = {}
    for at in range(len(theirs) - width + 1):
        places.setdefault(theirs[at : at + width], []).append(at)
    covered = bytearray(len(theirs))
    for source in sources:
        if len(source) < width:
            at = theirs.find(source) if source else -1
            while at >= 0:
                covered[at : at + len(source)] = b"\1" * len(source)
                at = theirs.find(source, at + 1)
            continue
        for at in range(len(source) - width + 1):
            for place in places.get(source[at : at + width], ()):
                covered[place : place + width] = b"\1" * width
    return covered


def _holes(covered: bytearray, least: int) -> list[tuple[int, int]]:
    """The (start, end) runs of uncovered characters ``least`` long or longer."""
    holes, start = [], None
    for at, mark in enumerate([*covered, 1]):
        if not mark and start is None:
            start = at
        elif mark and start is not None:
            if at - start >= least:
                holes.append((start, at))
            start = None
    return holes


def _once(text: str, part: str, first: int) -> bool:
    """Whether ``part``, first found in ``text`` at ``first`` (-1: nowhere), stands there only."""
    return first >= 0 and text.find(part, first + 1) < 0


def judge(
    text: str,
    reference: str,
    others: list[str] = (),
    width: int = 30,
    placed_apart: list[tuple[int, int]] = (),
    removed: list[str] = (),
) -> Judged:
    """``text`` judged against ``reference`` (see the module's docstring); ``others`` are texts the
    reader holds outside the text (a table's cells) and ``removed`` its ``removed`` records: a
    reference passage found in either is no hole, one found only in ``removed`` is cut;
    ``placed_apart`` are (start, end) ranges of ``text`` whose place is the reader's choice, left out
    of the order (footnotes, set after the paragraph of their mark)."""
    mine, offsets = folded(text)
    theirs, their_offsets = folded(reference)
    starts = list(range(0, len(mine) - width + 1, width))
    placed, places = [], []
    for start in starts:
        if any(first <= offsets[start] < end for first, end in placed_apart):
            continue
        shingle = mine[start : start + width]
        place = theirs.find(shingle)
        if _once(theirs, shingle, place) and _once(mine, shingle, mine.find(shingle)):
            placed.append(start)
            places.append(place)
    in_order = increasing(places)
    moved = [start for at, start in enumerate(placed) if at not in in_order]
    covered = _covered(theirs, [mine, *(folded(other)[0] for other in others)], width)
    cut_covered = _covered(theirs, [folded(record)[0] for record in removed], width)
    cut_only = bytearray(int(mark and not kept) for mark, kept in zip(cut_covered, covered, strict=True))
    holes = _holes(bytearray(a | b for a, b in zip(covered, cut_covered, strict=True)), width)
    cut = sorted(_holes(bytearray(1 - mark for mark in cut_only), width), key=lambda run: run[0] - run[1])
    return Judged(
        shingles=len(starts),
        placed=len(placed),
        out_of_order=len(moved),
        moved=[_quote(text, offsets, first, last + width, 50) for first, last in runs(moved, width)],
        missing_chars=len(theirs) - sum(covered) - sum(cut_only),
        reference_chars=len(theirs),
        missing=[_quote(reference, their_offsets, start, end) for start, end in holes],
        cut_chars=sum(cut_only),
        cut=[_quote(reference, their_offsets, start, end) for start, end in cut],
    )


def pdfium_text(data: bytes) -> str:
    """The PDF's text as PDFium reads it, in content-stream order, page after page."""
    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def _table_rows(document: Parsed) -> list[str]:
    """The cells of the reader's tables, row by row: a ``table`` span holds its rows, the text none
    of them."""
    tables = [span.attrs.get("rows", []) for span in document.spans if span.label == "table"]
    return [" ".join(map(str, row)) for rows in tables for row in rows]


def _removed(document: Parsed) -> list[str]:
    """The texts of the reader's ``removed`` records."""
    return [str(span.attrs.get("text", "")) for span in document.layers.get("removed", [])]


def _footnotes(documents: list[Parsed]) -> list[tuple[int, int]]:
    """The footnotes' ranges in the documents' texts joined as ``measure`` joins them: the reader
    sets a footnote after the paragraph of its mark, where the stream has it at its page's foot."""
    ranges, shift = [], 0
    for document in documents:
        ranges += [
            (shift + span.start, shift + span.end) for span in document.spans if span.label == "footnote"
        ]
        shift += len(document.text) + 2
    return ranges


def measure(name: str, data: bytes, width: int) -> dict:
    """The reader and bare pdfminer judged against PDFium on one PDF, as a row of the result."""
    reference = pdfium_text(data)
    documents = parse_pdf(data)
    kept = "\n\n".join(document.text for document in documents)
    tables = [text for document in documents for text in _table_rows(document)]
    removed = [text for document in documents for text in _removed(document)]
    reader = judge(kept, reference, tables, width, _footnotes(documents), removed)
    anchor = judge(extract_text(io.BytesIO(data)), reference, width=width)
    return {"file": name, "reader": asdict(reader), "anchor": asdict(anchor)}


def _smoke_pdf() -> bytes:
    """One page of two columns whose stream holds the left column, then the right, each line a
    sentence: a reader that reads across the gutter puts right-column lines among the left's."""
    left = [f"Left column sentence number {n} tells about apples and pears." for n in range(12)]
    right = [f"Right column sentence number {n} speaks of rivers and hills." for n in range(12)]
    lines = [text_at(60, 700 - 14 * n, line, 7) for n, line in enumerate(left)]
    lines += [text_at(320, 700 - 14 * n, line, 7) for n, line in enumerate(right)]
    return helvetica_page("\n".join(lines).encode("latin-1"))


def _files(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        found += sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
    return found


def _share(out_of_order: int, placed: int) -> float:
    """The share of placed shingles out of order (0 where nothing was placed)."""
    return out_of_order / max(placed, 1)


def ratio_of_shares(reader: tuple[int, int], anchor: tuple[int, int]) -> str:
    """The reader's share of (out of order, placed) shingles over pdfminer's, written to two places;
    with pdfminer nothing out of order there is no ratio to give (the reader's count says it all)."""
    if not anchor[0]:
        return "none (pdfminer 0 out of order)"
    return f"{_share(*reader) / _share(*anchor):.2f}"


def _print_row(row: dict, show: int) -> None:
    reader, anchor = row["reader"], row["anchor"]
    share = {side: _share(row[side]["out_of_order"], row[side]["placed"]) for side in ("reader", "anchor")}
    print(
        f"{row['file']}: reader {reader['out_of_order']}/{reader['placed']} shingles out of order "
        f"({share['reader']:.1%}), {reader['missing_chars']:,}/{reader['reference_chars']:,} letters "
        f"of the reference nowhere, {reader['cut_chars']:,} only in `removed`; "
        f"pdfminer {anchor['out_of_order']}/{anchor['placed']} "
        f"({share['anchor']:.1%})",
        flush=True,
    )
    for quote in reader["moved"][:show]:
        print(f"    out of order: {quote}")
    for quote in reader["missing"][:show]:
        print(f"    missing: {quote}")
    for quote in reader["cut"][:show]:
        print(f"    cut: {quote}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDF files or folders of them")
    parser.add_argument("--smoke", action="store_true", help="judge a built two-column page")
    parser.add_argument("--width", type=int, default=30, help="shingle width in letters and digits")
    parser.add_argument("--show", type=int, default=8, help="passages to print per file and kind")
    parser.add_argument("--out", type=Path, help="write every row (with all passages) as JSON here")
    args = parser.parse_args()
    if not args.smoke and not args.pdfs:
        parser.error("give PDF files or folders, or --smoke")
    named = [("smoke two-column page", _smoke_pdf())] if args.smoke else []
    named += [(str(path), path.read_bytes()) for path in _files(args.pdfs)]
    rows = []
    for name, data in named:
        try:
            rows.append(measure(name, data, args.width))
        except Exception as error:  # a refused PDF is a row of its own, not the end of the run
            print(f"{name}: not judged ({type(error).__name__}: {error})", flush=True)
            continue
        _print_row(rows[-1], args.show)
    reader = sum(row["reader"]["out_of_order"] for row in rows), sum(row["reader"]["placed"] for row in rows)
    anchor = sum(row["anchor"]["out_of_order"] for row in rows), sum(row["anchor"]["placed"] for row in rows)
    ratio = ratio_of_shares(reader, anchor)
    print(
        f"all {len(rows)} files: reader {reader[0]}/{reader[1]} out of order, pdfminer "
        f"{anchor[0]}/{anchor[1]}; ratio of shares (reader / pdfminer) {ratio}; reference letters "
        f"cut to `removed` {sum(row['reader']['cut_chars'] for row in rows):,} of "
        f"{sum(row['reader']['reference_chars'] for row in rows):,}"
    )
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
