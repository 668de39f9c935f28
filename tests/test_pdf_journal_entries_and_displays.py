"""A journal article's reference list and displays (issue 15, the twenty-fifth held-out check's rows 2
and 20: an R Journal article set in mathpazo, a vignette). An entry that opens with an author's
initials and name ("M. Birch and K. Oak.", "F. J. Ash.") goes on at its hanging indent; a URL broken
after one of its dots joins its rest; a display whose variables are in the text's italic (mathpazo
sets "Nij(T)" so, its brackets in cmr) goes to ``removed`` as ``math``, its pieces with it, and the
sentence around it reads whole; a row's pieces join in the row's place. All texts are written for
these tests; the PDFs are built by hand (Helvetica, 10 pt, 12 pt lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    HELVETICA,
    HELVETICA_BOLD,
    helvetica_line,
    helvetica_page,
    one_page,
    removed_texts,
    tex_font,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_page_rows import DEBRIS
from sloika.pipelines.formats.pdf_pieces import _joined_pieces
from sloika.pipelines.formats.pdf_reflow import paragraphs  # noqa: E402

RIGHT = 540.0  # where a full line ends


def _rows(rows: list[tuple[float, str, bool]], top: float = 700.0) -> bytes:
    """Helvetica 10 pt lines, one every 12 pt from ``top`` down: (x, text, justified to ``RIGHT``)."""
    return b"\n".join(
        helvetica_line(x, top - 12 * at, text, 10, RIGHT if full else None)
        for at, (x, text, full) in enumerate(rows)
    )


def test_an_entry_opening_with_initials_goes_on_at_its_hanging_indent():
    """Each entry's first line fills the column and ends a sentence (its title); its next line hangs
    12 pt in. Two authors ("M. Birch and K. Oak.") or one ("F. J. Ash."): each entry is one paragraph,
    the next entry at the margin another."""
    rows = [
        (72, "References", False),
        (
            72,
            "M. Birch and K. Oak. Counting the rings of old trees in the northern woods of the valley.",
            True,
        ),
        (84, "Journal of Forest Studies B, 67(3):395-410, 2005. [p127, 130]", False),
        (
            72,
            "F. J. Ash. A short book about the woods of the valley and the hills over them, and more.",
            True,
        ),
        (84, "Tree Press Report TP2009/06, University of the Woods, Reading, 2009. [p131]", False),
        (72, "D. Elm. Leaves and their sizes. Trees, 4(3):31, 2016. [p127]", False),
    ]
    (doc,) = parse_pdf(helvetica_page(_rows(rows)))
    assert doc.text == (
        "References\n\n"
        "M. Birch and K. Oak. Counting the rings of old trees in the northern woods of the valley."
        " Journal of Forest Studies B, 67(3):395-410, 2005. [p127, 130]\n\n"
        "F. J. Ash. A short book about the woods of the valley and the hills over them, and more."
        " Tree Press Report TP2009/06, University of the Woods, Reading, 2009. [p131]\n\n"
        "D. Elm. Leaves and their sizes. Trees, 4(3):31, 2016. [p127]"
    )


def test_a_url_broken_after_one_of_its_dots_joins_its_rest():
    """A DOI broken after "01621459." and a host after "europa.": the next line opens with the URL's
    rest ("1985.10478195.", "eu/stats/…"), no space after its dot, no item's number. One entry each,
    the URL whole."""
    rows = [
        (72, "References", False),
        (72, "J. Kalb and J. F. Law. The analysis of panel data under an assumption. Journal of the", True),
        (84, "Statistical Association, 80(392):863-871, 1985. URL https://doi.org/10.1080/01621459.", True),
        (84, "1985.10478195. [p131]", False),
        (
            72,
            "Standard and Poor's. Global corporate rating transitions, 2000. URL https://ce.esma.europa.",
            True,
        ),
        (84, "eu/stats/transitionMatrice.xhtml. [p128]", False),
    ]
    (doc,) = parse_pdf(helvetica_page(_rows(rows)))
    assert doc.text == (
        "References\n\n"
        "J. Kalb and J. F. Law. The analysis of panel data under an assumption. Journal of the Statistical"
        " Association, 80(392):863-871, 1985. URL https://doi.org/10.1080/01621459.1985.10478195. [p131]\n\n"
        "Standard and Poor's. Global corporate rating transitions, 2000."
        " URL https://ce.esma.europa.eu/stats/transitionMatrice.xhtml. [p128]"
    )


# mathpazo's fonts as a pdfTeX PDF names them: the text's italic holds a formula's variables, cmr its
# brackets, cmsy its "·", PazoMath its Greek
ITALIC = tex_font(b"KAJVXK+URWPalladioL-Ital", b"")
CMR = tex_font(b"SOSTRQ+CMR10", b"")
CMSY = tex_font(b"TXKYGE+CMSY10", b"")
PAZO = tex_font(b"PXZRAB+PazoMath-Italic", b"83 /summation 98 /beta")
FONTS = [(b"F1", HELVETICA), (b"I", ITALIC), (b"C", CMR), (b"S", CMSY), (b"P", PAZO)]


def _page(rows: list[tuple[float, float, str]], display: bytes) -> bytes:
    """Helvetica 10 pt lines at (x, y), full to ``RIGHT`` when they are long, and the display's own
    text objects."""
    lines = [helvetica_line(x, y, text, 10, RIGHT if len(text) > 80 else None) for x, y, text in rows]
    return one_page(b"\n".join([*lines, display]), FONTS)


def _sub(font: bytes, text: bytes, rise: float = -2.0) -> bytes:
    """``text`` in ``font`` at 7 pt, lowered (or raised) by ``rise``: a script."""
    return b"/%s 7 Tf %.1f Ts (%s) Tj 0 Ts" % (font, rise, text)


PROSE = "Given that the whole of the data is at hand, the likelihood function for a matrix of rates"
MORE = "A further sentence follows here, so that the page holds enough lines of its text body."


def test_a_display_in_the_text_italic_goes_and_its_sentence_reads_whole():
    """ "Nij(T) = qijRi(T)": the variables in the text's italic, "ij" and "i" their 7 pt subscripts, the
    brackets in cmr, "=" in the text font. Centred between "… is given by" and "where N denotes …":
    before issue-disp it went as ``math`` and the sentence read on across it; a display written as one
    line is kept now, a paragraph of its own where it stood, the sentence's halves around it; its
    subscripts, once written flat as a line of prose writes them, are read by their glyphs' sizes
    and places (issue-disp2)."""
    display = (
        b"BT 250 664 Td /I 10 Tf (N) Tj " + _sub(b"I", b"ij") + b" /C 10 Tf (\\() Tj /I 10 Tf (T) Tj"
        b" /C 10 Tf (\\)) Tj /F1 10 Tf ( = ) Tj /I 10 Tf (q) Tj "
        + _sub(b"I", b"ij")
        + b" /I 10 Tf (R) Tj "
        + _sub(b"I", b"i")
        + b" /C 10 Tf (\\() Tj /I 10 Tf (T) Tj /C 10 Tf (\\)) Tj ET"
    )
    rows = [
        (72, 700, PROSE),
        (72, 688, "is given by"),
        (72, 640, "where N denotes the number of moves from one state to the next in T."),
        (72, 616, MORE),
    ]
    (doc,) = parse_pdf(_page(rows, display))
    assert doc.text == (
        f"{PROSE} is given by\n\nN_ij(T) = q_ij R_i(T)\n\n"
        f"where N denotes the number of moves from one state to the next in T.\n\n{MORE}"
    )
    assert not removed_texts(doc, "math")


def test_a_subscript_set_back_under_a_superscript_leaves_the_variables_variables():
    """ "(exp(Q · T))" with "nT;ij" raised over "ij" set back under it: the subscript's letters start
    a run of their own, not a run "ijij" long enough for a word. The display, all its pieces placed,
    is kept as one line (issue-disp; before, it went as ``math``), its scripts by their glyphs'
    sizes and places, the subscript first (issue-disp2; they were written flat)."""
    display = (
        b"BT 230 664 Td /C 10 Tf (\\() Tj /F1 10 Tf (exp) Tj /C 10 Tf (\\() Tj /I 10 Tf (Q) Tj"
        b" /S 10 Tf (\xb7) Tj /I 10 Tf (T) Tj /C 10 Tf (\\)\\)) Tj "
        + _sub(b"I", b"n", 3)
        + b" /I 5 Tf 3 Ts (T) Tj"
        b" /F1 7 Tf (;) Tj /I 7 Tf (ij) Tj -2 Ts [1660 (ij)] TJ 0 Ts ET"
    )
    rows = [
        (72, 700, PROSE),
        (72, 688, "is the marginal likelihood"),
        (72, 640, "Besides the method, other methods can be used to find the maximum of this function."),
        (72, 616, MORE),
    ]
    (doc,) = parse_pdf(_page(rows, display))
    assert doc.text == (
        f"{PROSE} is the marginal likelihood\n\n(exp(Q·T))_ij^(nT;ij)\n\n"
        f"Besides the method, other methods can be used to find the maximum of this function.\n\n{MORE}"
    )
    assert "ijij" not in doc.text and not removed_texts(doc, "math")


def test_a_display_row_opening_near_the_margin_goes_with_the_display():
    """A display of two rows: "E(Ri) = ui exp(QT) uj" centred, then "and E(Nij) = ui exp(QT) uj"
    starting 14 pt in, too near the margin to stand apart by itself; it is a formula beside the
    first row and goes with it. Once cut whole as `math` (the sentence read "… integrals in where n
    refers …"); since issue-mathcut a display of full-size rows with no scripts is written where it
    stands, one row a line, the second row still with the first."""
    first = (
        b"BT 200 664 Td /I 10 Tf (E) Tj /C 10 Tf (\\() Tj /I 10 Tf (R) Tj "
        + _sub(b"I", b"i")
        + b" /C 10 Tf (\\))"
        b" Tj /F1 10 Tf ( = ) Tj /I 10 Tf (u) Tj "
        + _sub(b"I", b"i")
        + b" /F1 10 Tf ( exp) Tj /C 10 Tf (\\() Tj"
        b" /I 10 Tf (QT) Tj /C 10 Tf (\\)) Tj /I 10 Tf ( u) Tj " + _sub(b"I", b"j") + b" ET"
    )
    second = (
        b"BT 86 652 Td /F1 10 Tf (and ) Tj /I 10 Tf (E) Tj /C 10 Tf (\\() Tj /I 10 Tf (N) Tj "
        + _sub(b"I", b"ij")
        + b" /C 10 Tf (\\)) Tj /F1 10 Tf ( = ) Tj /I 10 Tf (u) Tj "
        + _sub(b"I", b"i")
        + b" /F1 10 Tf ( exp) Tj /C 10 Tf (\\() Tj /I 10 Tf (QT) Tj /C 10 Tf (\\)) Tj /I 10 Tf ( u) Tj "
        + _sub(b"I", b"j")
        + b" ET"
    )
    rows = [
        (72, 700, PROSE),
        (72, 688, "needs the integrals in"),
        (72, 628, "where n refers to an element of the matrix of counts, and u is a unit vector."),
        (72, 604, MORE),
    ]
    (doc,) = parse_pdf(_page(rows, first + b"\n" + second))
    assert doc.text == (
        f"{PROSE} needs the integrals in\n\nE(R_i) = u_i exp(QT) u_j\nand E(N_ij) = u_i exp(QT) u_j\n\n"
        f"where n refers to an element of the matrix of counts, and u is a unit vector.\n\n{MORE}"
    )
    assert not removed_texts(doc, "math")


def test_a_display_half_ending_in_an_operator_goes_with_its_other_half():
    """ "logit[pr(1 beats j)] = a1 -" in the text font, read apart from its right half "∑ βx + U"
    (mathpazo's PazoMath: a 14 pt "∑", then "β" set at 10 pt): a line ending in an operator beside
    a formula is the formula's. Both halves go as ``math``; "… above yield" and "for all other
    players j …" read as one sentence."""
    display = (
        b"BT 150 664 Td /F1 10 Tf (logit[pr\\(1 beats j\\)] = a1 -) Tj ET\n"
        b"BT 258 662 Td /P 14 Tf (S) Tj ET\n"
        b"BT 266 664 Td /P 10 Tf (b) Tj /I 10 Tf (x) Tj /F1 10 Tf ( + ) Tj /I 10 Tf (U) Tj ET"
    )
    rows = [
        (72, 700, PROSE),
        (72, 688, "and the two equations above yield"),
        (72, 640, "for all other players j, and so on for the next of them."),
        (72, 616, MORE),
    ]
    (doc,) = parse_pdf(_page(rows, display))
    assert doc.text == (
        f"{PROSE} and the two equations above yield for all other players j, and so on for the next of them."
        f"\n\n{MORE}"
    )
    assert removed_texts(doc, "math") == ["logit[pr(1 beats j)] = a1 -", "∑βx + U"]


def _line(text: str, x0: float, x1: float, top: float, bottom: float, size: float = 9.0, **flags) -> Line:
    return Line(0, text, x0, x1, top, bottom, size, 792.0, **flags)


def test_two_pieces_joined_reach_a_third_piece_of_their_row():
    """A row read as three pieces: its start, "of all" at its end (read next), and the script-size
    "and pb" between them, read after the line below. Once the first two join, the row reaches
    "of all": one line, "elements …" under it."""
    row = [
        _line("be derived. This needs the quantiles pa", 72.0, 400.0, 447.2, 459.7),
        _line("of all", 475.4, 496.1, 447.4, 456.4),
        _line("elements of the matrix estimates", 72.0, 320.5, 459.4, 468.4),
        _line("and pb", 404.5, 470.9, 447.2, 459.7, 7.0, formula=True),
    ]
    assert [line.text for line in _joined_pieces(row)] == [
        "be derived. This needs the quantiles pa and pb of all",
        "elements of the matrix estimates",
    ]


def test_a_row_joined_keeps_its_place_above_the_lines_read_between_its_pieces():
    """A row's start ("the form λ = ∑"), then two lines of the paragraph under it, then the row's
    longer rest: the row is read where it stands, before the lines under it."""
    lines = [
        _line(
            "model or for players with one or more missing values, or estimates of", 81.0, 522.0, 307.6, 318.5
        ),
        _line("the form λ = ∑", 81.0, 176.2, 318.2, 334.6),
        _line(
            "As a simple illustration, team ability estimates in the model for the", 81.0, 522.0, 337.8, 349.0
        ),
        _line("data are obtained by:", 81.0, 183.4, 351.3, 362.2),
        _line("βx for players whose ability is predicted by variables.", 178.5, 504.5, 321.2, 333.2),
    ]
    assert [line.text for line in _joined_pieces(lines)] == [
        "model or for players with one or more missing values, or estimates of",
        "the form λ = ∑ βx for players whose ability is predicted by variables.",
        "As a simple illustration, team ability estimates in the model for the",
        "data are obtained by:",
    ]


def test_a_display_read_after_the_line_under_it_still_joins_its_sentence():
    """pdfminer read "for more information …" before the display over it (cut already: a formula's
    placeholder): the sentence "… can then be derived by" goes on across the display all the same."""
    lines = [
        _line(PROSE, 72.0, 540.0, 84.0, 94.0, 10.0),
        _line("of one element can then be derived by", 72.0, 280.0, 96.0, 106.0, 10.0),
        _line("for more information see the book by Ash (2006).", 72.0, 282.0, 160.0, 170.0, 10.0),
        _line(f"{DEBRIS}0", 265.0, 330.0, 125.0, 140.0, 10.0, formula=True),
        _line(MORE, 72.0, 540.0, 184.0, 194.0, 10.0),
    ]
    assert paragraphs([lines]) == [
        f"{PROSE} of one element can then be derived by for more information see the book by Ash (2006).",
        f"{DEBRIS}0",
        MORE,
    ]


def test_a_section_number_after_a_url_at_a_sentence_end_opens_the_section():
    """ "… see https://wiki.example.org/systemd." then the heading "11.6 And how about …": a
    section's number is no URL's rest; the heading stays a paragraph of its own."""
    rows = [
        (72, "For more on the init system of the distribution, see https://wiki.example.org/systemd.", True),
        (72, "11.6 And how about the old init system?", False),
        (
            72,
            "It is still there for those who want it, and it can be installed by hand from the archive.",
            True,
        ),
    ]
    (doc,) = parse_pdf(helvetica_page(_rows(rows)))
    assert doc.text == (
        "For more on the init system of the distribution, see https://wiki.example.org/systemd.\n\n"
        "11.6 And how about the old init system?\n\n"
        "It is still there for those who want it, and it can be installed by hand from the archive."
    )


def test_a_sentence_goes_on_at_the_margin_under_its_indented_first_line_across_a_display():
    """A paragraph's indented first line "A chain of this kind has the parameter set", the display,
    then "which is called …" back at the margin: one sentence, though the line starts left of the
    one above it (a first line's indent, no hanging entry's). The display, written as one line, is
    kept between the sentence's halves (issue-disp; before, it went as ``math`` and they joined)."""
    display = (
        b"BT 250 676 Td /I 10 Tf (N) Tj " + _sub(b"I", b"ij") + b" /C 10 Tf (\\() Tj /I 10 Tf (T) Tj"
        b" /C 10 Tf (\\)) Tj /F1 10 Tf ( = ) Tj /I 10 Tf (q) Tj " + _sub(b"I", b"ij") + b" ET"
    )
    rows = [
        (72, 712, "The first paragraph of the page ends here with a full stop."),
        (87, 700, "A chain of this kind has the parameter set"),
        (72, 652, "which is called its matrix of rates, and the task is to estimate it."),
        (87, 640, MORE),
    ]
    (doc,) = parse_pdf(_page(rows, display))
    assert doc.text == (
        "The first paragraph of the page ends here with a full stop.\n\n"
        "A chain of this kind has the parameter set\n\nN_ij(T) = q_ij\n\n"
        f"which is called its matrix of rates, and the task is to estimate it.\n\n{MORE}"
    )
    assert not removed_texts(doc, "math")


def test_an_axis_label_on_a_row_of_formula_labels_goes_with_the_figure():
    """A figure drawn with "State(Time)" at its left and the states "s(t1)", "s(t2)", "s(t3)" (math
    italic "s", "t", cmr brackets, 7 pt indices) along one row: the formulas go as ``math``, the
    label on their row as ``figure``, and only the caption and the prose stay."""
    labels = b"\n".join(
        b"BT %d 640 Td /I 10 Tf (s) Tj /C 10 Tf (\\() Tj /I 10 Tf (t) Tj " % x
        + _sub(b"C", b"%d" % (at + 1))
        + b" /C 10 Tf (\\)) Tj ET"
        for at, x in enumerate((220, 300, 380))
    )
    rows = [
        (72, 700, PROSE),
        (72, 688, "over time, which is shown in the figure below."),
        (110, 640, "State(Time)"),
        (200, 610, "Figure 1: The states of a single path"),
        (72, 580, MORE),
    ]
    (doc,) = parse_pdf(_page(rows, labels))
    assert doc.text == (
        f"{PROSE} over time, which is shown in the figure below.\n\n"
        f"Figure 1: The states of a single path\n\n{MORE}"
    )
    assert "State(Time)" in removed_texts(doc, "figure")


def test_a_numbered_heading_on_a_row_of_formulas_in_the_other_column_stays_a_heading():
    """A two-column page: the left column sets a display of the states "s(t1)", "s(t2)", "s(t3)" (math
    italic) on the row where the right column's bold "5.2 Eggbox" opens its section. Short, no sentence
    end, on one row with two formulas or more, the heading read as the figure's axis label and went as
    ``figure`` (the fifty-fourth check's row 2); a bold line opening with a section's number is a heading."""
    left = [
        (72, 712, "The chain moves through its states in turn over"),
        (72, 700, "the course of time, as the row below shows:"),
        (72, 616, "Each state is kept for one step of the run only."),
    ]
    right = [
        (320, 712, "The second model has one mode only, and the"),
        (320, 700, "sampler finds it in a few hundred iterations."),
        (320, 616, "Another model we use to test the sampler has"),
        (320, 604, "many modes laid out on a grid over the plane."),
    ]
    labels = b"\n".join(
        b"BT %d 640 Td /I 10 Tf (s) Tj /C 10 Tf (\\() Tj /I 10 Tf (t) Tj " % x
        + _sub(b"C", b"%d" % (at + 1))
        + b" /C 10 Tf (\\)) Tj ET"
        for at, x in enumerate((100, 150, 200))
    )
    heading = b"BT /B 10 Tf 320 640 Td (5.2 Eggbox) Tj ET"
    lines = [helvetica_line(x, y, text, 10) for x, y, text in (*left, *right)]
    content = b"\n".join([*lines, labels, heading])
    (doc,) = parse_pdf(one_page(content, [*FONTS, (b"B", HELVETICA_BOLD)]))
    assert "5.2 Eggbox" not in removed_texts(doc, "figure")
    assert "5.2 Eggbox" in doc.text.split("\n\n")
