"""Code in a Sphinx manual's listings kept whole (issue 15, the forty-third held-out check's row 03_pdf,
pymzML.pdf): a string's triple quotes set in the text font's slant between two code lines, a dict's
opening brace alone on its line in a docstring, and Sphinx's marks of a code line it broke to fit
the page ("␣" ending the row, "˓→" opening the rest). Names and code sloika's own; expected texts
typed by hand.

The fonts are named as pdfTeX writes them: the listing's typewriter t1xtt (its visible space named
``uni2423``), the hook and arrow of \\hookrightarrow in cmmi5 and cmsy5, every code 400 units wide."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_lines, one_page, removed_texts, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

TYPEWRITER = tex_font(b"SFNEBJ+t1xtt", b"127 /uni2423")
HOOK = tex_font(b"GCJXHR+CMMI5", b"44 /uni02D3")
ARROW = tex_font(b"AXXKPS+CMSY5", b"65 /arrowright")
SLANTED = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic /Encoding /WinAnsiEncoding >>"
WRAP_WHY = "wrap_mark: Sphinx's marks of a code line it broke to fit the page"


def _doc(prose: str, rows: bytes):
    """The one document of a page with the Helvetica sentence ``prose`` (/F1) over ``rows``: /F2
    Courier, /T the typewriter t1xtt, /I Times-Italic, /M cmmi5's hook and /S cmsy5's arrow."""
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"T", TYPEWRITER), (b"I", SLANTED)]
    head = b"BT /F1 10 Tf 72 740 Td (%s) Tj ET\n" % prose.encode()
    (doc,) = parse_pdf(one_page(head + rows, [*fonts, (b"M", HOOK), (b"S", ARROW)]))
    return doc


def test_triple_quotes_in_the_text_font_between_code_lines_are_the_listing_s():
    """A listing's "'''" set in a slanted text font between monospaced lines is a line of the
    listing, not ``no_words`` debris: the string keeps its opening quotes and the lines after it
    their indentation under "else:"."""
    doc = _doc(
        "Then read the chapter back:",
        b"BT /F2 10 Tf 72 712 Td (else:) Tj ET\n"
        b"BT /F2 10 Tf 96 700 Td (print\\() Tj ET\n"
        b"BT /I 10 Tf 120 688 Td (''') Tj ET\n"
        b"BT /F2 10 Tf 120 676 Td (Reading chapter {0}) Tj ET\n"
        b"BT /I 10 Tf 120 664 Td (''') Tj ET BT /F2 10 Tf 126.5 664 Td (.format\\(chap_num\\)) Tj ET\n"
        b"BT /F2 10 Tf 96 652 Td (\\)) Tj ET\n"
        b"BT /F2 10 Tf 96 640 Td (s = time.time\\(\\)) Tj ET\n",
    )
    assert code_lines(doc) == [
        "else:",
        "    print(",
        "        '''",
        "        Reading chapter {0}",
        "        '''.format(chap_num)",
        "    )",
        "    s = time.time()",
    ]
    assert removed_texts(doc, "no_words") == []


def test_a_brace_opening_a_printed_dict_stays_with_its_closing_brace():
    """A docstring's dict printed in the text font, "{" and "}" each alone on a line: the opening
    brace is the dict's as much as the closing one, not ``no_words`` debris."""
    doc = _doc(
        "Transformed m/z values with their errors.",
        b"BT /F1 10 Tf 72 712 Td (Returns) Tj ET\n"
        b"BT /F1 10 Tf 90 694 Td (Transformed m/z values in dictionary) Tj ET\n"
        b"BT /F1 10 Tf 100 676 Td ({) Tj ET\n"
        b"BT /F1 10 Tf 100 658 Td (m/z_with_error : [\\(m/z,intensity\\), . . . ], . . .) Tj ET\n"
        b"BT /F1 10 Tf 100 640 Td (}) Tj ET\n"
        b"BT /F1 10 Tf 72 620 Td (Return type) Tj ET\n",
    )
    assert removed_texts(doc, "no_words") == []
    assert doc.text.index("{") < doc.text.index("m/z_with_error") < doc.text.index("}")


def test_sphinx_s_wrap_marks_join_the_line_the_author_wrote():
    """A listing row Sphinx broke at a space ends with "␣" and its rest opens with "˓→": the two rows
    are the author's one line, the "␣" read as its space; a row broken inside a word ("self." /
    "˓→encoding)") joins with nothing between. The marks go to ``removed`` as ``wrap_mark``."""
    doc = _doc(
        "Install it with the extras you need:",
        b'BT /T 10 Tf 72 712 Td (pip install "pymzml[deconvolution]" # with deconvolution '
        b"support\\177) Tj ET\n"
        b"BT /M 5 Tf 78.4 700.6 Td (,) Tj ET BT /S 5 Tf 80.4 700.6 Td (A) Tj ET\n"
        b"BT /T 10 Tf 82.4 700 Td (using ms_deisotope) Tj ET\n"
        b"BT /T 10 Tf 72 688 Td (handler = standardGzip.StandardGzip\\(path, self.) Tj ET\n"
        b"BT /M 5 Tf 78.4 676.6 Td (,) Tj ET BT /S 5 Tf 80.4 676.6 Td (A) Tj ET\n"
        b"BT /T 10 Tf 82.4 676 Td (encoding\\)) Tj ET\n",
    )
    assert code_lines(doc) == [
        'pip install "pymzml[deconvolution]" # with deconvolution support using ms_deisotope',
        "handler = standardGzip.StandardGzip(path, self.encoding)",
    ]
    assert removed_texts(doc, WRAP_WHY) == ["\u2423 \u02d3\u2192", "\u02d3\u2192"]
