"""Heads a page repeats that are not the text (issue 15, the fortieth check's PDF leftovers): a book's
running head whose box a glyph lifts, a table's head set again over its continuation overleaf.
Geometry after HSAUR3's Ch_meta_analysis.pdf and Doxygen's refman.pdf; words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, font_pages, removed_texts, text_row, without_tables  # noqa: E402

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


LEAD = [
    "Find the location of the values of the first vector in the lookup table by approximate matching,",
    "the distance method and the maximum distance given below.",
]
RETURNS = "An integer vector of the same length as the first vector, with indices in the lookup table."
LEFT, SPLIT, RIGHT, PITCH = 72, 140, 520, 12  # a Doxygen table's rules down; a row's line pitch


def parameters_table(top: float, rows: list[tuple[str, str]]) -> list[bytes]:
    """ "Parameters" over a table of ``rows`` (a name, its description) ruled round each cell, its top
    rule ``top`` pt over the page's foot, Helvetica 9 pt."""
    ops = [
        text_row(LEFT, top + 10, "Parameters", size=9),
        b"0.4 w %d %d m %d %d l S" % (LEFT, top, RIGHT, top),
    ]
    for name, description in rows:
        bottom = top - 4 - PITCH
        ops += [
            text_row(LEFT + 5, top - PITCH, name, size=9),
            text_row(SPLIT + 5, top - PITCH, description, size=9),
        ]
        ops += [b"%d %d m %d %d l S" % (x, top, x, bottom) for x in (LEFT, SPLIT, RIGHT)]
        ops.append(b"%d %d m %d %d l S" % (LEFT, bottom, RIGHT, bottom))
        top = bottom
    return ops


def test_a_table_s_head_set_again_over_its_continuation_overleaf_goes_as_a_repeated_head():
    """stringdist's C API manual (Doxygen) read "Parameters" / "Parameters" where a function's
    parameter table ran over a page break: Doxygen sets the table's head again atop the next page.
    The repeat over the table that opens the page, word for word the head over the table that ended
    the page before, is the continuation's: it goes to ``removed``, the two tables' rows stay."""
    first = [(name, f"[integer] scalar, the {name} of the match.") for name in ("x", "table", "method")]
    second = [(name, f"[logical] scalar, whether to use {name}.") for name in ("useBytes", "nthread")]
    pages = [
        b"\n".join(
            [
                *(text_row(LEFT, 780 - 11 * at, line, size=9) for at, line in enumerate(LEAD)),
                *parameters_table(740, first),
            ]
        ),
        b"\n".join(
            [
                *parameters_table(750, second),
                text_row(LEFT, 690, "Returns", size=9),
                text_row(92, 674, RETURNS, size=9),
            ]
        ),
    ]
    (doc,) = parse_pdf(font_pages(pages, [(b"F1", HELVETICA)]))
    assert without_tables(doc) == "\n\n".join([" ".join(LEAD), "Parameters", "Returns", RETURNS])
    assert removed_texts(doc, "repeated_head") == ["Parameters"]
    rows = [row for span in doc.spans if span.label == "table" for row in span.attrs["rows"]]
    assert rows == [list(row) for row in first + second]


BODY = [
    "The package keeps each object in an environment of its own, so that a method may change the",
    "fields of the object it was given and the caller sees the change after the method returns,",
    "which the usual semantics of the language, copying an argument once it is modified, rule out.",
    "A root class holds the mechanics, and every class the user defines inherits from it directly",
    "or through its parents, so that the same calls work for all of them in the same manner.",
]


def title_page(over: list[list[tuple[float, str]]]) -> bytes:
    """A paper's first page: the rows ``over`` the title ((x, text) pieces, 9 pt, 13 pt apart from 760
    down), the title in 17 pt 70 pt under them, its author, and five lines of body text at 10 pt."""
    ops = [text_row(x, 760 - 13 * at, text, size=9) for at, row in enumerate(over) for x, text in row]
    title_top = 760 - 13 * len(over) - 70
    ops += [text_row(140, title_top, "Objects with References in Plain R Code", size=17)]
    ops += [text_row(240, title_top - 30, "Henrik Berg", size=12)]
    ops += [text_row(74, title_top - 70 - 12 * at, line) for at, line in enumerate(BODY)]
    return b"\n".join(ops)


def test_a_proceedings_masthead_over_the_title_goes_to_removed_whole():
    """R.oo's Bengtsson.pdf opens on the DSC 2003 proceedings' masthead, set small over the title:
    the workshop's name, its dates with the ISSN at the row's other end, the editors and the URL. It
    read "… March 20–22, Vienna, Austria" / "ISSN 1609-395X Kurt Hornik, Friedrich Leisch & Achim
    Zeileis (eds.) http://…", the ISSN on the editors' line. Rows over a title page's title, set
    apart from it and no larger than the body, are the volume's, not the paper's: they go whole."""
    masthead = [
        [(236, "Proceedings of the 9th Workshop on Statistical Computing")],
        [(236, "May 4-6, Graz, Austria"), (400, "ISSN 1234-5678")],
        [(236, "Anna Lind & Carl Dahl (eds.)")],
    ]
    (doc,) = parse_pdf(font_pages([title_page(masthead)], [(b"F1", HELVETICA)]))
    title = "Objects with References in Plain R Code"
    assert doc.text == "\n\n".join([title, "Henrik Berg", " ".join(BODY)])
    assert removed_texts(doc, "masthead") == [text for row in masthead for _, text in row]
    assert doc.fields["title"] == title


def test_a_chapter_label_over_its_title_stays():
    """A chapter's label over its title ("CHAPTER 17") is one row: the chapter's heading, no masthead."""
    (doc,) = parse_pdf(font_pages([title_page([[(280, "CHAPTER 17")]])], [(b"F1", HELVETICA)]))
    assert doc.text.startswith("CHAPTER 17\n\nObjects with References in Plain R Code")
    assert removed_texts(doc, "masthead") == []
