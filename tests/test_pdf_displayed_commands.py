"""Commands a manual displays flush left on a line of their own under the sentence that announces them
(issue 15, frobby's manual: "… To get the irreducible decomposition, type" / "frobby irrdecom < input" /
"which produces the output"). Where the prose line over the command was full, or too short for the
command's first word, the command was read into the sentence ("… type frobby irrdecom < input which
produces the output"). Pages hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, code_lines, fitted_line, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
FILLER = [
    "The program reads an ideal from its input and writes what it computed to its output, and each",
    "action it knows is named on the command line before the options that tell it how to do that.",
    "The examples below use the same small ideal in three variables throughout this short tutorial.",
]
LEFT, RIGHT = 72.0, 523.0  # the text's margin and measure


def _page(rows: list[tuple[float, str, bool]], skip: float = 3.0) -> bytes:
    """A page of the filler, justified, then ``rows`` (right end, text, typewriter) from the margin,
    14 pt apart, each typewriter row ``skip`` pt further from the rows over and under it (the skip
    LaTeX's verbatim display adds)."""
    lines = [fitted_line(LEFT, RIGHT, 100 + 14 * at, text) for at, text in enumerate(FILLER)]
    top = 100 + 14 * len(FILLER)
    for end, text, mono in rows:
        top += skip if mono else 0
        lines.append(fitted_line(LEFT, end, top, text, mono=mono))
        top += 14 + (skip if mono else 0)
    return font_pages([b"\n".join(lines)], [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_command_under_a_full_line_is_its_own_line():
    """The line over the command reaches the measure; the command stands a display's skip under it,
    ends on no stop, and the prose under it starts at the margin though its first word would have
    fitted after the command."""
    (doc,) = parse_pdf(
        _page(
            [
                (RIGHT, "To get the irreducible decomposition of the ideal in the file, simply type", False),
                (222.5, "frobby irrdecom < input", True),
                (230.0, "which produces the output.", False),
            ]
        )
    )
    assert doc.text.split("\n\n") == [
        " ".join(FILLER) + " To get the irreducible decomposition of the ideal in the file, simply type",
        "frobby irrdecom < input",
        "which produces the output.",
    ], doc.text
    assert code_lines(doc) == ["frobby irrdecom < input"]


def test_a_command_under_a_line_too_short_for_it_is_its_own_line():
    """The line over the command stops short of the measure, but not by the command's first word:
    the command is its own line all the same ("… To get a list of all actions, type" / "frobby help")."""
    (doc,) = parse_pdf(
        _page(
            [
                (500.0, "If you instead get a message that the command was not found there, type", False),
                (143.5, "frobby help", True),
                (RIGHT, "If that works, the install script could not place the program anywhere on", False),
                (200.0, "your search path.", False),
            ]
        )
    )
    assert doc.text.split("\n\n") == [
        " ".join(FILLER) + " If you instead get a message that the command was not found there, type",
        "frobby help",
        "If that works, the install script could not place the program anywhere on your search path.",
    ], doc.text
    assert code_lines(doc) == ["frobby help"]


def test_a_name_that_ends_its_sentence_stays_in_it():
    """A file's name the sentence wrapped onto a line of its own and ended on with its stop is the
    sentence's last word, whatever the prose under it: it stays in the sentence."""
    (doc,) = parse_pdf(
        _page(
            [
                (RIGHT, "When the build has finished, the program is found in the folder named", False),
                (144.0, "bin/frobby.", True),
                (RIGHT, "If that works, the install script could not place the program anywhere on", False),
                (200.0, "your search path.", False),
            ]
        )
    )
    assert doc.text.split("\n\n") == [
        " ".join(FILLER)
        + " When the build has finished, the program is found in the folder named bin/frobby.",
        "If that works, the install script could not place the program anywhere on your search path.",
    ], doc.text


def test_a_name_at_the_line_gap_stays_in_its_sentence():
    """debdelta_suite.pdf: a ragged paragraph's "… do not forget to move them in" over the path
    "/var/cache/apt/archives" at the paragraph's own line gap, a new paragraph under it. The path is
    the sentence's last word, wrapped for room, however the sentence ends: it stays in it."""
    rows = [
        (
            480.0,
            "If it was run by a user other than root, the files are saved elsewhere: move them to",
            False,
        ),
        (229.0, "/var/cache/apt/archives", True),
        (RIGHT, "The upgrade also fetches the packages for which no delta is available on the", False),
        (200.0, "server at all.", False),
    ]
    (doc,) = parse_pdf(_page(rows, skip=0.0))
    assert doc.text.split("\n\n") == [
        " ".join(FILLER)
        + " If it was run by a user other than root, the files are saved elsewhere: move them to"
        + " /var/cache/apt/archives",
        "The upgrade also fetches the packages for which no delta is available on the server at all.",
    ], doc.text
