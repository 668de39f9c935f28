"""A diagram drawn in XY-pic's fonts reads as no letters (issue 15, nineteenth check: an xdvipdfmx
example opened with "4jjjjjjjjjjjj Двумерно": an arrow's tip and dashes, whose codes sit on "4" and
"j", read as letters before the diagram's label). The fonts are built as that PDF names them
(``XYBTIP-Medium``, ``XYDASH-Medium``, subset tags before them, no ToUnicode table)."""

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf


def _xy_font(name: bytes) -> bytes:
    widths = b" ".join([b"500"] * 256)
    return (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding"
        b" /FirstChar 0 /LastChar 255 /Widths [%s] >>" % (name, widths)
    )


PAGE = (
    b"BT /F1 12 Tf 72 720 Td (Classification of life forms) Tj ET "
    b"BT /A 10 Tf 72 690 Td (4) Tj /D 10 Tf (jjjjjjjjjjjj) Tj /F1 10 Tf ( Two-dimensional, O2) Tj ET "
    b"BT /F1 10 Tf 72 660 Td (Examples follow in the table below.) Tj ET"
)


def test_an_xy_pic_arrow_is_cut_and_its_label_kept():
    fonts = [
        (b"F1", HELVETICA),
        (b"A", _xy_font(b"AKDEMO+XYBTIP-Medium")),
        (b"D", _xy_font(b"UHDBIX+XYDASH-Medium")),
    ]
    (doc,) = parse_pdf(one_page(PAGE, fonts))
    assert doc.text == (
        "Classification of life forms\n\nTwo-dimensional, O2\n\nExamples follow in the table below."
    )
    cut = [span.attrs["text"] for span in doc.layers["removed"]]
    assert cut == ["\uf034" + "\uf06a" * 12]


def test_a_text_font_named_like_no_picture_font_keeps_its_letters():
    fonts = [(b"F1", HELVETICA), (b"A", _xy_font(b"Helvetica")), (b"D", _xy_font(b"Helvetica"))]
    (doc,) = parse_pdf(one_page(PAGE, fonts))
    assert "4jjjjjjjjjjjj" in doc.text.replace(" ", "")
