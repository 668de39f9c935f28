"""A short package note in PDF: interval brackets, an unnamed listing font, a date and version line, an
abstract's lead-in colon (issue 15, eighteenth check row 3).

nl-interval.pdf (texlive-pictures-doc, pdfTeX) writes intervals the French way ("]−∞, a]"), sets its
listings in a monospaced font the PDF leaves unnamed, puts "12 March 2021 version 1.0" under its title
and sets its abstract indented on both sides, a sentence going on after "…are provided:". The reader
glued the brackets to the words beside them ("kind:]−∞", "+∞[or"), joined a listing line that ran past
the margin to the next, took the date line for a numbered section and split the abstract at the colon.
The pages below are hand-built with those features; their words are sloika's own and the expected
texts are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, UNNAMED_MONO, code_line, escaped, helvetica_line, helvetica_page, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import _label_in_place, parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
LEFT, RIGHT = 72.0, 472.0  # the column
BLOCK_LEFT, BLOCK_RIGHT = 97.0, 447.0  # an abstract's margins, 2.5 em in from each side


def _line(x: float, row: int, text: str, end: float | None = None) -> bytes:
    """A Helvetica line at ``x`` on ``row`` (from y 700 down); ``end``: justified to end there."""
    return helvetica_line(x, 700 - LEADING * row, text, SIZE, end)


def _spaced(x: float, row: int, pieces: list[tuple[str, int]]) -> bytes:
    """A Helvetica line set as TeX sets it, no space glyphs: each piece followed by a move of that
    many thousandths of an em to the right (a word gap, or 0: the next piece touches it)."""
    array = b"".join(b"(%s)%d" % (escaped(text), -move) for text, move in pieces)
    return b"BT /F1 %d Tf %.2f %.2f Td [%s] TJ ET" % (SIZE, x, 700 - LEADING * row, array)


def _listing(x: float, row: int, text: str) -> bytes:
    return code_line(x, 700 - LEADING * row, text, SIZE)


def test_interval_brackets_keep_their_word_gaps():
    """A "]" a word's gap after "kind:" and set against the "a" after it opens the interval, and a "["
    set against "b" closes it before "or": the gaps the page shows stay. A bracket that closes a
    citation before a comma keeps hugging it."""
    page = helvetica_page(
        b"\n".join(
            [
                _spaced(
                    LEFT,
                    0,
                    [("Intervals", 250), ("of", 250), ("the", 250), ("kind:", 250), ("]a,", 250), ("b]", 250)]
                    + [("or", 250), ("]a,", 250), ("b[", 0), (".", 0)],
                ),
                _spaced(
                    LEFT,
                    1,
                    [("and", 250), ("then", 250), ("[a,", 250), ("+c[", 250), ("or", 250), ("]a,", 250)]
                    + [("+c[", 0), (",", 250), ("as", 250), ("in", 250), ("[Smith]", 0), (",", 250)]
                    + [("are", 250), ("drawn.", 0)],
                ),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert doc.text.split("\n\n") == [
        "Intervals of the kind: ]a, b] or ]a, b[.",
        "and then [a, +c[ or ]a, +c[, as in [Smith], are drawn.",
    ], doc.text


def test_a_listing_in_an_unnamed_fixed_pitch_font_keeps_its_lines():
    """A listing whose font has no name but one width for every glyph is monospaced: its line that
    runs past the right margin does not run on into the next line."""
    long_line = "\\interval[pattern=north west lines]{1.4142}[\\sqrt{2}]{c}[.7]"  # 61 glyphs: past RIGHT
    page = one_page(
        b"\n".join(
            [
                _line(LEFT, 0, "Let us try some of these options:"),
                _listing(LEFT, 1, "\\begin{picture}"),
                _listing(LEFT + 48, 2, long_line),
                _listing(LEFT + 48, 3, "\\interval[red!20]{3.1416}[\\pi]{o}"),
                _listing(LEFT, 4, "\\end{picture}"),
                _line(LEFT, 6, "The second group of intervals works with one command."),
            ]
        ),
        [(b"F1", HELVETICA), (b"F2", UNNAMED_MONO)],
    )
    assert LEFT + 48 + 61 * 6 > RIGHT
    doc = parse_pdf(page, foreign="keep")[0]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Let us try some of these options:", doc.text
    assert paragraphs[-1] == "The second group of intervals works with one command.", doc.text
    listing = [line.strip() for line in "\n".join(paragraphs[1:-1]).splitlines() if line.strip()]
    assert listing == [
        "\\begin{picture}",
        "\\interval[pattern=north west lines]{1.4142}[\\sqrt{2}]{c}[.7]",
        "\\interval[red!20]{3.1416}[\\pi]{o}",
        "\\end{picture}",
    ], doc.text
    assert any(span.label == "code" for span in doc.spans), doc.spans


def test_a_date_with_a_version_under_the_title_heads_no_section():
    """ "12 March 2021 version 1.0" in the title block is the manual's date, not section 12; a numbered
    title is still one."""
    assert _label_in_place("12 March 2021 version 1.0", titled=True, body_started=False) is None
    assert _label_in_place("3 May 2019, v2.1b", titled=True, body_started=False) is None
    assert _label_in_place("12 March Reports", titled=True, body_started=False) == "section"


def test_an_abstract_goes_on_after_its_lead_in_colon():
    """An abstract indented on both sides: its full line ending in ":" at the block's edge, then a
    line at the block's left edge, not indented from it, go on as one sentence."""
    page = helvetica_page(
        b"\n".join(
            [
                _line(LEFT, 0, "The package note opens with its abstract, set on its own measure."),
                _line(112, 2, "This package draws intervals on the real axis and marks", BLOCK_RIGHT),
                _line(BLOCK_LEFT, 3, "their ends open or closed. Three commands are provided:", BLOCK_RIGHT),
                _line(BLOCK_LEFT, 4, "\\axis, \\from and \\upto, which need to stand inside a", BLOCK_RIGHT),
                _line(BLOCK_LEFT, 5, "picture of their own."),
                _line(
                    LEFT, 7, "The first section tells how to load the package and which packages it", RIGHT
                ),
                _line(
                    LEFT, 8, "needs: it loads them itself, so a document that uses it needs nothing", RIGHT
                ),
                _line(LEFT, 9, "more than the one line that loads it in its preamble."),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert doc.text.split("\n\n") == [
        "The package note opens with its abstract, set on its own measure.",
        "This package draws intervals on the real axis and marks their ends open or closed. Three "
        "commands are provided: \\axis, \\from and \\upto, which need to stand inside a picture of their "
        "own.",
        "The first section tells how to load the package and which packages it needs: it loads them "
        "itself, so a document that uses it needs nothing more than the one line that loads it in its "
        "preamble.",
    ], doc.text
