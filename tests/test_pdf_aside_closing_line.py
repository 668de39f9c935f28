"""A sentence's mark inside a parenthesis that closes a line ("… is (finally!)") before a line going
on in lower case ("working thanks to …"): the aside ends there, not the sentence (issue 15, the
forty-fourth check's gl2ps version list). The reader took the "!)" for a sentence's end and broke
the entry in two at its hanging indent. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 400.0


def _entries(rows: list[tuple[str, bool]]) -> bytes:
    """``rows`` of (text, justified) in a version list: an entry's first line at the margin, its
    next lines at the description's hanging indent (2.5 em), each justified to ``RIGHT`` where asked;
    the entries 7.5 pt apart, as LaTeX's description list sets them."""
    lines, y = [], 700.0
    for text, justified in rows:
        entry = text[:1].isdigit()
        y -= 19.5 if entry else 12
        lines.append(helvetica_line(72.0 if entry else 97.0, y, text, 10, RIGHT if justified else None))
    return helvetica_page(b"\n".join(lines))


def test_a_mark_inside_a_closing_aside_goes_on_in_lower_case():
    page = _entries(
        [
            ("0.5 (Jan 22, 2002) Fixed the drawing of text lying outside the", True),
            ("viewport of the scene.", False),
            ("0.52 (Feb 14, 2002) New option for landscape pages.", False),
            ("0.6 (Nov 2, 2002) Changed the way the buffers are sorted before", True),
            ("they are written out to the file; revised the documentation of", True),
            ("every option that the library offers to its users.", False),
            ("0.7 (Dec 11, 2002) Occlusion culling of hidden polygons is (finally!)", True),
            ("working thanks to the great work of a new contributor; enhanced", True),
            ("the sorting of the primitives.", False),
            ("0.71 (Dec 13, 2002) Removed the comments left in the header by", True),
            ("mistake; added an example program to the distribution.", False),
        ]
    )
    assert parse_pdf(page)[0].text.split("\n\n") == [
        "0.5 (Jan 22, 2002) Fixed the drawing of text lying outside the viewport of the scene.",
        "0.52 (Feb 14, 2002) New option for landscape pages.",
        "0.6 (Nov 2, 2002) Changed the way the buffers are sorted before they are written out to the file;"
        " revised the documentation of every option that the library offers to its users.",
        "0.7 (Dec 11, 2002) Occlusion culling of hidden polygons is (finally!) working thanks to the great"
        " work of a new contributor; enhanced the sorting of the primitives.",
        "0.71 (Dec 13, 2002) Removed the comments left in the header by mistake; added an example program"
        " to the distribution.",
    ]
