"""A listing's part overleaf and the part before it count their columns from one edge (issue 15, the
fifty-first check's row 2, sagetex.pdf pp. 34→35): the page ended inside a ``for`` body, all its
lines indented, and the next page went on with a docstring's line at the code column; each part was
laid out from its own leftmost line, so the body read six columns further right after the break.
The listing is written for the test; the expected rows are the program as written."""

from __future__ import annotations

from pdf_objects import code_lines, helvetica_line
from test_pdf_listing_base_indent import INTRO, listing, pdf_of_pages

from sloika.pipelines.formats.pdf import parse_pdf


def test_a_part_overleaf_set_further_left_moves_the_part_before_with_it():
    first = [
        "    for line in lines[1:]:",
        "        has_old_cont = re.match(oldcont, line)",
    ]
    second = [
        "        has_cont = re.match(cont, line)",
        "        if has_old_cont and not has_cont:",
        '            raise SyntaxError("""No longer supported; use the new form,',
        'which matches what the interpreter uses.""")',
        "    return ret",
    ]
    pages = [
        [helvetica_line(72, 760, INTRO, 10), *listing(86, 736, first)],
        [*listing(86, 760, second), helvetica_line(72, 690, "It then draws.", 10)],
    ]
    (doc,) = parse_pdf(pdf_of_pages(pages))
    assert code_lines(doc) == first + second
