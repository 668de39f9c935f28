"""The last line of an indented block that is digits and punctuation only (issue 15, forty-fifth
check: altcdfenvs.pdf's citation "… Steen Knudsen BMC Bioinformatics" + "2004, 5:111", year and
volume:page, cut as ``numbers_only``): under two lines that fill the block's measure, at its edge,
size and leading, it ends the block; a page number still goes. Pages hand-built, texts sloika's
own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages  # noqa: E402
from test_pdf_r_vignette_output import FILLER, FONTS, _justified, _text  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

BLOCK = [
    "Alternative mapping of probes to genes for microarray chips by Laurent Gautier,",
    "Morten Mooller, Lennart Friis-Hansen and Steen Knudsen, in BMC Bioinformatics",
]


def _page(numbers_at: float) -> list[str]:
    """An A4 page: a paragraph, a block indented 18 pt on the left and 72 pt on the right (its two
    lines justified to its measure, 14 pt apart), the line "2004, 5:111" at the block's edge
    ``numbers_at`` pt under its last line, a closing paragraph and a folio."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [_justified(90, 740 - 14 * at, line, width=370.0) for at, line in enumerate(BLOCK)]
    page += [_text(90, 726 - numbers_at, "2004, 5:111")]
    page += [_text(90, 680, "If you use it, consider citing it as well."), _text(295, 60, "1")]
    return page


def _parse(page: list[str]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode()], FONTS))
    return doc


def _removed(doc) -> list[str]:
    return [span.attrs.get("text") for span in doc.layers.get("removed", [])]


def test_numbers_ending_an_indented_block_are_its_last_line():
    doc = _parse(_page(numbers_at=14))
    paragraphs = doc.text.split("\n\n")
    assert " ".join(BLOCK) + " 2004, 5:111" in paragraphs, paragraphs
    assert _removed(doc) == ["1"]


def test_numbers_set_apart_under_the_block_are_still_no_text():
    """The same line a blank line under the block, off its leading, continues nothing: it goes."""
    doc = _parse(_page(numbers_at=28))
    assert "5:111" not in doc.text
    assert "2004, 5:111" in _removed(doc)
