"""Section headings at the top of a page's text and running heads that repeat them (issue 15,
twenty-third check, row 3): a heading opening a page's text is the page's, though the running
heads of later pages name the same section; only a line that comes back at its own place on other
pages is a running head. Geometry after pst-hsb-doc.pdf (A4, running head 34 pt from the top, text
68 pt from it); words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages, without_tables  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def page(number: int, head: str, lines: list[str]) -> bytes:
    """A page with ``head`` (9 pt, left) and its number (right) on the running head's row, 34 pt
    from the top, and ``lines`` of 10 pt text from 68 pt below the top, 14 pt apart."""
    ops = [b"BT /F1 9 Tf 500 800 Td (%d) Tj ET" % number]
    ops += [b"BT /F1 9 Tf 56 800 Td (%s) Tj ET" % head.encode()] if head else []
    ops += [
        b"BT /F1 10 Tf 56 %d Td (%s) Tj ET" % (766 - 14 * at, text.encode()) for at, text in enumerate(lines)
    ]
    return b"\n".join(ops)


BODY = [
    "The tool draws each curve in a colour that changes along it from start to end.",
    "A second call draws the same curve with a fixed colour, for comparison.",
    "More sample points give a smoother change of colour along the curve.",
    "The colour may also go round the whole circle of hues more than once.",
    "A parametric curve takes its points from two functions of one value.",
]


def test_a_heading_opening_a_page_stays_though_later_running_heads_repeat_it():
    """pst-hsb-doc.pdf: "1 Examples" opening p. 3 and "1.2 Parametric plot" opening p. 4 went to
    ``removed`` as ``page_furniture``: the running heads of pp. 4-7 repeat their words, three
    times with the heading's own, at the page's edge. The heading stands at the text's top, under
    the running heads' place: it is text; the running heads go."""
    pages = [
        page(3, "", ["1 Tools", "1.1 First part", BODY[0]]),
        page(4, "1 Tools", ["1.2 Second part", BODY[1]]),
        page(5, "1.2 Second part", [BODY[2]]),
        page(6, "1 Tools", [BODY[3]]),
        page(7, "1.2 Second part", [BODY[4]]),
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:5] == ["1 Tools", "1.1 First part", BODY[0], "1.2 Second part", BODY[1]]
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == sorted(["1 Tools"] * 2 + ["1.2 Second part"] * 2 + ["3", "4", "5", "6", "7"])


def test_a_title_page_s_names_one_a_line_stay_apart_and_apart_from_the_abstract_overleaf():
    """pst-hsb-doc.pdf: the title page's "Package author(s):" and three names, one a line in a
    narrow block at the page's foot, read "… Denis Girout Manuel Luque Herbert Voß This package
    defines …": no name fits after another in so narrow a block, as in wrapped prose, and the
    abstract opening the next page was taken for the sentence going on. Names set one a line are
    lines; the abstract is a paragraph of its own. The title page's long lines (there a listing, here
    a note) end left of the names, so the page's measure ends before the names start."""
    names = ["Written by:", "Ann Berg", "Carl Dahl", "Eva Fors"]
    note = [
        "A sample drawing stands on this page, over a note on the",
        "version and the date; the names of the authors stand at",
        "the foot of the page, one name on each line, on the right.",
    ]
    first = [b"BT /F1 14 Tf 56 480 Td (Colour curves for drawings) Tj ET"]
    first += [
        b"BT /F1 10 Tf 56 %d Td (%s) Tj ET" % (440 - 14 * at, text.encode()) for at, text in enumerate(note)
    ]
    first += [
        b"BT /F1 10 Tf 380 %d Td (%s) Tj ET" % (120 - 14 * at, name.encode()) for at, name in enumerate(names)
    ]
    abstract = [
        "This package draws curves whose colour changes along them, from one hue to another, and",
        "lets the user choose where the change starts and where it ends on the circle of hues.",
        "The second part of the manual lists every option with its type and its default value.",
    ]
    second = [
        b"BT /F1 10 Tf 56 %d Td (%s) Tj ET" % (766 - 14 * at, text.encode())
        for at, text in enumerate(abstract)
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text.split("\n\n") == [
        "Colour curves for drawings",
        " ".join(note),
        *names,
        " ".join(abstract[:2]),
        abstract[2],
    ]


def test_a_short_index_under_its_heading_goes_to_removed():
    """pst-hsb-doc.pdf's index of two macros ("Index", "M", "Macro", "– \\pslineHSB, 2", …) was kept
    as text: an index needed five entries, and had four. Under an index heading two entries are
    enough: the lines from the heading on are the index, in ``removed`` as ``index``."""
    body = [
        "The last section ends here with a sentence about the options of the package.",
        "Its second line says that every option has a default value, given in the table.",
    ]
    index = [
        "Index",
        "D",
        "Drawing",
        "\x96 \\\\curveline, 2",
        "\x96 \\\\curveplot, 2",
        "C",
        "\\\\curveline, 2",
    ]
    sizes = [10, 10, 10, 8, 8, 10, 8]
    first = [
        b"BT /F1 10 Tf 56 %d Td (%s) Tj ET" % (766 - 14 * at, text.encode()) for at, text in enumerate(body)
    ]
    second = [
        b"BT /F1 %d Tf 56 %d Td (%s) Tj ET" % (size, 760 - 14 * at, text.encode("latin-1"))
        for at, (size, text) in enumerate(zip(sizes, index, strict=True))
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(first), b"\n".join(second)]))
    assert doc.text == " ".join(body)
    records = [s.attrs["text"] for s in doc.layers["removed"] if s.label == "index"]
    assert records == ["Index\nD\nDrawing\n– \\curveline, 2\n– \\curveplot, 2\nC\n\\curveline, 2"]


def test_reference_entries_apart_and_urls_broken_inside_a_word_whole():
    """pst-hsb-doc.pdf's references: "[6] … DANTE and Lehmanns, 2016." fills its line and "[7] …"
    ran on it, one paragraph; biblatex breaks a URL anywhere, and "…/application/PSTric" + "ks,
    1993." kept a space, "CTAN:/graphics/pstric" + "ks/generic/…" (set smaller) was two paragraphs.
    An entry's label under a full entry ending a sentence starts the next entry; a URL's piece and
    the next line's letters that make a word the document writes whole ("CurveColors") are one."""
    text = [
        (10, 56, "The package CurveColors draws curves in colour; the references below say more."),
        (10, 56, "References"),
        (10, 56, "[1] Ann Berg. Colour in drawings. Oslo: Press, 1994."),
        (10, 56, "[2] Carl Dahl. Curves and their colours for TeX and LaTeX. 2nd ed. Berlin: Verlag, 2016."),
        (10, 56, "[3] Carl Dahl. Curves in colour. 1st ed. Cambridge: Press, 2011."),
        (10, 56, "[4] Eva Fors. A loop macro for TeX and LaTeX, fixed steps. CTAN:/graphics/curvecol"),
        (8, 76, "ors/generic/loop.tex, 1997."),
        (10, 56, "[5] Eva Fors. CurveColors - drawing macros for TeX. http://www.example.org/app/CurveCol"),
        (10, 76, "ors, 1993."),
    ]
    ops = [
        b"BT /F1 %d Tf %d %d Td (%s) Tj ET" % (size, x, 766 - 14 * at, line.encode())
        for at, (size, x, line) in enumerate(text)
    ]
    (doc,) = parse_pdf(helvetica_pages([b"\n".join(ops)]))
    assert doc.text.split("\n\n")[2:] == [
        "[1] Ann Berg. Colour in drawings. Oslo: Press, 1994.",
        "[2] Carl Dahl. Curves and their colours for TeX and LaTeX. 2nd ed. Berlin: Verlag, 2016.",
        "[3] Carl Dahl. Curves in colour. 1st ed. Cambridge: Press, 2011.",
        "[4] Eva Fors. A loop macro for TeX and LaTeX, fixed steps. "
        "CTAN:/graphics/curvecolors/generic/loop.tex, 1997.",
        "[5] Eva Fors. CurveColors - drawing macros for TeX. http://www.example.org/app/CurveColors, 1993.",
    ]


COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def test_a_table_of_typewriter_rows_under_a_roman_header_is_a_table():
    """pst-hsb-doc.pdf's options table sets its header in roman ("Key", "Type", "Default") and its
    rows in typewriter; monospaced lines side by side were no table's, so it read "Key" / "HueBegin
    ordinary [none]" / "Type" / "Default" / …. Rows of monospaced cells each starting under a
    header cell make a table with that header."""
    from pdf_objects import HELVETICA, font_pages

    header = [(56, "Option"), (140, "Kind"), (220, "Initial")]
    rows = [
        [(56, "StartHue"), (140, "number"), (220, "0")],
        [(56, "Smooth"), (140, "boolean"), (220, "true")],
    ]
    ops = [b"BT /F1 10 Tf 56 766 Td (The options of the package are these.) Tj ET"]
    ops += [b"BT /F1 10 Tf %d 740 Td (%s) Tj ET" % (x, text.encode()) for x, text in header]
    ops += [
        b"BT /F2 8 Tf %d %d Td (%s) Tj ET" % (x, 726 - 13 * at, text.encode())
        for at, row in enumerate(rows)
        for x, text in row
    ]
    ops += [b"BT /F1 10 Tf 56 680 Td (Each option may be set for one curve or for all.) Tj ET"]
    (doc,) = parse_pdf(font_pages([b"\n".join(ops)], [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert (
        without_tables(doc)
        == "The options of the package are these.\n\nEach option may be set for one curve or for all."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [
        ["Option", "Kind", "Initial"],
        ["StartHue", "number", "0"],
        ["Smooth", "boolean", "true"],
    ]
