"""A manual's example and what it evaluates to, after an arrow ("[1] :: [2] :: [3] ⇒ [1, 2, 3]",
a table's rows under "tab(…) ⇒"), are the manual's text however few their letters (issue 15)."""

from sloika.pipelines.formats.base import TextBuilder
from sloika.pipelines.formats.pdf import _code_kept, _definition_term
from sloika.pipelines.formats.pdf_debris import debris_reason
from sloika.pipelines.formats.pdf_furniture import PAGE_NUMBER, _without_furniture
from sloika.pipelines.formats.pdf_line_record import Line


def body_line(text: str) -> Line:
    return Line(0, text, 90.0, 300.0, 400.0, 410.0, 10.0, 842.0)


def test_a_line_with_an_examples_arrow_is_no_debris():
    assert debris_reason(body_line(":: [3] ⇒ [1, 2, 3]."), 10.0) is None
    assert debris_reason(body_line("⇒"), 10.0) is None
    assert debris_reason(body_line("(f . g) → h"), 10.0) is None


def test_a_line_of_marks_without_an_arrow_is_still_debris():
    assert debris_reason(body_line(":: [3] = [1, 2, 3]."), 10.0) == "no_words"


def test_rows_of_numbers_after_an_arrow_are_the_examples_result():
    builder = TextBuilder()
    builder.append("Returns the table aligned: tab([[1, 2, 3], [4, 5, 6], [7, 8]]) ⇒")
    assert _code_kept(builder, "1 2 3\n4 5 6\n7 8")


def test_rows_of_numbers_after_prose_are_still_a_drawings():
    builder = TextBuilder()
    builder.append("The figure shows the grid.")
    assert not _code_kept(builder, "1 2 3\n4 5 6\n7 8")


def test_a_short_term_in_a_definition_list_is_no_fragment():
    paragraphs = [
        "ip from",
        "The router which the route has originated from.",
        "ip gw",
        "Next hop packets routed using this route should be forwarded to.",
    ]
    assert _definition_term(paragraphs, 2)
    assert _definition_term(paragraphs, 0)


def test_a_drawings_label_between_sentences_is_no_term():
    paragraphs = [
        "The figure below shows how the two parts are joined.",
        "ft",
        "The joint is glued and then pressed for an hour.",
    ]
    assert not _definition_term(paragraphs, 1)


def page_lines(page: int, lines: list[tuple[str, float, float]]) -> list[Line]:
    return [Line(page, text, x0, x0 + 40.0, top, top + 10.0, 10.0, 842.0) for text, x0, top in lines]


def test_a_short_name_of_roman_letters_under_the_running_head_is_the_pages_text():
    """ "lc" (a type's name over its description, opening a page under the running head) is no page
    number: a folio in roman numerals is a well-formed one ("xiv")."""
    pages = [
        page_lines(
            number,
            [
                ("5.2. Data types", 82.0, 39.9),
                (str(17 + number), 500.0, 39.9),
                (name, 82.0, 68.2),
                ("This is a type used to hold values.", 100.0, 79.8),
                ("It has more lines of text below.", 100.0, 91.8),
            ],
        )
        for number, name in enumerate(["lc", "ec", "int"])
    ]
    kept = [[line.text for line in page] for page in _without_furniture(pages)]
    assert kept[0][0] == "lc"
    assert kept[2][0] == "int"
    assert PAGE_NUMBER.match("xiv") and PAGE_NUMBER.match("- 3 -")
