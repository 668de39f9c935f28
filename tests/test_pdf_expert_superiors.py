"""Adobe expert-set superior and inferior glyphs (issue 15, the fifteenth held-out check's PDF
leftovers): a font whose ``/Differences`` names its raised letters ``asuperior`` … ``tsuperior``
gave private-use characters (the Adobe Glyph List puts them at U+F6E9 …), cut as unmapped. A raised
letter reads as its modifier letter, a raised or lowered digit as its superscript or subscript, a
raised mark with no such form as the mark. Sentences sloika's own; expected texts written by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# an expert font as dvips writes one (its superiors and inferiors drawn raised and lowered by their
# outlines, set on the baseline): WinAnsi with /Differences naming lowered digits at "0" "1" "2",
# raised digits at "A" "B" "C" and raised letters and marks at the lower-case letters' codes
NAMES = (
    b"48 /zeroinferior /oneinferior /twoinferior 65 /zerosuperior /onesuperior /twosuperior"
    b" 97 /asuperior /bsuperior /commasuperior /dsuperior /esuperior 105 /isuperior 108 /lsuperior"
    b" /msuperior /nsuperior /osuperior /periodsuperior 114 /rsuperior /ssuperior /tsuperior"
)
EXPERT = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /DemoExpert /FirstChar 48 /LastChar 122 /Widths [%s]"
    b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >> >>"
    % (b" ".join([b"500"] * 75), NAMES)
)


def _expert_page(content: bytes):
    """The one document of a page drawing ``content`` with Helvetica /F1 and the expert font /E."""
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"E", EXPERT)]))
    return doc


def test_raised_letters_read_as_modifier_letters():
    """ "1st", "Mme", "2nd" set with the expert font's raised letters: each reads as Unicode's
    modifier letter, not cut ("On the 1 of May")."""
    doc = _expert_page(
        b"BT /F1 10 Tf 72 700 Td (On the 1) Tj /E 10 Tf (st) Tj /F1 10 Tf ( of May the letter to M) Tj"
        b" /E 10 Tf (me) Tj /F1 10 Tf ( Martin was sent from the 2) Tj /E 10 Tf (nd) Tj"
        b" /F1 10 Tf ( floor of the old house.) Tj ET"
    )
    assert doc.text == (
        "On the 1\u02e2\u1d57 of May the letter to M\u1d50\u1d49 Martin was sent from the"
        " 2\u207f\u1d48 floor of the old house."
    )
    assert [s for s in doc.layers.get("removed", []) if s.label == "unreadable"] == []


def test_raised_and_lowered_digits_read_as_superscripts_and_subscripts():
    """A lowered "2" in a formula and a raised "2" after a unit: "H₂O", "m²"; a raised comma, which
    Unicode has no raised form of, reads as a comma."""
    doc = _expert_page(
        b"BT /F1 10 Tf 72 700 Td (The flask held H) Tj /E 10 Tf (2) Tj /F1 10 Tf (O over 4 m) Tj"
        b" /E 10 Tf (C) Tj /F1 10 Tf ( of the bench, as the notes) Tj /E 10 Tf (AcB) Tj"
        b" /F1 10 Tf ( say.) Tj ET"
    )
    assert doc.text == "The flask held H\u2082O over 4 m\u00b2 of the bench, as the notes\u2070,\u00b9 say."
