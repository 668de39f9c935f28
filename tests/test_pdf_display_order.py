"""Code displays that pdfminer boxes with the text below them, so they read after it (issue 15,
twenty-third check row 4, re-read: a manual's one-line display centred between two sentences read
after the second one; a display between "For example:" and the next section's heading read under
the heading; a listing opening a page, with its "Code" label, read after the "Result:" under it).
Each display goes back between the line above it and the one below it; a listing's label at a page
top is the listing's, not a running header. Expected texts are written by hand from the fixtures."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_line_order import _displays_in_place
from sloika.pipelines.formats.pdf_line_record import Line

LETTER = 792  # US Letter's height: a baseline ``top`` points from the page top is at LETTER - top
A4 = 842


def _lines(doc_text: str) -> list[str]:
    return [line for line in doc_text.split("\n") if line.strip()]


def _centred_display_page() -> bytes:
    """A sentence, a display centred under it in Courier, a sentence, then a labelled listing: the
    layout pdfminer reads as sentence, sentence, display."""
    parts = [
        helvetica_line(86, LETTER - 80, "By default the title style is defined like this:", 10),
        code_line(180, LETTER - 92, r"\newcommand\boxtitle[1]{\bfseries #1}", 10),
        helvetica_line(
            86, LETTER - 104, "One can then play with all sorts of things. Here is an example:", 10
        ),
        helvetica_line(118, LETTER - 132, "Code", 12),
        code_line(121, LETTER - 151, r"\renewcommand\boxtitle[1]{\centering\fbox{#1}}%", 8),
        code_line(121, LETTER - 160, r"\begin{mybox}[noborder]{My title}%", 8),
        code_line(131, LETTER - 170, r"\emph{Body of the box}", 8),
        code_line(121, LETTER - 179, r"\end{mybox}", 8),
        helvetica_line(71, LETTER - 215, "Result:", 10),
    ]
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_display_centred_between_two_sentences_stands_between_them():
    doc = parse_pdf(_centred_display_page())[0]
    assert _lines(doc.text) == [
        "By default the title style is defined like this:",
        r"\newcommand\boxtitle[1]{\bfseries #1}",
        "One can then play with all sorts of things. Here is an example:",
        "Code",
        r"\renewcommand\boxtitle[1]{\centering\fbox{#1}}%",
        r"\begin{mybox}[noborder]{My title}%",
        r"  \emph{Body of the box}",
        r"\end{mybox}",
        "Result:",
    ]


def _listing_page(header: str) -> bytes:
    """A page opening with a labelled listing, a column of narrow marks beside it (a frame's drawn
    zigzag), "Result:" under it and a paragraph: pdfminer reads the marks and "Result:" first."""
    parts = [
        helvetica_line(71, A4 - 43, header, 10),
        helvetica_line(118, A4 - 86, "Code", 12),
        *[helvetica_line(107, A4 - (96 + 6.25 * at), "|", 10) for at in range(7)],
        code_line(121, A4 - 105, r"\begin{mybox}[colour=blue!30,shadow=true,", 8),
        code_line(131, A4 - 114, r"shadowcolour=black!30]{My title}", 8),
        code_line(131, A4 - 124, r"\emph{Body of the box}", 8),
        code_line(121, A4 - 133, r"\end{mybox}", 8),
        helvetica_line(71, A4 - 168, "Result:", 10),
        helvetica_line(
            93, A4 - 212, "The box is drawn with a shadow under it and to its right, in the colour given", 10
        ),
        helvetica_line(
            93, A4 - 224, "by the option; the shadow is blurred when the blur option is loaded with the", 10
        ),
        helvetica_line(93, A4 - 236, "package, and left sharp otherwise.", 10),
        helvetica_line(86, A4 - 270, "The general syntax of the bar style is set by one option.", 10),
    ]
    return b"\n".join(parts)


def test_a_listing_opening_pages_keeps_its_label_and_its_place_over_its_result():
    """Three pages open with a labelled listing: the label stands where a running header would, on
    each page, yet it is the listing's; the listing comes before the "Result:" under it."""
    pages = [_listing_page("The mybox package") for _ in range(3)]
    doc = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    lines = _lines(doc.text)
    page = [
        "Code",
        r"\begin{mybox}[colour=blue!30,shadow=true,",
        r"  shadowcolour=black!30]{My title}",
        r"  \emph{Body of the box}",
        r"\end{mybox}",
        "Result:",
        "The box is drawn with a shadow under it and to its right, in the colour given by the option; the"
        " shadow is blurred when the blur option is loaded with the package, and left sharp otherwise.",
        "The general syntax of the bar style is set by one option.",
    ]
    assert lines == page * 3
    furniture = [s.attrs.get("text") for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert "Code" not in furniture


def placed(*rows: tuple[str, float, float], typewriter: bool = False) -> list[Line]:
    """(text, x0, top) rows, 10 pt, each line 5 pt wide a character; ``typewriter``: set in it."""
    return [
        Line(0, text, x0, x0 + 5.0 * len(text), top, top + 10.0, 10.0, 792.0, typewriter=typewriter)
        for text, x0, top in rows
    ]


def test_a_display_read_after_the_heading_under_it_goes_back_over_it():
    """A display between "For example:" and the next heading, pdfminer's order: the heading, then the
    display and the section's text."""
    above = placed(
        ("We set the keys once:", 86.0, 500.0), ("For example:", 86.0, 524.0), ("13 History", 71.0, 566.0)
    )
    display = placed((r"\setkeys{box}{shadow=true}", 190.0, 536.0), typewriter=True)
    below = placed(("- version 3.1: robust logos", 86.0, 592.0))
    assert [line.text for line in _displays_in_place(above + display + below)] == [
        "We set the keys once:",
        "For example:",
        r"\setkeys{box}{shadow=true}",
        "13 History",
        "- version 3.1: robust logos",
    ]


def test_prose_or_a_column_beside_stays_in_pdfminers_order():
    """A prose line read late keeps pdfminer's order (a float's caption, a note); so does a code
    line of a column beside another, whose rows the other's text shares."""
    left = placed(
        ("the left column", 56.0, 100.0), ("goes on down", 56.0, 112.0), ("to its end", 56.0, 124.0)
    )
    prose = placed(("a caption", 120.0, 106.0))
    assert _displays_in_place(left + prose) == left + prose
    beside = placed(("x = 1", 320.0, 111.0), typewriter=True)
    assert _displays_in_place(left + beside) == left + beside


NUMBERED = [(38, 129.5), (39, 140.5), (40, 151.4), (41, 162.4), (42, 188.6)]
OVERLEAF_CODE = [  # (text, x0, top)
    ("local entry, name = lookup(key)", 181.8, 129.0),
    ("if not entry then", 181.8, 140.0),
    ('  fail("no entry for %s", key)', 181.8, 150.9),
    ("end", 181.8, 161.9),
    ("if entry.special then", 181.8, 188.1),
]


def test_a_listing_continued_overleaf_keeps_its_first_line_beside_its_number():
    """A numbered listing going on at a page's top, pdfminer's order: the column of line numbers
    (7 pt, marks narrower than an em), then the code lines (7.3 pt typewriter) with a comment line in
    prose among them. The first code line stands half a point above its number (another font's
    ascent): it is on the numbers' first row and keeps its place, first of the code (issue 15,
    twenty-fifth check row 3: "local ldata, cname = lookupname(lname)" read after the comment)."""
    numbers = [Line(3, str(n), 156.1, 162.6, top, top + 7.0, 7.0, 792.0) for n, top in NUMBERED]
    code = [
        Line(3, text, x0, x0 + 4.4 * len(text), top, top + 7.3, 7.3, 792.0, mono=True, typewriter=True)
        for text, x0, top in OVERLEAF_CODE
    ]
    comment = Line(3, "Deal with the special cases.", 168.6, 280.0, 175.4, 185.4, 10.0, 792.0)
    page = numbers + code[:4] + [comment] + code[4:]
    assert [line.text for line in _displays_in_place(page)] == [
        "38",
        "39",
        "40",
        "41",
        "42",
        "local entry, name = lookup(key)",
        "if not entry then",
        '  fail("no entry for %s", key)',
        "end",
        "Deal with the special cases.",
        "if entry.special then",
    ]


def test_forms_a_colon_announces_go_back_over_the_sentence_read_before_them():
    """A manual's two syntactic forms centred under "… two syntactic forms:", in mixed fonts (so not
    typewriter lines), pdfminer's order: the "where" line under them first (issue 15, gmpl.pdf p. 29,
    3.6.4: "where b is an logical expression, …" read before "if b then f else g")."""
    first = "A conditional linear expression is a primary one, which has one of the following"
    above = placed((first, 72.0, 606.0), ("two syntactic forms:", 72.0, 620.0))
    where = placed(("where b is an logical expression, f and g are linear.", 72.0, 673.0))
    forms = placed(("if b then f else g", 260.0, 636.0), ("if b then f", 260.0, 655.0))
    assert [line.text for line in _displays_in_place(above + where + forms)] == [
        first,
        "two syntactic forms:",
        "if b then f else g",
        "if b then f",
        "where b is an logical expression, f and g are linear.",
    ]


def test_prose_read_late_under_no_colon_stays_in_pdfminers_order():
    """Lines in a free row read late, under a line that ends in no colon (a float's caption read
    after the page's text), keep pdfminer's order."""
    above = placed(("the text goes on", 72.0, 606.0), ("and ends here.", 72.0, 620.0))
    below = placed(("The next paragraph.", 72.0, 673.0))
    caption = placed(("Figure 1: the plot", 260.0, 636.0))
    assert _displays_in_place(above + below + caption) == above + below + caption


def test_the_next_columns_line_beside_a_colon_stays_in_pdfminers_order():
    """A column's sentence ends in a colon; a line of the next column, in a row of its own, read
    after the first column's next line, shares no width with the sentence: it is no display of it
    (yacas ref.book.pdf: "list – a list of elements" beside "Parameters:")."""
    left = placed(("the square-free part of it:", 72.0, 606.0), ("Examples:", 72.0, 640.0))
    right = placed(("expr - a polynomial in var", 330.0, 620.0))
    assert _displays_in_place(left + right) == left + right


def test_a_formula_a_sentence_runs_through_goes_back_between_its_lines():
    """A formula centred between "… it contains the subidentity" and the sentence's lower-case rest
    under it, in the text font, no colon over it, pdfminer's order: the rest first (issue 15,
    4ti2_manual.pdf p. 14: "1+3=2+2" read after "which is in fact primitive.")."""
    first = "is a partition identity which is not primitive, since it contains the subidentity"
    above = placed(
        ("For example,", 92.0, 433.0), (first, 92.0, 474.0), ("which is in fact primitive.", 92.0, 532.0)
    )
    display = placed(("1+3=2+2", 270.0, 503.0), ("The description of the identities", 92.0, 554.0))
    assert [line.text for line in _displays_in_place(above + display)] == [
        "For example,",
        first,
        "1+3=2+2",
        "which is in fact primitive.",
        "The description of the identities",
    ]


def test_a_box_atop_a_page_and_a_command_go_back_around_the_sentence_they_stand_in():
    """A page opening with a box of numbers, its sentence begun overleaf going on under it ("and
    call"), a command centred under that, then "to produce the file", pdfminer's order: the two prose
    lines first, then the box, the command and the next box. Each display goes back to its row:
    the box over "and call", the command between it and "to produce the file" (issue 15,
    4ti2_manual.pdf p. 19)."""
    above = placed(
        ("Chapter 1. Guide", 92.0, 92.0),
        ("19", 507.0, 92.0),
        ("and call", 92.0, 192.0),
        ("to produce the file", 92.0, 258.0),
    )
    box = placed(("4coins.feas", 267.0, 127.0), ("1 4", 278.0, 144.0), ("4 4 0 3", 278.0, 162.0))
    command = placed(("4ti2-normalform 4coins", 237.0, 225.0), typewriter=True)
    rest = placed(("4coins.nf", 267.0, 290.0), ("that also contains the solution.", 92.0, 355.0))
    assert [line.text for line in _displays_in_place(above + box + command + rest)] == [
        "Chapter 1. Guide",
        "19",
        "4coins.feas",
        "1 4",
        "4 4 0 3",
        "and call",
        "4ti2-normalform 4coins",
        "to produce the file",
        "4coins.nf",
        "that also contains the solution.",
    ]


def test_a_caption_or_a_line_over_a_capital_read_late_stays_in_pdfminers_order():
    """Lines read late in free rows over a sentence's lower-case rest stay where pdfminer read them
    when one is a float's caption (LaTeX set the float inside the paragraph: the reflow reads it after
    the paragraph), or when the line under them opens a sentence (a float between paragraphs)."""
    above = placed(
        ("the text goes on", 72.0, 606.0), ("and on here", 72.0, 620.0), ("with its rest.", 72.0, 690.0)
    )
    caption = placed(("Figure 1: the plot", 260.0, 650.0))
    assert _displays_in_place(above + caption) == above + caption
    capital = placed(
        ("the text goes on", 72.0, 606.0), ("and ends here.", 72.0, 620.0), ("The next one.", 72.0, 690.0)
    )
    box = placed(("1 2 3", 260.0, 650.0))
    assert _displays_in_place(capital + box) == capital + box
