"""Heads a page repeats that are not the text (issue 15, the fortieth check's PDF leftovers): a book's
running head whose box a glyph lifts, a table's head set again over its continuation overleaf.
Geometry after HSAUR3's Ch_meta_analysis.pdf and Doxygen's refman.pdf; words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, font_pages, removed_texts, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# a sans-serif face whose glyphs sit on the baseline (descent 0): its box's top stands 2 pt over
# Helvetica's (descent -207) at 10 pt, as CMSS10's "R" stands over CMR10's in HSAUR3's heads
SANS = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /SansSerif /FirstChar 32 /LastChar 126 /Widths [%s]"
    b" /Encoding /WinAnsiEncoding /FontDescriptor << /Type /FontDescriptor /FontName /SansSerif /Flags 32"
    b" /FontBBox [0 0 1000 700] /ItalicAngle 0 /Ascent 700 /Descent 0 /CapHeight 700 /StemV 80 >> >>"
    % b" ".join([b"600"] * 95)
)
HEAD_BASELINE = 715  # the heads' row: Helvetica's box top 119.1 pt from the top, the sans glyph's 117


def book_page(number: int, head: str, lines: list[str], sans: str = "") -> bytes:
    """A book page: its running head (the chapter's title right of the folio on even pages, the
    section's left of it on odd ones, ``sans`` set after it in the sans-serif face), then ``lines``
    of body text from 22 pt under it, 12 pt apart."""
    words = b"BT /F1 10 Tf %.1f %d Td (%s) Tj /F2 10 Tf (%s) Tj ET"
    folio = text_row(450 if number % 2 else 74, HEAD_BASELINE, str(number))
    ops = [folio, words % (74 if number % 2 else 400, HEAD_BASELINE, escaped(head), escaped(sans))]
    ops += [text_row(74, HEAD_BASELINE - 22 - 12 * at, text) for at, text in enumerate(lines)]
    return b"\n".join(ops)


def test_a_running_head_lifted_by_a_glyph_of_another_font_goes_as_furniture():
    """HSAUR3's section head "ANALYSIS USING R" over one page (its "R" in CMSS10, the box 2.5 pt over
    the folio's beside it and every other head's place) was kept, standing between a paragraph and
    the next page's text. A line sharing its baseline with the folio beside it stands where the folio
    does: it is the running head, cut as the other pages' heads are."""
    pages = [
        book_page(
            2, "META-ANALYSIS", ["The pooled estimate weights each study by its", "precision, where the"]
        ),
        book_page(
            3,
            "ANALYSIS USING ",
            ["estimated variance between the studies is added", "to each one's own."],
            "R",
        ),
        book_page(4, "META-ANALYSIS", ["A funnel plot shows each study's effect against", "its precision."]),
        book_page(
            5, "PUBLICATION BIAS", ["Small studies with large effects hint that", "some were not published."]
        ),
        book_page(
            6, "META-ANALYSIS", ["The regression of the effects on a covariate", "explains some of it."]
        ),
        book_page(
            7,
            "PUBLICATION BIAS",
            ["A test of the funnel's symmetry asks whether", "the small studies differ."],
        ),
    ]
    (doc,) = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", SANS)]))
    assert (
        "The pooled estimate weights each study by its precision, where the estimated variance between "
        "the studies is added to each one's own." in doc.text
    )
    for head in ("ANALYSIS USING", "PUBLICATION BIAS", "META-ANALYSIS"):
        assert head not in doc.text
    assert "ANALYSIS USING R" in removed_texts(doc, "page_furniture")
