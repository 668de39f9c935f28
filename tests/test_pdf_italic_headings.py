"""A heading of a word or two set in italics larger than the body (LaTeX News's "Introduction",
"Code improvements", "References": ltnews33.pdf, ltnews35.pdf) went to ``removed`` as a drawing's
label (``figure``), the rule for a standard's drawn sample page ("Два интервала"). Set at the left
edge of the text under it, it is a heading and stays; a label set apart from the text's margin
still goes. The page is hand-built; its sentences are sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
FIRST = [
    "The release brings few new features and mostly fixes small",
    "bugs in the kernel and in the packages that come with it.",
]
SECOND = [
    "Its main change is how the commands read their arguments when",
    "a list of keys and values is given instead of a plain value.",
]


def _lines(x: float, top: float, lines: list[str]) -> list[str]:
    return [text_at(x, top - 12 * at, line) for at, line in enumerate(lines)]


def test_an_italic_heading_over_its_paragraph_stays_and_a_label_apart_goes():
    page = [text_at(72, 720, "Introduction", 12, "F2"), *_lines(72, 700, FIRST)]
    page += [text_at(300, 652, "Two spaces", 12, "F2"), *_lines(72, 630, SECOND)]
    (doc,) = parse_pdf(one_page("\n".join(page).encode(), [(b"F1", HELVETICA), (b"F2", OBLIQUE)]))
    assert doc.text.split("\n\n") == ["Introduction", " ".join(FIRST), " ".join(SECOND)], doc.text
    assert [(s.attrs["text"], s.attrs["why"]) for s in doc.layers["removed"]] == [("Two spaces", "figure")]
