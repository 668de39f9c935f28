"""A TeX listing whose comments stand in a column ("\\input macros       % load the macros") is one
code block, each line with its comment, not an aligned table taken out of the text (issue 15,
held-out check: opmac-u.pdf, set in CSTeX's typewriter font cstt10, which was not known for
monospaced, so its lines were prose and the comment column made them a ``table``). Page hand-built;
lines sloika's own, expected text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PITCH = 5.25  # pt: a 10 pt typewriter letter, 525 units wide
CSTT = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /TDAFLO+cstt10 /FirstChar 32 /LastChar 126"
    b" /Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor << /Type /FontDescriptor"
    b" /FontName /TDAFLO+cstt10 /Flags 33 /FontBBox [0 -250 525 750] /ItalicAngle 0 /Ascent 750"
    b" /Descent -250 /CapHeight 700 /StemV 80 >> >>" % b" ".join([b"525"] * 95)
)
LISTING = [
    (r"\input macros", "% load the macros"),
    (r"\lang", "% switch the language on"),
    (r"\fontfam [LM]", "% Latin Modern fonts"),
    (r"\typosize[12/14]", "% the body's size"),
]


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _page() -> bytes:
    """Prose, the listing (code at x 92, each comment at the 20th letter's place, 92 + 20 pitches),
    prose again."""
    parts = [
        b"BT /F1 10 Tf 72 760 Td (The start of a document looks like this, with one command a line:) Tj ET"
    ]
    y = 740
    for code, comment in LISTING:
        parts.append(b"BT /F2 10 Tf 92 %d Td (%s) Tj ET" % (y, _escaped(code)))
        parts.append(b"BT /F2 10 Tf %.2f %d Td (%s) Tj ET" % (92 + 20 * PITCH, y, _escaped(comment)))
        y -= 13
    parts.append(
        b"BT /F1 10 Tf 72 %d Td (The macros work with every plain format that is around.) Tj ET" % (y - 8)
    )
    return font_pages([b"\n".join(parts)], [(b"F1", HELVETICA), (b"F2", CSTT)])


def test_a_listing_with_a_column_of_comments_is_one_code_block_in_place():
    (doc,) = parse_pdf(_page())
    listing = "\n".join(
        [
            r"\input macros       % load the macros",
            r"\lang               % switch the language on",
            r"\fontfam [LM]       % Latin Modern fonts",
            r"\typosize[12/14]    % the body's size",
        ]
    )
    assert doc.text.split("\n\n") == [
        "The start of a document looks like this, with one command a line:",
        listing,
        "The macros work with every plain format that is around.",
    ]
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"] == [listing]
    assert not [s for s in doc.spans if s.label == "table"]
