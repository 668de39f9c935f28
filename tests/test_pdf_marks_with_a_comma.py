"""Two footnote marks parted by a comma (issue 15, the forty-fourth check's row 1, slepc4py.pdf
p. 2): "SLEPc¹,² implements algorithms …", notes 1 and 2 at the page's foot. Both marks were cut
but the raised comma between them stayed, "SLEPc, implements". The comma is the marks' own and
goes with them into one `footnote_mark` record. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf


def _prose(y: float, text: str, size: float = 10, x: float = 72) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET"


def _marked(y: float, before: str, marks: str, after: str) -> str:
    """A prose line with ``marks`` raised 4 pt in 7 pt type between ``before`` and ``after``."""
    return f"BT /F1 10 Tf 72 {y} Td ({before}) Tj /F1 7 Tf 4 Ts ({marks}) Tj /F1 10 Tf 0 Ts ( {after}) Tj ET"


def _notes(numbers: list[str], texts: list[str]) -> list[str]:
    lines = []
    for at, (number, text) in enumerate(zip(numbers, texts, strict=True)):
        lines += [f"BT /F1 6 Tf 72 {103 - 10 * at} Td ({number}) Tj ET", _prose(100 - 10 * at, text, 8, 78)]
    return lines


def _parse(lines: list[str]):
    return parse_pdf(font_pages(["\n".join(lines).encode()], [(b"F1", HELVETICA)]))[0]


def _lines(marks: str) -> list[str]:
    return [
        _prose(760, "This document describes the port of the library to the language it is written for."),
        _marked(748, "The library", marks, "implements algorithms and tools for the numerical solution of"),
        _prose(736, "large and sparse eigenvalue problems on parallel computers of all kinds and sizes."),
        *_notes(["1", "2"], ["https://example.org/one", "https://example.org/two"]),
    ]


def test_a_comma_between_two_marks_goes_with_them():
    parsed = _parse(_lines("1,2"))
    assert "The library implements algorithms" in parsed.text
    marks = [span.attrs["text"] for span in parsed.layers["removed"] if span.label == "footnote_mark"]
    assert marks == ["1,2"]
