"""Cases beside a brace TeX built of pieces, and author–year entries of one line (issue 15, the
fifty-seventh check's row 4, minimap2.pdf). η(r)'s cases, each condition holding a fraction set at
a script's size ("(r < ⌈(q̃−q)/(e−ẽ) − 1⌉)"), were cut whole, the "where" over them with them; a
one-line reference entry that filled its line had the next entry run on it. Pages hand-built,
sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_line, helvetica_page, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"100 /d 101 /e 105 /i 112 /p 113 /q 114 /r")
CMEX = tex_font(b"KBOUDR+CMEX10", b"97 /bracelefttp 98 /braceleftmid 99 /braceleftbt 100 /braceex")
CMSY = tex_font(b"KBOUDQ+CMSY10", b"100 /uni2308 101 /uni2309 33 /minus")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX), (b"S", CMSY)]
INITIAL = "On the condition that the first cost is the smaller, the value on the first antidiagonal is"
DERIVED = "These can be derived from the initial values of the first equation."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc


def _brace(x: float, y: float) -> list[bytes]:
    """A brace of three 8 pt pieces beside three rows 10 pt apart, the first row's baseline ``y``: its
    top hook level with the first row, its middle beside the second, its bottom hook down to the
    third's foot, as minimap2.pdf's cmex pieces stand."""
    pieces = ((6.2, "a"), (-1.0, "b"), (-15.3, "c"))
    return [text_row(x, y + dy, code, size=8, font=b"X") for dy, code in pieces]


def _condition(x: float, y: float, sign: str) -> list[bytes]:
    """ "(r < ⌈(q−p)/(e−d) − 1⌉)" set at 8 pt on the baseline ``y``, its fraction at a script's size (6
    pt over a bar 2.4 pt over the baseline): the bracket, the variable, the sign and the ceiling on
    the row, the numerator over the bar and the denominator under it, the rest of the ceiling after."""
    return [
        text_row(x, y, f"(r {sign} ", size=8),
        text_row(x + 14.5, y, "d", size=8, font=b"S"),
        math_row(x + 19, y + 3.6, "q", size=6),
        text_row(x + 21.4, y + 3.6, "!", size=6, font=b"S"),
        math_row(x + 23.8, y + 3.6, "p", size=6),
        b"%.1f %.1f 7.2 0.4 re f" % (x + 19, y + 2.4),
        math_row(x + 19, y - 2, "e", size=6),
        text_row(x + 21.4, y - 2, "!", size=6, font=b"S"),
        math_row(x + 23.8, y - 2, "d", size=6),
        text_row(x + 29, y, "!", size=8, font=b"S"),
        text_row(x + 35, y, "1", size=8),
        text_row(x + 40, y, "e", size=8, font=b"S"),
        text_row(x + 43.5, y, ")", size=8),
    ]


def test_script_size_fractions_in_a_cases_display_s_conditions_are_written_in_their_rows():
    """A name left of a brace of pieces, three rows right of it, two of them with a condition whose
    ceiling holds a fraction set at a script's size: the display written in place, each fraction
    "num/den" inside its ceiling, not cut whole (minimap2.pdf's η(r), cut with the "where" over it)."""
    y = 470.0
    rows = [
        math_row(242, y, "q", size=8),
        text_row(290, y, "(r = 0)", size=8),
        math_row(242, y - 10, "e", size=8),
        *_condition(290, y - 10, "<"),
        math_row(242, y - 20, "d", size=8),
        *_condition(290, y - 20, ">"),
    ]
    doc = _parse(
        [
            text_row(72, 500, INITIAL, size=8),
            math_row(205, y - 10, "r =", size=8),
            *_brace(230, y),
            *rows,
            text_row(72, 430, DERIVED, size=8),
            text_row(72, 400, LAST, size=8),
        ]
    )
    cases = "r = {q (r = 0); e (r < ⌈(q−p)/(e−d) − 1⌉); d (r > ⌈(q−p)/(e−d) − 1⌉)}"
    assert doc.text.split("\n\n") == [INITIAL, cases, DERIVED, LAST]


ENTRIES = [
    (57, "Roberts, M. et al. (2004). Reducing storage requirements for biological sequence"),
    (66, "comparison. Bioinformatics, 20:3363-9."),
    (57, "Robinson, J. T. et al. (2011). Integrative genomics viewer. Nat Biotechnol, 29:24-6."),
    (57, "Sedlazeck, F. J. et al. (2017). Accurate detection of complex structural variations using"),
    (66, "single molecule sequencing. bioRxiv. doi:10.1101/169557."),
    (57, "Sovic, I. et al. (2016). Fast and sensitive mapping of nanopore sequencing reads with"),
    (66, "GraphMap. Nat Commun, 7:11307."),
]


def test_an_author_year_entry_under_a_one_line_entry_filling_its_line_opens_its_own_paragraph():
    """A reference list hanging each entry's wrapped lines, one entry of one line that fills it and
    ends in a stop, the next entry at the same start: two entries, not one run on."""
    right = 57 + 300
    lines = [helvetica_line(57, 700, "REFERENCES", 9)]
    for at, (x, text) in enumerate(ENTRIES):
        full = at in (0, 2, 3, 5)
        lines.append(helvetica_line(x, 686 - 9 * at, text, 7, right if full else None))
    doc = parse_pdf(helvetica_page(b"\n".join(lines)))[0]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[2:4] == [
        "Robinson, J. T. et al. (2011). Integrative genomics viewer. Nat Biotechnol, 29:24-6.",
        "Sedlazeck, F. J. et al. (2017). Accurate detection of complex structural variations using single "
        "molecule sequencing. bioRxiv. doi:10.1101/169557.",
    ]
