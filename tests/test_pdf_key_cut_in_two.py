"""A key table whose key cell pdfminer cut in two reads the whole key before its description
(issue 15, issue-hunt49: latex-make.pdf's list of ADD-variables numbers its keys "1 LU_target_NAME",
"2 target_NAME", …, the second's name in typewriter italic; pdfminer read "2" and "target_NAME" as two
lines, "2" took the description and "target_NAME" stood alone as a paragraph before its row)."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, one_page, text_at

from sloika.pipelines.formats.pdf import parse_pdf

COURIER_OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Oblique /Encoding /WinAnsiEncoding >>"

INTRO = "An ADD-variable is cumulative: the user can replace or add values per document or per flavor."
ROWS = [  # the key's number, its name, the name's font, the description
    ("1", "LU_target_NAME", "F2", "replacing per document and per flavor values;"),
    ("2", "target_NAME", "F3", "cumulative per document and per flavor values;"),
    ("3", "LU_master_NAME", "F2", "replacing per document values;"),
    ("4", "master_NAME", "F3", "cumulative per document values;"),
]


def _page() -> bytes:
    """The intro at x 100; each row's number in 10 pt Courier at x 112, its name 12 points past
    it (upright or oblique Courier, a tabular's second cell), its description in Helvetica at x 255,
    14 points a row; the upright names drawn with their numbers as one string, the oblique apart."""
    parts = [text_at(100, 700, INTRO)]
    for at, (number, name, font, desc) in enumerate(ROWS):
        y = 680 - 14 * at
        if font == "F2":
            parts.append(text_at(112, y, f"{number} {name}", font="F2"))
        else:
            parts += [text_at(112, y, number, font="F2"), text_at(130, y, name, font="F3")]
        parts.append(text_at(255, y, desc))
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", COURIER_OBLIQUE)]
    return one_page("\n".join(parts).encode(), fonts)


def test_a_key_cut_in_two_reads_whole_before_its_description():
    paragraphs = parse_pdf(_page())[0].text.split("\n\n")
    assert paragraphs == [INTRO] + [f"{number} {name}  {desc}" for number, name, _, desc in ROWS]
