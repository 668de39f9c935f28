"""A table of short typewriter keys beside their descriptions (babel's shorthand tables: '"a' beside
'umlaut, for the other vowels too') reads as one line a row, the key before its description
(issue 15, the tenth check: slovak.pdf's key column went to `removed` as fragments while its
descriptions stayed, and the command table read ten names, then ten descriptions)."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

INTRO = "The shorthands below are made active by this file, and each of them does one thing only."
# key, lines of its description (the second hangs under the first, at the descriptions' edge)
ROWS = [
    ('"a', ["an umlaut over the letter, made for the other vowels and for their", "capitals as well."]),
    ('"|', ["no ligature at this place in the word."]),
    ('"-', ["a hyphen that lets the rest of the word break again at its own", "hyphenation points."]),
    ('"<', ["an opening guillemet, as French sets it."]),
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page() -> bytes:
    """The intro at x 100; the keys in 10 pt Courier at x 160 (12 points wide), drawn first as one
    column; the descriptions in 10 pt Helvetica at x 184, 12 points a line."""
    parts = [f"BT /F1 10 Tf 100 720 Td ({_escaped(INTRO)}) Tj ET"]
    y, places = 690, []
    for key, lines in ROWS:
        places.append((key, y))
        for text in lines:
            parts.append(f"BT /F1 10 Tf 184 {y} Td ({_escaped(text)}) Tj ET")
            y -= 12
    keys = [f"BT /F2 10 Tf 160 {at} Td ({_escaped(key)}) Tj ET" for key, at in places]
    return one_page("\n".join(keys + parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_each_key_reads_with_its_description_as_one_line():
    paragraphs = parse_pdf(_page())[0].text.split("\n\n")
    assert paragraphs == [
        INTRO,
        '"a  an umlaut over the letter, made for the other vowels and for their capitals as well.',
        '"|  no ligature at this place in the word.',
        '"-  a hyphen that lets the rest of the word break again at its own hyphenation points.',
        '"<  an opening guillemet, as French sets it.',
    ]
