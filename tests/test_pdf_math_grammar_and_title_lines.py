"""The Yaws manual's defects (issue 15, the forty-sixth check's row 04, yaws.pdf pp. 1-38): a grammar
displayed in math torn into paragraphs, its continuation rows run together (p. 14); a math-italic
word broken at a letter's side bearing, "goo fy" (p. 18); an example's trailing dots cut as leaders
(p. 38); a title page's author and e-mail address joined (p. 1). Names and texts sloika's own;
expected texts typed by hand from what the page prints."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, font_pages, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import clean_line  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", OBLIQUE)]
LEAD_IN = "A hive's record is a term that must adhere to the following structure:"
PROSE = "The hive server delivers its static pages as fast as any other web server does and more"
AFTER = "We give an example to show what we mean by the terms of a record."
# (x, baseline, row): a production's rows 13.5 pt apart, the productions 18.7 pt
GRAMMAR = [
    (72, 680.0, "HIVE = [HIVE]|{Tag,Attrs,Body}|{Tag,Attrs}|{Tag}|"),
    (126, 666.5, "{Module,Fun,[Args]}|fun/0|"),
    (126, 653.0, "binary()|character()"),
    (72, 634.3, "Tag = atom()"),
    (72, 615.6, "Value = string()|binary()|atom()|float()|"),
    (111.6, 602.1, "{Module,Fun,[Args]}|fun/0"),
    (72, 583.4, "Body = HIVE"),
]


def _oblique(x: float, y: float, text: str) -> bytes:
    return b"BT /F2 10 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, escaped(text))


def test_a_grammar_displayed_in_math_keeps_its_rows_one_a_line_in_one_block():
    """Each printed row of the grammar is a line of one ``math`` block, in the page's order: no
    paragraph break inside a production, no continuation row run into the next."""
    rows = [_oblique(x, y, text) for x, y, text in GRAMMAR]
    content = [helvetica_line(72, 700, LEAD_IN, 10), *rows, helvetica_line(72, 562, AFTER, 10)]
    doc = parse_pdf(one_page(b"\n".join(content), FONTS))[0]
    grammar = "\n".join(text for _, _, text in GRAMMAR)
    assert doc.text.split("\n\n") == [LEAD_IN, grammar, AFTER]
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "math"] == [grammar]


def _word_line(y: float, pieces: list[tuple[str, int]]) -> bytes:
    """An oblique line of TJ pieces, each moved right by its gap (thousandths of an em) after it."""
    shown = b" ".join(b"(%s) %d" % (escaped(text), -gap) for text, gap in pieces)
    return b"BT /F2 10 Tf 72 %.1f Td [%s] TJ ET" % (y, shown)


def test_a_math_italic_letter_s_side_bearing_is_no_word_space():
    """mathptmx sets a math-italic "f" 0.15 em from the letters beside it ("goofy"): one word; a word
    space, 0.25 em, still parts two words, and a "+" whose space inline math shrank to 0.155 em
    keeps it."""
    goofy = _word_line(680, [("goo", 155), ("f", 147), ("y", 280), ("=", 280), ("unknown", 0)])
    apart = _word_line(662, [("duck", 250), ("goofy", 0)])
    plus = _word_line(644, [("u", 155), ("+", 155), ("iu", 0)])
    content = [helvetica_line(72, 700, "If we invoke the page with the URL we get:", 10), goofy, apart, plus]
    doc = parse_pdf(one_page(b"\n".join(content), FONTS))[0]
    assert "we get: goofy = unknown duck goofy u + iu" in doc.text


def test_dots_closing_an_example_whose_words_dots_elided_are_text():
    """A run of dots ending a line whose words an elision's dots parted ("the string .... %%xyz%%
    .....") is the example's text, no leaders; leaders to a line's end stay leaders."""
    line = "- File contains the string .... %%xyz%% ....."
    assert clean_line(line) == line
    assert "\ue000" in clean_line("Appendix A . . . . . . . . .")


def test_a_title_page_s_e_mail_address_under_the_author_is_a_line_of_its_own():
    """Centred title-page lines: the author's name and the e-mail address under it stand apart."""
    title = b"BT /F1 17 Tf 170 600 Td (%s) Tj ET" % escaped("Hive - Yet Another Bee Server")
    lines = [
        title,
        helvetica_line(260, 560, "Ada Hivekeeper", 12),
        helvetica_line(252, 546, "ada@hive.example.org", 12),
        helvetica_line(262, 510, "February 7, 2023", 12),
    ]
    prose = [helvetica_line(72, 760 - 12 * at, PROSE, 10, 540) for at in range(40)]
    doc = parse_pdf(font_pages([b"\n".join(lines), b"\n".join(prose)], FONTS))[0]
    assert doc.text.split("\n\n")[:4] == [
        "Hive - Yet Another Bee Server",
        "Ada Hivekeeper",
        "ada@hive.example.org",
        "February 7, 2023",
    ]


def test_an_e_mail_address_after_a_sentence_s_function_word_goes_on_the_sentence():
    """A short line ending on a function word ("write to") goes on in the address under it."""
    lines = [helvetica_line(72, 700, "For a copy of the hive's records please write to", 10)]
    lines += [helvetica_line(72, 688, "ada@hive.example.org", 10)]
    doc = parse_pdf(one_page(b"\n".join(lines), FONTS))[0]
    assert doc.text == "For a copy of the hive's records please write to ada@hive.example.org"
