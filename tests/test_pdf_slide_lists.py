"""Conference slides set as lists: a bullet over its dash items, a term and its description a tab apart,
examples a line each, a code block under an item, lists of codes side by side under their labels, a
label over a flush-right quotation (issue 15, check 50 review A, et99-font-tutorial.pdf). Lines stand
where the slides' stood, scaled to the page (``fitted_line``); the expected texts are the lines as
the slides print them."""

from pdf_objects import COURIER, HELVETICA, code_lines, fitted_line, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_line_order import _label_read_under
from sloika.pipelines.formats.pdf_line_record import Line

SCALE = 0.75  # the slides' landscape page in a US Letter page's width
SIZE = 17.2 * SCALE  # the slides' text size
TITLE_SIZE = 20.7 * SCALE


def slide(rows: list[tuple[float, float, float, str] | tuple[float, float, float, str, bool]]) -> bytes:
    """A one-page PDF of ``rows`` (x0, x1, top as on the slide, text, set in typewriter maybe), each
    in the slides' text size, under a title."""
    lines = [fitted_line(56.7 * SCALE, 500 * SCALE, 42 * SCALE, "Font attributes and names", size=TITLE_SIZE)]
    for x0, x1, top, text, *mono in rows:
        lines.append(
            fitted_line(x0 * SCALE, x1 * SCALE, top * SCALE, text, mono=bool(mono and mono[0]), size=SIZE)
        )
    return one_page(b"\n".join(lines), [(b"F1", HELVETICA), (b"F2", COURIER)])


def paragraphs(pdf: bytes) -> list[str]:
    """The document's paragraphs after its title, and the count of its ``table`` spans."""
    (doc,) = parse_pdf(pdf)
    return doc.text.split("\n\n")[1:], sum(span.label == "table" for span in doc.spans)


def test_a_dash_list_of_terms_and_descriptions_is_no_table():
    """p. 12: "– family" beside "typeface name", eight items under a bullet's lead-in, were taken
    for a table and cut, the lead-in pointing at nothing."""
    items = [
        ("family", "typeface name"),
        ("series", "combination of weight and width"),
        ("shape", "normal, italic"),
    ]
    rows = [(71.1, 640.0, 84.7, "• fonts may be described by the following font attributes:")]
    for at, (term, description) in enumerate(items):
        rows += [(86.6, 95.2, 117.0 + 24.9 * at, "–"), (112.5, 160.0, 117.0 + 24.9 * at, term)]
        rows += [(217.0, 217.0 + 9.5 * len(description), 117.0 + 24.9 * at, description)]
    rows += [(71.1, 560.0, 196.3, "• font attributes are reflected in font names:")]
    texts, tables = paragraphs(slide(rows))
    assert tables == 0
    assert texts == [
        "• fonts may be described by the following font attributes:",
        *(f"– {term} {description}" for term, description in items),
        "• font attributes are reflected in font names:",
    ]


def test_a_bullets_dash_items_are_lines_of_their_own():
    """p. 6: the bullet's line as full as the slide's lines, its first dash items right of its
    bullet, were read as one paragraph with it."""
    lines = [
        "• a font is described only by its metric information stored in TFM files",
        "– glyph metrics are accessed by font position, i.e. by character code",
        "– font encodings are fixed (font-specific), not changeable",
        "– mapping between glyphs and character codes happens at the macro level",
    ]
    rows = [
        (71.1, 729.0, 84.7, lines[0]),
        (86.6, 720.0, 109.6, lines[1]),
        (86.6, 571.1, 134.5, lines[2]),
        (86.6, 725.2, 159.4, lines[3]),
    ]
    texts, _ = paragraphs(slide(rows))
    assert texts == lines


def test_an_items_term_joins_its_description_across_a_tab():
    """pp. 18, 31, 60: "– 8t (T1):" (typewriter) and "• Math Letters" stood a paragraph apart from
    their descriptions a tab right of them, one after the next item."""
    rows = [
        (71.1, 321.2, 84.7, "• 8-bit TeX-specific encodings:"),
        (86.6, 174.6, 117.0, "–  8t (T1):", True),
        (86.6, 583.9, 141.9, "– 8c (TS1): 8-bit text symbol fonts, e.g. tcrm, tcsl, tcit"),
        (206.0, 518.0, 117.0, "8-bit text fonts, e.g. ecrm, ecsl, ecit"),
        (71.1, 191.2, 171.4, "• Math Letters"),
        (235.3, 390.1, 171.4, "(OML, cmmi, \\fam1)"),
        (71.1, 390.1, 200.9, "• Math eXtension (OMX, cmex, \\fam3)"),
    ]
    texts, _ = paragraphs(slide(rows))
    assert texts == [
        "• 8-bit TeX-specific encodings:",
        "–  8t (T1): 8-bit text fonts, e.g. ecrm, ecsl, ecit",
        "– 8c (TS1): 8-bit text symbol fonts, e.g. tcrm, tcsl, tcit",
        "• Math Letters (OML, cmmi, \\fam1)",
        "• Math eXtension (OMX, cmex, \\fam3)",
    ]


def test_examples_set_a_line_each_stay_apart():
    """p. 13: "e.g. \\fontfamily{cmr}, …" over "e.g. \\rmfamily, …" read as one run of examples."""
    rows = [
        (86.6, 702.8, 84.7, "– generic font commands select or switch font attributes independently"),
        (112.5, 611.1, 109.6, "e.g. \\fontfamily{cmr}, \\fontseries{m}, \\fontshape{n}"),
        (112.5, 434.9, 134.5, "e.g. \\rmfamily, \\mdseries, \\upshape"),
    ]
    texts, _ = paragraphs(slide(rows))
    assert texts[-1] == "e.g. \\rmfamily, \\mdseries, \\upshape"


def test_a_code_blocks_head_under_an_item_is_code():
    """p. 43: "\\setglyph{Asmall}", over the block's indented lines, was read on the item above it."""
    item = "– latin.mtx, textcomp.mtx: contains commands to fake unavailable glyphs"
    rows = [
        (86.6, 741.6, 84.7, "– OT1.etx, T1.etx, TS1.etx: defines glyphs to install (or fake if unavailable)"),
        (86.6, 741.6, 109.6, item),
        (117.7, 293.9, 138.5, "\\setglyph{Asmall}", True),
        (138.4, 490.9, 159.5, "\\movert{\\int{smallcapsextraspace}}", True),
        (138.4, 459.8, 180.4, "\\glyph{A}{\\int{smallcapsscale}}", True),
        (117.7, 242.1, 201.3, "\\endsetglyph", True),
    ]
    (doc,) = parse_pdf(slide(rows))
    assert item in doc.text.split("\n\n")
    assert code_lines(doc)[0] == "\\setglyph{Asmall}"


def test_lists_side_by_side_under_their_labels_read_list_by_list():
    """p. 15: lists of codes under "some supplier codes:" and "some family codes:" were taken for a
    table and cut, the slide's title left over nothing."""
    suppliers = ["a Autologic", "b Bitstream", "c Compugraphic", "d DTC"]
    families = ["a1 Arial", "ac Adobe Caslon", "ad Adobe Garamond", "ag AvantGarde"]
    rows = [(92.6, 238.6, 105.0, "some supplier codes:"), (311.1, 445.6, 105.0, "some family codes:")]
    for at, (supplier, family) in enumerate(zip(suppliers, families, strict=True)):
        rows += [(92.6, 92.6 + 7.5 * len(supplier), 128.9 + 17.9 * at, supplier)]
        rows += [(311.1, 311.1 + 7.5 * len(family), 128.9 + 17.9 * at, family)]
    texts, tables = paragraphs(slide(rows))
    assert tables == 0
    assert texts == ["some supplier codes:", *suppliers, "some family codes:", *families]


def test_a_label_over_a_flush_right_quotation_reads_first():
    """p. 2: "FAMOUS QUOTE:", flush right over its quotation, was read after it (pdfminer boxed it
    apart), between the quotation and its attribution. The page's lines as pdfminer read them."""
    read = [
        (310.4, 96.3, "English is useful because it is a mess. Since English is a mess,"),
        (457.9, 150.1, "though in the nicests of all possible ways."),
        (614.2, 72.3, "FAMOUS QUOTE:"),
        (625.5, 174.0, "— LARRY WALL"),
    ]
    page = [Line(0, text, x0, 755.3, top, top + 13.9, 13.9, 595.0) for x0, top, text in read]
    assert [line.text for line in _label_read_under(page)] == [read[2][2], read[0][2], read[1][2], read[3][2]]
