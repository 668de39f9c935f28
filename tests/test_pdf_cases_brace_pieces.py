"""A `cases` display whose big brace TeX built of pieces (issue 15, the fifty-second check's row 1:
tree-puzzle.pdf's rate matrices). A brace taller than cmex's largest is set as a top hook, a middle
and a bottom hook, three glyphs pdfminer reads as lines of their own. "Q_ij = { 2t / 1 / 0" with its
rows' conditions in words was taken for a table of no heads, its cells out of the text and in no
``removed`` record; the Tamura–Nei matrix, its values fractions set at a script's size, was read as
one in-line stack across the name and a condition ("Q_(ij) = (γ4+t1)/(γ+1) for i → j purine
transition") and cut as math. Pages hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"81 /Q 99 /c 116 /t")
CMEX = tex_font(b"KBOUDR+CMEX10", b"97 /bracelefttp 98 /braceleftmid 99 /braceleftbt")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)]

LEAD = "For pairs of sites the model of this note is used, and its matrix of rates reads"
THEN = "The same model is used in what follows as the one that every other method is tried on."
CONDITIONS = ["for a transition", "for a transversion", "for two changes"]


def _rule(x0: float, x1: float, y: float) -> bytes:
    """A fraction's bar, as TeX draws it: a filled rectangle 0.4 pt high."""
    return b"%.1f %.1f %.1f 0.4 re f" % (x0, y, x1 - x0)


def _brace_and_name(y: float) -> list[bytes]:
    """ "Q =" on the baseline ``y`` left of a brace of three pieces, as cmex hangs them under their
    baselines: its top hook level with the first row (12 pt over the name's), its middle beside the
    name, its bottom hook down to the last row's foot."""
    return [
        math_row(197, y, "Q"),
        text_row(206, y, "="),
        text_row(225, y + 19.5, "a", font=b"X"),
        text_row(225, y + 10.5, "b", font=b"X"),
        text_row(225, y - 7.5, "c", font=b"X"),
    ]


def _parse(content: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc


def test_a_brace_of_pieces_with_rows_of_words_is_written_as_cases():
    """The brace's three pieces, a value and a condition in words on each row: one line, the rows
    in order between braces, not a table whose cells leave the text."""
    y = 450
    rows = [
        *(math_row(239, y + 12 - 12 * at, value) for at, value in enumerate(["2t", "1", "0"])),
        *(text_row(258, y + 12 - 12 * at, condition) for at, condition in enumerate(CONDITIONS)),
    ]
    doc = _parse(
        [
            text_row(72, 480, LEAD),
            *_brace_and_name(y),
            *rows,
            text_row(72, 410, THEN),
        ]
    )
    cases = "Q = {2t for a transition; 1 for a transversion; 0 for two changes}"
    assert doc.text == f"{LEAD}\n\n{cases}\n\n{THEN}"
    assert "removed" not in doc.layers


def test_script_size_fractions_in_a_brace_of_pieces_are_written_in_their_rows():
    """Each of the first two rows' values a fraction set at a script's size, its parts over and
    under a bar centred on the row: "4t/(c+1)" in its row, not an in-line stack read across the
    name and a condition, and the display is kept, not cut as math."""
    y = 450
    fractions = []
    for at, over in enumerate(["4tc", "4t"]):
        middle = y + 12 - 13 * at + 3
        fractions += [
            math_row(242, middle + 1.5, over, size=7),
            _rule(241, 254, middle),
            math_row(242, middle - 6.5, "c+1", size=7),
        ]
    rows = [
        *fractions,
        text_row(241, y - 14, "1"),
        *(text_row(264, y + 12 - 13 * at, condition) for at, condition in enumerate(CONDITIONS)),
    ]
    doc = _parse(
        [
            text_row(72, 480, LEAD),
            *_brace_and_name(y),
            *rows,
            text_row(72, 405, THEN),
        ]
    )
    cases = "Q = {4tc/(c+1) for a transition; 4t/(c+1) for a transversion; 1 for two changes}"
    assert doc.text == f"{LEAD}\n\n{cases}\n\n{THEN}"
    assert "removed" not in doc.layers
