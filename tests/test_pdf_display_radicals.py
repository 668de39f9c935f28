"""Roots in an aligned display kept in their sentence (issue 15: GyotoManual.pdf p. 21's eight rows
"r = √(x² + y² + z²)" over "rp = √(x² + y²)" over "θ = atan2(rp, z)" … were cut as `math`, "… such
as KerrKS as follows:" left over nothing). Pages hand-built, sentences sloika's own, expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# every glyph 400 units wide (4 pt at 10 pt), its box from 2.5 pt under its baseline to 7.5 pt over
CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 117 /u 118 /v 120 /x 121 /y")
CMSY = tex_font(b"KBOUDQ+CMSY10", b"112 /radical")

LEAD = "Every example of this note is a small problem, and its two lengths are worked out so:"
THEN = "The same problem is used in what follows as the one that every other method is tried on."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _root_row(y: float, name: str, first: str, second: str) -> list[bytes]:
    """``name = √(first² + second²)`` on the baseline ``y``, the sign at x = 256 a point over it, its
    bar drawn from the sign's top over the radicand, as TeX sets a root in a display."""
    return [
        text_row(240, y, name, 10, b"M"),
        text_row(244, y, " = "),
        text_row(256, y + 1, "p", 10, b"S"),
        b"260.00 %.2f 28.00 0.40 re f" % (y + 8.5),
        text_row(260, y, first, 10, b"M"),
        text_row(264, y + 3.5, "2", 7),
        text_row(267, y, " + "),
        text_row(279, y, second, 10, b"M"),
        text_row(283, y + 3.5, "2", 7),
    ]


def test_roots_one_under_another_each_keep_their_own_bar() -> None:
    """Two rows of roots, their signs at one place across: the bar of the upper root reaches within
    reach of the lower sign's top too. Each sign takes the bar at its own top, and the brackets the
    bar writes stand on the row, not raised as the radicand's last exponent is ("√(x² + y²⁾")."""
    rows = [*_root_row(476, "u", "x", "y"), *_root_row(462, "v", "a", "b")]
    content = b"\n".join([text_row(72, 500, LEAD), *rows, text_row(72, 438, THEN), text_row(72, 300, LAST)])
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]))
    assert doc.text == f"{LEAD}\n\nu = √(x² + y²)\nv = √(a² + b²)\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers
