"""Plots, formulas and records of the BAMG manual and SDPB's manual (issue 15, the fifty-fifth check's
rows 3 and 4, issue-bamg57): the key labels of plots painted as image masks ("nbv", "err1") kept as
one-cell tables, their frames read as a table's rules; formula (1)'s exponent on its big ")" read
"^(_p)"; the SubDomain record's rows between a "{" and a "}" read as a table's row with blank cells;
SDPB's (2.1), a matrix whose entries pdfminer read in two pieces, cut whole. Pages hand-built,
sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, one_page, removed_texts, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"77 /M 97 /a 98 /b 102 /f 103 /g 104 /h 112 /p 120 /x")
CMEX = tex_font(
    b"KBOUDR+CMEX10",
    b"40 /parenleftBig 41 /parenrightBig 97 /parenlefttp 98 /parenleftex 99 /parenleftbt 100 /parenrighttp"
    b" 101 /parenrightex 102 /parenrightbt 103 /bracelefttp 104 /braceleftmid 105 /braceleftbt"
    b" 106 /bracerighttp 107 /bracerightmid 108 /bracerightbt",
)
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)]

LEAD = "The metric that the mesh generator builds from the error of the last solution is defined by"
AFTER = "where the power and the cut off are the two parameters of the options described below."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc


def _rule(x0: float, x1: float, y: float) -> bytes:
    """A fraction's bar, as TeX draws it: a filled rectangle 0.4 pt high."""
    return b"%.1f %.1f %.1f 0.4 re f" % (x0, y, x1 - x0)


def _image(x0: float, y0: float, x1: float, y1: float) -> bytes:
    """A one-pixel image mask scaled to the box, as Ghostscript paints dvips' rules and dots."""
    return b"q %.2f 0 0 %.2f %.2f %.2f cm BI /IM true /W 1 /H 1 /BPC 1 ID \x00 EI Q" % (
        x1 - x0,
        y1 - y0,
        x0,
        y0,
    )


def test_the_exponent_of_a_big_bracket_hung_from_its_top_is_raised():
    """ "M = (a/b)^p (1)": a big ")" of cmex, its origin its top, and "p" set smaller right after it,
    its baseline a little under that top (TeX drops a superscript from a delimiter's top): the
    exponent, not "^(_p)" as read against the bracket's origin."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(240, 495, "M"),
            text_row(250, 495, " = "),
            text_row(265, 508, "(", font=b"X"),
            math_row(280, 502, "a"),
            _rule(278, 288, 498.5),
            math_row(281, 488, "b"),
            text_row(299, 508, ")", font=b"X"),
            math_row(304, 505.2, "p", 7),
            text_row(500, 495, "(1)"),
            text_row(72, 470, AFTER),
            text_row(72, 440, LAST),
        ]
    )
    assert doc.text == f"{LEAD}\n\nM = (a/b)^p (1)\n\n{AFTER} {LAST}"


def _plot(x0: float, bottom: float, label: str) -> list[bytes]:
    """A plot gnuplot's latex terminal draws and Ghostscript paints as image masks: a frame 120 by
    80 pt, ticks on its sides, a curve of 60 steps each a pixel or two across, and a key inside the
    frame's top right, ``label`` (9 pt) beside a 15 pt line."""
    x1, top = x0 + 120, bottom + 80
    marks = [_image(x0, bottom, x1, bottom + 0.4), _image(x0, top - 0.4, x1, top)]
    marks += [_image(x0, bottom, x0 + 0.4, top), _image(x1 - 0.4, bottom, x1, top)]
    marks += [_image(x0 + 12 * at, bottom, x0 + 12 * at + 0.4, bottom + 4) for at in range(1, 10)]
    marks += [_image(x0, bottom + 10 * at, x0 + 4, bottom + 10 * at + 0.4) for at in range(1, 8)]
    marks += [_image(x0 + 1.5 * at, bottom + at, x0 + 1.5 * at + 1.6, bottom + at + 0.5) for at in range(60)]
    key = [text_row(x1 - 50, top - 15, label, 9), _image(x1 - 25, top - 12, x1 - 10, top - 11.6)]
    return [*marks, *key, *(text_row(x0 - 20, bottom + 20 * at - 3, str(500 * at), 7) for at in range(5))]


def test_the_key_labels_of_plots_painted_as_image_masks_are_figure_debris():
    """Two plots painted as image masks side by side, each with its key's label inside its frame
    and its caption under it: the labels go to ``removed`` as the figure's, no table; the captions
    and the prose around stay."""
    captions = ["Figure 6: Nb of vertices versus iteration", "Figure 7: Nb of triangles versus iteration"]
    doc = _parse(
        [
            text_row(72, 700, "You can see on the figures the convergence of the process of adaption.", 11),
            *_plot(100, 560, "nbv"),
            *_plot(350, 560, "err2"),
            text_row(80, 540, captions[0], 11),
            text_row(330, 540, captions[1], 11),
            text_row(72, 500, "The process converges near the eleventh iteration of the loop.", 11),
            text_row(72, 480, LAST, 11),
        ]
    )
    assert not [span for span in doc.spans if span.label == "table"]
    assert "nbv" not in doc.text and "err2" not in doc.text
    assert {"nbv", "err2"} <= set(removed_texts(doc, "figure"))
    assert f"{captions[0]}\n\n{captions[1]}" in doc.text


def _brace_pieces(x: float, top: float, codes: str) -> list[bytes]:
    """A brace TeX built of cmex pieces at ``x``: its top hook hung from ``top``, its middle 9 pt and
    its bottom hook 24 pt under it (``codes``: the three pieces' characters)."""
    return [text_row(x, top - step, code, font=b"X") for step, code in zip((0, 9, 24), codes, strict=True)]


def test_a_record_s_alternatives_between_two_braces_are_one_line_not_a_table():
    """Record lines set in two parts, then a record whose three alternatives stand one under another
    between a "{" and a "}" built of pieces, what goes before the brace on the middle row and the
    rest of the record after the closing brace: the records a line each, the braced one written
    whole, its alternatives in order between braces, no table and no blank cells."""
    doc = _parse(
        [
            text_row(72, 640, "Then, the fields of the file are defined as follows, each on its own lines"),
            text_row(98, 610, "• Triangles (I) NbOfTriangles"),
            text_row(108, 595, "((Vertex j, j=1,3), (I) Ref,"),
            text_row(291, 595, "i=1, NbOfTriangles)"),
            text_row(98, 575, "• Quadrilaterals (I) NbOfQuadrangles"),
            text_row(108, 560, "((Vertex j, j=1,4), (I) Ref,"),
            text_row(291, 560, "i=1, NbOfQuadrangles)"),
            text_row(98, 540, "• SubDomain (I) NbOfSubDomain"),
            text_row(108, 512, "((I) type, if"),
            *_brace_pieces(176, 532, "ghi"),
            text_row(190, 524, "type == 2: Edge"),
            text_row(190, 512, "type == 3: Tria"),
            text_row(190, 500, "type == 4: Quad"),
            *_brace_pieces(293, 532, "jkl"),
            text_row(308, 512, ", (I) Orientation, (I) Ref,"),
            text_row(72, 470, "The sub-domains are given in the order of their references in the file."),
            text_row(72, 440, LAST),
        ]
    )
    assert not [span for span in doc.spans if span.label == "table"]
    assert (
        "((I) type, if {type == 2: Edge; type == 3: Tria; type == 4: Quad}, (I) Orientation, (I) Ref,"
        in doc.text
    )
    assert "((Vertex j, j=1,3), (I) Ref, i=1, NbOfTriangles)" in doc.text
    assert "|" not in doc.text


def test_a_matrix_whose_entries_were_read_in_pieces_keeps_its_rows():
    """ "M =" beside a matrix between brackets of cmex pieces, three entries a row, the first row's
    last "g_(a_b)" with a script of its script, then "(x)" a point after it: two pieces to pdfminer,
    as that script's end parts SDPB's "P_(j,1m_j)ⁿ" from its "(x)", so the row counted four entries
    over the next row's three and the display was cut. The entry is one: "M = (f(x) ... g_(a_b)(x);
    ... ... ...; h(x) ... f(x)) (2.1)"."""
    rows = [
        math_row(200, 450, "M"),
        text_row(210, 450, " = "),
        *[text_row(228, y, code, font=b"X") for y, code in ((470, "a"), (461, "b"), (452, "c"))],
        math_row(236, 462, "f"),
        text_row(241, 462, "(x)"),
        text_row(262, 462, "..."),
        math_row(280, 462, "g"),
        math_row(284, 459.5, "a", 7),
        math_row(287, 457, "b", 5),
        text_row(290, 462, "(x)"),
        text_row(236, 450, "...       ...       ..."),
        math_row(236, 438, "h"),
        text_row(241, 438, "(x)"),
        text_row(262, 438, "..."),
        math_row(280, 438, "f"),
        text_row(285, 438, "(x)"),
        *[text_row(302, y, code, font=b"X") for y, code in ((470, "d"), (461, "e"), (452, "f"))],
        text_row(500, 450, "(2.1)"),
    ]
    doc = _parse([text_row(72, 500, LEAD), *rows, text_row(72, 400, AFTER), text_row(72, 300, LAST)])
    assert "M = (f(x) ... g_(a_b)(x); ... ... ...; h(x) ... f(x)) (2.1)" in doc.text
    assert "(2.1)" not in removed_texts(doc, "math")
