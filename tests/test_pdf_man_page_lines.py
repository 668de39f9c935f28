"""A man page set in a manual's PDF (issue 15, issue-feynC; the forty-ninth check's review C row 03,
feynmf.pdf p. 12): its "NAME" and "SYNOPSIS" titles, each over a line opening in lower case, were
read as a sentence running on, and the synopsis' two forms of the command ran together into one
paragraph. A page hand-built with the helpers of the other PDF tests, lines written for the test."""

from __future__ import annotations

import pytest
from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf

INTRO = [
    "The boxes script runs the whole chain of programs for a document, in the right order and as",
    "often as needed, and it cleans up the files they leave behind. Here is its manual page:",
]
NAME = "boxes - draw boxes around the words of a document"
FORMS = ["boxes [-hvq] [-m mode] file [file ...]", "boxes [--help] [--version] [--quiet] [--mode mode] file"]
ABOUT = "The script reads each file named and writes the result next to it, under the same name."


@pytest.mark.parametrize("size", [10, 12])
def test_man_page_titles_and_synopsis_forms_stand_apart(size: int):
    """NAME / its line / SYNOPSIS / two forms / DESCRIPTION / its text: each title and each form a
    paragraph of its own, the man page set in the body's size or larger (feynmf.pdf's, where "NAME"
    read as a title's first word over its next line)."""
    intro = [(780 - 12 * at, INTRO[at % 2]) for at in range(8)]
    rows = [
        (684, "NAME"),
        (666, NAME),
        (640, "SYNOPSIS"),
        (622, FORMS[0]),
        (610, FORMS[1]),
        (584, "DESCRIPTION"),
        (566, ABOUT),
    ]
    page = b"\n".join(
        [
            *(helvetica_line(72, y, text, 10) for y, text in intro),
            *(helvetica_line(72, y, text, size) for y, text in rows),
        ]
    )
    assert parse_pdf(helvetica_page(page))[0].text.split("\n\n")[-7:] == [
        "NAME",
        NAME,
        "SYNOPSIS",
        *FORMS,
        "DESCRIPTION",
        ABOUT,
    ]


SUBCOMMANDS = [
    "tally count [-o prefix] [-m length] [-t threads] [-s size] [--both-strands] file [file ...]",
    "tally merge table1 table2 ...",
    "tally dump table",
    "tally stats table",
    "tally histo [-h high] [-l low] [-i step] table",
    "tally query table",
    "tally cite",
]


def test_a_synopsis_of_subcommands_keeps_a_form_a_line():
    """A synopsis of a program's subcommands, one form a line at the margin, the first filling the
    measure (issue 15, the fifty-sixth check's review C row 02, jellyfish.pdf p. 1: "jellyfish dump
    hash jellyfish stats hash jellyfish histo [-hhigh] …" read as one paragraph): each form a
    paragraph of its own, a subcommand's form under the first too, and the short forms, each
    opening with the program's name, which would have fitted on the line above."""
    intro = [helvetica_line(72, 760 - 12 * at, INTRO[at % 2], 10, 540) for at in range(4)]
    forms = [
        helvetica_line(72, 700 - 12 * at, text, 10, 540 if at == 0 else None)
        for at, text in enumerate(SUBCOMMANDS)
    ]
    after = helvetica_line(
        87, 700 - 12 * len(SUBCOMMANDS) - 6, "The same commands read quality tables too.", 10
    )
    paragraphs = parse_pdf(helvetica_page(b"\n".join([*intro, *forms, after])))[0].text.split("\n\n")
    assert paragraphs[-8:] == [*SUBCOMMANDS, "The same commands read quality tables too."]


def test_full_lines_opening_with_one_word_stay_one_sentence():
    """Lines of a paragraph that fill the measure, each opening with the word the line above opens
    with, wrapped for want of room: one paragraph, whatever words they open with."""
    rows = [
        "tally reads each table named on its command line and writes the counts it holds, and then",
        "tally goes on with the next table, until every table is read and its counts are written to",
        "tally the output file named by the option.",
    ]
    lines = [
        helvetica_line(72, 700 - 12 * at, text, 10, 540 if at < 2 else None) for at, text in enumerate(rows)
    ]
    assert parse_pdf(helvetica_page(b"\n".join(lines)))[0].text == " ".join(rows)
