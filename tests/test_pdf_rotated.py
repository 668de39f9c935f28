"""A PDF whose prose is set rotated is refused as ``rotated_text``, not as a card without prose
(issue 15: lscape's documentation, 1,863 of its 1,866 glyphs turned, was rejected ``no_prose`` "a card
or a specimen has nothing to keep as prose")."""

import pytest
from pdf_objects import helvetica_page

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.pdf import parse_pdf

LINES = [
    b"The landscape package turns the body of a page by ninety degrees",
    b"so that a wide table fits, while the running head stays upright",
    b"for the reader who holds the printed page the usual way round.",
]


def _page(matrix: bytes) -> bytes:
    """One page setting LINES with the text matrix ``matrix`` (a b c d), 14 points apart."""
    rows = b"".join(
        b"%s %d %d Tm (%s) Tj\n" % (matrix, 100 + 14 * i, 100 + 14 * i, t) for i, t in enumerate(LINES)
    )
    content = b"BT /F1 11 Tf\n" + rows + b"ET"
    return helvetica_page(content)


def test_rotated_prose_is_refused_as_rotated_text():
    with pytest.raises(FormatError) as refused:
        parse_pdf(_page(b"0 1 -1 0"))
    assert refused.value.reason == "rotated_text"
    assert "set rotated" in refused.value.detail


def test_prose_turned_by_ghostscripts_matrix_is_refused_as_rotated_text():
    """Ghostscript writes a turn by 90 degrees with a residue cosine, "0.00000001 1 -1 0.00000001",
    which pdfminer's sign test calls upright: the glyphs were read as upright lines of a letter each."""
    with pytest.raises(FormatError) as refused:
        parse_pdf(_page(b"0.00000001 1 -1 0.00000001"))
    assert refused.value.reason == "rotated_text"


def test_upright_prose_is_read():
    (parsed,) = parse_pdf(_page(b"1 0 0 1"))
    assert "The landscape package turns the body of a page by ninety degrees" in parsed.text
