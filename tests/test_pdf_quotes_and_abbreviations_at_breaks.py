"""Joins at line and page breaks around quotes and abbreviations (issue 15, check 62 row 2:
ecasound_users_guide.pdf, a LaTeX manual). A sentence a page ends inside an open quotation goes on
overleaf (printed p. 8 ends "… by issuing “ecasound" and p. 9 opens "-c”. For more detailed …": one
sentence quoting the command ``ecasound -c``, kept as two paragraphs, the second opening on "-c”.");
a Latin abbreviation without its inner stops ends no file name ("(ie." + "ladspa.h header …" read
"(ie.ladspa.h"); a dash after an opening quote opens the quoted word ("“–" + "with-jack”", the option
--with-jack set with an en dash, read "“– with-jack”"). And (check 61 row 2, crc.pdf) a citation's
label the sentence closes on opens the next page ("… by the extended Euclidean algorithm" /
"[Has01]:"): the sentence goes on, where it was kept as a paragraph "[Has01]:" of its own. Pages
hand-built; sentences sloika's own, expected texts typed by hand from the pages as drawn."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages, helvetica_width  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def drawn(text: str) -> bytes:
    """``text`` as a PDF string's bytes: WinAnsi (curly quotes and dashes drawn as such), brackets escaped."""
    return text.replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def justified(y: int, text: str, width: float = 451.0) -> bytes:
    """A 10 pt Helvetica line at ``y`` stretched to ``width`` by its word spacing, as TeX justifies."""
    spacing = (width - helvetica_width(text, 10)) / max(text.count(" "), 1)
    return b"BT /F1 10 Tf %.3f Tw 72 %d Td (%s) Tj ET" % (spacing, y, drawn(text))


def ragged(y: int, text: str) -> bytes:
    """A 10 pt Helvetica line at ``y`` as set, a paragraph's last line."""
    return b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (y, drawn(text))


LEAD = [
    "The most common frontend for the interactive mode is the console program that comes with",
    "the library. You can enter its interactive mode by issuing the command and its option “ecasound",
]


def test_a_quotation_a_page_ends_inside_goes_on_overleaf():
    """Page 1's last line, full, ends inside a quotation opened on it (“ecasound); page 2's first
    line closes it ("-c”.") and the sentence ends. A dash opening a line is no list item's here (no
    space after it): one paragraph, the quoted command joined with its space as printed."""
    first = [justified(760 - 14 * at, line) for at, line in enumerate(LEAD)]
    second = [ragged(760, "-c”. For more detailed information on the commands, see the manual page.")]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.split("\n\n") == [
        " ".join(LEAD) + " -c”. For more detailed information on the commands, see the manual page."
    ]


def test_a_closed_quotation_ends_the_page_paragraph_before_a_heading():
    """The same page's last line closes its quotation and its sentence (“ecasound -c”.): the next
    page's title opens a paragraph of its own, as before."""
    lead = [*LEAD[:1], "the library. You can enter its interactive mode by issuing “ecasound -c”."]
    first = [justified(760, lead[0]), ragged(746, lead[1])]
    second = [ragged(760, "Option Syntax"), ragged(740, "-c stands for the interactive mode.")]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.split("\n\n")[0] == " ".join(lead)


def test_an_undotted_abbreviation_at_a_line_end_keeps_its_space():
    """p. 21: a full line ends "(ie." and the next opens with a file name ("ladspa.h header …"): the
    abbreviation's stop is a word's end, not a file name broken at its dot."""
    lines = [
        "If this does not work, make sure the program is compiled with plugin support enabled (ie.",
        "ladspa.h header was present when the program was compiled).",
    ]
    (doc,) = parse_pdf(helvetica_pages([justified(760, lines[0]) + b"\n" + ragged(746, lines[1])]))
    assert doc.text == " ".join(lines)


def test_a_dash_after_an_opening_quote_opens_the_quoted_word():
    """A full line ends "(the “–" and the next opens "with-jack” configure …": the en dash is the
    option's (--with-jack), the quoted word goes on after it without a space."""
    lines = [
        "Note that the program must be compiled with server support enabled (the configure option “–",
        "with-jack” does that) to take advantage of the functions described in this section.",
    ]
    (doc,) = parse_pdf(helvetica_pages([justified(760, lines[0]) + b"\n" + ragged(746, lines[1])]))
    assert doc.text == lines[0] + lines[1]


CITING = [
    "where the inverse exists if the polynomial is not divisible by x and, as shown in the notes,",
    "may be found with little work by the extended Euclidean algorithm of the integers modulo two",
]


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        ("[Has01]:", [" ".join(CITING) + " [Has01]:"]),  # the sentence's citation and colon
        ("[Has01] A. Hasan. Efficient computation of inverses. 2001.", None),  # a reference list's entry
    ],
)
def test_a_citation_opening_a_page_goes_on_the_sentence(opening: str, kept: list[str] | None):
    """crc.pdf pp. 6-7: page 1's full last line ends in a word, page 2 opens with a citation's label
    and its colon: one sentence. A label with its entry after a space is a reference list's: the
    entry opens a paragraph of its own."""
    first = [justified(760 - 14 * at, line) for at, line in enumerate(CITING)]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), ragged(760, opening)]))
    assert doc.text.split("\n\n") == (kept or [" ".join(CITING), opening])
