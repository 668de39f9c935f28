"""A 2001 LaTeX user manual's displays, headings, boxed listings and unmapped glyphs (issue 15,
forty-fourth check row 05, freefem.pdf).

Two displays of fractions stood a line of prose apart, the upper one as wide as the text from its
left margin; the sentence between them ("Thus to solve") was read with them as a table, gone from
the text with no record. The pages below are hand-built lines and tiny PDFs with those features;
the expected texts are by hand.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    HELVETICA_BOLD,
    code_line,
    helvetica_line,
    helvetica_width,
    one_page,
    removed_texts,
    tex_font,
)

from sloika.pipelines.formats.pdf import Parsed, parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_layout import lay_out  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line, Rule  # noqa: E402
from sloika.pipelines.formats.pdf_page_rows import TABLE  # noqa: E402

LEFT = 127.0
RIGHT = 483.0


def _line(text: str, x0: float, top: float, x1: float, **flags) -> Line:
    return Line(0, text, x0, x1, top, top + 11.0, 10.9, 792.0, **flags)


def _fractions(top: float, left: float, tail: str, right: float) -> tuple[list[Line], list[Rule]]:
    """A display ∂f/∂t + u ∂f/∂x + v ∂f/∂y followed by ``tail``: three fractions' numerators and
    denominators on rows of their own over and under their bars, the operators between them on the
    middle row; its pieces and its bars."""
    lines = [
        _line("∂f", left, top, left + 12.0),
        _line("∂t", left + 1.0, top + 15.0, left + 12.0),
        _line("+u", left + 15.0, top + 7.5, left + 30.0),
        _line("∂f", left + 32.0, top, left + 44.0),
        _line("∂x", left + 32.0, top + 15.0, left + 44.0),
        _line("+v", left + 47.0, top + 7.5, left + 62.0),
        _line("∂f", left + 63.0, top, left + 75.0),
        _line("∂y", left + 63.0, top + 15.0, left + 75.0),
        _line(tail, left + 80.0, top + 7.5, right),
    ]
    bars = [(left + x, top + 13.0, left + x + 13.0, top + 13.4) for x in (0.0, 32.0, 63.0)]
    return [replace(ln, formula=True) for ln in lines], bars


def _texts(page: list[Line]) -> list[str]:
    return [ln.text for ln in page if not ln.text.startswith(TABLE)]


def test_a_sentence_between_two_displays_of_fractions_stays_text():
    limit = "= lim (f(x, y, t) − f(x − u dt, y − v dt, t − dt))/dt"
    upper, upper_bars = _fractions(394.0, LEFT, limit, RIGHT)
    lower, lower_bars = _fractions(450.0, 217.0, "− div(µ grad f) = g,", 394.0)
    page = [
        _line("The method builds an approximation of the value at the foot of the", LEFT, 330.0, RIGHT),
        _line("characteristic through the point. Recall that when", LEFT, 344.0, 330.0),
        *upper,
        _line("Thus to solve", 142.7, 428.0, 206.8),
        *lower,
        _line("in a much more stable way, the following scheme is used in the loop:", 142.7, 484.0, RIGHT),
    ]
    layout = lay_out([page], [upper_bars + lower_bars])
    texts = _texts(layout.pages[0])
    assert texts[:2] == [
        "The method builds an approximation of the value at the foot of the",
        "characteristic through the point. Recall that when",
    ]
    assert texts[-1] == "in a much more stable way, the following scheme is used in the loop:"
    assert "Thus to solve" in texts
    cells = [cell for table in layout.tables for row in table.rows for cell in row]
    assert "Thus to solve" not in cells


CMMI = tex_font(b"ZZEMAF+CMMI10", b"114 /gradient 126 /vector")
SYNTAX = "The syntax for the equation is given by the next line of the listing."
TERM = "The term may be left out. The normal derivative represents the conormal of the equation, i.e."


def _heading_page(heading: str) -> bytes:
    """A sentence leading into a display set in cmmi, ``heading`` set at 12 pt in Helvetica-Bold
    under the display, and a paragraph under it."""
    content = (
        "BT /F1 10 Tf 72 720 Td (The operator is defined, when the equation is written out, by) Tj ET"
        " BT /M 10 Tf 250 700 Td (a u + b v) Tj ET"
        f" BT /B 12 Tf 72 672 Td ({heading}) Tj ET"
        f" BT /F1 10 Tf 72 652 Td ({SYNTAX}) Tj ET"
    )
    return one_page(content.encode(), [(b"F1", HELVETICA), (b"B", HELVETICA_BOLD), (b"M", CMMI)])


def test_a_numbered_heading_in_one_bold_face_is_no_formula():
    """ "3.7.2 Pde()" under a display: three bold letters beside brackets, all in the heading's bold
    face, its number too, is a heading, not a formula's bold variables cut with the display as math."""
    (doc,) = parse_pdf(_heading_page("3.7.2 Pde()"))
    assert doc.text == (
        "The operator is defined, when the equation is written out, by\n\na u + b v\n\n"
        f"3.7.2 Pde()\n\n{SYNTAX}"
    )
    assert not removed_texts(doc, "math")


def test_a_vector_arrow_over_a_nabla_reads_as_its_combining_arrow():
    """cmmi's ``vector`` (code 126) drawn over cmsy's ∇ in a sentence: "±∇⃗u.n", not pdfminer's
    "(cid:126)" kept in the text."""
    before = "The term may be left out, and the conormal of the equation is \xb1"
    at = 72 + helvetica_width(before, 10)
    content = (
        f"BT /F1 10 Tf 72 720 Td ({before}) Tj ET"
        f" BT /M 10 Tf {at:.2f} 722 Td <7e> Tj ET"
        f" BT /M 10 Tf {at:.2f} 720 Td <72> Tj ET"
        f" BT /F1 10 Tf {at + 4:.2f} 720 Td (u.n on the boundary.) Tj ET"
        f" BT /F1 10 Tf 72 680 Td ({SYNTAX}) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content.encode("cp1252"), [(b"F1", HELVETICA), (b"M", CMMI)]))
    conormal = "the conormal of the equation is \u00b1\u2207\u20d7u.n on the boundary."
    assert doc.text == f"The term may be left out, and {conormal} {SYNTAX}"


def _fragments(doc: Parsed) -> list[str]:
    """The texts of the document's ``fragment`` records."""
    return [s.attrs["text"] for s in doc.layers.get("removed", []) if s.label == "fragment"]


def _listing_page(lead: str, rows: list[str], after: str) -> bytes:
    """A paragraph ending in ``lead``, a framed listing of ``rows`` in Courier with its line numbers
    set small in its left margin, and the paragraph ``after`` it."""
    content = [
        helvetica_line(72, 720, "All points must be in sequential order and describe the boundary.", 10),
        helvetica_line(72, 708, lead, 10),
        b"0.5 w 68 %.1f 400 %.1f re S" % (694 - 14 * len(rows), 14 * len(rows) + 4),
    ]
    for at, row in enumerate(rows):
        content += [
            b"BT /F1 6 Tf 62 %.1f Td (%d) Tj ET" % (685 - 14 * at, at + 1),
            code_line(72, 684 - 14 * at, row, 10),
        ]
    content.append(helvetica_line(72, 670 - 14 * len(rows), after, 10))
    return one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_framed_listing_a_sentence_runs_into_is_code():
    """A listing of short rows of one or two letters ("x[0]  y[0]") that the sentence over it runs
    into ("The format is") is its code, not a drawing's fragment cut from the text."""
    rows = ["x[0]    y[0]", "x[1]    y[1]", "...."]
    after = "each being separated by a tab or a carriage return."
    (doc,) = parse_pdf(_listing_page("The format is", rows, after))
    assert doc.text == (
        "All points must be in sequential order and describe the boundary. The format is\n\n"
        "x[0]    y[0]\nx[1]    y[1]\n....\n\n" + after
    )
    assert not _fragments(doc)


def test_marks_under_a_heading_no_sentence_goes_on_from_stay_a_fragment():
    """A scanned form's marks ("C (5 Y" / "b )") under a heading that ends on a lower-case word, with a
    new sentence under them, are no listing the heading runs into: still a `fragment`."""
    after = "Inspection and repair of the nozzle are done once a year."
    (doc,) = parse_pdf(_listing_page("Example of the text document", ["C (5 Y", "  b )"], after))
    assert "C (5 Y" not in doc.text
    assert "b )" not in doc.text
    assert _fragments(doc) == ["C (5 Y\n  b )"]
    # the listing's line numbers apart from its rows, each a number (issue-litl's numbered listings)
    numbers = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "numbers_only"]
    assert numbers == ["1", "2"]
