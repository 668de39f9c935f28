"""A code listing's printed line numbers (doc.sty's: a small roman "32" at the left margin, the code
in a typewriter font beside it) go to ``removed`` as lines of numbers alone, every line's the same
way, and each code line stays its own line (issue 15, sixth held-out check: etexcmds.pdf kept
"32 \\endgroup%" while the other lines' numbers went)."""

from __future__ import annotations

from pdf_objects import HELVETICA, UNNAMED_MONO, font_pages, one_page

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

PROSE = [
    "The package gives each new primitive a name with a prefix of its own,",
    "so that a macro of another format with the same name keeps working.",
    "The switch tells whether it is safe to use the primitive at all here.",
]
CODE = [r"\begingroup", r"\catcode35=6 % #", r"\catcode64=11 % @", r"\endgroup%", r"\fi"]
AFTER = [
    "Package identification follows the reload check in the same way as",
    "in the other packages of the bundle, with the date and the version.",
]


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _listing_pdf() -> bytes:
    """A page of prose, a listing of five lines numbered 12 to 16 (7 pt Helvetica numbers, 9 pt
    Courier code a few points right of them, one baseline each), and prose again."""
    parts, y = [], 700
    for text in PROSE:
        parts.append(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (y, _escaped(text)))
        y -= 14
    y -= 8
    for number, code in enumerate(CODE, start=12):
        parts.append(b"BT /F1 7 Tf 60 %d Td (%d) Tj ET" % (y, number))
        parts.append(b"BT /F2 9 Tf 72 %d Td (%s) Tj ET" % (y, _escaped(code)))
        y -= 11
    y -= 8
    for text in AFTER:
        parts.append(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (y, _escaped(text)))
        y -= 14
    return _helvetica_and_courier_page(parts)


def _helvetica_and_courier_page(parts: list[bytes]) -> bytes:
    """One page whose content is ``parts``, with Helvetica as /F1 and Courier as /F2."""
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_code_line_numbers_go_to_removed_and_each_code_line_stays_its_own():
    parsed = parse_pdf(_listing_pdf())[0]
    lines = parsed.text.split("\n")
    for code in CODE:
        assert code in lines  # alone on its line, its number gone
    assert not any(line.startswith(("12 ", "13 ", "14 ", "15 ", "16 ")) for line in lines)
    removed = [(s.attrs.get("text"), s.attrs.get("why")) for s in parsed.layers["removed"]]
    # a column of five numbers, smaller than the code beside them: line numbering (``pdf_line_numbers``)
    assert sorted(text for text, why in removed if why == "line_numbers") == ["12", "13", "14", "15", "16"]
    assert " ".join(PROSE) in parsed.text and " ".join(AFTER) in parsed.text


FOOTNOTED = [
    "Build the program with gcc",  # the mark "1" follows, raised, in a smaller size
    "on your platform or with any other compiler of the C language you have.",
    "The sources come with a makefile that names the files and their order.",
]


def _footnote_pdf() -> bytes:
    """A page of 11 pt prose with a raised 7 pt mark "1" after "gcc" and, under the body at the page foot,
    its footnote: the mark raised 3 pt over a 9 pt Courier URL, the shape of a code line's number
    save for the rise (pmx-install.pdf's "¹http://…" notes)."""
    parts, y = [], 700
    for text in FOOTNOTED:
        parts.append(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (y, _escaped(text)))
        y -= 15
    parts[0] = parts[0].replace(b" Tj ET", b" Tj /F1 7 Tf 4 Ts (1) Tj 0 Ts ET")  # "gcc" and its mark
    parts.append(b"BT /F1 7 Tf 72 %d Td (1) Tj ET" % (110 + 3))
    parts.append(b"BT /F2 9 Tf 76 110 Td (http://example.org/x) Tj ET")
    return _helvetica_and_courier_page(parts)


def test_a_raised_mark_before_a_typewriter_url_is_a_footnote_not_a_code_line_number():
    parsed = parse_pdf(_footnote_pdf())[0]
    (note,) = (s for s in parsed.spans if s.label == "footnote")
    assert note.attrs["mark"] == "1" and parsed.text[note.start : note.end] == "http://example.org/x"
    assert "Build the program with gcc on your platform or with any other compiler" in parsed.text
    assert "gcc\N{SUPERSCRIPT ONE}" not in parsed.text and "numbers_only" not in {
        s.attrs.get("why") for s in parsed.layers["removed"]
    }


DIGIT_CODE = [r"\ifcase\numexpr\Letter-\zero\relax", r"1\or0\or5\or7\or9%", r"\fi"]


def test_a_line_number_before_a_code_line_that_starts_with_a_digit_goes_to_removed():
    """codicefiscaleitaliano's listing: the number "8" in a small roman font, then the code line
    "1\\or0\\or5…%" in typewriter starting with its own digit. The number's digits are the text
    font's only: "8" goes to ``removed``, the code line stays whole ("81\\or0…" took both for the
    number and the code line's width for none, so "8 1\\or0…" was kept)."""
    parts, y = [], 700
    for text in PROSE:
        parts.append(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (y, _escaped(text)))
        y -= 14
    y -= 8
    for number, code in enumerate(DIGIT_CODE, start=7):
        parts.append(b"BT /F1 7 Tf 60 %d Td (%d) Tj ET" % (y, number))
        parts.append(b"BT /F2 9 Tf 72 %d Td (%s) Tj ET" % (y, _escaped(code)))
        y -= 11
    parsed = parse_pdf(_helvetica_and_courier_page(parts))[0]
    lines = parsed.text.split("\n")
    assert r"1\or0\or5\or7\or9%" in lines
    assert not any(line.startswith(("7 ", "8 ", "9 ")) for line in lines)
    removed = [(s.attrs.get("text"), s.attrs.get("why")) for s in parsed.layers["removed"]]
    assert sorted(text for text, why in removed if why == "numbers_only") == ["7", "8", "9"]


UNNAMED_CODE = [
    "trace = write_init_trace(buffer_size);",
    "// the recording should be paused, because",
    "// e.g. set_filename() can be intercepted",
    "write_pause_recording(trace);",
    "if (allow_flush && ready) {",
    "    write_buffer_flush_on(trace);",
    "}",
    "write_tid_recording_on(trace);",
    "write_set_filename(trace, filename);",
    "write_resume_recording(trace);",
    "if (done) {",
    "}",
]
OVERLEAF = "The mapping between the two libraries is organized as follows in the headers."


def test_line_numbers_beside_unnamed_fixed_pitch_code_at_a_page_foot_go_whole():
    """litl user_manual.pdf p. 14: a listing at the page's foot, its code in an unnamed fixed-pitch
    font (pdfTeX's bitmap typewriter: no name says "mono") at 8 pt, each line's number a 6 pt roman
    digit on its baseline. Read with its code, "1 trace = …" opened like a footnote "1" and the whole
    listing went after the document's text run into one line; "10" lost its "1" as a raised mark.
    Read apart, the numbers are a column of line numbers (``line_numbers``) and the code is one
    block in its place, before the next page's prose."""
    parts, y = [], 780
    for text in PROSE:
        parts.append(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (y, _escaped(text)))
        y -= 14
    y = 230
    for number, code in enumerate(UNNAMED_CODE, start=1):
        parts.append(b"BT /F1 6 Tf %d %d Td (%d) Tj ET" % (66 if number < 10 else 63, y, number))
        parts.append(b"BT /F3 8 Tf 72 %d Td (%s) Tj ET" % (y, _escaped(code)))
        y -= 10
    page2 = b"BT /F1 11 Tf 72 780 Td (%s) Tj ET" % _escaped(OVERLEAF)
    fonts = [(b"F1", HELVETICA), (b"F3", UNNAMED_MONO)]
    parsed = parse_pdf(font_pages([b"\n".join(parts), page2], fonts))[0]
    assert "\n".join(UNNAMED_CODE) + "\n\n" + OVERLEAF in parsed.text
    removed = [(s.attrs.get("text"), s.attrs.get("why")) for s in parsed.layers["removed"]]
    numbers = sorted((int(text) for text, why in removed if why == "line_numbers"))
    assert numbers == list(range(1, 13))
    assert "footnote_mark" not in {why for _, why in removed}
