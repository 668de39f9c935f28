"""An object stream holding a stream object, as pdfTeX writes thumbpdf's page thumbnails into one
when it compresses objects, is read object by object at the offsets its header gives, not refused
as a damaged PDF (issue 15, check 64: r-cran-powerlaw's 16-page d_jss_paper.pdf, a Journal of
Statistical Software paper, was refused as ``broken_pdf``: pdfminer read a thumbnail's image bytes
as tokens and failed on a lone ``R`` among them). Expected texts are typed from the page built."""

import io

import pytest
from pdf_objects import HELVETICA, helvetica_line, packed_pdf, stream
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_object_streams import open_document

LINES = [
    "Heavy tailed distributions are fitted to the observed data by maximum likelihood,",
    "and the lower cut-off is chosen where the fitted model lies nearest the data.",
]
TEXT = (
    "Heavy tailed distributions are fitted to the observed data by maximum likelihood, "
    "and the lower cut-off is chosen where the fitted model lies nearest the data."
)
PACKED = [5, 1, 2, 3, 6]  # the thumbnail first, as in the paper's first object stream


def _paper(pixels: bytes, header: bytes | None = None) -> bytes:
    """A one-page paper whose catalog, page tree, page, font and the page's thumbnail (a 1×1 RGB
    image of ``pixels``, object 5) are stored in one object stream, the thumbnail first."""
    content = b"\n".join(helvetica_line(72, 700 - 14 * at, line, 11) for at, line in enumerate(LINES))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Thumb 5 0 R"
        b" /Resources << /Font << /F1 6 0 R >> >> >>",
        stream(content),
        stream(pixels, b"/Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceRGB"),
        HELVETICA,
    ]
    return packed_pdf(objects, PACKED, header)


def test_a_thumbnail_whose_bytes_hold_a_lone_r_is_read():
    # a pixel (32, 82, 32) is the bytes " R ": pdfminer's run of tokens meets "R" with no numbers
    pdf = _paper(b" R ")
    with pytest.raises(ValueError, match="not enough values to unpack"):
        PDFDocument(PDFParser(io.BytesIO(pdf)))
    (parsed,) = parse_pdf(pdf)
    assert parsed.text == TEXT


def test_a_thumbnail_read_as_tokens_no_longer_shifts_the_objects_after_it():
    # "abc" raises nothing in pdfminer's run, but its tokens take the places of the catalog and page
    pdf = _paper(b"abc")
    (parsed,) = parse_pdf(pdf)
    assert parsed.text == TEXT
    document = open_document(pdf)
    assert document.getobj(5).get_data() == b"abc"
    assert document.getobj(3)["Thumb"].objid == 5


def test_an_object_stream_pdfminer_reads_whole_is_read_as_pdfminer_reads_it():
    # every offset 0 is wrong, but the objects are one value each: pdfminer's run reads them in order
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    page += b" /Resources << /Font << /F1 5 0 R >> >> >>"
    content = b"\n".join(helvetica_line(72, 700 - 14 * at, line, 11) for at, line in enumerate(LINES))
    pdf = packed_pdf([*objects, page, stream(content), HELVETICA], [1, 2, 3, 5], b"1 0 2 0 3 0 5 0\n")
    (parsed,) = parse_pdf(pdf)
    assert parsed.text == TEXT


def test_an_object_stream_whose_header_is_damaged_is_still_refused():
    header = b"5 0 1 x 2 y 3 z 6 w\n"  # offsets that are no numbers: no object can be found
    with pytest.raises(FormatError) as refused:
        parse_pdf(_paper(b" R ", header))
    assert refused.value.reason == "broken_pdf"
    assert "pdfminer could not parse the PDF on page 1 (ValueError: not enough values to unpack" in (
        refused.value.detail
    )
