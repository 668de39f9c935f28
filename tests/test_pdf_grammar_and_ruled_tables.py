"""A manual's grammar, its run-in paragraphs and its ruled tables (issue 15, thirty-fourth check row 4,
camlidl-1.04.doc.pdf): the run-in paragraph "Literals. Integer literals, …" went into the table
under it; the grammar's displays (each a LaTeX ``tabular``: the nonterminal, "::=", its
alternatives under "|") were taken out as tables, cut as ``math`` or run together in pairs
("uuid ::= …" + "hex ::= …" one paragraph); the first of three mappings, "[ref] ty * ⇒ [[ty]]", was
cut as ``math`` while its two siblings stayed. Pages hand-built, expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, helvetica_line, helvetica_width, one_page, tex_font

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

LEFT, RIGHT = 72, 540
PROSE = [
    "Comments. Both C-style comments and Java-style comments are supported by the compiler. They are",
    "treated as blank characters, and they do not occur inside string or character literals at all.",
]
CMMI = tex_font(b"KBOUDP+CMMI10", b"116 /t 121 /y")
CMSY = tex_font(b"HMVRFB+CMSY10", b"41 /arrowdblright 106 /bar")


def _parse(lines: list[bytes]) -> Parsed:
    (doc,) = parse_pdf(one_page(b"\n".join(lines), [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]))
    return doc


def _prose(top: float) -> list[bytes]:
    """The paragraph before the display, justified to the right edge."""
    return [helvetica_line(LEFT, top - 13.5 * at, text, 10, end=RIGHT) for at, text in enumerate(PROSE)]


def _tables(doc: Parsed) -> list[list[list[str]]]:
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"]


def _removed(doc: Parsed) -> list[str]:
    return [span.attrs.get("text") for span in doc.layers.get("removed", [])]


def _cells(rows: list[tuple[str, str]], top: float, x: float = 190, gap: float = 10) -> list[bytes]:
    """Rows of two pieces 13.5 pt apart: the first set flush right against ``x``, the second at ``x`` +
    ``gap``; a row with no second piece is the head alone (its other piece drawn apart)."""
    out = []
    for at, (head, rest) in enumerate(rows):
        y = top - 13.5 * at
        if head:
            out.append(helvetica_line(x - helvetica_width(head, 10), y, head, 10))
        if rest:
            out.append(helvetica_line(x + gap, y, rest, 10))
    return out


RUN_IN = "Integer literals, character literals and string literals have the same syntax as in C."


def test_a_run_in_paragraph_over_a_table_stays_in_the_text():
    """The run-in head "Literals." and its sentence stand on one row in two pieces (a word space
    between), right over a display whose rows are two pieces each: that row is a paragraph of one line,
    no row of what the display is read as."""
    gap = 11 + helvetica_width("Literals.", 10)
    rows = [("integer", "::= [-] {0... 9}"), ("character", "::= ' (regular-char | escape-char) '")]
    rows += [("escape-char", "::= \\ (b | n | r | t)")]
    doc = _parse(
        [
            *_prose(740),
            helvetica_line(LEFT, 700, "Literals.", 10),
            helvetica_line(LEFT + gap, 700, RUN_IN, 10),
            *_cells(rows, 681),
            helvetica_line(LEFT, 620, "UUID. Unique identifiers are composed of 16 hexadecimal digits.", 10),
        ]
    )
    assert f"\n\nLiterals. {RUN_IN}\n\n" in doc.text
    assert all("Literals." not in cell for table in _tables(doc) for row in table for cell in row)


GRAMMAR = [("file", "::= {decl}"), ("decl", "::= function-decl ;"), ("|", "constant-decl ;")]
GRAMMAR += [("|", "struct-decl ;"), ("|", "union-decl ;"), ("|", "enum-decl ;")]


def test_a_grammar_display_is_read_a_production_a_line():
    """A grammar set as a tabular (heads flush right, "::=" and "|" in one column) and, under it,
    two productions each a line of its own: every production and alternative is a line of the text,
    in order, none a table's cell, none cut, none run into the next."""
    doc = _parse(
        [
            *_prose(740),
            *_cells(GRAMMAR, 700),
            helvetica_line(180, 600, "uuid ::= hex - hex - hex - hex - hex hex hex", 10),
            helvetica_line(184, 586.5, "hex ::= 0... 9 | a... f | A... F", 10),
            helvetica_line(LEFT, 560, "An IDL file is a sequence of declarations, read top down.", 10),
        ]
    )
    lines = [f"{head} {rest}" for head, rest in GRAMMAR]
    lines += ["uuid ::= hex - hex - hex - hex - hex hex hex", "hex ::= 0... 9 | a... f | A... F"]
    assert "\n\n".join(lines) in doc.text
    assert _tables(doc) == []
    assert _removed(doc) == []


def _mapping(x: float, y: float, before: str, after: str) -> bytes:
    """A line "before ⇒ after", the arrow in the math symbol font."""
    arrow = b"/S 10 Tf (\\051) Tj"
    return b"BT %g %g Td /F1 10 Tf (%s) Tj %s /F1 10 Tf (%s) Tj ET" % (
        x,
        y,
        before.encode(),
        arrow,
        after.encode(),
    )


def test_a_mapping_read_as_a_formula_stays_with_its_siblings():
    """Three mappings under "… we have:", the first with no word but "ref" (its "ty", "⇒" in math
    fonts): it stays in the text with the two under it, not cut as ``math``."""
    ref = b"BT 112 700 Td /F1 10 Tf ([ref] ) Tj /M 10 Tf (ty) Tj /F1 10 Tf ( * ) Tj /S 10 Tf (\\051) Tj"
    ref += b" /F1 10 Tf ( [[) Tj /M 10 Tf (ty) Tj /F1 10 Tf (]]) Tj ET"
    doc = _parse(
        [
            *_prose(740),
            helvetica_line(LEFT, 713.5, "Writing [[ty]] for the Caml type of the IDL type ty, we have:", 10),
            ref,
            _mapping(95, 686.5, "[unique] ty * ", " [[ty]] option"),
            _mapping(112, 673, "[ptr] ty * ", " [[ty]] Com.opaque"),
            helvetica_line(LEFT, 640, "In other terms, pointers of kind ref are ignored in the mapping.", 10),
        ]
    )
    assert "[ref] ty * ⇒ [[ty]]" in doc.text
    assert "[unique] ty * ⇒ [[ty]] option" in doc.text
    assert "math" not in [span.attrs.get("why") for span in doc.layers.get("removed", [])]


ATTRIBUTES = [("abstract", "typedef"), ("bigarray", "array type"), ("camlint", "int or long integer type")]
ATTRIBUTES += [("compare ( fun-name )", "typedef"), ("ignore", "any pointer type"), ("set", "enum type")]


def _filled_rules(top: float, rows: int) -> list[bytes]:
    """A tabular's rules as TeX draws them, filled boxes 0.4 pt thick: one across over the header,
    under it and under the last row, and a "|" at each side and between the columns down every row."""
    bottom = top - 13.5 * (rows + 1)
    across = [b"73 %.1f 466 0.4 re f" % y for y in (top, top - 13.5, bottom)]
    down = [
        b"%d %.1f 0.4 13.5 re f" % (x, top - 13.5 * (at + 1))
        for at in range(rows + 1)
        for x in (73, 354, 539)
    ]
    return across + down


def test_a_table_ruled_with_filled_boxes_is_one_table():
    """A two-column table ruled all round with filled boxes, its first column in typewriter: one
    ``table`` span with its header and rows, no code block, no cell cut as a label."""
    rows = [("Attribute", False, "Context where it can appear")] + [(a, True, c) for a, c in ATTRIBUTES]
    cells = []
    for at, (attribute, mono, context) in enumerate(rows):
        y = 693.0 - 13.5 * at
        font = b"F2" if mono else b"F1"
        cells.append(b"BT /%s 10 Tf 79 %.1f Td (%s) Tj ET" % (font, y, attribute.encode()))
        cells.append(helvetica_line(360, y, context, 10))
    (doc,) = parse_pdf(
        one_page(
            b"\n".join([*_prose(740), *_filled_rules(703.5, len(ATTRIBUTES)), *cells, *_prose(580)]),
            [(b"F1", HELVETICA), (b"F2", COURIER)],
        )
    )
    assert _tables(doc) == [[[attribute, context] for attribute, _, context in rows]]
    assert [span for span in doc.spans if span.label == "code"] == []
    assert _removed(doc) == []


def test_an_elision_line_between_two_code_blocks_is_code():
    """A listing's "..." set a blank line apart between two of its blocks: a line of the listing,
    kept in the code, not cut as a ``fragment``."""
    listing = [(513.0, "typedef [abstract] void * ptr;"), (540.0, "..."), (567.0, "#ifndef CAMLIDL")]
    listing += [(580.5, "library MyTypeLib { }"), (594.0, "#endif")]
    code = [b"BT /F2 10 Tf 118 %.1f Td (%s) Tj ET" % (792 - top, text.encode()) for top, text in listing]
    (doc,) = parse_pdf(
        one_page(
            b"\n".join([*_prose(320), *code, *_prose(150)]),
            [(b"F1", HELVETICA), (b"F2", COURIER)],
        )
    )
    code_text = "\n".join(doc.text[span.start : span.end] for span in doc.spans if span.label == "code")
    assert "..." in code_text.split("\n")
    assert _removed(doc) == []


def _typewriter_side(x: float, y: float, sign: str, code: str) -> bytes:
    """A production's right side: its sign in Helvetica, the terminals after it all in Courier, one
    piece (its letters all monospaced, as smlnj's "::=  ’%charset’ (’ASCII7’ | …)")."""
    return b"BT /F1 10 Tf %g %g Td (%s ) Tj /F2 10 Tf (%s) Tj ET" % (x, y, sign.encode(), code.encode())


SMLNJ = [("spec", "::= ( declaration ';' )*"), ("declaration", "::= directive"), ("|", "rule")]
SMLNJ += [("directive", ""), ("|", "'%name' ID"), ("rule", "::= re '=>' code")]
SMLNJ += [("re", "::= any nonreserved character"), ("|", "re re"), ("|", "re '|' re"), ("|", "'(' re ')'")]


def test_a_grammar_with_a_typewriter_right_side_is_read_a_production_a_line():
    """smlnj's ml-ulex grammar (issue 15, forty-second check row 01_pdf): one production's right side
    is all terminals in typewriter, so the block's row read "directive" alone, no production, and the
    whole grammar went into a ``table`` span with no record; and its alternatives of short names
    ("| re re") were then cut as fragments. It is a grammar: each row a line of the text, in order."""
    at = [row[0] for row in SMLNJ].index("directive")
    side = _typewriter_side(203, 700 - 13.5 * at, "::=", "'%charset' ('ASCII7' | 'UTF8')")
    doc = _parse_with_courier(
        [
            *_prose(740),
            *_cells(SMLNJ, 700, gap=13),
            side,
            helvetica_line(LEFT, 540, "The directives are followed by the rules, one a line.", 10),
        ]
    )
    lines = [
        "spec ::= ( declaration ';' )*",
        "declaration ::= directive",
        "| rule",
        "directive ::= '%charset' ('ASCII7' | 'UTF8')",
        "| '%name' ID",
        "rule ::= re '=>' code",
        "re ::= any nonreserved character",
        "| re re",
        "| re '|' re",
        "| '(' re ')'",
    ]
    assert "\n\n".join(lines) in doc.text
    assert _tables(doc) == []
    assert _removed(doc) == []


def _parse_with_courier(lines: list[bytes]) -> Parsed:
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER)]
    (doc,) = parse_pdf(one_page(b"\n".join(lines), fonts))
    return doc
