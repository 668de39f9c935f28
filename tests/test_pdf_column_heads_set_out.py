"""A two-column change log whose right column's release headings are set out into the gutter, left
of the bullets under them (issue 15, check 50 row 02: bibtool's Changes.pdf). The gutter was placed
where the right column's prose starts, so each such heading counted as a line across both columns
and parted the page in bands read left, right, left, right: releases out of order, bullets under the
wrong release, bullets torn between the columns. Its last page, short bullets in the right column,
had no gutter found at all: read row by row across both columns and taken for a table."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page, helvetica_pages
from test_pdf_column_break import _wrapped

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, LEADING = 10, 12.0
OUT = 16.4  # a release heading stands this far left of its column's bullets
LEFT, WIDTH, GUTTER = 72.0 + OUT, 186.0, 27.5  # the columns' bullets
RIGHT = LEFT + WIDTH + GUTTER
HANG = 10.0  # a bullet's next lines stand this far in
TOP = 700.0

BULLETS = [
    "The parser reads a field whose name starts with a digit and warns about it instead of stopping.",
    "A record of the same key as an earlier one is reported with both line numbers of the input file.",
    "The manual explains how the resource files are searched along the path given in the environment.",
]
LEFT_COLUMN = [("Release 3.2 [May 2, 2020]", BULLETS), ("Release 3.1 [April 1, 2019]", BULLETS[:2])]
RIGHT_COLUMN = [  # its first heading on the row of the left column's first
    ("Release 3.0 [March 3, 2018]", BULLETS[1:]),
    ("Release 2.9 [June 9, 2017]", BULLETS),
]


def _column(x: float, releases: list[tuple[str, list[str]]]) -> list[bytes]:
    """The column at ``x``: each release's heading set out ``OUT`` pt left of it, its bullets under
    it, every line of a bullet but its last justified to the column's edge."""
    drawn, top, end = [], TOP, x + WIDTH
    for heading, bullets in releases:
        if heading:
            drawn.append(helvetica_line(x - OUT, top, heading, SIZE))
            top -= 2 * LEADING
        for bullet in bullets:
            lines = _wrapped(f"\u2022 {bullet}", WIDTH - HANG)
            for at, line in enumerate(lines):
                indent = HANG if at else 0.0
                last = at == len(lines) - 1
                drawn.append(helvetica_line(x + indent, top, line, SIZE, None if last else end))
                top -= LEADING
            top -= LEADING / 2
        top -= LEADING
    return drawn


def _paragraphs(releases: list[tuple[str, list[str]]]) -> list[str]:
    """The paragraphs a reader reads off ``releases``: each heading, then each bullet."""
    return [
        text for heading, bullets in releases for text in [heading, *(f"\u2022 {b}" for b in bullets)] if text
    ]


def test_a_right_columns_heading_set_out_into_the_gutter_is_read_in_its_column():
    page = helvetica_page(b"\n".join([*_column(LEFT, LEFT_COLUMN), *_column(RIGHT, RIGHT_COLUMN)]))
    (doc,) = parse_pdf(page)
    assert doc.text.split("\n\n") == _paragraphs(LEFT_COLUMN) + _paragraphs(RIGHT_COLUMN)


SHORT = [  # a last page's right column: bullets of a few words, one line of column width
    ("Release 1.1 [May 5, 2001]", ["Major revision.", "Sorting integrated.", "Resources introduced."]),
    ("Release 1.0 [May 1, 2000]", ["Several command line options", "Draft documentation."]),
]


def _two_columns(left: list[tuple[str, list[str]]], right: list[tuple[str, list[str]]]) -> bytes:
    """A page's content stream: ``left`` and ``right`` set in the two columns."""
    return b"\n".join([*_column(LEFT, left), *_column(RIGHT, right)])


def _releases(major: int, lists: list[list[str]]) -> list[tuple[str, list[str]]]:
    """Releases ``major``.9 down, one for each bullet list of ``lists``: headings no other page repeats."""
    return [
        (f"Release {major}.{9 - at} [May {at + 1}, {2000 + major}]", bullets)
        for at, bullets in enumerate(lists)
    ]


def test_a_last_page_of_short_lines_in_the_right_column_is_read_column_by_column():
    full = [
        _two_columns(_releases(major, [BULLETS, BULLETS[:2]]), _releases(major - 1, [BULLETS]))
        for major in (7, 5)
    ]
    left = _releases(3, [BULLETS, BULLETS[:2]])
    (doc,) = parse_pdf(helvetica_pages([*full, _two_columns(left, SHORT)]))
    assert not [span for span in doc.spans if span.label == "table"]
    last = _paragraphs(left) + _paragraphs(SHORT)
    assert doc.text.split("\n\n")[-len(last) :] == last
