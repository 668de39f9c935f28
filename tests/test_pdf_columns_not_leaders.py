"""Two columns whose rows line up, each left line ending mid-sentence and each right line opening in
lower case (issue 15, check 57 row 3: Scipy2009Nitime.pdf p. 5's last five rows, "… such as
UniformTimeSeries, one" beside "that is readable and compact. Their very simplicity", "… multiple such
properties" beside "needed. We do hope …"). Such rows look like one paragraph broken by white space
(a manual's leaders demonstration, read row by row); on a page parted by a gutter they are the two
columns' lines, read column by column."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page, helvetica_width

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, LEADING = 10, 12.0
LEFT, WIDTH, GUTTER = 60.0, 240.0, 24.0
RIGHT = LEFT + WIDTH + GUTTER
TOP = 600.0

# each left line ends on a word, each right line opens in lower case: every row reads on across the gutter
LEFT_LINES = [
    "When writing a class such as a series, one then",
    "declares each property whose first computation",
    "should be done through a function call using this",
    "class as a decorator. As long as no circular chain",
    "is introduced in the calls, many such properties",
]
RIGHT_LINES = [
    "that is readable and compact. Their simplicity also",
    "means that they should not be judged too severely",
    "if they do not fit a particular application at all:",
    "it is easy enough to implement new analysis objects",
    "as needed by a user who has other ends to work for.",
]


def _page(right_over: list[str] = (), heading: str = "") -> str:
    """The text of a page whose left column holds ``LEFT_LINES`` and whose right column holds
    ``RIGHT_LINES`` beside them, under ``right_over`` and, a line's space under it, the 12 pt
    ``heading``, every line justified
    to its column's edge (the right column's last one too, to keep the measure)."""
    assert all(helvetica_width(line, SIZE) < WIDTH for line in [*LEFT_LINES, *RIGHT_LINES, *right_over])
    drawn = [
        *(
            helvetica_line(LEFT, TOP - LEADING * at, line, SIZE, LEFT + WIDTH)
            for at, line in enumerate(LEFT_LINES)
        ),
        *(
            helvetica_line(RIGHT, TOP - LEADING * at, line, SIZE, RIGHT + WIDTH)
            for at, line in enumerate(RIGHT_LINES)
        ),
        *(
            helvetica_line(
                RIGHT, TOP + 3.5 * LEADING + LEADING * (len(right_over) - 1 - at), line, SIZE, RIGHT + WIDTH
            )
            for at, line in enumerate(right_over)
        ),
    ]
    if heading:
        drawn.append(helvetica_line(RIGHT, TOP + 1.75 * LEADING, heading, 12))
    (doc,) = parse_pdf(helvetica_page(b"\n".join(drawn)))
    return doc.text


def test_rows_reading_on_across_the_gutter_are_the_two_columns_lines():
    assert _page().split("\n\n") == [" ".join(LEFT_LINES + RIGHT_LINES)]


def test_a_right_columns_section_beside_the_left_columns_foot_stays_under_its_heading():
    """p. 5: the right column's "Analyzers" section opens under its heading beside the left column's
    last paragraph; the section's paragraph went before the left column's end, row by row."""
    above = [
        "The right column opens with a paragraph of its own,",
        "set in full lines that run to the column's edge and",
        "end on a sentence that closes before the section.",
    ]
    text = _page(above, "Analyzers")
    assert text.split("\n\n") == [" ".join(LEFT_LINES), " ".join(above), "Analyzers", " ".join(RIGHT_LINES)]
