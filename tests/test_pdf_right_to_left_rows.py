"""A right-to-left row read in pieces is written right to left (issue 15, issue-rtl2; the fiftieth
check's row 05, alpha-persian-l.userguide.pdf). pdfminer parts a row at a gap wider than its margin:
a Persian reference's label right of its entry, a Persian sentence parted by a citation. Each piece
was read in logical order, but the pieces were joined left to right, so the label ended its entry
("علی رضایی علی‌آباد. … [ا.م.ف٠٢]") and the sentence's end came before its start. Expected texts typed
by hand as the page prints them; Persian drawn left to right, as XeTeX draws it."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, mapped_font, mapped_row, one_page, text_row  # noqa: E402
from test_pdf_right_to_left import PROSE  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_bidi import pieces_in_reading_order  # noqa: E402

GAP = 12.0  # pt between two pieces of a row: over pdfminer's margin (2 glyph widths), under 1.5 em


@pytest.mark.parametrize(
    ("pieces", "read"),
    [
        # a Persian row: its right piece is read first
        (["علی رضایی", "[ا.م.ف]"], ["[ا.م.ف]", "علی رضایی"]),
        (
            ["[✓+02، مدد+٩۵] و همچنین داریم:", "[✓+02] و [GNE+16] و"],
            ["[✓+02] و [GNE+16] و", "[✓+02، مدد+٩۵] و همچنین داریم:"],
        ),
        # an English row quoting a Persian word, or a Persian value after a Latin key, stays
        (["It Writes in Persian style", "“شابک”."], ["It Writes in Persian style", "“شابک”."]),
        (["“شابک” is the", "Persian for ISBN"], ["“شابک” is the", "Persian for ISBN"]),
        (["title={", "فضای توپولوژی},"], ["title={", "فضای توپولوژی},"]),
    ],
)
def test_a_rows_pieces_are_read_in_the_rows_direction(pieces: list[str], read: list[str]):
    assert pieces_in_reading_order(pieces) == read


def test_a_persian_reference_row_in_two_pieces_reads_its_label_first():
    """A reference's label drawn right of its entry, a gap between them: the label opens the line."""
    label, first, second = "[ف.م.ا]", "ییاضر", "یلع"  # drawn left to right: "علی رضایی" and "[ا.م.ف]"
    chars = "".join(dict.fromkeys(label + first + second))
    font, cmap = mapped_font(chars)
    x = 72 + 5 * len(first) + 3
    content = b"\n".join(
        [
            text_row(72, 700, PROSE[0]),
            text_row(72, 688, PROSE[1]),
            mapped_row(chars, 72, 664, first),
            mapped_row(chars, x, 664, second),
            mapped_row(chars, x + 5 * len(second) + GAP, 664, label),
        ]
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"P", font)], cmap))
    assert doc.text.endswith("[ا.م.ف] علی رضایی")
