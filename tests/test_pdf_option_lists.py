"""A daemon's user's guide in PDF (issue 15, the twenty-eighth held-out check's row 1): a definition
list of command-line options and of types, each term alone on its row over its indented description.
pdfminer read a stack of short typewriter terms ahead of the descriptions between them, the option
names ("-d", "-l") were cut as a drawing's letters, and a description ending in a default with no
full stop ran on into the next term. Names, sentences and positions sloika's own; expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, EntryRow, entry_rows, font_pages, helvetica_line, helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OPTIONS: list[EntryRow] = [
    (72, "You can pass several command-line options to the daemon:", False),
    None,
    (72, "-c", True),
    (97, "use the given configuration file instead of the default one.", False),
    None,
    (72, "-d", True),
    (97, "enable debug messages and run the daemon in the foreground.", False),
    None,
    (72, "-l", True),
    (97, "look for a configuration file and a communication socket in the current working", False),
    (97, "directory instead of in the default system locations.", False),
    None,
    (72, "-p", True),
    (97, "just parse the configuration file and exit. The exit status is zero if the file", False),
    (97, "is valid, nonzero if there are some errors.", False),
    None,
    (72, "The daemon writes messages about its work to log files.", False),
]


def test_option_names_stand_over_their_descriptions():
    """Each option name is kept, as code, right over its own description."""
    doc = parse_pdf(font_pages([entry_rows(OPTIONS)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert doc.text.split("\n\n") == [
        "You can pass several command-line options to the daemon:",
        "-c",
        "use the given configuration file instead of the default one.",
        "-d",
        "enable debug messages and run the daemon in the foreground.",
        "-l",
        "look for a configuration file and a communication socket in the current working directory"
        " instead of in the default system locations.",
        "-p",
        "just parse the configuration file and exit. The exit status is zero if the file is valid,"
        " nonzero if there are some errors.",
        "The daemon writes messages about its work to log files.",
    ]
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"] == ["-c", "-d", "-l", "-p"]
    assert "removed" not in doc.layers


TYPES: list[EntryRow] = [
    (72, "Each variable and each value has a certain type:", False),
    None,
    (72, "bool", True),
    (97, "This is a boolean type, it can have only two values, true and false.", False),
    None,
    (72, "int", True),
    (97, "This is a general integer type. It is an unsigned number from zero to a large", False),
    (97, "bound. Overflows are not checked.", False),
    None,
    (72, "pair", True),
    (97, "This is a pair of two short integers, written in brackets.", False),
]


def test_type_names_read_ahead_go_back_over_their_descriptions():
    """A stack of type names read as one box goes back term by term, each over its description."""
    doc = parse_pdf(font_pages([entry_rows(TYPES)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert doc.text.split("\n\n") == [
        "Each variable and each value has a certain type:",
        "bool",
        "This is a boolean type, it can have only two values, true and false.",
        "int",
        "This is a general integer type. It is an unsigned number from zero to a large bound."
        " Overflows are not checked.",
        "pair",
        "This is a pair of two short integers, written in brackets.",
    ]


DEFAULTS: list[EntryRow] = [
    (72, "The following options may be given for each interface:", False),
    None,
    (72, "max interval expr", False),
    (97, "This option specifies the maximum interval in seconds between the unsolicited", False),
    (97, "advertisements sent on the interface. Default: 600", False),
    None,
    (72, "managed switch", False),
    (97, "This option specifies whether hosts should use the managed protocol to get", False),
    (97, "their addresses. Default: no", False),
    None,
    (72, "link mtu expr", False),
    (97, "This option specifies which value of the MTU should be used by the hosts.", False),
]


def test_a_default_with_no_stop_ends_its_description_before_the_next_term():
    """ "… Default: 600" + "managed switch": the next term starts left of the description's block."""
    doc = parse_pdf(helvetica_pages([entry_rows(DEFAULTS)]))[0]
    assert doc.text.split("\n\n") == [
        "The following options may be given for each interface:",
        "max interval expr",
        "This option specifies the maximum interval in seconds between the unsolicited advertisements"
        " sent on the interface. Default: 600",
        "managed switch",
        "This option specifies whether hosts should use the managed protocol to get their addresses."
        " Default: no",
        "link mtu expr",
        "This option specifies which value of the MTU should be used by the hosts.",
    ]


def _justified(lines: list[str]) -> bytes:
    """Helvetica 10 pt lines 12 pt apart from the top down ("": a gap of 7 pt more), each but a
    paragraph's last (marked "|") set to end at 523 pt."""
    out, y = [], 700.0
    for text in lines:
        if not text:
            y -= 7
            continue
        out.append(helvetica_line(72, y, text.rstrip("|"), 10, None if text.endswith("|") else 523.0))
        y -= 12
    return b"\n".join(out)


@pytest.mark.parametrize(
    ("last", "first", "joined"),
    [
        (
            "the whole path the packet travels on (a list of the systems it will go through)",
            "in order to avoid routing loops in the network.|",
            "(a list of the systems it will go through) in order to avoid routing loops in the network.",
        ),
        (
            "the speaker should process the well-known communities, like no-export (65535,",
            "65281) or no-advertise (65535, 65282), in the same way.|",
            "like no-export (65535, 65281) or no-advertise (65535, 65282), in the same way.",
        ),
    ],
)
def test_a_sentence_broken_at_a_page_after_a_bracket_or_a_comma_goes_on(last: str, first: str, joined: str):
    """A page's full last line ending on ")" or "," goes on overleaf in lower case or with a number."""
    opening = [
        "Each router sends its neighbours updates of the parts of its routing table it wishes",
        "to export, and every update carries the route's attributes with the route, among them",
        last,
    ]
    closing = [*opening[:1], "Other attributes are described in the next section of this guide.|"]
    doc = parse_pdf(helvetica_pages([_justified(opening), _justified([first, "", *closing])]))[0]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].endswith(joined)
    assert paragraphs[1].startswith("Each router sends")


Entry = tuple[str, str, list[str]]  # a term's typewriter name, its argument in Helvetica, its description


def _entries(entries: list[Entry]) -> bytes:
    """A definition list, lines 12 pt apart from the top down and 7 pt more between entries: each
    term at 72 pt, its name in Courier and its argument in Helvetica (``managed`` *switch*), its
    description's lines at 97 pt."""
    out, y = [], 700.0
    for name, argument, description in entries:
        out.append(
            b"BT /F2 10 Tf 0 Tw 72 %.2f Td (%s ) Tj /F1 10 Tf (%s) Tj ET"
            % (y, name.encode(), argument.encode())
        )
        for text in description:
            y -= 12
            out.append(helvetica_line(97, y, text, 10))
        y -= 19
    return b"\n".join(out)


ONE_LINERS: list[Entry] = [
    (
        "min delay",
        "expr",
        ["The minimum delay between two consecutive advertisements, in seconds. Default: 3"],
    ),
    (
        "managed",
        "switch",
        ["This option specifies whether hosts should use the managed protocol. Default: no"],
    ),
    (
        "link mtu",
        "expr",
        ["This option specifies which value of the MTU should be used by the hosts. Default: 0"],
    ),
    (
        "reachable time",
        "expr",
        [
            "This option specifies how long hosts may assume a neighbour is reachable",
            "after it. Default: 0",
        ],
    ),
]


def test_a_one_line_description_ending_in_a_default_ends_before_the_next_term():
    """ "… Default: 3" + "managed switch": a term opening in typewriter at the list's term indent,
    under a one-line description that follows a term there too, its own description set in under it."""
    doc = parse_pdf(font_pages([_entries(ONE_LINERS)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert doc.text.split("\n\n") == [
        "min delay expr",
        "The minimum delay between two consecutive advertisements, in seconds. Default: 3",
        "managed switch",
        "This option specifies whether hosts should use the managed protocol. Default: no",
        "link mtu expr",
        "This option specifies which value of the MTU should be used by the hosts. Default: 0",
        "reachable time expr",
        "This option specifies how long hosts may assume a neighbour is reachable after it. Default: 0",
    ]


def test_a_one_line_description_ending_a_page_ends_before_the_term_overleaf():
    """The description's one line is the page's last, the next term opens the next page."""
    pages = [_entries(ONE_LINERS[:2]), _entries(ONE_LINERS[2:])]
    doc = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert doc.text.split("\n\n")[2:5] == [
        "managed switch",
        "This option specifies whether hosts should use the managed protocol. Default: no",
        "link mtu expr",
    ]


def test_a_list_of_titles_with_no_stops_stays_whole():
    """A list whose entries open at an indent and go on at the margin with no stop (a list of
    standards' titles): the same shape as a definition list's, but no term opens in typewriter."""
    lines = [
        "The following standards of the series are referred to in this document:|",
        "   Documentation systems. General requirements for the text documents of",
        "design offices|",
        "   Documentation systems. Rules for the tables and the figures of the",
        "technical reports|",
        "   Documentation systems. Requirements for the references and the",
        "bibliographic records|",
    ]
    doc = parse_pdf(helvetica_pages([_justified(lines)]))[0]
    assert doc.text.split("\n\n")[2] == (
        "Documentation systems. Rules for the tables and the figures of the technical reports"
    )


def test_short_paragraphs_with_an_indented_first_line_stay_whole():
    """Prose with indented first lines: a paragraph's last line, at the margin, ends a sentence."""
    lines = [
        "The daemon reads its configuration once, when it starts, and again on a signal.|",
        "   It keeps the routes it learns in tables, which the protocols fill and read",
        "in turn.|",
        "   Filters stand between the protocols and the tables, and decide which routes",
        "pass.|",
        "   A protocol may be connected to several tables at a time if it needs to be.|",
    ]
    doc = parse_pdf(helvetica_pages([_justified(lines)]))[0]
    assert doc.text.split("\n\n")[1:3] == [
        "It keeps the routes it learns in tables, which the protocols fill and read in turn.",
        "Filters stand between the protocols and the tables, and decide which routes pass.",
    ]


SYNOPSES: list[EntryRow] = [
    (72, "The commands of the remote control are these:", False),
    None,
    (72, "show status", False),
    (97, "Show the version of the daemon, how long it runs and when it was last configured.", False),
    None,
    (
        72,
        "show route [[for] prefix|IP] [table t] [filter f |where c] [(export|preexport|noexport) protocol]",
        False,
    ),
    (97, "[protocol p] [options]", False),
    (97, "Show the contents of the given routing tables, or of the master table by default.", False),
    None,
    (72, "show symbols [table|filter|function|protocol|template] [symbol]", False),
    (97, "Show the list of the symbols defined in the configuration.", False),
]


def test_a_synopsis_wrapped_between_two_optional_arguments_is_one_term():
    """A full synopsis line ending in "]" over "[protocol p] [options]" set in at the hang: one term."""
    doc = parse_pdf(helvetica_pages([entry_rows(SYNOPSES)]))[0]
    assert doc.text.split("\n\n")[3:5] == [
        "show route [[for] prefix|IP] [table t] [filter f |where c] [(export|preexport|noexport) protocol]"
        " [protocol p] [options]",
        "Show the contents of the given routing tables, or of the master table by default.",
    ]
