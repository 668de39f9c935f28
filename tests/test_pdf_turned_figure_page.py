"""A figure drawn turned on a page whose own text is upright is a figure, not a turned page (issue 15,
issue-bitmapt1: the forty-eighth check's cummeRbund-manual.pdf, refused as ``unmapped_text_layer``).
Its page 19 is a database diagram, an included PDF (a Form XObject) drawn turned by 90° under the page's
upright number; the page was turned whole, so the number ran turned and the diagram's 11,729 labels read
as the page's text, in a font with no ToUnicode table: 20 % of the document's glyphs unmapped. The
labels are a figure's, cut as ``figure``; a page drawn whole in a form, with no text of its own, is
still turned and read. Pages hand-built, words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_line, pdf_of, removed_texts, stream  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PROSE = [
    "The database keeps one table for each kind of feature and one for each kind of measure, so that",
    "every query joins a few small tables instead of reading one large file; the diagram on the next",
    "page shows the tables and the keys that join them, and the sections after it describe each one.",
]
CAPTION = [
    "Table 4: The tables of the database with their columns, their types and the keys joining them.",
    "Each gene has many isoforms, and each isoform belongs to one gene and one transcription start.",
]
TABLES = ["genes", "isoforms", "samples", "replicates", "features", "runInfo"]
COLUMNS = ["gene_id VARCHAR(45)", "sample_name VARCHAR(45)", "fpkm FLOAT", "status VARCHAR(45)"]
TURN_LEFT = b"0 1 -1 0 612 0 cm"  # the form's content into a landscape frame, its text running up the page
# a CID font with no ToUnicode table (as cairo embeds a plot's font, its codes glyph numbers): every
# glyph maps to no character, "(cid:3)"
NO_TABLE_FONT = [
    b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+CairoFont-0-0 /Encoding /Identity-H"
    b" /DescendantFonts [10 0 R] >>",
    b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /ABCDEF+CairoFont-0-0 /DW 500 /FontDescriptor 11 0 R"
    b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
    b"<< /Type /FontDescriptor /FontName /ABCDEF+CairoFont-0-0 /Flags 32 /FontBBox [0 0 1000 1000]"
    b" /ItalicAngle 0 /Ascent 736 /Descent -221 /CapHeight 654 /StemV 0 >>",
]


def _diagram(font: bytes) -> bytes:
    """A database diagram drawn turned left: six tables side by side, each a box with its name and four
    columns at 6 pt in ``font``, as two-byte glyph numbers where it is the CID font (``/F2``)."""
    drawn = []
    for at, table in enumerate(TABLES):
        x = 60 + 120 * at
        drawn.append(b"%d 300 110 80 re S" % x)
        for row, text in enumerate([table, *COLUMNS]):
            shown = "".join(f"{ord(char) - 29:04x}" for char in text) if font == b"F2" else None
            glyphs = b"<%s>" % shown.encode() if shown else b"(%s)" % text.encode()
            drawn.append(b"BT /%s 6 Tf %d %d Td %s Tj ET" % (font, x + 4, 368 - 12 * row, glyphs))
    return b"\n".join([b"q " + TURN_LEFT, *drawn, b"Q"])


def _figure_page_pdf(page_text: bytes, form: bytes) -> bytes:
    """A US Letter PDF of a page of prose and a page that draws the Form XObject ``form`` (Helvetica as
    ``/F1``, the CID font of no table as ``/F2``), then sets ``page_text`` itself."""
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 8 0 R >> >> >>",
            stream(b"\n".join(helvetica_line(72, 700 - 14 * at, text, 10) for at, text in enumerate(PROSE))),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R"
            b" /Resources << /XObject << /Fm1 7 0 R >> /Font << /F1 8 0 R >> >> >>",
            stream(b"q /Fm1 Do Q\n" + page_text),
            stream(
                form,
                b"/Type /XObject /Subtype /Form /BBox [0 0 612 792]"
                b" /Resources << /Font << /F1 8 0 R /F2 9 0 R >> >>",
            ),
            HELVETICA,
            *NO_TABLE_FONT,
        ]
    )


PAGE_NUMBER = helvetica_line(300, 40, "2", 10)


def test_a_diagram_drawn_turned_under_an_upright_page_number_is_a_figure():
    """Its tables' names and columns are cut as a figure's labels, not read as the page's text."""
    (doc,) = parse_pdf(_figure_page_pdf(PAGE_NUMBER, _diagram(b"F1")))
    assert " ".join(PROSE) in doc.text
    assert not any(text in doc.text for text in [*TABLES, *COLUMNS])
    assert set(TABLES) <= set(removed_texts(doc, "figure"))


def test_a_turned_diagrams_unmapped_labels_do_not_refuse_the_document():
    """Labels in a font with no ToUnicode table are no part of the text layer: the prose is read."""
    (doc,) = parse_pdf(_figure_page_pdf(PAGE_NUMBER, _diagram(b"F2")))
    assert " ".join(PROSE) in doc.text
    assert "(cid:" not in doc.text


def test_a_page_drawn_whole_in_a_turned_form_is_still_read_turned():
    """A page with no text of its own (a landscape page included whole, pdfpages) is turned and read:
    its caption is text."""
    caption = [helvetica_line(100, 150 - 12 * at, text, 10) for at, text in enumerate(CAPTION)]
    (doc,) = parse_pdf(_figure_page_pdf(b"", b"\n".join([b"q " + TURN_LEFT, *caption, b"Q"])))
    assert " ".join(CAPTION) in doc.text
