"""An R vignette's short command and output lines, a code token in prose, a formula's line, a name
broken at a hyphen and a reference's version number (issue 15, twenty-fourth check rows 3 and 4).

r-cran-filehash's vignette sets its R session in URW's Courier, Nimbus Mono L ("NimbusMonL-ReguObli"),
a name no monospaced font's pattern knew: the session was read as prose, so short commands and outputs
were cut as `fragment`s and a `local({` listing's "+" lines were pulled out of order. r-cran-
brobdingnag's short command "> f(x)" alone in its code paragraph was a `fragment` too: a program's row
knew a session's prompt only before one glyph. In prose, a typewriter "[" a word's gap before a word
was glued to it; a formula's line of one short word ("… + 1 as") was measured by its math spaces and
glued whole; a name broken at a hyphen before a capital kept the hyphen though the document writes it
whole; a version number hung under an alphabetic label's entry ("[Tem02]") was `numbers_only` debris.
The pages below are hand-built with those features; their words are sloika's own and the expected
texts are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    code_line,
    code_lines,
    escaped,
    helvetica_line,
    helvetica_page,
    one_page,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
LEFT, RIGHT = 72.0, 472.0  # the column
TOP = 750  # the first row's baseline
# URW's Courier as a Sweave vignette embeds it: every glyph 600 units wide, its descriptor naming it
# (pdfminer reads a glyph's font name there)
NIMBUS_MONO = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /KFTTQE+NimbusMonL-ReguObli /Encoding /WinAnsiEncoding"
    b" /FirstChar 32 /LastChar 126 /Widths [%s] /FontDescriptor << /Type /FontDescriptor"
    b" /FontName /KFTTQE+NimbusMonL-ReguObli /Flags 33 /FontBBox [0 -250 600 750] /ItalicAngle -12"
    b" /Ascent 750 /Descent -250 /CapHeight 600 /StemV 40 >> >>" % b" ".join([b"600"] * 95)
)


def _line(x: float, row: int, text: str, end: float | None = None) -> bytes:
    """A Helvetica line at ``x`` on ``row`` (from ``TOP`` down); ``end``: justified to end there."""
    return helvetica_line(x, TOP - LEADING * row, text, SIZE, end)


def _code(row: int, text: str, x: float = LEFT + 6) -> bytes:
    """A line of the listing font ``/F2`` on ``row``."""
    return code_line(x, TOP - LEADING * row, text, SIZE)


def _gapped(row: int, pieces: list[tuple[bytes, str, int]]) -> bytes:
    """A line set as TeX sets it, with no space glyphs: each piece in its font (``/F1``, ``/F2``)
    followed by a gap of so many thousandths of an em."""
    ops = b" ".join(
        b"/%s %d Tf [(%s) %d] TJ" % (font, SIZE, escaped(text), -gap) for font, text, gap in pieces
    )
    return b"BT %.2f %.2f Td %s ET" % (LEFT, TOP - LEADING * row, ops)


def _words(row: int, text: str, gap: int = 278) -> bytes:
    """A Helvetica line of ``text``'s words a word's gap apart, without space glyphs."""
    return _gapped(row, [(b"F1", word, gap) for word in text.split()])


def _removed(doc) -> list[str]:
    return [span.attrs.get("text", "") for spans in doc.layers.values() for span in spans]


def test_a_session_in_nimbus_mono_is_a_listing_with_its_short_lines_and_outputs():
    """A session in Nimbus Mono L: its short commands ("> y <- 2"), its one-row outputs ('[1] "k"'),
    a `local({` call's "+" lines and a named vector's two rows are code, in the order printed."""
    page = one_page(
        b"\n".join(
            [
                _line(LEFT, 0, "A store keeps each value under its key on the disk, and a session", RIGHT),
                _line(
                    LEFT, 1, "reads it back by that key whenever it is asked for. Typing at the prompt", RIGHT
                ),
                _code(4, "> y <- 2"),
                _code(5, "> show(y)"),
                _line(LEFT, 7, "sets the value and prints it. The keys are listed by one call."),
                _code(8, "> keys(store)"),
                _code(10, '[1] "k"'),
                _line(LEFT, 12, "A number as an index is an error, which the next call catches."),
                _code(14, "> r <- local({"),
                _code(15, "+     h <- function(w) w"),
                _code(16, "+     try(store[[2]], silent = TRUE)"),
                _code(17, "+ })"),
                _line(LEFT, 19, "The means of both values are printed by name."),
                _code(21, "> means(store)"),
                _code(23, "p        q", x=LEFT + 6 + 7 * 6),
                _code(24, "2.500000 3.250000"),
                _line(LEFT, 26, "Both of them are read from the disk."),
            ]
        ),
        [(b"F1", HELVETICA), (b"F2", NIMBUS_MONO)],
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == [
        "> y <- 2",
        "> show(y)",
        "> keys(store)",
        '[1] "k"',
        "> r <- local({",
        "+     h <- function(w) w",
        "+     try(store[[2]], silent = TRUE)",
        "+ })",
        "> means(store)",
        "       p        q",
        "2.500000 3.250000",
    ], doc.text
    assert not [span for span in doc.layers.get("removed", []) if span.label in ("fragment", "debris")], (
        _removed(doc)
    )


def test_a_short_command_alone_in_its_code_paragraph_stays_with_its_output():
    """ "> g(1/3)" alone, a gap above its output, is a session's command however few its letters;
    its output "[1] 2.2e-16" stays under it."""
    page = one_page(
        b"\n".join(
            [
                _line(LEFT, 0, "The sum comes out a little off zero for a third:"),
                _code(2, "> g(1/3)"),
                _code(4, "[1] 2.2e-16"),
                _line(LEFT, 6, "and the error grows with the size of the number."),
            ]
        ),
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == ["> g(1/3)", "[1] 2.2e-16"], doc.text
    assert "> g(1/3)" not in _removed(doc), _removed(doc)


def test_a_typewriter_bracket_a_word_apart_is_a_word_of_its_own():
    """The operator "[" in the listing font, set a word's gap before the prose word after it, is
    quoted code: "The [ operator", not "The [operator"."""
    page = one_page(
        _gapped(
            0,
            [
                (b"F1", "The", 278),
                (b"F2", "[", 278),
                (b"F1", "operator", 278),
                (b"F1", "picks", 278),
                (b"F1", "several", 278),
                (b"F1", "values", 278),
                (b"F1", "at", 278),
                (b"F1", "once.", 0),
            ],
        ),
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert doc.text == "The [ operator picks several values at once.", doc.text


def test_a_formula_line_of_one_short_word_keeps_its_spaces():
    """A line that holds a formula and one short word ("1 < k < n - m + 1 as"), set with math spaces
    as wide as word spaces and no space glyph, reads with its spaces."""
    formula = [("1", 278), ("<", 278), ("k", 278), ("<", 278), ("n", 222), ("-", 222), ("m", 222)]
    formula += [("+", 222), ("1", 333), ("as", 0)]
    page = helvetica_page(
        b"\n".join(
            [
                _words(0, "For a given sample the writer defines the term for each value of k with"),
                _gapped(1, [(b"F1", text, gap) for text, gap in formula]),
                _words(2, "the sum of the terms over the whole sample taken at once."),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert "with 1 < k < n - m + 1 as the sum" in doc.text, doc.text


def test_a_name_broken_before_a_capital_joins_as_the_document_writes_it():
    """ "DataKeep-" + "Store" at a line break, where the next sentence writes "DataKeepStore", is that
    name; a compound the document never writes whole ("Build-" + "Depends") keeps its hyphen."""
    page = helvetica_page(
        b"\n".join(
            [
                _line(LEFT, 0, "The framework was first written for the language in the DataKeep-", RIGHT),
                _line(LEFT, 1, "Store package of the project. The DataKeepStore package links the", RIGHT),
                _line(LEFT, 2, "language to many kinds of storage. Its field Build-", RIGHT),
                _line(LEFT, 3, "Depends names the tools."),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert "in the DataKeepStore package of the project." in doc.text, doc.text
    assert "Its field Build-Depends names the tools." in doc.text, doc.text


def test_a_version_hung_under_an_alphabetic_label_ends_its_entry():
    """A reference list with alphabetic labels hangs each entry's next lines past the label, more than
    two and a half ems in; the last entry's version number on such a line ends the entry."""
    hang = LEFT + 43
    page = helvetica_page(
        b"\n".join(
            [
                _line(LEFT, 0, "References"),
                _line(
                    LEFT, 2, "[Abc91] A. Writer. Keeping data on the disk. Technical Report 12, The", RIGHT
                ),
                _line(hang, 3, "Laboratories of Storage, December 1991."),
                _line(LEFT, 5, "[Xyz02] B. Reader. KeepTables: tables that are kept, 2002. R package", RIGHT),
                _line(hang, 6, "1.2-3."),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert doc.text.endswith("KeepTables: tables that are kept, 2002. R package 1.2-3."), doc.text
    assert "1.2-3." not in _removed(doc), _removed(doc)
