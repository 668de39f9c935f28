"""A Texinfo manual's definition lists (issue 15, thirty-third check row 4, malaga.pdf): a grammar's
summary sets each nonterminal in italic over its production, or run in with it when the name is
short; three run-in entries in a row were taken as a table, out of the text, a term ran into the
production above it, and terms read by pdfminer as one box stood over the wrong productions. And a
definition's last line, set at its body's indent under a full line that stops mid-sentence, was cut
as a figure, the next term read as the sentence's end; the example a colon announces, marks alone,
was cut as `no_words`. Texts written for these tests after the manual's; expected values by hand."""

from __future__ import annotations

from pdf_objects import HELVETICA, escaped, helvetica_line, helvetica_page, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
LEAD = "The nonterminals of the grammar, in alphabetic order:"
# a nonterminal, its production, and whether it is run in (on the term's row)
ENTRIES = [
    ("comparison:", "[not] (expression [comparison-operator expression] | match-comparison)", False),
    ("condition:", "comparison ({and comparison} | {or comparison})", True),
    ("constant-definition:", "(define | default) constant ':=' constant-expression ';'", False),
    ("expression:", "term {('+' | '-') term}", False),
    ("factor:", "value {'.' value}", True),
    ("include:", "include string ';'", True),
    ("initial:", "initial constant-expression ',' rule-set ';'", True),
    ("label:", "identifier", True),
    ("lexicon-file:", "{constant-definition | constant-expression ';'}", False),
]


def _summary() -> bytes:
    """The entries, terms at 72 pt in Helvetica-Oblique, productions at 130 pt, 12 pt a line and 7
    pt more between entries."""
    lines, y = [b"BT /F1 10 Tf 72 740 Td (%s) Tj ET" % escaped(LEAD)], 715.0
    for term, production, run_in in ENTRIES:
        lines.append(b"BT /F2 10 Tf 72 %.1f Td (%s) Tj ET" % (y, escaped(term)))
        y -= 0 if run_in else 12
        lines.append(b"BT /F2 10 Tf 130 %.1f Td (%s) Tj ET" % (y, escaped(production)))
        y -= 19
    return one_page(b"\n".join(lines), [(b"F1", HELVETICA), (b"F2", OBLIQUE)])


def test_run_in_entries_are_no_table_and_each_term_stands_over_its_production():
    """Three run-in entries in a row ("include:" beside "include string ';'" …) are a definition
    list's, no table; each term opens a paragraph, alone or run in, never the production above's end."""
    doc = parse_pdf(_summary())[0]
    assert not [span for span in doc.spans if span.label == "table"]
    assert doc.text.split("\n\n") == [
        LEAD,
        "comparison:",
        "[not] (expression [comparison-operator expression] | match-comparison)",
        "condition:",
        "comparison ({and comparison} | {or comparison})",
        "constant-definition:",
        "(define | default) constant ':=' constant-expression ';'",
        "expression:",
        "term {('+' | '-') term}",
        "factor: value {'.' value}",
        "include: include string ';'",
        "initial: initial constant-expression ',' rule-set ';'",
        "label: identifier",
        "lexicon-file:",
        "{constant-definition | constant-expression ';'}",
    ]


def _line(text: str, x0: float, top: float, bottom: float) -> Line:
    return Line(0, text, x0, x0 + 5.5 * len(text), top, bottom, 10.9, 792.0, italic=True)


def test_terms_read_as_one_box_stand_over_their_productions_by_their_baselines():
    """malaga.pdf p. 60 as pdfminer read it: "expression:" and "factor:" as one box before their
    productions, and a production with a brace (its box 2 pt taller) before the term on its row,
    "list:". Read by their baselines, each term stands over its own production."""
    page = [
        _line("error-statement:", 90.0, 348.9, 359.8),
        _line("error expression ';'", 147.6, 362.1, 373.3),
        _line("expression:", 90.0, 381.8, 392.7),
        _line("factor:", 90.0, 414.7, 425.6),
        _line("term {('+' | '-') term}", 147.6, 392.8, 406.2),
        _line("value {'.' value}", 147.6, 412.6, 425.9),
        _line("foreach-statement:", 90.0, 434.4, 445.3),
        _line("[label ':'] foreach variable in expression ':' statements end ';'", 147.6, 447.6, 458.8),
        _line("lexicon-file:", 90.0, 651.4, 662.3),
        _line("{constant-definition | constant-expression ';'}", 147.6, 662.4, 675.8),
        _line("'<' {expression {',' expression}} '>'", 147.6, 682.2, 695.5),
        _line("list:", 90.0, 684.3, 695.2),
        _line("match:", 90.0, 704.0, 714.9),
        _line("constant-expression [':' variable] | variable ':' constant-expression", 147.6, 704.0, 715.2),
    ]
    assert paragraphs(lay_out([page], [[]]).pages) == [
        "error-statement:",
        "error expression ';'",
        "expression:",
        "term {('+' | '-') term}",
        "factor:",
        "value {'.' value}",
        "foreach-statement:",
        "[label ':'] foreach variable in expression ':' statements end ';'",
        "lexicon-file:",
        "{constant-definition | constant-expression ';'}",
        "list:",
        "'<' {expression {',' expression}} '>'",
        "match:",
        "constant-expression [':' variable] | variable ':' constant-expression",
    ]


RIGHT = 540.0


def _definitions(
    escape: str = "itself, which is the pattern escape character, you have to double it, as in",
) -> bytes:
    """Terms at 72 pt, their bodies at 130 pt (Texinfo's @table), each body's full lines justified
    to the right edge, a paragraph at the margin under them; two bodies end in a short line at the
    indent under a line that stops mid-sentence (``escape``'s line), or under a colon."""
    rows = [
        (72, "The condition expr1 = expr2 tests whether the two expressions are equal. Depending on", True),
        (72, "the types of the two expressions, equality is defined as follows:", False),
        (72, "expr1 and expr2 are strings.", False),
        (130, "In this case expr1 and expr2 must be the same, but the test does not tell the", True),
        (130, "case of the letters apart.", False),
        (72, "expr1 and expr2 are lists.", False),
        (130, "In this case expr1 and expr2 must have the same length, and, for each i, the", True),
        (130, "i-th element of expr1 must be equal to the i-th element of expr2.", False),
        (72, "expr1 and expr2 are patterns.", False),
        (130, "A backslash escapes the next character of a pattern. To insert the backslash", True),
        (130, escape, True),
        (130, "'\\\\'.", False),
        (72, "expr1 and expr2 are records.", False),
        (130, "In this case expr1 and expr2 must hold the same attribute names.", False),
        (
            72,
            "If expr1 and expr2 do not have the same type and are both different from the symbol nil,",
            True,
        ),
        (72, "the test results in an error; the symbol nil can be compared to any value without an", True),
        (72, "error message. The test expr1 /= expr2 holds if and only if the test expr1 = expr2 does", True),
        (72, "not hold.", False),
    ]
    lines = [
        helvetica_line(x, 740 - 13 * at, text, 10, RIGHT if full else None)
        for at, (x, text, full) in enumerate(rows)
    ]
    return helvetica_page(b"\n".join(lines))


def test_a_definitions_last_line_at_its_indent_is_no_figure():
    doc = parse_pdf(_definitions())[0]
    assert doc.text.split("\n\n")[3:6] == [
        "expr1 and expr2 are lists.",
        "In this case expr1 and expr2 must have the same length, and, for each i, the i-th element of "
        "expr1 must be equal to the i-th element of expr2.",
        "expr1 and expr2 are patterns.",
    ]
    assert not doc.layers.get("removed")


def test_the_marks_a_colon_announces_end_its_sentence():
    """ "… you have to double it:" over "'\\\\'." (the example, marks alone, ending the sentence) at
    the body's indent: the sentence's end, no `no_words` debris."""
    escape = "itself, which is the pattern escape character, so you have to double it:"
    doc = parse_pdf(_definitions(escape))[0]
    assert (
        f"A backslash escapes the next character of a pattern. To insert the backslash {escape} '\\\\'."
        in (doc.text.split("\n\n"))
    )
    assert not doc.layers.get("removed")


def test_a_word_and_colon_under_a_paragraphs_indented_first_line_goes_on_its_sentence():
    """GOST 2.105-95: "… проголосовали национальные органы по стандартизации следующих" (the first
    line, 3 em in, full, stopping mid-sentence) over "государств: AZ, AM, …" at the margin: no term
    under a description, one sentence."""
    page = [
        Line(
            0,
            "За принятие изменения проголосовали национальные органы по стандартизации следующих",
            120.0,
            540.0,
            100.0,
            112.0,
            12.0,
            842.0,
        ),
        Line(
            0,
            "государств: AZ, AM, BY, KZ, KG, MD, RU, TJ, TM, UZ, UA.",
            85.0,
            380.0,
            114.0,
            126.0,
            12.0,
            842.0,
        ),
        Line(
            0,
            "Изменение вводится в действие с даты его опубликования на всей территории страны, а также",
            120.0,
            540.0,
            128.0,
            140.0,
            12.0,
            842.0,
        ),
        Line(0, "в тех государствах, которые его приняли.", 85.0, 300.0, 142.0, 154.0, 12.0, 842.0),
    ]
    assert paragraphs(lay_out([page], [[]]).pages) == [
        "За принятие изменения проголосовали национальные органы по стандартизации следующих государств: "
        "AZ, AM, BY, KZ, KG, MD, RU, TJ, TM, UZ, UA.",
        "Изменение вводится в действие с даты его опубликования на всей территории страны, а также в тех "
        "государствах, которые его приняли.",
    ]
