"""Footnotes at the foot of one column of a two-column page (issue 15, issue-dyncols55; the
fifty-fourth check's dynesty.pdf, an MNRAS preprint: 9 pt prose, 8 pt notes). TeX sets a note at the
foot of its mark's column, and the other column may run lower: the reader looked for notes under
the page's lowest line of prose only, so a note at the left column's foot stayed in the text
("… known as Bayes Rule" / "⋆ E-mail: …" / "to give"), and "© 2019 The Authors" under a note of one
line was read as the note's. Pages hand-built with the helpers of the other PDF tests, sentences
written for the test, expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import escaped, helvetica_line, helvetica_pages, helvetica_width

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_footnotes import marks_in

SIZE, LEADING = 9, 11.0
LEFT, RIGHT, WIDTH = 42.0, 305.0, 239.0  # the columns' left edges and their measure
LEFT_TOP, RIGHT_TOP, NOTE_AT = 260.0, 220.0, 120.0  # the right column ends 10 pt under the note

LEFT_TEXT = (
    "The first column opens the paper with a long paragraph about the way a sampler walks through the "
    "space of the parameters of a model, and how it keeps a set of points that it moves step by step "
    "towards the regions where the likelihood is high, so that the points it keeps describe the shape "
    "of the posterior and the evidence can be estimated from the volume they leave behind them at each "
    "step. The method is old and well known in the field, and many packages carry it out in one way or "
    "another with their own choices of bounds and of the moves they make."
)
MARKED = "A raised number after this word"  # the line raising the note's mark, at the column's foot
AFTER_MARK = " ends the left column."
RIGHT_TEXT = (
    "The second column goes on with the story of the package and the tests that were run with it, and "
    "it runs further down the page than the left column does, since the left column leaves room at its "
    "foot for the note that its last line raises. Its lines reach down past the top of that note, so "
    "the note stands beside the right column's prose and not under all of the page's text, which is "
    "where the reader had looked for notes before. The right column keeps going on with more words "
    "about the runs and their results until it comes close to the foot of the page where it has to "
    "stop, and its last sentence ends here."
)
NOTE = "The note tells where the package can be found and who wrote it."
FOOT = "(c) 2019 The Authors"


def _wrapped(text: str, width: float) -> list[str]:
    """``text`` broken into lines of ``SIZE`` pt Helvetica that fit ``width``."""
    lines: list[list[str]] = [[]]
    for word in text.split():
        if lines[-1] and helvetica_width(" ".join([*lines[-1], word]), SIZE) > width:
            lines.append([])
        lines[-1].append(word)
    return [" ".join(words) for words in lines]


def _column(x: float, text: str, top: float, goes_on: bool = False) -> list[bytes]:
    """``text`` set at ``x`` from ``top`` down, every line but the last justified to the measure (the
    last too where the paragraph ``goes_on``)."""
    lines = _wrapped(text, WIDTH)
    return [
        helvetica_line(
            x, top - LEADING * at, line, SIZE, x + WIDTH if goes_on or at < len(lines) - 1 else None
        )
        for at, line in enumerate(lines)
    ]


def _raised(x: float, y: float, before: str, mark: str, after: str) -> bytes:
    """A ``SIZE`` pt line of ``before``, a 6 pt ``mark`` raised 3 pt, then ``after``."""
    return b"BT %.1f %.2f Td /F1 %d Tf (%s) Tj /F1 6 Tf 3 Ts (%s) Tj 0 Ts /F1 %d Tf (%s) Tj ET" % (
        x,
        y,
        SIZE,
        escaped(before),
        escaped(mark),
        SIZE,
        escaped(after),
    )


def _note(x: float, y: float, mark: str, text: str) -> bytes:
    """An 8 pt note at ``y``, its 6 pt ``mark`` raised before it."""
    return b"BT /F1 6 Tf %.1f %.1f Td (%s) Tj ET\n" % (x, y + 3, mark.encode()) + helvetica_line(
        x + 5, y, text, 8
    )


def _page(foot: bool = False) -> Parsed:
    """A two-column page: the left column's paragraph, a line raising "1" under it and note 1 at the
    left column's foot (``FOOT`` under it where asked), the right column's prose running lower."""
    left = _column(LEFT, LEFT_TEXT, LEFT_TOP, goes_on=True)
    drawn = [
        *left,
        _raised(LEFT, LEFT_TOP - LEADING * len(left), MARKED, "1", AFTER_MARK),
        *_column(RIGHT, RIGHT_TEXT, RIGHT_TOP),
        _note(LEFT, NOTE_AT, "1", NOTE),
        *([helvetica_line(LEFT, NOTE_AT - 24, FOOT, 8)] if foot else []),
    ]
    return parse_pdf(helvetica_pages([b"\n".join(drawn)]))[0]


def _paragraphs(parsed: Parsed) -> list[str]:
    return [part for part in parsed.text.split("\n\n") if part.strip()]


def test_a_note_at_the_left_columns_foot_follows_its_paragraph():
    """The right column runs past the note's top: the note still leaves the text and follows the
    paragraph of its mark, the right column's prose after it whole."""
    parsed = _page()
    assert _paragraphs(parsed) == [f"{LEFT_TEXT} {MARKED}{AFTER_MARK}", NOTE, RIGHT_TEXT]
    notes = [(s.attrs["mark"], parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "footnote"]
    assert notes == [("1", NOTE)]


def test_a_line_set_apart_under_a_one_line_note_is_the_pages_foot():
    """A copyright line 3 em under a note of one line is the page's, cut as furniture."""
    parsed = _page(foot=True)
    assert _paragraphs(parsed) == [f"{LEFT_TEXT} {MARKED}{AFTER_MARK}", NOTE, RIGHT_TEXT]
    furniture = [s.attrs["text"] for s in parsed.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert furniture == [FOOT]


def test_a_number_and_a_star_raised_together_are_two_marks():
    """MNRAS sets an author's affiliation number and the title note's star in one raised run."""
    assert marks_in("2⋆") == ["2", "⋆"]
    assert marks_in("†‡") == ["†", "‡"]
    assert marks_in("**") == ["**"]
    assert marks_in("12") == ["12"]


AUTHOR = "Jane Q. Writer"
AFFILIATIONS = ["Institute of Sampling, 1 Long Road, Cambridge", "Graduate Fellow of the Foundation"]
OPENING = "The first page opens the paper with a paragraph about the way a sampler walks."
OVERLEAF = "The second page goes on with the methods that combine the two approaches here."
OVERLEAF_NOTE = "Such hybrid methods are not discussed further in this paper."
LAST = "A last paragraph of the second page ends the paper here."


def test_an_authors_affiliation_marks_take_no_note_overleaf():
    """An author raising "1,2" over affiliations opening on those marks (read in the flow), and a
    note 1 overleaf under a page raising "1": the note follows the paragraph of its own page's mark,
    not the author's name in the title block."""
    first = [
        _raised(72, 760, AUTHOR, "1,2", ""),
        _raised(72, 748, "", "1", AFFILIATIONS[0]),
        _raised(72, 738, "", "2", AFFILIATIONS[1]),
        helvetica_line(72, 700, OPENING, SIZE),
    ]
    second = [
        _raised(72, 760, OVERLEAF[:-1], "1", "."),
        helvetica_line(72, 730, LAST, SIZE),
        _note(72, 90, "1", OVERLEAF_NOTE),
    ]
    parsed = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))[0]
    assert _paragraphs(parsed) == [AUTHOR, *AFFILIATIONS, OPENING, OVERLEAF, OVERLEAF_NOTE, LAST]
