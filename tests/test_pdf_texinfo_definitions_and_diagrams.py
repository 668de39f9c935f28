"""A Texinfo manual's definitions and diagrams (issue 15, thirty-second check row 4, the transient
manual): a head whose signature fills its row sets its category label ("[Macro]") nearer than the
usual four em, and a signature too long for its row goes on in the head's size on the row under it;
the label stood as a paragraph between the head and its wrapped rest. And a diagram going on
overleaf moved two columns right: the side's margin was the median of its pages', half of which
were pages of indented descriptions. Texts written for these tests; expected values by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line, helvetica_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf

LABEL = "[Macro]"
SHORT = "define-group name"
LONG = "define-prefix-command name arglist [docstring] [keyword value]..."
WRAPPED = "group... [body...]"


def _width(text: str, size: int) -> float:
    return sum(FONT_METRICS["Helvetica"][1][char] for char in text) * size / 1000


def _definitions(label_gap: float, known_elsewhere: bool) -> bytes:
    """A short head with its label at the right edge far from it (when ``known_elsewhere``), then
    a long head filling its row up to ``label_gap`` pt before its label, its signature wrapped onto
    the row under it (12 pt, 2 em in), the descriptions in 10 pt an em and a half in."""
    right = 72 + _width(LONG, 12) + label_gap + _width(LABEL, 10)
    lines, y = [helvetica_line(72, 720, "The macros below define the commands of a menu.", 10)], 696.0
    if known_elsewhere:
        lines += [helvetica_line(72, y, SHORT, 12), helvetica_line(right - _width(LABEL, 10), y, LABEL, 10)]
        lines.append(helvetica_line(90, y - 14, "This macro defines a group of the menu.", 10))
        y -= 40
    lines += [helvetica_line(72, y, LONG, 12), helvetica_line(right - _width(LABEL, 10), y, LABEL, 10)]
    lines.append(helvetica_line(112, y - 14, WRAPPED, 12))
    lines.append(helvetica_line(90, y - 28, "This macro defines NAME as a prefix command.", 10))
    return helvetica_page(b"\n".join(lines))


def test_a_label_the_document_sets_apart_elsewhere_reads_with_a_head_that_fills_its_row():
    assert parse_pdf(_definitions(20, known_elsewhere=True))[0].text.split("\n\n") == [
        "The macros below define the commands of a menu.",
        f"{SHORT}  {LABEL}",
        "This macro defines a group of the menu.",
        f"{LONG} {WRAPPED}  {LABEL}",
        "This macro defines NAME as a prefix command.",
    ]


def test_a_near_label_seen_nowhere_at_the_full_gap_stays_apart():
    """Two em between a line and a short one at the right edge, with no definition anywhere else
    setting that text as a label: nothing says it is one."""
    paragraphs = parse_pdf(_definitions(20, known_elsewhere=False))[0].text.split("\n\n")
    assert f"{LONG} {WRAPPED}  {LABEL}" not in paragraphs
    assert any(paragraph.strip() == LABEL for paragraph in paragraphs) or any(
        paragraph.startswith(f"{LONG}  {LABEL}") or paragraph.startswith(f"{LONG} {LABEL}")
        for paragraph in paragraphs
    )


PROSE = "The menu is drawn from the groups defined for it, each in its own column."
INDENTED = "This option controls whether the menu is shown at once or only after a delay."
DIAGRAM = [
    "(c)",
    " |        ,- {stay} ---,",
    "(+)       |            |",
    " |        |            |",
    " |        |            |",
    " v        v            |",
    " prefix -(c)-(+)-> infix",
]


def _page(x: float, top: list[str], code: list[tuple[int, str]] = (), below: list[str] = ()) -> bytes:
    """A page of long prose lines at ``x``, then ``code`` (row, text) in Courier at 90, then ``below``."""
    out, y = [], 760.0
    for text in top:
        out.append(helvetica_line(x, y, text, 10))
        y -= 12
    for _, text in code:
        stripped = text.lstrip(" ")
        out.append(code_line(90 + 6 * (len(text) - len(stripped)), y, stripped, 10))
        y -= 12
    y -= 6
    for text in below:
        out.append(helvetica_line(x, y, text, 10))
        y -= 12
    return b"\n".join(out)


def test_a_diagram_going_on_overleaf_keeps_its_columns():
    """Eight pages: the odd ones' margins 72, 72, 100, 100 (two of indented descriptions), so their
    median was 100; the diagram starts at the foot of page 7 (even) and goes on atop page 8."""
    plain, indented = [PROSE] * 6, [INDENTED] * 6
    pages = [
        _page(72, plain),
        _page(72, plain),
        _page(72, plain),
        _page(72, plain),
        _page(72, plain),
        _page(100, indented),
        _page(72, plain + ["This diagram shows the flow:"], list(enumerate(DIAGRAM[:3]))),
        _page(100, [], list(enumerate(DIAGRAM[3:])), indented),
    ]
    pdf = font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)])
    (doc,) = parse_pdf(pdf)
    code = [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"]
    assert [line.rstrip() for line in "\n".join(code).splitlines()] == DIAGRAM
