"""Greek TeX manuals in PDF (issue 15, the thirteenth held-out check on texlive-lang-greek, rows 1
and 3): small capitals and old-style figures named by Adobe's expert-set glyph names, words in
capitals broken at a line-end hyphen, a date broken at its hyphen. Sentences sloika's own; expected
texts written by hand from what the page shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_pages, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402

# a text font as dvips and Ghostscript write gfsporson.pdf's: WinAnsi with /Differences naming the
# small capitals at the codes of the lower-case letters and the old-style figures at the digits'
LETTERS = b" ".join(b"/%ssmall" % bytes([c]) for c in range(ord("A"), ord("Z") + 1))
FIGURES = b"/zerooldstyle /oneoldstyle /twooldstyle /threeoldstyle /fouroldstyle /fiveoldstyle"
FIGURES += b" /sixoldstyle /sevenoldstyle /eightoldstyle /nineoldstyle"
EXPERT = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /DemoExpert /FirstChar 48 /LastChar 122 /Widths [%s]"
    b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [48 %s 97 %s] >> >>"
    % (b" ".join([b"500"] * 75), FIGURES, LETTERS)
)


def _expert_page(content: bytes):
    """The one document of a page drawing ``content`` with Helvetica /F1 and the expert font /E."""
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"E", EXPERT)]))
    return doc


def test_small_capitals_and_old_style_figures_read_as_letters_and_digits():
    """gfsporson.pdf: "The \\textsc{gfsporson} font" and the date "12 May 2006" in old-style figures
    came out as private-use characters (U+F767 … U+F731), cut as unmapped: "The  font", " May".
    A small capital reads as the lower-case letter the source types, an old-style figure as its
    digit, and nothing is cut."""
    doc = _expert_page(
        b"BT /F1 10 Tf 72 700 Td (The ) Tj /E 10 Tf (gfsporson) Tj /F1 10 Tf ( font was released on ) Tj"
        b" /E 10 Tf (12) Tj /F1 10 Tf ( May ) Tj /E 10 Tf (2006) Tj /F1 10 Tf ( for Greek text.) Tj ET"
    )
    assert doc.text == "The gfsporson font was released on 12 May 2006 for Greek text."
    assert [s for s in doc.layers.get("removed", []) if s.label == "unreadable"] == []


def test_a_raised_small_capital_in_the_latex_logo_is_kept():
    """LaTeX's logo sets its "A" as a raised small capital of the text font: "LaTeX", not "LTeX"."""
    doc = _expert_page(
        b"BT /F1 10 Tf 72 700 Td (Plain TeX and L) Tj [-36] TJ /E 10 Tf 2 Ts (a) Tj 0 Ts"
        b" /F1 10 Tf [-15 (TeX do not provide the tools for it.)] TJ ET"
    )
    assert doc.text == "Plain TeX and LaTeX do not provide the tools for it."


def test_words_in_capitals_broken_at_a_line_end_hyphen_are_joined():
    """test-greek-lgr.pdf: "ΠΑ-" + "ΡΑΡΤΗΜΑ", "ΚΑΤΑΛΟΓΟΣ ΠΙ-" + "ΝΑΚΩΝ" kept the hyphen while the
    lower-case "Περιε-" + "χόμενα" was joined: the same word check joins a word in capitals, in any
    script. A compound of two words keeps its hyphen, and so does one before a capitalised word."""
    assert join_lines("ΚΕΦΑΛΑΙΟ, ΠΑ-", "ΡΑΡΤΗΜΑ, ΠΕΡΙΕΧΟΜΕΝΑ") == "ΚΕΦΑΛΑΙΟ, ΠΑΡΑΡΤΗΜΑ, ΠΕΡΙΕΧΟΜΕΝΑ"
    assert join_lines("ΚΑΤΑΛΟΓΟΣ ΠΙ-", "ΝΑΚΩΝ, ΕΥΡΕΤΗΡΙΟ") == "ΚΑΤΑΛΟΓΟΣ ΠΙΝΑΚΩΝ, ΕΥΡΕΤΗΡΙΟ"
    assert join_lines("SEE THE INTRO-", "DUCTION FIRST") == "SEE THE INTRODUCTION FIRST"
    assert join_lines("FOR THE GNU-", "LINUX SYSTEMS") == "FOR THE GNU-LINUX SYSTEMS"
    assert join_lines("the field Build-", "Depends lists") == "the field Build-Depends lists"
    assert join_lines("ISO-", "8859-7 text") == "ISO-8859-7 text"


def test_a_heading_in_capitals_broken_at_a_hyphen_reads_whole():
    """The same in a PDF: a list of names in capitals wrapped across two lines."""
    content = (
        b"BT /F1 10 Tf 72 760 Td (Names in capitals: THE PREFACE, THE REFERENCES, THE ABSTRACT,"
        b" THE INTRO-) Tj 0 -12 Td (DUCTION, THE BIBLIOGRAPHY AND THE CHAPTER.) Tj ET"
    )
    (doc,) = parse_pdf(helvetica_pages([content]))
    assert doc.text == (
        "Names in capitals: THE PREFACE, THE REFERENCES, THE ABSTRACT, THE INTRODUCTION, THE BIBLIOGRAPHY"
        " AND THE CHAPTER."
    )


def test_a_date_broken_at_its_hyphen_stays_in_its_sentence():
    """test-greek-lgr.pdf: "… since version 0.14 (2020-" + "02-28)." The second line, digits alone,
    was cut as `numbers_only`; it goes on with the number the line above broke: one date."""
    rows = [
        (760, "If the encoding is set to Unicode, the package loads the Greek definitions of its"),
        (748, "characters from the file provided by the font encoding package since 0.14 \\(2020-"),
        (736, "02-28\\)."),
        (712, "With this setup it is also possible to use accent macros instead of the composed"),
        (700, "characters, as the table in the next section shows."),
    ]
    content = b"".join(b"BT /F1 10 Tf 72 %d Td (%s) Tj ET\n" % (y, text.encode()) for y, text in rows)
    (doc,) = parse_pdf(helvetica_pages([content]))
    assert doc.text == (
        "If the encoding is set to Unicode, the package loads the Greek definitions of its characters from"
        " the file provided by the font encoding package since 0.14 (2020-02-28).\n\n"
        "With this setup it is also possible to use accent macros instead of the composed characters, as"
        " the table in the next section shows."
    )
    assert doc.layers.get("removed", []) == []


def test_a_roman_numbered_item_after_a_deeper_item_is_a_line_of_its_own():
    """test-greek-lgr.pdf's nested list: "Βʹ. ιτεμ 1.1.1.2" and, back one level, "ii. ιτεμ 1.1.2"
    were one line: a label in lower-case roman numerals ("ii.") opens an item as "2." does. A line
    the break put after "i. e." is no item."""
    rows = [
        (72, 760, "Enumerated lists use other labels on the second and fourth level:"),
        (82, 740, "1. item 1"),
        (97, 726, "(a) item 1.1"),
        (114, 712, "i. item 1.1.1"),
        (128, 698, "A. item 1.1.1.1"),
        (128, 684, "B. item 1.1.1.2"),
        (114, 670, "ii. item 1.1.2"),
        (72, 646, "This may be a problem with fonts that only partially cover the labels, that is"),
        (72, 634, "i. e. with fonts that miss the numeral signs."),
    ]
    content = b"".join(b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (x, y, text.encode()) for x, y, text in rows)
    (doc,) = parse_pdf(helvetica_pages([content]))
    assert doc.text.split("\n\n") == [
        "Enumerated lists use other labels on the second and fourth level:",
        "1. item 1",
        "(a) item 1.1",
        "i. item 1.1.1",
        "A. item 1.1.1.1",
        "B. item 1.1.1.2",
        "ii. item 1.1.2",
        "This may be a problem with fonts that only partially cover the labels, that is i. e. with fonts that"
        " miss the numeral signs.",
    ]
