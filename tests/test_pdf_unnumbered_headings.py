"""Unnumbered headings, set in bold larger than the body (issue 15, the thirty-eighth check: RcppDist.pdf,
an R Markdown vignette, had no ``section`` span for its headings "Including RccpDist in Your Code",
"Using Rcpp, or RcppArmadillo?", "4beta.h (Four Parameter Beta Distribution)": only a numbered or a
known heading opened one). The fixtures are hand-built; the words are sloika's own."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, escaped, one_page

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = (
    "The package provides a header library with functions for several statistical distributions",
    "that can be called from your own code when you write it, and this note says how to use it.",
)


def _line(y: float, text: str, size: float, font: bytes = b"F1") -> bytes:
    return b"BT /%s %.1f Tf 72 %.1f Td (%s) Tj ET" % (font, size, y, escaped(text))


def _prose(top: float) -> list[bytes]:
    return [_line(top - 12 * at, text, 10) for at, text in enumerate(PROSE)]


def _sections(ops: list[bytes]) -> list[tuple[str, str]]:
    (doc,) = parse_pdf(one_page(b"\n".join(ops), [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]))
    return [(span.label, span.attrs.get("title", "")) for span in doc.spans]


def test_bold_titles_larger_than_the_body_open_sections():
    """Each bold title set larger than the body, past the title block, heads a ``section``; the title
    block's lines set large (the title, the author) do not."""
    ops = [_line(740, "Distributions Introduction", 20), _line(715, "A. Author", 12)]
    ops += _prose(690)
    ops += [_line(640, "Including the Headers in Your Code", 14, b"F2"), *_prose(615)]
    ops += [_line(565, "Using Rcpp, or RcppArmadillo?", 12, b"F2"), *_prose(540)]
    ops += [_line(490, "4beta.h (Four Parameter Beta Distribution)", 12, b"F2"), *_prose(465)]
    assert _sections(ops) == [
        ("front_matter", ""),
        ("section", "Including the Headers in Your Code"),
        ("section", "Using Rcpp, or RcppArmadillo?"),
        ("section", "4beta.h (Four Parameter Beta Distribution)"),
    ]


def test_a_bold_title_under_a_chapters_number_stays_in_its_section():
    """ "Chapter 2" / "Example data": the bold title under the chapter's number is the same heading's
    second line, no section of its own; a large line in the body's face heads none."""
    ops = [*_prose(740), _line(690, "Chapter 2", 17, b"F2"), _line(665, "Example data", 20, b"F2")]
    ops += [*_prose(640), _line(590, "Models for the rates", 14), *_prose(565)]
    assert _sections(ops) == [("section", "Chapter 2")]


def test_a_titles_later_lines_open_no_sections():
    """HSAUR3's chapter title over four lines, the last three bold and large ("Data Analysis Using
    Graphical Displays:" / "Malignant Melanoma in the US and" / "Chinese Health and"): one heading."""
    ops = [*_prose(740), _line(690, "CHAPTER 2", 14)]
    ops += [_line(665, "Data Analysis Using Graphical Displays:", 17, b"F2")]
    ops += [
        _line(645, "Malignant Melanoma in the US and", 17, b"F2"),
        _line(625, "Chinese Health and", 17, b"F2"),
    ]
    ops += _prose(590)
    assert _sections(ops) == [("section", "CHAPTER 2")]


def test_a_term_in_the_body_size_with_a_titles_words_opens_no_section():
    """A description list's bold term "An Introduction to R", set at the body's size, under a chapter
    titled so in large bold: the paragraph is matched to its line by its words, which both lines open
    with, so the term is taken for no title."""
    ops = [*_prose(740), _line(690, "An Introduction to R", 17, b"F2"), *_prose(665)]
    ops += [_line(615, "An Introduction to R", 10, b"F2"), _line(600, "A more formal introduction to R.", 10)]
    ops += _prose(570)
    assert _sections(ops) == []


def test_a_run_in_term_with_a_titles_words_opens_no_section():
    """HSAUR3's manuals list: the bold term "An Introduction to R" run in before its description on
    one line, under the chapter titled so in large bold: a term, no title."""
    ops = [*_prose(740), _line(690, "An Introduction to R", 17, b"F2"), *_prose(665)]
    ops += [_line(615, "An Introduction to R", 10, b"F2")]
    ops += [b"BT /F1 10 Tf 190 615 Td (A more formal introduction to data analysis with R.) Tj ET"]
    ops += _prose(590)
    assert _sections(ops) == []


def test_a_plots_bold_title_stating_values_opens_no_section():
    """A tree plot's title kept as text, "height=2, log(p)=184.136" in large bold (tgp.pdf): no heading."""
    ops = [*_prose(740), _line(690, "height=2, log(p)=184.136", 14, b"F2"), *_prose(665)]
    assert _sections(ops) == []


def test_bold_headings_of_the_body_size_set_apart_open_sections():
    """RcppDist.pdf's lower headings "With Rcpp" and "With RcppArmadillo" are bold in the body's size,
    alone on their lines with a skip before the prose under them: each heads a ``section`` (they
    opened none). A bold word run in before its paragraph's text on one line heads none."""
    ops = [*_prose(740), _line(690, "Using the Package", 14, b"F2")]
    ops += [_line(665, "With Rcpp", 10, b"F2"), *_prose(645)]
    ops += [_line(605, "With RcppArmadillo", 10, b"F2"), *_prose(585)]
    ops += [
        _line(545, "Note", 10, b"F2"),
        b"BT /F1 10 Tf 100 545 Td (that the headers come in two kinds.) Tj ET",
    ]
    ops += _prose(533)
    assert _sections(ops) == [
        ("section", "Using the Package"),
        ("section", "With Rcpp"),
        ("section", "With RcppArmadillo"),
    ]
