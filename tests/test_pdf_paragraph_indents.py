"""Paragraph indents told apart from indented blocks by the lines under them (issue 15, left by
issue-pdf147): GOST 2.105-95 p. 2 sets each paragraph's first line 2.5 em in (five strokes of a
typewriter), and a one-line paragraph there ("3.6 … не менее 3 мм.") ran into the next paragraph's
indented first line, whose next line is back at the margin; Rcpp-FAQ's answers, 2.1 em in under their
questions, hold their indent for every line and wrap as one. yacas' Algo.book p. 47 sets two columns,
and a right-column paragraph's indent was measured from the page's margin, the left column's: a
one-line paragraph there ran into the next. Pages hand-built, sentences sloika's own, expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import _justified, _parse, _width  # noqa: E402

ONE = "3.6 The space from the frame to the text at the start and at the end of lines is 3 mm."
NEXT = "The space from the top or bottom line of the text to the top or bottom frame is at least"


def _page(rows: list[tuple[float, str, float]]) -> list[str]:
    """``rows`` (left edge, text, how far short of 532 pt it ends: 0 justified, else set at its natural
    width where that is wider) 14 pt apart from the top (each line sets its word spacing, which the text
    state keeps from line to line)."""
    return [
        _justified(x, 780 - 14 * at, text, max(532 - x - short, _width(text)))
        for at, (x, text, short) in enumerate(rows)
    ]


def test_a_one_line_paragraph_at_a_deep_indent_stands_apart_from_the_next_paragraph():
    """Both lines 25 pt (2.5 em) in, the first ending a sentence 14 pt short of the measure (GOST's ends
    17 pt short at 9.5 pt); the line under the second is back at the margin: its indent is a first
    line's, so the one-line paragraph above is a paragraph of its own."""
    rows = [
        (72, "3.5 Words, formulas and signs written by hand in a typed document are set in black", 0),
        (72, "ink or paste, and so are the figures drawn in it.", 532),
        (97, ONE, 14),
        (97, NEXT, 0),
        (72, "ten millimetres, whatever the size of the form.", 532),
    ]
    assert _width(ONE) < 532 - 97 - 14
    assert _parse([_page(rows)]).text.split("\n\n") == [
        f"{rows[0][1]} {rows[1][1]}",
        ONE,
        f"{NEXT} {rows[4][1]}",
    ]


def test_a_block_set_in_holds_its_indent_and_stays_one_paragraph():
    """An answer 25 pt in under paragraphs at the margin, every line at the indent, the first ending a
    sentence 14 pt short of the measure and the second filling it: a block's indent, not a paragraph's
    first line, so its lines wrap as one paragraph."""
    rows = [
        (72, "The package stops at twenty digits whatever the input holds, and this is on purpose,", 0),
        (72, "as the answer below tells in a few words, which the next release will change.", 0),
        (72, "The type of the number is the one the compiler gives the package.", 532),
        (97, "Because the type that holds the number keeps twenty digits, you allow twenty.", 14),
        (97, "The rest is rounded away before the function sees it, and no warning is given when", 0),
        (97, "this happens, so the result may differ from the input in its last digits.", 532),
    ]
    assert _parse([_page(rows)]).text.split("\n\n") == [
        " ".join(text for _, text, _ in rows[:3]),
        " ".join(text for _, text, _ in rows[3:]),
    ]


def test_a_paragraph_indent_in_the_right_column_is_measured_from_that_column():
    """Two columns, 72 to 290 pt and 310 to 528 pt; in the right one a one-line paragraph 10 pt in,
    ending a sentence 14 pt short of the column's measure, over the next paragraph's first line at the
    same indent: two paragraphs, though both stand 24 em right of the page's margin."""
    left = [
        "The method splits the series into two halves",
        "and sums each half on its own, then joins the",
        "two sums with a few multiplications, so that",
        "the work grows only a little faster than the",
        "number of digits asked for by the caller.",
    ]
    right = [
        (310, "Each half is split again in the same way until", 218),
        (310, "the pieces hold one term, which costs little.", 0),
        (320, "The cost is small for all of the inputs.", 194),
        (320, "Essentially the same method can be used to sum", 208),
        (310, "a product of series, and it is slower only by a", 218),
        (310, "constant factor.", 0),
    ]
    page = [
        _justified(72, 780 - 14 * at, text, 218 if at < 4 else _width(text)) for at, text in enumerate(left)
    ]
    page += [
        _justified(x, 780 - 14 * at, text, width or _width(text)) for at, (x, text, width) in enumerate(right)
    ]
    assert _width(right[2][1]) < 194
    assert _parse([page]).text.split("\n\n") == [
        " ".join(left),
        f"{right[0][1]} {right[1][1]}",
        right[2][1],
        " ".join(text for _, text, _ in right[3:]),
    ]


def test_a_paragraph_indented_just_under_one_em_after_a_full_line_stands_apart():
    """USENIX's paragraph indent, 9.9 pt at 10 pt (check 46 row 02, hotos17.pdf: "… via a control
    register bit." + "While SGX strives …" read as one paragraph): the paragraph before ends on a full
    line, so only the next one's indent tells them apart."""
    rows = [
        (72, "The feature is off by default and the operating system turns it on for each process,", 0),
        (72, "but only if the host system has enabled it beforehand through a control register bit.", 0),
        (81.9, "While the design strives to avoid trusted software, this goal comes into conflict", 0),
        (72, "with the desire for compatibility with the systems that exist today.", 532),
    ]
    assert _parse([_page(rows)]).text.split("\n\n") == [
        f"{rows[0][1]} {rows[1][1]}",
        f"{rows[2][1]} {rows[3][1]}",
    ]


def test_a_numbered_items_next_line_at_its_text_stays_in_the_item():
    """An enumerate's label set without a stop ("3 Try …", ifeffit's feffit.pdf), its item's next line
    at the item's text, under one em right of the label: the item's wrapped line, no paragraph's
    indent, though the item's first line fills the measure and ends a sentence."""
    label = _width("3 ")
    rows = [
        (72, "2 Increase the range, so that the fit is done over all twelve paths of the model.", 532),
        (72, "3 Try fitting without the model, fitting the individual factors separately and slowly.", 0),
        (72 + label, "Then try the other model.", 532),
        (72, "4 Fit in the other space, trying some of the different ways to calculate the factors.", 532),
    ]
    assert 0.8 * 10 < label < 10
    assert _parse([_page(rows)]).text.split("\n\n") == [
        rows[0][1],
        f"{rows[1][1]} {rows[2][1]}",
        rows[3][1],
    ]
