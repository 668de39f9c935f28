"""An author-year citation broken before its year (issue 15, thirty-second check: lmtest-intro.pdf's
"… discussed by Royston and Altman" + "(1994)." closing its first page): the bracketed year on a line
of its own is the sentence's end, not a page number or a cell cut as ``numbers_only``. Pages
hand-built, texts sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages  # noqa: E402
from test_pdf_r_vignette_output import FILLER, FONTS, _justified, _text  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def _pages(last: str, year: str) -> list[str]:
    """Two A4 pages, a folio at each foot: the first ends a paragraph on ``last`` and ``year``, a
    line of its own at the margin right under it; the second opens a new paragraph."""
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    first += [
        _justified(90, 752, "We apply the tests to two data sets: a series of monthly prices from a market"),
        _justified(72, 738, f"study and measurements of plant height in a field trial discussed by {last}"),
        _text(72, 724, year),
        _text(295, 60, "1"),
    ]
    second = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    second += [_text(90, 752, "A last remark closes the section."), _text(295, 60, "2")]
    return ["\n".join(first), "\n".join(second)]


def _parse(pages: list[str]):
    (doc,) = parse_pdf(font_pages([page.encode() for page in pages], FONTS))
    return doc


@pytest.mark.parametrize(
    ("last", "year", "ending"),
    [
        ("Smith and Jones", "(1994).", "discussed by Smith and Jones (1994)."),
        ("Smith et al.", "(1994, 2001).", "discussed by Smith et al. (1994, 2001)."),
    ],
)
def test_a_cited_year_alone_on_a_page_last_line_ends_its_sentence(last: str, year: str, ending: str):
    doc = _parse(_pages(last, year))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[1].endswith(ending), paragraphs[1]
    assert paragraphs[-1] == "A last remark closes the section."
    assert [span.attrs.get("text") for span in doc.layers.get("removed", [])] == ["1", "2"]


def test_a_bracketed_number_under_a_word_is_still_no_text():
    """A number in brackets that is no year ("(12)": a formula's or a list's number set apart) under a
    line ending on a word is still taken out: the rule reads years only."""
    doc = _parse(_pages("Smith and Jones", "(12)"))
    assert "(12)" not in doc.text
    assert "(12)" in [span.attrs.get("text") for span in doc.layers.get("removed", [])]


def test_a_citations_date_under_a_full_line_ending_in_a_stop_goes_on_its_paragraph():
    """STRINGdb.pdf p. 14: "… measurement sets.' Nucleic Acids Res." filling its line, then
    "2021 Jan 8;49(D1):D605-12" at the margin, its last line, read as a new paragraph: a number and a
    capital after a sentence's end were taken for a clause's number and title. A year and a month
    open a date, no clause."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [
        _justified(90, 752, "Please cite the paper that describes the database and its many functions:"),
        _justified(
            72, 738, "Smith A, Jones B. The database in 2021: networks for many species. Nucleic Acids Res."
        ),
        _text(72, 724, "2021 Jan 8;49(D1):D605-12"),
        _text(295, 60, "1"),
    ]
    paragraphs = _parse(["\n".join(page)]).text.split("\n\n")
    assert paragraphs[-1].endswith("many species. Nucleic Acids Res. 2021 Jan 8;49(D1):D605-12"), paragraphs
