"""A PDF whose prose is set rotated is read in the turned frame where a page's text is turned one way
(``pdf_turned_pages``, issue-landscape), and refused as ``rotated_text`` where it is not, not as a
card without prose (issue 15: lscape's documentation, 1,863 of its 1,866 glyphs turned, was rejected
``no_prose`` "a card or a specimen has nothing to keep as prose")."""

import pytest
from pdf_objects import helvetica_page

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.pdf import parse_pdf

LINES = [
    b"The landscape package turns the body of a page by ninety degrees",
    b"so that a wide table fits, while the running head stays upright",
    b"for the reader who holds the printed page the usual way round.",
]


def _page(*matrices: bytes) -> bytes:
    """One page setting LINES 14 points apart, each with the text matrix (a b c d) ``matrices``
    gives it in turn."""
    rows = b"".join(
        b"%s %d %d Tm (%s) Tj\n" % (matrices[i % len(matrices)], 100 + 14 * i, 100 + 14 * i, t)
        for i, t in enumerate(LINES)
    )
    content = b"BT /F1 11 Tf\n" + rows + b"ET"
    return helvetica_page(content)


def _read_in_order(text: str) -> bool:
    """Every line of LINES is in ``text``, in order (each starts 14 pt further along: the last reads
    as a paragraph of its own)."""
    at = [text.find(line.decode()) for line in LINES]
    return -1 not in at and at == sorted(at)


def test_rotated_prose_is_read_turned():
    (parsed,) = parse_pdf(_page(b"0 1 -1 0"))
    assert _read_in_order(parsed.text)


def test_prose_turned_by_ghostscripts_matrix_is_read_turned():
    """Ghostscript writes a turn by 90 degrees with a residue cosine, "0.00000001 1 -1 0.00000001",
    which pdfminer's sign test calls upright: the glyphs were read as upright lines of a letter each."""
    (parsed,) = parse_pdf(_page(b"0.00000001 1 -1 0.00000001"))
    assert _read_in_order(parsed.text)


def test_prose_turned_both_ways_is_refused_as_rotated_text():
    """Lines turned up and down the page by turns: no one frame reads the page."""
    with pytest.raises(FormatError) as refused:
        parse_pdf(_page(b"0 1 -1 0", b"0 -1 1 0"))
    assert refused.value.reason == "rotated_text"
    assert "set rotated" in refused.value.detail


def test_upright_prose_is_read():
    (parsed,) = parse_pdf(_page(b"1 0 0 1"))
    assert "The landscape package turns the body of a page by ninety degrees" in parsed.text
