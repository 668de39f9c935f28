"""A man page set in a manual's PDF (issue 15, issue-feynC; the forty-ninth check's review C row 03,
feynmf.pdf p. 12): its "NAME" and "SYNOPSIS" titles, each over a line opening in lower case, were
read as a sentence running on, and the synopsis' two forms of the command ran together into one
paragraph. A page hand-built with the helpers of the other PDF tests, lines written for the test."""

from __future__ import annotations

import pytest
from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf

INTRO = [
    "The boxes script runs the whole chain of programs for a document, in the right order and as",
    "often as needed, and it cleans up the files they leave behind. Here is its manual page:",
]
NAME = "boxes - draw boxes around the words of a document"
FORMS = ["boxes [-hvq] [-m mode] file [file ...]", "boxes [--help] [--version] [--quiet] [--mode mode] file"]
ABOUT = "The script reads each file named and writes the result next to it, under the same name."


@pytest.mark.parametrize("size", [10, 12])
def test_man_page_titles_and_synopsis_forms_stand_apart(size: int):
    """NAME / its line / SYNOPSIS / two forms / DESCRIPTION / its text: each title and each form a
    paragraph of its own, the man page set in the body's size or larger (feynmf.pdf's, where "NAME"
    read as a title's first word over its next line)."""
    intro = [(780 - 12 * at, INTRO[at % 2]) for at in range(8)]
    rows = [
        (684, "NAME"),
        (666, NAME),
        (640, "SYNOPSIS"),
        (622, FORMS[0]),
        (610, FORMS[1]),
        (584, "DESCRIPTION"),
        (566, ABOUT),
    ]
    page = b"\n".join(
        [
            *(helvetica_line(72, y, text, 10) for y, text in intro),
            *(helvetica_line(72, y, text, size) for y, text in rows),
        ]
    )
    assert parse_pdf(helvetica_page(page))[0].text.split("\n\n")[-7:] == [
        "NAME",
        NAME,
        "SYNOPSIS",
        *FORMS,
        "DESCRIPTION",
        ABOUT,
    ]
