"""A .dtx manual's footnotes and margin names out of its sentences (issue 15, the thirteenth check's
row 2, babel-greek.pdf): its code (9 pt typewriter) outweighs its prose (10 pt), so its 8 pt footnotes
were no smaller than the body and stayed where the page ended, inside a sentence that runs on to the
next page; and a stack of margin names set beside a line inside a paragraph (doc.sty puts a name where
``\\DescribeMacro`` stood) broke the sentence there, its first name read into the line before."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

LISTING = [
    r"\def\greek@numeral#1{\ifnum#1<\@ne\space\else",
    r"  \ifnum#1<\@m\expandafter\greek@hundreds",
    r"  \else\expandafter\greek@thousands\fi",
    r"  \expandafter{\number#1}\fi}",
    r"\def\greek@hundreds#1{\greek@units#1}",
    r"\def\greek@thousands#1#2#3#4{\greek@lower#1}",
    r"\let\latin@alph\@alph\let\latin@Alph\@Alph",
    r"\addto\extrasgreek{\let\@alph\greek@alph}",
    r"\addto\noextrasgreek{\let\@alph\latin@alph}",
    r"\def\greek@alph#1{\expandafter\greeknumeral}",
]
INTRO = "The numbers are set with the macros of the listing below, which the file defines first."
ENDS_PAGE = [
    "Numbers from one to nine are denoted by the letters alpha to theta, followed by",
    "a mark that looks like a prime. Nowadays instead of the old letter the digraph",
]
OVERLEAF = [
    "sigma tau is used for the number six, since the old letter is not always at hand,",
    "so people write down the first two letters of its name in its place.",
]
NOTES = [
    "Font encodings are described in the font guide of the system.",
    "For a discussion of text commands, see the same guide, too.",
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _prose(x: float, y: float, text: str) -> str:
    return f"BT /F1 10 Tf {x} {y} Td ({_escaped(text)}) Tj ET"


def _code(y: float, text: str) -> str:
    """A listing line in 9 pt Courier at x 156, its leading spaces as columns of 5.4 pt."""
    x = 156 + 5.4 * (len(text) - len(text.lstrip()))
    return f"BT /F2 9 Tf {x:.1f} {y} Td ({_escaped(text.lstrip())}) Tj ET"


def _notes_pages() -> bytes:
    """Two A4 pages set as a .dtx manual: 10 pt Helvetica prose at x 144, a 9 pt Courier listing
    that outweighs it, and page 1 ending inside a sentence ("… the digraph"; raised 6 pt marks "1"
    after "prime." and "2" after "digraph") over two 8 pt footnotes at its foot, each opening with
    its raised mark; page 2 goes on with the sentence ("sigma tau is used …")."""
    first = [_prose(144, 780, INTRO)]
    first += [_code(760 - 11 * at, text) for at, text in enumerate(LISTING)]
    first.append(_prose(144, 630, ENDS_PAGE[0]))
    first.append(
        f"BT /F1 10 Tf 144 618 Td ({ENDS_PAGE[1][:31]}) Tj /F1 6 Tf 4 Ts (1) Tj 0 Ts"
        f" /F1 10 Tf ({ENDS_PAGE[1][31:]}) Tj /F1 6 Tf 4 Ts (2) Tj 0 Ts ET"
    )
    for at, note in enumerate(NOTES):
        y = 100 - 10 * at
        first.append(f"BT /F1 6 Tf 147 {y + 3} Td ({at + 1}) Tj ET")
        first.append(f"BT /F1 8 Tf 152 {y} Td ({_escaped(note)}) Tj ET")
    second = [_prose(144, 780 - 12 * at, text) for at, text in enumerate(OVERLEAF)]
    second += [_code(740 - 11 * at, text) for at, text in enumerate(LISTING)]
    return font_pages(
        ["\n".join(first).encode(), "\n".join(second).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]
    )


def test_small_footnotes_under_a_sentence_that_runs_overleaf_go_after_the_sentence():
    """babel-greek.pdf kept "(Nowadays instead of letter stigma the digraph" / "LaTeX font encodings
    are described …" / "For a discussion of TextCommands, …" / "sigma tau is used for number 6.".
    The notes follow the whole sentence that holds their marks, before the listing after it."""
    parsed = parse_pdf(_notes_pages())[0]
    paragraphs = parsed.text.split("\n\n")
    sentence = " ".join([*ENDS_PAGE, *OVERLEAF])
    assert paragraphs == [INTRO, "\n".join(LISTING), sentence, *NOTES, "\n".join(LISTING)]
    notes = [(s.attrs["mark"], parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "footnote"]
    assert notes == [("1", NOTES[0]), ("2", NOTES[1])]
    marks = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"]
    assert marks == ["1", "2"]


NAMES = [r"\greekscript", r"\greektext"]
PARAGRAPH = [
    "When the language is switched to Greek, the package makes sure that the Greek",
    "script is supported; with the older engines the text fonts use an encoding that",
    "misses the Latin letters, which are read as a transcription. The macros allow",
    "the use of Greek or Latin script without a change of the active language, and",
    "each of them switches the font encoding, as the next section shows in detail.",
]
AFTER = [
    "The macros of this section take one argument which is typeset in a font that",
    "supports the script; the first one switches only when it is needed, the other",
    "always uses the older encoding for its argument, and the core has one more",
]
LAST = "encoding of its own, which goes back to the Latin script (deprecated since 2014)."
ONE_NAME = r"\textlatin"


def _names_page() -> bytes:
    """As babel-greek.pdf sets its margin names: 9 pt Courier right-aligned to end at x 134, 10 points
    left of the prose at x 144. A stack of two names beside the fourth and fifth lines of a
    paragraph, the line before ending inside its sentence ("… The macros allow" / "the use of …"),
    drawn between the lines beside which they stand; then a name beside the last but one line of the
    next paragraph ("… the core has one more" / "encoding of its own …")."""
    parts, y = [], 780
    for at, text in enumerate(PARAGRAPH):
        parts.append(_prose(144, y, text))
        if at in (3, 4):
            name = NAMES[at - 3]
            parts.append(f"BT /F2 9 Tf {134 - 5.4 * len(name):.1f} {y} Td ({_escaped(name)}) Tj ET")
        y -= 12
    y -= 12
    for text in AFTER:
        parts.append(_prose(144, y, text))
        y -= 12
    parts.append(_prose(144, y, LAST))
    parts.append(f"BT /F2 9 Tf {134 - 5.4 * len(ONE_NAME):.1f} {y} Td ({_escaped(ONE_NAME)}) Tj ET")
    return font_pages(["\n".join(parts).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_margin_names_beside_a_line_inside_a_sentence_go_before_their_paragraph():
    """babel-greek.pdf kept "… The following macros allow \\greekscript" / "\\greektext" / "the use
    of Greek vs. Latin script …" and "… \\textgreek always uses the LGR font \\textlatin" /
    "encoding. …": the sentence broken at the names, the first name read into it. The paragraphs
    never give the names: each stack is its paragraph's term, over it (issue 15, feynmf.pdf)."""
    parsed = parse_pdf(_names_page())[0]
    assert parsed.text.split("\n\n") == [
        "\n".join(NAMES),
        " ".join(PARAGRAPH),
        ONE_NAME,
        " ".join([*AFTER, LAST]),
    ]
    assert not [span for span in parsed.layers.get("removed", []) if span.label == "margin_note"]


ENTRY = "1 Greek letters, upright shapes, default family"
DESCRIPTION = [
    "The package sets the Greek letters in math mode to use the glyphs of the font",
    "of one's choice, and it can be used with the other math packages as well.",
]
NOTE = "See the documentation of the math packages on the archive."


def _list_of_tables_page() -> bytes:
    """As lgrmath.pdf's first page: a list of tables whose entry ends in dot leaders and its page
    number 2 (10 pt Helvetica), a paragraph with a raised 6 pt mark "2" after its last word, and an
    8 pt footnote 2 at the page's foot; a listing in 9 pt Courier outweighs the prose, as in a .dtx
    manual."""
    leaders = " ." * 20
    parts = [_prose(144, 780, "List of Tables"), _prose(144, 760, f"{ENTRY}{leaders} 2")]
    parts.append(_prose(144, 730, DESCRIPTION[0]))
    parts.append(f"BT /F1 10 Tf 144 718 Td ({_escaped(DESCRIPTION[1])}) Tj /F1 6 Tf 4 Ts (2) Tj 0 Ts ET")
    parts += [_code(690 - 11 * at, text) for at, text in enumerate(LISTING)]
    parts.append("BT /F1 6 Tf 147 103 Td (2) Tj ET")
    parts.append(f"BT /F1 8 Tf 152 100 Td ({_escaped(NOTE)}) Tj ET")
    return font_pages(["\n".join(parts).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_page_number_after_dot_leaders_is_no_footnote_reference():
    """lgrmath.pdf's list of tables, "… default family. . . . . 2" on a page whose footnote 2 was
    found, read the page number as the note's mark: it went to ``removed`` and the entry kept its
    leaders."""
    parsed = parse_pdf(_list_of_tables_page())[0]
    assert f"{ENTRY} 2" in parsed.text.split("\n\n")
    marks = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"]
    assert marks == ["2"]
    notes = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "footnote"]
    assert notes == [NOTE]
