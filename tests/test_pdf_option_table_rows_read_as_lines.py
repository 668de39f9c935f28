"""A borderless two-column option table whose rows pdfminer read as lines of prose (issue 15, the
thirty-fifth check's row 2, snowfall.pdf p. 10): "session=X" set 1.3 em before "Session number. …"
was read as one line with it, and "restoreSR" beside a justified description ("Enables" /
"restoring" / … / "from", its words a gap as wide as the label's apart) was joined with it into one
line; each read as running text, they cut the table in two: its first three rows a table, the rest
mixed into the text ("… but only needed restoreSR Enables restoring …"), wrapped cell lines cut as
``figure``. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page, helvetica_width, text_at

from sloika.pipelines.formats.pdf import parse_pdf

GAP = 14.4  # the justified row's word gaps, its label's a little wider (15.1), as TeX set them
LABEL, DESCRIPTION = 139.7, 197.1  # the table's columns; the text's margin is at 133.8
JUSTIFIED = ["Enables", "restoring", "of", "previously", "saved", "results", "from"]
RIGHT = DESCRIPTION + sum(helvetica_width(word, 10) for word in JUSTIFIED) + GAP * (len(JUSTIFIED) - 1)


def _words(x: float, y: float, words: list[str]) -> list[str]:
    """Words each a text object of its own, ``GAP`` apart, as TeX sets a loosely justified line."""
    pieces = []
    for word in words:
        pieces.append(text_at(x, y, word))
        x += helvetica_width(word, 10) + GAP
    return pieces


ROWS = [  # label, the description's lines: a full line (justified to ``RIGHT``) or a wrapped last one
    ("parallel", ["Switch to parallel execution. Default is sequential execution."]),
    ("cpus=X", ["Amount of CPUs wanted. Without the switch, a value over one", "switch to parallel."]),
    ("type=X", ["Type of cluster. Allowed values are SOCK, MPI, PVM and NWS."]),
    ("session=X", ["Session number. The logfiles contain the number, but it is only", "with the tool."]),
    ("restoreAll", [JUSTIFIED, "the apply calls."]),
    (
        "hosts=X",
        [
            "List of hosts for socket or workspace clusters. Entries are comma",
            "separated. Any entry may carry the number of processors on its",
            "machine after a colon: machine1:4 spawns four workers there,",
            "on 10.0.0.1).",
        ],
    ),
    ("tmpdir=X", ["Specify temporary directory for logfiles and R-output."]),
]


def _row(y: float, label: str, lines: list) -> list[str]:
    """The row's label and its description's lines, 12 pt apart from ``y`` down."""
    pieces = [text_at(LABEL, y, label)]
    for at, line in enumerate(lines):
        if isinstance(line, list):
            pieces += _words(DESCRIPTION, y - 11.95 * at, line)
        else:
            full = at < len(lines) - 1 and label != "tmpdir=X"
            pieces.append(
                helvetica_line(DESCRIPTION, y - 11.95 * at, line, 10, RIGHT if full else None).decode()
            )
    return pieces


def test_the_option_table_reads_in_the_text_each_label_with_its_description():
    """Every row keeps its label beside its description, the justified one read whole, no wrapped
    line cut; rows of sentences are no table (issue-tabprose, ``pdf_tables._sentence_rows``): each
    option one line of the text, in order, between the prose over and under it."""
    lines = [text_at(133.8, 700, "On the command line there are the following parameters of the program:")]
    y = 680.0
    for label, description in ROWS:
        lines += _row(y, label, description)
        y -= 11.95 * len(description)
    lines.append(
        text_at(133.8, y - 10, "For using these arguments, just add them after the args option on the line.")
    )
    parsed = parse_pdf(helvetica_page("\n".join(lines).encode()))[0]
    described = [
        (label, " ".join(" ".join(line) if isinstance(line, list) else line for line in description))
        for label, description in ROWS
    ]
    assert [line for line in parsed.text.split("\n") if line] == [
        "On the command line there are the following parameters of the program:",
        *(f"{label} {description}" for label, description in described),
        "For using these arguments, just add them after the args option on the line.",
    ]
    assert [span for span in parsed.spans if span.label == "table"] == []
    assert not parsed.layers.get("removed")
