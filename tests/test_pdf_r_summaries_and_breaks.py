"""R vignettes (issue 15, twenty-third check rows 1 and 19): a printed model summary's column of "NA"
went to ``removed`` as a watermark's ``letter_column``; a footnote mark set between two words with no
gap glued them once cut; a sentence was parted before a version number under a paragraph's indented
first line, before a quantity opening the next page, and before "3.4." ending it on a line of its
own; a ligature's syllable kept its line-end hyphen as a compound's; and the first section's heading
under a contents list of two pages went with the list. Pages hand-built, texts sloika's own,
expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages  # noqa: E402
from test_pdf_r_vignette_output import FILLER, FONTS, _codes, _justified, _note, _parse, _raised, _text  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_joins import join_lines  # noqa: E402
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_page_rows import CONTENTS

SUMMARY = [
    ("(Intercept)", "0.411", "NA", "NA"),
    ("groupB", "1.250", "NA", "NA"),
    ("groupC", "0.872", "NA", "NA"),
    ("dose", "2.006", "NA", "NA"),
]  # a coefficient's name, its estimate, its standard error and z value (not estimable: NA)


def _summary_page() -> list[str]:
    """Prose, a command, the table's header and its rows, each cell a text object of its own in
    Courier at its column (names at 72, estimates at 180, the NA columns at 252 and 312)."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page += [_text(72, 740, "> summary(fit)", "F2"), _text(180, 716, "Estimate Std. Error z value", "F2")]
    for at, row in enumerate(SUMMARY):
        page += [
            _text(x, 704 - 12 * at, cell, "F2") for x, cell in zip((72, 180, 252, 312), row, strict=True)
        ]
    return page


def test_a_column_of_na_in_printed_output_stays_in_its_rows():
    """Each "NA" stands on a row of the output, beside its coefficient's name and estimate: the
    column is the output's, kept in its rows, not a word written down the margin."""
    doc = _parse(_summary_page())
    rows = [f"{name:<18}{estimate:<12}{error:<10}{z}" for name, estimate, error, z in SUMMARY]
    assert _codes(doc) == ["> summary(fit)", "\n".join([" " * 18 + "Estimate Std. Error z value", *rows])]
    assert [span.attrs for span in doc.layers.get("removed", [])] == []


def test_a_mark_between_two_words_set_without_a_gap_leaves_a_space():
    """An author's note mark set right after a name and right before "and" (no word gap either
    side): cut, it leaves the two words apart."""
    page = [_raised(760, "Ann Reader", "*", "and Bob Writer")]
    page += [_justified(72, 730 - 14 * at, line) for at, line in enumerate(FILLER)]
    page.append(_note(60, "*", "Thanks to the readers of the first draft."))
    doc = _parse(page)
    assert doc.text.split("\n\n")[0] == "Ann Reader and Bob Writer"
    marks = [span.attrs for span in doc.layers["removed"] if span.label == "footnote_mark"]
    assert marks == [{"text": "*"}]


def test_a_version_number_under_an_indented_first_line_goes_on_its_sentence():
    """A paragraph's first line, indented and full, ends on a word; the next line, at the margin,
    opens with a version number and a word in lower case: one sentence."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page.append(
        _justified(
            90,
            752,
            "The backend works with the tools that ship with each release of the language, from R",
            442,
        )
    )
    page.append(
        _justified(
            72, 738, "3.6.2 and later, and it needs no compiler of its own to be built on a machine of any"
        )
    )
    page.append(_text(72, 724, "kind or size."))
    doc = _parse(page)
    assert doc.text.split("\n\n")[1] == (
        "The backend works with the tools that ship with each release of the language, from R 3.6.2 and "
        "later, and it needs no compiler of its own to be built on a machine of any kind or size."
    )


def test_a_quantity_opening_the_next_page_goes_on_the_sentence_the_page_ended():
    """The page ends on a full line inside a sentence ("… with a deviance of"); the next page opens
    "812.4 on 96 degrees …": the sentence goes on overleaf."""
    first = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    first.append(
        _justified(72, 80, "The first fit converged after a few steps, to a model with a deviance of")
    )
    second = [_text(72, 780, "812.4 on 96 degrees of freedom, which is larger than it should be.")]
    second += [_justified(72, 752 - 14 * at, line) for at, line in enumerate(FILLER)]
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in (first, second)], FONTS))
    assert doc.text.split("\n\n")[1] == (
        "The first fit converged after a few steps, to a model with a deviance of 812.4 on 96 degrees of "
        "freedom, which is larger than it should be."
    )


def test_numbers_ending_a_sentence_on_a_line_of_their_own_are_its_end():
    """A full line ends "… are given in Sections 2.1 and"; the next holds "3.4." alone, at the
    margin: the sentence's last words, not a page number."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page.append(
        _justified(
            90, 752, "The same contrasts can be scaled in other ways, and more examples are given in", 442
        )
    )
    page.append(
        _justified(72, 738, "the manual, where they are worked through step by step in Sections 2.1 and")
    )
    page.append(_text(72, 724, "3.4."))
    page.append(_text(90, 710, "A last remark closes the section."))
    doc = _parse(page)
    assert doc.text.split("\n\n")[1:] == [
        "The same contrasts can be scaled in other ways, and more examples are given in the manual, where "
        "they are worked through step by step in Sections 2.1 and 3.4.",
        "A last remark closes the section.",
    ]
    assert doc.layers.get("removed", []) == []


def test_a_ligatures_syllable_broken_at_the_line_end_joins_its_word():
    """ "ﬁ-" + "nished": the ligature is two letters, a syllable of the word the line broke, not a
    letter heading a compound the way "x-" + "axis" is."""
    assert (
        join_lines("Click OK when you have ﬁ-", "nished the list.")
        == "Click OK when you have ﬁnished the list."
    )
    assert join_lines("the value on the x-", "axis is read") == "the value on the x-axis is read"


def _line(text: str, top: float, page: int, size: float = 9.0) -> Line:
    return Line(page, text, 72.0, 72.0 + 4.5 * len(text), top, top + size, size, 842.0)


def test_the_first_heading_under_a_contents_list_of_two_pages_is_the_bodys():
    """A contents list runs over two pages; the first section's heading stands under its last entry
    and repeats the first page's first entry: it is the body's, not the list's."""
    first = ["Contents", "1 Overview 2"] + [
        f"2.{n} Part number {n} ........................ 3" for n in range(1, 8)
    ]
    rest = [f"3.{n} Step number {n} ........................ 5" for n in range(1, 8)]
    pages = [
        [_line(text, 100 + 12 * at, 0) for at, text in enumerate(first)],
        [_line(text, 100 + 12 * at, 1) for at, text in enumerate(rest)]
        + [_line("1 Overview", 220, 1, 14.0), _line("The package fits models of many kinds.", 240, 1, 10.0)],
    ]
    layout = lay_out(pages, [[], []])
    assert layout.contents == [("contents", "\n".join(first)), ("contents", "\n".join(rest))]
    assert [ln.text for ln in layout.pages[1]] == [
        f"{CONTENTS}1",
        "1 Overview",
        "The package fits models of many kinds.",
    ]


FUNCTIONS = [
    ("fit", "fit a model to the data"),
    ("plotFit", "draw the fitted values over the data"),
    ("expandLevels", "expand a data frame by its levels"),
    ("checkIdentifiable", "check whether the parameters can be told apart"),
]  # a function's name and what it does


def test_a_table_of_function_names_and_descriptions_keeps_both_row_by_row():
    """An appendix lists functions in two columns: names in a typewriter column set in from the
    text's margin, descriptions at one edge past the widest name. Each row is the name and its
    description; the names are no margin notes, and the descriptions do not run into one paragraph."""
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(FILLER)]
    page.append(_text(78, 740, "Model Fitting"))
    for at, (name, description) in enumerate(FUNCTIONS):
        page += [_text(90, 722 - 12 * at, name, "F2"), _text(216, 722 - 12 * at, description)]
    page.append(_text(78, 662, "Auxiliary Functions"))
    doc = _parse(page)
    assert doc.text.split("\n\n")[1:] == [
        "Model Fitting",
        *(f"{name}  {description}" for name, description in FUNCTIONS),
        "Auxiliary Functions",
    ]
    assert [span.label for span in doc.layers.get("removed", [])] == []


def test_a_column_of_na_past_the_prose_column_s_edge_stays_in_its_rows():
    """The output is wider than the justified prose over it: its last column of "NA" stands past the
    prose column's right edge, as a margin name would, but in the output's monospaced font after its
    monospaced row it is the output's column, kept in its rows, not a name in the margin."""
    prose = [*FILLER, FILLER[0]]  # three full lines: the column's right edge (72 + 460)
    page = [_justified(72, 780 - 14 * at, line) for at, line in enumerate(prose)]
    page += [_text(72, 730, "> summary(fit)", "F2"), _text(300, 706, "Estimate Std. Error z value", "F2")]
    for at, row in enumerate(SUMMARY):
        page += [
            _text(x, 694 - 12 * at, cell, "F2") for x, cell in zip((72, 300, 474, 546), row, strict=True)
        ]
    doc = _parse(page)
    rows = [f"{name:<38}{estimate:<29}{error:<12}{z}" for name, estimate, error, z in SUMMARY]
    assert _codes(doc) == ["> summary(fit)", "\n".join([" " * 38 + "Estimate Std. Error z value", *rows])]
    assert [span.attrs for span in doc.layers.get("removed", [])] == []
