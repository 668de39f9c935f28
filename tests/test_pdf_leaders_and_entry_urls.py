"""Layouts of a CWEB manual (issue 15, twenty-fourth check row 2, re-read): a paragraph broken by
rows of leaders, read as a table whose cells left the text; a listing's labels over its code, a
block that grew into code rows past the rows judged as a listing, read as a table; a reference
entry's URL set on a line of its own, read as a paragraph apart; a flex rule's pattern 5.4 em left
of its action, its bold "return" taken for a run-in term, and a module's name run into its code.
Text sloika's own."""

from __future__ import annotations

from pdf_objects import HELVETICA, code_line, escaped, helvetica_line, helvetica_page, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"


def _row(y: float, pieces: list[tuple[float, str]]) -> list[bytes]:
    return [helvetica_line(x, y, text, 10) for x, text in pieces]


def _dots(x0: float, x1: float) -> list[tuple[float, str]]:
    """Leader dots, one every 15 pt from ``x0`` to ``x1``."""
    return [(x0 + 15.0 * at, ".") for at in range(int((x1 - x0) // 15.0) + 1)]


def _leaders_page(rows: list[list[tuple[float, str]]]) -> bytes:
    """A full prose line, ``rows`` one every 12 pt, a full prose line and a short one."""
    content = [
        helvetica_line(72.0, 700.0, "Glue is best shown beside its relatives, so the lines below set", 10)
    ]
    y = 688.0
    for row in rows:
        content += _row(y, row)
        y -= 12.0
    content.append(
        helvetica_line(72.0, y, "The first kind packs its material tight, the second spreads the", 10)
    )
    content.append(helvetica_line(72.0, y - 12.0, "space out between the copies.", 10))
    return helvetica_page(b"\n".join(content))


LEADER_ROWS = [
    [(72.0, "them next to each other. Where glue fills its space with"), (470.0, "nothing at all,")],
    [(72.0, "a leader fills its space with a rule"), (510.0, "or with")],
    [(72.0, "some kind of repeated"), *_dots(190.0, 470.0), (490.0, "material.")],
    [(72.0, "Leaders of one kind line up"), *_dots(230.0, 380.0), (400.0, "across the rows,")],
    [(72.0, "as in these"), *_dots(150.0, 450.0), (470.0, "three rows.")],
]


def test_a_paragraph_broken_by_rows_of_leaders_is_read_as_its_sentences():
    """Each row goes on mid-sentence across its leaders: the rows are the paragraph's lines, in the
    kept text with their leaders gone (recorded in ``removed``), no ``table`` span. Before the fix
    the five rows were a table's cells, in neither the text nor ``removed``."""
    (doc,) = parse_pdf(_leaders_page(LEADER_ROWS))
    assert [s for s in doc.spans if s.label == "table"] == []
    assert doc.text.strip() == (
        "Glue is best shown beside its relatives, so the lines below set them next to each other. "
        "Where glue fills its space with nothing at all, a leader fills its space with a rule or with some "
        "kind of repeated material. Leaders of one kind line up across the rows, as in these three rows. "
        "The first kind packs its material tight, the second spreads the space out between the copies."
    )
    removed = "".join(s.attrs.get("text", "") for s in doc.layers.get("removed", []))
    assert removed.replace(" ", "") == "." * sum(text == "." for row in LEADER_ROWS for _, text in row)


def test_a_table_of_short_keys_with_lower_case_descriptions_is_still_a_table():
    """A key is no prose line's opening: a table whose descriptions start in lower case stays a table."""
    rows = [
        [(72.0, "draft"), (200.0, "no pictures, boxes for them")],
        [(72.0, "final"), (200.0, "pictures and all")],
        [(72.0, "preview"), (200.0, "the first page only")],
        [(72.0, "strict"), (200.0, "stop at the first error")],
    ]
    (doc,) = parse_pdf(_leaders_page(rows))
    tables = [s.attrs["rows"] for s in doc.spans if s.label == "table"]
    assert tables == [[[key, meaning] for (_, key), (_, meaning) in rows]]


def test_a_listings_labels_over_its_code_stay_in_the_text_however_far_the_block_grows():
    """A grammar rule beside its name, two labels with a drawn arrow beside each, a module name
    with its number, and a statement: the aligned rows hold one program line, the rows the table
    would take two. Judged on those, the block is a listing and every line stays in the text."""
    content = [
        *_row(700.0, [(72.0, "The rule below adds a node to the current list when it is read.")]),
        *_row(676.0, [(72.0, "< parsing rules 5 > +="), (520.0, "(220)")]),
        *_row(664.0, [(82.0, "item_node:"), (150.0, "start ITEM list END { put_tags($1, ITEM_TAG); };")]),
        *_row(640.0, [(72.0, "Reading the short format:"), (500.0, "... =>")]),
        *_row(628.0, [(72.0, "Writing the long format:"), (500.0, "=> - --")]),
        *_row(608.0, [(72.0, "< cases to get content 19 > +="), (500.0, "(221)")]),
        *_row(596.0, [(82.0, "case ITEM_TAG: put(l);")]),
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(content)))
    assert [s.attrs["rows"] for s in doc.spans if s.label == "table"] == []
    assert "item_node: start ITEM list END { put_tags($1, ITEM_TAG); };" in doc.text
    assert "case ITEM_TAG: put(l);" in doc.text


def test_a_reference_entrys_url_on_a_line_of_its_own_stays_in_the_entry():
    """BibTeX sets an entry's URL on a new line at the entry's hanging indent, after a short line
    that ends a sentence: it goes on the entry. The next entry's label still starts a new one."""
    content = [
        *_row(700.0, [(72.0, "References")]),
        *_row(
            682.0,
            [(72.0, "[17] Jane Moss. Reading tables from printed pages. Journal of Paper, 38(3):35-58,")],
        ),
        *_row(670.0, [(92.5, "2017.")]),
        *_row(658.0, [(72.0, "[18] Jane Moss. The reader package on the archive.")]),
        *_row(646.0, [(92.5, "https://example.org/pkg/reader, August 2017.")]),
        *_row(
            634.0, [(72.0, "[19] Jane Moss. Reflowing printed text. Journal of Paper, 39(3):21-23, 2018.")]
        ),
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(content)))
    assert doc.text.split("\n\n")[2:] == [
        "[18] Jane Moss. The reader package on the archive. https://example.org/pkg/reader, August 2017.",
        "[19] Jane Moss. Reflowing printed text. Journal of Paper, 39(3):21-23, 2018.",
    ]


def _rule_page(reach: float) -> bytes:
    """Prose, then three scanner rules: a pattern in Courier at x 72 and its action in Helvetica,
    its "return" in Helvetica-Bold, ``reach`` em right of the widest pattern's end (Courier: 6 pt a
    character at 10 pt)."""
    rules = [('"("', "OPEN;"), ('")"', "CLOSE;"), ("word", "WORD;")]
    action = 72.0 + 6.0 * max(len(pattern) for pattern, _ in rules) + 10.0 * reach
    content = [helvetica_line(72.0, 700.0, "The scanner turns the input into tokens by the rules below.", 10)]
    for at, (pattern, token) in enumerate(rules):
        y = 676.0 - 15.0 * at
        returned = b"BT /F3 10 Tf %.2f %.2f Td (return ) Tj /F1 10 Tf (%s) Tj ET" % (
            action,
            y,
            escaped(token),
        )
        content += [code_line(72.0, y, pattern, 10), returned]
    return one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", BOLD)])


def test_a_pattern_and_its_action_read_as_one_row_at_five_and_a_half_em():
    """A flex rule's pattern and its action 5.4 em apart are one row each, pattern first, the bold
    "return" opening the action no run-in term (it cut the row in two); at 4.5 em only they were
    rows, and the patterns stood apart from their actions."""
    (doc,) = parse_pdf(_rule_page(5.4))
    assert doc.text.split("\n\n")[1:] == ['"("  return OPEN;', '")"  return CLOSE;', "word  return WORD;"]


def _line(text: str, x0: float, x1: float, top: float, lead: bool = False) -> Line:
    return Line(0, text, x0, x1, top, top + 10.0, 10.0, 792.0, lead=lead)


def test_a_web_module_name_over_a_key_tables_rows_is_a_line_of_its_own():
    """A CWEB module's name opening its definition ("⟨ … ⟩ +≡") is no sentence the first row of the
    table of patterns under it goes on, though the row starts in lower case (it ran into it)."""
    lines = [
        _line("⟨ scanning rules 3 ⟩ +≡", 62.0, 168.0, 124.0),
        _line("word  return WORD;", 62.0, 160.0, 136.0, lead=True),
        _line("item  return ITEM;", 62.0, 160.0, 148.0, lead=True),
    ]
    assert paragraphs([lines]) == ["⟨ scanning rules 3 ⟩ +≡", "word  return WORD;", "item  return ITEM;"]
