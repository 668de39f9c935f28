"""PDF reader fixes from the fortieth held-out check (issue 15, row 04: mutoss's simToolManual.pdf,
whose pages are each drawn whole in one Form XObject, its plots in forms nested in that one): the
plots' titles and legends kept as prose ("The following happend:" / "ecdf's of generated p−values" /
"p−values" / "all true false" / "1. Call myGen"), a subscript stacked under a superscript cut as
math ("… investigate EVn(BH) and EV²", "n (BH)." gone), a caption's last line "0.5" cut as a line of
numbers, and the caption it left unfinished carried two pages on into another figure's caption.
Pages hand-built with the manual's geometry, words sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (
    COURIER,
    HELVETICA,
    font_pages,
    helvetica_line,
    helvetica_width,
    pdf_of,
    removed_texts,
    stream,
    text_at,
)  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

PROSE = [
    "The simulation draws the data sets one after another and applies each procedure to every data",
    "set it draws. The plot below shows the empirical distribution of the generated p-values for the",
    "hypotheses that are true and for those that are false, and the diagonal marks the uniform law.",
]
AFTER = [
    "Each data set is kept together with the results of every procedure applied to it, so that any",
    "result can be reproduced later from the data set and the parameters stored with it.",
]
PLOT_BOX = b"/Type /XObject /Subtype /Form /BBox [120 350 470 650]"  # the plot's own box, in the page's
PLOT_WORDS = ["ecdf of generated values", "p-values", "all", "true", "false", "Fn(x)"]


def _plot() -> bytes:
    """An R plot as a form: a frame with ticks on two sides and a curve through 30 points, a bold
    title over it, a legend box with its title and three keys, tick values and axis titles."""
    drawn = ["0.5 w 160 400 280 220 re S"]
    drawn += [f"{160 + 56 * at} 400 m {160 + 56 * at} 395 l S" for at in range(6)]
    drawn += [f"160 {400 + 44 * at} m 155 {400 + 44 * at} l S" for at in range(6)]
    curve = " ".join(f"{165 + 9 * at} {405 + 7 * at} l" for at in range(1, 30))
    drawn.append(f"165 405 m {curve} S")
    drawn.append(text_at(230, 630, "ecdf of generated values", 9))
    drawn += ["360 520 70 50 re S", text_at(370, 560, "p-values", 7.6)]
    drawn += [text_at(385, 548 - 10 * at, key, 7.6) for at, key in enumerate(["all", "true", "false"])]
    drawn += [text_at(156 + 56 * at, 385, f"{at / 5:.1f}", 7.6) for at in range(6)]
    drawn += [text_at(140, 510, "Fn(x)", 7.6), text_at(298, 370, "x", 7.6)]
    return "\n".join(drawn).encode()


def _page_forms(pages: list[tuple[list[str], bytes | None]]) -> bytes:
    """An A4 PDF whose pages each draw one Form XObject over the whole page (its text, Helvetica as
    ``/F1``), that form drawing a plot's form nested in it where one is given, as a PDF's pages
    included whole in another are drawn (pdfpages)."""
    font = 3 + 4 * len(pages)
    kids = b" ".join(b"%d 0 R" % (3 + 4 * at) for at in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
    ]
    for at, (lines, plot) in enumerate(pages):
        form, nested = 5 + 4 * at, 6 + 4 * at
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /XObject << /Pg %d 0 R >> >> >>" % (form - 1, form)
        )
        objects.append(stream(b"q 1 0 0 1 0 0 cm /Pg Do Q"))
        content = "\n".join(lines).encode() + (b"\nq /Pl Do Q" if plot is not None else b"")
        head = b"/Type /XObject /Subtype /Form /BBox [0 0 595 842]"
        plot_form = b" /XObject << /Pl %d 0 R >>" % nested if plot is not None else b""
        objects.append(
            stream(content, head + b" /Resources << /Font << /F1 %d 0 R >>%s >>" % (font, plot_form))
        )
        objects.append(
            stream(plot, PLOT_BOX + b" /Resources << /Font << /F1 %d 0 R >> >>" % font) if plot else b"null"
        )
    return pdf_of([*objects, HELVETICA])


def test_a_plot_nested_in_a_page_drawn_as_a_form_is_a_figure():
    """A page drawn whole in one form is read as the page: the plot in a form nested in it is a
    figure, its title, legend and tick values go to ``removed`` as ``figure``, and the prose reads
    on past it ("… the uniform law." then "Each data set …", no "ecdf of generated values")."""
    first = [text_at(72, 770 - 12 * at, line) for at, line in enumerate(PROSE)]
    first += [text_at(72, 330 - 12 * at, line) for at, line in enumerate(AFTER)]
    first.append(text_at(290, 60, "4"))
    (doc,) = parse_pdf(_page_forms([(first, _plot())]))
    assert doc.text == " ".join(PROSE) + "\n\n" + " ".join(AFTER)
    figure = removed_texts(doc, "figure")
    assert all(word in figure for word in PLOT_WORDS), figure


RIGHT = 523.0  # the measure's right edge: justified lines end here
OPENING = "Let us increase the parameter rho of the data generating function gradually and investigate"


def _stacked_scripts(y: float) -> list[str]:
    """The paragraph's last line "EVn(BH) and EV²ₙ(BH).": the superscript set after V's italic
    correction (0.22 em, as cmmi10 sets it), the subscript under it at V's end, in 7 pt."""
    start = "EVn(BH) and EV"
    end = 72 + helvetica_width(start, 10)
    return [
        text_at(72, y, start),
        text_at(end + 2.2, y + 3.6, "2", 7),
        text_at(end, y - 2.5, "n", 7),
        text_at(end + helvetica_width("n", 7) + 0.4, y, "(BH)."),
    ]


def _script_lines() -> list[str]:
    return [helvetica_line(72, 700, OPENING, 10, RIGHT).decode("cp1252"), *_stacked_scripts(688)]


def _script_text() -> str:
    return OPENING + " EVn(BH) and EV² n(BH)."


def test_a_subscript_under_a_superscript_shifted_by_its_base_italic_correction_stays_on_its_line():
    """TeX sets V's superscript 0.22 em past the subscript under it (V's italic correction): the two
    are one stack, and the line goes on past it ("… and EV² n(BH)."), no line "n (BH)." cut as math."""
    (doc,) = parse_pdf(font_pages(["\n".join(_script_lines()).encode()], [(b"F1", HELVETICA)]))
    assert doc.text == _script_text()
    assert not removed_texts(doc, "math")


def test_a_stacked_script_on_a_page_drawn_as_a_form_stays_on_its_line():
    """On a page drawn whole in a form the line goes on past the stack as on any page."""
    (doc,) = parse_pdf(_page_forms([(_script_lines(), None)]))
    assert doc.text == _script_text()
    assert not removed_texts(doc, "math")


HISTOGRAM = "Figure 1: Histogram of the number of rejected true hypotheses for alpha equals"
# the figure's R code, set past the measure's right edge, as Sweave sets a long command
XYPLOT_CODE = [
    "> print(xyplot(V.Ml + V.M + V.Mu ~ rho | alpha, data = result$statisticDF,",
    "+     type = 'a', auto.key = list(space = 'right', points = FALSE, lines = TRUE)))",
]
XYPLOT = "Figure 3: XYPlot of the mean number of rejected true hypotheses with asymp-"


def test_a_caption_ending_on_a_number_keeps_it():
    """A caption's last line holding a number alone ("… for alpha equals" / "0.5") ends the
    caption: it is kept on it, not cut as a line of numbers."""
    lines = [helvetica_line(72, 770 - 12 * at, line, 10, RIGHT) for at, line in enumerate(PROSE[:2])]
    lines += [helvetica_line(72, 746, PROSE[2], 10)]
    lines += [helvetica_line(72, 420, HISTOGRAM, 10, RIGHT), text_at(72, 408, "0.5").encode()]
    lines += [text_at(290, 60, "11").encode()]
    (doc,) = parse_pdf(font_pages([b"\n".join(lines)], [(b"F1", HELVETICA)]))
    assert doc.text == " ".join(PROSE) + "\n\n" + HISTOGRAM + " 0.5"
    assert removed_texts(doc, "numbers_only") == []


def test_a_caption_its_page_ends_without_a_stop_goes_on_past_no_float():
    """A float is set whole on its page: a caption whose last line fills the measure without a stop
    closes its page, and the line in lower case under another figure's caption two pages on
    ("… with asymp-" / "totic 95% …", the caption's line short of the code's right edge) is that
    caption's, not this one's."""
    caption = [
        "Figure 1: Histogram of the number of rejected true hypotheses for each of the levels alpha",
        "of the procedure and for every correlation rho between the test statistics of the data sets",
    ]
    first = [helvetica_line(72, 770 - 12 * at, line, 10, RIGHT) for at, line in enumerate(PROSE)]
    first += [helvetica_line(72, 420 - 12 * at, line, 10, RIGHT) for at, line in enumerate(caption)]
    second = [text_at(72, 770, "> print(bwplot(V ~ rho | alpha, data = result))", font="F2").encode()]
    second.append(text_at(72, 420, "Figure 2: Boxplot of the number of rejected true hypotheses").encode())
    third = [text_at(72, 770 - 12 * at, line, font="F2").encode() for at, line in enumerate(XYPLOT_CODE)]
    third += [
        helvetica_line(72, 420, XYPLOT, 10, RIGHT),
        text_at(72, 408, "totic 95% confidence intervals").encode(),
    ]
    fourth = [helvetica_line(72, 770, AFTER[0], 10, RIGHT), text_at(72, 758, AFTER[1]).encode()]
    pages = [b"\n".join(page) for page in (first, second, third, fourth)]
    (doc,) = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert " ".join(caption) + "\n\n" in doc.text
    assert XYPLOT[:-7] + " asymptotic 95% confidence intervals\n\n" in doc.text
