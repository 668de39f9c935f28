"""Columns of prose set side by side are text, not a table (issue 15, sixteenth check row 3).

uantwerpenexam-example2.pdf, an exam-class sample, sets its instructions and questions in two
columns, English left and Dutch right: on p. 2 as four columns side by side (an aligned block), on
pp. 3 and 5 with a box round each question's weight and a ruled answer grid, so the rules made a
ruled table of the questions. Read as tables, the whole exam but its cover stood only in the cells of
zero-width ``table`` spans, none of it in the text. The fixtures below are hand-built with those
features: wrapped sentences in each column (lines running on, a word broken at the line's end), a
framed block; the expected text is written by hand. A real table whose first column holds short
names beside wrapped descriptions stays a table.
"""

from __future__ import annotations

from pdf_objects import helvetica_page, without_tables

from sloika.pipelines.formats.pdf import parse_pdf

SIZE = 10
LEADING = 12

LEFT = [
    "Write down the names of the five cooks who",
    "won the regional bistro competition in the",
    "last ten years, with the year of each prize,",
    "then describe in a few sentences how the",
    "menus of the winning bistros have changed.",
]
RIGHT = [
    "Explain which of the ingredients listed on",
    "the previous page does not belong in a clas-",
    "sic white sauce, and say why it is left out;",
    "name the cooking step where a careless cook",
    "would most often spoil the sauce for good.",
]
LEFT_TEXT = (
    "Write down the names of the five cooks who won the regional bistro competition in the last ten "
    "years, with the year of each prize, then describe in a few sentences how the menus of the winning "
    "bistros have changed."
)
RIGHT_TEXT = (
    "Explain which of the ingredients listed on the previous page does not belong in a classic white "
    "sauce, and say why it is left out; name the cooking step where a careless cook would most often "
    "spoil the sauce for good."
)
BEFORE = "Answer every question below in full sentences, in the order in which the questions are set."


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _column(x: float, top: float, lines: list[str]) -> list[bytes]:
    return [
        b"BT /F1 %d Tf %.2f %.2f Td (%s) Tj ET" % (SIZE, x, top - LEADING * at, _escaped(line))
        for at, line in enumerate(lines)
    ]


def _page(columns: list[tuple[float, list[str]]], ruled: bool, more: list[bytes] = ()) -> bytes:
    """A sentence across the page; under it the ``columns`` (x, lines) side by side from y 640 down;
    ``ruled``: a frame round them with a rule across under their first line (a question's heading
    band, a box's edge), the rules touching: a ruled region; ``more`` drawn after them."""
    parts = [b"BT /F1 %d Tf 72 700 Td (%s) Tj ET" % (SIZE, _escaped(BEFORE))]
    for x, lines in columns:
        parts += _column(x, 640, lines)
    if ruled:
        bottom = 640 - LEADING * max(len(lines) for _, lines in columns) - 4
        parts.append(b"0.4 w 66 %d 480 %d re S" % (bottom, 656 - bottom))
        parts.append(b"66 %d m 546 %d l S" % (640 - LEADING + 8, 640 - LEADING + 8))
    return helvetica_page(b"\n".join([*parts, *more]))


def _tables(doc) -> list:
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"]


def test_two_ruled_columns_of_prose_are_read_as_text_column_by_column():
    doc = parse_pdf(_page([(72, LEFT), (310, RIGHT)], ruled=True), foreign="keep")[0]
    assert _tables(doc) == [], doc.spans
    assert doc.text.split("\n\n") == [BEFORE, LEFT_TEXT, RIGHT_TEXT], doc.text


NARROW = [
    ["Each cook brings one knife", "and one apron; the rest is", "given out at the door."],
    ["Every dish is tasted by two", "judges, who write their mar-", "ks on separate cards."],
    ["Cards are collected at noon", "and counted in front of all", "the cooks in the hall."],
    ["The winner is named in the", "evening and receives a cup", "and a week in Brussels."],
]
NARROW_TEXT = [
    "Each cook brings one knife and one apron; the rest is given out at the door.",
    "Every dish is tasted by two judges, who write their marks on separate cards.",
    "Cards are collected at noon and counted in front of all the cooks in the hall.",
    "The winner is named in the evening and receives a cup and a week in Brussels.",
]


def test_four_aligned_columns_of_prose_are_read_as_text_column_by_column():
    """Four columns side by side (an aligned block of three columns or more was a table whatever
    its cells), each a wrapped sentence: read column by column."""
    columns = [(36 + 140 * at, lines) for at, lines in enumerate(NARROW)]
    doc = parse_pdf(_page(columns, ruled=False), foreign="keep")[0]
    assert _tables(doc) == [], doc.spans
    assert doc.text.split("\n\n") == [BEFORE, *NARROW_TEXT], doc.text


KEYS = ["draft", "final", "compact"]
DESCRIPTIONS = [
    ["prints a watermark over every page and the", "date and time of the run in the margin."],
    ["leaves out the watermark and the margin", "notes, for the copy that is handed in."],
    ["sets the questions closer together and leaves", "no room for answers on the question pages."],
]


def test_a_ruled_table_of_short_keys_beside_wrapped_descriptions_stays_a_table():
    lines_left, lines_right = [], []
    for key, description in zip(KEYS, DESCRIPTIONS, strict=True):
        lines_left += [key, *[""] * (len(description) - 1)]
        lines_right += description
    columns = [(72, lines_left), (180, lines_right)]
    doc = parse_pdf(_page(columns, ruled=True), foreign="keep")[0]
    rows = _tables(doc)
    assert len(rows) == 1 and ["draft", DESCRIPTIONS[0][0]] in rows[0], (rows, without_tables(doc))
    assert "watermark" not in without_tables(doc)


CHANGES_LEFT = [
    "footins: Made finite to avoid",
    "whitespots underneath .. 18",
    "flushend: Added new macro",
    "forthelastpageofall .. 8",
]
CHANGES_RIGHT = [
    "makefntext: Changed indents",
    "againforthesecondtime .. 18",
    "titleimage: Default image is",
    "nowastringinitalics .. 14",
]
HISTORY = [
    "The change history lists every change made to the class since its first",
    "release, with the page of the implementation where the change was made,",
    "so that a reader who remembers an older version can find what is new in",
    "it and where the code that does it is explained in the pages before the",
    "index; the most recent changes come first in each of its two columns of",
    "entries, and a change made twice is listed under both of its versions.",
]


def test_two_columns_of_change_log_entries_with_leaders_stay_a_table():
    """A .dtx manual's change history in two columns: entries a few words long, each ending in
    leaders and a page number, a description running on to the next line; cells, not prose
    (philosophersimprint.pdf's change log)."""
    history = _column(72, 560, HISTORY)
    doc = parse_pdf(
        _page([(72, CHANGES_LEFT), (310, CHANGES_RIGHT)], ruled=False, more=history), foreign="keep"
    )[0]
    cells = [cell for rows in _tables(doc) for row in rows for cell in row]
    assert "whitespots underneath .. 18" in cells and "nowastringinitalics .. 14" in cells, doc.spans
    assert "whitespots" not in without_tables(doc) and "nowastring" not in without_tables(doc), (
        without_tables(doc)
    )
    assert without_tables(doc).endswith(" ".join(HISTORY)), without_tables(doc)
