"""A title broken by hand after its article (issue 15, the forty-third check's row 1, oaklisp's
lang.pdf title page): "The" centred over "Oaklisp Language Manual" was read as two paragraphs, the
title's first word a paragraph alone. All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import fitted_line, helvetica_page, helvetica_width

from sloika.pipelines.formats.pdf import parse_pdf


def _centred(y: float, text: str, size: float) -> bytes:
    x = 306 - helvetica_width(text, size) / 2
    return b"BT /F1 %.1f Tf %.2f %.2f Td (%s) Tj ET" % (size, x, y, text.encode())


def _page(title: list[str]) -> bytes:
    lines = [_centred(620 - 30 * at, line, 24) for at, line in enumerate(title)]
    lines += [
        _centred(520, "April 4, 2022", 14),
        fitted_line(
            72, 540, 400, "This manual describes the language, its types and its operations, one by one."
        ),
        fitted_line(
            72, 540, 414, "Each chapter takes one part of the language and its library, with examples."
        ),
        fitted_line(72, 300, 428, "The index lists every name."),
    ]
    return helvetica_page(b"\n".join(lines))


def test_a_titles_article_alone_on_its_line_goes_on_the_title():
    text = parse_pdf(_page(["The", "Oaklisp Language Manual"]))[0].text
    assert text.split("\n\n")[0] == "The Oaklisp Language Manual"
