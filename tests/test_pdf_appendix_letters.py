"""An appendix's heading set with its letter a tab left of its title, as a section's number is
(issue 15, check 45 review E, LatexStyle2.pdf p. 13: "A" | "Session info", "B" | "Attached LaTeX
packages" in 17 pt over a 10 pt body). pdfminer reads the letter apart; it was cut as
``lone_letter`` while the text referred to "Appendix B". All texts here are written for the tests."""

from pdf_objects import helvetica_line, helvetica_page, removed_texts

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0
BODY = [
    "The tools this manual describes were built on the system that Appendix B lists, with the",
    "packages named there; the versions used to write the examples are listed in Appendix A.",
]
SESSION = "Here is the output of the session report on the system on which this manual was built."
PACKAGES = "The style loads the packages below, so that a manual need not attach them by itself."


def _heading(y: float, number: str, title: str, size: int = 17) -> bytes:
    """A heading's number at the margin and its title a tab (42 pt) right of it, on one row."""
    return helvetica_line(51, y, number, size) + b" " + helvetica_line(93, y, title, size)


def _paragraph(y: float, rows: list[str]) -> bytes:
    """``rows`` as 10 pt lines 12 pt apart from ``y`` down, all but the last justified to ``RIGHT``."""
    return b" ".join(
        helvetica_line(93, y - 12 * at, row, 10, RIGHT if at < len(rows) - 1 else None)
        for at, row in enumerate(rows)
    )


def test_an_appendix_letter_before_its_title_is_the_headings_number():
    """ "A" | "Session info" and "B." | "Attached packages" in 17 pt: the headings read with their
    letters, as printed, and nothing is cut."""
    content = b" ".join(
        [
            _paragraph(700, BODY),
            _heading(650, "A", "Session info"),
            _paragraph(620, [SESSION]),
            _heading(580, "B.", "Attached packages"),
            _paragraph(550, [PACKAGES]),
        ]
    )
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text.split("\n\n") == [
        " ".join(BODY),
        "A Session info",
        SESSION,
        "B. Attached packages",
        PACKAGES,
    ]
    assert removed_texts(doc, "lone_letter") == []


def test_a_letter_in_the_bodys_size_before_a_line_is_no_number():
    """A letter alone in the body's size a tab left of a line (a brace or a stroke read as "I") is
    not joined to it: it is cut as before, the line kept."""
    content = (
        _paragraph(700, BODY)
        + b" "
        + _heading(650, "I", "Session info", 10)
        + b" "
        + _paragraph(620, [SESSION])
    )
    (doc,) = parse_pdf(helvetica_page(content))
    assert "I Session" not in doc.text
    assert "Session info" in doc.text
