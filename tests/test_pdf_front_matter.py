"""The front matter of a short paper without an abstract or a heading the reader knows ends where
its body begins, and the title set largest at the top of page 1 is ``fields.title`` (issue 15,
fifth held-out rows 1, 3, 4: one ``front_matter`` span over the whole paper, no title)."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, helvetica_page, one_page
from pdfminer.fontmetrics import FONT_METRICS

from sloika.pipelines.formats.pdf import opens_body, parse_pdf

BODY = [
    b"The reader of a short paper sees a title, a name and a date set apart",
    b"over the first paragraph, and then the text itself begins in the body",
    b"size, running on from line to line until the paragraph comes to an end.",
]
SECOND = [
    b"A second paragraph follows the first one on the same page, also set in",
    b"the body size, so that the page holds more than one paragraph of prose.",
]


def _page(rows: list[tuple[int, int, int, bytes]]) -> bytes:
    """One Helvetica page; each row: font size, x, y (from the page bottom), text."""
    text = b"".join(b"BT /F1 %d Tf 1 0 0 1 %d %d Tm (%s) Tj ET\n" % row for row in rows)
    return helvetica_page(text)


def _body(top: int) -> list[tuple[int, int, int, bytes]]:
    first = [(10, 72, top - 12 * at, text) for at, text in enumerate(BODY)]
    return first + [(10, 72, top - 12 * (len(BODY) + 1) - 12 * at, text) for at, text in enumerate(SECOND)]


def test_the_title_block_alone_is_front_matter_and_the_title_a_field():
    """Title (18 pt), author and date (12 pt) centred over body paragraphs (10 pt): the front
    matter is the three title-block lines, the title is ``fields.title``, the body is in no
    front matter."""
    rows = [(18, 180, 700, b"Notes on Page Layout"), (12, 260, 670, b"J. Smith")]
    rows.append((12, 250, 650, b"19 October 1999"))
    (parsed,) = parse_pdf(_page(rows + _body(600)))
    front = [span for span in parsed.spans if span.label == "front_matter"]
    block = "Notes on Page Layout\n\nJ. Smith\n\n19 October 1999"
    assert [parsed.text[span.start : span.end] for span in front] == [block]
    assert parsed.fields["title"] == "Notes on Page Layout"
    assert parsed.text.endswith(b" ".join(SECOND).decode())
    assert [span.label for span in parsed.spans] == ["front_matter"]  # the date opens no section


def test_a_paper_opening_on_prose_has_no_front_matter_and_no_title():
    """Body paragraphs alone: no ``front_matter`` span (before, one over the whole paper)."""
    (parsed,) = parse_pdf(_page(_body(700)))
    assert [span.label for span in parsed.spans] == []
    assert "title" not in parsed.fields


def test_what_opens_the_body():
    assert opens_body("Стиль основан на файле А. Крюкова «xecyr.tex».")
    assert not opens_body("21 января 1994 г.")
    assert not opens_body("А. Б. Шипунов")
    assert not opens_body("xecyr.sty,")
    assert opens_body(" ".join(["слово"] * 13))


WIDE = [
    b"The reader of a short paper sees a title, a name and a date set apart over the first one of",
    b"its paragraphs, and then the text itself begins in the body size, running on from one line",
    b"to the next line until the paragraph comes to its end.",
]


def _width(text: str, font: bytes) -> float:
    """How wide ``font`` (``F1`` Helvetica, ``F2`` Helvetica-Bold) sets ``text`` at 17 pt."""
    widths = FONT_METRICS["Helvetica-Bold" if font == b"F2" else "Helvetica"][1]
    return sum(widths[char] for char in text) * 17 / 1000


def _centred_pair(first: bytes, second: bytes, font: bytes) -> bytes:
    """A 17 pt pair of lines in ``font`` (``F1`` Helvetica, ``F2`` Helvetica-Bold) centred on the
    page, the wider second under the first, a name under them and a paragraph of full lines."""
    rows = [
        b"BT /%s 17 Tf 1 0 0 1 %d %d Tm (%s) Tj ET\n"
        % (font, round(297 - _width(line.decode(), font) / 2), y, line)
        for line, y in ((first, 720), (second, 700))
    ]
    rows.append(b"BT /F1 12 Tf 1 0 0 1 260 670 Tm (J. Smith) Tj ET\n")
    rows += [
        b"BT /F1 10 Tf 1 0 0 1 72 %d Tm (%s) Tj ET\n" % (620 - 12 * at, text) for at, text in enumerate(WIDE)
    ]
    return one_page(b"".join(rows), [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)])


def test_a_bold_title_ending_in_a_colon_goes_on_with_the_wider_line_centred_under_it():
    """seriation.pdf's title, "Getting Things in Order:" centred in bold over the wider "An
    Introduction to the R Package seriation" in its size and far short of the text's measure, was
    two paragraphs; it is one title."""
    (parsed,) = parse_pdf(
        _centred_pair(b"Notes on Layout:", b"A Guide to the Pages of a Printed Paper", b"F2")
    )
    title = "Notes on Layout: A Guide to the Pages of a Printed Paper"
    assert parsed.text.startswith(f"{title}\n\nJ. Smith\n\nThe reader of a short paper")
    assert parsed.fields["title"] == title


def test_a_roman_title_block_line_ending_in_a_colon_stays_over_a_wider_line():
    """irlba.pdf's title block: "adapted from the work of:" in roman over the wider "Jim Baglama
    (University of Rhode Island)", set larger than the text: each stays a line of its own."""
    (parsed,) = parse_pdf(
        _centred_pair(b"adapted from the work of:", b"Jim Baglama (University of Rhode Island)", b"F1")
    )
    assert parsed.text.startswith("adapted from the work of:\n\nJim Baglama (University of Rhode Island)\n\n")
