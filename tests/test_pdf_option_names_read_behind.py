"""A sequence matcher's LaTeX manual in PDF (issue 15, the forty-fourth held-out check's row 2): an
option list, each name in typewriter alone on its row, right-aligned at the label's edge, over its
indented description. pdfminer read the names as one stack behind all the descriptions; the name
with an italic argument ("-l q") and a triple displayed in typewriter that a sentence runs on into
("… reported as a triple" / "i j l") were cut as `fragment`. Names, sentences and positions
sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
DISPLAY = "="  # a description's row set as a typewriter display, a gap over and under it

# each option's name (an italic argument after its space) and its description's rows
OPTIONS: list[tuple[str, list[str]]] = [
    ("-n", ["Only match the characters a, c, g, or t. They can be either in upper or in lower", "case."]),
    (
        "-l q",
        [
            "Set the minimum length q of a match to be reported. q must be a positive integer.",
            "Only matches of length at least q are reported.",
        ],
    ),
    ("-b", ["Compute direct matches and reverse complement matches."]),
    ("-r", ["Only compute reverse complement matches."]),
    (
        "-c",
        [
            "Report the query-position of a reverse complement match relative to the orig-",
            "inal query-sequence. By default, a match is reported as a triple",
            DISPLAY + "i j l",
            "Position j is relative to y. With this option, not j but m-j+1 is reported.",
        ],
    ),
    (
        "-F",
        [
            "Forces 4 column output format regardless of the number of reference sequence",
            "inputs, i.e. prefixes every output match with its reference sequence identifier.",
        ],
    ),
    ("-h", ["Show the possible options and exit."]),
    ("-help", ["Show the possible options and exit."]),
]


def _term(y: float, term: str) -> list[bytes]:
    """``term`` ending at the labels' edge (x 92), its name in Courier, its argument in italic."""
    name, _, argument = term.partition(" ")
    x = max(92 - 6 * len(term), 72)
    italic = [text_row(x + 6 * len(name) + 6, y, argument, 10, b"F3")] if argument else []
    return [code_line(x, y, name, 10), *italic]


def _option_page() -> bytes:
    """The options from the page's top: each name, 13 pt under it its description in 12 pt Helvetica."""
    out, y = [], 760.0
    for term, rows in OPTIONS:
        out += _term(y, term)
        y -= 13
        for row in rows:
            if row.startswith(DISPLAY):
                out.append(code_line(100, y - 14, row[1:], 12))
                y -= 30
                continue
            out.append(helvetica_line(100, y, row, 12))
            y -= 14.5
        y -= 14
    return font_pages([b"\n".join(out)], [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", OBLIQUE)])


def test_option_names_read_behind_their_descriptions_go_back_over_them():
    """Each name, the one with an argument too, stands right over its own description, the triple a
    sentence runs on into kept in it: nothing cut."""
    doc = parse_pdf(_option_page())[0]
    assert doc.text.split("\n\n") == [
        "-n",
        "Only match the characters a, c, g, or t. They can be either in upper or in lower case.",
        "-l q",
        "Set the minimum length q of a match to be reported. q must be a positive integer."
        " Only matches of length at least q are reported.",
        "-b",
        "Compute direct matches and reverse complement matches.",
        "-r",
        "Only compute reverse complement matches.",
        "-c",
        "Report the query-position of a reverse complement match relative to the original"
        " query-sequence. By default, a match is reported as a triple",
        "i j l",
        "Position j is relative to y. With this option, not j but m-j+1 is reported.",
        "-F",
        "Forces 4 column output format regardless of the number of reference sequence inputs,"
        " i.e. prefixes every output match with its reference sequence identifier.",
        "-h",
        "Show the possible options and exit.",
        "-help",
        "Show the possible options and exit.",
    ]
    assert "removed" not in doc.layers
