"""A Doxygen "Parameters" table, ruled all round, cell by cell (issue 15, stringdist's
stringdist_C-Cpp_api.pdf, an R vignette that places each page of a Doxygen reference whole, as a
Form XObject): its rows left the text as a `table` span only where its rules were read; the page's
rules, drawn inside the form, were not, so the rows stood in the text torn apart ("Parameters
useBytes" / "nthread" after their descriptions), a one-letter name column ("q", "p", "bt") was cut
as a word written down the margin, and a description wrapped inside its ruled row was a row of its
own, apart from its name."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages, form_pdf, text_at, without_tables

from sloika.pipelines.formats.pdf import parse_pdf

LEAD = [
    "Find the location of the values of the first vector in the lookup table by approximate",
    "matching of the strings, with the distance method and the maximum distance given below.",
]
ROWS = [
    ("x", ["[character] vector."]),
    (
        "matchNA",
        [
            "Should NAs be matched? Default behaviour mimics the behaviour of base match,",
            "meaning that NA matches NA (see also the note on NA handling below).",
        ],
    ),
    (
        "q",
        ["[integer] scalar. Size of the q-gram; must be nonnegative. Only applies to", "the q-gram methods."],
    ),
    (
        "p",
        ["[numeric] scalar. Penalty factor for the Jaro-Winkler distance. The valid", "range is 0 to 0.25."],
    ),
    (
        "bt",
        ["[numeric] vector. Boost threshold of Winkler, applied only when the Jaro", "distance is larger."],
    ),
]
RETURNS = "An integer vector of the same length as the first vector, with indices in the lookup table."
LEFT, SPLIT, RIGHT, PITCH = 72, 140, 540, 12  # the table's rules down; a description's line pitch
WORDS = [("table", ROWS[0][1]), ROWS[1], ("maxDistance", ROWS[2][1]), ("useBytes", ROWS[3][1])]


def _page(rows: list[tuple[str, list[str]]]) -> bytes:
    """The lead-in, "Parameters", the table of ``rows`` ruled round each cell (its rules drawn as
    Doxygen's are, a segment per row), "Returns" and its sentence, Helvetica (``/F1``) 10 pt, 9 pt."""
    parts = [text_at(LEFT, 740 - 14 * at, line) for at, line in enumerate(LEAD)]
    parts.append(text_at(LEFT, 690, "Parameters", size=9))
    top = 680
    parts.append(f"0.4 w {LEFT} {top} m {RIGHT} {top} l S")
    for name, description in rows:
        bottom = top - 4 - PITCH * len(description)
        parts.append(text_at(LEFT + 5, top - PITCH, name, size=9))
        parts += [
            text_at(SPLIT + 5, top - PITCH * (at + 1), line, size=9) for at, line in enumerate(description)
        ]
        parts += [f"{x} {top} m {x} {bottom} l S" for x in (LEFT, SPLIT, RIGHT)]
        parts.append(f"{LEFT} {bottom} m {RIGHT} {bottom} l S")
        top = bottom
    parts.append(text_at(LEFT, top - 30, "Returns", size=9))
    parts.append(text_at(LEFT + 20, top - 46, RETURNS))
    return "\n".join(parts).encode()


def _expected_rows(rows: list[tuple[str, list[str]]]) -> list[list[str]]:
    return [[name, " ".join(description)] for name, description in rows]


def _table_rows(parsed) -> list[list[str]]:
    return [row for span in parsed.spans if span.label == "table" for row in span.attrs["rows"]]


def test_rules_drawn_in_the_form_that_holds_the_page_rule_its_table():
    """The page drawn whole in a Form XObject: its rules read with its text, the rows leave the
    text as one table, each name with its whole description, "Parameters" over it, "Returns" after."""
    parsed = parse_pdf(form_pdf(b"", _page(ROWS)))[0]
    assert _table_rows(parsed) == _expected_rows(ROWS)
    assert without_tables(parsed) == "\n\n".join([" ".join(LEAD), "Parameters", "Returns", RETURNS])


def test_one_letter_names_in_a_ruled_column_stay_with_their_descriptions():
    """On a page of its own (no form): "q", "p", "bt", a run of one- and two-letter lines, stand
    each left of a rule down beside their descriptions: a table's names, no word written down
    the margin (`letter_column`)."""
    parsed = parse_pdf(font_pages([_page(ROWS)], [(b"F1", HELVETICA)]))[0]
    gone = [span.attrs["text"] for span in parsed.layers.get("removed", []) if span.label == "debris"]
    assert gone == []
    assert [row[0] for row in _table_rows(parsed)] == [name for name, _ in ROWS]


def test_description_wrapped_in_its_ruled_row_is_one_cell():
    """A description's second line, alone right of the name column with no rule across over it,
    goes on its first line's cell: "meaning that NA matches NA …" was a row of its own."""
    parsed = parse_pdf(font_pages([_page(WORDS)], [(b"F1", HELVETICA)]))[0]
    assert _table_rows(parsed) == _expected_rows(WORDS)
