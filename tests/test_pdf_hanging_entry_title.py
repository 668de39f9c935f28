"""An author–date reference entry set with a hanging indent stays one entry where its first line
ends a "sentence" (issue 15, the forty-eighth check's row 02: geospann's JOSS paper read "… Andrew G
Wilson. 2018. “GPyTorch:" / "Blackbox Matrix-Matrix …" and "… Caiyan Jia, and Jian Yu. 2020." /
"“Traffic Flow Prediction …" as two paragraphs each). The entry's wrapped lines hang 1.5 em in under
its full first line, whatever that line ends with and the next opens with, where the hang goes on
under it or the entry over it hung there too; a one-line paragraph over an indented paragraph, whose
next line is back at the margin, stays apart. Pages hand-built, entries and sentences sloika's own,
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

RIGHT = 522.0  # the measure's right edge
HANG = 87.0  # a wrapped line's start, 1.5 em in from the margin at 72

# (x, text, justified to the measure): three entries, the last two torn before the fix
ENTRIES = [
    (72.0, "Adams, Jane, and Peter Brown. 2016. “Sparse Models for Large Spatial Data.” Journal of", True),
    (HANG, "Computational Statistics 8 (5): 162–71.", False),
    (72.0, "Dune, Carla, Peter Brown, Ann Green, and Oliver Stone. 2018. “GraphKit:", True),
    (HANG, "Sparse Matrix Methods for Fast Inference on the Graphics Card.” Advances in Neural", True),
    (HANG, "Information Processing Systems 31.", False),
    (72.0, "Field, Mark, Anna Stone, Oliver Green, Peter Brown, Jane Adams, and Carla Dune. 2020.", True),
    (HANG, "“Traffic Flow Forecasts with Graph Networks on Sparse Road Maps.” In Proceedings of", True),
    (HANG, "the Web Conference 2020, 1082–92.", False),
]


def _paragraphs(rows: list[tuple[float, str, bool]]) -> list[str]:
    lines = [
        helvetica_line(x, 700 - 12 * at, text, 10, RIGHT if full else None)
        for at, (x, text, full) in enumerate(rows)
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(lines)))
    return doc.text.split("\n\n")


def test_a_hanging_entry_goes_on_after_its_first_line_ends_on_a_colon_or_a_year():
    assert _paragraphs(ENTRIES) == [
        "Adams, Jane, and Peter Brown. 2016. “Sparse Models for Large Spatial Data.” Journal of "
        "Computational Statistics 8 (5): 162–71.",
        "Dune, Carla, Peter Brown, Ann Green, and Oliver Stone. 2018. “GraphKit: Sparse Matrix Methods "
        "for Fast Inference on the Graphics Card.” Advances in Neural Information Processing Systems 31.",
        "Field, Mark, Anna Stone, Oliver Green, Peter Brown, Jane Adams, and Carla Dune. 2020. “Traffic "
        "Flow Forecasts with Graph Networks on Sparse Road Maps.” In Proceedings of the Web Conference "
        "2020, 1082–92.",
    ]


def test_a_two_line_entry_goes_on_at_the_hang_the_entry_before_it_shows():
    """An entry of two lines, its title alone on the hung line: the entry over it hung its last
    line there, so the indent is the list's hang, not a paragraph's."""
    rows = [
        *ENTRIES[:2],
        (72.0, "Green, Ann, Oliver Stone, Peter Brown, Jane Adams, Carla Dune, and Mark Field. 2019.", True),
        (HANG, "“Maps of Roads.” Journal of Roads 3: 1–9.", False),
        (72.0, "Stone, Oliver. 2021. “Sparse Maps.” Journal of Maps 4: 10–19.", False),
    ]
    assert _paragraphs(rows)[1:] == [
        "Green, Ann, Oliver Stone, Peter Brown, Jane Adams, Carla Dune, and Mark Field. 2019. “Maps of "
        "Roads.” Journal of Roads 3: 1–9.",
        "Stone, Oliver. 2021. “Sparse Maps.” Journal of Maps 4: 10–19.",
    ]


def test_an_indented_paragraph_under_a_one_line_paragraph_stays_apart():
    """A first-line indent holds for one line: the line under it is back at the margin."""
    rows = [
        (72.0, "The first paragraph after the heading is one line long, and it fills the whole line.", True),
        (HANG, "The next paragraph opens with an indent, as every later paragraph in the text does,", True),
        (72.0, "and its second line stands back at the margin, where the first one stood as well.", False),
    ]
    assert _paragraphs(rows) == [
        "The first paragraph after the heading is one line long, and it fills the whole line.",
        "The next paragraph opens with an indent, as every later paragraph in the text does, and its "
        "second line stands back at the margin, where the first one stood as well.",
    ]
