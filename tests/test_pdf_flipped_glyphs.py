"""Nothing lost to orientation (issue 15): sottigra.pdf (musixtex's notation mistakes, in French) set
all its prose in Type 3 bitmap fonts whose FontMatrix is [1 0 0 -1], drawn with a text matrix of
d = -1; pdfminer composes the text matrix only, called every glyph rotated, and the reader dropped
the lines in no layer. A glyph whose flip the font's matrix undoes is upright text; a line that is
really set turned goes to ``removed`` as ``rotated_text``. lasso2's manual (an older PDF of dvips PK
fonts converted by Ghostscript) keeps FontMatrix [1 0 0 1] and flips by its text matrix alone, its
bitmaps drawn the other way up: every Type 3 glyph flipped vertically only is upright text, so its
unmapped glyphs are counted and the PDF refused as ``unmapped_text_layer``, not kept as plot labels.
"""

import pytest
from pdf_objects import HELVETICA, one_page, stream

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    b"Quand vous faites un choix dans une maniere de noter, gardez-le",
    b"du debut a la fin du morceau, au lieu de changer de maniere a",
    b"votre guise, meme si la premiere maniere se discute un peu.",
]


def _type3_font(matrix: bytes = b"0.001 0 0 -0.001") -> bytes:
    """A Type 3 font drawing codes 1 to 126 (each glyph an empty box) with FontMatrix ``matrix``,
    flipped as dvips' bitmap fonts have it: its glyphs are upright only under a text matrix that
    flips them back. Its widths are proportional, as a text font's (cmr's) are: "i", "l" and
    punctuation 250 units, the rest 500 (one width for all would make it a typewriter font). Its
    glyph names map to no character: pdfminer reads the printable codes by StandardEncoding, the
    control codes as "(cid:N)"."""
    procs = b" ".join(b"/g%d 7 0 R" % code for code in range(1, 127))
    differences = b" ".join(b"/g%d" % code for code in range(1, 127))
    return (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [%s 0 0]"
        b" /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [1 %s] >>"
        b" /FirstChar 1 /LastChar 126 /Widths [%s] >>"
        % (
            matrix,
            procs,
            differences,
            b" ".join(b"250" if chr(code) in "il.,;:'-" else b"500" for code in range(1, 127)),
        )
    )


def _pdf(content: bytes, matrix: bytes = b"0.001 0 0 -0.001") -> bytes:
    """One US Letter page drawing ``content`` with the Type 3 font of FontMatrix ``matrix`` as /T3,
    Helvetica as /F1."""
    return one_page(content, [(b"T3", _type3_font(matrix)), (b"F1", HELVETICA)], stream(b"500 0 d0"))


def test_type3_glyphs_flipped_back_by_their_font_read_as_upright_text():
    rows = b"".join(b"1 0 0 -1 72 %d Tm (%s) Tj\n" % (700 - 14 * i, t) for i, t in enumerate(PROSE))
    (doc,) = parse_pdf(_pdf(b"BT /T3 10 Tf\n" + rows + b"ET"))
    assert doc.text == (
        "Quand vous faites un choix dans une maniere de noter, gardez-le du debut a la fin du "
        "morceau, au lieu de changer de maniere a votre guise, meme si la premiere maniere se discute un peu."
    )


def test_type3_glyphs_flipped_by_the_text_matrix_alone_read_as_upright_text():
    """Ghostscript's dvips PK fonts: FontMatrix unflipped, text matrix [0.01 0 0 -0.01]."""
    rows = b"".join(b"0.01 0 0 -0.01 72 %d Tm (%s) Tj\n" % (700 - 14 * i, t) for i, t in enumerate(PROSE))
    (doc,) = parse_pdf(_pdf(b"BT /T3 1000 Tf\n" + rows + b"ET", matrix=b"0.001 0 0 0.001"))
    assert doc.text.startswith("Quand vous faites un choix dans une maniere de noter, gardez-le du debut")
    assert not [s for s in doc.layers.get("removed", []) if s.attrs.get("why") == "rotated_text"]


def test_flipped_type3_glyphs_mapping_to_no_character_are_refused_as_unmapped():
    """lasso2's manual: the body in flipped bitmap fonts whose codes are the order of first use (the
    control codes read "(cid:N)"), the plots' labels in Helvetica: refused, whatever labels stay."""
    from sloika.pipelines.formats.base import FormatError

    codes = bytes(range(1, 32)).replace(b"\n", b"").replace(b"\r", b"")
    junk = b"".join(
        b"0.01 0 0 -0.01 72 %d Tm <%s> Tj\n" % (700 - 14 * i, (codes[i:] + codes[:i]).hex().encode())
        for i in range(20)
    )
    labels = b"1 0 0 1 300 300 Tm (lcavol) Tj 1 0 0 1 300 200 Tm (Rain2 Year) Tj\n"
    page = b"BT /T3 1000 Tf\n" + junk + b"/F1 9 Tf\n" + labels + b"ET"
    with pytest.raises(FormatError) as refused:
        parse_pdf(_pdf(page, matrix=b"0.001 0 0 0.001"))
    assert refused.value.reason == "unmapped_text_layer"


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


def _numbered_font() -> bytes:
    """lasso2's Type 3 fonts as Ghostscript wrote them: no name, no ToUnicode, a ``/Differences``
    naming each of the 256 codes by its number ("/a0" … "/a255"), every glyph an empty box, widths
    proportional."""
    names = [b"/a%d" % code for code in range(256)]
    return (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [0 %s] >>"
        b" /FirstChar 0 /LastChar 255 /Widths [%s] >>"
        % (
            b" ".join(b"%s 7 0 R" % name for name in names),
            b" ".join(names),
            b" ".join(b"250" if code % 7 == 0 else b"500" for code in range(256)),
        )
    )


def test_a_font_numbering_all_its_codes_maps_none_and_its_refusal_states_the_share():
    """The body's glyphs numbered as the pages first use them (0, 1, 2, … with repeats), which a TeX
    encoding (OT1, its ligatures' slots 11–15 among the names) or the base encoding's letters would read
    as "ΓΘΔΞ…", "ABC…": none is mapped, and the refusal states the share a reader counts."""
    from sloika.pipelines.formats.base import FormatError

    codes = bytes(code for code in range(96) if code not in (10, 13))
    junk = b"".join(
        b"1 0 0 1 72 %d Tm <%s> Tj\n" % (700 - 14 * i, (codes[: 30 + 2 * i] + codes[:8]).hex().encode())
        for i in range(20)
    )
    labels = b"1 0 0 1 300 200 Tm (lcavol) Tj\n"
    page = b"BT /T3 10 Tf\n" + junk + b"/F1 9 Tf\n" + labels + b"ET"
    with pytest.raises(FormatError) as refused:
        parse_pdf(one_page(page, [(b"T3", _numbered_font()), (b"F1", HELVETICA)], stream(b"500 0 d0")))
    assert refused.value.reason == "unmapped_text_layer"
    assert int(refused.value.detail.split("%")[0]) >= 95
