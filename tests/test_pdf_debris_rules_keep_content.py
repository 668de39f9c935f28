"""Real content the PDF reader's debris rules cut (issue 15, the fifty-third held-out check's rows
3, 4 and 5: a GAP package's tutorial, a beamer deck of MATLAB sessions, a C program suite's
manual): option names with a value's placeholder ("-w:n") and a stack of them over the first
description, a value MATLAB printed under its "X =" label, a GAP table printed a gap under its
command's legend, a data file under its lead-in with a note between, a command's syntax line
inside its sentence, a permutation under the colon that announces it, a slide's sub-item amid the
slide's decoration (the make list's rows taken for keyboard mash: test_filler_headings_and_mash.py).
Names, sentences and positions sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    code_line,
    font_pages,
    helvetica_line,
    helvetica_width,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]


def _read(rows: list[tuple[float, float, str, bool]]) -> str:
    """The text of a one-page PDF of (x, y, text, typewriter) lines."""
    content = b"\n".join(
        code_line(x, y, text, 10) if mono else helvetica_line(x, y, text, 10) for x, y, text, mono in rows
    )
    return parse_pdf(font_pages([content], FONTS))[0].text


def _removed(rows: list[tuple[float, float, str, bool]]) -> list[str]:
    content = b"\n".join(
        code_line(x, y, text, 10) if mono else helvetica_line(x, y, text, 10) for x, y, text, mono in rows
    )
    doc = parse_pdf(font_pages([content], FONTS))[0]
    return [(s.attrs or {}).get("text", "") for s in doc.layers.get("removed", [])]


INTRO = "The options below change how the search is run and what it writes out at its end."


def test_an_option_name_with_a_value_stays_over_its_description():
    """ "-w:n" is an option with a value's placeholder after the colon: it stays over its description,
    no drawing's letters."""
    after = "Options affecting the performance of the algorithm are described in the next part."
    first, second = "The options below change how the search is run, what it writes out", "and what it costs."
    rows = [
        (72, 700, first, False),
        (72, 688, second, False),
        (72, 664, "-w:n", False),
        (97, 652, "Here n should be a nonnegative integer that bounds the depth of the search.", False),
        (72, 628, after, False),
    ]
    assert _read(rows).split("\n\n") == [
        f"{first} {second}",
        "-w:n",
        "Here n should be a nonnegative integer that bounds the depth of the search.",
        after,
    ]


def test_a_stack_of_option_names_over_a_description_stays():
    """Option names set one under another, each a paragraph of its own, over the first description:
    the stack is the list's terms, every name kept."""
    rows = [
        (72, 700, INTRO, False),
        (72, 676, "-g:m", False),
        (72, 652, "-k:H", False),
        (72, 628, "-r:p", False),
        (97, 604, "Here p should be a nonnegative integer, smaller than the integer m given before.", False),
    ]
    text = _read(rows)
    names = ["-g:m", "-k:H", "-r:p"]
    assert [name for name in names if name in text.split("\n\n")] == names
    assert "Here p should be a nonnegative integer, smaller than the integer m given before." in text


def test_the_value_matlab_prints_under_its_label_stays():
    """MATLAB prints a variable's value under "X =", a gap apart: the "1" is the session's output."""
    rows = [
        (72, 700, "Imagine an object X of the integer class whose value is one:", False),
        (90, 676, ">> X", True),
        (90, 652, "X =", True),
        (90, 628, "     1", True),
        (72, 604, "You can call any method defined for the class on the object X.", False),
    ]
    assert _read(rows).split("\n\n") == [
        "Imagine an object X of the integer class whose value is one:",
        ">> X",
        "X =",
        "1",
        "You can call any method defined for the class on the object X.",
    ]


def test_answers_side_by_side_under_their_labels_stay():
    """Three answers printed side by side under "ans =   ans =   ans =" are the session's output."""
    rows = [
        (72, 700, "Compare the dates element by element with each of the operators:", False),
        (90, 676, ">> a == b              >> c < a", True),
        (90, 652, "ans =                  ans =", True),
        (90, 628, "     1                      0", True),
        (90, 616, "     0                      1", True),
        (72, 592, "The answers are vectors of the same length as the dates compared.", False),
    ]
    text = _read(rows)
    assert "1                      0\n0                      1" in text


def test_a_table_printed_a_gap_under_its_command_stays():
    """GAP prints the legend "Let:" and the table a gap under it: the table of one-letter cells is
    the rest of what "gap> PrintTable( G );" printed, no drawing's letters."""
    rows = [
        (72, 700, "Now we print the addition table of the group with its new symbols.", False),
        (90, 676, "gap> PrintTable( G );", True),
        (90, 664, "Let:", True),
        (90, 652, "0 := ()", True),
        (90, 640, "a := (1,2)", True),
        (90, 616, "  +   0 a", True),
        (90, 604, "  ---------", True),
        (90, 592, "  0   0 a", True),
        (90, 580, "  a   a 0", True),
        (72, 556, "Now for entering the multiplication of the nearring on this group.", False),
    ]
    text = _read(rows)
    assert "+   0 a\n---------\n0   0 a\na   a 0" in text
    assert text.endswith("Now for entering the multiplication of the nearring on this group.")


def test_a_command_syntax_line_inside_its_sentence_stays():
    """ "The command format" runs into the centred syntax line, then "where options denotes": the
    line names the command the paragraph introduced, so it is the sentence's own display."""
    first = "Random point sets: The randobj command may be used to construct a random subset of"
    second = "points of given size, or a partition of the points into cells. The command format"
    syntax = "randobj options type n newObject"
    x = (595 - helvetica_width(syntax, 10)) / 2
    rows = [
        (72, 700, first, False),
        (72, 688, second, False),
        (x, 670, syntax, False),
        (72, 652, "where options denotes one or more of the options described in Section V.", False),
    ]
    content = b"\n".join(
        [
            helvetica_line(72, 700, first, 10, 523),
            helvetica_line(72, 688, second, 10, 523),
            helvetica_line(x, 670, syntax, 10),
            helvetica_line(72, 652, rows[3][2], 10),
        ]
    )
    text = parse_pdf(font_pages([content], FONTS))[0].text
    assert syntax in text
    assert "denotes" in text


def test_a_permutation_under_its_colon_stays():
    """The bracketed list under "… as follows:" is the permutation the sentence announces, no page
    number or tick row."""
    lead = "The monomial permutation is represented as a permutation on twelve points as follows:"
    answer = "(1, 6, 10, 8, 2, 4, 11, 9, 3, 5, 12, 7)."
    x = (595 - helvetica_width(answer, 10)) / 2
    rows = [
        (72, 700, lead, False),
        (x, 682, answer, False),
        (72, 664, "Permutations acting on matrices are defined in the same way as on codes.", False),
    ]
    assert answer in _read(rows)
    assert answer not in _removed(rows)


def test_a_data_file_under_its_lead_in_and_a_note_between_stays():
    """A note left in the flow ("† At time of writing, …") reads between "… as follows:" and the data
    file: the file's name and rows of 0/1 are still the example announced, no drawing's letters."""
    lead = "Using the alternate format, the matrix is given by a file as follows:"
    note = "\u2020 At time of writing, the alternate format does not work on some machines."
    rows = ["m17", "2  4  6", "011001", "000101", "100010", "011010"]
    content = b"\n".join(
        [
            helvetica_line(72, 700, lead, 10),
            helvetica_line(72, 676, note, 10),
            *(code_line(90, 652 - 12 * at, row, 10) for at, row in enumerate(rows)),
            helvetica_line(72, 568, "With the alternate format, blanks may occur between the entries.", 10),
        ]
    )
    text = parse_pdf(font_pages([content], FONTS))[0].text
    assert "m17\n2  4  6\n011001\n000101\n100010\n011010" in text


def _slide_frame() -> bytes:
    """Small filled squares down the left edge and along the foot, 10 pt apart: a slide's decoration
    drawn round the whole page (beamer's bars and navigation symbols), one drawing for the reader."""
    left = [b"10 %d 3 3 re f" % y for y in range(20, 830, 10)]
    foot = [b"%d 20 3 3 re f" % x for x in range(20, 590, 10)]
    return b"\n".join([*left, *foot])


def test_a_sub_item_on_a_slide_drawn_round_is_no_plot_label():
    """A slide's sub-item set smaller than the body ("• Let" over its listing) stands amid the drawing
    the slide's decoration makes of the whole page: under its list's item, it is the list's, no
    plot's label."""
    body = [
        "• The binary operators perform element-wise arithmetic operations on the series",
        "• They can be used with two series or with one series and a real number alone",
        "• Take addition for example",
    ]
    content = b"\n".join(
        [
            _slide_frame(),
            *(helvetica_line(72, 700 - 20 * at, text, 10) for at, text in enumerate(body)),
            text_row(90, 626, "• Let", 9),
            code_line(100, 610, ">> ts0 = dseries(ones(2,2)*2);", 9),
            code_line(100, 599, ">> ts1 = dseries(ones(3,2)*3);", 9),
            text_row(90, 580, "• ts0+ts1 will add the first series to the second", 9),
        ]
    )
    text = parse_pdf(font_pages([content], FONTS))[0].text
    assert "• Let" in text


def test_a_word_closing_the_bracket_over_it_on_a_slide_is_no_plot_label():
    """A slide's item wraps its last word, a name set a point under the body (beamer's ``\\texttt``
    in a font the PDF names none, which the reader does not know for typewriter), onto a line of its
    own amid the drawing the slide's decoration makes of the whole page: it closes the bracket the
    line over it opened, the end of that sentence, no plot's label."""
    content = b"\n".join(
        [
            _slide_frame(),
            helvetica_line(72, 700, "Future work: sparse arrays of any dimensions held in memory", 10),
            helvetica_line(
                90, 680, "• Already used inside block processing of sparse objects (current name is", 10
            ),
            text_row(100, 668, "SparseSeed)", 9),
            helvetica_line(90, 648, "• Will go to a package of their own once the interface is settled", 10),
        ]
    )
    text = parse_pdf(font_pages([content], FONTS))[0].text
    assert "(current name is SparseSeed)\n" in text, text
