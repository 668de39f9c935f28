"""A reference list set at the leading with no label, each entry opening at the list's edge and
wrapping at a hang right of it, as MNRAS sets it (issue 15, the fifty-fourth check's dynesty.pdf):
"Ashton G., … arXiv:1811.02042" and "Betancourt M., …" were read as one paragraph, "Blitzstein J., …
Introduction to Probability." was torn from its next line "Chapman & Hall/CRC Texts …" at the hang,
and "… arXiv e-prints, p." from "arXiv:1812.08549". No gap and no label parts two entries there: the
hang alone tells an entry's next line from the next entry. Entries sloika's own; expected texts
written by hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

EDGE, HANG, RIGHT = 72, 86, 540
# x, text, justified to the right edge
REFERENCES = [
    (EDGE, "Adams P., et al., 2018, Journal of Imaginary Results, p. 12", False),
    (EDGE, "Baker Q., 2017, Annals of Made-up Studies, 4, 56", False),
    (EDGE, "Carter R. S., Dunn T., Ellis U. V., 2016, Proceedings of the Society of Nothing,", True),
    (EDGE, "Foster W., Grant X., 2014, An Introduction to Invented Methods in the Field.", True),
    (HANG, "Chapman Press, New Town, a series of books on the invented methods of the", True),
    (HANG, "field for students", False),
    (EDGE, "Hughes Y., Irwin Z., 2018, Journal of Imaginary Results and Findings, 3, p.", True),
    (HANG, "arXiv:1812.00001", False),
    (EDGE, "Jones A., 2015, Annals of Made-up Studies, 7, 89", False),
]
# paragraphs indented on their first line, each but the last ending on a full line
PROSE = [
    (HANG, "The first paragraph of the text opens here with its first line set in by an", True),
    (EDGE, "indent and its other lines at the margin, and it ends on a line that fills the", True),
    (EDGE, "measure by chance, which a justified paragraph does now and then in a long text.", True),
    (HANG, "The second paragraph opens at the same indent as the first one did, and it", True),
    (EDGE, "goes on at the margin under it, as every paragraph of this page goes on below its", True),
    (EDGE, "first line, and its last line, too, fills the measure as the one before did it.", True),
    (HANG, "The third paragraph is the last one of the page and ends short here.", False),
]


def _paragraphs(rows: list[tuple[float, str, bool]]) -> list[str]:
    lines = [helvetica_line(72, 760, "References", 12)]
    lines += [
        helvetica_line(x, 740 - 12 * at, text, 10, RIGHT if full else None)
        for at, (x, text, full) in enumerate(rows)
    ]
    return parse_pdf(helvetica_page(b"\n".join(lines)))[0].text.split("\n\n")


def test_each_entry_of_an_unlabelled_hanging_list_is_a_paragraph():
    assert _paragraphs(REFERENCES) == [
        "References",
        "Adams P., et al., 2018, Journal of Imaginary Results, p. 12",
        "Baker Q., 2017, Annals of Made-up Studies, 4, 56",
        "Carter R. S., Dunn T., Ellis U. V., 2016, Proceedings of the Society of Nothing,",
        "Foster W., Grant X., 2014, An Introduction to Invented Methods in the Field. Chapman Press, New"
        " Town, a series of books on the invented methods of the field for students",
        "Hughes Y., Irwin Z., 2018, Journal of Imaginary Results and Findings, 3, p. arXiv:1812.00001",
        "Jones A., 2015, Annals of Made-up Studies, 7, 89",
    ]


def test_indented_paragraphs_ending_on_full_lines_are_no_hanging_list():
    assert _paragraphs(PROSE) == [
        "References",
        "The first paragraph of the text opens here with its first line set in by an indent and its other"
        " lines at the margin, and it ends on a line that fills the measure by chance, which a justified"
        " paragraph does now and then in a long text.",
        "The second paragraph opens at the same indent as the first one did, and it goes on at the margin"
        " under it, as every paragraph of this page goes on below its first line, and its last line, too,"
        " fills the measure as the one before did it.",
        "The third paragraph is the last one of the page and ends short here.",
    ]
