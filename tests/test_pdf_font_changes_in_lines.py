"""Lines that change font keep together (issue 15, the twenty-fifth check's rows 3 and 20, a JSS
vignette and a LuaTeX manual): a bold title or heading broke at a name set in another face (TeX's
``cmb10`` and ``cmssbx10`` were no bold fonts, and a name in a light sans was taken for a
definition's first word after a run-in term); a paragraph's last line, mostly a typewriter name
set smaller than the text, stood apart as a line of another size; a description list's items, each
a label at the margin and lines hanging under it, ran into one paragraph; and "(resp." at a line
end was glued to the next line's word as a file name. All texts here are written for the tests,
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402

BOLD_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
BOLD_COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>"
FONTS = [
    (b"F1", tex_font(b"CMR10", b"")),
    (b"F2", tex_font(b"CMBX12", b"")),
    (b"F3", tex_font(b"CMB10", b"")),
    (b"F4", tex_font(b"CMSSBX10", b"")),
    (b"F5", tex_font(b"CMSS10", b"")),
    (b"F6", HELVETICA),
    (b"F7", COURIER),
    (b"F8", BOLD_COURIER),
    (b"F9", BOLD_HELVETICA),
]
WIDTH = 0.4  # em: every glyph of ``tex_font``'s fonts
TITLE = "Paired Comparison Models of Many Kinds in "  # and "S: The PairFit": across the measure
BODY = [
    "The toolkit fits models of paired comparisons in which each contest between two players is won",
    "by one of them, and the chance that one wins depends on the difference of their abilities only.",
    "It reads the results of a whole season, with the teams' own properties, and returns estimates.",
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pieces(y: float, size: float, pieces: list[tuple[str, str]], x: float = 72) -> list[str]:
    """One line of ``pieces`` (font, text) set one after the other in ``tex_font``'s widths."""
    drawn = []
    for font, text in pieces:
        drawn.append(f"BT /{font} {size} Tf {x:.2f} {y} Td ({_escaped(text)}) Tj ET")
        x += len(text) * WIDTH * size
    return drawn


def _justified(y: float, text: str, x: float = 72, right: float = 480) -> str:
    """A line of ``text`` in the body's font (F1, 10 pt) spread from ``x`` to ``right`` by its
    letter spacing, as a justified line is."""
    spacing = (right - x - len(text) * WIDTH * 10) / len(text)
    return f"BT /F1 10 Tf {spacing:.3f} Tc {x:.2f} {y} Td ({_escaped(text)}) Tj ET"


def _body(y: float) -> list[str]:
    return [_justified(y - 12 * at, line) for at, line in enumerate(BODY)]


def _parse(page: list[str]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode()], FONTS))
    return doc


def _paragraphs(doc) -> list[str]:
    return doc.text.split("\n\n")


def test_a_title_keeps_a_name_set_in_a_bold_sans_or_bold_upright_face():
    page = [
        *_pieces(760, 17, [("F2", TITLE), ("F4", "S"), ("F2", ": The "), ("F3", "PairFit")], x=85.6),
        *_pieces(744, 17, [("F2", "Toolkit")], x=252.2),
        *_pieces(712, 10, [("F2", "For "), ("F3", "PairFit "), ("F2", "release 2.0, 2021-03-04")], x=227),
        *_body(680),
        *_pieces(620, 12, [("F2", "7.4. Reading data kept in the layout of the older "), ("F3", "Pairs")]),
        *_pieces(605, 12, [("F2", "toolkit")]),
        *_body(580),
    ]
    paragraphs = _paragraphs(_parse(page))
    assert paragraphs[:2] == [
        "Paired Comparison Models of Many Kinds in S: The PairFit Toolkit",
        "For PairFit release 2.0, 2021-03-04",
    ]
    assert "7.4. Reading data kept in the layout of the older Pairs toolkit" in paragraphs


def test_a_heading_keeps_a_name_in_a_light_face_when_its_bold_goes_on():
    page = [
        *_pieces(760, 12, [("F2", "2. Fitting the models in "), ("F5", "S"), ("F2", " with the toolkit")]),
        *_body(735),
    ]
    doc = _parse(page)
    assert _paragraphs(doc)[0] == "2. Fitting the models in S with the toolkit"


def test_a_last_line_mostly_of_a_smaller_typewriter_name_ends_its_paragraph():
    lines = [
        "This module adapts the loading of the patterns to the dynamic loader of the engine, and it",
        "reads a table of the languages that should be present in the tree, in addition to the old",
    ]
    page = [f"BT /F6 10 Tf 72 {760 - 12 * at} Td ({line}) Tj ET" for at, line in enumerate(lines)]
    page += ["BT /F7 8 Tf 72 736 Td (languages.tab) Tj ET", "BT /F6 10 Tf 136 736 Td (list.) Tj ET"]
    page += [f"BT /F6 10 Tf 72 {706 - 12 * at} Td ({line}) Tj ET" for at, line in enumerate(BODY)]
    paragraphs = _paragraphs(_parse(page))
    assert paragraphs[0] == " ".join(lines) + " languages.tab list."
    assert len(paragraphs) == 2


def test_each_item_of_a_description_list_is_a_paragraph_of_its_own():
    items = [
        ("'off:<why>' ", "turns a language off: when a user asks to load that language, the"),
        ("", "loader stops with an error message that gives the reason written there."),
        ("'base' ", "is meant for the first language alone, to say that its patterns are"),
        ("", "already stored inside the format and are never loaded at the run time."),
    ]
    page = _body(780)
    for at, (label, text) in enumerate(items):
        y = 730 - 13 * at
        if label:  # the label in bold Courier (0.6 em a letter), its text after it
            page += [f"BT /F8 10 Tf 90 {y} Td ({label}) Tj ET", _justified(y, text, 90 + 6 * len(label))]
        else:
            page.append(_justified(y, text, 108))
    paragraphs = _paragraphs(_parse(page))
    assert paragraphs[1:] == [
        "'off:<why>' turns a language off: when a user asks to load that language, the loader stops "
        "with an error message that gives the reason written there.",
        "'base' is meant for the first language alone, to say that its patterns are already stored "
        "inside the format and are never loaded at the run time.",
    ]


def test_an_abbreviation_at_a_line_end_inside_a_bracket_is_followed_by_a_space():
    assert join_lines("the files named by patterns (resp.", "exceptions) must be") == (
        "the files named by patterns (resp. exceptions) must be"
    )
    assert join_lines("given for each (e.g.", "Latin) script") == "given for each (e.g. Latin) script"
    assert join_lines("(README.Debian and NEWS.", "Debian). Then") == "(README.Debian and NEWS.Debian). Then"
