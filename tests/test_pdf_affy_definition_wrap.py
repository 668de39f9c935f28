"""A definition's first line that fills the measure and ends in an aside with no stop in it (issue 15,
the forty-ninth check's row 1, affy.pdf p. 2): "affyID an identification for a probe set (which can
be a gene or a fraction of a gene)" over "represented on the array.", hung under it, was read as two
paragraphs, the ")" taken for the sentence's end; an item laid out the same way whose line ends in a
word ("… intended to" + "account for …") was joined. A line that fills the measure wrapped there:
the sentence goes on. Sentences sloika's own; expected texts written by hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PROSE = [
    "The following terms are used throughout this document, and each is explained in the list",
    "that follows here, one term to an item, its description set after it on the same line.",
]
ITEMS = [
    (72, "probe oligonucleotides of a fixed length used to probe the targets.", None),
    (72, "mismatch the probes having one base mismatch with the target sequence intended to", 540),
    (100, "account for binding that is not specific.", None),
    (72, "unit an identification for a probe set (which can be a gene or a fraction of a gene)", 540),
    (100, "represented on the array.", None),
    (72, "pair set the probes related to a common unit.", None),
]


def _paragraphs() -> list[str]:
    rows = [helvetica_line(72, 760 - 12 * at, text, 10, 540) for at, text in enumerate(PROSE)]
    rows += [helvetica_line(x, 730 - 14 * at, text, 10, end) for at, (x, text, end) in enumerate(ITEMS)]
    return parse_pdf(helvetica_page(b"\n".join(rows)))[0].text.split("\n\n")


def test_a_full_line_ending_in_an_aside_goes_on_under_it():
    paragraphs = _paragraphs()
    assert (
        "unit an identification for a probe set (which can be a gene or a fraction of a gene)"
        " represented on the array."
    ) in paragraphs
    assert "pair set the probes related to a common unit." in paragraphs
