"""PDF reader fixes from the seventh held-out check (issue 15): geometry copied from the TeX Live
manuals the check read, text sloika's own."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN, Line
from sloika.pipelines.formats.pdf_page_rows import DEBRIS
from sloika.pipelines.formats.pdf_reflow import paragraphs

PLACEHOLDER = re.compile(f"{DEBRIS}\\d+")  # where a debris line stood (here the marks' rows)


def line(text: str, x0: float, x1: float, top: float, size: float = 10.9) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 792.0)


def mark(number: str, x0: float, top: float) -> Line:
    """A raised footnote mark that pdfminer read as a row of its own (8 pt, 4 pt above the line)."""
    return line(f"{MARK_OPEN}{number}{MARK_CLOSE}", x0, x0 + 4.0, top, 8.0)


def test_a_full_stop_set_after_raised_footnote_marks_ends_its_sentence():
    """pmx-install.pdf: "… and installing files¹ ³." — pdfminer reads the raised marks as rows of
    their own and splits the line at them, so "." is a piece alone after the marks; it ends the
    sentence ("files."), it is no dot leader to drop, and the next sentence does not run on."""
    page = [
        line(
            "you may need to read the notes on the setup, mainly the pages on which folder to",
            72.0,
            540.0,
            314.7,
        ),
        mark("2", 88.4, 324.2),
        line("use", 72.0, 88.4, 328.3),
        line("and copying files", 96.1, 185.6, 328.3),
        mark("1", 340.0, 310.7),
        mark("3", 185.6, 324.2),
        line(".", 190.1, 192.8, 328.3),
        line(
            "Many more packages and examples of their use may be found at the music archive",
            72.0,
            532.8,
            360.0,
        ),
        mark("5", 532.8, 355.9),
        line(".", 537.3, 540.0, 360.0),
        line("Help is given on the mailing list.", 72.0, 250.0, 373.5),
    ]
    found = [p for p in (PLACEHOLDER.sub("", p) for p in paragraphs(lay_out([page], [[]]).pages)) if p]
    assert found == [
        "you may need to read the notes on the setup, mainly the pages on which folder to use and "
        "copying files.",
        "Many more packages and examples of their use may be found at the music archive. "
        "Help is given on the mailing list.",
    ]


def test_dot_leader_pieces_keep_their_spaces():
    """A contents line's dot leaders are pieces "." too: after a piece that ends in punctuation the
    space stays ("package. . ."), so leaders stay leaders; a closing bracket keeps its space (a
    GOST record's date left blank, "(1995 — ).")."""
    from sloika.pipelines.formats.pdf_pieces import _pieces_text

    assert _pieces_text("1.1 Loading the package.", ".") == "1.1 Loading the package. ."
    assert _pieces_text("Народный Хурал (1995 —", ").") == "Народный Хурал (1995 — )."
    assert _pieces_text("the archive", "Support for users") == "the archive Support for users"


def glyph(text: str, x0: float, x1: float, y0: float, size: float = 10.91, font: str = "CMR10"):
    """A pdfminer character as ``pdf_lines`` reads it (PDF coordinates: y0 is the baseline)."""
    from types import SimpleNamespace

    return SimpleNamespace(
        get_text=lambda: text, x0=x0, x1=x1, y0=y0, y1=y0 + 0.7 * size, size=size, fontname=font, upright=True
    )


def word(text: str, x0: float, y0: float = 370.33) -> list:
    """A word of lower-case letters 5.45 pt wide each, no space glyphs (TeX sets none)."""
    return [glyph(letter, x0 + 5.45 * i, x0 + 5.45 * (i + 1), y0) for i, letter in enumerate(text)]


def latex_logo(x0: float) -> list:
    """The LaTeX logo as TeX sets it (chordbars_manual.pdf's geometry): L, a smaller A raised and
    kerned back over it, T, an E lowered half an ex and kerned under T and X, X."""
    return [
        glyph("L", x0, x0 + 6.82, 370.33),
        glyph("A", x0 + 2.89, x0 + 9.24, 372.91, 7.97, "CMR8"),
        glyph("T", x0 + 7.60, x0 + 15.48, 370.33),
        glyph("E", x0 + 13.66, x0 + 21.09, 367.99),
        glyph("X", x0 + 19.72, x0 + 27.90, 370.33),
    ]


def test_the_tex_logos_read_as_their_names_and_a_word_glued_to_them_gets_its_space():
    """chordbars_manual.pdf: "a \\LaTeX way" lost its space in TeX (a control word eats the space
    after it), so the page itself draws "LaTeXway" with no gap: pdfminer gives "LATEXway". By the
    logo's geometry (a lowered E between T and X) it reads "LaTeX", and a word set against its X
    gets its space; "TeXnical" (no word after the logo) stays one; "TEX" typed in capitals stays."""
    from sloika.pipelines.formats.pdf_lines import _line

    def read(chars: list) -> str:
        return _line(0, chars, 792.0).text

    logo = latex_logo(460.54)
    assert read([*word("a", 450.60), *logo, *word("way", 488.44), *word("of", 511.41)]) == "a LaTeX way of"
    tex = logo[2:]  # T, lowered E, X: the TeX logo
    assert read([*word("a", 450.60), *tex, *word("nical", 488.44)]) == "a TeXnical"
    assert read([*tex, glyph(",", 488.44, 491.47, 370.33), *word("then", 494.8)]) == "TeX, then"
    # Polish inflects the logo in one word (lshort-pl.pdf: "LaTeXa", "LaTeXowe", "TeXem"): no space
    assert read([*word("dla", 420.0), *logo, *word("a", 488.44)]) == "dla LaTeXa"
    assert read([*logo, *word("owe", 488.44)]) == "LaTeXowe"
    assert read([*tex, *word("em", 488.44)]) == "TeXem"
    typed = [glyph(c, 460.0 + 7.0 * i, 467.0 + 7.0 * i, 370.33) for i, c in enumerate("TEX")]
    assert read([*typed, *word("way", 481.0)]) == "TEXway"


def box(x0: float, top: float, x1: float, bottom: float) -> list[tuple[float, float, float, float]]:
    """The four rules of a rectangle drawn around something (x0, top, x1, bottom each)."""
    return [(x0, top, x1, top), (x0, top, x0, bottom), (x1, top, x1, bottom), (x0, bottom, x1, bottom)]


def test_boxes_around_words_of_two_prose_lines_are_no_table():
    """mdoccorr.pdf: hyperref draws a box around each command name that is a link; on two prose
    lines the three boxes touch and ruled a "table" of one column that took both lines out of the
    text. One line to a row is no table: the lines stay prose. A ruled grid of two columns still is
    a table."""
    prose = [
        line("Here the chain starts, and here the \\StartHook command enters", 133.8, 477.5, 513.3, 10.0),
        line("through a variant \\LastJob of the \\AnyJob{id} command:", 133.8, 471.6, 525.2, 10.0),
    ]
    links = [
        *box(266.1, 513.2, 369.6, 524.4),
        *box(209.3, 525.2, 328.5, 536.4),
        *box(343.2, 525.2, 468.8, 536.4),
    ]
    layout = lay_out([prose], [links])
    assert layout.tables == []
    assert paragraphs(layout.pages) == [
        "Here the chain starts, and here the \\StartHook command enters through a variant \\LastJob of "
        "the \\AnyJob{id} command:"
    ]
    cells = [
        line("Option", 80.0, 120.0, 102.0, 10.0),
        line("Meaning", 210.0, 260.0, 102.0, 10.0),
        line("draft", 80.0, 110.0, 116.0, 10.0),
        line("no pictures", 210.0, 270.0, 116.0, 10.0),
    ]
    grid = [
        (75.0, 100.0, 400.0, 100.0),
        (75.0, 114.0, 400.0, 114.0),
        (75.0, 128.0, 400.0, 128.0),
        (75.0, 100.0, 75.0, 128.0),
        (200.0, 100.0, 200.0, 128.0),
        (400.0, 100.0, 400.0, 128.0),
    ]
    table = lay_out([cells], [grid])
    assert [t.rows for t in table.tables] == [[["Option", "Meaning"], ["draft", "no pictures"]]]


PAPERS = Path(__file__).parent / "data" / "papers"
LETTERS = re.compile(r"[^\W\d_]{3,}")  # pdfminer's words of three letters or more
UNMAPPED = re.compile(r"\(cid:\d+\)")  # pdfminer's stand-in for one glyph its font maps to no character


@pytest.mark.parametrize("name", sorted(p.name for p in PAPERS.glob("*.pdf")))
def test_every_word_of_the_text_layer_ends_in_the_text_removed_or_a_table(name):
    """Conservation of text, checked against pdfminer's own extraction (an independent reading of the
    same text layer): each of its words is in the kept text, in ``removed`` or in a table (its
    ``attrs.rows`` and ``attrs.caption`` in ``structure``: tables leave the running text by design;
    that two boxed prose lines are no table is tested above). Compared without spaces and soft
    hyphens, so a word the reader de-hyphenated ("докумен-" + "тации") or split
    ("исполняемыйдвоичный", glued by pdfminer) is still found; a line dropped in no layer fails.
    pdfminer's "(cid:28)" for a glyph with no character (rbgl_p11.pdf's bitmap backquote) is no word
    of the page."""
    from pdfminer.high_level import extract_text

    from sloika.pipelines.formats.pdf import parse_pdf

    data = (PAPERS / name).read_bytes()
    (doc,) = parse_pdf(data)
    removed = [s.attrs.get("text", "") for s in doc.layers.get("removed", [])]
    cells = [cell for s in doc.spans if s.label == "table" for row in s.attrs.get("rows", []) for cell in row]
    captions = [s.attrs.get("caption") or "" for s in doc.spans if s.label == "table"]
    everywhere = re.sub(r"[\s\u00ad-]+", "", "".join([doc.text, *removed, *cells, *captions]))
    words = LETTERS.findall(UNMAPPED.sub(" ", extract_text(BytesIO(data))))
    lost = {word for word in words if word not in everywhere}
    assert not lost


def test_a_logo_with_a_prefix_reads_as_one_word():
    """texlive-ru.pdf (ninth check): "LuaLaTeX" is "Lua" and the LaTeX logo, its small raised A in
    another font (SFRM0700 beside SFRM1000): the font switch before the A split the word, "LuaL aTeX".
    The logo's letters are the logo's font, no other word's."""
    from sloika.pipelines.formats.pdf_lines import _line

    logo = latex_logo(460.54 + 3 * 5.45)
    prefix = [glyph(c, 460.54 + 5.45 * i, 460.54 + 5.45 * (i + 1), 370.33) for i, c in enumerate("Lua")]
    read = _line(0, [*word("и", 440.0), *prefix, *logo, *word("для", 510.0)], 792.0).text
    assert read == "и LuaLaTeX для"
