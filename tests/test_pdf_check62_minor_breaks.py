"""Check 62's minor breaks and joins (issue 15; rows 1 and 5: bacula-doc's problems.pdf, libijs-doc's
ijs_spec.pdf). A line ending in a sentence's "E.g." before a file name ("E.g." + "md5.c, SQLite.")
read "E.g.md5.c"; a description's wrapped last line in math alone, "(file_size ∗ nb_file).", right
of its typewriter term, was cut as a display and left its sentence a half; an FAQ's bold question
restating its heading stood apart from its answer where its question had no "?"; a ragged-right
paragraph whose paragraphs stand a skip apart was split at a short line ending in a stop with no
skip under it. Pages hand-built (Helvetica, Courier, TeX's math italic); sentences written for the
tests, expected texts typed by hand from the pages as drawn."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    HELVETICA_BOLD,
    escaped,
    helvetica_line,
    helvetica_width,
    one_page,
    tex_font,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0  # where a full line ends


def test_a_sentence_opening_abbreviation_keeps_its_space_before_a_file_name():
    """problems.pdf p. 61: a full line ends "… to the public domain. E.g." and the next opens with
    file names ("md5.c, SQLite."): the capitalised abbreviation's stop is no file name's dot."""
    lines = [
        "Some of the code, or code that the program references, has been released to the public domain. E.g.",
        "md5.c, SQLite.",
    ]
    page = helvetica_line(72, 700, lines[0], 10, RIGHT) + b"\n" + helvetica_line(72, 688, lines[1], 10)
    (doc,) = parse_pdf(one_page(page, [(b"F1", HELVETICA)]))
    assert doc.text == " ".join(lines)


TERM = "nb_file=n"
DESCRIBED = "Specify the number of files to be written. The amount of data should be greater than"
INTRO = "This command can have the following arguments, each on its own line with its value:"
AFTER = "skip_zero This flag permits to skip tests with constant data."


def test_a_description_wrapped_to_a_formula_under_its_text_keeps_it():
    """problems.pdf p. 37: a description list's item opens with its term in typewriter and wraps to
    the text's start right of the term; its last line is a formula alone, "(s + n).", the end of its
    sentence. Before, it was cut as a display (``math``), the sentence a paragraph without its end."""
    term_width = len(TERM) * 6.0  # Courier: 600 units a glyph
    start = 46 + term_width + helvetica_width(" ", 10)
    spacing = (RIGHT - start - helvetica_width(DESCRIBED, 10)) / DESCRIBED.count(" ")
    item = b"BT /F2 10 Tf 46 676 Td (%s) Tj /F1 10 Tf %.3f Tw ( %s) Tj ET" % (
        escaped(TERM),
        spacing,
        escaped(DESCRIBED),
    )
    formula = b"BT %.2f 664 Td /C 10 Tf (\\() Tj /M 10 Tf (s) Tj /C 10 Tf ( + ) Tj /M 10 Tf (n) Tj " % start
    formula += b"/C 10 Tf (\\).) Tj ET"
    page = b"\n".join([helvetica_line(72, 700, INTRO, 10), item, formula, text_row(46, 644, AFTER)])
    fonts = [
        (b"F1", HELVETICA),
        (b"F2", COURIER),
        (b"M", tex_font(b"KBOUDP+CMMI10", b"")),
        (b"C", tex_font(b"SOSTRQ+CMR10", b"")),
    ]
    (doc,) = parse_pdf(one_page(page, fonts))
    assert doc.text.split("\n\n") == [INTRO, f"{TERM} {DESCRIBED} (s + n).", AFTER]


HEADING = "1.11 My Client Dies When I Start It"
QUESTION = "My Client Dies When I Start It"
ANSWER = [
    "The most common problem is either that the configuration file is not where the client expects",
    "it to be, or that there is an error in the configuration file, which the client reports.",
]


def _entry_page(heading: str, question: str) -> bytes:
    """A 14 pt bold ``heading``, then its entry: the bold ``question`` run in before the answer's
    first line (full), the answer's second line under it."""
    lead = helvetica_width(question + " ", 10) * 1.03  # bold letters are a little wider
    rest = ANSWER[0]
    spacing = (RIGHT - 72 - lead - helvetica_width(rest, 10)) / rest.count(" ")
    first = b"BT /F2 10 Tf 72 676 Td (%s ) Tj /F1 10 Tf %.3f Tw (%s) Tj ET" % (
        escaped(question),
        spacing,
        escaped(rest),
    )
    return b"\n".join([text_row(72, 700, heading, 14, b"F2"), first, text_row(72, 664, ANSWER[1])])


@pytest.mark.parametrize(
    ("heading", "question", "kept"),
    [
        (HEADING, QUESTION, [HEADING, f"{QUESTION} {' '.join(ANSWER)}"]),  # the heading restated, run in
        ("1.12 Policies", "Client Policy", ["1.12 Policies", "Client Policy", " ".join(ANSWER)]),  # a term
    ],
)
def test_a_bold_question_restating_its_heading_stays_run_in(heading: str, question: str, kept: list[str]):
    """problems.pdf p. 10: FAQ 1.11's answer opens with its heading's question in bold, no "?" after
    it: it restates the heading and stays run in, as the questions ending in "?" do. A bold term that
    restates nothing over it is a definition list's term: a paragraph of its own, as before."""
    fonts = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
    (doc,) = parse_pdf(one_page(_entry_page(heading, question), fonts))
    assert doc.text.split("\n\n") == kept


# ijs_spec.pdf p. 6, set ragged right: its lines 13 pt apart, its paragraphs 18 pt
RAGGED = [
    [
        "This command signals the end of the connection. In the typical case of a server with a single",
        "client, the server process terminates upon receipt of this command, and its client goes on.",
    ],
    [
        "The connection must be in a closed state at the time of this command, or the server ends it",
        "with an error, which the client reports to its user as the reason of the failure.",
    ],
    [
        "IJS defines a small set of standard parameters, which all clients understand.",
        "Implementations may extend this standard set with additional parameters specific",
        "to the device or driver, and its clients should offer some mechanism to set them all.",
    ],
    [
        "Often, one parameter will be subsidiary to another. In this case, the subsidiary parameter",
        "should be set after the other parameter is set, and in the order the server lists them.",
    ],
    [
        "A short paragraph ends here.",
        "A next one, at the lines' pitch, no skip over it.",
    ],
]


def test_a_short_line_ending_a_sentence_without_the_skip_under_it_goes_on():
    """A short line ending in a stop, its next line 13 pt under it where paragraphs stand 18 pt
    apart, and the next line's first word too wide for the room left: the line broke for want of
    room, one paragraph. Where the word would have fitted ("A short paragraph ends here." over "A
    next one"), the short line ended its paragraph, as before."""
    rows, y = [], 780.0
    for paragraph in RAGGED:
        for line in paragraph:
            rows.append(text_row(72, y, line))
            y -= 13
        y -= 5
    (doc,) = parse_pdf(one_page(b"\n".join(rows), [(b"F1", HELVETICA)]))
    kept = [" ".join(paragraph) for paragraph in RAGGED[:4]] + RAGGED[4]
    assert doc.text.split("\n\n") == kept
