"""A paragraph's indented first line right under a table of typewriter keys and their descriptions
(issue 15, the forty-fourth check's ifeffit_tutorial.pdf p. 16: "$group.chir_im  Im[χ(R)], …" over
"It is possible to do “phase-corrected” Fourier transforms with IFEFFIT using the theoretical" /
"phases from FEFF calculations, …"). Standing at the keys' edge, the line was taken for a row whose
key pdfminer read with its description, made a paragraph of its own, and its sentence torn. A key
is typewriter; a line opening in the text's face is the prose after the table. Pages hand-built,
texts sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_r_summaries_and_breaks import FUNCTIONS  # noqa: E402
from test_pdf_r_vignette_output import FILLER, _justified, _parse, _text  # noqa: E402

AFTER = [
    "Each of these functions takes the model as its first argument and returns a new one, so that",
    "the calls can be chained in one line of code.",
]


def test_an_indented_first_line_under_a_key_table_goes_on_its_paragraph():
    """The first line set 6 pt left of the keys' edge, as ifeffit's is (its indent from the margin
    is less than the keys' own)."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    for at, (name, description) in enumerate(FUNCTIONS):
        page += [_text(90, 740 - 12 * at, name, "F2"), _text(216, 740 - 12 * at, description)]
    page += [
        _justified(84, 740 - 12 * len(FUNCTIONS), AFTER[0], 448.0),
        _text(72, 728 - 12 * len(FUNCTIONS), AFTER[1]),
    ]
    assert _parse(page).text.split("\n\n")[1:] == [
        *(f"{name}  {description}" for name, description in FUNCTIONS),
        " ".join(AFTER),
    ]
