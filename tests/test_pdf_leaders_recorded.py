"""Dot leaders in running text (issue 15, an earlier note beside the twenty-seventh check): the line
cleaning cut a run of leaders (a form's blank to fill in, "Name: ........") with no ``removed``
record, and cut a spaced ellipsis at a line's end (". . .") with them. Leaders are cut and recorded
as ``leaders``; an ellipsis stays. Words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import clean_line  # noqa: E402

BLANK = "." * 30


def test_leaders_in_a_running_text_line_are_cut_and_recorded_and_an_ellipsis_stays():
    rows = [
        "Each applicant writes the name of the group that will look after the hives in the spring",
        f"and signs the form below. Name of the group: {BLANK}",
        "The bees are counted at the end of every month, then the honey, the wax, and so on . . .",
    ]
    ops = [
        b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (760 - 12 * at, text.encode()) for at, text in enumerate(rows)
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(ops)]))
    first = " ".join([rows[0], "and signs the form below. Name of the group:"])
    assert doc.text.split("\n\n") == [first, rows[2]]
    leaders = [(s.start, s.attrs["text"]) for s in doc.layers["removed"] if s.label == "leaders"]
    assert leaders == [(len(first), BLANK)]


def test_a_decimal_point_before_a_number_at_the_line_end_is_no_leader():
    """A parameter's default ".5" ending its line lost its dot (" ." before digits read as leaders):
    "Default: 5". A lone dot glued to the number after it is the number's."""
    assert clean_line("Default: .5") == "Default: .5"
    assert clean_line("Default: 1.0") == "Default: 1.0"
