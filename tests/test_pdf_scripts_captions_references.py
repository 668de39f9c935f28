"""Scripts, captions and reference entries of a JSS-style vignette and a Russian XeLaTeX example (issue
15, the sixteenth check's rows 1 and 2): a subscript inside a raised exponent ("e^{iω₂/ω₁}") was cut
as a footnote mark; a word raised over a word ("что-то$^{где-то}$") was glued to it; the captions of
two consecutive figure pages ran into one paragraph; an author–year reference whose first line ends
in a full stop was split at its hanging indent ("… volume 1." / "Addison Wesley."). All texts here
are written for the tests (Latin letters: the rules do not depend on the script); the PDFs are built
by hand with Helvetica, lines justified to one measure with word spacing as TeX does."""

from __future__ import annotations

from pdf_objects import helvetica_page, helvetica_pages
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_line_record import MARK_OPEN
from sloika.pipelines.formats.pdf_lines import read_lines

WIDTHS = FONT_METRICS["Helvetica"][1]
MEASURE = 450.0  # pt: the column's width, from x = 72


def _line(text: str, y: float, x: float = 72.0, width: float | None = None) -> bytes:
    """A 10 pt Helvetica line at ``x``, ``y``; stretched to ``width`` by word spacing when given."""
    spacing = 0.0
    if width is not None:
        natural = sum(WIDTHS[char] for char in text) * 10 / 1000
        spacing = (width - natural) / text.count(" ")
    return b"BT /F1 10 Tf %.3f Tw %.2f %.2f Td (%s) Tj ET\n" % (spacing, x, y, text.encode("latin-1"))


def _runs(runs: list[tuple[str, float, float]], y: float = 700.0) -> bytes:
    """One line of Helvetica runs (text, size, baseline shift), each set at its own position as TeX
    moves to a script's baseline (not by text rise, which pdfminer leaves out of a glyph's matrix)."""
    content, x = b"", 72.0
    for text, size, shift in runs:
        content += b"BT /F1 %.1f Tf %.2f %.2f Td (%s) Tj ET\n" % (size, x, y + shift, text.encode("latin-1"))
        x += sum(WIDTHS[char] for char in text) * size / 1000
    return content


EXPONENT = _runs(
    [
        ("where q = e", 10, 0),
        ("iw", 7, 3.6),
        ("2", 5, 2.6),
        ("/w", 7, 3.6),
        ("1", 5, 2.6),
        ("; the other functions have similar definitions.", 10, 0),
    ]
)


def test_a_subscript_inside_a_raised_exponent_is_no_footnote_mark():
    """The "2" and "1" under their w's sit above the line's baseline but below their base's: they
    stay in the text as the exponent's digits, nothing goes to ``removed``."""
    pages, _, _ = read_lines(helvetica_page(EXPONENT))
    assert MARK_OPEN not in pages[0][0].text
    (doc,) = parse_pdf(helvetica_page(EXPONENT))
    assert doc.text == "where q = eiw2/w1; the other functions have similar definitions."
    assert not doc.layers.get("removed")


def test_a_digit_raised_over_its_word_is_still_a_mark():
    """The control: a small digit raised over the word before it is a footnote mark, as before."""
    content = _runs([("There are mistakes", 10, 0), ("2", 7, 3.6), (" in it.", 10, 0)])
    pages, _, _ = read_lines(helvetica_page(content))
    assert pages[0][0].text == f"There are mistakes{MARK_OPEN}2\ue001 in it."


def _raised(base: str, script: str, after: str) -> bytes:
    return _runs([(f"For example {base}", 10, 0), (script, 7, 3.6), (after, 10, 0)])


def test_a_word_raised_over_a_word_is_read_after_a_space():
    """ "some-thing" with "else-where" raised over its end reads as two words, as a subscript under
    a script does ("∑m j=1"), not "some-thingelse-where"."""
    (doc,) = parse_pdf(helvetica_page(_raised("some-thing", "else-where", " gives the two words.")))
    assert doc.text == "For example some-thing else-where gives the two words."


def test_a_raised_ending_on_a_capital_a_digit_or_one_letter_stays_glued():
    """ "Mme", "1st", "xab": a raised ending after a capital, a digit or a one-letter base is the
    base's own script, glued as before."""
    for base, script, expected in (
        ("M", "me", "Mme"),
        ("the 1", "st", "1st"),
        ("x", "ab", "xab"),
        ("the i", "th", "ith"),
    ):
        (doc,) = parse_pdf(helvetica_page(_raised(base, script, " is set so.")))
        assert expected in doc.text.split(), (expected, doc.text)


def test_two_figure_pages_keep_their_captions_apart():
    """Two figure pages, each with its caption; the first caption has no full stop. Each caption is a
    paragraph of its own, the prose after them another."""
    pages = [
        _line("Figure 2: Real part of the function. Note the second order poles at each lattice point", 300),
        _line("Figure 3: Visualization of the function using a colour scheme.", 300)
        + _line("The poles occur on a regular lattice, and the zeros on two shifted lattices.", 280),
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert doc.text.split("\n\n") == [
        "Figure 2: Real part of the function. Note the second order poles at each lattice point",
        "Figure 3: Visualization of the function using a colour scheme.",
        "The poles occur on a regular lattice, and the zeros on two shifted lattices.",
    ]


ENTRIES = [
    ("Edwards AWF (1992). Likelihood (Expanded Edition). Johns Hopkins.", 0),
    ("Feynman RP, Leighton RB, Sands M (1966). The Feynman Lectures on Physics, volume 1.", 0),
    ("Addison Wesley.", 1),
    ("Hankin RKS (2005). Introducing BACCO, an R package for Bayesian analysis of computer", 0),
    ("code output. Journal of Statistical Software, 14(16).", 1),
    ("R Development Core Team (2005). R: A language and environment for statistical computing.", 0),
    ("R Foundation for Statistical Computing, Vienna, Austria.", 1),
]


def test_a_reference_goes_on_at_its_hanging_indent_after_a_full_stop():
    """A JSS reference list (entries at the margin, their next lines 1.1 em in): an entry whose first
    line fills the measure and ends in a full stop goes on at the hanging indent."""
    content, y = b"", 712.0
    for text, indent in ENTRIES:
        y -= 12 if indent else 20  # more space between entries than within one
        full = not indent and not text.startswith("Edwards")
        content += _line(text, y, 72.0 + 11 * indent, MEASURE if full else None)
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text.split("\n\n") == [
        "Edwards AWF (1992). Likelihood (Expanded Edition). Johns Hopkins.",
        "Feynman RP, Leighton RB, Sands M (1966). The Feynman Lectures on Physics, volume 1. Addison Wesley.",
        "Hankin RKS (2005). Introducing BACCO, an R package for Bayesian analysis of computer code output."
        " Journal of Statistical Software, 14(16).",
        "R Development Core Team (2005). R: A language and environment for statistical computing."
        " R Foundation for Statistical Computing, Vienna, Austria.",
    ]


def test_an_indented_line_after_a_prose_sentence_starts_a_paragraph():
    """The control: a full prose line ending in a full stop, then a line indented 1.5 em, is a new
    paragraph (no author–year entry opens the first)."""
    content = (
        _line(
            "The zeta function is analytic except at the lattice of periods, where it has poles.",
            700,
            width=MEASURE,
        )
        + _line(
            "Jacobi approached the description of elliptic functions from another side, and",
            688,
            87.0,
            MEASURE - 15,
        )
        + _line("showed that the functions are elliptic with two periods of their own.", 676)
    )
    (doc,) = parse_pdf(helvetica_page(content))
    assert doc.text.split("\n\n") == [
        "The zeta function is analytic except at the lattice of periods, where it has poles.",
        "Jacobi approached the description of elliptic functions from another side, and"
        " showed that the functions are elliptic with two periods of their own.",
    ]
