"""cummeRbund-manual.pdf (issue 15, issue-pdfminor): the list of requirements lost its item "• R ≥ v3.0"
as a ``fragment`` (its letter runs "R" and "v" one letter each, a drawing's labels to the rule), and
two subfigure captions set as narrow as their drawings were cut in two at a word the line broke at a
hyphen ("(a) Fold-change … in a CuffGene-" / "Set object."). Pages hand-built, texts sloika's own,
expected texts typed by hand from what the page prints."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, tex_font  # noqa: E402
from test_pdf_r_vignette_output import FILLER, _escaped, _justified  # noqa: E402

from sloika.pipelines.formats.pdf import is_fragment, parse_pdf  # noqa: E402

# cmsy's bullet (code 15) and "≥" (code 21), as TeX sets an itemize list's marks and a relation sign
CMSY = tex_font(b"KXGHDE+CMSY10", b"15 /bullet 21 /greaterequal")
FONTS = [(b"F1", HELVETICA), (b"S", CMSY)]


def _parse(page: list[str]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode()], FONTS))
    return doc


def _item(y: float, text: str) -> str:
    """An itemize item at ``y``: cmsy's bullet at 80, ``text`` at 90, its "≥" set in cmsy."""
    parts = [
        "/S 10 Tf (\\025) Tj" if part == "≥" else f"/F1 10 Tf ({_escaped(part)}) Tj" for part in _split(text)
    ]
    return f"BT 80 {y} Td /S 10 Tf (\\017) Tj ET BT 90 {y} Td {' '.join(parts)} ET"


def _split(text: str) -> list[str]:
    """``text`` cut around its "≥" signs, the signs kept."""
    head, sign, tail = text.partition("≥")
    return [head, sign, *_split(tail)] if sign else [text]


def test_a_bulleted_requirement_with_a_relation_sign_and_a_version_is_a_list_item():
    """A list of what a package requires, one item a gap under another: "• R ≥ v3.0" stands between
    "• SQLite" and "• Packages:". It is an item of the list, as the page prints it; a plot's label
    "x ≥ 0.5", no bullet before it, is still a drawing's letters."""
    items = ["Cufflinks ≥ v2.0.1", "SQLite", "R ≥ v3.0", "Packages:"]
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [_item(740 - 20 * at, item) for at, item in enumerate(items)]
    doc = _parse(page)
    assert doc.text.split("\n\n")[1:] == [f"• {item}" for item in items]
    assert is_fragment("x ≥ 0.5")


# a subfigure's caption, two lines under its drawing as narrow as it, broken at a hyphen inside a
# name; the next subfigure's caption writes the name whole
BROKEN = ["(a) Fold-change vs significance for genes in a CuffGene-", "Set object."]
WHOLE = ["(b) A heatmap of isoform-level FPKM values for all", "genes in a CuffGeneSet object."]


def test_a_subfigure_caption_broken_at_a_hyphen_is_one_caption_and_one_word():
    """Each 8 pt caption stands under its drawing (here no drawing: the lines alone) at the width of
    it, well short of the text's right margin. The first breaks "CuffGene-" over "Set object.": the
    caption is one paragraph, the name written whole as the other caption writes it."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [f"BT /F1 8 Tf 204 {600 - 9.5 * at} Td ({line}) Tj ET" for at, line in enumerate(BROKEN)]
    page += [f"BT /F1 8 Tf 204 {400 - 9.5 * at} Td ({line}) Tj ET" for at, line in enumerate(WHOLE)]
    doc = _parse(page)
    assert doc.text.split("\n\n")[1:] == [
        "(a) Fold-change vs significance for genes in a CuffGeneSet object.",
        " ".join(WHOLE),
    ]
