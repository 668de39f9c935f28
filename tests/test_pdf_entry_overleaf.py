"""A numbered reference list in a hanging indent (the number at the margin, the entry's text and its
next lines right of it) whose entry runs on past a full line ending in a colon (a publisher's place,
"Riga:", before the publisher's name): the entry's next line, on the same page or at the top of the
next one, has no number of its own and goes on the entry; a new entry or a heading at a page's top
stays apart (issue 15, the twenty-fourth held-out check's row 1). All texts are written for these
tests; the PDFs are built by hand (Helvetica, 10 pt, 12 pt lines, full lines justified to 520 pt)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 520.0  # where a full line ends


def _page(rows: list[tuple[float, str, bool]], top: float = 770.0) -> bytes:
    """Helvetica 10 pt lines (x, text, full), one every 12 pt from ``top`` down; a full line is
    justified to ``RIGHT``, an entry's last line ends where its words do."""
    return b"\n".join(
        helvetica_line(x, top - 12 * at, text, 10, RIGHT if full else None)
        for at, (x, text, full) in enumerate(rows)
    )


FIRST = [  # entries 1 and 2, entry 2's third line full and ending in "Riga:"
    (72.0, "References", False),
    (72.0, "1. Birch A. and Oak C. Counting the rings of old trees in the northern woods", True),
    (87.0, "of the valley. Journal of Forest Studies. 2001. Vol. 12. pp. 1-15.", False),
    (72.0, "2. Elm D. Optimal priorities for the access of stations to a shared local", True),
    (87.0, "network of a plant's control system. Proceedings of the Conference on", True),
    (87.0, "Local Computing Networks (LCN 88), held in the spring of that year. Riga:", True),
]
REST = (87.0, "Institute of Electronics of the Academy. 1988. Vol. 1. pp. 149-153.", False)
SECOND = [  # entries 3 and 4
    (72.0, "3. Fir E. A short book about the woods and the trees that grow in them.", True),
    (87.0, "Reading: Tree Press, 1986. 120 p.", False),
    (72.0, "4. Ash F. and Yew G. The leaves of the valley's trees in the autumn of the year", True),
    (87.0, "after the great storm. Trees and Their Leaves. 2010. Vol. 43. pp. 393-401.", False),
]
ENTRY_1 = (
    "1. Birch A. and Oak C. Counting the rings of old trees in the northern woods of the valley. "
    "Journal of Forest Studies. 2001. Vol. 12. pp. 1-15."
)
ENTRY_2 = (
    "2. Elm D. Optimal priorities for the access of stations to a shared local network of a plant's "
    "control system. Proceedings of the Conference on Local Computing Networks (LCN 88), held in "
    "the spring of that year. Riga:"
)
WHOLE_2 = f"{ENTRY_2} Institute of Electronics of the Academy. 1988. Vol. 1. pp. 149-153."
ENTRY_3 = (
    "3. Fir E. A short book about the woods and the trees that grow in them. "
    "Reading: Tree Press, 1986. 120 p."
)
ENTRY_4 = (
    "4. Ash F. and Yew G. The leaves of the valley's trees in the autumn of the year after the great "
    "storm. Trees and Their Leaves. 2010. Vol. 43. pp. 393-401."
)


def _paragraphs(pages: list[list[tuple[float, str, bool]]]) -> list[str]:
    (doc,) = parse_pdf(helvetica_pages([_page(rows) for rows in pages]))
    return doc.text.split("\n\n")


def test_an_entrys_line_after_a_colon_goes_on_the_entry_on_the_same_page():
    """The line after "Riga:", at the entry's text indent with no number, is the publisher: one
    entry, not a definition list's lead-in and its next term."""
    assert _paragraphs([[*FIRST, REST, *SECOND]]) == ["References", ENTRY_1, WHOLE_2, ENTRY_3, ENTRY_4]


def test_an_entrys_line_at_the_top_of_the_next_page_goes_on_the_entry():
    """Page 2 opens at the entries' text indent with no number: the rest of entry 2."""
    assert _paragraphs([FIRST, [REST, *SECOND]]) == ["References", ENTRY_1, WHOLE_2, ENTRY_3, ENTRY_4]


def test_an_entrys_line_goes_on_overleaf_where_the_margin_moved():
    """A two-sided layout sets page 2 twenty points right (its margin 92, the entries' text 107): the
    first line there, at that indent, is still entry 2's."""
    moved = [(x + 20.0, text, full) for x, text, full in [REST, *SECOND]]
    assert _paragraphs([FIRST, moved])[2] == WHOLE_2


def test_a_new_entry_or_a_heading_at_the_top_of_the_next_page_stays_apart():
    """A numbered entry at the margin, or a heading there, opens page 2: entry 2 ends at "Riga:"."""
    assert _paragraphs([FIRST, SECOND])[2:] == [ENTRY_2, ENTRY_3, ENTRY_4]
    heading = (72.0, "Further reading", False)
    assert _paragraphs([FIRST, [heading, *SECOND]])[2:] == [ENTRY_2, "Further reading", ENTRY_3, ENTRY_4]
