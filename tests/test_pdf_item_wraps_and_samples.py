"""Three tears of issue 15's fifty-third check, row 1 (Glimmer3's release notes, pdfTeX): a list
item's line wrapped to the item's hanging indent in math alone ("frame −2 … (left base position" /
"2, 5, 8, …);") was cut as a display and kept as a paragraph of its own; a sample typed as code that
did not fit after "Sample format:" went to the next line, and the sentence was torn at the colon;
and a two-column table's head "Column | Description", read by pdfminer with its columns, kept
"Description" between the sixth row and the seventh once the rows' numbers were joined to their
texts. Pages hand-built (Helvetica, Courier, a TeX math italic), sentences sloika's own, expected
texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    escaped,
    helvetica_line,
    math_row,
    one_page,
    tex_font,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0  # where a full line ends
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"M", tex_font(b"KBOUDP+CMMI10", b""))]
INTRO = [
    "A frame is told by where the first base of its stop codon stands, counted from the start of the",
    "sequence, and the strand it is read on; a gene in the reverse strand has a frame below zero, as",
    "the following list of the frames in the output shows for each of the six ways a gene is read:",
]
PLUS = "frame +1 if the stop codon begins at one of the positions 1, 4, 7 and so on;"
MINUS_1 = "frame -1 if the stop codon begins at one of the positions 3, 6, 9 and so on (so the first"
MINUS_1_REST = "base is at position 1, 4, 7 and so on);"
MINUS_2 = "frame -2 if the stop codon begins at one of the positions 4, 7, 10 and so on (first base at"
MINUS_2_REST = "2, 5, 8, ...);"
AFTER = "The frame of each gene is written in the fourth column of the output, after its two ends."


def _frames_page(rest_x: float, plain_rest_x: float = 150.0) -> bytes:
    """The intro at the margin, then a list whose items start at 120 pt, 12 pt lines and 5 pt more
    between items: "frame +1 …" on one line, "frame -1 …" wrapped to ``plain_rest_x`` in words, "frame -2 …"
    wrapped to ``rest_x`` in the math italic alone, and a paragraph at the margin after them."""
    rows = [helvetica_line(72, 700 - 12 * at, line, 10, RIGHT) for at, line in enumerate(INTRO)]
    rows += [
        helvetica_line(120, 658, PLUS, 10),
        helvetica_line(120, 641, MINUS_1, 10, RIGHT),
        helvetica_line(plain_rest_x, 629, MINUS_1_REST, 10),
        helvetica_line(120, 612, MINUS_2, 10, RIGHT),
        math_row(rest_x, 600, MINUS_2_REST),
        helvetica_line(72, 576, AFTER, 10),
    ]
    return one_page(b"\n".join(rows), FONTS)


def test_an_item_wrapped_to_its_hang_in_math_alone_goes_on_its_item():
    (doc,) = parse_pdf(_frames_page(150.0))
    assert doc.text.split("\n\n") == [
        " ".join(INTRO),
        PLUS,
        f"{MINUS_1} {MINUS_1_REST}",
        f"{MINUS_2} 2, 5, 8, ...);",
        AFTER,
    ]
    assert [s.attrs.get("why") for s in doc.layers.get("removed", [])] == []


def test_math_set_in_where_no_item_wraps_stays_out_of_the_item():
    """The same line of math set in past the hang the list shows ("frame -1"'s rest at 150 pt, the
    math at 200 pt): no item's wrapped line; the item ends at its own line (what becomes of the
    numbers set apart is the numbers' rule's)."""
    (doc,) = parse_pdf(_frames_page(200.0))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:4] == [" ".join(INTRO), PLUS, f"{MINUS_1} {MINUS_1_REST}", MINUS_2]
    assert paragraphs[-1] == AFTER


OPTIONS_LEAD = [
    "The program reads the sequence from its first argument and writes the genes it finds to the file",
    "named by its second one; its behaviour can be changed by the options listed below, each with its",
    "short and long name, and the value it takes where it takes one, as in the following list of them:",
]
TERM_A = "-A codon-list or --start_codons codon-list"
SPECIFY = "Give the start codons the program may use as a comma-separated list. Sample format:"
SAMPLE = "-A atg,gtg"
SAMPLE_REST = ". The start codons used by default are atg, gtg and ttg."
TERM_E = "-E filename or --entropy filename"
ENTROPY = "Read the entropy profiles of the amino acids from the named file, one header line first."


def _options_page(specify: str) -> bytes:
    """The lead at the margin, then two options: each term in Courier at the margin, its description
    at 100 pt under it, 12 pt lines and 6 pt more between entries; the first description is
    ``specify``, a line stopping short, over a line opening with ``SAMPLE`` in Courier and going on in
    Helvetica."""
    rows = [helvetica_line(72, 700 - 12 * at, line, 10, RIGHT) for at, line in enumerate(OPTIONS_LEAD)]
    rows += [
        b"BT /F2 10 Tf 72 658 Td (%s) Tj ET" % escaped(TERM_A),
        helvetica_line(100, 646, specify, 10),
        b"BT /F2 10 Tf 100 634 Td (%s) Tj /F1 10 Tf (%s) Tj ET" % (escaped(SAMPLE), escaped(SAMPLE_REST)),
        b"BT /F2 10 Tf 72 616 Td (%s) Tj ET" % escaped(TERM_E),
        helvetica_line(100, 604, ENTROPY, 10),
    ]
    return one_page(b"\n".join(rows), FONTS)


def test_a_sample_too_wide_for_the_line_after_its_colon_ends_the_sentence():
    """ "… Sample format:" ends at about 478 pt; the typed sample "-A atg,gtg" (60 pt of Courier) did
    not fit before 540 pt, so TeX set it on the next line, and the sentence goes on there."""
    (doc,) = parse_pdf(_options_page(SPECIFY))
    assert doc.text.split("\n\n") == [
        " ".join(OPTIONS_LEAD),
        TERM_A,
        f"{SPECIFY} {SAMPLE}{SAMPLE_REST}",
        TERM_E,
        ENTROPY,
    ]


def test_a_sample_that_would_have_fitted_after_the_colon_opens_a_paragraph():
    """A colon line ending at about 380 pt left room for the sample: the break was the writer's."""
    short = "Give the start codons as a comma-separated list. Sample format:"
    (doc,) = parse_pdf(_options_page(short))
    assert doc.text.split("\n\n") == [
        " ".join(OPTIONS_LEAD),
        TERM_A,
        short,
        f"{SAMPLE}{SAMPLE_REST}",
        TERM_E,
        ENTROPY,
    ]


TABLE_LEAD = [
    "The output starts with a line of the model's parameters, followed by one line for each of its",
    "probabilities; the entries on each line of probabilities are those of the following table, in order:",
]
ROWS = ["ID number", "Context pattern", "Mutual information", "Probability of A", "Probability of C"]
TABLE_AFTER = "The context pattern is parted into codons by vertical bars in the output of the program."


def test_a_table_head_read_with_its_column_stays_over_the_rows():
    """Head "Column" at 147 pt and "Description" at 208 pt on one row, the rows' numbers at 163 pt
    and their texts at 197 pt: pdfminer reads the two columns one after the other, the head's cells
    each with its column."""
    rows = [helvetica_line(72, 700 - 12 * at, line, 10, RIGHT) for at, line in enumerate(TABLE_LEAD)]
    rows += [helvetica_line(147, 672, "Column", 10), helvetica_line(208, 672, "Description", 10)]
    for at, text in enumerate(ROWS, start=1):
        y = 672 - 12 * at
        rows += [helvetica_line(163, y, str(at), 10), helvetica_line(197, y, text, 10)]
    rows.append(helvetica_line(72, 590, TABLE_AFTER, 10))
    (doc,) = parse_pdf(one_page(b"\n".join(rows), FONTS))
    assert doc.text.split("\n\n") == [
        " ".join(TABLE_LEAD),
        "Column",
        "Description",
        "1 ID number",
        "2 Context pattern",
        "3 Mutual information",
        "4 Probability of A",
        "5 Probability of C",
        TABLE_AFTER,
    ]
