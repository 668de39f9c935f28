"""A review draft's marks are no text and leave the page before its layout reads it (issue 15,
issue-jossdraft; JOSS drafts' paper.pdf): a "DRAFT" watermark set aslant at 45° across the page, whose
huge boxes put the page's lines in the wrong order ("4. … 3. … 2. … 1."), and a column of small line
numbers (``lineno``) beside the text, which made a margin's notes and the text one table."""

from pdf_objects import helvetica_page, removed_texts, text_row

from sloika.pipelines.formats.pdf import parse_pdf

FEATURES = [
    "Summary",
    "Many data sets encountered in machine learning exhibit symmetries that can",
    "be exploited to improve performance, a technique known as equivariant work.",
    "Key Features",
    "1. Create, visualize and perform mathematical operations on geometric images.",
    "2. Combine geometric images of any tensor order into a single data structure.",
    "3. Build neural networks with our custom equivariant layers on such images.",
    "4. Or use one of our ready models to start processing your images right away.",
    "Statement of need",
    "The geometric convolutions are defined on geometric images, images where",
    "every pixel is a tensor, and they are combined with contractions to form layers.",
]
PROSE = [
    "Many data sets encountered in machine learning exhibit symmetries that can",
    "be exploited to improve performance, a technique known as equivariant work.",
    "A classic example is image translation equivariance that is respected by the",
    "convolutional neural networks used for images in the physical sciences too.",
    "This package implements a network that is equivariant to translations and",
    "rotations of ninety degrees and reflections of the image grid as a whole.",
]
NOTES = ["Software", "Review", "Repository", "Archive", "Editor: Someone", "Submitted: today"]


def _watermarked_page() -> bytes:
    """FEATURES a line each, 16 pt apart, and "DRAFT" in 150 pt Helvetica turned by 45° across them."""
    rows = [text_row(100, 640 - 16 * at, line) for at, line in enumerate(FEATURES)]
    stamp = b"BT /F1 150 Tf 0.70709 0.70709 -0.70709 0.70709 150 300 Tm (DRAFT) Tj ET"
    return helvetica_page(b"\n".join([*rows, stamp]))


def _numbered_page(first: int) -> bytes:
    """PROSE, 12 pt apart, each line numbered in 5 pt from ``first`` on, the numbers right-aligned
    in the margin as ``lineno`` sets them, and NOTES in 8 pt in the margin left of the numbers."""
    rows = []
    for at, line in enumerate(PROSE):
        number = str(first + at)
        rows += [
            text_row(100, 600 - 12 * at, line),
            text_row(92 - 2.8 * len(number), 600 - 12 * at, number, 5),
        ]
    rows += [text_row(20, 600 - 12 * at, note, 8) for at, note in enumerate(NOTES)]
    return helvetica_page(b"\n".join(rows))


def test_watermark_set_aslant_is_cut_and_leaves_the_order_alone():
    (doc,) = parse_pdf(_watermarked_page())
    at = [doc.text.find(line) for line in FEATURES]
    assert -1 not in at
    assert at == sorted(at)
    assert "DRAFT" not in doc.text
    assert removed_texts(doc, "rotated_text") == ["DRAFT"]


def test_line_numbers_beside_the_text_are_cut():
    (doc,) = parse_pdf(_numbered_page(25))
    assert " ".join(PROSE) in doc.text
    assert removed_texts(doc, "line_numbers") == [str(25 + at) for at in range(len(PROSE))]


def test_numbers_as_large_as_the_text_are_no_line_numbers():
    """A column of integers set as large as the lines beside them (a table's row numbers) stays."""
    rows = [text_row(100, 600 - 12 * at, line) for at, line in enumerate(PROSE)]
    rows += [text_row(60, 600 - 12 * at, str(at + 1)) for at in range(len(PROSE))]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    assert removed_texts(doc, "line_numbers") == []


def _title_page(text_x: float) -> bytes:
    """A title in 17 pt at x = 167, PROSE under it at ``text_x``, and NOTES in 8 pt in the margin
    beside the prose, ending before the title's column (a journal's side column)."""
    rows = [text_row(167, 700, "A Python package for images", 17)]
    rows += [text_row(text_x, 640 - 12 * at, line, 10) for at, line in enumerate(PROSE)]
    rows += [text_row(28, 640 - 12 * at, note, 8) for at, note in enumerate(NOTES)]
    return helvetica_page(b"\n".join(rows))


def test_side_column_beside_the_title_column_is_cut():
    (doc,) = parse_pdf(_title_page(167))
    assert doc.text.startswith("A Python package for images")
    assert " ".join(PROSE) in doc.text
    assert not any(note in doc.text for note in NOTES)
    assert removed_texts(doc, "masthead") == NOTES


def test_margin_lines_are_kept_where_the_text_runs_from_the_margin():
    """The prose starts right of the notes but left of the title's column: no side column."""
    (doc,) = parse_pdf(_title_page(100))
    assert removed_texts(doc, "masthead") == []


def test_a_contact_block_beside_labels_under_a_centred_title_stays():
    """autobk.pdf's title page: an address left of "e-mail:" / "www:" labels and their values, under
    a centred title; no text beside it starts at the title's left edge, so it is no side column."""
    rows = [text_row(240, 700, "AUTOBK", 24)]
    address = ["Matthew Newville", "GSECARS, Bldg 434A", "Argonne National Lab", "Argonne, IL 60439"]
    labels = ["e-mail:", "www:", "voice:", "fax:"]
    for at, (where, label) in enumerate(zip(address, labels, strict=True)):
        y = 600 - 14 * at
        rows += [
            text_row(60, y, where, 11),
            text_row(260, y, label, 11),
            text_row(340, y, f"(630) 252-04{at}1", 11),
        ]
    rows += [text_row(60, 500 - 14 * at, line, 11) for at, line in enumerate(PROSE)]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(rows)))
    assert removed_texts(doc, "masthead") == []
