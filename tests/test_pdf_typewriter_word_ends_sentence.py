"""A typewriter name that opens a sentence's last line, the sentence's roman colon after it, is inline
code of that sentence, not a code line over the display it announces (issue 15, the fifty-first
check, row 2: sagetex.pdf kept "… if you're not passing anything to" and put "\\includegraphics:" into
the code block of "\\sageplot[][png]{…}", 14 spaces in). Hand-built PDF, 10 pt Helvetica prose at x
144 and 10 pt Courier code."""

from __future__ import annotations

from pdf_objects import font_pages
from test_pdf_environment_names import FONTS, _text

from sloika.pipelines.formats.pdf import parse_pdf

SENTENCE = [
    "You can specify a file format if you like. This must be the second optional",
    "argument, so you must use empty brackets if you are not passing anything to",
]
NAME = r"\includegraphics"
DISPLAY = r"\sageplot[][png]{plot(sin(x), x, 0, pi)}"
AFTER = "The file name is made for you, and the plot is written in each of the formats."


def _page() -> bytes:
    parts = [_text(144, 700 - 12 * at, text) for at, text in enumerate(SENTENCE)]
    parts += [_text(144, 676, NAME, "F2"), _text(144 + 6 * len(NAME), 676, ":")]
    parts += [_text(200, 656, DISPLAY, "F2"), _text(144, 636, AFTER)]
    return font_pages(["\n".join(parts).encode()], FONTS)


def test_a_typewriter_name_ending_a_sentence_before_its_colon_stays_in_the_sentence():
    parsed = parse_pdf(_page())[0]
    assert parsed.text.split("\n\n") == [" ".join(SENTENCE) + f" {NAME}:", DISPLAY, AFTER]
    codes = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"]
    assert codes == [DISPLAY]
