"""PDF reader fix from the forty-sixth held-out check (issue 15, row 04, yaws-doc's yaws.pdf p. 23,
issue-yawsfig): a boxed diagram drawn in a Form XObject whose five boxes print a phrase each ("100
bytes of HTML code" … "140 bytes of HTML code") under "… and has the following layout:" was cut
whole as a figure's labels (``debris``, ``why: figure``), and the colon pointed at nothing. A stack
of phrases that the sentence over it announces is now read as lines after it, one a box; a plot's
labels, a flow chart's one-word nodes and a legend's keys stay cut. Pages hand-built with the
manual's geometry, words sloika's own; expected texts are the lines the pages print, typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, form_pdf, helvetica_line, helvetica_width, removed_texts, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

INTRO = (
    "A template is read once and kept in memory, so that a later request for it costs nothing but",
    "the copy. Say that the template is 622 bytes long and has these parts:",
)
AFTER = (
    "The server then keeps the parsed parts in a table, and a later request for the same template",
    "is answered from the table without reading the file again.",
)
PARTS = [  # the phrases the boxes print, top to bottom
    "120 bytes of page header",
    "64 bytes of Lua script",
    "300 bytes of plain text",
    "48 bytes of Lua script",
    "90 bytes of page footer",
]
STEPS = ["Read the request line", "Look the page up in the cache", "Send the reply to the client"]
BOX_TOP, BOX_HEIGHT = 670.0, 30.0  # the diagram's first box's top and each box's height, in points


def _page(intro: tuple[str, ...], form: bytes, form_font: bytes | None = COURIER) -> bytes:
    """A page of ``intro`` (its first line justified, its last short), the diagram ``form`` under it
    and the paragraph ``AFTER`` under the diagram, as yaws.pdf's p. 23 sets them."""
    text = [
        helvetica_line(72, 700, intro[0], 10, 540),
        helvetica_line(72, 688, intro[1], 10),
        helvetica_line(72, 490, AFTER[0], 10, 540),
        helvetica_line(72, 478, AFTER[1], 10),
    ]
    return form_pdf(b"\n".join(text), form, form_font)


def _boxes(phrases: list[str], font: bytes = b"F2", size: float = 9.0) -> bytes:
    """A column of framed boxes, one under another, each printing its phrase centred in it: in
    Courier (``/F2``, typewriter as yaws sets them), or in Helvetica (``/F1``)."""
    drawn = []
    for at, phrase in enumerate(phrases):
        top = BOX_TOP - BOX_HEIGHT * at
        width = 0.6 * size * len(phrase) if font == b"F2" else helvetica_width(phrase, size)
        drawn.append(b"0.5 w 206 %.1f 200 %.1f re S" % (top - BOX_HEIGHT, BOX_HEIGHT))
        drawn.append(text_row(306 - width / 2, top - BOX_HEIGHT / 2 - 3, phrase, size, font))
    return b"\n".join(drawn)


def _read(intro: tuple[str, ...], form: bytes, form_font: bytes | None = COURIER):
    (parsed,) = parse_pdf(_page(intro, form, form_font))
    return parsed


def test_a_stack_of_phrases_a_colon_announces_is_read_after_it_one_line_a_box():
    """yaws.pdf's "has the following layout:" over its five boxes: the phrases follow the sentence,
    each on a line of its own in the page's order, none left in ``removed`` nor made a heading, and
    none indented for being centred in its box."""
    parsed = _read(INTRO, _boxes(PARTS))
    assert parsed.text == "\n\n".join([" ".join(INTRO), *PARTS, " ".join(AFTER)])
    assert removed_texts(parsed, "figure") == []
    assert not [span for span in parsed.spans if span.label == "section"]


def test_roman_phrases_are_lines_of_text_too():
    """A stack set in the text's roman face is read the same way, each phrase a paragraph of its own
    (not run together into one)."""
    parsed = _read(INTRO, _boxes(STEPS, b"F1"), None)
    assert parsed.text == "\n\n".join([" ".join(INTRO), *STEPS, " ".join(AFTER)])


def test_a_stack_no_colon_announces_stays_a_figures_labels():
    """Under a sentence that ends in a stop the diagram illustrates, it is not the sentence's matter:
    its text stays cut as a figure's, as before."""
    intro = (INTRO[0], INTRO[1].replace("has these parts:", "has five parts."))
    parsed = _read(intro, _boxes(PARTS))
    assert parsed.text == "\n\n".join([" ".join(intro), " ".join(AFTER)])
    assert removed_texts(parsed, "figure") == PARTS


NODES = ["Parse", "Compile", "Run"]  # a flow chart's nodes, a word each
KEYS = ["observed values", "fitted values"]  # a legend's keys, two words each
PLOT = b"\n".join(  # a plot's axis with its tick values and its title under it
    [
        b"0.5 w 150 560 m 460 560 l S",
        *(text_row(150 + 100 * at, 548, str(5 * at), 9, b"F1") for at in range(4)),
        text_row(260, 530, "Month of the year", 9, b"F1"),
    ]
)


@pytest.mark.parametrize(
    ("form", "labels"),
    [
        (PLOT, ["0", "5", "10", "15", "Month of the year"]),
        (_boxes(NODES, b"F1"), NODES),
        (_boxes(KEYS, b"F1"), KEYS),
    ],
    ids=["plot", "flow_chart", "legend"],
)
def test_a_drawings_labels_under_a_colon_stay_cut(form, labels):
    """A plot's tick values and axis title, a flow chart's one-word nodes and a legend's keys of two
    words are a drawing's labels, whatever the sentence over them ends with."""
    parsed = _read(INTRO, form, None)
    assert parsed.text == "\n\n".join([" ".join(INTRO), " ".join(AFTER)])
    assert sorted(removed_texts(parsed, "figure")) == sorted(labels)


BESIDE = [  # the right column's prose, set beside the left column's paragraph, diagram and paragraph
    "A cached template is dropped from the table when its file",
    "changes on disk, and the next request for it reads the new",
    "file and parses it again. The table holds at most a few",
    "hundred templates, and the least used one goes first when",
    "a new one would not fit. Each entry keeps the file's time",
    "of change, its size and the parts it was cut into, so that",
    "a request needs no more than one look at the file system",
    "to know whether the entry still holds. A server that serves",
    "many sites keeps one table for each of them, and the table",
    "of a site that no request has reached for an hour is freed",
    "with everything in it, to be filled again when the next",
    "request for one of its pages comes in. None of this shows",
    "to the client, which gets the same page either way, only",
    "sooner once the parts are in the table than the first time,",
    "when the file is read and parsed while the client waits.",
    "The size of the table and the hour are both settings of",
    "the server, read from its file of settings when it starts.",
    "A change to them takes effect at the next start.",
]


def test_a_stack_in_one_column_of_two_is_read_beside_the_other_columns_lines():
    """A two-column page: the stack stands under its announcing sentence in the left column, and the
    right column's lines on its rows are another column's, no text it is set in: it is read after the
    sentence all the same, and the right column after the left."""
    intro = ["A template is read once and kept in", "memory. Say that it has these parts:"]
    after = ["The parts are kept in a table, one", "entry for each template."]
    left = [helvetica_line(72, 700 - 12 * at, text, 10) for at, text in enumerate(intro)]
    left += [helvetica_line(72, 490 - 12 * at, text, 10) for at, text in enumerate(after)]
    right = [helvetica_line(320, 700 - 12 * at, text, 10) for at, text in enumerate(BESIDE)]
    in_left_column = b"q 1 0 0 1 -116 0 cm\n" + _boxes(PARTS[:3]) + b"\nQ"  # 116 pt further left
    (parsed,) = parse_pdf(form_pdf(b"\n".join(left + right), in_left_column, COURIER))
    assert parsed.text == "\n\n".join([" ".join(intro), *PARTS[:3], " ".join(after), " ".join(BESIDE)])


def test_a_turned_label_beside_a_read_stack_stays_recorded():
    """A word set turned beside the boxes (a brace's "one page") is no phrase of the stack: the stack
    is read, and the turned word still goes to ``removed`` as the figure's, never dropped unrecorded."""
    turned = b"\nBT /F1 9 Tf 0 1 -1 0 420 560 Tm (one page) Tj ET"
    parsed = _read(INTRO, _boxes(PARTS) + turned)
    assert parsed.text == "\n\n".join([" ".join(INTRO), *PARTS, " ".join(AFTER)])
    assert removed_texts(parsed, "figure") == ["one page"]
