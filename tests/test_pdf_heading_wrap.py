"""A numbered heading too long for its line, wrapped so that its last word stands alone under the
heading's text (issue 15, twenty-sixth check row 4: a pdfTeX manual's "… return the name of the
type of" over a lone "z", and "… z =" over "f(x)"). The lone piece was cut as ``lone_letter`` or
``math`` and the heading lost its last word. All texts here are written for the tests."""

from pdf_objects import HELVETICA, escaped, helvetica_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
RIGHT = 540.0
BODY = [
    "The functions of this section report what an operator was built from, so that a program",
    "can check the types before it applies the operator to a matrix or a vector of values.",
]
AFTER = [
    "The function returns the name of the type as a string of at most a hundred and twenty",
    "eight characters, including its terminating null character, which the caller provides.",
]


def _bold(x: float, y: float, text: str, spacing: float = 0.0) -> bytes:
    return b"BT /F2 12 Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (spacing, x, y, escaped(text))


def _paragraph(y: float, rows: list[str]) -> bytes:
    return b" ".join(
        helvetica_line(72, y - 12 * at, row, 10, RIGHT if at < len(rows) - 1 else None)
        for at, row in enumerate(rows)
    )


def test_a_numbered_headings_last_word_wrapped_alone_stays_with_it():
    """ "6.4.4 … the type of" + "z" under the heading's text: one heading, nothing cut."""
    heading = "6.4.4 Operator_ztype_name: return the name of the type of"
    content = _paragraph(700, BODY)
    content += b" " + _bold(72, 660, heading, 16.9) + b" " + _bold(102, 645, "z")
    content += b" " + _paragraph(620, AFTER)
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", BOLD)]))
    assert doc.text.split("\n\n") == [" ".join(BODY), f"{heading} z", " ".join(AFTER)]
    assert [s.attrs["why"] for s in doc.layers.get("removed", [])] == []
