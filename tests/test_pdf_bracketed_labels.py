"""An enumerated item labelled in brackets ("(ii)") whose first line ends a sentence goes on at its
hanging indent (issue 15, TeX package manuals: shadethm-doc.pdf kept "(ii) shaderulecolor The
shading color of the border of the shaded box." and "See (i). If \\shadeboxrule is set to 0 pt then
this won't print anyway." as two paragraphs)."""

from __future__ import annotations

from pdf_objects import helvetica_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

LEFT, SIZE = 72.0, 10.0
INTRO = [
    "There are some parameters that you could set the default for; try them as they are",
    "first, and change them only when the shaded boxes do not come out as you wanted them",
    "to. Each of them is described in the list below, in the order the style file sets them.",
]
ITEMS = [  # each item's label, its first line (full) and its next line at the hanging indent
    (
        "(i)",
        "shadecolor The shading color of the background. See the documentation of",
        "the color package; a gray model at .97 looks good on most printers today.",
    ),
    (
        "(ii)",
        "rulecolor The shading color of the border of the shaded box in the page.",
        "See (i). If the rule width is set to 0 pt then this will not print anyway.",
    ),
    (
        "(iii)",
        "boxrule The width of the border around the shading, in points. Set it",
        "to 0 pt, not just to 0, to make the border of the shaded box disappear.",
    ),
]


def _width(text: str) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) * SIZE / 1000


TEXT_AT = LEFT + 24  # where an item's text starts, after its label
RIGHT = max([LEFT + _width(text) for text in INTRO] + [TEXT_AT + _width(first) for _, first, _ in ITEMS]) + 4


def _justified(text: str, x: float, y: float) -> str:
    spacing = (RIGHT - x - _width(text)) / text.count(" ")
    return f"BT /F1 {SIZE:g} Tf {spacing:.4f} Tw {x:g} {y:g} Td ({text}) Tj ET"


def _page() -> bytes:
    parts, y = [], 700.0
    for at, text in enumerate(INTRO):
        parts.append(
            _justified(text, LEFT, y)
            if at < len(INTRO) - 1
            else f"BT /F1 10 Tf 0 Tw {LEFT:g} {y:g} Td ({text}) Tj ET"
        )
        y -= 12
    for label, first, second in ITEMS:
        y -= 6
        parts.append(f"BT /F1 10 Tf 0 Tw {TEXT_AT - 6 - _width(label):g} {y:g} Td ({label}) Tj ET")
        parts.append(_justified(first, TEXT_AT, y))
        parts.append(f"BT /F1 10 Tf 0 Tw {TEXT_AT:g} {y - 12:g} Td ({second}) Tj ET")
        y -= 24
    return helvetica_page("\n".join(parts).encode())


def test_bracketed_item_goes_on_at_its_hanging_indent_after_a_sentence_end():
    paragraphs = parse_pdf(_page())[0].text.split("\n\n")
    assert paragraphs == [" ".join(INTRO)] + [f"{label} {first} {second}" for label, first, second in ITEMS]
