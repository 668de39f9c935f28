"""gtk-doc API tables as DBLaTeX typesets them (issue 15, check 61 row 4: libu2f-host-doc's
u2f-host.pdf): each table's rules down drawn a segment per row, its rules across only between rows,
in a piece per column, and an enum's descriptions set in a 12 pt column, a word a line, hyphenated,
running on past its rule, the member's name centred in the row's height. Read line by line the
"enum u2fh_rc" table was "Memory" / "U2FH_MEMORY_ERROR | er-" / "ror."; a table of one row (two
rules down, no rule across) was no table, and its description stood after the next section's lines
or under the "Returns" heading after it. The expected texts are the rendered pages' rows, written by
hand."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages, text_at

from sloika.pipelines.formats.pdf import parse_pdf

NAME_X, DOWN, NARROW, LEFT, RIGHT, PITCH = 62.7, 368.8, 381.2, 56.7, 593.8, 12.0
ENUM = [
    ("U2FH_OK", ["Success."]),
    ("U2FH_MEMORY_ERROR", ["Memory", "er-", "ror."]),
    ("U2FH_TRANSPORT_ERROR", ["Transport", "(e.g.,", "USB)", "er-", "ror."]),
    ("U2FH_NO_U2F_DEVICE", ["Missing", "U2F", "de-", "vice."]),
]


def _row(name: str, words: list[str], top: float, downs: tuple[float, ...], text_x: float) -> list[str]:
    """One table row from ``top`` down: ``words`` a line each from ``text_x``, ``name`` centred in
    the row's height, the rules down at ``downs`` the row's height (a segment of its own)."""
    bottom = top - PITCH * len(words) - 2
    parts = [text_at(text_x, top - 9 - PITCH * at, word) for at, word in enumerate(words)]
    parts.append(text_at(NAME_X, top - 9 - PITCH * (len(words) - 1) / 2, name))
    parts += [f"0.4 w {x} {top} m {x} {bottom} l S" for x in downs]
    return parts


def _enum_page(rows: list[tuple[str, list[str]]]) -> bytes:
    """A heading, "Error codes.", the members table (rules across between rows drawn in three
    pieces, as DBLaTeX draws them) and a paragraph after it."""
    parts = [text_at(LEFT, 780, "enum u2fh_rc", size=12), text_at(LEFT, 756, "Error codes.")]
    top = 740.0
    for at, (name, words) in enumerate(rows):
        parts += _row(name, words, top, (DOWN, NARROW), DOWN + 6.2)
        top -= PITCH * len(words) + 2
        if at < len(rows) - 1:
            parts += [
                f"{x0} {top} m {x1} {top} l S" for x0, x1 in [(LEFT, DOWN), (DOWN, NARROW), (NARROW, RIGHT)]
            ]
    parts.append(text_at(LEFT, top - 30, "The codes a function of the library returns when it fails."))
    return "\n".join(parts).encode()


def _one_row_page(
    head: str, name: str, words: list[str], downs: tuple[float, float], after: list[str]
) -> bytes:
    """``head`` over a table of one row ruled by two rules down alone, ``after``'s lines under it
    (a heading, a paragraph), as DBLaTeX sets a one-member enum or a one-parameter function."""
    parts = [
        text_at(LEFT, 780, "Flags passed to the library's initialisation."),
        text_at(LEFT, 750, head, size=12),
    ]
    parts += _row(name, words, 730.0, downs, downs[0] + 6.2)
    bottom = 730.0 - PITCH * len(words) - 2
    parts += [text_at(LEFT, bottom - 24 - 20 * at, line) for at, line in enumerate(after)]
    return "\n".join(parts).encode()


def _parsed(content: bytes):
    return parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))[0]


def _table_rows(parsed) -> list[list[str]]:
    return [row for span in parsed.spans if span.label == "table" for row in span.attrs["rows"]]


def test_a_cell_wrapped_in_a_narrow_column_is_read_by_its_row_segment():
    """Each member's description, its first words over its centred name, is read whole beside it,
    its hyphen joined as in prose: "U2FH_MEMORY_ERROR | Memory error."."""
    parsed = _parsed(_enum_page(ENUM))
    assert _table_rows(parsed) == [
        ["U2FH_OK", "Success."],
        ["U2FH_MEMORY_ERROR", "Memory error."],
        ["U2FH_TRANSPORT_ERROR", "Transport (e.g., USB) error."],
        ["U2FH_NO_U2F_DEVICE", "Missing U2F device."],
    ]
    assert "er-" not in parsed.text and "\nMemory\n" not in parsed.text


def test_a_one_row_table_ruled_down_alone_stays_beside_its_name():
    """An enum of one member: its description stays beside it, before the next section."""
    page = _one_row_page(
        "Members",
        "U2FH_DEBUG",
        ["Print", "de-", "bug", "mes-", "sages."],
        (DOWN, NARROW),
        ["u2fh_devs", "A handle on the devices the library found."],
    )
    parsed = _parsed(page)
    assert _table_rows(parsed) == [["U2FH_DEBUG", "Print debug messages."]]
    assert parsed.text.index("Print debug messages.") < parsed.text.index("u2fh_devs")


def test_a_one_parameter_table_keeps_its_description_out_of_returns():
    """A function's one parameter: "req_version | Required version number, or NULL." under
    "Parameters", and "Returns" with its own sentence only."""
    page = _one_row_page(
        "Parameters",
        "req_version",
        ["Required version number,", "or NULL."],
        (224.2, 349.0),
        ["Returns", "Version string of run-time library, or NULL."],
    )
    parsed = _parsed(page)
    assert _table_rows(parsed) == [["req_version", "Required version number, or NULL."]]
    assert parsed.text.endswith(
        "Parameters\n\nreq_version | Required version number, or NULL.\n\nReturns\n\n"
        "Version string of run-time library, or NULL."
    )


def _functions_page(cells: list[str]) -> bytes:
    """u2f-host.pdf p. 6: "Functions" over a table of one function, its return type and its name
    ("const char *" at 68.2 pt, "u2fh_check_version ()" at 230.6 pt) parted by one rule down at 224.4
    pt, the row's height (12 pt), and nothing else; ``cells`` drawn from those places, a heading and
    a paragraph under it."""
    parts = [
        text_at(LEFT, 780, "u2f-host-version - version checks of the library"),
        text_at(LEFT, 750, "Functions", size=12),
    ]
    parts += [text_at(x, 721, cell) for x, cell in zip((68.2, 230.6), cells, strict=False)]
    parts.append("0.4 w 224.4 731.9 m 224.4 719.9 l S")
    parts += [
        text_at(LEFT, 690, "Types and Values", size=12),
        text_at(LEFT, 670, "The version macros follow."),
    ]
    return "\n".join(parts).encode()


def test_a_one_function_table_ruled_by_one_rule_down_is_one_row():
    """The synopsis row "const char * | u2fh_check_version ()": its return type and its name, on
    one row beside the one rule DBLaTeX draws between them, were two paragraphs."""
    parsed = _parsed(_functions_page(["const char *", "u2fh_check_version ()"]))
    assert _table_rows(parsed) == [["const char *", "u2fh_check_version ()"]]
    assert "Functions\n\nconst char * | u2fh_check_version ()\n\nTypes and Values" in parsed.text


def test_a_rule_down_beside_one_line_is_no_table():
    """A rule one row high with a line on its right only (a change bar beside a changed line) is
    no table: the line stays the text's."""
    parsed = _parsed(_functions_page(["", "u2fh_check_version ()"]))
    assert _table_rows(parsed) == []
    assert "Functions\n\nu2fh_check_version ()\n\nTypes and Values" in parsed.text
