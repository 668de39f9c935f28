"""An R histogram drawn on the page with its labels (issue 15, the fifty-ninth check's row 2,
diptest-issues.pdf, an R vignette Ghostscript flattened): R sets the main title in bold over the
plot, the y axis's tick values turned and centred on their ticks, and the x axis title under the
tick values. Three titles and an axis title were kept as paragraphs of the text: the title's foot
lay inside the drawing's box, grown over the top tick value that rises past the axis's end; a
plotmath axis title split into more tokens than a label's words; and a title right under the code
that drew it was taken for the rest of that code's open call. Pages hand-built (bars, ticks and
values drawn as paths and text), words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    HELVETICA_BOLD,
    font_pages,
    helvetica_width,
    removed_texts,
    text_at,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", HELVETICA_BOLD)]
BEFORE = [
    "The monthly rainfall of every station is counted in sixty-four classes of equal width, and the",
    "histogram below shows how often each amount of rain was measured over the whole decade:",
]
CODE = "> hist(rain, breaks = 64)"
AFTER = [
    "Most months bring little rain, and a few storms account for the long tail on the right side;",
    "the next section takes the square root of the amounts to bring the tail closer to the rest.",
]
LEFT, WIDTH, HEIGHT = 180.0, 200.0, 150.0
TICK_SIZE = 6.4


def _value_width(text: str) -> float:
    """The width of a tick value in Helvetica at ``TICK_SIZE``."""
    return helvetica_width(text, TICK_SIZE)


def _histogram(top: float, title: str, x_title: str = "rain") -> list[str]:
    """A histogram 200 pt wide and 150 high under ``top``: twenty bars, an x axis under them with four
    tick values, a y axis left of them with four values turned to read upward and centred on their
    ticks (the top one rising past the axis's end, as R sets it), ``x_title`` (9 pt) under the
    x axis's values, and ``title`` in bold 12 pt centred over the bars, its baseline 4 pt over them."""
    bottom = top - HEIGHT
    drawn = [f"{LEFT + 10 * at} {bottom} 10 {HEIGHT * (20 - at) / 20} re S" for at in range(20)]
    for at in range(4):
        x = LEFT + 20 + 50 * at
        drawn += [
            f"{x} {bottom - 7} m {x} {bottom - 11} l S",
            text_at(x - 6, bottom - 20, f"0.{at + 1}0", TICK_SIZE),
        ]
        y, value = bottom + 50 * at, str(500 * at)
        drawn.append(f"{LEFT - 7} {y} m {LEFT - 11} {y} l S")
        drawn.append(
            f"BT /F1 {TICK_SIZE} Tf 0 1 -1 0 {LEFT - 14} {y - _value_width(value) / 2} Tm ({value}) Tj ET"
        )
    drawn.append(f"{LEFT - 7} {bottom} m {LEFT - 7} {top} l S")
    drawn.append(text_at(LEFT + 100 - helvetica_width(x_title, 9) / 2, bottom - 36, x_title, 9))
    drawn.append(text_at(LEFT + 100 - helvetica_width(title, 12) * 1.05 / 2, top + 4, title, 12, "F3"))
    return drawn


def _page(code: list[str], plot: list[str]) -> list[str]:
    """Prose, the ``code`` row's pieces, ``plot`` and prose again."""
    page = [text_at(72, 740 - 12 * at, line) for at, line in enumerate(BEFORE)]
    page += code + plot
    page += [text_at(72, 480 - 12 * at, line) for at, line in enumerate(AFTER)]
    return page


def _parse(page: list[str]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode()], FONTS))
    return doc


def test_a_title_beside_the_top_tick_value_goes_with_its_histogram():
    """diptest-issues.pdf p. 3: "Histogram of replicate(10'000, dip(runif(5))))" in bold over its
    histogram, its foot beside the y axis's turned top value "3500", which rises past the axis's
    end, was kept as a heading over the next paragraph. The drawing's box is grown over its tick
    values, so the title's foot lay inside it; rising out of the box's top, centred on it, it is
    the plot's title. The same words at the text's margin, off the plot's centre, stay."""
    title = "Histogram of monthly rain"
    doc = _parse(_page([text_at(72, 710, CODE, 10, "F2")], _histogram(680, title)))
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, " ".join(AFTER)]
    assert sorted(removed_texts(doc, "figure")) == [title, "rain"]
    plot = [part for part in _histogram(680, title) if "F3" not in part] + [text_at(72, 684, title, 12, "F3")]
    aside = _parse(_page([text_at(72, 710, CODE, 10, "F2")], plot))
    assert title in aside.text.split("\n\n")


def test_a_plotmath_axis_title_of_many_tokens_goes_with_its_histogram():
    """diptest-issues.pdf p. 4: the x axis title "Dip D₁₁(U([0, 1])) B = 500'000 replicates", a
    plotmath expression whose brackets and signs split into seven tokens, one more than a label's
    words, was kept as a paragraph under the plot. Centred under its tick values, it is the axis's
    title, which R sets on one line however long, as a main title."""
    x_title = "Rain R(U([0, 1])) of n = 120 months"
    doc = _parse(_page([text_at(72, 710, CODE, 10, "F2")], _histogram(680, "Rainfall", x_title)))
    assert doc.text.split("\n\n") == [" ".join(BEFORE), CODE, " ".join(AFTER)]
    assert sorted(removed_texts(doc, "figure")) == [x_title, "Rainfall"]


def test_a_title_under_the_code_that_drew_it_goes_with_its_histogram():
    """diptest-issues.pdf p. 3: 'R> hist(D8, breaks=128, main = "Histogram of' (pdfminer parted the
    row at the listing's two spaces) stood right over the title "Histogram of replicate(10'000,
    dip(runif(8))))", whose string closes one bracket more than it opens; the title was taken for
    the rest of the code's open call and kept. A monospaced line's brackets are the listing's: a
    line in another face closes none of them."""
    title = "Histogram of sqrt(rain))"
    code = '> hist(rain, main = "Histogram of'
    rest = 'sqrt(rain))")'
    row = [text_at(72, 692, code, 10, "F2"), text_at(72 + 6 * (len(code) + 2), 692, rest, 10, "F2")]
    doc = _parse(_page(row, _histogram(672, title)))
    assert doc.text.split("\n\n")[0] == " ".join(BEFORE)
    assert doc.text.split("\n\n")[-1] == " ".join(AFTER)
    assert title not in doc.text
    assert title in removed_texts(doc, "figure")
