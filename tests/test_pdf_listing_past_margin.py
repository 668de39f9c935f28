"""A notice set as a listing whose lines run past the text's right margin (a licence addendum's
"Permission is granted to copy, …" 1–4 em over; issue 15, the twenty-seventh check's row 1): the
page's margin was taken where the listing ends, the prose's full lines were short, and a sentence
was parted at a capital ("… such as the GNU General Public" / "License, to permit …"). All texts
here are written for the tests."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line

from sloika.pipelines.formats.pdf import parse_pdf

RIGHT = 540.0
PROSE = [
    "The notice below goes right after the title page of the document you have written yourself,",
    "with your name and the year filled in, and the lists of sections in their places as they are",
    "named in your copy; the notice itself is short and says where the full text of it is found.",
]
NOTICE = [
    "Permission is granted to copy and to change this document under the terms of",
    "the licence named here, in its first version or in any later one, as published",
    "by the body that wrote it, with the sections named in the list of sections of it",
    "and with the texts named in the lists of front texts and of back texts of it too.",
]
AFTER = [
    "If your document holds examples of program code, we recommend releasing these examples in",
    "parallel under your choice of free licence for programs, such as the General Public Program",
    "Licence, to permit their use in free programs.",
]


def test_a_sentence_under_a_listing_past_the_margin_goes_on_at_a_capital():
    first = b"\n".join(helvetica_line(72, 760 - 12 * at, text, 10, RIGHT) for at, text in enumerate(PROSE))
    second = [code_line(86, 760 - 12 * at, text, 10) for at, text in enumerate(NOTICE)]
    second += [
        helvetica_line(x, 700 - 12 * at, text, 10, end)
        for at, (x, text, end) in enumerate(zip([86, 72, 72], AFTER, [RIGHT, RIGHT, None], strict=True))
    ]
    pdf = font_pages([first, first, b"\n".join(second)], [(b"F1", HELVETICA), (b"F2", COURIER)])
    assert parse_pdf(pdf)[0].text.split("\n\n")[-1] == " ".join(AFTER)
