"""Underscores drawn as rules and typewriter visible spaces (issue 15, the twenty-fourth check's row 2:
a CWEB literate program). Plain TeX's and CWEB's ``\\_`` is a short rule on the baseline, no glyph, so
an identifier ``put_node`` came out "put node"; cmtt's visible space (code 32, ``visiblespace``)
is a glyph name the Adobe list lacks, so it was cut as unmapped and a C string's words glued. All
texts here are written for the tests; the PDFs are built by hand the way TeX sets them (the glyphs
before the rule, the rule, the glyphs after it)."""

from __future__ import annotations

from pdf_objects import HELVETICA, EmbeddedFont, FontFile, one_page, stream
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_glyphs import unmapped_glyph
from sloika.pipelines.formats.pdf_lines import read_lines

FONTS = [(b"F1", HELVETICA)]
WIDTHS = FONT_METRICS["Helvetica"][1]  # thousandths of an em, by character
SIZE = 10.0


def _width(text: str) -> float:
    """How wide Helvetica sets ``text`` at ``SIZE`` pt."""
    return sum(WIDTHS[char] for char in text) * SIZE / 1000


def _with_underscores(words: str, x: float, baseline: float, kern: float = 0.06) -> bytes:
    """The operators setting ``words`` from ``x`` on ``baseline`` as TeX sets them, each "_" a kern of
    ``kern`` em, a stroked rule 0.3 em wide and 0.06 em thick on the baseline, and a kern of 0.08 em."""
    out = []
    for at, part in enumerate(words.split("_")):
        if at:
            x += kern * SIZE
            rise = baseline + 0.3
            out.append(b"0.6 w %.2f %.2f m %.2f %.2f l S" % (x, rise, x + 0.3 * SIZE, rise))
            x += (0.3 + 0.08) * SIZE
        out.append(b"BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET" % (x, baseline, part.encode()))
        x += _width(part)
    return b"\n".join(out)


def _paragraph(middle: str, kern: float = 0.06) -> bytes:
    """Three lines of prose, the second ``middle`` (with its underscores drawn as rules ``kern`` em
    after the glyph before them)."""
    return b"\n".join(
        [
            b"BT /F1 10 Tf 72 700 Td (Each node of the long format is written by a function of its) Tj ET",
            _with_underscores(middle, 72, 688, kern),
            b"BT /F1 10 Tf 72 676 Td (and the short format is read back by the matching function.) Tj ET",
        ]
    )


def test_an_underscore_rule_reads_as_an_underscore():
    """ "write_node" and "size_t" keep their underscores, one word each."""
    (doc,) = parse_pdf(one_page(_paragraph("for example write_node puts a glyph and its size_t code"), FONTS))
    assert doc.text == (
        "Each node of the long format is written by a function of its for example write_node puts"
        " a glyph and its size_t code and the short format is read back by the matching function."
    )


def test_an_underscore_rule_touching_its_glyph_reads_as_an_underscore():
    """A URL's underscores drawn as rules with no kern before them, each starting where the glyph before
    it ends or a hair inside its box (irlba.pdf's "1000_genomes_examples/PCA_whole_genome.html" read
    "1000 genomes_examples/PCA whole genome.html"): one word, every "_" in it."""
    url = "http://example.org/1000_genomes_examples/PCA_whole_genome.html"
    (doc,) = parse_pdf(one_page(_paragraph(f"see {url} now", -0.001), FONTS))
    assert doc.text == (
        "Each node of the long format is written by a function of its see"
        " http://example.org/1000_genomes_examples/PCA_whole_genome.html now"
        " and the short format is read back by the matching function."
    )


def test_an_underscore_rule_opening_a_name_reads_as_an_underscore():
    """texinfo's ``\\_`` opening a name at a line's start and after a full stop, no letter or digit
    just before either rule (libidn2.pdf's "_443._tcp.example.com" read "443. tcp.example.com"):
    the rule ends 0.08 em before the glyph it opens."""
    content = _with_underscores("_443._tcp.example.com names a service and its protocol in the DNS.", 72, 688)
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text == "_443._tcp.example.com names a service and its protocol in the DNS."


def test_a_rule_a_word_space_before_a_word_stays_a_rule():
    """A short rule a word space before the next word (a blank to fill in, "___ years old") opens no
    name: the text has no underscore."""
    blank = 72 + _width("I am ")
    content = b"BT /F1 10 Tf 72 700 Td (I am) Tj ET\n0.4 w %.2f 700.2 m %.2f 700.2 l S" % (blank, blank + 5)
    content += b"\nBT /F1 10 Tf %.2f 700 Td (years old.) Tj ET" % (blank + 5 + 2.8)
    pages, _, _ = read_lines(one_page(content, FONTS))
    assert [line.text for line in pages[0]] == ["I am years old."]


def test_an_underline_under_one_letter_stays_a_rule():
    """A rule under a word's first letter, drawn after it, ending where the next letter starts (an
    acronym's letters underlined: "weighted empirical adaptive …") opens no name."""
    out, x = [], 72.0
    for word in ("weighted ", "empirical ", "adaptive ", "estimators"):
        first = x + _width(word[0])
        out.append(b"BT /F1 10 Tf %.2f 700 Td (%s) Tj ET" % (x, word[0].encode()))
        out.append(b"0.4 w %.2f 698.8 m %.2f 698.8 l S" % (x, first))
        out.append(b"BT /F1 10 Tf %.2f 700 Td (%s) Tj ET" % (first, word[1:].encode()))
        x += _width(word)
    pages, _, _ = read_lines(one_page(b"\n".join(out), FONTS))
    assert [line.text for line in pages[0]] == ["weighted empirical adaptive estimators"]


def test_an_identifier_after_a_sentence_end_is_no_file_name_rest():
    """A line ending a sentence on a plain word ("processing.") and the next opening with an identifier
    ("put_node"): two sentences, a space between them, no file name broken at its dot."""
    content = b"\n".join(
        [
            b"BT /F1 10 Tf 72 700 Td (The reader calls a function that does most of the processing.) Tj ET",
            _with_underscores("put_node then writes the node and returns its size to the caller.", 72, 688),
        ]
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text == (
        "The reader calls a function that does most of the processing. put_node then writes the node"
        " and returns its size to the caller."
    )


def test_an_underline_stays_a_rule():
    """A rule under a word (from its first glyph to its last, under the baseline) is no underscore."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (Read this warning before you start the machine.) Tj ET"
        b"\n0.4 w %.2f 698.5 m %.2f 698.5 l S" % (72 + _width("Read this "), 72 + _width("Read this warning"))
    )
    pages, _, _ = read_lines(one_page(content, FONTS))
    assert [line.text for line in pages[0]] == ["Read this warning before you start the machine."]


def test_a_rule_after_a_gap_stays_a_rule():
    """A short rule a word space after a glyph (a blank to fill in, "Name: ___") is no underscore of an
    identifier: the text has none."""
    content = b"BT /F1 10 Tf 72 700 Td (Write your name here:) Tj ET\n0.4 w %.2f 700.2 m %.2f 700.2 l S" % (
        72 + _width("Write your name here: "),
        80 + _width("Write"),
    )
    pages, _, _ = read_lines(one_page(content, FONTS))
    assert [line.text for line in pages[0]] == ["Write your name here:"]


# the head of a typewriter font's Type 1 program, its built-in encoding naming code 32 as cmtt does
TYPEWRITER = b"""%!PS-AdobeFont-1.0: DemoTypewriter 1.0
/FontName /DemoTypewriter def
/Encoding 256 array
0 1 255 {1 index exch /.notdef put} for
dup 32 /visiblespace put
dup 65 /A put
readonly def
currentdict end
"""


def test_a_visible_space_reads_as_a_space():
    """A space set as a glyph where the line's word spaces are gaps (``pdf_spacing.NO_BREAK``)."""
    assert unmapped_glyph(EmbeddedFont(FontFile(TYPEWRITER)), 32) == "\u00a0"


def _typewriter_font(program: bytes) -> tuple[bytes, bytes]:
    """A typewriter font as TeX embeds it: no ``/Encoding`` (its program's built-in one is used), every
    code half an em wide, the program in object 7 (after Helvetica and it)."""
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /ABCDEF+DemoTypewriter /Flags 5 /FontBBox [0 -250 500 750]"
        b" /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 /FontFile 7 0 R >>"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+DemoTypewriter /FirstChar 0 /LastChar 255"
    font += b" /Widths [%s] /FontDescriptor %s >>" % (b" ".join([b"500"] * 256), descriptor)
    return font, stream(program, b"/Length1 %d /Length2 0 /Length3 0" % len(program))


def test_a_string_of_visible_spaces_keeps_its_words_apart():
    """A listing's string printed with visible spaces, "WARNING:␣no␣label", reads with spaces, and
    the line's own word spaces, gaps as TeX sets them (", n"), stay spaces: the visible spaces are no
    sign that the PDF draws its word spaces as glyphs."""
    font, program = _typewriter_font(TYPEWRITER.replace(b"dup 65 /A put\n", _letters()))
    string = 'MESSAGE("WARNING: no label",'
    after = 72 + 5 * len(string) + 3.3  # half an em a letter, then a word space
    content = (
        b"BT /F1 10 Tf 72 700 Td (The reader then prints a message and goes on with the next node:) Tj ET"
        b"\nBT /F2 10 Tf 72 686 Td (%s) Tj ET"
        b"\nBT /F1 10 Tf %.2f 686 Td (n\\);) Tj ET" % (string.replace("(", "\\(").encode(), after)
    )
    pages, _, _ = read_lines(one_page(content, [*FONTS, (b"F2", font)], program))
    assert [line.text for line in pages[0]][-1] == 'MESSAGE("WARNING: no label", n);'


def _letters() -> bytes:
    """The built-in encoding's entries for the printable ASCII characters other than the space, named
    as the Adobe list names them."""
    names = {
        '"': "quotedbl",
        "(": "parenleft",
        ")": "parenright",
        ":": "colon",
        ";": "semicolon",
        ",": "comma",
    }
    chars = sorted(set('MESSAGE("WARNING: no label",') - {" "})
    return b"".join(b"dup %d /%s put\n" % (ord(c), names.get(c, c).encode()) for c in chars)


def test_a_run_of_visible_spaces_keeps_its_count():
    """CWEB prints a string's spaces as cmtt's visible space, one glyph a space: qprint.pdf's usage
    lines, printf("␣␣␣␣␣␣␣␣␣␣␣-b,␣--binary␣␣␣␣␣␣Treat…"), where the spaces align the options'
    texts, were read with one space a run. Each visible space is one space of the string."""
    string = '"    -b, --binary   Treat input\\n"'
    letters = sorted(set(string) - {" "})
    names = {'"': "quotedbl", "-": "hyphen", ",": "comma", "\\": "backslash"}
    encoding = b"".join(b"dup %d /%s put\n" % (ord(c), names.get(c, c).encode()) for c in letters)
    font, program = _typewriter_font(TYPEWRITER.replace(b"dup 65 /A put\n", encoding))
    start = 72 + _width("printf (")
    after = start + 5 * len(string)  # half an em a glyph, the string's closing quote touching ")"
    content = (
        b"BT /F1 10 Tf 72 700 Td (The procedure prints how to call the program:) Tj ET"
        b"\nBT /F1 10 Tf 72 686 Td (printf \\() Tj ET"
        b"\nBT /F2 10 Tf %.2f 686 Td (%s) Tj ET"
        b"\nBT /F1 10 Tf %.2f 686 Td (\\);) Tj ET" % (start, string.replace("\\", "\\\\").encode(), after)
    )
    pages, _, _ = read_lines(one_page(content, [*FONTS, (b"F2", font)], program))
    assert [line.text for line in pages[0]][-1] == 'printf ("    -b, --binary   Treat input\\n");'
