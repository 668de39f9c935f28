"""A number that is a table's key beside its description is the row's, not a page number (issue 15,
the forty-first check: glpk's cnfsat.pdf's "Returns" table keyed its first code "0" beside "The MIP
problem instance has been successfully solved.", then "GLP_EDATA" and "GLP_EFAIL" in typewriter
beside theirs; the "0" went to `removed` as `numbers_only` and the row no longer said what is
returned)."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, one_page

from sloika.pipelines.formats.pdf import parse_pdf

INTRO = [  # the page's prose at x 72, the text's left edge
    "If the problem instance has been solved to the end, the routine returns a code that says",
    "how the solution process went, and the status routine tells what it has found then.",
]
ROWS = [  # key, its font, its description's lines at x 144
    ("0", b"F1", ["The problem instance has been successfully solved."]),
    ("GLP_EDATA", b"F2", ["The problem object contains an instance of another format."]),
    ("GLP_EFAIL", b"F2", ["The solution process was unsuccessful because of a failure."]),
]


def _page(keys: list[tuple[str, bytes, list[str]]], key_x: int = 72) -> bytes:
    """The intro, 12 points a line, "Returns" in bold under it, then each key at ``key_x`` beside its
    description at x 144, in 10 pt, the rows 24 points apart."""
    parts = [f"BT /F1 10 Tf 72 {756 - 12 * at} Td ({text}) Tj ET" for at, text in enumerate(INTRO)]
    parts.append("BT /F3 10 Tf 72 716 Td (Returns) Tj ET")
    for at, (key, font, lines) in enumerate(keys):
        y = 692 - 24 * at
        parts.append(f"BT /{font.decode()} 10 Tf {key_x} {y} Td ({key}) Tj ET")
        parts += [f"BT /F1 10 Tf 144 {y - 12 * i} Td ({text}) Tj ET" for i, text in enumerate(lines)]
    return one_page(
        "\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", HELVETICA_BOLD)]
    )


def test_a_number_keying_a_row_stays_with_it():
    parsed = parse_pdf(_page(ROWS))[0]
    assert parsed.text.split("\n\n") == [
        " ".join(INTRO),
        "Returns",
        "0",
        "The problem instance has been successfully solved.",
        "GLP_EDATA",
        "The problem object contains an instance of another format.",
        "GLP_EFAIL",
        "The solution process was unsuccessful because of a failure.",
    ]
    assert not [s for s in parsed.layers.get("removed", []) if s.attrs["text"] == "0"]


def test_numbers_left_of_every_line_are_no_keys():
    """Numbers standing left of the text's edge beside lines (a line-numbered draft's "5", "6") are
    no table's keys: they go as ``numbers_only``."""
    rows = [
        ("5", b"F1", ["The problem instance has been successfully solved."]),
        ("6", b"F1", ["The problem object contains an instance of another format."]),
    ]
    parsed = parse_pdf(_page(rows, key_x=40))[0]
    assert "5" not in parsed.text.split() and "6" not in parsed.text.split()
    assert [s.attrs["text"] for s in parsed.layers["removed"] if s.attrs.get("why") == "numbers_only"] == [
        "5",
        "6",
    ]
