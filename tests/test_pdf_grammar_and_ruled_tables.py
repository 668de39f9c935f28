"""A manual's grammar, its run-in paragraphs and its ruled tables (issue 15, thirty-fourth check row 4,
camlidl-1.04.doc.pdf): the run-in paragraph "Literals. Integer literals, …" went into the table
under it; the grammar's displays (each a LaTeX ``tabular``: the nonterminal, "::=", its
alternatives under "|") were taken out as tables, cut as ``math`` or run together in pairs
("uuid ::= …" + "hex ::= …" one paragraph); the first of three mappings, "[ref] ty * ⇒ [[ty]]", was
cut as ``math`` while its two siblings stayed. Pages hand-built, expected texts typed by hand."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_line, helvetica_width, one_page, tex_font

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


def _cells(rows: list[tuple[str, str]], top: float, x: float = 190) -> list[bytes]:
    """Rows of two pieces 13.5 pt apart: the first set flush right against ``x``, the second at ``x`` + 10."""
    out = []
    for at, (head, rest) in enumerate(rows):
        y = top - 13.5 * at
        if head:
            out.append(helvetica_line(x - helvetica_width(head, 10), y, head, 10))
        out.append(helvetica_line(x + 10, y, rest, 10))
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
