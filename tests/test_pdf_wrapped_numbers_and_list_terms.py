"""Paragraph breaks of the fifty-second check (issue 15): a line that opens with a section number
inside a sentence ("… (see question" / "4.7 (Binaries)) depends …"), a numbered title's second line
hung under its text ("7.30 … instead of" / "0.5 (i.e. …)."), a description list's bold first term
under its lead-in across the list's skip ("… several convenience libraries" / "sarray which …"), a
bold-labelled item hanging its lines 2.5 em in after a full first line
that ends a sentence, and a URL in brackets broken at a dot over a page break. All texts are
written for the tests; a sentence's halves read as one paragraph, a list's items as their own."""

from __future__ import annotations

import pytest
from pdfminer.fontmetrics import FONT_METRICS

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, font_pages, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0
BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", BOLD)]


def _justified(rows: list[str], top: float = 700.0, x: float = 72) -> list[bytes]:
    """``rows`` as Helvetica 10 pt lines every 12 pt from ``top`` down, justified to ``RIGHT``, the
    last one at its natural width."""
    last = len(rows) - 1
    return [
        helvetica_line(x, top - 12 * at, row, 10, None if at == last else RIGHT)
        for at, row in enumerate(rows)
    ]


def test_a_cross_reference_number_wrapped_to_the_next_line_goes_on_the_sentence():
    rows = [
        "You can either build the program from its sources or fetch one of the ready binaries from",
        "the home page of the project. Whether binaries for your system are ready (see question",
        "4.7 (Binaries)) depends on whether one of the developers can reach such a system at all",
        "and has had the time to build the package for it.",
    ]
    (doc,) = parse_pdf(one_page(b" ".join(_justified(rows)), FONTS))
    assert doc.text.split("\n\n") == [" ".join(rows)]


def test_a_numbered_title_wrapped_under_its_text_is_one_title():
    title = b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % escaped(
        "7.30 My decimal tick labels are always of the form e.g. 0,5 instead of"
    )
    rest = b"BT /F1 12 Tf 109.4 704 Td (%s) Tj ET" % escaped("0.5 (i.e. I get a comma instead of a dot).")
    body = [
        "You are using a localized version of the system. Your shell sets the locale variables, so",
        "the program uses the locale to write its numeric labels. Set them to C to stop this.",
    ]
    page = one_page(b" ".join([title, rest, *_justified(body, top=680)]), FONTS)
    (doc,) = parse_pdf(page)
    assert doc.text.split("\n\n")[0] == (
        "7.30 My decimal tick labels are always of the form e.g. 0,5 instead of 0.5 (i.e. I get a comma"
        " instead of a dot)."
    )


def test_a_bold_first_term_under_a_short_lead_in_opens_the_list():
    lead = [
        "The source is divided into three main directories, each of which holds one part of the",
        "program. The library is divided into several convenience libraries",
    ]
    items = [
        ("sarray ", "which defines the basic array class and its associated classes."),
        ("graph ", "which defines the node classes used when a model is built."),
    ]
    rows = _justified(lead)
    for at, (term, text) in enumerate(items):
        rows.append(
            b"BT 72 %d Td /F2 10 Tf (%s) Tj /F1 10 Tf (%s) Tj ET"
            % (669 - 20 * at, escaped(term), escaped(text))
        )
    (doc,) = parse_pdf(one_page(b" ".join(rows), FONTS))
    assert doc.text.split("\n\n") == [" ".join(lead)] + [term + text for term, text in items]


def test_a_bold_labelled_item_hangs_its_lines_after_a_full_first_sentence():
    first = "Y/R transition parameter. This option is only available for the TN model of this."
    hung = [
        "This parameter is the ratio of the rates for pyrimidine transitions and purine",
        "transitions. You need not give it, since the program estimates it from the data.",
    ]
    natural = sum(FONT_METRICS["Helvetica-Bold"][1][c] for c in "r - ") + sum(
        FONT_METRICS["Helvetica"][1][c] for c in first
    )
    spacing = (RIGHT - 72 - natural / 100) / (first.count(" ") + 2)  # justified to the right margin
    rows = [b"BT %.3f Tw 72 700 Td /F2 10 Tf (r - ) Tj /F1 10 Tf (%s) Tj ET" % (spacing, escaped(first))]
    rows += [
        helvetica_line(97, 688 - 12 * at, text, 10, RIGHT if at == 0 else None)
        for at, text in enumerate(hung)
    ]
    rows.append(b"BT 72 656 Td /F2 10 Tf (s - ) Tj /F1 10 Tf (%s) Tj ET" % escaped("Quits the analysis."))
    (doc,) = parse_pdf(one_page(b" ".join(rows), FONTS))
    assert doc.text.split("\n\n") == [f"r - {first} {' '.join(hung)}", "s - Quits the analysis."]


def test_a_bracketed_url_broken_at_a_dot_over_a_page_break_is_one_url():
    end = [
        "A tree can be drawn by many programs, and the output file of this program is read by all",
        "of them without changes. On a Unix you can use the TreeTool program (ftp://rdp.life.uiuc.",
    ]
    start = ["edu/pub/RDP/programs/TreeTool) to display and manipulate the trees it writes out."]
    pages = [
        b" ".join(_justified(end, top=100, x=72)[:1] + [helvetica_line(72, 88, end[1], 10, RIGHT)]),
        b" ".join(_justified(start, top=780)),
    ]
    (doc,) = parse_pdf(font_pages(pages, FONTS))
    assert "(ftp://rdp.life.uiuc.edu/pub/RDP/programs/TreeTool) to display" in doc.text
