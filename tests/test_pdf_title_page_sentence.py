"""A title page's notice set over centred lines reads as one paragraph (issue 15, check 62 row 1:
bacula-doc's problems.pdf read "This Bacula documentation by Kern Sibbald with contributions from many
others," / "a complete list can be found in the License chapter. Creative Commons" / "Attribution-
ShareAlike 4.0 International License …" as three paragraphs), while its fields, a line each, stay
apart. The pages are built after problems.pdf's p. 1: every line centred on one axis, 12 pt type at
14 pt steps, the licence's name 7 pt lower."""

from __future__ import annotations

from pdf_objects import helvetica_pages, helvetica_width, text_row

from sloika.pipelines.formats.pdf import parse_pdf

AXIS = 297.5  # the A4 page's middle
ADDRESS = "jane.roe@example.org"  # under the author's name: a field in lower case, no sentence's next line
FIELDS = ["February 6, 2023", "This manual documents Demo version 9.6.7 (10 December 2020)"]
NOTICE = [
    "This documentation by Jane Roe with contributions from many others,",
    "a complete list can be found in the License chapter. Creative Commons",
]
LICENCE = "Attribution-ShareAlike 4.0 International License"
BODY = [
    "Chapter 1 opens here with a paragraph of the manual's text, which is set flush left",
    "and runs on over two lines of the page before it ends.",
]


def _centred(y: float, text: str, size: float = 12) -> bytes:
    return text_row(AXIS - helvetica_width(text, size) / 2, y, text, size)


def _title_page(notice: list[str]) -> bytes:
    rows = [
        _centred(700, "Demo Problem Resolution Guide", 24),
        _centred(650, "Jane Roe"),
        _centred(636, ADDRESS),
    ]
    rows += [_centred(560 - 14 * at, text) for at, text in enumerate(FIELDS)]
    rows += [_centred(500 - 14 * at, text) for at, text in enumerate(notice)]
    rows.append(_centred(500 - 14 * len(notice) - 7, LICENCE))
    return b"\n".join(rows)


def _body_page() -> bytes:
    return b"\n".join(text_row(72, 700 - 14 * at, text, 12) for at, text in enumerate(BODY))


def test_a_sentence_set_over_a_title_pages_centred_lines_is_one_paragraph():
    doc = parse_pdf(helvetica_pages([_title_page(NOTICE), _body_page()]))[0]
    paragraphs = doc.text.split("\n\n")
    assert " ".join([*NOTICE, LICENCE]) in paragraphs
    assert FIELDS[0] in paragraphs and FIELDS[1] in paragraphs  # a field a line: no sentence goes on
    assert "Jane Roe" in paragraphs and ADDRESS in paragraphs


def test_a_centred_line_on_a_page_of_text_runs_on_nothing():
    # the same lines under a paragraph set flush left: no title page, each stays as the reflow reads it
    prose = [
        "A paragraph of prose set flush left between the centred lines, as a page of text sets it,",
        "so that the page is no title page and its lines' middles wander.",
    ]
    page = (
        _title_page(NOTICE)
        + b"\n"
        + b"\n".join(text_row(72, 620 - 14 * at, t, 12) for at, t in enumerate(prose))
    )
    doc = parse_pdf(helvetica_pages([page, _body_page()]))[0]
    assert " ".join([*NOTICE, LICENCE]) not in doc.text
