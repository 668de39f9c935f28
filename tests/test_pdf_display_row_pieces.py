"""A display row set in pieces reads as one line, left to right (issue 15, fiftieth check row 06).

texlive-lang-cjk's c90.pdf displays two ligature patterns under "… two patterns which apparently
contradict.", each a row of italic class names TeX set in an alignment's cells: "base  lower top →
base  lower top_low" over "base_asc lower top → base_asc lower top_low-left". The first row's cells
stand a column gap apart, so pdfminer read it as three lines, its middle first; too few rows for a
table, they stood in that order as three paragraphs ("lower top → base" / "base" / "lower top low"),
the row's first word after its arrow. The fixture sets such a row, its pieces drawn middle first, the
second row whole; the expected text is written by hand.
"""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page, text_row

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_aligned import _aligned
from sloika.pipelines.formats.pdf_line_record import Line

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
BEFORE = (
    "Most of the rules follow from the patterns, but at the end there remain two patterns which contradict."
)
AFTER = "After applying the rules for the first two classes it is necessary to handle the context here."
PIECES = [(200.0, "lower top -> base"), (150.0, "base"), (300.0, "lower top low")]  # as pdfminer gives them
SECOND = "base asc lower top -> base asc lower top low-left"


def _page() -> bytes:
    """Prose, the display's first row in its three pieces (drawn middle first), its second row whole
    from the first piece's edge, and prose under it."""
    parts = [text_row(72, 700, BEFORE)]
    parts += [text_row(x, 680, text, font=b"F2") for x, text in PIECES]
    parts += [text_row(150, 668, SECOND, font=b"F2"), text_row(72, 645, AFTER)]
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", OBLIQUE)])


def test_a_display_row_in_pieces_reads_left_to_right() -> None:
    (doc,) = parse_pdf(_page())
    row = " ".join(text for _, text in sorted(PIECES))
    assert row in doc.text.split("\n")
    assert doc.text.index(row) < doc.text.index(SECOND)


def test_a_sentence_beside_a_stray_glyph_is_no_display_row() -> None:
    """feffit.pdf p. 46: a paragraph's last line, "… that nightmare).", beside a display's root sign
    read as "p" far to its right, under a full line with no stop or comma: no display's rows, the
    page stays as it was read."""
    over = Line(
        0,
        "few percent) are not clearly improvements (we could at this point lapse into a",
        72,
        540,
        211,
        223,
        11.5,
        792,
    )
    last = Line(
        0,
        "of confidence intervals and F -tests, but I'll spare you that nightmare).",
        72,
        408,
        224,
        236,
        11.5,
        792,
    )
    root = Line(0, "p", 463, 474, 226, 244, 17.8, 792)
    page = [over, last, root]
    assert [line.text for line in _aligned(list(page), 0, [])] == [line.text for line in page]
