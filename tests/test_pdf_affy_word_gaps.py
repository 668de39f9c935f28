"""Word gaps at a font change, after an opening bracket and between one-letter words (issue 15, the
forty-ninth check's row 1, affy.pdf): its "$PM$s", a math-italic name and a roman "s" set as TeX
sets them (the italic correction between them, 0.1 em), read "PM s"; its R operator in "method [ can
be used", a word space after a typewriter "[" that no "]" closes, read "[can"; and its reference
line "U S A, 98:31–36, 2001.", whose only letter gaps are the word gaps between "U", "S" and "A",
lost every space: "USA,98:31–36,2001.". Lines set as TeX sets them (no space glyph, a third of an
em between words); sentences sloika's own; expected texts written by hand from what the page
shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, font_pages, tex_font, tex_line  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"CMMI10", b"80 /P 77 /M")
INTRO = "The first lines of this page are plain prose that the reader keeps as they are set here."


def _page(line: bytes) -> str:
    """The text of a page whose second line is ``line`` (content-stream bytes), between two lines of
    prose set as TeX sets them."""
    content = b"\n".join(
        [
            _tex_row(760, INTRO),
            line,
            _tex_row(736, "and the last line ends the paragraph that these three lines make up."),
        ]
    )
    return parse_pdf(font_pages([content], [(b"F1", HELVETICA), (b"M", CMMI)]))[0].text


def _tex_row(y: float, text: str) -> bytes:
    """``text`` as ``tex_line`` sets it at ``y``."""
    return tex_line(y, text.split())


def _tex_words(text: str) -> bytes:
    """A ``TJ`` array's pieces for the words of ``text``, a third of an em apart."""
    return b" -333 ".join(b"(%s)" % escaped(word) for word in text.split())


def test_an_ending_after_a_math_italic_name_is_no_word_of_its_own():
    """ "$PM$s": the roman "s" 0.11 em after the math-italic "M" (its italic correction) ends the word."""
    line = b"BT /F1 10 Tf 72 748 Td [%s -333] TJ /M 10 Tf (PM) Tj /F1 10 Tf [-110 %s] TJ ET" % (
        _tex_words("we read the"),
        _tex_words("s and each of their values on the array for every probe set."),
    )
    assert "we read the PMs and each of their values" in _page(line)


def test_a_word_a_word_space_after_an_opening_bracket_stands_apart():
    """R's operator "[" before "can": TeX sets no gap after a bracket it opens, so a word space there
    is the text's."""
    line = _tex_row(748, "the sub-setting method [ can be used to extract specific arrays from the set")
    assert "the sub-setting method [ can be used" in _page(line)


def test_a_spaced_aside_still_hugs_its_brackets():
    """An aside's bracket closes on the line: the source's spaces inside it are no words' ("( here
    plot(f) )", freefem.pdf)."""
    line = _tex_row(
        748, "a function is drawn only if the key word plot is used ( here plot(f) ) in the script"
    )
    assert "the key word plot is used (here plot(f)) in the script" in _page(line)


def test_an_aside_closing_on_the_next_line_still_hugs_its_parenthesis():
    """A parenthesis whose aside closes on the next line is no operator: the word after it hugs it
    (freefem.pdf's "(Dirichlet conditions with value 0 …", pymzML.pdf's "(Spectrum.ms_level)")."""
    line = _tex_row(748, "a condition is applied whenever it holds. ( Dirichlet conditions with value 0")
    assert "whenever it holds. (Dirichlet conditions with value 0" in _page(line)


def test_one_letter_words_beside_numbers_keep_their_spaces():
    """A line whose only letter pairs are "U S A" (a reference's last line): its letter gap is its
    digits' (none), not the word gaps between those letters."""
    assert "U S A, 98:31–36, 2001." in _page(_tex_row(748, "U S A, 98:31–36, 2001."))
