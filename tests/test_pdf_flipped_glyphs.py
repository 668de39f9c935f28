"""Nothing lost to orientation (issue 15): sottigra.pdf (musixtex's notation mistakes, in French) set
all its prose in Type 3 bitmap fonts whose FontMatrix is [1 0 0 -1], drawn with a text matrix of
d = -1; pdfminer composes the text matrix only, called every glyph rotated, and the reader dropped
the lines in no layer. A glyph whose flip the font's matrix undoes is upright text; a line that is
really set turned goes to ``removed`` as ``rotated_text``."""

from pdf_objects import HELVETICA, one_page, stream

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    b"Quand vous faites un choix dans une maniere de noter, gardez-le",
    b"du debut a la fin du morceau, au lieu de changer de maniere a",
    b"votre guise, meme si la premiere maniere se discute un peu.",
]


def _type3_font() -> bytes:
    """A Type 3 font drawing the printable ASCII codes (each glyph an empty box) with a flipped
    FontMatrix, as dvips' bitmap fonts have it: its glyphs are upright only under a text matrix that
    flips them back. Its widths are proportional, as a text font's (cmr's) are: "i", "l" and
    punctuation 250 units, the rest 500 (one width for all would make it a typewriter font)."""
    procs = b" ".join(b"/g%d 7 0 R" % code for code in range(32, 127))
    differences = b" ".join(b"/g%d" % code for code in range(32, 127))
    return (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 -0.001 0 0]"
        b" /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [32 %s] >>"
        b" /FirstChar 32 /LastChar 126 /Widths [%s] >>"
        % (
            procs,
            differences,
            b" ".join(b"250" if chr(code) in "il.,;:'-" else b"500" for code in range(32, 127)),
        )
    )


def _pdf(content: bytes) -> bytes:
    """One US Letter page drawing ``content`` with the flipped Type 3 font as /T3, Helvetica as /F1."""
    return one_page(content, [(b"T3", _type3_font()), (b"F1", HELVETICA)], stream(b"500 0 d0"))


def test_type3_glyphs_flipped_back_by_their_font_read_as_upright_text():
    rows = b"".join(b"1 0 0 -1 72 %d Tm (%s) Tj\n" % (700 - 14 * i, t) for i, t in enumerate(PROSE))
    (doc,) = parse_pdf(_pdf(b"BT /T3 10 Tf\n" + rows + b"ET"))
    assert doc.text == (
        "Quand vous faites un choix dans une maniere de noter, gardez-le du debut a la fin du "
        "morceau, au lieu de changer de maniere a votre guise, meme si la premiere maniere se discute un peu."
    )


def test_a_line_set_turned_goes_to_removed_as_rotated_text():
    rows = b"".join(b"1 0 0 1 72 %d Tm (%s) Tj\n" % (700 - 14 * i, t) for i, t in enumerate(PROSE))
    turned = b"0 1 -1 0 40 300 Tm (Draft copy not for release) Tj\n"
    (doc,) = parse_pdf(_pdf(b"BT /F1 10 Tf\n" + rows + turned + b"ET"))
    assert "Draft" not in doc.text
    assert doc.text.startswith("Quand vous faites un choix")
    turned_text = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "rotated_text"]
    # pdfminer reads a turned line glyph by glyph, top down: joined again, read upward, words apart
    assert turned_text == ["Draft copy not for release"]


def test_a_line_turned_right_reads_top_down():
    rows = b"".join(b"1 0 0 1 72 %d Tm (%s) Tj\n" % (700 - 14 * i, t) for i, t in enumerate(PROSE))
    turned = b"0 -1 1 0 580 600 Tm (Printed on recycled paper) Tj\n"
    (doc,) = parse_pdf(_pdf(b"BT /F1 10 Tf\n" + rows + turned + b"ET"))
    turned_text = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "rotated_text"]
    assert turned_text == ["Printed on recycled paper"]
