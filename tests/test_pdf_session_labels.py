"""A session's prompt labels set in a column left of its inputs (issue 15, fifty-ninth held-out
check row 5, pdiff-doc.pdf: a Maxima session typeset through TeX, each input "(c4)" in typewriter
beside its label, its output "(d4)" a display centred under it). The page's content draws the
labels' column first, then each input and its output; pdfminer read them so, and each display,
written where it stood, went after the prose line over it, the output's label: both outputs stood
before both inputs. Each output stays under its own input; a short input over its output ("e, g =
h;", its letters one a word) stays code; the labels, letters and digits only, go as fragments.
Expected texts typed by hand from the fixture."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    code_line,
    math_row,
    math_spans,
    one_page,
    tex_font,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 102 /f 120 /x 121 /y")

LEAD = [
    "Setting the option variable to false (either locally or globally) keeps the derivatives",
    "as they were",
]
FIRST = "diff(f(x),x), use_pdiff : false;"
SECOND = "e, g = h;"
LAST = "Taylor polynomials of unknown functions can be found in the same way without a gradient."
LABELS = [(600, "(c4)"), (586, "(d4)"), (530, "(c5)"), (516, "(d5)")]


def _display(y: float, name: str, argument: str, first: str, second: str) -> list[bytes]:
    """ "name(argument) = first + second" set at ``y`` from x = 250, its letters in math italic."""
    return [
        math_row(250, y, name),
        text_row(254, y, "("),
        math_row(257.3, y, argument),
        text_row(261.3, y, ") = "),
        math_row(277, y, first),
        text_row(281, y, " + "),
        math_row(292.4, y, second),
    ]


def _session_page() -> bytes:
    """The lead-in, the labels' column, then the first input and its display, the second and its
    display, then the prose under the session: the order the content sets them in."""
    parts = [text_row(72, 654, LEAD[0]), text_row(72, 640, LEAD[1])]
    parts += [text_row(90, y, label) for y, label in LABELS]
    parts += [code_line(150, 600, FIRST, 10), *_display(570, "f", "x", "a", "b")]
    parts += [code_line(150, 530, SECOND, 10), *_display(500, "f", "y", "b", "a")]
    parts.append(text_row(72, 450, LAST))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER), (b"M", CMMI)])


def test_each_output_stays_under_its_own_input():
    (doc,) = parse_pdf(_session_page())
    assert doc.text == f"{' '.join(LEAD)}\n\n{FIRST}\n\nf(x) = a + b\n\n{SECOND}\n\nf(y) = b + a\n\n{LAST}"
    assert math_spans(doc) == ["f(x) = a + b", "f(y) = b + a"]
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"] == [FIRST, SECOND]
    fragments = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "fragment"]
    assert sorted(fragments) == sorted(label for _, label in LABELS)
