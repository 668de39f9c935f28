"""TeX's hooked arrows read as one arrow, and glyphs of no character cut out of code with a record
(issue 15, thirty-fourth check: nut-doc's FAQ.pdf, a dblatex manual, marks each wrapped log line
with \\hookleftarrow, cmsy's "←" joined to cmmi's hook, which pdfminer read "←(cid:45)" five times in
the kept code; nbsphinx.pdf's continued lines open with "(cid:44)→", Sphinx's \\hookrightarrow).

The math fonts are named and encoded as pdfTeX writes them: a ``/Differences`` array over
WinAnsiEncoding with TeX's glyph names, every code 400 units wide; the log in Courier."""

from pdf_objects import COURIER, HELVETICA, one_page, tex_font

from sloika.pipelines.formats.pdf import UNMAPPED_WHY, parse_pdf

CMSY = tex_font(b"FRBTTO+CMSY10", b"65 /arrowleft /arrowright")
CMMI = tex_font(b"LSUPIB+CMMI10", b"44 /arrowhookleft /arrowhookright 46 /trianglepiece")
PROSE = b"BT /F1 10 Tf 72 740 Td (The driver writes these lines to the kernel log when it starts:) Tj ET\n"


def _log(rows: bytes) -> dict:
    """The one document of a page with a sentence over Courier log ``rows`` (/F2), cmsy as /S and
    cmmi as /M."""
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"S", CMSY), (b"M", CMMI)]
    (doc,) = parse_pdf(one_page(PROSE + rows, fonts))
    return doc


def _code(doc) -> str:
    return "\n".join(doc.text[span.start : span.end] for span in doc.spans if span.label == "code")


def test_a_wrapped_log_line_s_hooked_arrow_joins_its_rows():
    """dblatex's \\hookleftarrow at a row's end ("←" and the hook ``arrowhookright`` overlapping it)
    reads as "↩", its mark of a wrapped line: the row goes on with the next, as "←-" did."""
    doc = _log(
        b"BT /F2 8 Tf 72 712 Td (usb 1-6: New USB device found, idProduct=ffff, ) Tj ET\n"
        b"BT /S 10 Tf 303 712 Td (A) Tj ET BT /M 10 Tf 306 712 Td (-) Tj ET\n"
        b"BT /F2 8 Tf 86.4 702 Td (bcdDevice= 0.01) Tj ET\n"
        b"BT /F2 8 Tf 72 692 Td (usb 1-6: Product: Eaton 5E) Tj ET\n"
    )
    code = _code(doc)
    assert "(cid:" not in doc.text and "←" not in doc.text
    assert code.splitlines() == [
        "usb 1-6: New USB device found, idProduct=ffff, bcdDevice= 0.01",
        "usb 1-6: Product: Eaton 5E",
    ]


def test_a_symbol_fonts_arrow_joins_its_hook_on_their_baseline():
    """A cmsy whose descriptor gives no descent (0: Ghostscript's CFF cmsy9 in debian-faq.ru.pdf) has its
    "←" boxed from its baseline up, higher than cmmi's hook on the same baseline (-250): the two still
    read as one "↩", the wrap of a code line, not "←" with the hook left over."""
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"S", tex_font(b"FRBTTO+CMSY10", b"65 /arrowleft", 0))]
    rows = (
        b"BT /F2 8 Tf 72 712 Td (usb 1-6: New USB device found, idProduct=ffff, ) Tj ET\n"
        b"BT /S 10 Tf 303 712 Td (A) Tj ET BT /M 10 Tf 306 712 Td (-) Tj ET\n"
        b"BT /F2 8 Tf 86.4 702 Td (bcdDevice= 0.01) Tj ET\n"
    )
    (doc,) = parse_pdf(one_page(PROSE + rows, [*fonts, (b"M", CMMI)]))
    assert "←" not in doc.text
    assert _code(doc).splitlines() == ["usb 1-6: New USB device found, idProduct=ffff, bcdDevice= 0.01"]


def test_a_continued_line_s_hooked_arrow_reads_as_one_arrow():
    """Sphinx's \\hookrightarrow opening a continued row (the hook ``arrowhookleft`` and cmsy's "→")
    reads as "↪", not "(cid:44)→"."""
    doc = _log(
        b"BT /F2 8 Tf 72 712 Td (future versions of the writer are expected to use the base) Tj ET\n"
        b"BT /M 10 Tf 72 702 Td (,) Tj ET BT /S 10 Tf 74.5 702 Td (B) Tj ET\n"
        b"BT /F2 8 Tf 84 702 Td (implementation for formatting and rendering.) Tj ET\n"
    )
    assert "(cid:" not in doc.text
    assert _code(doc).splitlines()[-1] == "\u21aa implementation for formatting and rendering."


def test_a_glyph_of_no_character_in_code_is_cut_with_a_record():
    """A glyph no name maps (cmmi's ``trianglepiece`` here) is cut from the code line it stands in,
    its "(cid:46)" recorded where it stood as ``unreadable``; the line and the next keep their
    indentation."""
    doc = _log(
        b"BT /F2 8 Tf 72 712 Td (if ready:) Tj ET\n"
        b"BT /F2 8 Tf 81.6 702 Td (start\\(\\)) Tj ET BT /M 10 Tf 120 702 Td (.) Tj ET\n"
        b"BT /F2 8 Tf 81.6 692 Td (stop\\(\\)) Tj ET\n"
    )
    assert "(cid:" not in doc.text
    assert _code(doc).splitlines() == ["if ready:", "  start()", "  stop()"]
    records = [span.attrs for span in doc.layers["removed"] if span.label == "unreadable"]
    assert records == [{"text": "(cid:46)", "why": UNMAPPED_WHY}]


def test_a_display_of_a_glyph_of_no_character_is_cut_with_a_record():
    """A figure's lone glyph no name maps, centred between two paragraphs (maxmat3src.pdf's "(cid:98)"
    under Figure 2, the forty-fourth check), read as a one-line display: cut with its record as a
    code line's is, and no `math` span over nothing."""
    rows = (
        b"BT /F1 10 Tf 72 712 Td (Each string is also a prefix of another string of the set.) Tj ET\n"
        b"BT /M 10 Tf 290 684 Td (.) Tj ET\n"
        b"BT /F1 10 Tf 72 656 Td (The references of the tree are drawn as arcs between nodes.) Tj ET\n"
    )
    doc = _log(rows)
    assert "(cid:" not in doc.text
    assert doc.text.endswith(
        "Each string is also a prefix of another string of the set.\n\n"
        "The references of the tree are drawn as arcs between nodes."
    )
    assert not [span for span in doc.spans if span.label == "math"]
    records = [span.attrs for span in doc.layers["removed"] if span.label == "unreadable"]
    assert records == [{"text": "(cid:46)", "why": UNMAPPED_WHY}]
