"""A wrapped line of a paragraph or a list item that opens with a name typed in the sentence, or
follows a line that stopped short before it, goes on its paragraph (issue 15, forty-sixth check's
row 04, yaws.pdf pp. 39–76: "May be {ok, User}, 403 or" ¶ "{401, Realm}.", "… the callback module."
¶ "InitialState is the callback's initial state …", "… (see drop_on_timeout option above)" ¶ "or
when the handling process …", an item's head "– compression_level = … 0..9 —" read as a one-line
code block, "… for HTTP" losing "1.1." as debris, and a dash item run into the paragraph over it).
The pages are set as LaTeX with parskip sets that manual: 10.9 pt lines 13.5 pt apart, paragraphs
18.5 pt apart, no first-line indent; the texts are sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, escaped, fitted_line, helvetica_width, one_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE, PITCH, SKIP = 10.9, 13.5, 18.5
ITEM_PITCH = 14.0  # an item's first line under the item before it
LEFT, RIGHT = 99.3, 540.0
FILLER = [  # paragraphs of full lines and a short last one: the page's pitch and paragraph skip
    [
        "The server reads its configuration file once when it starts and keeps the values it found",
        "there in memory until an operator asks it to read the file again with the control tool of",
        "the running node.",
    ],
    [
        "Every virtual server has a section of its own in the file, opened and closed by a tag that",
        "names the host, and the settings inside that section apply to that one server and to no",
        "other one.",
    ],
    [
        "Settings outside the server sections are global and apply to the whole node, such as the",
        "directory where the logs are written and the number of processes kept ready for the new",
        "requests.",
    ],
]


def _width(runs: list[tuple[str, str]]) -> float:
    """How wide ``runs`` (font, text) are set at the page's size, Helvetica's and Courier's widths."""
    names = {"F1": "Helvetica", "F2": "Courier"}
    return sum(FONT_METRICS[names[font]][1][char] for font, text in runs for char in text) * SIZE / 1000


def _runs_line(x0: float, top: float, runs: list[tuple[str, str]], x1: float | None = None) -> bytes:
    """One line of ``runs`` (font ``F1`` Helvetica or ``F2`` Courier, text) from ``x0``, its top
    ``top`` pt under the page's top, stretched (``Tz``) to end at ``x1`` where given: a justified
    line setting a typed name inside a sentence, in one text object as TeX sets it."""
    scale = 100 * (x1 - x0) / _width(runs) if x1 is not None else 100.0
    shown = b" ".join(b"/%s %.1f Tf (%s) Tj" % (font.encode(), SIZE, escaped(text)) for font, text in runs)
    return b"BT %.2f Tz %.2f %.2f Td %s ET" % (scale, x0, 783 - top, shown)


def _prose(x0: float, top: float, text: str, full: bool) -> bytes:
    """A Helvetica line: justified to ``RIGHT`` when ``full``, else at its own width."""
    return fitted_line(x0, RIGHT if full else x0 + helvetica_width(text, SIZE), top, text)


def _page(lines: list[bytes], top: float) -> bytes:
    """The ``FILLER`` paragraphs from ``top`` down, then ``lines``, each already placed."""
    rows = []
    for paragraph in FILLER:
        rows += [_prose(LEFT, top + PITCH * at, text, at < 2) for at, text in enumerate(paragraph)]
        top += PITCH * 2 + SKIP
    return one_page(b"\n".join([*rows, *lines]), [(b"F1", HELVETICA), (b"F2", COURIER)])


def _paragraphs(lines: list[bytes]) -> list[str]:
    return parse_pdf(_page(lines, 300.0))[0].text.split("\n\n")


def test_a_line_opening_with_a_typed_name_under_a_short_line_goes_on():
    """yaws.pdf p. 54: "* Item – … May be {ok, User}, 403 or" ¶ "{401, Realm}.": the name does not
    break, so the line above stopped short; at the line pitch, no paragraph skip, the sentence goes on."""
    lines = [
        _prose(
            LEFT, 100, "Each line of the access log names the client, the path it asked for and the", True
        ),
        _prose(LEFT, 100 + PITCH, "result of its check, which may be either a pair like", False),
        _runs_line(
            LEFT, 100 + 2 * PITCH, [("F2", "{ok, User}"), ("F1", " or a triple like the one it returns.")]
        ),
    ]
    paragraphs = _paragraphs(lines)
    assert (
        "Each line of the access log names the client, the path it asked for and the result of its"
        " check, which may be either a pair like {ok, User} or a triple like the one it returns."
    ) in paragraphs


def test_a_typed_word_too_wide_for_the_room_left_goes_on_after_a_sentence():
    """yaws.pdf p. 71: "– {basic, InitialState} — … a basic callback module." ¶ "InitialState is the
    callback's initial state …": the typed word would not have fitted after the stop."""
    lines = [
        _prose(
            LEFT, 100, "The callback module named here handles every frame the client sends, and it is", True
        ),
        fitted_line(LEFT, RIGHT - 50, 100 + PITCH, "called with the state it returned the last time."),
        _runs_line(LEFT, 100 + 2 * PITCH, [("F2", "InitialState"), ("F1", " is the state it starts from.")]),
    ]
    paragraphs = _paragraphs(lines)
    assert (
        "The callback module named here handles every frame the client sends, and it is called with"
        " the state it returned the last time. InitialState is the state it starts from."
    ) in paragraphs


def test_a_closing_bracket_ends_no_sentence_before_lower_case():
    """yaws.pdf p. 74: "… when a timeout occurs (see drop_on_timeout option above)" ¶ "or when the
    handling process receives …": a bracket without a stop in it closes an aside, not the sentence."""
    lines = [
        _prose(
            LEFT,
            100,
            "If the module defines it, this function is called when the connection has waited",
            True,
        ),
        _prose(LEFT, 100 + PITCH, "too long for the client (see the timeout option above)", False),
        _prose(
            LEFT, 100 + 2 * PITCH, "or when the handling process receives a message it does not know.", False
        ),
    ]
    paragraphs = _paragraphs(lines)
    assert (
        "If the module defines it, this function is called when the connection has waited too long for"
        " the client (see the timeout option above) or when the handling process receives a message it"
        " does not know."
    ) in paragraphs


def test_typed_terms_a_line_each_stay_apart():
    """systemtap's tutorial.pdf: "timer.ms(200) A timer that fires every 200 milliseconds." over
    "timer.profile A timer that fires periodically on every CPU.": two terms of a list, each opening
    its line at one indent, not a name wrapped from the line above though it would not have fitted
    there (the lead, at the merge)."""
    lines = [
        _runs_line(
            LEFT,
            100,
            [
                ("F2", "timer.ms(200)"),
                ("F1", " A timer that fires every two hundred milliseconds on each processor."),
            ],
        ),
        _runs_line(
            LEFT, 100 + PITCH, [("F2", "timer.profile"), ("F1", " A timer that fires on every processor.")]
        ),
    ]
    paragraphs = _paragraphs(lines)
    assert "timer.ms(200) A timer that fires every two hundred milliseconds on each processor." in paragraphs
    assert "timer.profile A timer that fires on every processor." in paragraphs


def test_a_line_of_one_term_and_its_aside_ends_before_the_next_term():
    """irace-package.pdf: "median (the median of the performance of the elite configurations)" over
    "mean (the mean of …)": a line of one term and its bracketed aside is a list's entry, and the
    entry under it in lower case is the next one (the lead, at the merge)."""
    lines = [
        _prose(LEFT, 100, "median (the middle value of the costs of the best configurations)", False),
        _prose(LEFT, 100 + PITCH, "mean (the average of the costs of the best configurations)", False),
    ]
    paragraphs = _paragraphs(lines)
    assert "median (the middle value of the costs of the best configurations)" in paragraphs
    assert "mean (the average of the costs of the best configurations)" in paragraphs


def test_a_typed_item_head_with_its_dash_in_roman_is_prose():
    """yaws.pdf p. 55: "– compression_level = none | … | 0..9 —", its letters typed and its dashes in
    roman, filling its line over "Defines the compression level …" hung under it: one item, not a
    code line over a paragraph."""
    head = [("F1", "– "), ("F2", "compression_level = none | default | best | 0..9"), ("F1", " —")]
    lines = [
        _runs_line(LEFT + 13, 100, head, RIGHT),
        _prose(LEFT + 24, 100 + PITCH, "Defines the level of compression used for the responses of", True),
        _prose(LEFT + 24, 100 + 2 * PITCH, "this server, from none at all to the best one.", False),
    ]
    (doc,) = parse_pdf(_page(lines, 300.0))
    assert (
        "– compression_level = none | default | best | 0..9 — Defines the level of compression used for"
        " the responses of this server, from none at all to the best one."
    ) in doc.text.split("\n\n")
    assert not [s for s in doc.spans if s.label == "code"]


def test_numbers_ending_a_sentence_under_a_word_in_capitals_stay():
    """yaws.pdf p. 66: "… e.g. {1,1} for HTTP" ¶ "1.1." cut as ``numbers_only``: the version ends
    the sentence its line broke inside, under an item's hung line; no page number or cell ends a
    line of prose so."""
    lines = [
        _prose(LEFT + 13, 100, "* Version — a tuple that gives the version of the protocol, for", True),
        _prose(
            LEFT + 24,
            100 + PITCH,
            "instance the pair of numbers the server writes out for version HTTP",
            True,
        ),
        _prose(LEFT + 24, 100 + 2 * PITCH, "1.1.", False),
    ]
    (doc,) = parse_pdf(_page(lines, 300.0))
    assert "the pair of numbers the server writes out for version HTTP 1.1." in doc.text
    assert not [s for s in doc.layers.get("removed", []) if (s.attrs or {}).get("why") == "numbers_only"]


def test_a_dash_item_under_an_items_second_paragraph_opens_the_next_item():
    """yaws.pdf p. 64: "… would return {redirect_local, …}." + "– user = User:Password | … — Inside
    this directory …": the item's second paragraph, set in at the item's text, ends full; the dash an
    indent out under it opens the next item, as the dash under an item's first line does."""
    item, text = LEFT + 13, LEFT + 24
    lines = [
        _prose(item, 100, "– authmod = Module — If a module is defined here, it is called for every", True),
        _prose(text, 100 + PITCH, "request to this directory, and it returns true or false.", False),
        _prose(
            text,
            100 + PITCH + SKIP,
            "This can, for example, be used to check a cookie, and the module would",
            True,
        ),
        _prose(
            text,
            100 + 2 * PITCH + SKIP,
            "then return the page that asks for a password when the cookie is absent.",
            True,
        ),
        _prose(
            item,
            100 + 2 * PITCH + SKIP + ITEM_PITCH,
            "– user = Name:Password — Inside this directory, the user has access if",
            True,
        ),
        _prose(
            text,
            100 + 3 * PITCH + SKIP + ITEM_PITCH,
            "the password is given in the dialogue of the browser.",
            False,
        ),
    ]
    paragraphs = _paragraphs(lines)
    assert (
        "– user = Name:Password — Inside this directory, the user has access if the password is given in"
        " the dialogue of the browser."
    ) in paragraphs
    assert any(p.endswith("a password when the cookie is absent.") for p in paragraphs)
