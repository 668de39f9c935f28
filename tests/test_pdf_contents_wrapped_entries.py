"""A contents list without dot leaders whose entries are questions that wrap onto a second line,
over two pages (issue 15, thirty-fourth check, nut-doc's FAQ.pdf): the whole list leaves the text,
not its first entries only; a question wrapped onto a line of typewriter words is one heading."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, font_pages, text_at

from sloika.pipelines.formats.pdf import parse_pdf

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", HELVETICA_BOLD)]
ANSWER = "The answer to this question is given in the manual, and the notes below say what to check first."
# the contents pages: (x, text, font, page number beside it or None), a line every 28 pt, a wrapped
# entry's second line 12 pt under its first
FIRST_PAGE = [
    [(57, "1 Why does the daemon refuse to start when the machine boots?", "F3", "1")],
    [
        (57, "2 The clients say access denied. The device communication port (serial or USB)", "F3", None),
        (72, "permissions are fine, so what gives?", "F3", "1"),
    ],
    [(57, "3 Why does the monitor not do the daemon's work? I have to run THREE programs! 2", "F3", None)],
]
SECOND_PAGE = [
    [
        (57, "4 I get this error when building: make[4]: don't know how to make HP-UX/x.sh.", "F3", None),
        (72, "Stop", "F2", "2"),
    ],
    [(57, "5 Why is the mailing list ignoring me when I write to it?", "F3", "3")],
]
# the body: each question's heading (wrapped elsewhere than its entry, a hyphen at the break) over its
# answer; a piece right of the piece before it goes on that row
HEADINGS = [
    [(57, "1 Why does the daemon refuse to start when the machine boots?", "F3")],
    [
        (57, "2 The clients say access denied. The device communi-", "F3"),
        (77, "cation port (serial or USB) permissions are fine, so what gives?", "F3"),
    ],
    [(57, "3 Why does the monitor not do the daemon's work? I have to run THREE programs!", "F3")],
    [
        (57, "4 I get this error when building: make[4]: don't know how to", "F3"),
        (84, "make HP-UX/x.sh.", "F2"),
        (210, "Stop", "F2"),  # on the row before: its own piece, a wide gap apart
    ],
    [(57, "5 Why is the mailing list ignoring me when I write to it?", "F3")],
]


def _contents_page(entries: list[list[tuple[float, str, str, str | None]]], heading: bool) -> bytes:
    ops, y = ([text_at(57, 760, "Contents", 14, "F3")] if heading else []), 720.0
    for entry in entries:
        for at, (x, text, font, page) in enumerate(entry):
            line_y = y - 12 * at
            ops.append(text_at(x, line_y, text, 10, font))
            if page is not None:
                ops.append(text_at(540, line_y, page, 10, "F3"))
        y -= 28
    return "\n".join(ops).encode("cp1252")


def _body_page(headings: list[list[tuple[float, str, str]]]) -> bytes:
    ops, y = [], 780.0
    for heading in headings:
        for at, (x, text, font) in enumerate(heading):
            y += 18 if at and x > heading[at - 1][0] + 100 else 0
            ops.append(text_at(x, y, text, 12, font))
            y -= 18
        y -= 8
        for _ in range(2):
            ops.append(text_at(57, y, ANSWER, 10, "F1"))
            y -= 12
        y -= 20
    return "\n".join(ops).encode("cp1252")


def _faq() -> bytes:
    return font_pages(
        [
            _contents_page(FIRST_PAGE, heading=True),
            _contents_page(SECOND_PAGE, heading=False),
            _body_page(HEADINGS[:3]),
            _body_page(HEADINGS[3:]),
        ],
        FONTS,
    )


def test_wrapped_entries_and_the_next_page_go_with_the_contents():
    """Entry 2 wraps, entry 3 has its page number read onto its line, entry 4's second line is set in
    the typewriter font, and the list runs onto a page of its own without a heading: every entry is in
    a ``contents`` record, and the text opens with the first question's heading."""
    (parsed,) = parse_pdf(_faq())
    assert parsed.text.startswith("1 Why does the daemon refuse to start")
    records = "\n".join(span.attrs["text"] for span in parsed.layers["removed"] if span.label == "contents")
    for number in range(1, 6):
        assert records.count(f"\n{number} ") + records.startswith(f"{number} ") == 1, number
    assert "permissions are fine, so what gives?" in records
    assert "programs! 2" not in parsed.text
    assert parsed.text.count("I have to run THREE programs!") == 1
    assert parsed.text.count("Why is the mailing list ignoring me") == 1


def test_a_heading_wrapped_onto_typewriter_words_is_one_heading():
    """Heading 4 goes on at its hanging indent with a command in the typewriter font ("make
    HP-UX/x.sh.  Stop"): one section title, no code block under a cut heading."""
    (parsed,) = parse_pdf(_faq())
    titles = [span.attrs["title"] for span in parsed.spans if span.label == "section"]
    assert "4 I get this error when building: make[4]: don't know how to make HP-UX/x.sh. Stop" in titles
    assert not any(
        "Stop" in parsed.text[span.start : span.end] for span in parsed.spans if span.label == "code"
    )
