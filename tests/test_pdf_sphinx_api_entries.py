"""A Sphinx manual's API reference set by LaTeX (issue 15, the forty-third check's row 03_pdf,
pymzML.pdf): its bold field label "Return type" opening three pages under the running head's rule
was cut as a second head line. Geometry after pymzML.pdf's A4-like pages; names, sentences and
positions sloika's own; expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, escaped, font_pages, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F3", HELVETICA_BOLD)]
HEAD = "Hive Documentation, Release 1.0"
BODY_TOP = 762  # the baseline of the text block's first line, 27 pt under the head's rule


def _line(x: float, y: float, text: str, bold: bool = False) -> bytes:
    return b"BT /F%d 10 Tf %.1f %.1f Td (%s) Tj ET" % (3 if bold else 1, x, y, escaped(text))


def _sphinx_page(folio: int, lines: list[tuple[float, str, bool]]) -> bytes:
    """A page as Sphinx's LaTeX sets it: the bold running head over a rule drawn across the text
    width, ``lines`` (x, text, bold) from ``BODY_TOP`` down, 10 pt apart, and the foot (a rule over
    the folio and the chapter's name)."""
    ops = [_line(72, 800, HEAD, bold=True), b"0.4 w 72 795 m 523 795 l S"]
    ops += [_line(x, BODY_TOP - 10 * at, text, bold) for at, (x, text, bold) in enumerate(lines)]
    ops += [b"0.4 w 72 62 m 523 62 l S", _line(72, 50, str(folio)), _line(430, 50, "Chapter 1. Contents", True)]
    return b"\n".join(ops)


def _opening_with_return_type(folio: int, kind: str, method: str) -> bytes:
    """A page whose text block opens with the field label "Return type" over its value: the end of
    an entry begun on the page before, then the next method's entry."""
    return _sphinx_page(
        folio,
        [
            (137.5, "Return type", True),
            (154.4, kind, False),
            (96.9, method, False),
            (118.8, "Gives the hive's count of it.", False),
        ],
    )


def test_a_field_label_under_the_running_head_s_rule_stays_text():
    """"Return type" stood first on three pages, at one place under the head's rule, and was cut as
    ``page_furniture`` like a second head line; the return types were left without their label. A row
    past the rule that closes the running head is the text block's."""
    pages = [
        _sphinx_page(9, [(96.9, "bees()", False), (118.8, "Gives the hive's bees.", False)]),
        _opening_with_return_type(10, "bees (list)", "combs()"),
        _opening_with_return_type(11, "combs (list)", "frames()"),
        _opening_with_return_type(12, "frames (int)", "queens()"),
    ]
    doc = parse_pdf(font_pages(pages, FONTS))[0]
    assert "Return type" not in removed_texts(doc, "page_furniture")
    assert doc.text.split("\n\n") == [
        "bees()",
        "Gives the hive's bees.",
        "Return type",
        "bees (list)",
        "combs()",
        "Gives the hive's count of it.",
        "Return type",
        "combs (list)",
        "frames()",
        "Gives the hive's count of it.",
        "Return type",
        "frames (int)",
        "queens()",
        "Gives the hive's count of it.",
    ]
    assert removed_texts(doc, "page_furniture").count(HEAD) == 4
