"""Short lines set apart by a paragraph's gap, each opening in lower case (issue 15, thirty-first
check row 2: a pandoc man page's SYNOPSIS, one form a line, "rate | commit | min speed" / "ceil |
max speed" / "minrate speed", and a "Note" label over its note, "match rules are attached …"). They
ran together as one sentence's halves across a wide gap: "rate | commit | min speed ceil | max speed
minrate speed". A line ends short of the margin while the next line's first word would have fitted
on it: the author broke it there, and with a paragraph's gap under it the next line is a paragraph
of its own. A sentence's line that fills the measure still runs on across such a gap (a scan's
uneven lines). All texts here are written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 540.0
BODY = [
    "All of the options below apply to the interface and the class statements, and the units of",
    "the speeds are those that the configuration file defines for the whole of the program.",
]
INTRO = [
    "The optional parameters of a class follow its name on the line that defines it, in any order,",
    "and each of them is written as a keyword and its value, separated from the next by a space,",
    "so that one line of the configuration file can give a class its rate, its ceiling, the size",
    "of its bursts and its priority all at once, as the man page of the class describes them all.",
]
FORMS = ["rate | commit | min speed", "ceil | max speed", "minrate speed", "burst bytes", "input | output"]


def _paragraph(y: float, rows: list[str]) -> bytes:
    return b" ".join(
        helvetica_line(72, y - 12 * at, row, 10, RIGHT if at < len(rows) - 1 else None)
        for at, row in enumerate(rows)
    )


def test_synopsis_forms_one_a_line_stay_apart():
    """Each form on a line of its own, 18 pt apart (a paragraph's gap), between two paragraphs."""
    forms = b" ".join(helvetica_line(72, 640 - 18 * at, form, 10) for at, form in enumerate(FORMS))
    content = _paragraph(700, INTRO) + b" " + forms + b" " + _paragraph(640 - 18 * len(FORMS) - 10, BODY)
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text.split("\n\n") == [" ".join(INTRO), *FORMS, " ".join(BODY)]


def test_a_note_label_stays_over_its_note():
    """ "Note" alone on an indented line, its note under it after a paragraph's gap."""
    note = [
        "match rules are attached to the parent of the class they appear in, so the order of the",
        "classes in the file does not change which of the rules a packet meets on its way out.",
    ]
    content = _paragraph(700, BODY) + b" " + helvetica_line(96, 670, "Note", 10)
    content += b" " + b" ".join(
        helvetica_line(96, 652 - 12 * at, row, 10, RIGHT if at == 0 else None) for at, row in enumerate(note)
    )
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text.split("\n\n") == [" ".join(BODY), "Note", " ".join(note)]


def test_a_full_line_still_runs_on_across_a_wide_gap():
    """A sentence's line that fills the measure, 18 pt over the next (a scan's uneven spacing)."""
    rows = [
        "The program reads its configuration file when it starts, and every interface that the file",
        "names is set up with the classes and the matches that the file gives for it, in their order.",
    ]
    content = helvetica_line(72, 700, rows[0], 10, RIGHT) + b" " + helvetica_line(72, 682, rows[1], 10)
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text.split("\n\n") == [" ".join(rows)]
