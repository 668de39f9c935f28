"""A list item's line after a forced break, and knitr chunks across a page break (issue 15, the
thirty-third check's rows 2 and 1). matlab.pdf's first bullet is two lines, "• The pcaPP package
sources pcaPP_1.9-61.tar.gz" / "(available at http://CRAN.R-project.org/package=pcaPP).", a forced
break after the first: the second line stood as a paragraph of its own, outside the item. intro.pdf
(gower) ends page 4 with a chunk's output and opens page 5 with the next chunk's input, set slanted:
the input was read as the output's last line, indented. Pages hand-built, texts sloika's own,
expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, font_pages, text_at

from sloika.pipelines.formats.pdf import parse_pdf

SLANTED = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Oblique /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", SLANTED)]
LEAD = [
    "The main functions of the package are written so that they may be used outside of the",
    "language they were first written for. They have been prepared to be compiled and used with",
    "another program, as this note shows. The following items are needed for using them:",
]


def _page(rows: list[tuple[float, float, str, str]]) -> bytes:
    """One page's content: (x, y, text, font) rows."""
    return "\n".join(text_at(x, y, text, font=font) for x, y, text, font in rows).encode("cp1252")


def test_an_items_line_after_a_forced_break_stays_in_the_item():
    """The item's second line, at the item's text under its first (right of the bullet, as LaTeX
    sets an item's label in a box before its text), no wider gap than the item's lines: one item;
    the next bullet opens the next."""
    rows = [(72, 780 - 12 * at, line, "F1") for at, line in enumerate(LEAD)]
    rows += [
        (84, 736, "\u2022", "F1"),
        (96, 736, "The package sources pkg_1.9-61.tar.gz", "F1"),
        (96, 724, "(available at http://example.org/package=pkg).", "F1"),
        (84, 707, "\u2022", "F1"),
        (96, 707, "The program itself (version 2010a or later).", "F1"),
        (72, 685, "The next section helps to set up a compiler for the program.", "F1"),
    ]
    (doc,) = parse_pdf(font_pages([_page(rows)], FONTS))
    assert doc.text.split("\n\n")[1:] == [
        "\u2022 The package sources pkg_1.9-61.tar.gz (available at http://example.org/package=pkg).",
        "\u2022 The program itself (version 2010a or later).",
        "The next section helps to set up a compiler for the program.",
    ]


OUTPUT = [
    "[1] 0.00000000 0.05612245 0.12244898",
    "[4] 0.18877551 0.25510204 0.32142857",
    "[7] 0.38775510 0.45408163 0.53061224",
]


def test_a_chunks_input_overleaf_is_no_line_of_the_output_before_it():
    """Page 1 ends with a chunk's output (upright), page 2 opens with the next chunk's input
    (slanted, indented): two code blocks, the input without the output's indent."""
    first = [(72, 780 - 12 * at, line, "F1") for at, line in enumerate(LEAD)]
    first.append((96, 700, "dist(women[1,], women)", "F3"))
    first += [(72, 130 - 12 * at, row, "F2") for at, row in enumerate(OUTPUT)]
    second = [(96, 780, "dist(women[1,], women, weights=c(2,3))", "F3")]
    second += [(72, 750 - 12 * at, row, "F2") for at, row in enumerate(OUTPUT)]
    second.append((72, 700, "The distances are the same for the first row, as they should be.", "F1"))
    (doc,) = parse_pdf(font_pages([_page(first), _page(second)], FONTS))
    assert [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"] == [
        "dist(women[1,], women)",
        "\n".join(OUTPUT),
        "dist(women[1,], women, weights=c(2,3))",
        "\n".join(OUTPUT),
    ]


def test_a_chunks_output_overleaf_goes_on_in_its_block():
    """The output's rows go on overleaf in the same upright face: one block, as before."""
    first = [(72, 780 - 12 * at, line, "F1") for at, line in enumerate(LEAD)]
    first.append((96, 700, "dist(women[1,], women)", "F3"))
    first += [(72, 130 - 12 * at, row, "F2") for at, row in enumerate(OUTPUT[:2])]
    second = [(72, 780, OUTPUT[2], "F2")]
    second.append((72, 750, "The distances are the same for the first row, as they should be.", "F1"))
    (doc,) = parse_pdf(font_pages([_page(first), _page(second)], FONTS))
    assert [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"] == [
        "dist(women[1,], women)",
        "\n".join(OUTPUT),
    ]
