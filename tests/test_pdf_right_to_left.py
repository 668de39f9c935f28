"""Persian read in the order it is read (issue 15, fiftieth check: alpha-persian-l.userguide.pdf).

XeTeX draws right-to-left text glyph by glyph from left to right, each glyph the shaped letter's
presentation form: pdfminer read "title={فضای توپولوژی}," as "title={یژﻮﻟﻮﭘﻮﺗ یﺎﻀﻓ},", reversed
and in U+FExx forms. Each right-to-left run is put back in logical order (numbers and Latin words
in it keep theirs) and its forms folded to their letters. The drawn strings are the userguide's as
pdfminer reads them; the expected ones are typed by hand as the page prints them (pypdfium2's text
layer agrees).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    code_line,
    helvetica_width,
    mapped_font,
    mapped_row,
    one_page,
    text_row,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_bidi import line_read, reading_order  # noqa: E402

PROSE = [
    "The style alpha-persian writes a bibliography in Persian and in English with XeLaTeX.",
    "Each entry is sorted by the language of its author, then by the year of its edition.",
]


@pytest.mark.parametrize(
    ("drawn", "read"),
    [
        ("title={یژﻮﻟﻮﭘﻮﺗ یﺎﻀﻓ},", "title={فضای توپولوژی},"),
        ("mlabel={ف.م.ا},", "mlabel={ا.م.ف},"),
        ("isbn Added. It Writes in Persian style “ﮏﺑﺎﺷ”.", "isbn Added. It Writes in Persian style “شابک”."),
        ("ﻊﺟاﺮﻣ", "مراجع"),
        # a right-to-left line: its runs read from the right, the Latin word and the year kept
        ("تسا ۱۳۸۷ لاس XeLaTeX ینف شرازگ", "گزارش فنی XeLaTeX سال ۱۳۸۷ است"),
        # a number range in a right-to-left line keeps its order
        ("۱–۳ تاحفص", "صفحات ۱–۳"),
        # a bracket drawn in a right-to-left run is its mirror image
        ("(مود) عجارم", "مراجع (دوم)"),
        # a number touching the letters of a run in a left-to-right line is part of the run
        ("label={۹۵ددم}", "label={مدد۹۵}"),
        ("YEAR ={1387},", "YEAR ={1387},"),
        # quoted or bracketed words in a left-to-right line are each a run of their own
        ("“ﮏﺑﺎﺷ”, “ﺎﭘﺎﺷ” and", "“شابک”, “شاپا” and"),
        ("{{\\noopsort{1}}{رﻮﭘدﺪﻣ},رﻮﭘﺎﺷ}", "{{\\noopsort{1}}{مددپور},شاپور}"),
        # an unmapped glyph moves with its word
        ("school={زاﻮﻫا ناﺮﻤﭼ هﺎ(cid:876)ﺸﻧاد},", "school={دانش(cid:876)اه چمران اهواز},"),
        # a citation label of Latin letters and digits in a right-to-left line is set whole
        ("ﻢﯾراد و [GNE+16] و [✓+02]", "[✓+02] و [GNE+16] و داریم"),
    ],
)
def test_right_to_left_runs_drawn_left_to_right_read_in_logical_order(drawn: str, read: str):
    assert reading_order(drawn) == read


@dataclass
class _Glyph:
    """A stand-in for pdfminer's character: its text and left edge."""

    text: str
    x0: float

    def get_text(self) -> str:
        return self.text


def test_a_line_written_in_reading_order_keeps_its_order_its_forms_folded():
    """A producer that writes the letters right to left, in the order they are read, is read as it
    is; only its presentation forms are folded."""
    drawn = "ﻣﺮاﺟﻊ"
    glyphs = [_Glyph(char, 100.0 - 5 * at) for at, char in enumerate(drawn)]
    assert line_read(drawn, glyphs) == "مراجع"


def test_a_listing_line_with_a_persian_value_stays_a_line_of_the_listing():
    """A BibTeX listing in Courier whose values are set in the Persian face (a typewriter font has
    no Persian): each line stays a line of the listing, none run into its neighbours."""
    title, author = "یژﻮﻟﻮﭘﻮﺗ", "ﻦﯾﺮﯾﺎﺳ"
    chars = "".join(dict.fromkeys(title + author))
    font, cmap = mapped_font(chars, 8)
    rows = []
    for at, (key, value) in enumerate([("title={", title), ("author={", author)]):
        y = 676 - 12 * at
        rows += [code_line(72, y, key, 10), mapped_row(chars, 72 + 6 * len(key), y, value)]
        rows.append(code_line(72 + 6 * len(key) + 5 * len(value), y, "},", 10))
    content = b"\n".join(
        [
            text_row(72, 712, PROSE[0]),
            text_row(72, 700, PROSE[1]),
            code_line(72, 688, "@book{first,", 10),
            *rows,
            code_line(72, 652, "year={2002},", 10),
            code_line(72, 640, "}", 10),
        ]
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", COURIER), (b"P", font)], cmap))
    listing = ["@book{first,", "title={توپولوژی},", "author={سایرین},", "year={2002},", "}"]
    assert doc.text.endswith("\n".join(listing))


def test_persian_words_drawn_left_to_right_on_a_page_read_in_logical_order():
    """A sentence quoting a Persian word and a listing line with a Persian value, the words drawn
    left to right in presentation forms: the kept text has them as the page prints them."""
    word, value = "ﮏﺑﺎﺷ", "یژﻮﻟﻮﭘﻮﺗ یﺎﻀﻓ"
    chars = "".join(dict.fromkeys(word + value.replace(" ", "")))
    font, cmap = mapped_font(chars)

    before, key = "The isbn field is written in Persian style \u201c", "title={"
    left, right = value.split(" ")
    at, start = 72 + helvetica_width(before, 10), 72 + helvetica_width(key, 10)
    content = b"\n".join(
        [
            text_row(72, 700, PROSE[0]),
            text_row(72, 688, PROSE[1]),
            text_row(72, 676, before),
            mapped_row(chars, at, 676, word),
            text_row(at + 5 * len(word), 676, "\u201d by the style."),
            text_row(72, 652, key),
            mapped_row(chars, start, 652, left),
            mapped_row(chars, start + 5 * len(left) + 3, 652, right),
            text_row(start + 5 * len(left + right) + 3, 652, "},"),
        ]
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"P", font)], cmap))
    assert "The isbn field is written in Persian style “شابک” by the style." in doc.text
    assert "title={فضای توپولوژی}," in doc.text
