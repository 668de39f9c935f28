"""A typewriter signature whose keywords are set in a font the PDF leaves unnamed is one code block
(issue 15, twenty-eighth check row 2).

genometools' annotationsketch.pdf sets its API reference's signatures in cmtt, each a name line
over its indented parameters, with the keywords ("void", "#define", "const") in bold typewriter,
which pdfTeX embeds as a bitmap font without a name. The name line was taken for prose: it stood
as a paragraph apart from its parameters' code, and a macro's one argument ("N)") was cut as a
`fragment`, leaving "#define GT_DIV2(" with its bracket open. The page below is hand-built with
that feature; its names are sloika's own and the expected lines are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    UNNAMED_MONO,
    code_lines,
    escaped,
    helvetica_line,
    one_page,
)
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
PITCH = 6.0  # a 600-unit glyph at 10 pt
LEFT, RIGHT = 72.0, 472.0  # the column
TOP = 750  # the first row's baseline
# a font with no /BaseFont and Helvetica's widths: an unnamed proportional text font
UNNAMED_TEXT = (
    b"<< /Type /Font /Subtype /Type1 /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [%s] >>"
    % b" ".join(b"%d" % FONT_METRICS["Helvetica"][1].get(chr(code), 556) for code in range(32, 127))
)


def _run(font: bytes, column: int, row: int, text: str) -> bytes:
    """``text`` in ``font`` from ``column`` (in letters of the listing's pitch) on ``row``."""
    x, y = LEFT + PITCH * column, TOP - LEADING * row
    return b"BT /%s %d Tf 0 Tw %.2f %.2f Td (%s) Tj ET" % (font, SIZE, x, y, escaped(text))


def _signature(row: int, keyword: str, name: str, parameters: list[tuple[str, str]]) -> bytes:
    """A signature: ``keyword`` in the unnamed font (``/F3``) before ``name`` in Courier (``/F2``)
    on ``row``, then one (keyword, rest) parameter a row, indented under the name."""
    runs = [_run(b"F3", 0, row, keyword), _run(b"F2", len(keyword) + 1, row, name)]
    for at, (word, rest) in enumerate(parameters, start=1):
        runs += [_run(b"F3", 4, row + at, word)] if word else []
        runs.append(_run(b"F2", 4 + (len(word) + 1 if word else 0), row + at, rest))
    return b"\n".join(runs)


def test_a_signature_with_unnamed_keywords_is_one_code_block():
    """ "void" and "#define" in the unnamed font, the rest in Courier: each signature is one code
    block with its parameters, and the macro's "N)" is no fragment."""
    page = one_page(
        b"\n".join(
            [
                _signature(0, "void", "gt_bar_set_width(", [("", "GtBar *bar,"), ("const", "GtUword n)")]),
                helvetica_line(LEFT + 18, TOP - LEADING * 4, "Set the width of the bar in pixels.", SIZE),
                _signature(6, "#define", "GT_HALF(", [("", "N)")]),
                helvetica_line(LEFT + 18, TOP - LEADING * 9, "Division of the number by two.", SIZE),
            ]
        ),
        [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", UNNAMED_MONO)],
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == [
        "void gt_bar_set_width(",
        "    GtBar *bar,",
        "    const GtUword n)",
        "#define GT_HALF(",
        "    N)",
    ], doc.text
    assert [span.attrs.get("text") for spans in doc.layers.values() for span in spans] == [], doc.layers
    assert "Set the width of the bar in pixels." in doc.text.split("\n\n"), doc.text


def test_a_name_in_a_sentence_of_an_unnamed_text_font_stays_prose():
    """A sentence in an unnamed proportional font with a Courier name in it is prose: its letters
    are of many widths, no listing's keywords."""
    line = b"\n".join(
        [
            _run(b"F4", 0, 0, "The call"),
            _run(b"F2", 9, 0, "gt_bar_new"),
            _run(b"F4", 20, 0, "returns a bar."),
        ]
    )
    page = one_page(line, [(b"F1", HELVETICA), (b"F2", COURIER), (b"F4", UNNAMED_TEXT)])
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == [], doc.text
    assert "gt_bar_new" in doc.text, doc.text


def test_a_listings_rows_of_keywords_alone_stay_in_it():
    """A listing whose keywords are unnamed: its rows of keywords alone ("else", "end") and a row
    whose only keyword is short ("or") are known by the keywords' width on the page, so the listing
    stays one block in its order and indents."""
    rows = [
        (0, [("F2", "fill = "), ("F3", "function"), ("F2", "(gn)")]),
        (2, [("F3", "if"), ("F2", " gn:score() "), ("F3", "then")]),
        (4, [("F2", "a = gn:score()")]),
        (2, [("F3", "else")]),
        (4, [("F2", "a = 0.5")]),
        (4, [("F2", "a = a "), ("F3", "or"), ("F2", " 1")]),
        (2, [("F3", "end")]),
        (2, [("F3", "return"), ("F2", " a")]),
        (0, [("F3", "end"), ("F2", ",")]),
    ]
    runs = [helvetica_line(LEFT, TOP, "The fill is set by a function of the feature:", SIZE)]
    for row, (indent, parts) in enumerate(rows, start=2):
        column = indent
        for font, text in parts:
            runs.append(_run(font.encode(), column, row, text))
            column += len(text)
    runs.append(
        helvetica_line(LEFT, TOP - LEADING * 12, "The shade follows the score of each feature.", SIZE)
    )
    page = one_page(b"\n".join(runs), [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", UNNAMED_MONO)])
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == [
        "fill = function(gn)",
        "  if gn:score() then",
        "    a = gn:score()",
        "  else",
        "    a = 0.5",
        "    a = a or 1",
        "  end",
        "  return a",
        "end,",
    ], doc.text


def test_a_list_of_classes_pointing_to_pages_is_contents():
    """A generated manual's table of classes, each line a dash and "page N" after its name, no dot
    leaders: a contents list, recorded as `contents` with its heading, not kept as bullets (the
    heading alone left standing over nothing was a contents heading without its list)."""
    names = ["Bar", "BarStream", "Colour", "Frame", "Graph", "Layout", "Range", "Track"]
    rows = [(LEFT, "Table of Classes")] + [
        (LEFT + 10, f"\u2022 Class Gt{name} \u2014 page {12 + 3 * at}") for at, name in enumerate(names)
    ]
    rows.append((LEFT, "Each class is described where its entry points to, with its methods in turn."))
    text = b"\n".join(
        helvetica_line(x, TOP - LEADING * 2 * at, line, SIZE) for at, (x, line) in enumerate(rows)
    )
    doc = parse_pdf(one_page(text, [(b"F1", HELVETICA)]), foreign="keep")[0]
    contents = [span.attrs["text"] for span in doc.layers.get("removed", []) if span.label == "contents"]
    assert contents == [
        "\n".join(
            ["Table of Classes"]
            + [f"\u2022 Class Gt{name} \u2014 page {12 + 3 * at}" for at, name in enumerate(names)]
        )
    ]
    assert "page" not in doc.text, doc.text
    assert doc.text == rows[-1][1]
