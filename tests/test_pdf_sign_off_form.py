"""DBLaTeX's sign-off form on a DocBook book's title verso (libu2f-host-doc's u2f-host.pdf, check 61
row 4): "COLLABORATORS" over a ruled "TITLE :" box, an "ACTION | NAME | DATE | SIGNATURE" table with
its one "WRITTEN BY" row, "REVISION HISTORY" over an empty "NUMBER | DATE | DESCRIPTION | NAME"
table. It stood in the kept text as an empty form before the first chapter; it goes to ``removed``.
The pages are built here after the PDF's geometry (A4, 9 pt Helvetica, its rules)."""

from __future__ import annotations

from pdf_objects import helvetica_pages, removed_texts, text_row

from sloika.pipelines.formats.pdf import parse_pdf

TITLE = "Example Universal Host Library"
COLLABORATORS_HEAD = [(93.0, "ACTION"), (194.2, "NAME"), (300.3, "DATE"), (438.9, "SIGNATURE")]
REVISIONS_HEAD = [(91.0, "NUMBER"), (196.6, "DATE"), (329.9, "DESCRIPTION"), (500.2, "NAME")]
PROSE = (
    "This is a C library that implements the host side of the protocol. More precisely, it provides an "
    "API for applications that wish to talk to a device and perform its operations."
)


def rules(xs: list[float], top: float, bottom: float) -> bytes:
    """A ruled row from ``top`` down to ``bottom`` (PDF y): a rule above and below, one at each x."""
    lines = [(xs[0], top, xs[-1], top), (xs[0], bottom, xs[-1], bottom)]
    lines += [(x, top, x, bottom) for x in xs]
    return b"0.4 w " + b" ".join(b"%.1f %.1f m %.1f %.1f l S" % line for line in lines)


def form_page() -> bytes:
    """u2f-host.pdf's p. 2 as dblatex sets it."""
    edges = [61.4, 158.8, 256.2, 367.8, 562.2]
    parts = [
        rules([61.4, 562.2], 761.7, 749.4),
        text_row(271.3, 752.5, "COLLABORATORS", 9),
        rules([61.4, 158.8, 367.8, 562.2], 737.0, 700.7),
        text_row(165.0, 727.8, "TITLE :", 9),
        text_row(165.0, 703.9, TITLE, 9),
        rules(edges, 698.3, 662.1),
        rules(edges, 662.1, 625.8),
        *(text_row(x, 677.2, cell, 9) for x, cell in COLLABORATORS_HEAD),
        text_row(82.5, 640.9, "WRITTEN BY", 9),
        text_row(277.4, 640.9, "January 14, 2021", 9),
        rules([61.4, 562.2], 565.2, 552.8),
        text_row(269.6, 556.0, "REVISION HISTORY", 9),
        rules(edges, 540.5, 528.3),
        rules(edges, 528.3, 504.0),
        *(text_row(x, 531.3, cell, 9) for x, cell in REVISIONS_HEAD),
    ]
    return b"\n".join(parts)


def chapter_page() -> bytes:
    """A chapter's opening page: its number and title set large, a paragraph of prose under them."""
    cut = PROSE.rindex(" ", 0, 96)  # the paragraph's two lines
    return b"\n".join(
        [
            text_row(56.7, 740.0, "Chapter 1", 20),
            text_row(56.7, 700.0, TITLE, 24),
            text_row(56.7, 660.0, PROSE[:cut], 10),
            text_row(56.7, 648.0, PROSE[cut + 1 :], 10),
        ]
    )


def test_the_title_versos_sign_off_form_goes_to_removed():
    """The form's tables and titles left the text for ``removed``, each table under its title; the
    text reads the title page, then the chapter (at main the form stood in the text between them)."""
    title_page = text_row(144.0, 420.0, TITLE, 18.6)
    (doc,) = parse_pdf(helvetica_pages([title_page, form_page(), chapter_page()]))
    assert doc.text == f"{TITLE}\n\nChapter 1\n\n{TITLE}\n\n{PROSE}"
    assert removed_texts(doc, "sign_off_form") == [
        "COLLABORATORS\nTITLE :",  # as the page prints it
        "ACTION | NAME | DATE | SIGNATURE\nWRITTEN BY |  | January 14, 2021",
        "REVISION HISTORY\nNUMBER | DATE | DESCRIPTION | NAME",
    ]
    assert not [s for s in doc.spans if s.label == "table"]


def test_a_form_set_after_the_first_heading_stays_a_table():
    """The same page after a chapter's is the body's: its tables stay in the text, under their titles."""
    (doc,) = parse_pdf(helvetica_pages([chapter_page(), form_page()]))
    tables = [doc.text[s.start : s.end] for s in doc.spans if s.label == "table"]
    assert tables[1:] == [
        "ACTION | NAME | DATE | SIGNATURE\nWRITTEN BY |  | January 14, 2021",
        "REVISION HISTORY\n\nNUMBER | DATE | DESCRIPTION | NAME",
    ]
    assert not removed_texts(doc, "sign_off_form")
