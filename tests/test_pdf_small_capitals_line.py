"""A paragraph's last line whose name is set in small capitals stays in the paragraph (issue 15,
twenty-seventh check row 3).

A report sets its program's name in small capitals, capitals a size under the text ("… the
interface and parameters provided" + "by DYLP."): on a short last line the name's capitals
outnumbered the word before it, the line was read in their size, two points under the text's, and
it stood as a paragraph of its own. The page below is a tiny PDF with that line; the expected
text is by hand.
"""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf

LINES = [
    "The next section gives the notation used for the primal and dual problems in the rest of",
    "the report. Sections three to eleven describe the parts of the code, and the last three",
    "sections of the report describe the interface to the code and the parameters provided",
]


def test_a_last_line_of_a_word_and_a_name_in_small_capitals_ends_its_paragraph():
    content = [helvetica_line(72.0, 700.0 - 12.0 * at, text, 10, end=520.0) for at, text in enumerate(LINES)]
    content.append(b"BT /F1 10 Tf 0 Tw 72 664 Td (by ) Tj /F1 8 Tf (SOLVER.) Tj ET")
    content.append(
        helvetica_line(72.0, 640.0, "A new paragraph starts here, after a blank line of its own.", 10)
    )
    (doc,) = parse_pdf(helvetica_page(b"\n".join(content)))
    assert doc.text.split("\n\n") == [
        " ".join(LINES) + " by SOLVER.",
        "A new paragraph starts here, after a blank line of its own.",
    ]
