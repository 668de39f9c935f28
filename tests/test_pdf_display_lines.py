"""Lines a manual sets on their own (issue 15, check 56's rows 4 and 5: pari-gp2c's gp2c.pdf). Two
typewriter lines set smaller a paragraph's gap under "… that reads" ran into its sentence, an italic
expression under "use the syntax:" into the next sentence ("expr:type gp2c will check …"), a bold
command into the line under it ("./gp2c -s_c … > squfof2.gp.c and look at …"), two declarations
displayed under "use:" into one line, and the stop a command's last word is spaced from lost its
space ("ln -s .../pari."). Pages hand-built, words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
CMTT = tex_font(b"AAAAAA+CMTT10", b"")  # a typewriter font
FONTS = [(b"F1", HELVETICA), (b"I", OBLIQUE), (b"B", HELVETICA_BOLD), (b"T", CMTT)]
PROSE = [
    "Sometimes the reader knows a more precise kind than the one the program can derive for a value,",
    "and the compiler lets the author say so, which spares the code that converts the value at run time.",
]


def _width(text: str, font: str = "Helvetica", size: float = 10) -> float:
    """The natural width of ``text`` in ``font`` at ``size``."""
    from pdfminer.fontmetrics import FONT_METRICS

    return sum(FONT_METRICS[font][1][char] for char in text) * size / 1000


def _justified(y: float, text: str, x: float = 72, end: float = 540) -> bytes:
    """A 10 pt Helvetica line stretched from ``x`` to ``end`` by its word spacing, as TeX justifies."""
    spacing = (end - x - _width(text)) / text.count(" ")
    return text_row(x, y, text).replace(b"Tf", b"Tf %.3f Tw" % spacing, 1)


def _paragraphs(content: list[bytes]) -> list[str]:
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc.text.split("\n\n")


def test_typewriter_lines_set_smaller_a_paragraph_gap_under_a_sentence_are_code():
    """ "… a simple program fact.gp that reads" over two 9 pt typewriter lines without spaces, set a
    paragraph's gap under the 10 pt prose: a listing, one a line, not a path the sentence wrapped."""
    lead = "As an example, we write a simple program fact.gp that reads"
    code = ['install("squfof","D0,G,p","squfof","./squfof.gp.so");', "fact_mersenne(p)=squfof(2^p-1)"]
    content = [_justified(740 - 12 * at, line) for at, line in enumerate(PROSE)]
    content += [text_row(87, 716, lead)]
    content += [text_row(72, 700 - 11 * at, line, 9, b"T") for at, line in enumerate(code)]
    content += [text_row(87, 672, "and run the calculator on it.")]
    assert _paragraphs(content)[1:4] == [lead, "\n".join(code), "and run the calculator on it."]


def test_an_italic_expression_on_a_line_of_its_own_is_no_part_of_the_next_sentence():
    """ "… use the syntax:" over an italic "expr:type" alone on its line, then a sentence at the
    margin in lower case that the expression's line had room for: three paragraphs, not "expr:type
    gp2c will check …"."""
    lines = [
        *(_justified(740 - 12 * at, line) for at, line in enumerate(PROSE)),
        text_row(87, 716, "To force an expression to belong to a kind, use the syntax:"),
        text_row(72, 704, "expr:type", font=b"I"),
        _justified(692, "gp2c will check that the kinds agree and print a warning where they do not. For"),
        text_row(72, 680, "example the logarithm of a whole number is a real number."),
    ]
    assert _paragraphs(lines)[-2:] == [
        "expr:type",
        "gp2c will check that the kinds agree and print a warning where they do not. For example the "
        "logarithm of a whole number is a real number.",
    ]


def test_a_bold_command_on_a_line_of_its_own_ends_before_the_line_under_it():
    """A bold command set alone under "… let's run the command", the sentence going on under it in
    the text's face ("and look at …"), whose first word had room after the command: the command is
    a line of its own, not the start of the next sentence."""
    command = "./gp2c -s_c squfof.gp > squfof2.gp.c"
    rest = "and look at the difference between the two files it wrote:"
    lines = [
        *(_justified(740 - 12 * at, line) for at, line in enumerate(PROSE)),
        text_row(87, 716, "For teaching purposes, let us run the command"),
        text_row(87, 704, command, font=b"B"),
        text_row(87, 692, rest),
        text_row(72, 680, "diff -u squfof.gp.c squfof2.gp.c", font=b"B"),
    ]
    paragraphs = _paragraphs(lines)
    assert command in paragraphs
    assert any(paragraph.startswith(rest) for paragraph in paragraphs)


def test_lines_displayed_under_a_lead_in_ending_in_a_colon_stay_lines():
    """Two declarations set in 2.5 em from the margin under "… at once, use:", the first shorter than
    the second, whose first word would have fitted after it: each a line of its own, the next
    sentence apart."""
    lines = [
        *(_justified(740 - 12 * at, line) for at, line in enumerate(PROSE)),
        text_row(87, 716, "To declare several variables of the same kind at once, use:"),
        text_row(97, 700, "my(x, y=2):type"),
        text_row(97, 688, "global(x, y=2):type"),
        text_row(87, 672, "You can even mix the two ways, as the next section shows."),
    ]
    assert _paragraphs(lines)[-3:] == [
        "my(x, y=2):type",
        "global(x, y=2):type",
        "You can even mix the two ways, as the next section shows.",
    ]


def test_a_stop_one_word_space_after_a_command_s_last_word_is_a_word_of_its_own():
    """A bold command line "ln -s .../pari ." set at its natural spacing, each word (and the link's
    target ".") drawn one word space (3.8 pt) after the one before and no space glyph between them:
    the stop keeps its space."""
    words, x, pieces = ["ln", "-s", ".../pari", "."], 72.0, []
    for word in words:
        pieces.append(text_row(x, 692, word, font=b"B"))
        x += _width(word, "Helvetica-Bold") + 3.8
    lines = [_justified(740 - 12 * at, line) for at, line in enumerate(PROSE)]
    lines += [text_row(87, 712, "Link the root of the source there:"), *pieces]
    lines.append(text_row(72, 672, "The examples below are read from that folder."))
    text = "\n\n".join(_paragraphs(lines))
    assert "ln -s .../pari ." in text and "pari." not in text
