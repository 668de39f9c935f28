"""A two-column report's float caption, table, braces and numbers (issue 15, the fifty-seventh check's
row 4, minimap2.pdf). Fig. 1's caption atop the left column of a page the sentence of the page
before runs onto ("… for each read as in" / the caption / "Section 2.2. Finally, …") stood inside
the sentence, its first line after its other lines; Table 1, ruled across one column under the
running head's rule across the page, was cut half as ``numbers_only`` and ``figure``; a `cases`
brace of cmex pieces, its extension bars read on one line with its middle, with no name left of it,
was cut with its rows; "… 16 CPU cores." over "94.2% of …" was read "cores.94.2%". Pages hand-built,
sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    HELVETICA,
    helvetica_line,
    helvetica_page,
    helvetica_pages,
    helvetica_width,
    math_row,
    one_page,
    tex_font,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEFT, WIDTH, GUTTER = 57.0, 230.0, 20.0
RIGHT = LEFT + WIDTH + GUTTER
TOP = 780.0


def _wrapped(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines of Helvetica at ``size`` that fit ``width``."""
    lines: list[str] = []
    words: list[str] = []
    for word in text.split():
        if words and helvetica_width(" ".join([*words, word]), size) > width:
            lines.append(" ".join(words))
            words = []
        words.append(word)
    return [*lines, " ".join(words)]


def _set(x: float, top: float, lines: list[str], size: float, leading: float, full: bool) -> list[bytes]:
    """``lines`` set at ``x`` from ``top``, justified to the column's edge, the last too where ``full``."""
    return [
        helvetica_line(x, top - leading * at, line, size, x + WIDTH if at < len(lines) - 1 or full else None)
        for at, line in enumerate(lines)
    ]


PROSE = (
    "The aligner collects the minimizers of the reference and keeps them in a hash table, and for each "
    "query it looks up its own minimizers there, finds the anchors they share and chains the anchors "
    "that stand in the same order on both sequences, so that the chains found can be extended by "
    "dynamic programming at their ends and closed between their anchors."
)
HELD = (
    "During chaining the aligner takes a pair of reads as one fragment with a gap of unknown length in "
    "the middle, and it applies a normal gap cost between seeds on the same read but a more "
    "permissive one between seeds on different reads. After identifying the primary chains it splits "
    "each fragment chain into two read chains and performs the alignment of each of the two reads in "
    "the same way as the aligner does for one read alone, as described in"
)
REST = "Section 2.2. Finally, it pairs the hits of each read end to find consistent paired-end alignments."
CAPTION = (
    "Fig. 1. Evaluation on aligning the simulated reads. All the reads were mapped to the primary "
    "assembly of the reference genome. A read is considered correctly mapped if its longest alignment "
    "overlaps with the true interval. Read alignments are sorted by mapping quality in the descending "
    "order, and the fraction of alignments above each threshold is plotted along the curve."
)
RESULTS = (
    "The aligner is implemented in the C programming language and comes with interfaces in both C and "
    "Python. It uses the same base algorithm for all applications, but it has to apply different sets "
    "of parameters depending on the input data types it is given to read."
)


def test_a_caption_atop_the_left_column_goes_after_the_sentence_the_page_break_parted():
    """The page's right column ends full inside a sentence ("… for each read as in"); the next page
    opens with a figure's caption in its left column, set smaller, its first line a full one ending
    in "were", and the sentence goes on a float's skip under it with a capital ("Section 2.2."): the
    sentence reads whole, and the caption whole after it."""
    held = _wrapped(HELD, WIDTH, 10)
    first = [
        *_set(LEFT, TOP, _wrapped(PROSE + " " + PROSE, WIDTH, 10), 10, 12, full=True),
        *_set(RIGHT, TOP, held, 10, 12, full=True),
    ]
    caption = _wrapped(CAPTION, WIDTH, 8)
    rest_top = TOP - 10 * len(caption) - 20
    results = _wrapped(RESULTS + " " + RESULTS, WIDTH, 10)
    second = [
        *_set(LEFT, TOP, caption, 8, 10, full=False),
        *_set(LEFT, rest_top, _wrapped(REST, WIDTH, 10), 10, 12, full=False),
        *_set(RIGHT, TOP, results, 10, 12, full=False),
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.split("\n\n")[-3:] == [f"{HELD} {REST}", CAPTION, f"{RESULTS} {RESULTS}"]


TABLE_ROWS = [
    ("Run time (CPU min)", "631", "15.9", "2 076", "33.9"),
    ("Peak RAM (GByte)", "8.9", "14.5", "3.2", "29.2"),
    ("# aligned reads", "103 669", "104 199", "103 711", "26 479"),
    ("% exact introns", "83.8%", "94.0%", "87.9%", "55.2%"),
]
HEADS = ["GMAP", "minimap2", "SpAln", "STAR"]


def test_a_table_ruled_in_one_column_under_a_rule_across_the_page_is_kept_whole():
    """A running head over a rule across the page; in the right column a caption, then a table ruled
    across that column only (a top rule, a rule under its heads, a bottom rule): its rows read as a
    table's, its heads over them, not its numbers cut as ``numbers_only`` and its names as a figure's."""
    rules = [b"0.4 w %.1f %.1f m %.1f %.1f l S" % (LEFT, 800, RIGHT + WIDTH, 800)]
    rules += [b"0.4 w %.1f %.1f m %.1f %.1f l S" % (RIGHT, y, RIGHT + WIDTH, y) for y in (752, 736, 680)]
    columns = [400.0, 447.0, 494.0, 537.0]  # each number's right edge, 20 pt or more past the one before
    drawn = [helvetica_line(LEFT, 806, "Aligning nucleotide sequences", 9), *rules]
    drawn.append(helvetica_line(RIGHT, 764, "Table 1. Evaluation of junction accuracy on reads", 8))
    drawn += [
        helvetica_line(end - helvetica_width(head, 7), 742, head, 7)
        for head, end in zip(HEADS, columns, strict=True)
    ]
    for at, (name, *cells) in enumerate(TABLE_ROWS):
        y = 724 - 11 * at
        drawn.append(helvetica_line(RIGHT + 4, y, name, 7))
        drawn += [
            helvetica_line(end - helvetica_width(cell, 7), y, cell, 7)
            for cell, end in zip(cells, columns, strict=True)
        ]
    drawn += _set(LEFT, TOP, _wrapped(PROSE + " " + PROSE, WIDTH, 10), 10, 12, full=False)
    drawn += _set(RIGHT, 660, _wrapped(RESULTS, WIDTH, 10), 10, 12, full=False)
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(drawn)]))
    rows = "\n".join([" | ".join(HEADS), *(" | ".join(row) for row in TABLE_ROWS)])
    assert f"Table 1. Evaluation of junction accuracy on reads\n\n{rows}\n\n{RESULTS}" in doc.text
    assert [span.label for span in doc.spans].count("table") == 1
    assert not [s for s in doc.layers.get("removed", []) if s.attrs.get("why") in ("numbers_only", "figure")]


CMMI = tex_font(b"KBOUDP+CMMI10", b"102 /f 103 /g 104 /h 112 /p 113 /q")
CMEX = tex_font(b"KBOUDR+CMEX10", b"97 /bracelefttp 98 /braceleftmid 99 /braceleftbt 100 /braceex")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)]
LEAD = "The equation to compute the optimal alignment under the gap cost of two pieces is"
AFTER = "where each value is the best score of an alignment ending at the cell with the given gap."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def test_a_brace_of_pieces_its_bars_read_with_its_middle_and_no_name_is_written_as_cases():
    """Three rows right of a brace TeX built of a top hook, four extension bars and a middle, four
    bars and a bottom hook, each 2.4 pt under the one before where they meet (pdfminer reads the bars
    and the middle under them as one line), no name left of it, an equation number beside it: the
    rows in order between braces, the number after them, not cut."""
    y = 470.0  # the brace's top hook's baseline, the first row's
    steps = [(0.0, "a"), *((7.2 + 2.4 * at, "d") for at in range(4)), (16.8, "b")]
    steps += [*((31.2 + 2.4 * at, "d") for at in range(4)), (40.8, "c")]
    brace = [text_row(230, y - step, code, font=b"X") for step, code in steps]
    rows = []
    for at, (name, value) in enumerate([("f", "g"), ("g", "h"), ("h", "p")]):
        base = y - 20 * at
        rows += [math_row(242, base, name), text_row(253, base, f"= max{{{value}, 0}} + q")]
    doc = _parse(
        [
            text_row(72, 500, LEAD),
            *brace,
            *rows,
            text_row(500, y - 20, "(4)"),
            text_row(72, 400, AFTER),
            text_row(72, 370, LAST),
        ]
    )
    cases = "{f = max{g, 0} + q; g = max{h, 0} + q; h = max{p, 0} + q} (4)"
    assert doc.text == f"{LEAD}\n\n{cases}\n\n{AFTER} {LAST}"


def _parse(content: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc


def test_a_number_opening_the_line_after_a_sentence_end_stands_after_a_space():
    """ "… using 16 CPU cores." full to the column's edge, then "94.2% of …" on the next line: a
    sentence's end and the next sentence's number, no file name's parts joined with no space."""
    lines = [
        "Minimap2 aligned ten million reads in under one hour of wall-clock time using 16 CPU cores.",
        "94.2% of the aligned splice junctions are consistent with the gene annotations we have.",
    ]
    drawn = [helvetica_line(72, 700 - 12 * at, line, 10, 72 + 460) for at, line in enumerate(lines)]
    drawn.append(helvetica_line(72, 676, "The percentage is lower for the other aligners.", 10))
    (doc,) = parse_pdf(helvetica_page(b"\n".join(drawn)))
    assert doc.text == f"{lines[0]} {lines[1]} The percentage is lower for the other aligners."
