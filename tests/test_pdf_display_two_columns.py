"""Displays of an MNRAS preprint set in two columns (issue 15, the fifty-fifth check's displays:
dynesty.pdf). The left column's prose on a display's rows was taken for the label of a table's row
and for an in-line formula's text, so Bayes' rule "P(Θ|D, M) = P(D|Θ, M)P(Θ|M)" over "P(D|M)" stayed
text, its fraction torn; its numerator, raised beside "P(Θ|D, M) =" and sharing just over half its
box, was read into the row; a display written went after the last line over it in either column;
and an integral's limit TeX sets at the sign's right ("∫_(Ω_Θ)") stood on no operator. Pages
hand-built, sentences sloika's own, expected texts typed by hand as the pages print them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_line, one_page, stream, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(
    b"KBOUDP+CMMI10", b"40 /parenleft 41 /parenright 43 /plus 46 /period 61 /equal 80 /P 97 /a 98 /b 99 /c"
)
# a roman "=" whose font's boxes stand on the baseline (descent 0), as the "=" beside dynesty.pdf's
# letters stands higher than they do
CMR = tex_font(b"KBOUDQ+CMR10", b"61 /equal", descent=0)
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"R", CMR)]
SIZE = 9.0


def _fraction_display(x: float, y: float) -> list[bytes]:
    """ "P=" on the baseline ``y``, "a+b" raised 6 pt over a bar, "c" lowered 6 pt under it, as TeX
    sets a display's fraction at 9 pt: the numerator's box shares over half the row's."""
    return [
        text_row(x, y, "P", SIZE, b"M"),
        text_row(x + 4, y, "=", SIZE, b"R"),
        text_row(x + 12, y + 6, "a+b", SIZE, b"M"),
        b"%.1f %.1f 11.6 0.4 re f" % (x + 11.6, y + 2.2),
        text_row(x + 16, y - 6, "c", SIZE, b"M"),
    ]


LEFT = [  # the left column's prose, justified to its edge
    "The numerical estimate of an evidence is often",
    "a difficult problem for a model with many of",
    "parameters, and the ways to get it that we find",
    "in the literature differ a great deal in the care",
    "that they ask of the person who runs them. We",
    "go through the ones that matter for this paper",
    "one by one, and say where each of them fails.",
    "The first of them samples the posterior directly",
]
RIGHT_LEAD = [
    "In the context of inference we want to have the",
    "posterior of the parameters of a model given",
]
RIGHT_AFTER = [
    "where the denominator is the evidence of the",
    "model that the rest of this paper estimates.",
]


def test_a_display_beside_the_other_column_is_written_in_its_own():
    """A fraction display in the right column, the left column's justified prose on its rows: the
    prose is no row label and no in-line formula's text, the numerator is no piece of the row's line,
    and the display is written where it stands, between its column's lead and the sentence after."""
    content = [helvetica_line(50, 700 - 11 * at, text, 9, end=240) for at, text in enumerate(LEFT)]
    content += [helvetica_line(260, 700 - 11 * at, text, 9, end=450) for at, text in enumerate(RIGHT_LEAD)]
    content.append(text_row(260, 678, "the data, which is written as", SIZE))
    content += _fraction_display(260, 660)
    content += [helvetica_line(260, 641 - 11 * at, text, 9, end=450) for at, text in enumerate(RIGHT_AFTER)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    lead = " ".join(RIGHT_LEAD) + " the data, which is written as"
    assert doc.text == "\n\n".join([" ".join(LEFT), lead, "P= (a+b)/c", " ".join(RIGHT_AFTER)])


PROGRAM = b"""%%!PS-AdobeFont-1.0: txexs 1.0
/FontName /txexs def
/Encoding 256 array
0 1 255 {1 index exch /.notdef put} for
dup 90 /integraldisplay put
readonly def
currentdict end
"""
TXEXS = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+txexs /FirstChar 0 /LastChar 255 /Widths [%s]"
    b" /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+txexs /Flags 4 /FontBBox [0 -250 1000 750]"
    b" /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 /FontFile 8 0 R >> >>"
    % b" ".join([b"800"] * 256)
)


def test_an_integrals_limit_at_its_right_is_its_subscript():
    """An integral of txexs hung from its top, read into its row's line ("Z= ∫ P(c)"), its limit "ab"
    a line of its own under the row, starting at the sign's right edge as TeX sets an integral's
    limits, its middle past the sign: the limit is the sign's subscript, written after it (it was cut
    whole, standing on no operator of the row)."""
    lead = "and the evidence of the model is the integral of the likelihood:"
    content = [
        text_row(72, 700, lead, 10),
        b"BT /M 10 Tf 200 676 Td (Z=) Tj /X 10 Tf 22 10 Td <5a> Tj /M 10 Tf 15 -10 Td (P\\(c\\)) Tj ET",
        text_row(229.5, 666, "ab", 7, b"M"),
        text_row(72, 652, "taken over the whole domain of the parameters.", 10),
    ]
    program = stream(PROGRAM, b"/Length1 %d /Length2 0 /Length3 0" % len(PROGRAM))
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", TXEXS)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts, program))
    assert doc.text == f"{lead}\n\nZ= \u222b_ab P(c)\n\ntaken over the whole domain of the parameters."


# a left column whose paragraph ends on a short line level with the right column's display
LEFT_SHORT = [*LEFT[:4], "one by one, as we go."]
LEFT_NEXT = [
    "The second of them weighs the prior with the",
    "likelihood at each point of a sample, and the",
    "third of them works on nested shells of the",
    "prior until the shells hold no mass that counts.",
]


def _right_column(display_at: float) -> list[bytes]:
    """The right column: its justified lead, a short line announcing the display, the fraction
    display on the baseline ``display_at``, and the justified sentence after it."""
    content = [helvetica_line(260, 700 - 11 * at, text, 9, end=450) for at, text in enumerate(RIGHT_LEAD)]
    content.append(text_row(260, 678, "the data, which is written as", SIZE))
    content += _fraction_display(260, display_at)
    content += [helvetica_line(260, 641 - 11 * at, text, 9, end=450) for at, text in enumerate(RIGHT_AFTER)]
    return content


def test_a_short_line_across_the_gutter_is_not_beside_the_display():
    """The left column's paragraph ends on a short line, not justified, on the right column's
    display's rows: a gutter parts them (the left column's justified lines end left of the display,
    the right column's start right of the short line), so the line is the other column's, and the
    display is written in its own (minimap2.pdf's "bottleneck." beside Eq. (4): it was cut whole)."""
    content = [helvetica_line(50, 700 - 11 * at, text, 9, end=240) for at, text in enumerate(LEFT_SHORT[:4])]
    content.append(text_row(50, 656, LEFT_SHORT[4], SIZE))
    content += [helvetica_line(50, 645 - 11 * at, text, 9, end=240) for at, text in enumerate(LEFT_NEXT)]
    content += _right_column(660)
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    lead = " ".join(RIGHT_LEAD) + " the data, which is written as"
    left = [" ".join(LEFT_SHORT), " ".join(LEFT_NEXT)]
    assert doc.text == "\n\n".join([*left, lead, "P= (a+b)/c", " ".join(RIGHT_AFTER)])
    assert "removed" not in doc.layers


def test_two_columns_displays_at_one_height_are_two():
    """A display in each column at one height: each is its own column's, written after its own
    lead, not one group across the gutter that no writer places (minimap2.pdf p. 2's likelihood
    in the left column and the differences' definitions in the right were cut together)."""
    lead_left = [helvetica_line(50, 700 - 11 * at, text, 9, end=240) for at, text in enumerate(LEFT[:2])]
    lead_left.append(text_row(50, 678, "and its likelihood reads", SIZE))
    after_left = [helvetica_line(50, 641 - 11 * at, text, 9, end=240) for at, text in enumerate(LEFT[4:8])]
    content = [*lead_left, *_fraction_display(120, 662), *after_left, *_right_column(660)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    left = [" ".join(LEFT[:2]) + " and its likelihood reads", "P= (a+b)/c", " ".join(LEFT[4:8])]
    right = [" ".join(RIGHT_LEAD) + " the data, which is written as", "P= (a+b)/c", " ".join(RIGHT_AFTER)]
    assert doc.text == "\n\n".join([*left, *right])
    assert "removed" not in doc.layers
