"""Slides whose list labels are drawn, not set (issue 15, check 51 row 04, impressive__demo.pdf): beamer
draws each bullet as a small shape left of its item's text and each enumerate number as a small digit
in a drawn ball, sets babel's German opening quote as a lowered closing one, and titles each slide in a
larger regular face at its top. Pages are built at the slides' geometry (12 pt items, wrapped lines at
the item's x, 17.4 pt from item to item, 14.5 pt from a line to its continuation); the expected texts
are the lines as the slides print them."""

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, pdf_of, stream, text_row

from sloika.pipelines.formats.pdf import parse_pdf

TOP = 792.0  # a US Letter page's height: a line's baseline is ``TOP`` less its depth on the page
BALL = 0.5523  # a circle's control points' reach, in radii, for four Bézier quarters
ITEM, CONTINUED = 17.4, 14.5  # pt: the pitch from item to item, and from a line to its continuation


def disc(cx: float, cy: float, radius: float) -> bytes:
    """A filled circle of ``radius`` about (cx, cy), drawn as four Bézier curves (pdfminer: a filled
    ``LTCurve``), as a bullet is drawn."""
    k = BALL * radius
    left, right, low, high = cx - radius, cx + radius, cy - radius, cy + radius
    return (
        b"%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
        b"%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c f"
        % (
            right, cy, right, cy + k, cx + k, high, cx, high, cx - k, high, left, cy + k, left, cy,
            left, cy - k, cx - k, low, cx, low, cx + k, low, right, cy - k, right, cy,
        )
    )  # fmt: skip


def ball(x: float, baseline: float, side: float) -> bytes:
    """beamer's ball: the form ``/B1`` (a shaded disc pdfminer reads no shape in) drawn ``side`` pt
    wide at ``x``, its middle on the middle of a 12 pt line set at ``baseline``."""
    scale = side / 10
    return b"q %.3f 0 0 %.3f %.2f %.2f cm /B1 Do Q" % (scale, scale, x, baseline + 4.3 - side / 2)


def slides(pages: list[bytes]) -> bytes:
    """A US Letter PDF of these content streams, with Helvetica (``/F1``), Helvetica Bold (``/F2``)
    and Courier (``/F3``), and the ball ``/B1``: a form 10 pt wide of a shading-less disc's clip."""
    count = len(pages)
    fonts = b"/F1 %d 0 R /F2 %d 0 R /F3 %d 0 R" % (3 + 2 * count, 4 + 2 * count, 5 + 2 * count)
    resources = b"<< /Font << %s >> /XObject << /B1 %d 0 R >> >>" % (fonts, 6 + 2 * count)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * at) for at in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ]
    for at, content in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources %s >>"
            % (4 + 2 * at, resources)
        )
        objects.append(stream(content))
    form = stream(b"5 5 m 5 5 l n", b"/Type /XObject /Subtype /Form /BBox [0 0 10 10]")
    return pdf_of([*objects, HELVETICA, HELVETICA_BOLD, COURIER, form])


def bulleted(rows: list[tuple[float, str]], bullet_x: float = 39.3, text_x: float = 51.8) -> bytes:
    """Item lines from a depth of 54.8 pt down, ``rows`` (the gap over the line, text), each line
    whose gap is an item's (17.4 pt) or the first opening with a drawn bullet disc; a continuation's
    (14.5 pt) has none. Set in Helvetica 12 pt at ``text_x``, the discs 6.6 pt wide at ``bullet_x``."""
    content, depth = [], 54.8
    for at, (gap, text) in enumerate(rows):
        depth += gap if at else 0
        baseline = TOP - depth - 9.2
        content.append(text_row(text_x, baseline, text, 12))
        if gap != CONTINUED:
            content.append(disc(bullet_x + 3.3, baseline + 4.3, 3.3))
    return b"\n".join(content)


def text_of(pdf: bytes) -> list[str]:
    """The document's paragraphs."""
    (doc,) = parse_pdf(pdf)
    return doc.text.split("\n\n")


def test_drawn_bullets_part_items_that_start_where_their_wrapped_lines_do():
    """Slide 11: nine items, each with a drawn bullet, the second wrapped, all text at one x, were one
    paragraph ("… inside the document page cache in RAM …")."""
    rows = [
        (ITEM, "support for PDF hyperlinks inside the document"),
        (ITEM, "page cache in RAM or on disk, temporary (default) or"),
        (CONTINUED, "persistent"),
        (ITEM, "background rendering"),
        (ITEM, "fade to black or white"),
        (ITEM, "hide specific pages from the overview page"),
    ]
    assert text_of(slides([bulleted(rows)])) == [
        "• support for PDF hyperlinks inside the document",
        "• page cache in RAM or on disk, temporary (default) or persistent",
        "• background rendering",
        "• fade to black or white",
        "• hide specific pages from the overview page",
    ]


def test_an_items_text_after_its_colon_stays_in_the_item():
    """Slide 5: "left mouse button, [PageDown] or [Space]:" over its continuation "next slide" was
    parted after its colon, "next slide" run into the next item's key."""
    rows = [
        (ITEM, "left mouse button, [PageDown] or [Space]:"),
        (CONTINUED, "next slide"),
        (ITEM, "right mouse button, [PageUp] or [Backspace]:"),
        (CONTINUED, "previous slide"),
        (ITEM, "[Q] or [Esc]: quit"),
    ]
    assert text_of(slides([bulleted(rows)])) == [
        "• left mouse button, [PageDown] or [Space]: next slide",
        "• right mouse button, [PageUp] or [Backspace]: previous slide",
        "• [Q] or [Esc]: quit",
    ]


def test_a_number_in_a_drawn_ball_is_its_items_label():
    """Slide 5: enumerate's numbers, 6 pt digits raised in drawn balls, were cut as footnote marks;
    the items, numbered so, are a list's, no section's headings."""
    steps = ["create slides with the presentation software", "export them to a PDF file", "run the viewer"]
    content = []
    for at, step in enumerate(steps, start=1):
        baseline = TOP - 69.2 - 9.2 - 17.4 * (at - 1)
        content += [ball(33.9, baseline, 11.6), text_row(38.0, baseline + 3.8, str(at), 6)]
        content += [text_row(51.8, baseline, step, 12)]
    (doc,) = parse_pdf(slides([b"\n".join(content)]))
    assert doc.text.split("\n\n") == [f"{at}. {step}" for at, step in enumerate(steps, start=1)]
    assert "section" not in [span.label for span in doc.spans]
    assert "footnote_mark" not in [span.label for span in doc.layers.get("removed", [])]


def test_an_outlines_section_balls_number_their_entries():
    """whizzytex__beamer_pdflatex.pdf's outline: beamer draws each section's number as an 8 pt digit in
    a ball 12.6 pt wide, larger than the 10.9 pt entry beside it. The "1" pdfminer read apart from
    "Introduction" was cut, the others read "2 Xpdf", section headings; all four are the list's items."""
    entries = ["Introduction", "Xpdf", "Advi", "Testing"]
    content = [text_row(13.1, TOP - 45.0, "Outline", 14.3)]
    for at, entry in enumerate(entries):
        baseline = TOP - 104.0 - 33.8 * at
        content += [ball(24.5, baseline - 2.0, 12.6), text_row(28.7, baseline + 1.0, str(at + 1), 8)]
        content += [text_row(41.7, baseline, entry, 10.9)]
    (doc,) = parse_pdf(slides([b"\n".join(content)]))
    assert doc.text.split("\n\n") == ["Outline", "1. Introduction", "2. Xpdf", "3. Advi", "4. Testing"]
    assert [span.label for span in doc.spans if span.label != "front_matter"] == []


def test_a_code_blocks_margin_bar_beside_each_line_is_no_bullet():
    """macaulay2-common's ex.pdf draws a bar 5.2 pt wide and 13.9 pt tall left of each 12 pt line of
    its code blocks: no label's shape (a ball, a square, a triangle is about as wide as tall), where a
    section ball drawn larger than its entry's text is one."""
    rows = ["R=QQ[x,y]; factor(x^3-y^3)", "res coker vars R", "matrix {{1,2},{3,4}}"]
    content = [text_row(130.3, TOP - 275.3, "some basic examples:", 12)]
    for at, row in enumerate(rows):
        baseline = TOP - 299.6 - 14.9 * at
        content += [b"118.3 %.1f 5.2 13.9 re f" % (baseline - 3.9), text_row(127.0, baseline, row, 12, b"F3")]
    assert "\n".join(text_of(slides([b"\n".join(content)]))).splitlines() == ["some basic examples:", *rows]


def test_a_lowered_closing_quote_before_a_word_opens_its_quotation():
    """Slide 6: babel's „ in an OT1 font is a ” set under the baseline; read as a line of its own it
    was cut, leaving "Option 1: Spotlight“"."""
    baseline = TOP - 112.6 - 9.2
    content = [
        text_row(28.3, baseline, "Option 1:", 12, b"F2"),
        text_row(84.9, baseline - 7.4, "\u201d", 12),
        text_row(88.4, baseline, "Spotlight\u201c", 12),
        text_row(28.3, baseline - 28.8, "A bright circular spot follows the mouse cursor.", 12),
    ]
    assert text_of(slides([b"\n".join(content)]))[0] == "Option 1: \u201eSpotlight\u201c"


def test_a_slides_title_heads_its_slide_and_ends_the_title_slide():
    """Slides 1–2: the title slide's lines ran on as front matter into the next slide's title and lead;
    each slide's title, set larger at its top in the slides' regular face, heads its slide."""
    title_slide = b"\n".join(
        [
            text_row(120, TOP - 90, "Introducing Impressive", 17.2),
            text_row(150, TOP - 140, "Martin J. Fiedler", 12),
            text_row(150, TOP - 190, "version 0.10.2", 12),
        ]
    )
    slide = b"\n".join(
        [
            text_row(13.3, TOP - 17.2, "What is Impressive?", 17.2),
            text_row(28.3, TOP - 70, "Impressive is a PDF and image viewer", 14.3, b"F2"),
            bulleted([(ITEM, "uses OpenGL for display"), (ITEM, "written in Python")]),
        ]
    )
    (doc,) = parse_pdf(slides([title_slide, slide]))
    spans = [(span.label, doc.text[span.start : span.end]) for span in doc.spans]
    assert spans == [
        ("front_matter", "Introducing Impressive\n\nMartin J. Fiedler\n\nversion 0.10.2"),
        (
            "section",
            "What is Impressive?\n\nImpressive is a PDF and image viewer\n\n• uses OpenGL for display"
            "\n\n• written in Python",
        ),
    ]


def test_an_abbreviations_stop_before_a_typewriter_name_keeps_its_space():
    """Slide 9: "… suffix .info, e.g." over "slides.pdf.info" in typewriter, one item, read
    "e.g.slides.pdf.info": an abbreviation's stop is no file name's head."""
    baseline = TOP - 91.1 - 8.4
    content = [
        text_row(75.2, baseline, "same name as the input file, but suffix .info, e.g.", 10.9),
        text_row(75.2, baseline - 13.3, "slides.pdf.info", 10.9, b"F3"),
        disc(66.6, baseline + 3.9, 2.7),
    ]
    assert text_of(slides([b"\n".join(content)])) == [
        "• same name as the input file, but suffix .info, e.g. slides.pdf.info"
    ]


def test_an_outlines_balls_label_its_entries_on_a_slide_drawn_edge_to_edge():
    """dseriesReporting.pdf's outline (check 53, row 4): beamer's theme paints each slide's background
    edge to edge and draws its navigation marks at the foot, which made one drawing round the whole
    page, so the section and subsection balls (forms that set no text) were taken for a figure's
    marks and labelled nothing: the 8 pt subsections read "dates Syntax dseries Syntax", one line.
    Positions from the slide's, 520 pt lower on a Letter page; each ball's middle on its line's (``ball``
    centres a 12 pt line: 0.7 pt lower for a 10 pt one, 1.4 pt for an 8 pt one). The 8 pt
    subsubsections, their balls 10.6 pt further in under "Syntax", are its nested items ("–")."""
    background = b"1 g 0 0 612 792 re f 0 g"
    navigation = b"\n".join(b"%.1f 531.2 2 3 re f" % (235.4 + 7 * at) for at in range(8))
    content = [background, navigation, text_row(8.5, TOP - 23.3, "Outline", 10)]
    content += [ball(6.4, 724.7 - 0.7, 11.5), text_row(10.3, 727.0, "1", 8)]
    content += [text_row(23.0, 724.7, "Time Series", 10)]
    for baseline, entry in [(712.8, "Overview"), (700.8, "Syntax")]:
        content += [ball(23.0, baseline - 0.7, 4.7), text_row(32.1, baseline, entry, 10)]
    for baseline, entry in [(691.3, "dates Syntax"), (681.8, "dseries Syntax")]:
        content += [ball(33.6, baseline - 1.4, 4.7), text_row(41.0, baseline, entry, 8)]
    assert text_of(slides([b"\n".join(content)])) == [
        "Outline",
        "1. Time Series",
        "• Overview",
        "• Syntax",
        "– dates Syntax",
        "– dseries Syntax",
    ]


def nested(rows: list[tuple[int, str]], x: float = 0.0, top: float = 54.8) -> bytes:
    """Items from a depth of ``top`` pt down, ``ITEM`` apart, ``rows`` (depth, text) each under a drawn
    disc, ``x`` pt right of the slide's margin: a first-level item in Helvetica 12 pt at 51.8 pt, its
    disc 6.6 pt wide at 39.3; a nested one in 10 pt, its disc 5 pt wide 26 pt further in a level, as beamer's
    smaller ball of a nested itemize (depth 0: a line at the slide's margin, no disc)."""
    content = []
    for at, (depth, text) in enumerate(rows):
        baseline = TOP - top - 9.2 - ITEM * at
        if depth == 0:
            content.append(text_row(x + 28.3, baseline, text, 12))
            continue
        bullet, radius, size = (39.3, 3.3, 12) if depth == 1 else (39.3 + 26.0 * (depth - 1), 2.5, 10)
        content.append(text_row(x + bullet + 12.5, baseline, text, size))
        content.append(disc(x + bullet + radius, baseline + 0.36 * size, radius))
    return b"\n".join(content)


def test_a_bullet_drawn_further_in_under_an_item_is_a_nested_items():
    """check 57 row 5, the 34-page DelayedArray deck's slide 5: "if using RLE compression:" over two
    items drawn with beamer's smaller ball further in read as three items of one list; the nested
    ones take the label LaTeX's itemize sets at the second level, "–"."""
    rows = [
        (1, "choose the smallest type to store the values"),
        (1, "if using RLE compression:"),
        (2, "choose the best orientation to store the values"),
        (2, "store the data by chunk"),
        (1, "size of the matrix in memory can be reduced"),
    ]
    assert text_of(slides([nested(rows)])) == [
        "• choose the smallest type to store the values",
        "• if using RLE compression:",
        "– choose the best orientation to store the values",
        "– store the data by chunk",
        "• size of the matrix in memory can be reduced",
    ]


def test_a_bullet_further_in_after_a_line_at_the_margin_is_no_nested_items():
    """A list drawn further in under a lead-in back at the slide's margin is a list of its own, its
    items first-level ones, whatever item stands over the lead-in."""
    item = nested([(1, "support all R atomic types")])
    lead_in = nested(
        [(0, "Delayed operations:"), (2, "subsetting"), (2, "transposition")], top=54.8 + 2 * ITEM
    )
    assert text_of(slides([item + b"\n" + lead_in]))[-2:] == ["• subsetting", "• transposition"]


def test_lists_in_columns_side_by_side_nest_each_in_its_own():
    """beamer's columns: the right column's list, a third of the slide across, is no item nested in
    the left column's."""
    left = [(1, "in memory"), (2, "sparse"), (1, "on disk")]
    right = [(1, "compressed"), (2, "by chunk")]
    texts = text_of(slides([nested(left) + b"\n" + nested(right, x=300.0, top=62.0)]))
    assert sorted(texts) == sorted(["• in memory", "– sparse", "• on disk", "• compressed", "– by chunk"])


def test_a_third_level_item_takes_a_white_bullet_and_stays_in_the_text():
    """impressive__demo.pdf's slide 9: "title", "transition effect", "..." a level under "can be used to
    set up per-page settings:", at the slide's foot; written with LaTeX's "∗" they went to the notes."""
    rows = [
        (1, "Info Scripts"),
        (2, "can be used to set up per-page settings:"),
        (3, "title"),
        (3, "transition effect"),
    ]
    assert text_of(slides([nested(rows, top=640.0)])) == [
        "• Info Scripts",
        "– can be used to set up per-page settings:",
        "◦ title",
        "◦ transition effect",
    ]
