"""An `ltxdoc` manual's margin names (doc.sty's \\DescribeMacro and \\DescribeEnv: typewriter names in
the left margin beside the text that describes them) go to `removed` as `margin_note`, and the text
beside them reads whole (issue 15, the seventeenth check, rows 3 and 20: parrun.pdf and eledpar.pdf).
An environment's name has no backslash ("Rightside"), and pdfminer read such a name, set smaller than
the text, into the line beside it ("Rightside wise in the Rightside environment"); a name at the top
of a page joined the listing the page before ended with ("\\end{pages}" / "\\Rlineflag"). Hand-built
PDFs, 10 pt Helvetica prose at x 144 and 9 pt Courier names in the margin."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
WIDTH = 5.4  # a 9 pt Courier character


def _text(x: float, y: float, text: str, font: str = "F1", size: int = 10) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /{font} {size} Tf {x:.1f} {y} Td ({escaped}) Tj ET"


def _name(y: float, name: str, gap: float) -> str:
    """A margin name ending ``gap`` points left of the column."""
    return _text(144 - gap - WIDTH * len(name), y, name, "F2", 9)


def _margin_notes(parsed: Parsed) -> list[str]:
    return [span.attrs["text"] for span in parsed.layers.get("removed", []) if span.label == "margin_note"]


OPENING = "Parallel texts are divided into two parts, and each part is set in an environment."
SENTENCE = [
    "The left text is put within the first environment and the right text like-",
    "wise in the second environment. The number of the first and of the second",
    "environments must be the same, or the last pages are left without their text.",
]


def _stacked_environment_names_page() -> bytes:
    """eledpar.pdf's "Leftside" beside a sentence's first line, 14 points left of the column, and
    "Rightside" beside its second line, an em (10 points) left of it: near enough for pdfminer to
    read it into that line."""
    parts = [_text(144, 700, OPENING)]
    parts += [_text(144, 676 - 12 * at, text) for at, text in enumerate(SENTENCE)]
    parts += [_name(676, "Leftside", 14), _name(664, "Rightside", 10)]
    return font_pages(["\n".join(parts).encode()], FONTS)


def test_environment_names_beside_a_sentence_go_to_removed_and_the_sentence_is_whole():
    """eledpar.pdf kept "… and the right text like-" / "Leftside" / "Rightside wise in the Rightside
    environment.". The paragraph names neither: the stack is its term (issue 15, feynmf.pdf)."""
    parsed = parse_pdf(_stacked_environment_names_page())[0]
    assert parsed.text.split("\n\n") == [
        OPENING,
        "Leftside\nRightside",
        "The left text is put within the first environment and the right text likewise in the second"
        " environment. The number of the first and of the second environments must be the same, or the"
        " last pages are left without their text.",
    ]
    assert _margin_notes(parsed) == []


LISTING = [r"\begin{pages}", r"  \memorydump", r"\end{pages}"]
FLAG = [
    r"The value of \Rflag is appended to the line numbers of the right texts, and",
    "its default definition is a single letter that the reader can tell apart.",
]


def _name_over_a_page_break_page() -> bytes:
    """A listing ends page 1 (10 pt Courier at the column); page 2 opens with a paragraph whose
    first line has the margin name "\\Rflag" beside it."""
    first = [_text(144, 760, "The whole set of pages is written like this, in one environment:")]
    first += [
        _text(144 + 6 * (len(line) - len(line.lstrip())), 736 - 12 * at, line.lstrip(), "F2")
        for at, line in enumerate(LISTING)
    ]
    second = [_name(760, r"\Rflag", 14)] + [_text(144, 760 - 12 * at, text) for at, text in enumerate(FLAG)]
    return font_pages(["\n".join(first).encode(), "\n".join(second).encode()], FONTS)


def test_a_name_opening_a_page_is_no_line_of_the_listing_the_page_before_ended_with():
    """eledpar.pdf read "\\end{pages}" / "\\Rlineflag" as one code block across the page break."""
    parsed = parse_pdf(_name_over_a_page_break_page())[0]
    codes = [parsed.text[s.start : s.end] for s in parsed.spans if s.label == "code"]
    assert codes == ["\n".join(LISTING)]
    assert parsed.text.split("\n\n")[-1] == " ".join(FLAG)
    assert _margin_notes(parsed) == [r"\Rflag"]
