"""A listing's raised footnote mark and the bracket a listing draws under its code (issue 15,
sixty-second held-out check: asn1c-usage.pdf's "/* Note this 0¹! */" left the reader's own mark in
the text, and the whole manual was rejected as a reader error; its underbracket under "rect = 0",
drawn in Latin Modern Math's "⎵" glyphs, read "rect = 0⎵⎵⎵⎵;")."""

from __future__ import annotations

from pdf_objects import HELVETICA, code_lines, font_pages, helvetica_width, one_page, tex_font

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
PROSE = [
    "Here is the simplest example of decoding a buffer into a structure, with the",
    "pointer to the structure set to zero before the decoder is called on it:",
]
AFTER = [
    "The code above defines a function which takes a buffer and its length and",
    "returns a pointer to the structure, or zero where the decoding has failed.",
]
NOTE = "Forgetting to initialize the pointer is a major source of support requests."


def _text(x: float, y: float, text: str, font: bytes = b"F1", size: float = 10) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()
    return b"BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET" % (font, size, x, y, escaped)


def _listing_page(code: list[bytes], fonts: list[tuple[bytes, bytes]] | None = None) -> bytes:
    """Two lines of prose, the ``code`` lines (9 pt Courier, 11 pt apart from y 650 down), two lines
    of prose under them and, at the foot, the note the mark points at; ``fonts`` the code draws
    with besides Helvetica (/F1) and Courier (/F2)."""
    parts = [_text(72, 700 - 14 * at, text) for at, text in enumerate(PROSE)]
    parts += code
    parts += [_text(72, 560 - 14 * at, text) for at, text in enumerate(AFTER)]
    parts += [_text(72, 103, "1", size=5.5), _text(75, 100, NOTE, size=8)]
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER), *(fonts or [])])


def _mono(x: float, y: float, text: str) -> bytes:
    return _text(x, y, text, b"F2", 9)


def test_a_raised_mark_in_a_code_comment_is_cut_as_a_footnote_mark():
    parsed = parse_pdf(_listing_page(_marked_listing()))[0]
    assert "/* Note this 0! */" in [line.strip() for line in code_lines(parsed)]
    marks = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"]
    assert marks == ["1"]
    (note,) = (s for s in parsed.spans if s.label == "footnote")
    assert parsed.text[note.start : note.end] == NOTE


def test_a_bracket_drawn_under_code_is_no_character_of_it():
    # four "⎵" of a math font (400 units wide: 3.6 pt at 9 pt), drawn after the line across
    # "rect = 0" on its baseline, as asn1c-usage.pdf's \underbracket is
    brackets = b" ".join(b"BT /F3 9 Tf %.2f 650 Td (A) Tj ET" % (90 + 6 * 5.4 + at * 3.6) for at in range(4))
    code = [_mono(90, 650, "Rect *rect = 0;") + b"\n" + brackets, _mono(90, 639, "rval = decode(&rect);")]
    parsed = parse_pdf(_listing_page(code, [(b"F3", tex_font(b"LatinModernMath-Regular", b"65 /uni23B5"))]))[
        0
    ]
    assert [line.strip() for line in code_lines(parsed)] == ["Rect *rect = 0;", "rval = decode(&rect);"]
    assert "\N{BOTTOM SQUARE BRACKET}" not in parsed.text


def _marked_listing() -> list[bytes]:
    """A listing whose comment raises note 1's mark, as asn1c-usage.pdf's "/* Note this 0¹! */"."""
    return [
        _mono(90, 650, "Rect *rect = 0;"),
        _mono(90, 639, "/* Note this 0")
        + b"\n"
        + _text(90 + 14 * 5.4, 642.5, "1", b"F2", 6)
        + b"\n"
        + _mono(90 + 14 * 5.4 + 3.6, 639, "! */"),
        _mono(90, 628, "rval = decode(&rect);"),
    ]


def test_a_note_marked_in_a_listing_follows_the_listing_and_a_later_mark_keeps_its_own_note():
    # asn1c-usage.pdf: the notes marked in code comments were left to a footnotes section at the
    # document's end, and the next prose mark "1" (p. 15's "… doing the encoding¹") took p. 13's note
    later = "A later paragraph on the next page, which raises a note of its own here"
    second = "The later paragraph's own note, numbered one again on its page."
    page_two = b"\n".join(
        [
            _text(72, 700, later),
            _text(72 + helvetica_width(later, 10), 703.5, "1", size=5.5),
            _text(72, 686, "and goes on to its end."),
            _text(72, 103, "1", size=5.5),
            _text(75, 100, second, size=8),
        ]
    )
    page_one = b"\n".join(
        [
            *(_text(72, 700 - 14 * at, text) for at, text in enumerate(PROSE)),
            *_marked_listing(),
            *(_text(72, 560 - 14 * at, text) for at, text in enumerate(AFTER)),
            _text(72, 103, "1", size=5.5),
            _text(75, 100, NOTE, size=8),
        ]
    )
    parsed = parse_pdf(font_pages([page_one, page_two], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    text = parsed.text
    # as the page reads: the listing, its note, the prose after it; the later paragraph, its note
    assert text.index("rval = decode(&rect);") < text.index(NOTE) < text.index(AFTER[0])
    assert text.index(later[:30]) < text.index(second)
    notes = [(parsed.text[s.start : s.end], s.attrs["mark"]) for s in parsed.spans if s.label == "footnote"]
    assert notes == [(NOTE, "1"), (second, "1")]
    assert not [s for s in parsed.spans if s.label == "footnotes"]
