"""A figure's caption where the text measures a page by it (issue 15, the thirty-sixth check's undrawn
rrcov.pdf). p. 27: Figure 9 stood inside a sentence ("… deriving all classes" / the figure / "representing
classical and robust …"); its caption was cut with the figure as a display's ``figure`` line, the one
caption of fifteen lost. p. 40: a page of R output over a centred caption, the caption its one long
line, so the text column was taken to start where the caption does and the printout's "Constants:" /
"normal", left of it, went to ``removed`` as margin names. The fixtures are hand-built; the words are
sloika's own."""

from __future__ import annotations

from pdf_objects import (
    COURIER,
    HELVETICA,
    helvetica_line,
    helvetica_page,
    helvetica_pages,
    one_page,
    removed_texts,
)

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0  # the measure's right edge: full lines are justified to it


def test_a_caption_inside_a_sentence_is_kept_after_it():
    """The caption stays text, after the paragraph; the sentence reads whole across the figure."""
    ops = [
        helvetica_line(
            72, 700, "The object model of the classes that carry out the analysis follows the", 10, RIGHT
        ),
        helvetica_line(
            72,
            688,
            "hierarchy of Section 2. The abstract class Tree serves as a base class for all classes",
            10,
            RIGHT,
        ),
        helvetica_line(180, 650, "Figure 9: Object model for the counting of trees.", 10),
        helvetica_line(
            72,
            620,
            "representing the ways of counting the trees of a wood. It defines the slots and the",
            10,
            RIGHT,
        ),
        helvetica_line(72, 608, "accessor methods that all of the classes share.", 10),
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(ops)))
    assert doc.text == (
        "The object model of the classes that carry out the analysis follows the hierarchy of Section 2."
        " The abstract class Tree serves as a base class for all classes representing the ways of counting"
        " the trees of a wood. It defines the slots and the accessor methods that all of the classes share."
        "\n\nFigure 9: Object model for the counting of trees."
    )
    assert not doc.layers.get("removed")


def _courier(x: float, y: float, text: str) -> bytes:
    return b"BT /F2 10 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, text.encode())


def test_a_printout_left_of_a_centred_caption_is_no_margin_note():
    """A page of R output, its names row in pieces, over a centred caption: every line of the printout
    is kept as code, the caption as text; nothing goes to ``removed``."""
    ops = [
        _courier(72, 700, "Linear Coefficients:"),
        _courier(72, 688, "        glucose   insulin"),
        _courier(72, 676, "normal  0.018559  0.022688"),
        _courier(72, 664, "overt   0.044687  0.022573"),
        _courier(72, 640, "Constants:"),
        _courier(96, 628, "normal"),
        _courier(150, 628, "chemical"),
        _courier(216, 628, "overt"),
        _courier(78, 616, "-6.019843 -14.038657 -30.442660"),
        helvetica_line(150, 560, "Figure 15: Three dimensional scatter plot of the tree data.", 10),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(ops), [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert "Constants:\n    normal   chemical   overt\n -6.019843 -14.038657 -30.442660" in doc.text, doc.text
    assert not doc.layers.get("removed")


def test_a_caption_at_a_page_foot_inside_a_sentence_is_kept_after_it():
    """NanoStringQCPro's Figure 1: a flow chart and its caption at a page's foot inside a paragraph
    that goes on atop the next page. The chart's box labels go, the caption stays after the
    paragraph, and the sentence reads whole across the page break."""
    first = [
        helvetica_line(
            72, 700, "The package reads the raw counts of each sample from its own file, and", 10, RIGHT
        ),
        helvetica_line(
            72, 688, "the details of each probe in the codeset are read from a library file that", 10, RIGHT
        ),
        helvetica_line(
            72, 676, "comes with the codeset; a path to this library file must always be given to", 10, RIGHT
        ),
        helvetica_line(200, 600, "Count files", 8),
        helvetica_line(360, 600, "Library file", 8),
        helvetica_line(280, 560, "Annotated sample set", 8),
        helvetica_line(180, 520, "Figure 1: Overview of the package's work flow.", 10),
    ]
    second = [
        helvetica_line(
            72, 760, "the reader, which also takes the details of the design report when given.", 10, RIGHT
        ),
        helvetica_line(72, 748, "The function has a few optional arguments.", 10),
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text == (
        "The package reads the raw counts of each sample from its own file, and the details of each probe in"
        " the codeset are read from a library file that comes with the codeset; a path to this library file"
        " must always be given to the reader, which also takes the details of the design report when given."
        " The function has a few optional arguments.\n\nFigure 1: Overview of the package's work flow."
    )
    assert sorted(removed_texts(doc, "figure")) == ["Annotated sample set", "Count files", "Library file"]
