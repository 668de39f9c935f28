"""A two-column R vignette in the "pinp" style (issue 15, check 47 row 4: RcppAnnoy's
UsingAnnoyInCcppWrapper.pdf). Its foot line runs across both columns, "URL   Title Vignette | date |
1–2" on a recto, "2 | URL   Author" on a verso, and the text layer reads it as a piece under each
column; the whole line is furniture, none of it a paragraph of the text. Its title block marks the
author with a small raised letter, "Aaron Lunᵃ" over "ᵃhttps://github.com/LTLA" (read "Aaron Luna"):
both letters are marks. A code line in a listing's box after a sentence that announces it ("… saved
to a file via" over a boxed ``obj.save("annoy.index");``) is code, apart from the sentence.
Geometry after the vignette (A4, 9 pt body, 6 pt foot); words sloika's
own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (
    COURIER,
    HELVETICA,
    code_line,
    fitted_line,
    font_pages,
    helvetica_line,
    helvetica_pages,
    one_page,
    removed_texts,
    tex_font,
)  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

URL = "https://cran.r-project.org/package=Tinsel"
LEFT = [
    "The tinsel package counts the beads on a string and",
    "reports how many of them are red, how many are blue",
    "and how many have lost their colour in the sun. It is",
    "meant for small strings, a few hundred beads at most,",
    "and it reads them from a plain text file, one bead to",
    "a line, so that any editor can be used to write them.",
]
RIGHT = [
    "A string is read with one call, and the counts come",
    "back as a named vector that the caller may print, sort",
    "or store for later; the colours are matched without",
    "regard to case, so Red and red are the same bead. To",
    "count the beads of a string kept in a file, we write:",
]
VERSO = [
    "The counts are kept in the order in which the colours",
    "first appear on the string, which is the order most",
    "readers expect when they compare two strings by eye.",
]


def _column(x: float, lines: list[str], top: float = 760) -> list[bytes]:
    return [helvetica_line(x, top - 11 * at, line, 9) for at, line in enumerate(lines)]


def _pinp_vignette() -> bytes:
    """Two pages: two columns of prose over a recto foot line of four parts set across the page, then
    a column over a verso foot line of three."""
    recto = [
        *_column(51.7, LEFT),
        *_column(310.5, RIGHT),
        helvetica_line(51.7, 40, URL, 6),
        helvetica_line(429.7, 40, "Tinsel Vignette", 6),
        helvetica_line(492.7, 40, "| November 19, 2020", 6),
        helvetica_line(563.9, 40, "|", 6),
        helvetica_line(572.5, 40, "1\u20132", 6),
    ]
    verso = [
        *_column(56.2, VERSO),
        helvetica_line(29.2, 40, "2", 6),
        helvetica_line(39.6, 40, "|", 6),
        helvetica_line(48.2, 40, URL, 6),
        helvetica_line(550.0, 40, "Bead", 6),
    ]
    return helvetica_pages([b"\n".join(recto), b"\n".join(verso)])


def test_a_foot_line_across_both_columns_goes_whole_on_either_page():
    doc = parse_pdf(_pinp_vignette(), foreign="keep")[0]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [" ".join(LEFT), " ".join(RIGHT), " ".join(VERSO)], paragraphs
    assert URL in " ".join(removed_texts(doc, "page_foot")), doc.layers.get("removed")


AUTHOR = "Bea Tinsel"
HOME = "https://example.org/tinsel"
ABOUT = "This note shows how to count the beads of a string with the tinsel package."


def _title_block(mark: str) -> bytes:
    """A title, the author's name with ``mark`` (a content-stream fragment) set after it, the
    affiliation line opened by a raised 4.5 pt "a", and a line of prose."""
    lines = [
        "BT /F1 20 Tf 52 780 Td (Counting beads with tinsel) Tj ET",
        f"BT /F1 8 Tf 52 750 Td ({AUTHOR}) Tj {mark} ET",
        f"BT /F1 4.5 Tf 52 736 Td 2 Ts (a) Tj /F1 6 Tf 0 Ts ({HOME}) Tj ET",
        f"BT /F1 9 Tf 52 700 Td ({ABOUT}) Tj ET",
    ]
    content = "\n".join(lines).encode("cp1252")
    return font_pages([content], [(b"F1", HELVETICA), (b"M", tex_font(b"CMMI8", b"97 /a"))])


def test_a_raised_letter_after_an_author_s_name_is_a_mark():
    doc = parse_pdf(_title_block("/F1 5.5 Tf 3 Ts (a) Tj"), foreign="keep")[0]
    assert doc.text.split("\n\n")[1:] == [AUTHOR, HOME, ABOUT], doc.text
    assert _marks(doc) == ["a", "a"]


def test_a_raised_math_letter_after_a_name_stays():
    doc = parse_pdf(_title_block("/M 5.5 Tf 3 Ts (a) Tj"), foreign="keep")[0]
    assert _marks(doc) == ["a"], doc.layers["removed"]  # the affiliation's alone


def _marks(doc) -> list[str]:
    return [span.attrs["text"] for span in doc.layers["removed"] if span.label == "footnote_mark"]


SAVING = "The tinsel counts can also be saved to a file via"
SAVE = 'obj.save("tinsel.counts");'
AFTER = "and read back in another session when they are needed again."


def _saving(framed: bool) -> bytes:
    """A sentence that stops short on "via", a monospaced line with no space under it, in a stroked
    and shaded box when ``framed``, and a sentence after the box."""
    lines = [
        helvetica_line(310.5, 700, SAVING, 9),
        code_line(313.0, 683, SAVE, 9),
        helvetica_line(310.5, 660, AFTER, 9),
    ]
    box = [b"0.97 g 310.7 679 244.8 14 re f 0 G 0.4 w 310.7 679 244.8 14 re S 0 g"] if framed else []
    return font_pages([b"\n".join([*box, *lines])], [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_code_line_in_its_box_stands_apart_from_the_sentence_over_it():
    doc = parse_pdf(_saving(framed=True), foreign="keep")[0]
    assert doc.text.split("\n\n") == [SAVING, SAVE, AFTER], doc.text
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"] == [SAVE]


def test_a_name_wrapped_onto_a_line_of_its_own_in_no_box_runs_on_its_sentence():
    doc = parse_pdf(_saving(framed=False), foreign="keep")[0]
    assert doc.text.startswith(f"{SAVING} {SAVE}"), doc.text


# a reference list's rows in the vignette's narrow column (7 pt, hanging 9 pt in; "doi:" in Courier
# and its number at 8 pt, the number read as no typewriter as on the real page), each piece where the
# real page set it: (top, x0, x1, text, monospaced)
REFERENCES = [
    (587.1, 56.2, 301.5, "Ambrose K, Birch L (2019). Counting Beads: Methods for Strings and Their", False),
    (597.1, 65.4, 302.9, "Colours in Plain Text. R package version 0.2.1, Tinsel Press, Leeds, and", False),
    (607.1, 65.4, 178.1, "on the web.", False),
    (617.1, 56.2, 180.1, "Birch L, Ambrose K (2018).", False),
    (617.1, 189.8, 301.5, "\u201cCounting with R: A Short", False),
    (627.1, 65.4, 140.9, "Introduction to Beads.\u201d", False),
    (627.1, 155.4, 272.2, "The Journal of Strings, 14(2).", False),
    (627.1, 286.7, 303.6, "doi:", True),
    (637.1, 65.2, 190.0, "10.1000/00000000.2017.1234567.", False),
    (647.0, 56.2, 302.5, "Cole M, Ambrose K, Birch L, Dane P, Eddy R, Ford S, Gale T, Hart U,", False),
    (657.0, 65.4, 301.5, "Innes V (2020). Tinsel: Bead Counting in R. R package version", False),
    (667.0, 65.2, 233.3, "1.0.5, URL http://example.org/package=tinsel.", False),
]


def test_a_reference_s_justified_line_split_at_its_stretched_stops_reads_whole():
    """A narrow column's justified entry line "Introduction to Beads.”" | "The Journal of Strings,
    14(2)." | "doi:" stands in three pieces 2.1 em apart (TeX stretched the space after each stop),
    its typewriter "doi:" a point larger and hung past the margin: one line, read in its place (its
    title's second half had been read after the journal)."""
    content = b"\n".join(
        fitted_line(x0, x1, top, text, mono=mono, size=8.0 if mono or text[:1].isdigit() else 7.0)
        for top, x0, x1, text, mono in REFERENCES
    )
    doc = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", COURIER)]), foreign="keep")[0]
    assert doc.text.split("\n\n") == [
        "Ambrose K, Birch L (2019). Counting Beads: Methods for Strings and Their Colours in Plain Text. "
        "R package version 0.2.1, Tinsel Press, Leeds, and on the web.",
        "Birch L, Ambrose K (2018). \u201cCounting with R: A Short Introduction to Beads.\u201d The "
        "Journal of Strings, 14(2). doi:10.1000/00000000.2017.1234567.",
        "Cole M, Ambrose K, Birch L, Dane P, Eddy R, Ford S, Gale T, Hart U, Innes V (2020). Tinsel: Bead "
        "Counting in R. R package version 1.0.5, URL http://example.org/package=tinsel.",
    ], doc.text
