"""A borderless table of one-word labels beside wrapped descriptions whose lines are long (issue 15,
the thirty-fifth check's row 2, snowfall.pdf p. 10): judged by its lines' median length, such a
block was two columns of prose and read column by column, every label apart from its description.
The geometry tells the table: labels at one edge each opening a row, descriptions at another, some
wrapped. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, helvetica_page, one_page, text_at, without_tables

from sloika.pipelines.formats.pdf import parse_pdf

LABEL, DESCRIPTION = 90.0, 170.0
ROWS = [
    (
        "verbose",
        [
            "Print every step of the build as it runs, with the time each step took",
            "to finish and the command it ran, so that a slow or failing step can be",
            "found in the log without running the whole build again from the start.",
        ],
    ),
    (
        "quiet",
        [
            "Print nothing but the errors, which go to the standard error stream as",
            "before; the summary at the end is left out too, and the exit status is",
            "the only sign that the build went well.",
        ],
    ),
    (
        "jobs=N",
        [
            "Run at most N steps at once; the default is one step for each processor",
            "found on the machine, and a value of zero lets every step run at once.",
        ],
    ),
    ("keep", ["Keep going after a step fails, building whatever does not depend on it."]),
]


def _page(rows: list[tuple[str, list[str]]]) -> bytes:
    """A lead-in, the table (each label on its description's first row, 12 pt a line) and a line under it."""
    lines = [text_at(LABEL, 700, "The program takes the following options on its command line:")]
    y = 680.0
    for label, description in rows:
        lines.append(text_at(LABEL, y, label))
        lines += [text_at(DESCRIPTION, y - 12 * at, line) for at, line in enumerate(description)]
        y -= 12 * len(description) + 4
    lines.append(text_at(LABEL, y - 10, "Options given twice take the value given last on the line."))
    return helvetica_page("\n".join(lines).encode())


def test_labels_beside_long_wrapped_descriptions_read_in_the_text_each_label_with_its_description():
    """Each label stays on its description's row; rows of sentences are no table (issue-tabprose,
    ``pdf_tables._sentence_rows``): each option and its wrapped description one line of the text,
    in order, between the prose around it."""
    parsed = parse_pdf(_page(ROWS))[0]
    assert [span for span in parsed.spans if span.label == "table"] == []
    assert [line for line in parsed.text.split("\n") if line] == [
        "The program takes the following options on its command line:",
        *(f"{label} {' '.join(description)}" for label, description in ROWS),
        "Options given twice take the value given last on the line.",
    ]


CALLS = [  # (name in typewriter, arguments in the text font, description)
    ("substr", "s, x", "substring of s starting from position x"),
    ("substr", "s, x, y", "substring of s starting from position x and having length y"),
    ("time2str", "t, f", "converting calendar time to character string (see Section B.3)"),
]


def _call(y: float, name: str, arguments: str) -> bytes:
    """A function's call: its name and brackets in Courier, its arguments in Helvetica."""
    return b"BT /F2 10 Tf 90 %.1f Td (%s\\() Tj /F1 10 Tf (%s) Tj /F2 10 Tf (\\)) Tj ET" % (
        y,
        name.encode(),
        arguments.encode(),
    )


def test_calls_in_typewriter_beside_their_descriptions_are_one_table():
    """gmpl.pdf 3.2.1: three calls beside their descriptions, read as prose in two columns, stood
    over their descriptions run into one line ("substring of s … position x substring of s …").
    Each call stays on its description's row, in one table."""
    parts = [text_at(90, 700, "There exist the following built-in functions on symbolic values:").encode()]
    for at, (name, arguments, description) in enumerate(CALLS):
        parts += [_call(680 - 13 * at, name, arguments), text_at(210, 680 - 13 * at, description).encode()]
    parts.append(text_at(90, 630, "The first argument of substr should be a symbolic expression.").encode())
    parsed = parse_pdf(one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert without_tables(parsed).split("\n\n") == [
        "There exist the following built-in functions on symbolic values:",
        "The first argument of substr should be a symbolic expression.",
    ]
    (table,) = [span.attrs["rows"] for span in parsed.spans if span.label == "table"]
    assert table == [
        ["substr(s, x)", "substring of s starting from position x"],
        ["substr(s, x, y)", "substring of s starting from position x and having length y"],
        ["time2str(t, f)", "converting calendar time to character string (see Section B.3)"],
    ]
