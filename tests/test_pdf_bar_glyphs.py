"""A minus drawn by a bitmap font's glyph named by its code (issue 15, the forty-ninth check,
tachyon.pdf's Figure 1): its listings set "-" as a minus from a nameless pdfTeX bitmap font whose one
glyph is code 61 ("/a61"), which pdfminer and every text encoding read as "=", so the printed
"tar −xvf" came out "tar =xvf". The glyph is one solid bar, as that PDF draws it (54 by 2 bits); an
"=" draws two. The sixty-first check's crc.pdf (row 2) draws its listings' minus so too (code 61, 46 by 2
bits), but with its first row's two end bits clear, a round pen's corners: it was read "=" ("non=zero",
"(D=k)") while a bar had to paint every bit. The words are sloika's own."""

from pdf_objects import HELVETICA, one_page, stream

from sloika.pipelines.formats.pdf import parse_pdf

ONE_BAR = b"\xff\xff\xff\xff\xff\xff\xfc" * 2  # 54 bits set in each of 2 rows
TWO_BARS = ONE_BAR + b"\x00" * 7 * 3 + ONE_BAR  # two such bars 3 rows apart
# a round pen's bar, as crc.pdf's: the first row's end bits (0 and 53) clear, the second row whole
ROUND_BAR = b"\x7f\xff\xff\xff\xff\xff\xf8" + b"\xff\xff\xff\xff\xff\xff\xfc"
# a tilde's two rows: the left half painted above, the right half below
WAVE = b"\xff\xff\xff\xe0\x00\x00\x00" + b"\x00\x00\x00\x1f\xff\xff\xfc"


def _bitmap_font() -> bytes:
    """A nameless Type 3 font drawing code 61 ("/a61") by object 7, as pdfTeX embeds a PK font."""
    return (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [5 20 60 22] /FontMatrix [0.012 0 0 0.012 0 0]"
        b" /CharProcs << /a61 7 0 R >> /Encoding << /Type /Encoding /Differences [61 /a61] >>"
        b" /Resources << /ProcSet [/PDF /ImageB] >> /FirstChar 61 /LastChar 61 /Widths [64.58] >>"
    )


def _glyph(bits: bytes, rows: int) -> bytes:
    """The glyph's procedure: an image mask 54 bits wide of ``rows`` rows."""
    return stream(
        b"64.58 0 5 20 60 22 d1\nq\n54 0 0 %d 5 20 cm\nBI\n/W 54\n/H %d\n/IM true\n/BPC 1\n/D [1 0]\n"
        b"ID %s\nEI\nQ" % (rows, rows, bits)
    )


def _command(glyph: bytes) -> str:
    """The kept text of a sentence over a command whose option dash is the bitmap font's code 61."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The archive is unpacked with the usual command below.) Tj ET"
        b"\nBT /F1 10 Tf 72 680 Td (tar ) Tj /B 10 Tf (=) Tj /F1 10 Tf (xvf archive.tar) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"B", _bitmap_font())], glyph))
    return doc.text


def test_a_bitmap_bar_reads_as_a_minus():
    """One bar is a minus, as printed: "tar −xvf", not "tar =xvf"."""
    assert "tar \u2212xvf archive.tar" in _command(_glyph(ONE_BAR, 2))


def test_a_bitmap_of_two_bars_stays_an_equals_sign():
    """Two bars are the "=" the code reads as."""
    assert "tar =xvf archive.tar" in _command(_glyph(TWO_BARS, 7))


def test_a_bitmap_bar_with_round_ends_reads_as_a_minus():
    """A bar whose corners a round pen left clear is a minus still: "tar −xvf"."""
    assert "tar \u2212xvf archive.tar" in _command(_glyph(ROUND_BAR, 2))


def test_a_bitmap_whose_rows_are_half_painted_is_no_bar():
    """A row painted over half the glyph's width is no bar's: the code's reading stays."""
    assert "tar =xvf archive.tar" in _command(_glyph(WAVE, 2))
