"""A LaTeX package manual in PDF (issue 15, the fifteenth held-out check's row 2, biocon's
manual-old.pdf): a surname broken at a line-end hyphen in its reference list, and a definition
list's term showing commands in typewriter run past the right margin into the description set under
it. Names, sentences and line positions sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page  # noqa: E402

from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_lines import read_lines  # noqa: E402
from sloika.pipelines.formats.pdf_reflow import paragraphs  # noqa: E402

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
RIGHT = 468.5  # the right margin the description's full lines reach


def test_a_surname_broken_at_its_hyphen_in_a_reference_list_is_joined():
    """ "Chaloner, W., De-" + "moulin, V., …": "De" and "moulin" are words and "Demoulin" is not, so
    the word check kept the hyphen as a compound's; a capitalised word going on in lower case
    before a comma and initials is one surname."""
    assert join_lines("Greuter, W., Barrie, F., Chaloner, W., De-", "moulin, V., Hawksworth, D.,") == (
        "Greuter, W., Barrie, F., Chaloner, W., Demoulin, V., Hawksworth, D.,"
    )
    assert join_lines("and Mac-", "lennan, J.-P. (1994). A key") == "and Maclennan, J.-P. (1994). A key"


def test_a_surname_broken_before_its_initials_with_no_comma_is_joined():
    """MNRAS writes "Surname I." with no comma between: "Eggers H., Hose-" + "nie Z., Kroon S." kept
    its hyphen ("Hose" and "nie" are words each, "Hosenie" none, so the word check took a compound);
    a double-barrelled name's second part opens with a capital and keeps it (dynesty.pdf's
    references)."""
    assert join_lines("Mootoovaloo A., Eggers H., Hose-", "nie Z., Kroon S., Sellentin E.,") == (
        "Mootoovaloo A., Eggers H., Hosenie Z., Kroon S., Sellentin E.,"
    )
    assert join_lines("Diamond-Lowe H., Berta-", "Thompson Z., Charbonneau D.,") == (
        "Diamond-Lowe H., Berta-Thompson Z., Charbonneau D.,"
    )


def test_hyphenated_names_and_compounds_keep_their_hyphen():
    """A surname with a hyphen of its own capitalises its second part; a compound in a title goes on
    with more words, not with a comma and initials; lower case before the hyphen is no name."""
    assert join_lines("Barrie, F., Jones-", "Smith, A., and") == "Barrie, F., Jones-Smith, A., and"
    assert (
        join_lines("(1982). Self-", "organizing maps, A. Smith") == "(1982). Self-organizing maps, A. Smith"
    )
    assert join_lines("the self-", "organizing, A. Smith") == "the self-organizing, A. Smith"


def test_a_surname_broken_after_its_initials_is_joined():
    """ "In E. D. Lanter-" + "mann and H. Feger, editors" (clue.pdf's references, thirty-seventh check,
    row 5): "Lanter" and "mann" are words and "Lantermann" is none, so the word check kept the hyphen;
    a capitalised word after a person's initials going on in lower case is one surname broken by the
    line. A double-barrelled name capitalises its second part, and a common word after a name or a
    section's letter is a compound's."""
    assert join_lines("In E. D. Lanter-", "mann and H. Feger, editors,") == (
        "In E. D. Lantermann and H. Feger, editors,"
    )
    assert (
        join_lines("Yamasaki, J. F. Doe-", "bley, M. D. McMullen")
        == "Yamasaki, J. F. Doebley, M. D. McMullen"
    )
    assert join_lines("after C. R. Rao-", "Blackwell and") == "after C. R. Rao-Blackwell and"
    assert join_lines("by J.-P. Jean-", "Pierre and") == "by J.-P. Jean-Pierre and"
    assert join_lines("fit by D. R. Cox-", "type models") == "fit by D. R. Cox-type models"
    assert join_lines("Appendix B. Self-", "organizing maps") == "Appendix B. Self-organizing maps"
    assert join_lines("the Lanter-", "mann test") == "the Lanter-mann test"  # no initials: no name known


def _lines(*rows: tuple[str, float, float, bool]) -> list[Line]:
    """(text, x0, x1, typewriter) rows of 10 pt type, each 12 pt under the one before."""
    return [
        Line(0, text, x0, x1, 100.0 + 12 * at, 110.0 + 12 * at, 10.0, 842.0, typewriter=typewriter)
        for at, (text, x0, x1, typewriter) in enumerate(rows)
    ]


INTRO = [
    (
        "Species names are built of the name of the genus and the epithet, followed by the",
        124.8,
        RIGHT,
        False,
    ),
    (
        "name of the person who first described the species. The first letter of the genus",
        124.8,
        RIGHT,
        False,
    ),
    (
        "is a capital, the rest is in lower case, and the name is set in italics while the",
        124.8,
        RIGHT,
        False,
    ),
    ("author is not. The commands of the package set every such name as it should be", 124.8, RIGHT, False),
    ("set.", 124.8, 145.0, False),
]
DESCRIPTION = [
    ("These commands make new names for the kinds the package knows. Although a bit", 149.7, RIGHT, False),
    ("arbitrary, four classes of names are told apart, because each of them is set in", 149.7, RIGHT, False),
    ("a way of its own: a tree is not a bird, and a fish is set as a frog would never", 149.7, RIGHT, False),
    ("be, so that the reader of the paper can tell one kind of name from the other at", 149.7, RIGHT, False),
    ("a glance.", 149.7, 190.0, False),
]


def test_a_typewriter_term_past_the_margin_stands_apart_from_its_description():
    """The term, two lines of typewriter commands (their commas in the body's font) the second ending
    7 em past the margin, is one paragraph and the description under it another; the reflow took
    the overfull line for a full one and ran "…{Author} These commands …" together."""
    term = [
        ("\\newtree[Abbr]{Genus name}{Author}, \\newbird[Abbr]{Genus name}{Author},", 129.8, 548.5, True),
        ("\\newfish[Abbr]{Genus name}{Author}, \\newfrog[Abbr]{Genus name}{Author}", 149.7, 544.7, True),
    ]
    assert paragraphs([_lines(*INTRO, *term, *DESCRIPTION)])[1:] == [
        "\\newtree[Abbr]{Genus name}{Author}, \\newbird[Abbr]{Genus name}{Author},"
        " \\newfish[Abbr]{Genus name}{Author}, \\newfrog[Abbr]{Genus name}{Author}",
        "These commands make new names for the kinds the package knows. Although a bit arbitrary, four"
        " classes of names are told apart, because each of them is set in a way of its own: a tree is not"
        " a bird, and a fish is set as a frog would never be, so that the reader of the paper can tell"
        " one kind of name from the other at a glance.",
    ]


def test_overfull_prose_and_names_ending_in_a_comma_run_on():
    """An overfull line of prose before a capital (a name the sentence goes on with) and a line of
    typewriter names past the margin ending in a comma stay in their paragraphs."""
    overfull = [
        (
            "The first version of the package was written in the spring of that year by Heiko",
            124.8,
            510.0,
            False,
        ),
        ("Oberdiek, who also wrote the tests that come with it and the small examples.", 124.8, 400.0, False),
    ]
    names = [
        (
            "\\newmoss, \\newfern, \\newpalm, \\newvine, \\newlily, \\newrose, \\newoak, \\newelm,",
            124.8,
            520.0,
            True,
        ),
        (
            "Nothing else is defined by it in this version of the package, as the list shows.",
            124.8,
            400.0,
            False,
        ),
    ]
    for lines in (overfull, names):
        assert paragraphs([_lines(*INTRO[:4], *lines)]) == [
            " ".join(text for text, *_ in [*INTRO[:4], *lines])
        ]


def test_typewriter_commands_with_roman_commas_are_typewriter_not_code():
    """A term of Courier commands whose commas are in Helvetica is typewriter (its letters all
    monospaced) but no code line (its punctuation the sentence's)."""
    content = (
        b"BT /F2 10 Tf 72 700 Td (\\\\newtree[Abbr]{Genus name}{Author}) Tj /F1 10 Tf (, ) Tj"
        b" /F2 10 Tf (\\\\newbird[Abbr]{Genus name}{Author}) Tj ET"
    )
    pages, _, _ = read_lines(one_page(content, [(b"F1", HELVETICA), (b"F2", COURIER)]))
    (line,) = pages[0]
    assert line.typewriter and not line.mono


def test_a_hyphen_after_one_letter_or_a_number_at_a_line_end_is_a_compounds():
    """animation.pdf (r-cran-gridsvg): "the x-" + "location of a single data symbol" read
    "xlocation": TeX never breaks a word after its first letter, so a hyphen after a letter or a
    number alone is the compound's own ("x-location", "3-dimensional"). A suspended hyphen before
    "or" keeps its space, and a word's syllable break is still joined."""
    assert join_lines("specifying the x-", "location of a symbol") == "specifying the x-location of a symbol"
    assert join_lines("along the y-", "axis, from") == "along the y-axis, from"
    assert join_lines("a 3-", "dimensional array") == "a 3-dimensional array"
    assert join_lines("use 5-", "or 10-fold cross validation") == "use 5- or 10-fold cross validation"
    assert join_lines("the anima-", "tion of a symbol") == "the animation of a symbol"
