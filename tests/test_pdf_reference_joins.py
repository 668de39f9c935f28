"""Reference lists and list items a PDF's lines break (issue 15, the twentieth held-out check's rows 3 and
1: a biblatex result's five references, a BibTeX style's Russian manual): an entry labelled "[4]" whose
first line ends a sentence goes on at its hanging indent; a page cue's number wrapped alone ("(cit. on
p." + "1).") is the entry's end, not debris; a DOI broken after its prefix's slash joins without a
space; a line that opens with a script stacked on the one the line above ends in is that line's rest;
a short line whose next word, a bracketed URL, could not fit goes on with it. All texts are written
for these tests; the PDFs are built by hand (Helvetica, 10 pt, 12 pt lines)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_page, helvetica_rows, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402

REFERENCES = [
    (72, "References"),
    (72, "[1] Anna Birch and Carl Oak. Counting the rings of old trees in the northern"),
    (87, "woods of the valley. In: Journal of Forest Studies 12 (2001), pp. 1-15 (cit."),
    (87, "on p. 1)."),
    (72, "[2] Dora Elm and Emil Fir. On a question of the size of leaves and of their."),
    (87, "In: Trees and Their Leaves 43.2 (2010), pp. 393-401. doi: 10.1234/"),
    (87, "(ABCD)1096-987X(199803)19:4 and a long title of this entry (cit. on p."),
    (87, "1)."),
    (72, "[3] Fred Ash. A short book about the woods. Reading: Tree Press, 1986."),
]


def test_a_reference_list_keeps_each_entry_whole():
    """Entry 1 wraps its page cue before "on p. 1)."; entry 2's first line ends a sentence, its DOI
    breaks after "10.1234/" and its cue's number "1)." stands alone at the entry's indent: three
    paragraphs under the heading, nothing cut."""
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(REFERENCES)))
    assert doc.text == (
        "References\n\n"
        "[1] Anna Birch and Carl Oak. Counting the rings of old trees in the northern woods of the valley."
        " In: Journal of Forest Studies 12 (2001), pp. 1-15 (cit. on p. 1).\n\n"
        "[2] Dora Elm and Emil Fir. On a question of the size of leaves and of their."
        " In: Trees and Their Leaves 43.2 (2010), pp. 393-401. doi: 10.1234/(ABCD)1096-987X(199803)19:4"
        " and a long title of this entry (cit. on p. 1).\n\n"
        "[3] Fred Ash. A short book about the woods. Reading: Tree Press, 1986."
    )
    assert not doc.layers.get("removed")


def test_a_line_of_numbers_under_prose_is_still_debris():
    """A number alone under a sentence that ends in no page cue stays out of the text (a page's
    drawn count, a stray label): the rule is the cue's, not any short line's."""
    rows = [
        (72, "The trees of the valley were counted in the spring of the year by the old"),
        (72, "keepers of the woods, who wrote their numbers on the bark of each tree."),
        (72, "1)."),
    ]
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(rows)))
    assert "1)." not in doc.text


# a blackboard-bold font as a TeX PDF names it (msbm, whose box sits above the baseline: drawn raised
# 3 pt here), "Z" its one glyph
MSBM = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /AICAWW+MSBM10 /FirstChar 90 /LastChar 90 /Widths [667]"
    b" /Encoding /WinAnsiEncoding /FontDescriptor << /Type /FontDescriptor /FontName /AICAWW+MSBM10"
    b" /Flags 4 /FontBBox [0 200 700 1190] /ItalicAngle 0 /Ascent 1190 /Descent 200 /CapHeight 700"
    b" /StemV 40 >> >>"
)


def test_a_script_stacked_at_a_line_end_keeps_the_row_whole():
    """A blackboard "ℤ" with a 7 pt "m" raised over a 7 pt "n" near the end of an entry's first line,
    the row going on after the stack: one entry. The "Z"'s box sits high, so the "n" shares too little
    height with it to be on the line by it; by the row's text letters it is."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (References) Tj ET"
        b"\nBT /F1 10 Tf 72 688 Td ([2] Gus Lime and Hans Yew. Integral point sets over ) Tj"
        b" /B 10 Tf 3 Ts (Z) Tj"
        b" /F1 7 Tf 4.2 Ts (m) Tj -1.8 Ts [833 (n)] TJ 0 Ts /F1 10 Tf (. In: Discrete Woods) Tj ET"
        b"\nBT /F1 10 Tf 87 676 Td (Review 157 \\(2006\\), pp. 2105-2117 and the pages after them.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"B", MSBM)]))
    assert doc.text == (
        "References\n\n[2] Gus Lime and Hans Yew. Integral point sets over ℤ_n^m. In: Discrete Woods"
        " Review 157 (2006), pp. 2105-2117 and the pages after them."
    )
    assert not doc.layers.get("removed")


def test_a_bracketed_url_too_long_for_the_line_above_goes_on_its_item():
    """Item 5's first line stops short: its next word, a bracketed URL, did not fit. The item is
    one paragraph; item 6 and a short line ending a sentence still part."""
    rows = [
        (72, "5. Use another package for the style of the list - ryssify by M. Kolodin"),
        (84, "(http://www.example.org/tex/bibtex/styles/ryssify) or the gost package by"),
        (84, "M. Polyakov (CTAN)."),
        (72, "6. Move to latexbib (CTAN), whose styles are much faster to write, as they"),
        (84, "use LaTeX, not BibTeX."),
        (72, "This way was not tried by the author of the style."),
        (72, "(It may work all the same.)"),
    ]
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(rows)))
    assert doc.text == (
        "5. Use another package for the style of the list - ryssify by M. Kolodin"
        " (http://www.example.org/tex/bibtex/styles/ryssify) or the gost package by M. Polyakov (CTAN).\n\n"
        "6. Move to latexbib (CTAN), whose styles are much faster to write,"
        " as they use LaTeX, not BibTeX.\n\n"
        "This way was not tried by the author of the style.\n\n"
        "(It may work all the same.)"
    )


def test_a_page_cues_number_alone_on_the_last_line_ends_its_entry():
    """ "(cit. on" … "p." + "1)." at the entry's own indent, and "pp." + "7-9." hung: the numbers
    are the entries' ends, not a page's debris, and join after a space."""
    rows = [
        (72, "[1] Ida Pine. A long title of a book about the woods and the trees in them, as"),
        (87, "the keepers of the valley saw them in the spring of that year (cit. on p."),
        (87, "1)."),
        (72, "[2] Jan Beech. Another long title of a paper on the woods and their old trees,"),
        (87, "in: Notes of the Valley Keepers 3 (1999), read at the spring meeting, pp."),
        (87, "7-9."),
    ]
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(rows)))
    assert doc.text == (
        "[1] Ida Pine. A long title of a book about the woods and the trees in them, as the keepers of"
        " the valley saw them in the spring of that year (cit. on p. 1).\n\n"
        "[2] Jan Beech. Another long title of a paper on the woods and their old trees, in: Notes of the"
        " Valley Keepers 3 (1999), read at the spring meeting, pp. 7-9."
    )
    assert not doc.layers.get("removed")


def test_a_doi_or_url_broken_at_its_slash_or_hyphen_joins_without_a_space():
    assert join_lines("Chemistry 19.4 (1998). doi: 10.1002/", "(SICI)1096-987X(199803)19:4.") == (
        "Chemistry 19.4 (1998). doi: 10.1002/(SICI)1096-987X(199803)19:4."
    )
    assert (
        join_lines("doi: 10.1234/woods-", "2001.15 (cit. on p. 1).")
        == "doi: 10.1234/woods-2001.15 (cit. on p. 1)."
    )
    assert join_lines("url: https://example.org/old-", "trees/index.html") == (
        "url: https://example.org/old-trees/index.html"
    )
    assert (
        join_lines("a ten-year study of the old-", "growth woods")
        == "a ten-year study of the old-growth woods"
    )


def test_a_url_with_a_ligature_broken_at_its_slash_joins_without_a_space():
    """A URL whose path holds a ligature glyph ("ﬁ" in "ﬁles", hotos17.pdf's references [19], [21])
    broken after a slash goes on without a space, as one without does; a sentence ending on a word
    with a ligature still ends."""
    assert join_lines("Ref. #1 https://example.org/sites/default/\ufb01les/managed/", "48/88/guide.pdf.") == (
        "Ref. #1 https://example.org/sites/default/\ufb01les/managed/48/88/guide.pdf."
    )
    assert join_lines("https://example.org/\ufb01les/4d/2a/", "control-\ufb02ow-preview.pdf.") == (
        "https://example.org/\ufb01les/4d/2a/control-\ufb02ow-preview.pdf."
    )
    assert join_lines("Each tree is kept in its \ufb01le.", "Then we count") == (
        "Each tree is kept in its \ufb01le. Then we count"
    )
