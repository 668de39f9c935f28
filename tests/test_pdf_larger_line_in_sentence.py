"""A line of a paragraph set larger because an author's remark in a larger font fills most of it
(issue 15, twenty-seventh check, dylp.pdf p. 18: "… the constraint" / "which is becoming tight …
«Is this really …»" in 12 pt under 10 pt lines): the size step ended the paragraph in mid-sentence.
Two lines of the measure, the second going on in lower case, are one paragraph whatever their
sizes. Page hand-built, sentences sloika's own, expected text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import _escaped, _parse, _width  # noqa: E402

LINES = [
    (10, "A last point is raised in the first phase of the method, where it is possible to reach a bound"),
    (10, "from the other side while a feasible point is still sought. For example, when a slack grows"),
    (10, "from below and leaves the basis at its bound, the bound that is being reached by the search"),
    (12, "which holds then is the other one. [[Is this really so? For the steps it is true,"),
    (12, "but for the choice of the bound I am not so sure.]]"),
]
AFTER = "Turning to the dual problem, the bound that is being reached is hidden by the way the method"


def _line(y: float, size: int, text: str, width: float) -> str:
    """A line of ``text`` at ``size`` pt stretched to ``width`` by its word spacing."""
    spacing = (width - _width(text, size)) / max(text.count(" "), 1)
    return f"BT /F1 {size} Tf {spacing:.3f} Tw 72 {y} Td ({_escaped(text)}) Tj ET"


def test_a_larger_line_that_goes_on_the_sentence_stays_in_its_paragraph():
    page = []
    y = 760.0
    for at, (size, text) in enumerate(LINES):
        full = at < len(LINES) - 1
        page.append(_line(y, size, text, 468 if full else _width(text, size)))
        y -= size + 2
    page.append(_line(y - 8, 10, AFTER, 468))
    doc = _parse([page])
    assert doc.text.split("\n\n") == [" ".join(text for _, text in LINES), AFTER]
