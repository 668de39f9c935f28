"""A picture drawn in glyphs (issue 15, issue-gp2c56: pari-gp2c's gp2c.pdf and type.pdf, check 56's
rows 4 and 5). LaTeX's ``picture`` draws its slanted lines as glyphs of ``line10``, which map to no
character: the type preorder's nodes under gp2c.pdf's table were read on as its rows ("typ | type of
object" / "gen" / "pol | vec | mp"), in type.pdf as a table of their own. "gp2c-x.y.z" (cmitt) and
"plt.tar.gz" (cmtt), an italic correction apart, read as two words. Pages hand-built, words sloika's
own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
# LaTeX's line font: its glyphs named as no character is, so they map to none ("(cid:65)")
LINE10 = tex_font(b"JAUTYL+LINE10", b"65 /slantA /slantB /slantC")
CMTT = tex_font(b"AAAAAA+CMTT10", b"")  # every glyph 4 pt wide at 10 pt: a typewriter font
CMITT = tex_font(b"BBBBBB+CMITT10", b"")  # its italic
FONTS = [(b"F1", HELVETICA), (b"L", LINE10), (b"I", OBLIQUE), (b"T", CMTT), (b"S", CMITT)]
PROSE = [
    "The reader keeps the names of the kinds of values a program may hold, each with what it",
    "stands for, in the table below; the picture under it shows which kind stands over which.",
]
AFTER = [
    "A value of a lower kind may be stored where a higher kind is asked for, and the program then",
    "converts it as it goes; the other way round the compiler warns, since the value may not fit.",
    "Variables are given the highest kind unless the program declares another one for them, so a",
    "program that declares nothing runs as it did before, only no faster than the interpreter does.",
    "Declaring the kinds of the variables a loop uses is what makes the compiled code faster, and",
    "the compiler prints the kinds it has derived for each of them when it is asked to do so.",
]
ROWS = [("void", "nothing"), ("bool", "truth"), ("small", "integer"), ("real", "float"), ("gen", "anything")]
# the picture's labels and its strokes (x, baseline), as pari-gp2c's type preorder sets them
LABELS = [("gen", 306, 560), ("pol", 250, 532), ("vec", 281, 532), ("mp", 312, 532), ("var", 250, 504)]
LABELS += [("int", 289, 504), ("real", 325, 504), ("small", 287, 476), ("negbool", 239, 462)]
LABELS += [("bool", 289, 448), ("void", 289, 420)]
STROKES = [("AAA", 281, 564), ("BB", 291, 548), ("A", 271, 548), ("BB", 297, 520), ("CC", 316, 520)]
STROKES += [("BB", 274, 470), ("CC", 274, 454), ("C", 313, 432), ("C", 318, 456), ("C", 323, 480)]
STROKES += [("C", 326, 496)]


def _justified(y: float, text: str, x: float = 72, end: float = 540) -> bytes:
    """A 10 pt Helvetica line stretched from ``x`` to ``end`` by its word spacing, as TeX justifies."""
    from pdfminer.fontmetrics import FONT_METRICS

    natural = sum(FONT_METRICS["Helvetica"][1][char] for char in text) / 100
    spacing = (end - x - natural) / text.count(" ")
    return text_row(x, y, text).replace(b"Tf", b"Tf %.3f Tw" % spacing, 1)


def _parse(content: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc


def test_a_picture_drawn_in_glyphs_is_a_figure_and_the_table_over_it_ends_at_its_last_row():
    """A ruled table of kinds, a picture of their order under it (its nodes' names among the line
    font's glyphs), its caption and prose: the table keeps its rows only, the picture's labels and
    strokes go to ``removed`` as a figure's, the caption and the prose stay."""
    content = [_justified(740 - 12 * at, line) for at, line in enumerate(PROSE)]
    for at, (name, description) in enumerate(ROWS):
        y = 700 - 12 * at
        content += [text_row(90, y, name, font=b"I"), text_row(160, y, description)]
        content.append(b"0.4 w 150 %d m 150 %d l S" % (y - 3, y + 9))
    content += [text_row(x, y, name) for name, x, y in LABELS]
    content += [text_row(x, y, glyphs, font=b"L") for glyphs, x, y in STROKES]
    content.append(text_row(250, 380, "Table 1: Order of the kinds"))
    content += [_justified(350 - 12 * at, line) for at, line in enumerate(AFTER)]  # the glyphs a few
    doc = _parse(content)
    paragraphs = doc.text.split("\n\n")
    rows = [f"{name} | {description}" for name, description in ROWS]
    assert paragraphs[1] == "\n".join(rows)
    assert paragraphs[2:] == ["Table 1: Order of the kinds", " ".join(AFTER)]
    figure = [span.attrs["text"] for span in doc.layers["removed"] if span.attrs.get("why") == "figure"]
    assert {name for name, _, _ in LABELS} <= {word for text in figure for word in text.split()}
    assert "(cid:" not in doc.text


def test_a_typewriter_italic_name_runs_on_into_typewriter_past_its_correction():
    """ "gp2c-x.y.z" set in cmitt and "plt.tar.gz" in cmtt 1.7 pt after it (TeX's italic correction,
    a typewriter space being a whole 4 pt letter): one file name."""
    line = [
        text_row(72, 740, "After downloading the file"),
        text_row(190, 740, "gp2c-", font=b"T"),
        text_row(210, 740, "x.y.z", font=b"S"),
        text_row(231.7, 740, "plt.tar.gz", font=b"T"),
        text_row(275, 740, "you unzip it."),
    ]
    doc = _parse(line)
    assert doc.text == "After downloading the file gp2c-x.y.zplt.tar.gz you unzip it."


def test_a_typewriter_italic_placeholder_takes_its_correction_before_a_bracket():
    """tablix2-doc's modules2.pdf (issue 15, check 63 row 3): "outputext.list[c][v]" set in cmtt, its
    index placeholders "c" and "v" in cmitt, each "]" 1.2 pt after its letter (TeX's italic
    correction, a typewriter space being a whole 4 pt letter): no space in the name, which read
    "outputext.list[c ][v]"."""
    line = [
        text_row(72, 740, "The element at outputext.list[c][v] holds the tuples of one slot."),
        text_row(72, 716, "outputext.list[", font=b"T"),
        text_row(132, 716, "c", font=b"S"),
        text_row(137.2, 716, "][", font=b"T"),
        text_row(145.2, 716, "v", font=b"S"),
        text_row(150.4, 716, "]", font=b"T"),
        text_row(72, 692, "Each list is empty where no tuple of the two resources meets."),
    ]
    assert "outputext.list[c][v]\n" in _parse(line).text
