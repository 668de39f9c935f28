"""ctsim.pdf (issue 15, check 59 row 4): the CTSim manual heads each tool's section by its number and
the tool's name, set larger than the body ("4.8 phm2if", "4.9 pj2if"). "4.9 pj2if" was cut as a
``fragment`` (its letter runs "pj" and "if" two letters each, a drawing's labels to the rule), so
pj2if's description read as part of phm2if's section. Pages hand-built, expected texts typed by hand
from what the page prints."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_page, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import is_fragment, parse_pdf  # noqa: E402

PHM = [
    "Convert a phantom file into an image file by rasterizing the phantom objects onto",
    "a grid of pixels with the given number of columns and rows in the image file.",
]
USAGE = "The phantom file is read whole before any pixel is set, so a large phantom takes a while."
PJ = [
    "Convert a projection file into an image file where each row of the image file",
    "contains the projection data from a single view of the scanner in the projection.",
]


def test_a_numbered_tool_heading_set_larger_than_the_body_is_a_heading():
    """Two sections, each a 14 pt heading over 10 pt prose: "4.9 pj2if" heads the second, as "4.8
    phm2if" heads the first, whose two paragraphs stand over it. The same number and name in the
    body's size stay a drawing's letters to the rule, and a third level's number is a heading in
    any size."""
    rows = [text_row(72, 740, "4.8 phm2if", 14)]
    rows += [text_row(72, 716 - 12 * at, line) for at, line in enumerate(PHM)]
    rows += [text_row(72, 680, USAGE)]
    rows += [text_row(72, 650, "4.9 pj2if", 14)]
    rows += [text_row(72, 626 - 12 * at, line) for at, line in enumerate(PJ)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    assert doc.text.split("\n\n") == ["4.8 phm2if", " ".join(PHM), USAGE, "4.9 pj2if", " ".join(PJ)]
    titles = [doc.text[span.start : span.end] for span in doc.spans if span.label == "section"]
    assert [title.split("\n\n")[0] for title in titles] == ["4.8 phm2if", "4.9 pj2if"]
    assert is_fragment("4.9 pj2if")
    assert not is_fragment("4.9 pj2if", titled=True)
    assert not is_fragment("3.1.2 pj2if")


def test_a_numbered_heading_named_by_a_hyphened_abbreviation_is_a_heading():
    """bacula-doc's problems.pdf (issue 15, check 62 row 1) heads its licence chapter's sections "6.1
    CC-BY-SA", "6.2 GPL", set larger than the body: "6.1 CC-BY-SA" (letter runs "CC", "BY", "SA",
    two letters each) was cut as a ``fragment`` while "6.2 GPL" stayed; a name joined by hyphens is
    one name, as "pj2if" is."""
    cc = "The Creative Commons Attribution-ShareAlike 4.0 International License is used for this manual."
    gpl = "The vast bulk of the source code is released under the Affero GNU General Public License."
    rows = [text_row(72, 740, "6.1 CC-BY-SA", 14), text_row(72, 716, cc)]
    rows += [text_row(72, 680, "6.2 GPL", 14), text_row(72, 656, gpl)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    assert doc.text.split("\n\n") == ["6.1 CC-BY-SA", cc, "6.2 GPL", gpl]
    assert is_fragment("6.1 CC-BY-SA")
    assert not is_fragment("6.1 CC-BY-SA", titled=True)


def test_a_numbered_heading_named_by_a_slashed_abbreviation_is_a_heading():
    """java-imaging-utilities-manual.pdf (issue 15, check 63 row 1) heads a section "8.7 I/O" in the
    heading's size at the top of p. 28: its letter runs "I" and "O" are one letter each, so it was cut
    as a ``fragment`` and section 8.7 read as part of 8.6. A name whose letters a slash parts ("I/O",
    "A/B") is one name, as "CC-BY-SA" is; in the body's size it stays a drawing's letters."""
    codec = "The codec throws an UnsupportedTypeException with a descriptive error message."
    io = "ImageCodec provides set methods to specify input and output objects for the codec."
    rows = [text_row(72, 740, "8.6 Load or save", 14), text_row(72, 716, codec)]
    rows += [text_row(72, 680, "8.7 I/O", 14), text_row(72, 656, io)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    assert doc.text.split("\n\n") == ["8.6 Load or save", codec, "8.7 I/O", io]
    titles = [doc.text[span.start : span.end] for span in doc.spans if span.label == "section"]
    assert [title.split("\n\n")[0] for title in titles] == ["8.6 Load or save", "8.7 I/O"]
    assert is_fragment("8.7 I/O")
    assert not is_fragment("8.7 I/O", titled=True)
