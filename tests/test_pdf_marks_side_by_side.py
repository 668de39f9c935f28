"""Footnote marks set side by side (issue 15, the thirty-sixth check's row 1, irace-package.pdf
p. 56): "… or the following links.⁸⁹ You would need …" and "… to your MATLAB script.¹⁰¹¹ There
is …", notes 8 to 11 at the page's foot. The raised runs read "89" and "1011", numbers no note
carries, so they stayed in the text as superscript digits. Each is two marks. Two marks parted by a
comma (the forty-fourth check's row 1, slepc4py.pdf p. 2: "SLEPc¹,² implements …") were both cut
but the raised comma stayed, "SLEPc, implements": the comma is the marks' own and goes with them
into one `footnote_mark` record. All texts here are written for the tests."""

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


def test_two_marks_side_by_side_are_two_marks_of_the_pages_notes():
    lines = [
        _prose(760, "Edit the script that runs the target so that it calls the program without any"),
        _marked(748, "window. See the documentation of the program, or the following links.", "89", "You"),
        _prose(736, "would need to pass the parameters the runner received on to your own script."),
        _marked(724, "The runner passes them in the order the scenario file lists them in.", "1011", "There"),
        _prose(712, "is a minimal example of such a runner among the examples of the package here."),
        *_notes(
            ["8", "9", "10", "11"],
            ["https://example.org/one", "https://example.org/two", "See above.", "Also."],
        ),
    ]
    parsed = _parse(lines)
    assert "links. You would need" in parsed.text
    assert "in. There is a minimal" in parsed.text
    marks = [span.attrs["text"] for span in parsed.layers["removed"] if span.label == "footnote_mark"]
    assert marks == ["8", "9", "10", "11"]


def test_a_raised_number_no_split_of_which_is_the_pages_notes_stays():
    """Notes 8 and 9 on the page, but a raised "98" (not each after the one before) stays the text's."""
    lines = [
        _prose(760, "Edit the script that runs the target so that it calls the program without any"),
        _marked(748, "window. The number of runs it may take is at most ten to the power", "98", "here"),
        _prose(736, "would need to pass the parameters the runner received on to your own script."),
        *_notes(["8", "9"], ["https://example.org/one", "https://example.org/two"]),
    ]
    parsed = _parse(lines)
    assert "power⁹⁸ here" in parsed.text


def test_a_power_of_ten_beside_the_pages_notes_stays_a_number():
    """Notes 1 and 3 on the page, a raised "13" after "10" (Algo.book.pdf's "3.4 · 10¹³"): a number's
    exponent after a digit, and 1 and 3 are no notes counted one after the other."""
    lines = [
        _prose(760, "Edit the script that runs the target so that it calls the program without any"),
        _marked(748, "window. The test is exact for all the numbers below 3.4 times 10", "13", "and"),
        _prose(736, "would need to pass the parameters the runner received on to your own script."),
        *_notes(["1", "3"], ["https://example.org/one", "https://example.org/two"]),
    ]
    parsed = _parse(lines)
    assert "times 10¹³ and" in parsed.text


def test_a_comma_between_two_marks_goes_with_them():
    lines = [
        _prose(760, "This document describes the port of the library to the language it is written for."),
        _marked(748, "The library", "1,2", "implements algorithms and tools for the numerical solution of"),
        _prose(736, "large and sparse eigenvalue problems on parallel computers of all kinds and sizes."),
        *_notes(["1", "2"], ["https://example.org/one", "https://example.org/two"]),
    ]
    parsed = _parse(lines)
    assert "The library implements algorithms" in parsed.text
    marks = [span.attrs["text"] for span in parsed.layers["removed"] if span.label == "footnote_mark"]
    assert marks == ["1,2"]
