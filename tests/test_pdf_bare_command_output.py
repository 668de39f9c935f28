"""A knitr listing's output under a command set without a prompt (issue 15, the thirty-fifth check's
row 3, jsonlite's json-mapping.pdf p. 7): ' {"n":[1,2]}', what "cat(rjson::toJSON(list(n = c(1,
2))))" printed a gap under it, went to ``removed`` as a ``fragment`` (its letter runs are one letter
long, as a drawing's), a hole in the example its section rests on. All texts here are written for
the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _prose(y: float, text: str) -> str:
    return f"BT /F1 10 Tf 72 {y} Td ({text}) Tj ET"


def _code(y: float, text: str) -> str:
    return f"BT /F2 9 Tf 72 {y} Td ({text}) Tj ET"


def _parsed(lines: list[str]):
    return parse_pdf(font_pages(["\n".join(lines).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]


def test_output_under_a_bare_command_is_code():
    """The output line stays in the text, a ``code`` block under its command; nothing is removed."""
    parsed = _parsed(
        [
            _prose(760, "Other packages make different choices about vectors of length one and more."),
            _code(740, "cat\\(rjson::toJSON\\(list\\(n = c\\(1, 2\\)\\)\\)\\)"),
            _code(718, '{"n":[1,2]}'),
            _prose(696, "When encoding a single dataset this seems harmless enough to most of the users."),
        ]
    )
    assert '{"n":[1,2]}' in parsed.text.split("\n\n")
    assert not parsed.layers.get("removed")


def test_letters_under_an_open_call_row_are_a_fragment():
    """A call whose parentheses stay open on its row is no whole command: letters of one or two
    characters a gap under it are still a drawing's."""
    parsed = _parsed(
        [
            _prose(760, "Other packages make different choices about vectors of length one and more."),
            _code(740, "plot\\(x, y,"),
            _code(718, "ft   tr"),
            _prose(696, "When encoding a single dataset this seems harmless enough to most of the users."),
        ]
    )
    assert "ft   tr" not in parsed.text
