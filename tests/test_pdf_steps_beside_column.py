"""Numbered steps at a left column's foot, beside the right column's last paragraph (issue 15,
check 54's dynesty.pdf p. 16: "(ii) Selecting a line segment i at random proportional to" / "its
length." / "(iii) Sample a point …"). A step's label sets its first line in by an em and its next
line goes back to the margin, so "its length." over "(iii) …" looked like a form set flush left
over an indented row (``pdf_form_descriptions``) and the right column's paragraph like its
description: the steps from "its length." on were read after that paragraph. A form and its
description stand in one column of the page, never on both sides of its gutter. The page is
hand-built; the sentences are sloika's own and the expected texts are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE, LEADING = 10, 12.0
LEFT, RIGHT, MEASURE = 40.0, 315.0, 250.0  # the columns' left edges and width: a 25 pt gutter
LABEL = 11.0  # a step's first line is set in this far by its label: over an em
TOP = 700.0

LEFT_PROSE = [
    "The sampler then walks along the whole path at once,",
    "treating it as a set of pieces laid end to end, and it",
    "proposes each new sample through the steps below,",
    "repeated until a sample is taken or none is left:",
]
STEPS = [
    (LABEL, "(i) Measure the length of each piece of the path."),
    (LABEL, "(ii) Select a piece at random in proportion to"),
    (0.0, "its length."),
    (LABEL, "(iii) Draw a point uniformly on the chosen piece de-"),
    (0.0, "fined by its two ends."),
]
RIGHT_PROSE = [
    "Other ways to walk such a path have been proposed,",
    "and comparing them with this one is left for later",
    "work, when more of them are built into the tool.",
]
NEXT = [
    "Here we test the sampler on a few small problems",
    "chosen to stress each part of the code, one at a",
    "time, and we report how it fares on every one.",
]


def _lines(x: float, top: float, lines: list[str]) -> list[bytes]:
    """``lines`` set as a paragraph at ``x`` from ``top``, each but the last justified to ``MEASURE``."""
    return [
        helvetica_line(x, top - LEADING * at, line, SIZE, x + MEASURE if at < len(lines) - 1 else None)
        for at, line in enumerate(lines)
    ]


def test_steps_at_the_left_columns_foot_stay_before_the_right_columns_paragraph():
    steps_top = TOP - LEADING * (len(LEFT_PROSE) + 1)
    steps = [
        helvetica_line(
            LEFT + inset, steps_top - LEADING * at, text, SIZE, None if at in (0, 2, 4) else LEFT + MEASURE
        )
        for at, (inset, text) in enumerate(STEPS)
    ]
    next_top = steps_top - LEADING * 2  # level with "its length."
    drawn = [
        *_lines(LEFT, TOP, LEFT_PROSE),
        *steps,
        *_lines(RIGHT, TOP, RIGHT_PROSE),
        *_lines(RIGHT, next_top, NEXT),
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(drawn)))
    assert doc.text.split("\n\n") == [
        " ".join(LEFT_PROSE),
        "(i) Measure the length of each piece of the path.",
        "(ii) Select a piece at random in proportion to its length.",
        "(iii) Draw a point uniformly on the chosen piece defined by its two ends.",
        " ".join(RIGHT_PROSE),
        " ".join(NEXT),
    ]


def _steps_page(steps: list[tuple[float, str, bool]]) -> str:
    """The left prose, then ``steps`` (inset, text, justified to the column's edge) a line each,
    one column alone; the document's text."""
    top = TOP - LEADING * (len(LEFT_PROSE) + 1)
    drawn = [
        helvetica_line(LEFT + inset, top - LEADING * at, text, SIZE, LEFT + MEASURE if full else None)
        for at, (inset, text, full) in enumerate(steps)
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join([*_lines(LEFT, TOP, LEFT_PROSE), *drawn])))
    return doc.text


def test_a_one_line_step_filling_its_line_ends_before_the_next_label():
    """dynesty.pdf p. 16: "(i) Compute the length ℓi of each line segment (Θi L, Θi R)." fills the
    column and ends its sentence; "(ii) Selecting …" under it, at the same label indent, ran on it as
    one paragraph. A line opening with a bracketed label under a one-line item whose label stands at
    its start opens the next item."""
    text = _steps_page(
        [
            (LABEL, "(i) Measure the length of each piece of the path (a, b).", True),
            (LABEL, "(ii) Select a piece at random in proportion to", True),
            (0.0, "its length.", False),
            (LABEL, "(iii) Draw a point uniformly on the chosen piece.", False),
        ]
    )
    assert text.split("\n\n") == [
        " ".join(LEFT_PROSE),
        "(i) Measure the length of each piece of the path (a, b).",
        "(ii) Select a piece at random in proportion to its length.",
        "(iii) Draw a point uniformly on the chosen piece.",
    ]


def test_an_equation_number_opening_a_sentence_at_the_margin_goes_on():
    """A paragraph's indented first line ends its sentence at the column's edge and the next line, at
    the margin, opens on an equation's number: "(2) gives …" goes on the paragraph, as no item's
    label stands over it."""
    text = _steps_page(
        [
            (LABEL, "The walk along the path is what equation (1) sets.", True),
            (0.0, "(2) gives its rate, which the next section measures in full.", False),
        ]
    )
    assert text.split("\n\n")[1] == (
        "The walk along the path is what equation (1) sets. (2) gives its rate, which the next section"
        " measures in full."
    )
