"""Displays cut beside the sentences around them (issue 15, issue-markov2: r-cran vignettes).
compiledCode.pdf's system "dz/dt = i · z" over "dw/dt = −i · w · w · z" was cut whole, its
fractions' parts of two letters read as a word written down the margin (``letter_column``) and its
rows, each a fraction beside its relation, read as six; markovchain's "which simplifies to", the
last line of a page, ran into "Using Bayes’ theorem, …" under the display cut atop the next page.
Pages hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, math_row, one_page, removed_texts, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(
    b"KBOUDP+CMMI10",
    b"40 /parenleft 41 /parenright 43 /plus 80 /P 97 /a 98 /b 99 /c 100 /d 116 /t 119 /w 122 /z",
)
FONTS = [(b"F1", HELVETICA), (b"M", CMMI)]

LEAD = "A small system is solved in every example of this note, and the one used here reads"
WHERE = "where both of its variables start from the values that the next lines of the note give."
EVIDENCE = [
    "The evidence of a small model is the integral of its likelihood over every value that",
    "its parameters may take, weighed by the prior that the model puts on each of them,",
    "which simplifies to",
]
POSTERIOR = [
    "Using the theorem of Bayes, the posterior of the model is then a product of the same kind,",
    "one factor for each of its states, which the next section writes out in full for a chain.",
]


def _rule(x0: float, x1: float, y: float) -> bytes:
    """A fraction's bar, as TeX draws it: a filled rectangle 0.4 pt high."""
    return b"%.1f %.1f %.1f 0.4 re f" % (x0, y, x1 - x0)


def _equation(y: float, over: str, under: str, value: str) -> list[bytes]:
    """ "over/under = value" on the axis ``y``: the fraction's parts over and under its bar."""
    return [
        math_row(250, y + 8.5, over),
        _rule(249, 259, y + 4.5),
        math_row(250, y - 8.5, under),
        text_row(262, y, "= "),
        math_row(272, y, value),
    ]


def test_a_system_of_fractions_stays_one_equation_a_line():
    """ "dz/dt = z" over "dw/dt = w": each row a fraction of two-letter parts beside its relation,
    kept in the text one equation a line between the sentences around it."""
    content = [text_row(72, 520, LEAD), *_equation(490, "dz", "dt", "z"), *_equation(462, "dw", "dt", "w")]
    content.append(text_row(72, 430, WHERE))
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    assert doc.text == f"{LEAD}\n\ndz/dt = z\ndw/dt = w\n\n{WHERE}"
    assert removed_texts(doc, "letter_column") == []


def _parts(x: float, y: float, over: str, under: str) -> list[bytes]:
    """ "over" and "under" stacked about the axis ``y``, with no bar: no fraction the reader can write."""
    return [math_row(x, y + 8.5, over), math_row(x, y - 8.5, under)]


def test_a_display_cut_atop_a_page_parts_the_sentences_around_it():
    """ "… which simplifies to" ends page 1; page 2 opens with a display of two stacks side by side
    (no bar: no line to write it as, so it is cut whole as an aligned block) over "Using the theorem
    of Bayes, …". The display's place is a paragraph break: the sentence that led into it is not run
    into the one after it."""
    first = [text_row(72, 760 - 14 * at, line) for at, line in enumerate(EVIDENCE)]
    second = [math_row(240, 700, "P"), text_row(246, 700, "= ")]
    second += [
        *_parts(259, 700, "a(b) + c(d)", "b(a) + d(c)"),
        *_parts(321, 700, "c(d) + a(b)", "d(c) + b(a)"),
    ]
    second += [text_row(72, 670 - 14 * at, line) for at, line in enumerate(POSTERIOR)]
    (doc,) = parse_pdf(font_pages([b"\n".join(first), b"\n".join(second)], FONTS))
    assert doc.text == " ".join(EVIDENCE) + "\n\n" + " ".join(POSTERIOR)
    assert removed_texts(doc, "math") == ["a(b) + c(d) c(d) + a(b) P= b(a) + d(c) d(c) + b(a)"]
