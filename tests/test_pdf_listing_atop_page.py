"""A listing that opens a page under a sentence the page before left open (issue 15, check 64 row 2:
phylobase.pdf's "A simple way to assign the node numbers as labels (useful for various checks) is"
closing p. 4 over the chunk "nodeLabels(g1) <- paste(…)" / "head(g1, 5)" atop p. 5, whose first line
was read as the sentence's last words and the rest as a listing). TeX drops the skip over a listing
at a page's top, so no gap tells it from a line of the sentence: a monospaced line with more
monospaced lines under it opens the listing; one alone, prose under it, is the sentence's command
wrapped overleaf. Pages hand-built, texts sloika's own; the expected texts are the pages' lines."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, font_pages, helvetica_width  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
LEFT, RIGHT, INDENT = 72.0, 523.0, 15.0
OPENING = [
    "Each tree keeps the labels of its leaves and of its inner nodes, and the inner nodes",
    "may have none at all. A simple way to give every inner node its own number as a label,",
    "which is useful for checking what a later step of the analysis did to the nodes of the tree, is",
]
LISTING = ['nodeNames(tree) <- paste("N", innerNodes(tree), sep="")', "head(tree, 4)"]
CLOSING = [
    "The first four rows of the table show the leaves, each with its label, its parent and the",
    "length of the edge over it, and the inner nodes follow them in the order of their numbers.",
]
GOING_ON = [
    "run at once, and the labels it gives can be read back with nodeNames(tree) before the tree is",
    "pruned or after it, to see which of the inner nodes a step kept.",
]


def _line(x: float, y: float, text: str, end: float | None = None) -> bytes:
    """``text`` in Helvetica at (x, y), stretched to end at ``end`` where given (a justified line)."""
    scale = 100.0 if end is None else 100 * (end - x) / helvetica_width(text, 10)
    return f"BT {scale:.2f} Tz /F1 10 Tf {x} {y} Td ({text}) Tj ET".encode()


def _pages(listing: list[str], closing: list[str], apart: bool = True) -> bytes:
    """A paragraph closing page 1 on "… is", then ``listing`` atop page 2 and the ``closing`` lines
    under it: where ``apart``, a paragraph set a skip under the listing, its first line indented,
    else the sentence going on at the listing's pitch."""
    first = [
        _line(LEFT + INDENT, 760, OPENING[0], RIGHT),
        _line(LEFT, 748, OPENING[1], RIGHT),
        _line(LEFT, 736, OPENING[2]),
    ]
    second = [code_line(LEFT, 770 - 12 * at, text, 10) for at, text in enumerate(listing)]
    y = 770 - 12 * len(listing) - (10 if apart else 0)
    indent = INDENT if apart else 0
    second += [_line(LEFT + indent, y, closing[0], RIGHT), _line(LEFT, y - 12, closing[1])]
    return font_pages([b"\n".join(first), b"\n".join(second)], FONTS)


def test_a_listing_atop_the_next_page_is_no_word_of_the_open_sentence():
    (doc,) = parse_pdf(_pages(LISTING, CLOSING))
    assert " ".join(OPENING) in doc.text.split("\n\n")
    assert code_lines(doc) == LISTING


def test_a_lone_command_atop_the_next_page_goes_on_the_open_sentence():
    (doc,) = parse_pdf(_pages(LISTING[:1], GOING_ON, apart=False))
    assert doc.text.startswith(f"{' '.join(OPENING)} {LISTING[0]}\n\n")
    assert code_lines(doc) == []
