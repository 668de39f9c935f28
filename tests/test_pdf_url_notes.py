"""Sphinx's URL footnotes (issue 15, the thirty-first check's row 1, a Sphinx→LaTeX manual): Sphinx
turns every link into a numbered footnote, set at the page's foot as a 6 pt number raised beside an
8 pt URL. pdfminer read the column of numbers apart from the column of URLs, so no foot line opened
with a mark: the marks stayed in the sentences as superscripts, the numbers were cut as
``numbers_only`` and the URLs stood as one paragraph where the page ended, between a lead-in and its
code. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, escaped, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

LINKS = [
    ("You need a documentation tool", "1", " and a notebook server", "2", " to read the notebooks."),
    ("The package is on the package index", "3", " and on the community channel", "4", "."),
    ("The settings are explained in the manual of the tool", "5", ", see its options", "6", "."),
]
LEAD = "You can also be more specific:"
CODE = "suppress_warnings = ['nbsphinx.localfile']"
URLS = [
    "https://tool.example.org/",
    "https://notebook.example.org/",
    "https://index.example.org/project/nbsphinx",
    "https://channel.example.org/nbsphinx",
    "https://tool.example.org/usage/configuration.html#confval-suppress_warnings",
    "https://tool.example.org/man/build.html#cmdoption-W",
]
OVERLEAF = "The next page goes on with the text of the manual and its examples."


def _linked(y: float, parts: tuple[str, ...]) -> bytes:
    """A 10 pt line whose odd parts are 6 pt marks raised 4 pt, as Sphinx's LaTeX sets a link's
    footnote mark."""
    shows = [
        (b"/F1 6 Tf 4 Ts (%s) Tj 0 Ts" if at % 2 else b"/F1 10 Tf (%s) Tj") % escaped(part)
        for at, part in enumerate(parts)
    ]
    return b"BT 72 %.1f Td %s ET" % (y, b" ".join(shows))


def _url_note(y: float, mark: str, url: str) -> bytes:
    """A note: its 6 pt number raised 5 pt (its box lower half over the URL's upper half: pdfminer
    reads it apart) and set flush right before the 8 pt URL at 88.7 pt."""
    width = 3.34 * len(mark)
    return b"BT /F1 6 Tf %.2f %.1f Td (%s) Tj ET\n" % (
        86.5 - width,
        y + 5,
        mark.encode(),
    ) + b"BT /F1 8 Tf 88.7 %.1f Td (%s) Tj ET" % (y, escaped(url))


def _manual_pages() -> bytes:
    """Two A4 pages: page 1 ends on a lead-in over its code, with six URL notes at its foot."""
    first = [_linked(780 - 14 * at, parts) for at, parts in enumerate(LINKS)]
    first.append(b"BT /F1 10 Tf 72 720 Td (%s) Tj ET" % escaped(LEAD))
    first += [_url_note(180 - 9.6 * at, str(at + 1), url) for at, url in enumerate(URLS)]
    second = [
        b"BT /F2 10 Tf 72 780 Td (%s) Tj ET" % escaped(CODE),
        b"BT /F1 10 Tf 72 750 Td (%s) Tj ET" % escaped(OVERLEAF),
    ]
    return font_pages([b"\n".join(first), b"\n".join(second)], [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_url_notes_read_apart_from_their_numbers_go_after_their_paragraphs_and_their_marks_are_cut():
    """The manual: "nbsphinx is a Sphinx¹ extension …", "You can also be more specific:" /
    "https://…#confval-html_show_sourcelink https://…" / "suppress_warnings = [", the notes' numbers
    cut as ``numbers_only``. Each note follows the paragraph of its mark, the lead-in its code."""
    parsed = parse_pdf(_manual_pages())[0]
    assert (
        parsed.text.split("\n\n")
        == [
            "You need a documentation tool and a notebook server to read the notebooks. The package is on"
            " the package index and on the community channel.",  # a line ending short ends its paragraph
            *URLS[:4],
            "The settings are explained in the manual of the tool, see its options.",
            *URLS[4:],
            LEAD,
            CODE,
            OVERLEAF,
        ]
    )
    notes = [(s.attrs["mark"], parsed.text[s.start : s.end]) for s in parsed.spans if s.label == "footnote"]
    assert notes == [(str(at + 1), url) for at, url in enumerate(URLS)]
    marks = [s.attrs["text"] for s in parsed.layers["removed"] if s.label == "footnote_mark"]
    assert marks == ["1", "2", "3", "4", "5", "6"]
    assert not [s for s in parsed.layers["removed"] if s.label == "numbers_only"]


def test_small_numbered_lines_whose_numbers_the_page_does_not_raise_stay_in_the_text():
    """A small numbered list at a page's foot (a table's notes "1 …", "2 …") whose numbers no line of
    the page raises as a mark is no footnote, however its numbers were read."""
    plain = [
        b"BT /F1 10 Tf 72 %.1f Td (%s) Tj ET" % (780 - 14 * at, escaped("".join(parts[::2])))
        for at, parts in enumerate(LINKS)
    ]
    plain += [_url_note(180 - 9.6 * at, str(at + 1), url) for at, url in enumerate(URLS[:2])]
    parsed = parse_pdf(font_pages([b"\n".join(plain)], [(b"F1", HELVETICA)]))[0]
    assert not [s for s in parsed.spans if s.label in {"footnote", "footnotes"}]
    assert all(url in parsed.text for url in URLS[:2])
