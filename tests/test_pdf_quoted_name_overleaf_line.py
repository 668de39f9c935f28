"""A sentence whose last line opens with a quoted name too long to fit on the line above (issue 15,
the thirty-sixth check's row 1, irace-package.pdf p. 26): a tip box's "… as in the example above,
which uses" stopped short of the measure and '"irace-backup.Rdata".' went to the next line, which
the reflow read as a paragraph of its own (short line, the next opening with no lower-case letter).
TeX breaks no line inside a quoted name, as inside a bracketed URL. All texts here are written for
the tests."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf

FULL = [
    "When a run is recovered, the program tries to save its data on the file that the log",
    "option names. Thus you must give different files for the log and the recovery. Before",
]
SHORT = "recovering, we strongly advise to rename the saved data file as in the example, which uses"
QUOTED = '"irace-backup.Rdata".'
NEXT = "Do not change anything in the log file or in the scenario file before recovering a run."


def test_a_quoted_name_that_did_not_fit_goes_on_its_sentence():
    lines = [helvetica_line(72, 760 - 12 * at, line, 10, end=506) for at, line in enumerate(FULL)]
    lines += [helvetica_line(72, 736, SHORT, 10), helvetica_line(72, 724, QUOTED, 10)]
    lines += [helvetica_line(72, 700, NEXT, 10)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(lines)))
    assert doc.text.split("\n\n") == [f"{FULL[0]} {FULL[1]} {SHORT} {QUOTED}", NEXT]
