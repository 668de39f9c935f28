"""PDF reader fixes from the fiftieth held-out check's undrawn pmhanguljamo-doc.pdf (issue 15,
issue-pmh2): a Hangul example's output, centred under its code in a Form XObject of its own
("안녕하세요" under ``\\jamoword{an/nyex/ha/sei/yo}``), was cut as a figure's label; a verse line of
Hangul ("놓인 그 꽃을", its words of one and two syllables) was cut as a `fragment`; and the XeLaTeX
logo, its E mirrored and lowered, read "XELaTeX". The pages are hand-built with the manual's geometry,
the Hangul drawn in a font whose ToUnicode maps each code to its syllable; the expected texts are the
lines the pages print, typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    code_line,
    code_lines,
    helvetica_line,
    mapped_font,
    mapped_row,
    one_page,
    pdf_of,
    removed_texts,
    stream,
)
from test_pdf_seventh_check import glyph, latex_logo, word  # noqa: E402

from sloika.pipelines.formats.pdf import is_fragment, parse_pdf  # noqa: E402

BEFORE = (
    "Without any other packages you can type Hangul, as long as a proper font is declared for it",
    "with fontspec. The main command takes the letters of a word typed in Latin.",
)
AFTER = (
    "If you do not want to give the font as an option, declare the font for the Hangul letters",
    "yourself, with the script option of fontspec, as the next example shows.",
)
OUTPUT = "안녕하세요"  # the example's output, one word of five syllables
CODE_LINE = "\\jamoword{an/nyex/ha/sei/yo}"


def _page(over_output: bytes, form_height: float = 12.0) -> bytes:
    """A page of ``BEFORE``, then ``over_output`` (a code line, or prose) at 676, ``OUTPUT`` centred
    at 652 in a Form XObject ``form_height`` points tall (12: drawn tight round it, as XeTeX's box
    is), then ``AFTER``: pmhanguljamo-doc.pdf p. 3's example."""
    font, cmap = mapped_font(OUTPUT, 9, b"NotoSerifKR", 1000)
    content = b"\n".join(
        [
            helvetica_line(72, 712, BEFORE[0], 10, 540),
            helvetica_line(72, 700, BEFORE[1], 10),
            over_output,
            b"q 1 0 0 1 279 650 cm /Fm1 Do Q",
            helvetica_line(72, 628, AFTER[0], 10, 540),
            helvetica_line(72, 616, AFTER[1], 10),
        ]
    )
    form = mapped_row(OUTPUT, 2, 2, OUTPUT, b"H")  # placed at (279, 650) by the page
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /XObject << /Fm1 5 0 R >> /Font << /F1 6 0 R /F2 7 0 R >> >> >>",
            stream(content),
            stream(
                form,
                b"/Type /XObject /Subtype /Form /BBox [0 0 54 %.1f] /Resources << /Font << /H 8 0 R >> >>"
                % form_height,
            ),
            HELVETICA,
            COURIER,
            font,
            cmap,
        ]
    )


def test_a_line_of_hangul_printed_under_its_code_is_the_examples_output():
    """pmhanguljamo-doc.pdf p. 3: the centred "안녕하세요" under ``\\jamoword{an/nyex/ha/sei/yo}``
    is what the code prints, text of its own after the code, not a figure's label."""
    (doc,) = parse_pdf(_page(code_line(90, 676, CODE_LINE, 10)))
    assert doc.text == "\n\n".join([" ".join(BEFORE), CODE_LINE, OUTPUT, " ".join(AFTER)])
    assert removed_texts(doc, "figure") == []


@pytest.mark.parametrize(
    ("over_output", "form_height"),
    [
        (helvetica_line(72, 676, "The result is shown in the figure.", 10), 12.0),
        (code_line(90, 676, CODE_LINE, 10), 120.0),
    ],
    ids=["under_prose", "tall_form"],
)
def test_a_forms_line_under_prose_or_in_a_drawing_stays_a_figures_label(over_output, form_height):
    """Under a prose line the form's line is a figure's, and a form far taller than its one line
    holds a drawing its line labels: both stay cut as before."""
    (doc,) = parse_pdf(_page(over_output, form_height))
    assert OUTPUT not in doc.text
    assert removed_texts(doc, "figure") == [OUTPUT]


def test_a_verse_line_of_hangul_words_is_no_fragment():
    """pmhanguljamo-doc.pdf pp. 9 and 11: "놓인 그 꽃을", a verse line of the poem its example
    prints, was cut as a `fragment`, its letter runs all one or two letters long; a Hangul syllable
    (and a CJK ideograph) is a syllable or a word, not a Latin letter. Tested on the word test itself
    (the poem's lines are each a paragraph on the real page). A formula's or a drawing's letters stay
    fragments."""
    assert not is_fragment("놓인 그 꽃을")
    assert not is_fragment("漢字")
    assert is_fragment("ft    tr")
    assert is_fragment("P = f ,")
    assert is_fragment("그 ㄱ")  # a syllable and a jamo alone: no word of two


def test_the_xelatex_logo_reads_as_its_name():
    """pmhanguljamo-doc.pdf pp. 2 and 8: "XeLaTeX or LuaLaTeX is required." read "XELaTeX": the
    XeTeX logo's E is mirrored, lowered half an ex and kerned into the X before it and the L (or
    T) after it. It reads "XeLaTeX" and "XeTeX"; an E between X and L typed in capitals stays."""
    from sloika.pipelines.formats.pdf_lines import _line

    def read(chars: list) -> str:
        return _line(0, chars, 792.0).text

    def xe(x0: float) -> list:
        return [glyph("X", x0, x0 + 8.18, 370.33), glyph("E", x0 + 7.19, x0 + 14.62, 367.99)]

    logo = latex_logo(460.54)
    assert read([*word("a", 440.0), *xe(447.5), *logo, *word("or", 494.0)]) == "a XeLaTeX or"
    assert read([*xe(455.1), *logo[2:], *word("is", 491.0)]) == "XeTeX is"
    typed = [glyph(c, 460.0 + 7.0 * i, 467.0 + 7.0 * i, 370.33) for i, c in enumerate("XEL")]
    assert read(typed) == "XEL"


def test_a_listing_line_quoting_ideographs_stays_a_line_of_the_listing():
    """pmhanguljamo-doc.pdf p. 9: "中dyuq/國guig;ei; dar/a;" in a typewriter listing sets its
    ideographs in a CJK font of its own; read as prose, the line and the next two left the listing
    (three `code` spans, two paragraphs). Wide letters fewer than the rest of the line's are the
    listing's own."""
    ideographs = "中國"
    font, cmap = mapped_font(ideographs, 8, b"NotoSerifCJK", 1000)
    rows = [
        code_line(72, 652, "\\begin{jamotext}", 10),
        mapped_row(ideographs, 72, 640, "中"),
        code_line(82, 640, "dyuq/", 10),
        mapped_row(ideographs, 112, 640, "國"),
        code_line(122, 640, "guig;ei; dar/a;", 10),
        code_line(72, 628, "\\end{jamotext}", 10),
    ]
    content = b"\n".join(
        [helvetica_line(72, 676, BEFORE[0], 10, 540), helvetica_line(72, 664, BEFORE[1], 10), *rows]
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", COURIER), (b"P", font)], cmap))
    assert code_lines(doc) == ["\\begin{jamotext}", "中dyuq/國guig;ei; dar/a;", "\\end{jamotext}"]
