"""Grammars written with an arrow, italic variables set apart and a formula's operators (issue 15,
fifty-sixth check rows 3 and 2: the Haskell 98 FFI addendum and Jellyfish's manual).

The FFI report sets its grammars as arrays: a nonterminal in italic, "→" in the math symbol font,
the right side, a comment column ("(C identifier)"), and alternatives under a production opened by a
bar set apart in the symbol font. Read as tables, displays or loose lines, "specialid → export | …"
ran into "reservedid → foreign", the bars of "| cplusplus | …" and "| system-specific calling
conventions" were cut, and the comments of "| " dynamic " (stub factory importing addresses)" went
as ``math``. A "→" grammar is read as a "::=" one is: a production or an alternative a line. Its
"foreign import c e v :: t" names three math-italic variables a word space apart, read "cev"; and
Jellyfish's "2k − l + r + 1" read "2k− l+ r+ 1". Pages hand-built, expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, escaped, helvetica_line, helvetica_width, one_page, tex_font

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

LEFT = 72
CMSY = tex_font(b"HMVRFB+CMSY10", b"0 /minus 33 /arrowright 106 /bar")
CMMI = tex_font(b"KBOUDP+CMMI10", b"99 /c 101 /e 107 /k 108 /l 114 /r 116 /t 118 /v")
ARROW, BAR, MINUS = "!", "j", "\x00"  # the symbol font's codes for "→", "|" and "−"
TEX_GLYPH = 4.0  # pt: a ``tex_font`` glyph's width at 10 pt
COURIER_GLYPH = 6.0  # pt: a Courier glyph's width at 10 pt
LEAD_IN = "For import declarations, the syntax of the external entity is set out as follows:"
AFTER = "The first alternative imports a static function, the others generate a stub for it."


def _parse(content: list[bytes]) -> Parsed:
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"S", CMSY), (b"M", CMMI)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts))
    return doc


def _piece(x: float, y: float, text: str, font: bytes) -> bytes:
    """``text`` at (x, y), 10 pt, in the page's font ``font``."""
    return b"BT /%s 10 Tf %.2f %.2f Td (%s) Tj ET" % (font, x, y, escaped(text))


def _width(text: str, font: bytes) -> float:
    """How wide ``text`` is set at 10 pt in the page's font ``font``."""
    if font == b"F1":
        return helvetica_width(text, 10)
    return len(text) * (COURIER_GLYPH if font == b"F2" else TEX_GLYPH)


def _glyph_run(x: float, y: float, pieces: list[tuple[float, str, bytes]]) -> bytes:
    """Pieces set one after another from ``x`` on a baseline ``y``, each (its gap before it in pt, its
    text, its font), with no space glyph between them, as TeX sets a line."""
    out = []
    for gap, text, font in pieces:
        x += gap
        out.append(_piece(x, y, text, font))
        x += _width(text, font)
    return b"\n".join(out)


IMPENT = [
    ("impent", ARROW, '" [static] [chname] [&] [cid] "', "(static function or address)"),
    ("", BAR, '" dynamic "', "(stub factory importing addresses)"),
    ("", BAR, '" wrapper "', "(stub factory exporting thunks)"),
]


def test_alternatives_beside_a_comment_column_are_lines_of_the_grammar():
    """An arrow production over two alternatives, each a bar in the symbol font, a typewriter right
    side and a comment far right of it: each row one line of the text, its bar and its comment kept,
    none a formula cut as ``math``."""
    rows = []
    for at, (head, sign, side, comment) in enumerate(IMPENT):
        y = 690 - 12 * at
        if head:
            rows.append(_piece(115, y, head, b"F1"))
        rows += [_piece(160, y, sign, b"S"), _piece(178, y, side, b"F2"), _piece(331, y, comment, b"F1")]
    doc = _parse([helvetica_line(LEFT, 720, LEAD_IN, 10), *rows, helvetica_line(LEFT, 640, AFTER, 10)])
    lines = [
        'impent → " [static] [chname] [&] [cid] " (static function or address)',
        '| " dynamic " (stub factory importing addresses)',
        '| " wrapper " (stub factory exporting thunks)',
    ]
    assert "\n\n".join([LEAD_IN, *lines, AFTER]) in doc.text
    assert doc.layers.get("removed", []) == []


def test_productions_read_whole_keep_their_alternatives_under_them():
    """Two productions pdfminer reads each as one line, then two alternatives whose bar stands apart
    from its right side (a typewriter list, a bold phrase): four lines of the grammar, neither
    production run into the other, no bar cut, no alternative a code block or a paragraph of words."""
    specialid = [(0, "specialid ", b"F1"), (0, ARROW, b"S"), (8, "export | safe | unsafe | ccall", b"F2")]
    doc = _parse(
        [
            helvetica_line(LEFT, 720, "The following productions are added to the lexical syntax:", 10),
            _glyph_run(115, 700, [(0, "reservedid ", b"F1"), (0, ARROW, b"S"), (8, "foreign", b"F2")]),
            _glyph_run(115, 688, specialid),
            _piece(173.5, 676, BAR, b"S"),
            _piece(191.8, 676, "cplusplus | dotnet | jvm | stdcall", b"F2"),
            _piece(173.5, 664, BAR, b"S"),
            _piece(191.8, 664, "system-specific calling conventions", b"F1"),
            helvetica_line(
                LEFT, 640, "The special identifiers are defined to denote calling conventions.", 10
            ),
        ]
    )
    lines = [
        "reservedid → foreign",
        "specialid → export | safe | unsafe | ccall",
        "| cplusplus | dotnet | jvm | stdcall",
        "| system-specific calling conventions",
    ]
    assert "\n\n".join(lines) in doc.text
    assert [span for span in doc.spans if span.label == "code"] == []
    assert doc.layers.get("removed", []) == []


def test_a_grammar_in_three_columns_is_no_table():
    """Nonterminals in one column, "→" and the right side in the next, a comment in a third: each
    row one line of the grammar, in order (read as a table, its rows were cells with "|" between)."""
    rows = [("chname", "{chchar} . h", "(C header filename)"), ("cid", "letter {letter | digit}", "(C name)")]
    rows += [("letter", "small | large", "")]
    content = [helvetica_line(LEFT, 720, "To refer to objects of an external C context, we write:", 10)]
    for at, (head, side, comment) in enumerate(rows):
        y = 700 - 12 * at
        content += [_piece(115, y, head, b"F1"), _glyph_run(160, y, [(0, ARROW, b"S"), (8, side, b"F1")])]
        content += [_piece(303, y, comment, b"F1")] if comment else []
    content.append(
        helvetica_line(LEFT, 650, "The range of lexemes for chname is a subset of those of C.", 10)
    )
    doc = _parse(content)
    lines = ["chname → {chchar} . h (C header filename)", "cid → letter {letter | digit} (C name)"]
    lines += ["letter → small | large"]
    assert "\n\n".join(lines) in doc.text
    assert [span for span in doc.spans if span.label == "table"] == []


def test_arrows_with_no_alternative_stay_a_table():
    """A table of conversions, each "from → to" beside what it does: no bar, no "::=", so no grammar
    (an arrow alone maps one thing to another): its rows stay the table's."""
    rows = [("ascii", "latin", "widens each byte"), ("latin", "utf", "encodes each character")]
    rows += [("utf", "ascii", "drops what ASCII lacks")]
    content = [helvetica_line(LEFT, 720, "The converter knows three conversions between encodings:", 10)]
    for at, (source, target, does) in enumerate(rows):
        y = 700 - 12 * at
        run = [(0, f"{source} ", b"F1"), (0, ARROW, b"S"), (0, f" {target}", b"F1")]
        content += [_glyph_run(115, y, run), _piece(303, y, does, b"F1")]
    content.append(helvetica_line(LEFT, 650, "Each conversion reads its input whole before it writes.", 10))
    doc = _parse(content)
    tables = [span.attrs["rows"] for span in doc.spans if span.label == "table"]
    assert tables == [[[f"{source} → {target}", does] for source, target, does in rows]]


def test_italic_variables_a_word_space_apart_are_words():
    """Three math-italic letters a word space (3.3 pt) apart between typewriter keywords: the three
    variables the next sentence names one by one, not a letter-spaced word ("cev")."""
    form = [(0, "foreign import", b"F2"), (8.4, "c", b"M"), (3.3, "e", b"M"), (3.3, "v", b"M")]
    form += [(8.4, "::", b"F2"), (5.3, "t", b"M")]
    doc = _parse(
        [
            helvetica_line(LEFT, 720, "Generally, an import declaration has the form", 10),
            _glyph_run(115, 700, form),
            helvetica_line(
                LEFT, 680, "which declares the variable v of type t to be defined externally.", 10
            ),
        ]
    )
    assert "\n\nforeign import c e v :: t\n\n" in doc.text


def test_a_formulas_operators_are_spaced_on_both_sides():
    """ "2k − l + r + 1" in a sentence set as TeX sets it (no space glyph, word gaps of a third of an
    em, the operators' math spaces shrunk to 0.11 to 0.14 em, the operands in math italic): a space on
    both sides of each operator, as the page shows, not only after it ("2k− l+ r+ 1")."""
    words = [(0, "not", b"F1"), (3.3, "bytes)", b"F1"), (3.3, "2", b"F1"), (0, "k", b"M"), (1.4, MINUS, b"S")]
    words += [(1.1, "l", b"M"), (1.3, "+", b"F1"), (1.1, "r", b"M"), (1.4, "+", b"F1"), (1.1, "1.", b"F1")]
    words += [(3.3, "The", b"F1"), (3.3, "total", b"F1"), (3.3, "is", b"F1"), (3.3, "known.", b"F1")]
    doc = _parse([_glyph_run(LEFT, 700, words)])
    assert "not bytes) 2k − l + r + 1. The total is known." in doc.text


def test_a_sentence_line_opening_on_an_arrow_goes_on_its_sentence():
    """A paragraph's line that opens with a name and "→" but holds no bar ("λ → ∞ should approach 0
    …") is a formula going on the sentence, no production: it stays in its paragraph. Productions
    on lines of their own, one with a bar, the next under it, are each a line of the grammar."""
    doc = _parse(
        [
            helvetica_line(LEFT, 720, "The integral over the prior is one while the value as", 10),
            _glyph_run(
                LEFT, 708, [(0, "x ", b"F1"), (0, ARROW, b"S"), (0, " 0 should approach 0 in turn.", b"F1")]
            ),
            helvetica_line(LEFT, 680, "The expressions are read by these rules:", 10),
            _glyph_run(
                LEFT,
                660,
                [(0, "ns ", b"F1"), (0, ARROW, b"S"), (0, " structure | signature | functor", b"F1")],
            ),
            _glyph_run(LEFT, 648, [(0, "mlsym ", b"F1"), (0, ARROW, b"S"), (0, " ns mlid", b"F1")]),
            helvetica_line(LEFT, 620, "Each name is looked up in the environment of the group.", 10),
        ]
    )
    assert (
        "The integral over the prior is one while the value as x → 0 should approach 0 in turn." in doc.text
    )
    assert "\n\nns → structure | signature | functor\n\nmlsym → ns mlid\n\n" in doc.text
