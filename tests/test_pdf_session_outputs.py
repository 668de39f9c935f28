"""A session's typeset outputs under its inputs (issue 15, fifty-first check rows 01 and 02, SageTeX's
example.pdf p. 9 and sagetex.pdf pp. 10–11): SageTeX's sageexample sets each "sage:" input in
typewriter and centres its output under it ("4", "None"); pdfminer read the outputs after the last
input, and the "4" went as a page number (``numbers_only``). A numbered listing's own output line
("3.1415926535897932384626433833", its line number beside it) went the same way. Each output stays
under its input, in the page's order; the page's number at its foot still goes. Expected texts are
written by hand from the fixtures."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, helvetica_line, one_page, removed_texts

from sloika.pipelines.formats.pdf import parse_pdf

LETTER = 792  # US Letter's height: a line ``top`` points from the page top has its baseline at LETTER - top

INTRO = "Here are some examples of using the sageexample environment, each input with its output:"
AFTER = [
    "Note above that no output from the print statement appears. That is because we",
    "have to use the exec function to run that statement, and we cannot get its output.",
]


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _session_page() -> bytes:
    """A sentence, three inputs in Courier each with its output centred under it in Helvetica (the
    outputs written after the inputs, as pdfminer reads SageTeX's page), prose, the page's number."""
    inputs = [(180, "sage: 2+2"), (224, "sage: print('middle')"), (268, "sage: is_prime(7)")]
    outputs = [(202, "4"), (246, "None"), (290, "True")]
    parts = [helvetica_line(72, LETTER - 160, INTRO, 10)]
    parts += [code_line(82, LETTER - top, text, 10) for top, text in inputs]
    parts += [helvetica_line(290, LETTER - top, text, 10) for top, text in outputs]
    parts += [helvetica_line(72, LETTER - (314 + 12 * at), text, 10) for at, text in enumerate(AFTER)]
    parts.append(helvetica_line(300, LETTER - 740, "9", 10))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_each_output_stays_under_its_input_and_the_page_number_goes():
    doc = parse_pdf(_session_page())[0]
    assert _lines(doc.text) == [
        INTRO,
        "sage: 2+2",
        "4",
        "sage: print('middle')",
        "None",
        "sage: is_prime(7)",
        "True",
        " ".join(AFTER),
    ]
    assert "9" in [s.attrs.get("text") for s in doc.layers["removed"]]


def _numbered_listing_page() -> bytes:
    """A sentence, a listing in Helvetica (a colourful listings style), each line numbered at the
    right margin in a smaller size, its second line the first's output, digits alone; prose."""
    rows = [
        "sage: var('x')",
        "sage: y = x + 1",
        "sage: pi.n(100)",
        "3.1415926535897932384626433833",
        "sage: y^2",
        "sage: y.expand()",
    ]
    parts = [helvetica_line(72, LETTER - 160, "The listing below prints a number with a hundred bits:", 10)]
    for at, text in enumerate(rows):
        top = 180 + 12 * at
        parts.append(helvetica_line(82, LETTER - top, text, 10))
        parts += [b"BT /F1 7 Tf 470 %.2f Td (%d) Tj ET" % (LETTER - top, 20 + at)]
    parts.append(helvetica_line(72, LETTER - 264, "Plotting things does not pull in the plot itself.", 10))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_numbered_listing_line_of_digits_stays_code():
    doc = parse_pdf(_numbered_listing_page())[0]
    assert "3.1415926535897932384626433833" in doc.text
    assert "3.1415926535897932384626433833" not in removed_texts(doc, "numbers_only")
    assert set(removed_texts(doc, "line_numbers")) == {"20", "21", "22", "23", "24", "25"}
