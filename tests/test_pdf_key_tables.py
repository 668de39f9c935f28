"""A table of short typewriter keys beside their descriptions (babel's shorthand tables: '"a' beside
'umlaut, for the other vowels too') reads as one line a row, the key before its description
(issue 15, the tenth check: slovak.pdf's key column went to `removed` as fragments while its
descriptions stayed, and the command table read ten names, then ten descriptions)."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

INTRO = [  # the page's prose, whose left edge is the text column's
    "The shorthands below are made active by this file, and each of them does one thing only,",
    "whatever the font encoding the document uses, so that a reader of the source can see the",
    "letter that is meant; the table lists them with what each of them prints or changes.",
]
# key, lines of its description (the second hangs under the first, at the descriptions' edge)
ROWS = [
    ('"a', ["an umlaut over the letter, made for the other vowels and for their", "capitals as well."]),
    ('"|', ["no ligature at this place in the word."]),
    ('"-', ["a hyphen that lets the rest of the word break again at its own", "hyphenation points."]),
    ('"<', ["an opening guillemet, as French sets it."]),
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page() -> bytes:
    """The intro at x 100, three lines; the keys in 10 pt Courier at x 160 (12 points wide), drawn
    first as one
    column; the descriptions in 10 pt Helvetica at x 184, 12 points a line."""
    parts = [f"BT /F1 10 Tf 100 {756 - 12 * at} Td ({_escaped(text)}) Tj ET" for at, text in enumerate(INTRO)]
    y, places = 690, []
    for key, lines in ROWS:
        places.append((key, y))
        for text in lines:
            parts.append(f"BT /F1 10 Tf 184 {y} Td ({_escaped(text)}) Tj ET")
            y -= 12
    keys = [f"BT /F2 10 Tf 160 {at} Td ({_escaped(key)}) Tj ET" for key, at in places]
    return one_page("\n".join(keys + parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_each_key_reads_with_its_description_as_one_line():
    paragraphs = parse_pdf(_page())[0].text.split("\n\n")
    assert paragraphs == [
        " ".join(INTRO),
        '"a  an umlaut over the letter, made for the other vowels and for their capitals as well.',
        '"|  no ligature at this place in the word.',
        '"-  a hyphen that lets the rest of the word break again at its own hyphenation points.',
        '"<  an opening guillemet, as French sets it.',
    ]


def test_margin_names_are_no_table_keys():
    """Margin names beside three paragraphs (czech.pdf's "\\dateczech", "\\extrasczech", …) are short
    typewriter lines beside prose too, but stand left of the text column: each stays apart, in
    `removed` as a `margin_note` where its paragraph gives it, else its paragraph's term over it (issue
    15, feynmf.pdf)."""
    texts = [
        ("\\dx", "The first command, \\dx, sets the date in the way this language writes it."),
        ("\\ex", "The second command adds the settings the language needs when it is switched on."),
        ("\\nx", "The third command takes those settings back when another language is chosen."),
    ]
    parts = []
    for at, (name, text) in enumerate(texts):
        parts.append(f"BT /F2 10 Tf 100 {700 - 36 * at} Td ({_escaped(name)}) Tj ET")
        parts.append(f"BT /F1 10 Tf 144 {700 - 36 * at} Td ({_escaped(text)}) Tj ET")
    page = one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])
    parsed = parse_pdf(page)[0]
    assert parsed.text.split("\n\n") == [texts[0][1], "\\ex", texts[1][1], "\\nx", texts[2][1]]
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "margin_note"] == ["\\dx"]


STYLES = [  # key, its description's first line as two pieces (a wide justified gap), its second line
    ("bare", ("no header and no footer", ""), ""),
    ("basic", ("no header, the footer holds the", ""), "page number in its middle"),
    ("titled", ("no footer,", "the header holds the title of"), "the chapter and the page number"),
]
NUMBERS = [("digits", "arabic numbers"), ("small", "roman numbers in lowercase"), ("large", "capitals")]


def _two_tables_page() -> bytes:
    """As itfancyhdr.pdf sets its tables: keys in 10 pt Courier at x 106 (the prose at x 100); the
    first table's descriptions at x 170, 4 em right of its longest key ("titled", 36 points wide), a
    line justified with a wide gap drawn as two pieces; the second table's at x 150. Keys drawn
    after their descriptions, as one column."""
    parts = [f"BT /F1 10 Tf 100 {756 - 12 * at} Td ({_escaped(text)}) Tj ET" for at, text in enumerate(INTRO)]
    keys, y = [], 710
    for key, (first, second_piece), more in STYLES:
        keys.append(f"BT /F2 10 Tf 106 {y} Td ({key}) Tj ET")
        parts.append(f"BT /F1 10 Tf 170 {y} Td ({first}) Tj ET")
        if second_piece:
            parts.append(f"BT /F1 10 Tf 240 {y} Td ({second_piece}) Tj ET")
        if more:
            y -= 12
            parts.append(f"BT /F1 10 Tf 170 {y} Td ({more}) Tj ET")
        y -= 12
    parts.append(f"BT /F1 10 Tf 100 {y - 12} Td ({_escaped(INTRO[0])}) Tj ET")
    y -= 36
    for key, description in NUMBERS:
        keys.append(f"BT /F2 10 Tf 106 {y} Td ({key}) Tj ET")
        parts.append(f"BT /F1 10 Tf 150 {y} Td ({description}) Tj ET")
        y -= 12
    return one_page("\n".join(parts + keys).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_two_tables_on_one_page_each_at_its_edge_and_a_cell_line_in_two_pieces():
    """itfancyhdr.pdf kept "empty" / "plain" ¶ "nessuna intestazione o piè di pagina nessuna
    intestazione, il piè di pagina contiene …" (descriptions 3.8 em right of their keys) and
    "arabic" / "roman" / … ¶ "numeri arabi numeri romani …" (a second table on the page, its
    descriptions at another edge than the first's)."""
    paragraphs = parse_pdf(_two_tables_page())[0].text.split("\n\n")
    assert paragraphs == [
        " ".join(INTRO),
        "bare  no header and no footer",
        "basic  no header, the footer holds the page number in its middle",
        "titled  no footer, the header holds the title of the chapter and the page number",
        INTRO[0],
        "digits  arabic numbers",
        "small  roman numbers in lowercase",
        "large  capitals",
    ]
