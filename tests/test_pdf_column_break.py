"""A paragraph that runs from the left column's foot to the right column's top of a two-column page
(issue 15, check 46 row 02: hotos17.pdf, a USENIX paper). The reader carried a paragraph over a page
break but never over a column break inside a page: each column break split a sentence ("… and re-" /
"cent 2015–2016 jump …") or put a figure's caption set atop the right column inside it ("… and
exhibit" / "Figure 1: …" / "complex interactions …")."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page, helvetica_width

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, LEADING = 10, 12.0
LEFT, WIDTH, GUTTER = 72.0, 220.0, 30.0
RIGHT = LEFT + WIDTH + GUTTER
TOP = 700.0
INDENT = 10.0  # a paragraph's first line is set in this far

# the left column's text, to its foot, and the right column's, the paragraph going on atop it
IN_LEFT = (
    "Every reader of a paper set in two columns follows a sentence from the foot of the left column "
    "to the top of the right one without a pause, because the columns are only the shape the printer "
    "gave to one long text and nothing in the sentence changes where the column ends. A tool that "
    "turns such pages back into running text has to do the same, and it has to mend the words the "
    "printer broke with a hyphen at the end of the column just as it mends the words broken at the "
    "end of a page, or the text it keeps reads as"
)
IN_RIGHT = (
    "separate stray fragments of a broken sentence. This paragraph runs across the column break and "
    "goes on in the right column for a while."
)
NEXT = (
    "A new paragraph opens in the right column with an indent of its own, and it is kept apart from the "
    "one before it, since the first line of a paragraph is what the indent marks. It runs on for some "
    "lines more, so that the right column holds as many full lines as the left one does and the page "
    "shows the measure of both its columns, as a page of a paper set in two columns does all the way "
    "down to its foot, where the running text ends and the page's number stands."
)


def _wrapped(text: str, width: float) -> list[str]:
    """``text`` broken into lines of Helvetica that fit ``width``."""
    lines: list[str] = []
    words: list[str] = []
    for word in text.split():
        if words and helvetica_width(" ".join([*words, word]), SIZE) > width:
            lines.append(" ".join(words))
            words = []
        words.append(word)
    return [*lines, " ".join(words)]


def _paragraph(x: float, top: float, text: str, goes_on: bool = False, indent: float = 0.0) -> list[bytes]:
    """``text`` set as a paragraph at ``x`` from ``top``, its first line ``indent`` in, every line
    but the last justified to the column's edge (the last too where the paragraph ``goes_on`` in the
    next column)."""
    lines = _wrapped(text, WIDTH - indent)
    lines = [lines[0], *_wrapped(" ".join(lines[1:]), WIDTH)] if len(lines) > 1 else lines
    end = x + WIDTH
    return [
        helvetica_line(x + (indent if at == 0 else 0.0), top - LEADING * at, line, SIZE, end)
        if at < len(lines) - 1 or goes_on
        else helvetica_line(x, top - LEADING * at, line, SIZE)
        for at, line in enumerate(lines)
    ]


def _text(
    left: str, right: str, right_top: float = TOP, float_over: list[bytes] = (), indent: float = 0.0
) -> str:
    """The text read off a page whose left column holds ``left`` (a paragraph filling its last line)
    and whose right column holds ``right`` from ``right_top`` (under ``float_over``; its first line
    ``indent`` in) and ``NEXT``."""
    first = _paragraph(RIGHT, right_top, right, indent=indent)
    drawn = [
        *_paragraph(LEFT, TOP, left, goes_on=True, indent=INDENT),
        *float_over,
        *first,
        *_paragraph(RIGHT, right_top - LEADING * len(first), NEXT, indent=INDENT),
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(drawn)))
    return doc.text


def test_a_sentence_goes_on_from_the_left_columns_foot_to_the_right_columns_top():
    assert _text(IN_LEFT, IN_RIGHT).split("\n\n") == [f"{IN_LEFT} {IN_RIGHT}", NEXT]


def test_a_word_broken_at_the_column_break_is_mended():
    left, right = f"{IN_LEFT} sepa-", IN_RIGHT.removeprefix("sepa")  # "… reads as sepa-" / "rate stray …"
    assert _text(left, right).split("\n\n") == [f"{IN_LEFT} {IN_RIGHT}", NEXT]


def test_a_caption_atop_the_right_column_goes_after_the_sentence_it_parted():
    caption = "Figure 1: Growth of the manuals over the years"  # it fills its column: no stop tells
    assert helvetica_width(caption, SIZE) > WIDTH - 2 * SIZE
    caption_top = TOP - 5 * LEADING  # the figure's drawing over it
    over = [helvetica_line(RIGHT, caption_top, caption, SIZE)]
    text = _text(IN_LEFT, IN_RIGHT, caption_top - 3 * LEADING, over)
    assert text.split("\n\n") == [f"{IN_LEFT} {IN_RIGHT}", caption, NEXT]


def test_a_paragraph_ending_at_the_left_columns_foot_ends_there():
    left = f"{IN_LEFT} well."
    right = "The next paragraph opens atop the right column and ends on its second line."
    assert _text(left, right, indent=INDENT).split("\n\n") == [left, right, NEXT]


def test_a_number_broken_at_its_hyphen_at_the_column_break_is_one_token():
    """hotos17.pdf's "ISBN 978-1-931971-" at the left column's foot, "33-1. URL …" atop the right: a
    line opening with a digit goes on no sentence, but the number's hyphen holds it."""
    left = f"{IN_LEFT} a book with the long number 978-1-931971-"
    right = "33-1, torn in two. The paragraph goes on here."
    assert _text(left, right).split("\n\n") == [f"{left}{right}", NEXT]
