"""A definition list whose items are identifiers (a Sphinx manual's "Benchmark Files": bold
labels "HF :", "HF-X :" over indented raw-file IDs "P0109699E18", "P0174319B7"; issue 15, the
forty-third check's row 03_pdf). Each ID's letter runs are one or two letters, so the reader cut
them as a drawing's ``fragment`` and the label "HF-X :" with them, leaving the labels over nothing.
All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

INTRO = "All samples were measured on the instruments named below, each in the same acquisition mode."
OUTRO = "The raw files are available from the public archive once the paper has been published."


def _line(x: float, y: float, text: str, font: str = "F1") -> bytes:
    return f"BT /{font} 10 Tf {x} {y} Td ({text}) Tj ET".encode()


def _page() -> bytes:
    """Bold labels at the margin, each over its identifiers indented one per line."""
    rows = [_line(72, 760, INTRO), _line(72, 736, "Machines:", "F2")]
    y = 722.0
    for label, items in (("HF :", ["Q0109699E18", "Q0109699E19"]), ("HF-X :", ["Q0174319B7", "Q0174319B8"])):
        rows.append(_line(72, y, label, "F2"))
        for item in items:
            y -= 14
            rows.append(_line(90, y, item))
        y -= 18
    rows.append(_line(72, y - 6, OUTRO))
    return font_pages([b"\n".join(rows)], [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)])


def test_identifiers_under_their_labels_are_kept():
    document = parse_pdf(_page())[0]
    assert document.text.split("\n\n") == [
        INTRO,
        "Machines:",
        "HF :",
        "Q0109699E18",
        "Q0109699E19",
        "HF-X :",
        "Q0174319B7",
        "Q0174319B8",
        OUTRO,
    ]
    assert not [s for s in document.layers.get("removed", []) if s.label == "fragment"]
