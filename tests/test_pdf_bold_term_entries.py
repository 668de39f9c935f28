"""A description list whose terms are set in bold, run in with descriptions that open in lower case
(issue 15, check 64 row 2: phylobase.pdf's arguments, "**mrca** give a vector … extract the clade
containing these taxa" over "**node.subtree** give a node …", and its slots, "**tip.label** …" whose
hung last line "… will cause an error" stood over "**node.label** character vector …", each pair read
as one paragraph, the next term a word of the sentence before). Each entry, an item skip under the
one before, is a paragraph of its own, however its description ends; lines opening with a bold word
at the paragraph's pitch stay one paragraph. Pages hand-built, texts sloika's own; the expected
paragraphs are the entries as the page shows them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages, helvetica_width  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
LEFT, RIGHT = 72.0, 523.0
HANG = 25.0  # pt: an entry's wrapped lines stand this far right of its term
PITCH, ITEM_PITCH = 12.0, 20.0  # pt, baseline to baseline: a paragraph's lines, a list's entries
BOLD_WIDTHS = FONT_METRICS["Helvetica-Bold"][1]

INTRO = [  # justified but the last: the page's line pitch shows in them
    "A tree object holds the tree itself, the labels of its leaves and inner nodes and the data that",
    "go with them, one table row for each leaf or node; a tree read from a file keeps the order its",
    "edges were written in. The prune command keeps a part of a tree and the data of its leaves",
    "and nodes with it, and takes one of these arguments:",
]
ARGUMENTS = [  # term, description, where the line ends (None: its natural width)
    ("keep", "give a vector of leaf names or numbers to retain", None),
    ("drop", "give a vector of leaf names or numbers to remove", None),
    (
        "ancestor",
        "give a vector of node or leaf names or numbers; keep the clade holding these leaves",
        RIGHT - 4,
    ),
    ("below", "give a node by its name or number; keep the subtree that starts from this node", None),
]
AFTER = [
    "There are several ways to keep one clade of the tree, and each of them names it otherwise: by",
    "its leaves, by the node they all descend from, or by the leaves of the rest of the tree that are",
    "to be dropped. The data of the leaves and nodes kept are kept with them, in the order of the",
    "rows of the tree's table.",
]
SLOTS = [  # term, first line (justified), hung last line
    (
        "edges",
        "a two-column matrix of integers, one row for each edge of the tree, with the column",
        "names parent and child; see below for the rules the rows must follow.",
    ),
    (
        "leaf.labels",
        "a character vector of leaf labels, one for each leaf. The labels need not be unique,",
        "but matching data to the tree by labels that repeat in the tree will stop with an error",
    ),
    (
        "node.labels",
        "a character vector of node labels, one for each inner node, or empty. They need not",
        "be unique either, and no rule of the tree reads them.",
    ),
]


def _bold_width(text: str, size: float) -> float:
    """The width of ``text`` set in Helvetica-Bold at ``size``, from its AFM metrics."""
    return sum(BOLD_WIDTHS[char] for char in text) * size / 1000


def _entry_line(x: float, y: float, term: str, text: str, end: float | None = None) -> str:
    """A bold ``term`` at (x, y) and its description run in after it in Helvetica, in one text object
    as TeX sets them, stretched (``Tz``) to end at ``end`` where given."""
    width = _bold_width(term, 10) + helvetica_width(f" {text}", 10)
    scale = 100.0 if end is None else 100 * (end - x) / width
    return f"BT {scale:.2f} Tz /F2 10 Tf {x} {y} Td ({term}) Tj /F1 10 Tf ( {text}) Tj ET"


def _line(x: float, y: float, text: str, end: float | None = None) -> str:
    """``text`` in Helvetica at (x, y), stretched to end at ``end`` where given (a justified line)."""
    scale = 100.0 if end is None else 100 * (end - x) / helvetica_width(text, 10)
    return f"BT {scale:.2f} Tz /F1 10 Tf {x} {y} Td ({text}) Tj ET"


def _intro() -> tuple[list[str], float]:
    """The paragraph the list follows, and the baseline of the list's first entry."""
    lines = [_line(LEFT, 760 - PITCH * at, text, RIGHT) for at, text in enumerate(INTRO[:-1])]
    lines.append(_line(LEFT, 760 - PITCH * (len(INTRO) - 1), INTRO[-1]))
    return lines, 760 - PITCH * (len(INTRO) - 1) - ITEM_PITCH


def _after(y: float) -> list[str]:
    """The paragraph after the list, its first line indented, the first at baseline ``y``."""
    lines = [
        _line(LEFT + (15 if at == 0 else 0), y - PITCH * at, text, RIGHT)
        for at, text in enumerate(AFTER[:-1])
    ]
    return [*lines, _line(LEFT, y - PITCH * (len(AFTER) - 1), AFTER[-1])]


def _arguments_page() -> bytes:
    """The intro, the arguments an item skip apart, each on one line, and a paragraph after them."""
    lines, y = _intro()
    for term, text, end in ARGUMENTS:
        lines.append(_entry_line(LEFT, y, term, text, end))
        y -= ITEM_PITCH
    return "\n".join(lines + _after(y)).encode()


def _slots_page() -> bytes:
    """The intro, then the slots an item skip apart, each a justified first line opening with its
    term and a last line hung ``HANG`` pt in, then a paragraph after them."""
    lines, y = _intro()
    for term, first, last in SLOTS:
        lines += [_entry_line(LEFT, y, term, first, RIGHT), _line(LEFT + HANG, y - PITCH, last)]
        y -= PITCH + ITEM_PITCH
    return "\n".join(lines + _after(y)).encode()


def _paragraphs(page: bytes) -> list[str]:
    (doc,) = parse_pdf(font_pages([page], FONTS))
    return doc.text.split("\n\n")


def test_a_one_line_entry_ending_on_a_word_stops_before_the_next_bold_term():
    paragraphs = _paragraphs(_arguments_page())
    for term, text, _ in ARGUMENTS:
        assert f"{term} {text}" in paragraphs


def test_an_entry_whose_hung_last_line_ends_on_a_word_stops_before_the_next_bold_term():
    paragraphs = _paragraphs(_slots_page())
    for term, first, last in SLOTS:
        assert f"{term} {first} {last}" in paragraphs


def test_a_bold_word_opening_a_line_at_the_paragraphs_pitch_goes_on_its_paragraph():
    first = "that pruned trees keep their data: the data of each leaf kept stays with it, and so does that of"
    second = "the inner nodes kept, so one table can be matched to the pruned tree as before."
    page = "\n".join(
        [_entry_line(LEFT, 760, "Note", first, RIGHT), _entry_line(LEFT, 760 - PITCH, "all", second)]
    )
    assert f"Note {first} all {second}" in _paragraphs(page.encode())
