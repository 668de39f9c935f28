"""A paragraph's indented first line that ends short because the next word, a long typewriter name,
did not fit is wrapped prose, not a stepped verse line (issue 15, check 43 E1 defect 2:
GyotoManual.pdf p. 29 "… make sure MyPlugin.C ends up compiled with" ¶ "lib/Minkowski.C (in this
example) into a single shared library called …")."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf

ROWS = [
    (90, "Likewise, you could register more metrics, astrophysical objects and spectra. Other"),
    (72, "examples can be seen in the two plug-in files of the main library, and in the other python"),
    (72, "plug-ins directory."),
    (90, "When building your plug-in, make sure your own file ends up compiled with"),
    (72, ""),
    (72, "libgyoto-myplugin.so, and drop this file somewhere where Gyoto will find it at run-time. It"),
    (72, "will try to open the plug-ins from the following locations in order."),
]


def _page() -> bytes:
    """12 pt Helvetica prose in a 467 pt column, its second paragraph's first line indented and
    ending 3 em short, the next line opening with "lib/Minkowski.C" in Courier (9 em wide)."""
    parts = [f"BT /F1 12 Tf {x} {700 - 14.4 * at} Td ({text}) Tj ET" for at, (x, text) in enumerate(ROWS)]
    parts[4] = (
        "BT /F2 12 Tf 72 642.4 Td (lib/Minkowski.C) Tj "
        "/F1 12 Tf ( \\(in this example\\) into a single shared library called) Tj ET"
    )
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_line_short_of_a_name_too_long_to_fit_goes_on_at_the_margin():
    paragraphs = parse_pdf(_page())[0].text.split("\n\n")
    assert paragraphs[1] == (
        "When building your plug-in, make sure your own file ends up compiled with lib/Minkowski.C (in this"
        " example) into a single shared library called libgyoto-myplugin.so, and drop this file somewhere"
        " where Gyoto will find it at run-time. It will try to open the plug-ins from the following"
        " locations in order."
    )
