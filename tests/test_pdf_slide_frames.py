"""A beamer deck's frames as blocks of their own (issue 15, check 53 row 4, dynare-doc's
dseriesReporting.pdf): a frame title never goes on the last line of the slide before, and the
outline beamer shows again before each section is read once. Slides are built at the deck's geometry
(a 4:3 page of 362.8 × 272.1 pt; the frame title at 8.5 pt from the left in the items' 10 pt, in
bold, a name in it in typewriter; items a bullet's width further in; the headline's sections at the
top, the footline's author, title and frame number at the foot); the expected texts are the slides'
lines as printed."""

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, pdf_of, removed_texts, stream, text_row

from sloika.pipelines.formats.pdf import parse_pdf

HEIGHT = 272.126  # the deck's page height, and its width:
WIDTH = 362.835
TITLE_X, ITEM_X = 8.5, 19.9  # where the frame title and the items start
TITLE_Y = HEIGHT - 25.0  # the frame title's baseline
FIRST_ITEM_Y = HEIGHT - 53.0  # the first item's baseline, a blank of two ems under the title
ITEM_STEP = 15.0  # pt between two items' baselines


def deck(pages: list[list[bytes]]) -> bytes:
    """A PDF of slide pages, each the headline, the footline and ``pages``' content; fonts:
    Helvetica (``/F1``), Helvetica-Bold (``/F2``), Courier (``/F3``)."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * at) for at in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ]
    fonts = 3 + 2 * count
    for at, content in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> >>"
            % (WIDTH, HEIGHT, 4 + 2 * at, fonts, fonts + 1, fonts + 2)
        )
        objects.append(stream(b"\n".join([*_furniture(at + 1, count), *content])))
    return pdf_of([*objects, HELVETICA, HELVETICA_BOLD, COURIER])


def _furniture(number: int, count: int) -> list[bytes]:
    """The headline's section navigation, and the footline's author, the deck's title and the
    frame's number, on every slide."""
    return [
        text_row(151.0, HEIGHT - 6.8, "Time Series", 5),
        text_row(185.8, HEIGHT - 6.8, "Reporting", 5),
        text_row(25.3, 3.0, "Jane Doe (CEPREMAP)", 5),
        text_row(145.3, 3.0, "Time Series & Reporting", 5),
        text_row(343.4, 3.0, f"{number} / {count}", 5),
    ]


def title(text: str, name: str = "") -> list[bytes]:
    """The frame title in bold, after ``name`` in typewriter where given ("dseries" + " Syntax")."""
    if not name:
        return [text_row(TITLE_X, TITLE_Y, text, 10, b"F2")]
    after = TITLE_X + 6.0 * len(name) + 2.8  # Courier is 0.6 em a character; a bold word space after it
    return [text_row(TITLE_X, TITLE_Y, name, 10, b"F3"), text_row(after, TITLE_Y, text, 10, b"F2")]


def items(lines: list[str], x: float = ITEM_X, top: float = FIRST_ITEM_Y) -> list[bytes]:
    """The slide's lines from ``top`` down, ``ITEM_STEP`` apart, in Helvetica at 10 pt."""
    return [text_row(x, top - ITEM_STEP * at, line, 10) for at, line in enumerate(lines)]


def paragraphs(pdf: bytes) -> list[str]:
    """The document's paragraphs."""
    (doc,) = parse_pdf(pdf)
    return doc.text.split("\n\n")


OPENING = [*title("Time Series in Dynare"), *items(["The dates and dseries classes, with examples."])]
MISC = ["• Can index a dates object", "• pop(): Remove the last element", "• More in the Dynare manual"]
MEMBERS = ["• A dseries is composed of zero or more time series", "• The members cannot be modified"]


def test_a_frame_title_never_goes_on_the_last_item_of_the_slide_before():
    """Slide 16 ends on an item with no stop, slide 17's title opens in lower case with a name in
    typewriter: read as one sentence, "• More in the Dynare manual dseries Syntax"."""
    slides = [
        OPENING,
        [*title("Misc operations"), *items(MISC)],
        [*title("Syntax", "dseries"), *items(MEMBERS)],
    ]
    assert paragraphs(deck(slides))[2:] == ["Misc operations", *MISC, "dseries Syntax", *MEMBERS]


def test_a_frame_title_in_bold_alone_opens_its_slide():
    """A title set whole in bold, in lower case ("matrices and vectors"), after an item with no stop."""
    slides = [
        OPENING,
        [*title("Misc operations"), *items(MISC)],
        [*title("matrices and vectors"), *items(MEMBERS)],
    ]
    assert paragraphs(deck(slides))[2:] == ["Misc operations", *MISC, "matrices and vectors", *MEMBERS]


def test_an_item_going_on_overleaf_at_its_indent_still_goes_on():
    """A slide's last item broken at its end goes on at the top of the next page at the items' indent,
    in their face, the next line under it at the leading: one item (a page of a deck printed without
    titles, ``allowframebreaks``' next page)."""
    first = [*title("Misc operations"), *items(["• A dseries runs from the earliest date to the latest"])]
    then = items(
        ["date, with NaN inserted to pad the shorter series", "• More in the Dynare manual"], top=TITLE_Y
    )
    paras = paragraphs(deck([OPENING, first, then]))
    assert paras[2:] == [
        "Misc operations",
        "• A dseries runs from the earliest date to the latest date, with NaN inserted to pad the shorter"
        " series",
        "• More in the Dynare manual",
    ]


OUTLINE = [
    "1 Time Series",
    "Overview",
    "Syntax",
    "2 Reporting",
    "Overview",
    "Syntax",
    "3 Putting it All Together",
]


def outline(entries: list[str], top: float) -> list[bytes]:
    """beamer's outline slide: "Outline" over the entries from ``top`` down (the folded outline
    before a later section stands lower, its entries fewer)."""
    return [*title("Outline"), *items(entries, x=10.3, top=top)]


def frames(name: str) -> tuple[list[list[bytes]], list[str]]:
    """Three slides of a section (a deck's outline comes back a few times among many slides), and
    their paragraphs."""
    lines = (
        [f"{name} ({part}/3)" for part in (1, 2, 3)],
        [f"• Part {part} of the {name.lower()}." for part in (1, 2, 3)],
    )
    return [[*title(head), *items([line])] for head, line in zip(*lines, strict=True)], [
        text for pair in zip(*lines, strict=True) for text in pair
    ]


def test_the_outline_shown_again_before_a_section_is_read_once():
    """The outline on slide 2, and again before section 2 with the other sections' entries folded
    away: read twice ("Outline / 1 Time Series / 2 Reporting / Overview / Syntax / …"); the repeat
    goes to ``removed``, the first outline kept."""
    folded = ["1 Time Series", "2 Reporting", "Overview", "Syntax", "3 Putting it All Together"]
    (series, series_text), (reports, reports_text) = map(frames, ["Time series", "Reporting"])
    slides = [
        OPENING,
        outline(OUTLINE, FIRST_ITEM_Y - 20),
        *series,
        outline(folded, FIRST_ITEM_Y - 40),
        *reports,
    ]
    pdf = deck(slides)
    assert paragraphs(pdf)[2:] == ["Outline", *OUTLINE, *series_text, *reports_text]
    (doc,) = parse_pdf(pdf)
    assert removed_texts(doc, "repeated_slide") == ["Outline", *folded]


def test_a_slide_under_an_earlier_title_with_a_line_of_its_own_is_kept():
    """A later "Outline" listing an entry the first has not ("4 Appendix"), or the first's entries in
    another order, is no repeat: read whole."""
    (series, series_text), (reports, reports_text) = map(frames, ["Time series", "Reporting"])
    for later in (["1 Time Series", "2 Reporting", "4 Appendix"], ["2 Reporting", "1 Time Series"]):
        slides = [OPENING, outline(OUTLINE, FIRST_ITEM_Y), *series, outline(later, FIRST_ITEM_Y), *reports]
        expected = ["Outline", *OUTLINE, *series_text, "Outline", *later, *reports_text]
        assert paragraphs(deck(slides))[2:] == expected


def test_a_word_in_typewriter_ending_an_item_is_no_row_of_the_listing_under_it():
    """ "… 5 observations from 2000Y to" wraps its last word, "2004Y" in typewriter, at the item's text,
    over the example set an em further in: the word was read as the listing's first row."""
    lead = "• Let ts be a dseries with 3 variables and 5 observations from 2000Y to"
    code = "ts=dseries(randn(5,3), '2000y')"
    slide = [
        *title("Creating subsamples"),
        *items([lead]),
        text_row(ITEM_X + 10.0, FIRST_ITEM_Y - 12.2, "2004Y", 10, b"F3"),
        text_row(ITEM_X + 20.4, FIRST_ITEM_Y - 27.1, code, 10, b"F3"),
        *items(["• To obtain a subsample from 2001Y to 2003Y"], top=FIRST_ITEM_Y - 54.0),
    ]
    (series, series_text) = frames("Time series")
    assert paragraphs(deck([OPENING, *series, slide]))[2 + len(series_text) :] == [
        "Creating subsamples",
        f"{lead} 2004Y",
        code,
        "• To obtain a subsample from 2001Y to 2003Y",
    ]


def test_a_slides_last_item_never_runs_on_into_the_next_slides_lead_in_at_the_margin():
    """Slide 12 ends on an item with no stop; slide 14 (its frame title cut) opens with a lead-in at
    the frame's margin, a bullet's width left of the item's: the next slide's text, not the item's
    end ("… arbitrary number of dimensions RleMatrix/RleArray and HDF5Matrix/HDF5Array provide:")."""
    limits = [
        "Some limits of the sparse matrix classes in the Matrix package:",
        "• nonzero values always stored as double, the most memory consuming type",
        "• limited to 2 dimensions: no support for arrays of arbitrary number of dimensions",
    ]
    provide = ["RleMatrix/RleArray and HDF5Matrix/HDF5Array provide:", "• support all R atomic types"]
    slides = [
        OPENING,
        [*items(limits[:1], x=TITLE_X), *items(limits[1:], top=FIRST_ITEM_Y - ITEM_STEP)],
        [*items(provide[:1], x=TITLE_X), *items(provide[1:], top=FIRST_ITEM_Y - ITEM_STEP)],
    ]
    assert paragraphs(deck(slides))[2:] == [*limits, *provide]


CODE = ["library(airway)", "data(airway)", "m <- unname(assay(airway))"]


def test_a_slides_last_sentence_never_runs_on_into_the_next_slides_listing():
    """Slide 8 ends on a sentence with no stop; slide 10 opens with a listing in typewriter: the
    listing is the next slide's, no word of the sentence ("… matrix/array API library(airway)")."""
    sentence = "Provide access to the dataset via an API that mimics the standard R matrix/array API"
    listing = [text_row(ITEM_X, FIRST_ITEM_Y - 12.0 * at, row, 8, b"F3") for at, row in enumerate(CODE)]
    slides = [OPENING, items([sentence], x=TITLE_X), listing]
    assert paragraphs(deck(slides))[2:] == [sentence, "\n".join(CODE)]


def frame_title(text: str) -> list[bytes]:
    """A frame title as beamer's default theme sets it: in the regular face, larger than the items
    (the 34-page DelayedArray deck's 10.9 pt over its 8 pt text)."""
    return [text_row(TITLE_X, TITLE_Y, text, 13, b"F1")]


def test_a_frame_title_repeated_over_a_run_of_slides_heads_the_run_once():
    """check 57 row 5: the DelayedArray deck titles every slide of a section with the section's name
    ("Motivation and challenges" over five slides, "RleArray and HDF5Array objects" over thirteen):
    back at one place on three pages or more, each was cut as a running head, and the deck lost all
    its headings. The title heads its run once, a heading; its repeats go to ``removed``
    (``frame_title_again``); the footline stays furniture."""
    motivation = [["• Ordinary matrices do not scale."], ["• In-memory data."], ["• On-disk data."]]
    footprint = [["• The airway dataset."], ["• Some limitations."], ["• Sparse matrices."]]
    slides = [OPENING]
    slides += [[*frame_title("Motivation and challenges"), *items(lines)] for lines in motivation]
    slides += [[*frame_title("Memory footprint"), *items(lines)] for lines in footprint]
    pdf = deck(slides)
    assert paragraphs(pdf)[2:] == [
        "Motivation and challenges",
        *(line for lines in motivation for line in lines),
        "Memory footprint",
        *(line for lines in footprint for line in lines),
    ]
    (doc,) = parse_pdf(pdf)
    headings = [
        doc.text[span.start : span.end].split("\n\n")[0] for span in doc.spans if span.label == "section"
    ]
    assert headings == ["Motivation and challenges", "Memory footprint"]
    assert (
        removed_texts(doc, "frame_title_again")
        == ["Motivation and challenges"] * 2 + ["Memory footprint"] * 2
    )
    furniture = removed_texts(doc, "page_furniture")
    assert "Jane Doe (CEPREMAP)" in furniture
    assert not {"Motivation and challenges", "Memory footprint"} & set(furniture)


def test_a_frame_title_coming_back_after_another_heads_its_slide_again():
    """A title that comes back after another frame's heads its slide again: only a run of slides
    under one title reads it once."""
    names = ["Overview", "Syntax", "Overview", "Syntax"]
    slides = [OPENING, *([*frame_title(name), *items([f"• Part {at}."])] for at, name in enumerate(names))]
    assert paragraphs(deck(slides))[2:] == [
        text for at, name in enumerate(names) for text in (name, f"• Part {at}.")
    ]


def test_one_large_banner_atop_every_slide_stays_furniture():
    """A banner set larger than the items at the top of every slide, one text throughout, is the
    deck's furniture, no frame title: cut as the footline is."""
    slides = [OPENING, *([*frame_title("ACME Summit 2024"), *items([f"• Point {at}."])] for at in range(4))]
    pdf = deck(slides)
    assert "ACME Summit 2024" not in paragraphs(pdf)
    (doc,) = parse_pdf(pdf)
    assert "ACME Summit 2024" in removed_texts(doc, "page_furniture")


def test_a_frame_title_alone_on_its_slide_never_runs_into_the_next_slides_title():
    """check 58 row 1: the GRanges deck's slide 18 holds only a plot under its title, so the title is
    the page's last kept line; the next slide's title, in the same face, size and place, ran on it as
    one paragraph ("Examples of some common range-based operations Range-based operations on
    GRanges objects"). A frame title is its slide's heading: it ends its paragraph."""
    slides = [
        OPENING,
        frame_title("Examples of some common operations"),
        [*frame_title("Operations on ranges"), *items(["• shift() moves each range."])],
        [*frame_title("Operations on lists"), *items(["• unlist() flattens the list."])],
    ]
    assert paragraphs(deck(slides))[2:] == [
        "Examples of some common operations",
        "Operations on ranges",
        "• shift() moves each range.",
        "Operations on lists",
        "• unlist() flattens the list.",
    ]


def test_frame_titles_under_a_logo_atop_most_slides_are_kept_though_only_their_numbers_differ():
    """check 61 row 1: ebumeter-doc's loudness-meter-pres.pdf draws its logo, a glyph set larger than
    the titles, at the right of the title's row on most slides. Taken for each slide's title, and as
    one text over most slides for a banner, it left the deck no frame titles, and the titles
    "Probability distribution - 1" … "- 5", one text at one place but for their numbers, went to
    ``removed`` as a running head, while the slides titled once kept theirs. The logo is a banner, no
    slide's title: each title under it heads its slide, and the logo leaves the text."""
    logo = text_row(WIDTH - 30.0, TITLE_Y - 3.0, "Z", 18)
    names = ["Some results", *(f"Probability distribution - {at}" for at in (1, 2, 3)), "Questions"]
    slides = [
        [logo, *OPENING],
        *([logo, *frame_title(name), *items([f"• Plot {at}."])] for at, name in enumerate(names)),
    ]
    pdf = deck(slides)
    assert paragraphs(pdf)[2:] == [text for at, name in enumerate(names) for text in (name, f"• Plot {at}.")]
    (doc,) = parse_pdf(pdf)
    assert not set(names) & set(removed_texts(doc, "page_furniture"))
