"""A session's outputs with no label of their own, each under its input (issue 15, fifty-ninth
held-out check row 5, pdiff-doc.pdf pp. 9–11: Maxima's ``tex(…)$`` inputs, each a typewriter line
beside its prompt "(c61)", their TeX output centred a skip and a line under it, 2–2.6 em down, and
no "(dNN)" label). The prompt's box reached a point lower than its input's, so the display, written
where it stood, went after the prompt, the lowest line over it and no code, and before the input:
"[f′, f′′, f′′′]" before "tex(makelist(pderivop(f,i),i,1,3))$". An output set in under its input,
less than ``OUTPUT_GAP`` em under it with nothing between, goes after the input's whole row. All
texts are written for the test; the expected text is typed by hand from the fixture."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 102 /f 120 /x 121 /y")

LEAD = [
    "When the option variable is true, functions of one variable are converted to TeX",
    "with primes, as the two inputs below show",
]
FIRST = "tex(makelist(g(x),x,1,2))$"
SECOND = "tex(makelist(h(y),y,1,2))$"
LAST = "The value of the option variable does not change functions of two or more variables."


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
    """The lead-in; each input's prompt (Helvetica, its box 0.3 pt lower than the input's: the
    baseline set so) and the input, its output 26 pt (2.6 em) under the input's baseline; the prose
    after: the order the content sets them in."""
    parts = [text_row(72, 654, LEAD[0]), text_row(72, 640, LEAD[1])]
    parts += [
        text_row(90, 599.7, "(c61)"),
        code_line(150, 600, FIRST, 10),
        *_display(574, "f", "x", "a", "b"),
    ]
    parts += [
        text_row(90, 539.7, "(c62)"),
        code_line(150, 540, SECOND, 10),
        *_display(514, "f", "y", "b", "a"),
    ]
    parts.append(text_row(72, 470, LAST))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER), (b"M", CMMI)])


def test_an_unlabelled_output_follows_its_input():
    (doc,) = parse_pdf(_session_page())
    assert doc.text == f"{' '.join(LEAD)}\n\n{FIRST}\n\nf(x) = a + b\n\n{SECOND}\n\nf(y) = b + a\n\n{LAST}"
