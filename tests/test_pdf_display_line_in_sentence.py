"""A displayed line a sentence runs through stands apart from the text after it (issue 15, fifty-first
check row 02, sagetex.pdf p. 45): "A label line looks like" stops short, the display
"\\newlabel{@sageinline<integer>}{{<bunch of LaTeX code>}{}{}{}{}}" is set in far past the paragraph
indent (its command in typewriter, its meta words in italic, so no code line) and fills the
measure, and "which makes the parser …" goes on at the margin. The display opened a paragraph and
the next sentence ran on it. Expected texts are written by hand from the fixture."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, escaped, helvetica_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf

LETTER = 792
RIGHT = 500.0  # the measure's right edge: justified lines end here

OPENING = [
    "The parser reads the auxiliary file line by line and keeps only the lines that",
    "hold a label written by the inline macro; every other line is left alone. A label",
]
LEAD = "line looks like"
CODE, META = r"\newlabel{@sageinline", "<integer>}{{<bunch of LaTeX code>}{<page>}{<name>}{}}"
DISPLAY = CODE + META
AFTER = [
    "which makes the parser definition below pretty obvious. We assign names to the",
    "interesting bits so that the method can make the integer and the code into keys.",
]


def _page() -> bytes:
    parts = [helvetica_line(87, LETTER - 100, OPENING[0], 10, RIGHT)]
    parts.append(helvetica_line(72, LETTER - 112, OPENING[1], 10, RIGHT))
    parts.append(helvetica_line(72, LETTER - 124, LEAD, 10))
    # the command in Courier, its meta words in the text font, from 110 to 492: it fills the measure
    parts.append(
        b"BT /F2 10 Tf 110 %d Td (%s) Tj /F1 10 Tf (%s) Tj ET" % (LETTER - 142, escaped(CODE), escaped(META))
    )
    parts.append(helvetica_line(72, LETTER - 160, AFTER[0], 10, RIGHT))
    parts.append(helvetica_line(72, LETTER - 172, AFTER[1], 10))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_display_set_in_a_sentence_is_a_line_of_its_own():
    paragraphs = [p for p in parse_pdf(_page())[0].text.split("\n\n") if p.strip()]
    assert paragraphs == [" ".join([*OPENING, LEAD]), DISPLAY, " ".join(AFTER)]
