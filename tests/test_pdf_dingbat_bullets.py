"""A list whose bullets are dingbats the font maps to no character (issue 15, twenty-sixth check
row 4: a pdfTeX manual's itemize set with pzdr's ``a136``, which pdfminer reads "(cid:136)"). The
bullet was cut as ``unreadable``, but the lines it opened were not taken for list items, so the
items ran together into one paragraph: "… increase the size of C. Saturating element-wise …". All
texts here are written for the tests."""

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import UNMAPPED_WHY, parse_pdf

DINGBATS = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ZYXWVU+ZapfDingbats /FirstChar 136 /LastChar 136"
    b" /Widths [500] /Encoding << /Type /Encoding /Differences [136 /a136] >> >>"
)
ITEMS = [
    "Arrays that grow when an entry is assigned past their end.",
    "Operators on integers that saturate instead of wrapping around.",
    "Matrices with more than two dimensions.",
]


def _item(y: float, text: str) -> bytes:
    """A bullet of the dingbat font at the item's indent, then ``text`` a little to its right."""
    return b"BT /D 10 Tf 84 %.2f Td (\210) Tj ET BT /F1 10 Tf 96 %.2f Td (%s) Tj ET" % (y, y, text.encode())


def test_items_opened_by_an_unmapped_dingbat_stay_apart_and_lose_the_bullet():
    """Each item its own paragraph, its bullet cut with the space after it."""
    content = b"BT /F1 10 Tf 72 700 Td (The features planned for a later version are these:) Tj ET "
    content += b" ".join(_item(686 - 14 * at, text) for at, text in enumerate(ITEMS))
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"D", DINGBATS)]))
    assert doc.text.split("\n\n") == ["The features planned for a later version are these:", *ITEMS]
    cut = [(s.attrs["text"], s.attrs["why"]) for s in doc.layers["removed"]]
    assert cut == [("(cid:136)", UNMAPPED_WHY)] * 3
