"""A listing's indents are counted from the listing's own left edge (issue 15, the twenty-eighth
check's leftovers of row 2): a blank line parts a listing into blocks, and each block was laid out
from its own leftmost line, so the body of an ``if`` after a blank line lost its indent; overleaf,
the edge was measured from a page margin taken where the code's long lines start, so a listing
flush left on the next page took the indent of the page before. All listings here are written for
the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, font_pages, helvetica_line

from sloika.pipelines.formats.pdf import parse_pdf

PITCH = 6.0  # Courier 10 pt: every glyph 600 units wide
INTRO = "The example below reads its three arguments and leaves with an error when one is missing."
OUTRO = "The script then goes on to draw the picture it was given into the file named on its line."


def listing(x: float, top: float, rows: list[str]) -> list[bytes]:
    """Courier lines from ``top`` down, 12 pt apart, each at ``x`` plus its leading spaces' width;
    an empty row is a blank line."""
    return [
        code_line(x + PITCH * (len(row) - len(row.lstrip())), top - 12 * at, row.lstrip(), 10)
        for at, row in enumerate(rows)
        if row
    ]


def pdf_of_pages(pages: list[list[bytes]]) -> bytes:
    """An A4 PDF of the pages' content, Helvetica as /F1 and Courier as /F2."""
    return font_pages([b"\n".join(page) for page in pages], [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_block_after_a_blank_line_keeps_its_indent_inside_the_listing():
    rows = [
        'if __name__ == "__main__":',
        "    if len(arguments) != 4:",
        "        leave(1)",
        "",
        "    name = arguments[2]",
        "    shown = draw(name)",
    ]
    page = [helvetica_line(72, 760, INTRO, 10), *listing(86, 736, rows), helvetica_line(72, 650, OUTRO, 10)]
    (doc,) = parse_pdf(pdf_of_pages([page]))
    assert code_lines(doc) == [row for row in rows if row]


def test_a_listing_flush_left_overleaf_takes_no_indent_from_the_page_before():
    """The first page's long lines are mostly the function body's, two columns in, and the second
    page's all code: each page's margin by all its long lines was its code's, and the second page's
    "if" stood two columns in."""
    first = [
        "function usage()",
        "  write_error(format_of_usage(arguments_given[0]))",
        "  write_error(description_of_the_program_here())",
        "  leave_the_program_with_the_error_code_of(1)",
        "end",
    ]
    second = [
        "if count_of_arguments_given_to_it == 3 then",
        "  style = arguments_given[1]",
        "else",
        "  usage()",
        "end",
    ]
    pages = [
        [helvetica_line(72, 760, INTRO, 10), *listing(86, 736, first)],
        [*listing(86, 760, second), helvetica_line(72, 690, "It then draws.", 10)],
    ]
    (doc,) = parse_pdf(pdf_of_pages(pages))
    assert code_lines(doc) == first + second


def test_a_listings_line_numbers_atop_a_page_go_to_removed_in_their_order():
    """The numbers in the margin of a listing that opens the page, no prose above it: each was put
    before the page's first prose line, in front of the ones put there before it, and the
    ``removed`` records read "5", "4", … "1"."""
    rows = ["local count = 0", "for name in names do", "  count = count + 1", "end", "return count"]
    numbers = [helvetica_line(70, 760 - 12 * at, str(at + 1), 6) for at in range(len(rows))]
    page = [*listing(86, 760, rows), *numbers, helvetica_line(72, 690, OUTRO, 10)]
    (doc,) = parse_pdf(pdf_of_pages([page]))
    assert code_lines(doc) == rows
    assert [s.attrs["text"] for s in doc.layers["removed"]] == ["1", "2", "3", "4", "5"]


def test_an_indented_example_over_a_term_at_the_margin_keeps_its_own_edge():
    """A manual's example set in from the margin, then a monospaced term at the margin over its
    description: the term starts an edge of its own, and the example above it stays flush left."""
    rows = ["protocol example {", "        interface name {", "                type kind;", "        };", "}"]
    page = [
        helvetica_line(72, 760, INTRO, 10),
        *listing(100, 736, rows),
        code_line(72, 664, "type kind", 10),
        helvetica_line(86, 652, "This option says which kind of link the interface is on.", 10),
    ]
    (doc,) = parse_pdf(pdf_of_pages([page]))
    assert code_lines(doc) == [*rows, "type kind"]
