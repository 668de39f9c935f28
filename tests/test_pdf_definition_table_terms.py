"""A definition table's terms inside the text block are no margin names (issue 15, GNU
standards.pdf's table of long options, bashref.pdf's `set` options and shell variables): on a page
of the table alone, Texinfo's ``@table`` sets each typewriter term at the document's prose margin
and its description an indent in, beside it. No roman line of that page starts at the terms' edge,
so the terms were taken for a .dtx manual's margin names and cut as `margin_note` records, and the
descriptions stood without them ("Used in GDB." twice, "‘-a’ in cp.")."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, font_pages, text_at

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    "Here is a table of long options used by the programs of the system. It is",
    "surely incomplete, but we aim to list all the options that a new program",
    "might want to be compatible with. If you use names not already in the",
    "table, please send the maintainers a list of them, with their meanings, so",
    "that the table can be updated. Each option is given with the short option",
    "that means the same thing in the programs that have one, or with the name",
    "of the programs that use it where the option has no short form at all.",
]
TABLE = [
    ("append", "Used in etags, tee and time to add to the files named."),
    ("archive", "Used in cp to copy a tree whole, with its attributes."),
    ("batch", "Used in the debugger to run without asking questions."),
    ("before", "Used in tac to attach the separator before each record."),
    ("binary", "Used in cpio and diff to read the files as bytes alone."),
]


def _prose_page() -> bytes:
    """A page of prose at the margin (x 72), 10 pt Helvetica."""
    return "\n".join(text_at(72, 760 - 14 * at, text) for at, text in enumerate(PROSE)).encode()


def _table_page() -> bytes:
    """The table alone: 10 pt Courier terms at the margin, their descriptions beside them at x 144."""
    parts = []
    for at, (term, description) in enumerate(TABLE):
        parts += [text_at(72, 760 - 18 * at, term, font="F2"), text_at(144, 760 - 18 * at, description)]
    return "\n".join(parts).encode()


def test_terms_at_the_prose_margin_stay_with_their_descriptions():
    pdf = font_pages([_prose_page(), _prose_page(), _table_page()], [(b"F1", HELVETICA), (b"F2", COURIER)])
    parsed = parse_pdf(pdf)[0]
    notes = [span.attrs["text"] for span in parsed.layers.get("removed", []) if span.label == "margin_note"]
    assert notes == []
    text = parsed.text
    for (term, description), (following, _) in zip(TABLE, [*TABLE[1:], ("", "")], strict=True):
        assert term in text
        assert text.index(term) < text.index(description)  # the term reads before its description
        if following:
            assert text.index(description) < text.index(following)


WIDE_TERM, SHORT_DESCRIPTION = "almost-all-files", "-A in ls."


def _table_with_wide_term_page() -> bytes:
    """A lead-in line at the margin, then the table with a term too wide for the indent alone on its
    row (16 Courier characters, to x 168) and its description under it at x 144."""
    parts = [text_at(72, 760, "The options that the programs of the system share are these:")]
    rows = [*TABLE[:2], (WIDE_TERM, ""), ("", SHORT_DESCRIPTION), *TABLE[2:]]
    for at, (term, description) in enumerate(rows):
        y = 736 - 16 * at
        parts += [text_at(72, y, term, font="F2")] if term else []
        parts += [text_at(144, y, description)] if description else []
    return "\n".join(parts).encode()


def test_short_description_under_its_term_is_no_fragment():
    """standards.pdf's "‘almost-all’" over "‘-A’ in ls.": the description, letters one or two a run,
    was cut as a `fragment` and the term stood alone over the next entry."""
    pages = [_prose_page(), _prose_page(), _table_with_wide_term_page()]
    parsed = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    fragments = [span.attrs["text"] for span in parsed.layers.get("removed", []) if span.label == "fragment"]
    assert fragments == []
    text = parsed.text
    assert text.index(WIDE_TERM) < text.index(SHORT_DESCRIPTION) < text.index(TABLE[2][0])
