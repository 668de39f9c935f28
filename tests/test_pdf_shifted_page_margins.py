"""A sentence running from one page's right column onto the next page's left column, where a
two-sided layout sets its odd and even pages' columns apart (issue 15, check 57 row 03: nitime's
SciPy 2009 paper, whose pages sit 34 pt apart). The page's last line was measured against the next
page's right margin: it filled its own column but stopped 34 pt short of that margin, and a short
line standing right of the next line's start is a centred one, so "… (such as those used in
finance), while the" ended its paragraph before "design of nitime is more …" overleaf."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_pages, helvetica_width

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, LEADING, WIDTH, GUTTER, TOP = 10, 12.0, 220.0, 30.0, 760.0

OPENING = (
    "The first paragraph fills the left column of the first page from its top to its foot, and it "
    "says nothing more than that a page of a paper set in two columns holds two measures of text side "
    "by side, each of them justified to its own edge, so that every full line of the left column ends "
    "on one point and every full line of the right column ends on another one further right, which "
    "is the column's right margin and the page's right margin too. A reader of the text follows the "
    "left column down to its foot and goes on at the top of the right column, and from the foot of "
    "the right column to the top of the next page."
)
# the sentence the page break parts: its first half fills the right column to its foot
BEFORE_BREAK = (
    "The second paragraph starts at the top of the right column of the first page and it runs down "
    "that column to its foot, where its sentence does not end, since the text of a paper goes on "
    "overleaf whatever the page is; the scikit focuses on the analysis of calendar time series (such "
    "as those used in finance), while the"
)
AFTER_BREAK = "design of the package is geared towards experimental data analysis. The paragraph ends here."
CLOSING = (
    "The third paragraph opens under it, with an indent of its own, and runs on for a few lines more "
    "so that the second page shows the measure of its left column as the first page shows its own."
)
BESIDE = (
    "The fourth paragraph fills the right column of the second page, so that the page shows where its "
    "right column ends: further right than the first page's where the second page stands further "
    "right, as a two-sided layout sets its odd and even pages, and a line that fills the first page's "
    "column ends well short of that edge."
)


def _wrapped(text: str, width: float, first_indent: float = 0.0) -> list[str]:
    """``text`` broken into lines of Helvetica that fit ``width`` (the first ``first_indent`` less)."""
    lines: list[str] = []
    words: list[str] = []
    for word in text.split():
        room = width - (first_indent if not lines else 0.0)
        if words and helvetica_width(" ".join([*words, word]), SIZE) > room:
            lines.append(" ".join(words))
            words = []
        words.append(word)
    return [*lines, " ".join(words)]


def _column(x: float, top: float, paragraphs: list[tuple[str, bool]]) -> list[bytes]:
    """The ``paragraphs`` (text, whether its last line is full: it goes on in the next column) set in
    a column at ``x`` from ``top`` down, each but the first with a first-line indent of one em, every
    line justified to the column's edge but a paragraph's last."""
    drawn: list[bytes] = []
    for number, (text, goes_on) in enumerate(paragraphs):
        indent = SIZE if number else 0.0
        lines = _wrapped(text, WIDTH, indent)
        for at, line in enumerate(lines):
            full = at < len(lines) - 1 or goes_on
            start = x + (indent if at == 0 else 0.0)
            drawn.append(
                helvetica_line(start, top - LEADING * len(drawn), line, SIZE, x + WIDTH if full else None)
            )
    return drawn


def _text(first_left: float, second_left: float) -> str:
    """The text read off two pages whose left columns start at ``first_left`` and ``second_left``:
    the first page holds ``OPENING`` and ``BEFORE_BREAK``, the second ``AFTER_BREAK`` and ``CLOSING``
    in its left column and ``BESIDE`` in its right."""
    first = [
        *_column(first_left, TOP, [(OPENING, False)]),
        *_column(first_left + WIDTH + GUTTER, TOP, [(BEFORE_BREAK, True)]),
    ]
    second = [
        *_column(second_left, TOP, [(AFTER_BREAK, False), (CLOSING, False)]),
        *_column(second_left + WIDTH + GUTTER, TOP, [(BESIDE, False)]),
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    return doc.text


def test_a_sentence_goes_on_overleaf_where_the_next_pages_columns_stand_further_right():
    assert _text(38.0, 72.0).split("\n\n") == [OPENING, f"{BEFORE_BREAK} {AFTER_BREAK}", CLOSING, BESIDE]


def test_a_sentence_goes_on_overleaf_where_the_next_pages_columns_stand_further_left():
    assert _text(72.0, 38.0).split("\n\n") == [OPENING, f"{BEFORE_BREAK} {AFTER_BREAK}", CLOSING, BESIDE]


def test_a_paragraph_ending_at_the_pages_foot_still_ends_there():
    """A sentence's end at the right column's foot ends the paragraph, the next page's columns
    shifted or not: the page's own margin shows the last line full, which decides nothing alone."""
    ended = BEFORE_BREAK.replace(", while the", ", as one reads.")
    opening = "Design of the package is another matter."
    first = [*_column(38.0, TOP, [(OPENING, False)]), *_column(288.0, TOP, [(ended, True)])]
    second = [
        *_column(72.0, TOP, [(opening, False), (CLOSING, False)]),
        *_column(322.0, TOP, [(BESIDE, False)]),
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.split("\n\n") == [OPENING, ended, opening, CLOSING, BESIDE]
