"""A two-column change log set ragged right in bullets of short lines (issue 15, check 50 row 02:
bibtool's Changes.pdf). No line reaches 40 characters, so no column showed a justified measure and
each line of the left column was weighed against the page's right margin, the right column's edge:
every one was short, and a bullet whose next line opens at its hang in a capital or a digit was torn
there ("• Bug fix: Documentation bug fixed." / "The default for sort.key should be" / "%s($key). …").
The measure of a ragged column is its own lines' rightmost end. A name's initials at a line's end
("(A.U." / "Thor)") are no file name's head: the name goes on after a space."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page
from test_pdf_column_break import _wrapped

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, LEADING = 10, 12.0
LEFT, WIDTH, GUTTER = 72.0, 175.0, 40.0  # each column's bullets, ragged right within WIDTH
RIGHT = LEFT + WIDTH + GUTTER
HANG = 10.0  # a bullet's next lines stand this far in
TOP = 700.0

LEFT_BULLETS = [
    "Bug fix: Documentation bug fixed. The default for sort.key should be %s($key). This has been fixed.",
    "Record extended by the attribute lineno for the line number of the record.",
    "Reference card added (prepared for A4 paper).",
    "Minor bug in print.c fixed. Wide equals do not have exceptions any more.",
    "Names set with tight initials (A.U. Thor) are now treated better.",
]
RIGHT_BULLETS = [
    "Resource sort.cased introduced to allow the sorting order to take advantage of case.",
    "Key generation fixed to expand strings; the current behavior is likely to change again.",
    "Some updates in the documentation files for the new release: removing old font commands.",
    "Bug fix for cross referencing: normalization to lowercase was missing twice.",
]


def _column(x: float, bullets: list[str]) -> list[bytes]:
    """The bullets at ``x``, each broken ragged right within ``WIDTH`` and hung at ``HANG``."""
    drawn, top = [], TOP
    for bullet in bullets:
        for at, line in enumerate(_wrapped(f"\u2022 {bullet}", WIDTH - HANG)):
            drawn.append(helvetica_line(x + (HANG if at else 0.0), top, line, SIZE))
            top -= LEADING
        top -= LEADING / 2
    return drawn


def test_a_ragged_columns_bullet_goes_on_at_its_hang_in_a_capital_or_a_digit():
    lines = [line for bullet in LEFT_BULLETS for line in _wrapped(f"\u2022 {bullet}", WIDTH - HANG)]
    assert max(map(len, lines)) < 40  # no line long enough to show a justified measure
    assert any(line[:1].isupper() or line[:1] in "%A" for line in lines if not line.startswith("\u2022"))
    (doc,) = parse_pdf(
        helvetica_page(b"\n".join([*_column(LEFT, LEFT_BULLETS), *_column(RIGHT, RIGHT_BULLETS)]))
    )
    assert doc.text.split("\n\n") == [f"\u2022 {bullet}" for bullet in LEFT_BULLETS + RIGHT_BULLETS]
