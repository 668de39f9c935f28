"""A table float atop a page between the halves of what runs over the page break (issue 15,
forty-ninth check, row 2, rgsepd.pdf): p. 18's reference "… Genome Biol-" went on "ogy, 11(2):R14,
…" under Table 6 and its caption atop p. 19, and the caption stood inside the reference, "Biology"
split; the sessionInfo() output closing pp. 19 and 20 went on under Table 7's and Table 8's floats
atop the next pages, and each caption split the listing in two. And Figure 5's caption's
"geneset-by-" + "geneset" lost its hyphen, though Figure 4's caption writes "geneset-by-geneset".
And p. 4's "5,000", set in math, read "5, 000". Hand-built pages (the ruled table of
test_pdf_booktabs), words sloika's own; expected text written by hand."""

from __future__ import annotations

from pdf_objects import (
    COURIER,
    HELVETICA,
    code_line,
    code_lines,
    escaped,
    font_pages,
    helvetica_line,
    helvetica_pages,
    without_tables,
)
from test_pdf_booktabs import _table

from sloika.pipelines.formats.pdf import parse_pdf

LEFT, RIGHT = 81, 522
FILLER = "The reader keeps the running text of each page and sets the floats apart from it as it goes."
BROKEN = "Karl Stamm and Alicia Oshlack. Gene ontology analysis for counts of reads. Genome Biol-"
OVERLEAF = "ogy, 11(2):R14, 2010. ISSN 1465-6906."
CAPTION = [
    "Table 6: First ten rows of the divergence table for each sample, high values here would be",
    "annotated with white dots on the heat map.",
]


def _caption() -> list[bytes]:
    """``CAPTION`` in 8 pt under ``_table``'s bottom rule (620 pt), its first line full."""
    return [
        helvetica_line(LEFT, 600, CAPTION[0], 8, end=RIGHT),
        helvetica_line(LEFT, 590, CAPTION[1], 8),
    ]


def test_a_word_broken_at_a_page_end_goes_on_past_a_table_atop_the_next_page():
    """Page 1 ends on a reference's word broken at its hyphen; page 2 opens with a table and its
    caption under it, then the reference's rest: one paragraph, the word whole, the caption after."""
    lines = [*[FILLER] * 50, BROKEN]
    first = [helvetica_line(LEFT, 760 - 13 * at, line, 10, end=RIGHT) for at, line in enumerate(lines)]
    second = [*_table(), *_caption(), helvetica_line(LEFT, 560, OVERLEAF, 10)]
    paragraphs = without_tables(parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))[0]).split(
        "\n\n"
    )
    assert paragraphs[-2].endswith("Genome Biology, 11(2):R14, 2010. ISSN 1465-6906.")
    assert paragraphs[-1] == " ".join(CAPTION)


LEAD_IN = "The packages the session had attached are these:"
ROWS = [f"## [{at}] package{at}_1.{at}.0" for at in range(1, 60)]


def test_a_listing_goes_on_past_a_table_captioned_under_it_atop_the_next_page():
    """A listing fills page 1 to its foot; page 2 opens with a table, its caption under it, then the
    listing's next rows: one listing, the float after it."""
    first = [helvetica_line(LEFT, 770, LEAD_IN, 10)]
    first += [code_line(LEFT, 750 - 12 * at, row, 9) for at, row in enumerate(ROWS[:56])]
    second = [*_table(), *_caption()]
    second += [code_line(LEFT, 560 - 12 * at, row, 9) for at, row in enumerate(ROWS[56:])]
    pages = [b"\n".join(first), b"\n".join(second)]
    (doc,) = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert [span.label for span in doc.spans].count("code") == 1
    assert code_lines(doc) == ROWS
    assert doc.text.split("\n\n")[-1] == " ".join(CAPTION)


WHOLE = "Figure 4: The samples are scored as similar to either condition on a geneset-by-geneset basis."
HYPHENATED = [
    "Figure 5: A simplified summary of the comparison, where the samples are scored on a geneset-by-",
    "geneset basis.",
]


def test_a_compound_of_three_parts_broken_at_its_last_hyphen_keeps_it():
    """The line breaks "geneset-by-geneset" at its second hyphen; the document writes the compound
    whole elsewhere, so the hyphen is the compound's, not the typesetter's."""
    page = [helvetica_line(LEFT, 760, WHOLE, 10)]
    page += [
        helvetica_line(LEFT, 730, HYPHENATED[0], 10, end=RIGHT),
        helvetica_line(LEFT, 718, HYPHENATED[1], 10),
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(page)]))
    assert doc.text.split("\n\n")[-1] == "".join(HYPHENATED)


def _tex_words(y: float, pieces: list[tuple[str, int]]) -> bytes:
    """Helvetica 10 pt pieces, each followed by its gap in thousandths of an em, no space glyph: a
    line as TeX sets it, a math thin space (167) where the piece asks for one."""
    shown = b" ".join(b"(%s) -%d" % (escaped(text), gap) for text, gap in pieces)
    return b"BT /F1 10 Tf 72 %.1f Td [%s] TJ ET" % (y, shown)


def test_a_number_set_in_math_keeps_its_thousands_separator():
    """TeX's math sets "5,000" with a thin space (1/6 em) after its comma: one number; a list's
    items after their commas stand a word space apart, and an interval's "[1, 100]" is no number."""
    number = [("Next", 333), ("we", 333), ("take", 333), ("5,", 167), ("000", 333), ("genes", 0)]
    listed = [("of", 333), ("the", 333), ("samples", 333), ("1,", 333), ("200", 333), ("and", 333), ("3", 0)]
    pair = [("in", 333), ("the", 333), ("range", 333), ("[1,", 167), ("100].", 0)]
    lines = [_tex_words(760 - 12 * at, pieces) for at, pieces in enumerate([number, listed, pair])]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(lines)]))
    assert doc.text == "Next we take 5,000 genes of the samples 1, 200 and 3 in the range [1, 100]."
