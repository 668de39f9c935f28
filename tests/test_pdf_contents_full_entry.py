"""A contents page's last entry whose title filled its line (issue 15, thirty-second check: a tutorial's
"6.2 Effects of population structure on standard tests for association. 146" closing its first
contents page): TeX's leaders shrink to one dot against the title's last word, so the line neither ends
in leaders nor is short enough to be an entry without them, and it was read as a section heading over
the next page's text. Pages hand-built, texts sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages  # noqa: E402
from test_pdf_r_vignette_output import _text  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

ENTRIES = [
    (72, "1 Overview ........................................................ 3"),
    (90, "1.1 Installing the package ...................................... 4"),
    (72, "2 Reading data .................................................. 7"),
    (90, "2.1 Phenotypes and markers ...................................... 8"),
    (90, "2.2 Selecting people and markers ............................... 11"),
    (72, "3 Association tests ............................................ 14"),
]
LAST = "3.1 Effects of population structure on the standard tests for genetic association. 16"


def _pages() -> list[bytes]:
    contents = [
        "BT /F1 16 Tf 72 760 Td (Contents) Tj ET",
        *(_text(x, 730 - 14 * at, text) for at, (x, text) in enumerate(ENTRIES)),
        _text(90, 730 - 14 * len(ENTRIES), LAST),
        _text(295, 60, "iii"),
    ]
    body = [
        "BT /F1 16 Tf 72 760 Td (1 Overview) Tj ET",
        _text(72, 730, "The package reads genotypes and phenotypes and tests each marker for association."),
        _text(72, 716, "Every example in this tutorial can be run as it stands once the data are loaded."),
        _text(295, 60, "3"),
    ]
    return ["\n".join(contents).encode(), "\n".join(body).encode()]


def test_a_last_entry_with_its_leaders_cut_to_a_dot_is_the_lists():
    (doc,) = parse_pdf(helvetica_pages(_pages()))
    assert "Effects of population structure" not in doc.text
    assert doc.text.startswith("1 Overview\n\nThe package reads genotypes"), doc.text[:200]
    listed = [span.attrs["text"] for span in doc.layers["removed"] if span.label == "contents"]
    assert len(listed) == 1 and listed[0].endswith(LAST)
