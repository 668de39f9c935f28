"""Key names drawn in boxes inside sentences (issue 15, the fifty-third check's row 2: sioyek's
tutorial.pdf, a LaTeX tutorial that draws each key it names as a small bevelled box round the key's
letters, set smaller than the text, "Press [o] to open …"). The boxes' sides ruled a one-cell table
round each key pdfminer read as a line of its own, so the key left its sentence ("o" ¶ "• Press
to open a new document …"), and their bevels, a drawing's marks, made the numbered heading over a
list of such keys a plot's title, cut as a figure's ("2. Command Palette"). Geometry after the
tutorial's pages; words sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages, helvetica_width, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
KEY_SIZE = 7.0  # pt: the key's letters, smaller than the 10 pt text
INTRO = "The viewer is driven from the keyboard: each key below does one thing, shown by its name."
PAD = 7.0  # pt: the box's side to the key's letters


def _key(x: float, y: float, name: str) -> tuple[bytes, float]:
    """A key ``name`` boxed at ``x`` on the baseline ``y`` as the tutorial draws one: an outer frame
    stroked and filled, an inner frame 2 pt in, two shadow strips filled between them and two bevel
    lines at each corner, the name in 7 pt inside; and where the box ends."""
    x1 = x + helvetica_width(name, KEY_SIZE) + 2 * PAD
    bottom, top = y - 5.8, y + 8.4
    drawn = [
        b"0.4 w 1 g %.1f %.1f %.1f %.1f re B 0 g" % (x, bottom, x1 - x, top - bottom),
        b"%.1f %.1f %.1f 2 re f" % (x + 1, bottom, x1 - x - 2),
        b"%.1f %.1f 2 %.1f re f" % (x1 - 2, bottom + 1, top - bottom - 2),
        b"%.1f %.1f %.1f %.1f re S" % (x + 2, bottom + 2, x1 - x - 4, top - bottom - 4),
    ]
    for cx, cy, dx, dy in ((x, top, 1, -1), (x1, top, -1, -1), (x, bottom, 1, 1), (x1, bottom, -1, 1)):
        drawn.append(b"%.1f %.1f m %.1f %.1f l S" % (cx, cy + dy, cx + 2 * dx, cy + 4 * dy))
        drawn.append(b"%.1f %.1f m %.1f %.1f l S" % (cx + dx, cy, cx + 4 * dx, cy + 2 * dy))
    drawn.append(text_row(x + PAD, y, name, KEY_SIZE))
    return b"\n".join(drawn), x1


def _sentence(y: float, parts: list[str], x: float = 94.0) -> bytes:
    """A line of ``parts``: plain text, and keys written "[name]", each boxed (``_key``), 3.5 pt from
    the words either side and 1.2 pt from a sign between two keys ("/", "+"), as the tutorial sets
    them; the pieces as separate text objects."""
    drawn = []
    for at, part in enumerate(parts):
        if part.startswith("["):
            key, x = _key(x + _gap(parts[at - 1 : at]), y, part[1:-1])
            drawn.append(key)
            x += _gap(parts[at + 1 : at + 2])
        else:
            drawn.append(text_row(x, y, part))
            x += helvetica_width(part, 10)
    return b"\n".join(drawn)


def _gap(beside: list[str]) -> float:
    """The gap between a key's box and the part ``beside`` it (none at the line's ends)."""
    return 1.2 if beside in (["/"], ["+"]) else 3.5


def _heading(y: float, text: str) -> bytes:
    return text_row(79.0, y, text, 14.3, font=b"F2")


def _parse(rows: list[bytes]) -> tuple[list[str], object]:
    (doc,) = parse_pdf(font_pages([b"\n".join(rows)], FONTS))
    return doc.text.split("\n\n"), doc


def test_a_boxed_key_is_a_word_of_its_sentence():
    """sioyek p. 1: "o" ¶ "• Press to open a new document or Shift + o …", "f8" ¶ "• Press to toggle
    dark mode.", "• Enter (press two times) …" ¶ "g" ¶ "gg": each key read in its place."""
    rows = [
        _sentence(785, [INTRO]),
        _heading(760, "1. Moving Around"),
        _sentence(
            735, ["• Press", "[o]", "to load another file or", "[Shift]", "+", "[o]", "to load a recent one."]
        ),
        _sentence(712, ["• Press", "[-]", "to see more of the page."]),
        _sentence(689, ["• Press", "[f8]", "to switch the colours."]),
        _sentence(666, ["• Enter", "[gg]", "(press", "[g]", "twice) to go to the first page."]),
    ]
    paragraphs, doc = _parse(rows)
    assert paragraphs == [
        INTRO,
        "1. Moving Around",
        "• Press o to load another file or Shift + o to load a recent one.",
        "• Press - to see more of the page.",
        "• Press f8 to switch the colours.",
        "• Enter gg (press g twice) to go to the first page.",
    ]
    assert not [span for span in doc.spans if span.label == "table"]


def test_a_line_of_keys_alone_is_a_word_of_its_sentence():
    """sioyek p. 2: "• Press" ¶ "n / Shift + n" ¶ "to go to the next/previous match.": pdfminer reads
    the keys and the signs between them as a line of their own, set mostly in the keys' size."""
    rows = [
        _sentence(785, [INTRO]),
        _heading(760, "3. Finding Words"),
        _sentence(
            735, ["• Press", "[n]", "/", "[Shift]", "+", "[n]", "to go to the next or the last match."]
        ),
    ]
    paragraphs, _ = _parse(rows)
    assert paragraphs == [
        INTRO,
        "3. Finding Words",
        "• Press n / Shift + n to go to the next or the last match.",
    ]


def test_a_heading_over_boxed_keys_is_no_plot_title():
    """sioyek pp. 2-5: "2. Command Palette", "5. Bookmarks", "8. Portals" and "10. Synctex" went to
    ``removed`` as ``figure`` (a plot's title over the keys' bevels) and their bullets ran on under
    the section before; and a key that is a punctuation mark, ":", hugged the word before it."""
    rows = [
        _sentence(770, [INTRO]),
        _heading(740, "2. Command Window"),
        _sentence(715, ["• Press", "[:]", "to list every command by its name"]),
        _sentence(692, ["• Press", "[b]", "to mark the place you are reading."]),
    ]
    paragraphs, doc = _parse(rows)
    assert paragraphs == [
        INTRO,
        "2. Command Window",
        "• Press : to list every command by its name",
        "• Press b to mark the place you are reading.",
    ]
    assert not [s for s in doc.layers.get("removed", []) if (s.attrs or {}).get("why") == "figure"]


def test_a_table_drawn_cell_by_cell_stays_a_table():
    """A frame round a word with a word beside it inside a frame of its own is a table's cell, no
    key in a sentence: a table whose every cell is stroked as a box of its own stays a table."""
    cells = [("o", "open a file"), ("q", "quit the viewer"), ("f", "find a word")]
    rows = [_sentence(785, [INTRO])]
    for at, (key, action) in enumerate(cells):
        y = 750 - 16 * at
        rows.append(b"0.4 w 100 %.1f 30 16 re S 130 %.1f 120 16 re S" % (y - 5, y - 5))
        rows.append(text_row(106, y, key) + b"\n" + text_row(136, y, action))
    rows.append(_sentence(690, ["The keys can be changed in the settings file of the viewer."]))
    paragraphs, doc = _parse(rows)
    assert [span.attrs["rows"] for span in doc.spans if span.label == "table"] == [
        [list(row) for row in cells]
    ]
    assert paragraphs[0] == INTRO
    assert paragraphs[-1] == "The keys can be changed in the settings file of the viewer."
