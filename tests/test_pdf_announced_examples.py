"""Short examples set in the typewriter font right after the text that announces them are the
manual's text, however few their letters (issue 15, thirtieth check row 1).

gnuplot's manual sets a two-line macro example ('A = "c=1"' / "@A") under "… code like the
following will execute correctly:", a terminal's modes ("- V1024x768", …) under "e.g.:", and a
data file's blocks of rows (a blank line between blocks) under the block that opens the listing. Each was cut
as a `fragment` (a drawing's letters or numbers), so the text jumped from the lead-in to what
follows the example. The pages below are hand-built with those features; their words are sloika's
own and the expected texts are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.base import TextBuilder  # noqa: E402
from sloika.pipelines.formats.pdf import _code_kept, parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
LEFT = 72.0
TOP = 750


def _line(row: int, text: str) -> bytes:
    return helvetica_line(LEFT, TOP - LEADING * row, text, SIZE)


def _code(row: int, text: str, x: float = LEFT + 20) -> bytes:
    return code_line(x, TOP - LEADING * row, text, SIZE)


def _removed(doc) -> list[str]:
    return [span.attrs.get("text", "") for spans in doc.layers.values() for span in spans]


def _after(text: str) -> TextBuilder:
    builder = TextBuilder()
    builder.append(text)
    return builder


def test_a_short_example_after_a_lead_in_ending_in_a_colon_is_code():
    page = one_page(
        b"\n".join(
            [
                _line(0, "A macro is expanded once, so code like the following will run:"),
                _code(2, 'A = "c=1"'),
                _code(3, "@A"),
                _line(5, "but this line will not, since the macro is defined on the same line."),
                _line(7, "The modes can be given with the mode option, e.g.:"),
                _code(9, "- V1024x768"),
                _code(10, "- V800x600"),
                _line(12, "Please refer to the documentation for other modes."),
            ]
        ),
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == ['A = "c=1"', "@A", "- V1024x768", "- V800x600"], doc.text
    assert not any(text.strip() for text in _removed(doc)), _removed(doc)


def test_a_data_files_blocks_of_rows_after_its_first_block_are_code():
    """Each block of a data file's rows, a blank line apart and at the listing's indent, goes on the
    listing its first block opened, whose last row holds numbers as theirs do."""
    rows = [_code(2, "# A valley of three rows.")]
    for row, text in [
        (3, "0 0 10"),
        (4, "0 1 10"),
        (6, "1 0 10"),
        (7, "1 1 5"),
        (9, "2 0 10"),
        (10, "2 1 10"),
    ]:
        rows.append(_code(row, text, x=LEFT + 20 + 3 * 6))  # three of Courier's 6 pt cells in
    page = one_page(
        b"\n".join(
            [
                _line(0, "The file might contain:"),
                *rows,
                _line(12, "Note that the file defines a 3 by 2 grid of points."),
            ]
        ),
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == [
        "# A valley of three rows.",
        "   0 0 10",
        "   0 1 10",
        "   1 0 10",
        "   1 1 5",
        "   2 0 10",
        "   2 1 10",
    ], doc.text


def test_a_mark_after_a_heading_is_no_example():
    """A heading stops without a full stop too: a drawing's letter or number after it (a figure
    under its section's title) is not announced by it."""
    assert not _code_kept(_after("1.1.5 Wear and damage"), "I", "The frame is shown below.")
    assert not _code_kept(_after("An example of the title page for a book"), "3", "THE AIRCRAFT")


def test_a_drawings_letters_inside_a_sentence_or_after_its_end_are_not_kept():
    """A drawing set in the typewriter font inside a sentence that goes on below it, or after a
    sentence's full stop, is still a drawing's letters."""
    assert not _code_kept(_after("The two fields of the"), "ft    tr", "drawing are set to scale.")
    assert not _code_kept(_after("The figure shows the two fields."), "ft    tr", "They are set to scale.")


def test_a_sentence_leads_into_rows_it_goes_on_under_but_only_one_row_it_ends_on():
    """One rule (``_led_into``) told apart by where the sentence's rest stands: under the block in
    lower case, the block stands inside the sentence however many its rows; where a new sentence opens
    under it, only a one-row display the sentence ends on is led into."""
    lead = _after("All points are listed in order. The format of each point is")
    rows = "x[0]    y[0]\nx[1]    y[1]"
    assert _code_kept(lead, rows, "each being separated by a tab.")
    assert _code_kept(lead, "x    y", "Each is separated by a tab.")
    assert not _code_kept(lead, rows, "Each is separated by a tab.")


def test_numbers_after_a_listing_at_another_indent_or_of_words_are_not_kept():
    """A drawing's numbers after a listing: its last row is no data row at the block's indent."""
    listing = _after("The file might contain:")
    start, end = listing.append("\n\n# A valley.\n   0 0 10")
    listing.span(start, end, "code")
    assert _code_kept(listing, "   1 0 10\n   1 1 5")
    assert not _code_kept(listing, "1\n6")
    program = _after("Run it:")
    start, end = program.append("\n\nplot sin(x)")
    program.span(start, end, "code")
    assert not _code_kept(program, "1\n6")


def test_a_rule_set_with_an_assignment_sign_after_a_sentence_is_code():
    """A short display of one-letter names joined by a two-sign operator (METAFONT's ligature rule
    "a b =: c", c90.pdf p. 3, the fiftieth check's row 06: cut as a `fragment` while the three
    variants on the row after it were kept) is a program's row, as "n <- ng*ng" is; a drawing's
    letters have no such sign."""
    page = one_page(
        b"\n".join(
            [
                _line(0, "The usual ligature action of two glyphs replaces them with another glyph c."),
                _code(2, "a b =: c"),
                _line(4, "Another possibility is to retain the left or the right original glyph."),
            ]
        ),
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == ["a b =: c"], doc.text
    assert _code_kept(_after("with another glyph c."), "x := 1")
