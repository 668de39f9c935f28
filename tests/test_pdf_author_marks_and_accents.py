"""A paper's author line, a justified reference read in pieces, and accents drawn before their letter
(issue 15, the forty-eighth check's JOSS drafts, issue-jossauth). The Open Journals' template sets an
ORCID icon between each author's name and the raised affiliation numbers, so pdfminer read the
marks apart from the name: "Isi ²" kept a space, and a mark alone on its row's end ("Varma" + "4")
was cut as ``numbers_only``. A reference's justified lines, each read in two pieces, came out of
order ("… Hands-" / "Intelligence Magazine …" / "on bayesian …"). unicode-math's macron over "𝚤" is
a zero-width U+0304 drawn before its letter: "pixel ̄𝚤". Names, references and sentences are
sloika's own; expected texts typed by hand from the page as printed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pdfminer.fontmetrics import FONT_METRICS

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages, helvetica_line, helvetica_width  # noqa: E402
from test_pdf_prose import chars  # noqa: E402

from sloika.pipelines.formats.pdf import numbered_items_lined, parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_accents import _accents_combined  # noqa: E402
from sloika.pipelines.formats.pdf_debris import debris_reason  # noqa: E402
from sloika.pipelines.formats.pdf_display_formulas import _written  # noqa: E402
from sloika.pipelines.formats.pdf_glyphs import TEX_MATH_FONT  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_spacing import _spaced_text  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]
BODY = [
    "The package reads tables of measurements from many instruments and writes them to one common",
    "format that later steps of an analysis can share. It checks units, fills gaps where a reading",
    "failed, and keeps a record of every change it made so that a result can be traced to its source.",
]
ICON = 16.0  # pt: the gap an icon and its spaces leave between a name and its raised affiliation numbers


def _bold(x: float, y: float, text: str) -> str:
    return f"BT /F2 12 Tf {x:.2f} {y} Td ({text}) Tj ET"


def _mark(x: float, y: float, marks: str, after: str = "") -> str:
    """``marks`` in 8 pt raised 4.5 pt at ``x`` on the baseline ``y``, then ``after`` in the names' type."""
    return f"BT /F2 8 Tf {x:.2f} {y} Td 4.5 Ts ({marks}) Tj /F2 12 Tf 0 Ts ({after}) Tj ET"


def _end(x: float, text: str, size: float = 12) -> float:
    """Where ``text`` set in Helvetica-Bold at ``size`` from ``x`` ends."""
    return x + sum(FONT_METRICS["Helvetica-Bold"][1][char] for char in text) * size / 1000


def _author_rows() -> list[str]:
    """Two rows of authors, "Dana Whitfield ¹, Lee Okonkwo ², Priya Natarajan ³, and Mira" /
    "Castellano ⁴,⁵", each mark an icon's width after its name, the first row as wide as the text."""
    rows, x = [_bold(72, 740, "Dana Whitfield")], _end(72, "Dana Whitfield") + ICON
    for marks, after in (("1", ", Lee Okonkwo"), ("2", ", Priya Natarajan"), ("3", ", and Mira")):
        rows.append(_mark(x, 740, marks, after))
        x = _end(_end(x, marks, 8), after) + ICON
    rows += [_bold(72, 726, "Castellano"), _mark(_end(72, "Castellano") + ICON, 726, "4,5")]
    return rows


def _parse(lines: list[str]):
    (doc,) = parse_pdf(font_pages(["\n".join(lines).encode()], FONTS))
    return doc


def test_raised_affiliation_marks_set_apart_from_names_go_with_them():
    """Every mark is its name's, with no space before it, the last row's "4,5" too."""
    page = ["BT /F1 17 Tf 72 770 Td (Reading Instrument Tables) Tj ET", *_author_rows()]
    page += [f"BT /F1 10 Tf 72 {690 - 12 * at} Td ({line}) Tj ET" for at, line in enumerate(BODY)]
    doc = _parse(page)
    authors = "Dana Whitfield¹, Lee Okonkwo², Priya Natarajan³, and Mira Castellano⁴,⁵"
    assert doc.text.split("\n\n")[1] == authors
    assert not [span for span in doc.layers.get("removed", []) if span.attrs.get("why") == "numbers_only"]


AFFILIATIONS = [  # one paragraph of numbered affiliations set run in, wrapped where the line was full
    "1 Department of Chemistry, Northern Technical University, Lakeside, Canada 2 Institute of",
    "Measurement, Southern College, Rivertown, United States 3 Laboratory for Applied Data,",
    "Harbour City, Norway",
]


def test_numbered_affiliations_set_run_in_are_a_line_each():
    """The title block's affiliations, "1 …, Canada 2 Institute of …", one paragraph on the page, the
    labels set in bold: a line each, as the labels part them. A number in a sentence stays."""
    page = ["BT /F1 17 Tf 72 770 Td (Reading Instrument Tables) Tj ET", *_author_rows()]
    last = len(AFFILIATIONS) - 1  # the paragraph's lines justified to 500 pt, its last one ragged
    page += [
        helvetica_line(72, 700 - 11 * at, line, 9, None if at == last else 500).decode()
        for at, line in enumerate(AFFILIATIONS)
    ]
    page += ["BT /F2 14 Tf 72 640 Td (Summary) Tj ET"]
    page += [f"BT /F1 10 Tf 72 {620 - 12 * at} Td ({line}) Tj ET" for at, line in enumerate(BODY)]
    doc = _parse(page)
    assert doc.text.split("\n\n")[2].split("\n") == [
        "1 Department of Chemistry, Northern Technical University, Lakeside, Canada",
        "2 Institute of Measurement, Southern College, Rivertown, United States",
        "3 Laboratory for Applied Data, Harbour City, Norway",
    ]
    assert numbered_items_lined("1 Introduction and step 2 of the method, then 3 more") == (
        "1 Introduction and step 2 of the method, then 3 more"
    )


REFERENCE = [  # (left piece, right piece): a justified entry's lines pdfminer reads in two pieces
    ("Moreau, L. V., Okafor, W. L., Brandt, F., & Sato, H.", "(2020). Hands-"),
    ("on probabilistic layers: a primer for practising engineers.", "Journal of Applied"),
]
LAST = "Modelling Letters, 17, 29-48. https://example.org/primer"


def _reference_page() -> bytes:
    """A reference list: one entry, then an entry whose first two lines are justified, each set as
    two pieces 0.8 em apart (a stretched space), a hanging indent under them, the right pieces drawn
    after the entry's lines, so pdfminer reads them as a box of their own; then one more entry.
    Entries 18 pt apart, lines 12."""
    starts = [72, 86]
    pairs = zip(starts, REFERENCE, strict=True)
    widths = [x + helvetica_width(f"{left} {tail}", 10) for x, (left, tail) in pairs]
    right = max(widths) + 12  # the longer line's pieces 0.8 em apart and its words a little stretched
    page = [helvetica_line(72, 760, "References", 14)]
    page += [helvetica_line(72, 736, "Abel, J. (2019). Tables in practice. Data Letters, 3, 1-9.", 10)]
    left_pieces, right_pieces = [], []
    for at, (left, tail) in enumerate(REFERENCE):
        x = right - helvetica_width(tail, 10)  # the left piece justified to end 0.8 em before it
        left_pieces.append(helvetica_line(starts[at], 718 - 12 * at, left, 10, x - 8))
        right_pieces.append(helvetica_line(x, 718 - 12 * at, tail, 10))
    page += [*left_pieces, helvetica_line(86, 694, LAST, 10), *right_pieces]
    page += [helvetica_line(72, 676, "Zeller, K. (2021). Units and their keepers. Data Letters, 5, 4-7.", 10)]
    return font_pages([b"\n".join(page)], FONTS)


def test_a_justified_reference_read_in_pieces_keeps_its_lines_in_order():
    """The entry's lines read in order, "Hands-on" joined, the entry one paragraph."""
    doc = parse_pdf(_reference_page())[0]
    assert doc.text.split("\n\n")[1:4] == [
        "Abel, J. (2019). Tables in practice. Data Letters, 3, 1-9.",
        "Moreau, L. V., Okafor, W. L., Brandt, F., & Sato, H. (2020). Hands-on probabilistic layers: a primer"
        " for practising engineers. Journal of Applied Modelling Letters, 17, 29-48. https://example.org/primer",
        "Zeller, K. (2021). Units and their keepers. Data Letters, 5, 4-7.",
    ]


def _zero_width(text: str, x: float, size: float = 10.0) -> SimpleNamespace:
    """A combining mark's glyph of no width at ``x``, as unicode-math's fonts set one."""
    glyph = SimpleNamespace(get_text=lambda: text, x0=x, x1=x, y0=365.0, y1=375.0)
    glyph.size, glyph.fontname = size, "ZYOLWS+NewCMMath-Book"
    return glyph


def test_a_combining_accent_drawn_before_its_letter_follows_it():
    """ "pixel ̄𝚤 is": the macron, no wider than nothing, drawn first and standing a little past the
    letter's right edge, is the letter's accent, after it. A combining acute drawn after its letter,
    at the next letter's left edge, stays its letter's ("é", composed), not the next one's."""
    line = chars([("pixel", 0.0), (" ", 0.0)])
    base = chars([("𝚤", 0.0)], line[-1].x1)
    line += [_zero_width("\u0304", base[0].x1 + 1.1), *base, *chars([(" ", 0.0), ("is", 0.0)], base[0].x1)]
    assert _spaced_text(_accents_combined(line), 10.0) == "pixel 𝚤\u0304 is"
    line = chars([("cre", 0.0)])
    line += [_zero_width("\u0301", line[-1].x1), *chars([("te", 0.0)], line[-1].x1)]
    assert _spaced_text(_accents_combined(line), 10.0) == "cr\u00e9te"


def _piece(text: str, x0: float, x1: float, top: float, size: float, glyphs=()) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 842.0, formula=True, glyphs=tuple(glyphs))


def test_a_sum_over_an_accented_letter_is_written_with_its_limit():
    """A display "(A ∗ C)(ī) = ∑_ā A(ī − ā)" read as its row and the sum's limit "ā" under the sign:
    the row's glyphs hold "ī" as one glyph of two characters; the limit, a letter with its accent,
    is a lone letter's debris, a piece of the display, written after the sum."""
    row = "(𝐴 ∗ 𝐶)(𝚤̄) = ∑ 𝐴(𝚤̄ − 𝑎̄)"
    signs = ["(", "𝐴", "∗", "𝐶", ")", "(", "𝚤̄", ")", "=", "∑"]
    glyphs = [(sign, 10.3, 746.7, 283.7 + 6 * at, 289.7 + 6 * at) for at, sign in enumerate(signs)]
    glyphs[-1] = ("∑", 10.3, 746.7, 342.2, 357.0)
    base = _piece(row, 283.7, 420.0, 736.4, 10.3, glyphs)
    limit = _piece("𝑎̄", 347.3, 351.8, 749.8, 7.2)
    assert debris_reason(limit, 10.0) == "lone_letter"
    assert _written([base, limit], []) == "(𝐴 ∗ 𝐶)(𝚤̄) = ∑_𝑎̄ 𝐴(𝚤̄ − 𝑎̄)"
    assert TEX_MATH_FONT.match("ZYOLWS+NewCMMath-Book") and TEX_MATH_FONT.match("LatinModernMath-Regular")
